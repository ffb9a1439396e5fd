"""The thank-you: a MIME draft mail programs open for editing, the leave-behind attached."""

from __future__ import annotations

import datetime as dt
import email
import io
from email import policy

import pytest
from pypdf import PdfReader

from briefer import pipeline
from briefer.meetings.followup import as_text, body, due_date, thank_you_eml
from briefer.meetings.model import Meeting, Question, Report
from briefer.render.email import Draft, render_email
from tests.conftest import contains_phrase
from tests.meetings.conftest import sample

REPORT = Report(
    met="Jesús García",
    staffer_email="jesus.garcia@shaheen.example.gov",
    position="leaning yes",
    questions=(
        Question("How are the sanctions enforced?", "Through designations and prosecutions."),
        Question("Will the EU follow?"),
    ),
    requests=("A one-pager on enforcement cases",),
    our_commitments=("Introduce them to a sanctions lawyer",),
    their_commitments=("Raise it with the Senator",),
    follow_up=dt.date(2026, 12, 17),
)


def meeting(report: Report | None = REPORT) -> Meeting:
    return Meeting(id="a" * 32, legislator="Jeanne Shaheen", report=report)


def test_the_eml_is_a_draft_to_the_staffer_with_the_pdf_attached() -> None:
    brief = sample()
    pdf = pipeline.render(pipeline.make_plan(brief), "pdf")
    data = thank_you_eml(brief, meeting(), pdf, "2026-12-03 Jeanne Shaheen.pdf")
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")  # RFC 5322 line ends
    message = email.message_from_bytes(data, policy=policy.default)
    assert message["X-Unsent"] == "1"
    assert message["To"].addresses[0].addr_spec == "jesus.garcia@shaheen.example.gov"
    assert message["To"].addresses[0].display_name == "Jesús García"
    assert message["From"].addresses[0].display_name == "Святлана Ціханоўская"
    assert message["Subject"] == "Thank you for meeting with Belarus Freedom Forum — S. 1234"
    for absent in ("Message-ID", "Date", "User-Agent", "X-Mailer"):
        assert message[absent] is None  # nothing that names this computer
    text = message.get_body(("plain",)).get_content()
    assert text.startswith("Dear Jesús García,")
    for phrase in (
        "Keep every sanction on the Lukashenka regime in place",
        "Through designations and prosecutions",
        "We owe you answers on",
        "Will the EU follow?",
        "A one-pager on enforcement cases",
        "Introduce them to a sanctions lawyer",
        "Raise it with the Senator",
        "December 17, 2026",
    ):
        assert phrase in text, phrase
    # what they asked of us is not put among our own promises
    text = text.replace("\r\n", "\n")
    assert "You asked us for the following; we will send it:\n- A one-pager on enforcement" in text
    assert "As promised, we will:\n- Introduce them to a sanctions lawyer\n\n" in text
    (attachment,) = list(message.iter_attachments())
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_filename() == "2026-12-03 Jeanne Shaheen.pdf"
    content = attachment.get_content()
    assert content == pdf
    pages = PdfReader(io.BytesIO(content)).pages
    assert len(pages) == 1 and contains_phrase(pages[0].extract_text(), "Keep every sanction")


def test_without_a_report_the_draft_has_the_thanks_and_the_ask() -> None:
    brief = sample()
    message = email.message_from_bytes(
        thank_you_eml(brief, None, b"%PDF-1.4 x", "x.pdf"), policy=policy.default
    )
    assert message["To"] is None
    text = message.get_body(("plain",)).get_content()
    assert "Thank you for taking the time to meet" in text and "Keep every sanction" in text
    assert "You asked" not in text


def test_the_plain_text_copy_has_the_subject_then_the_message() -> None:
    text = as_text(sample(), meeting())
    subject = "Subject: Thank you for meeting with Belarus Freedom Forum — S. 1234"
    assert text.splitlines()[0] == subject
    assert body(sample(), meeting()) in text
    assert "on Thursday 3 December 2026" in body(sample(), meeting(), paper="a4")


def test_a_staffer_address_that_is_not_one_is_left_out() -> None:
    data = render_email(Draft("Hi", "Body\n", to_name="X", to_address="not an address"))
    message = email.message_from_bytes(data, policy=policy.default)
    assert message["To"] is None and message.get_content().strip() == "Body"


def test_the_follow_up_falls_on_a_weekday_two_weeks_on() -> None:
    assert due_date(dt.date(2026, 12, 3)) == dt.date(2026, 12, 17)
    assert due_date(dt.date(2026, 12, 5)) == dt.date(2026, 12, 21)  # a Saturday: the Monday


ENGLISH_PHRASES = ("Thank you", "Dear ", "Our request", "You asked", "We owe you", "As promised",
                   "With thanks", "is attached", "December")  # fmt: skip


@pytest.mark.parametrize(
    ("language", "phrases"),
    [
        ("de", ("Sehr geehrte(r) Jesús García,", "am Donnerstag, 3. Dezember 2026 Zeit",
                "Büro von Senator Jeanne Shaheen", "Wir schulden Ihnen noch Antworten zu:",
                "Wir melden uns bis zum 17. Dezember 2026 wieder.", "Mit Dank,")),
        ("pl", ("(czwartek, 3 grudnia 2026)", "Zgodnie z obietnicą:\n- Introduce them",
                "Odezwiemy się ponownie do 17 grudnia 2026.")),
        ("lt", ("2026 m. gruodžio 3 d., ketvirtadienis skyrėte", "Su padėka,")),
        ("fr", ("le jeudi 3 décembre 2026", "Nous reprendrons contact d’ici le 17 décembre 2026.")),
    ],
)  # fmt: skip
def test_the_thank_you_in_the_page_language(language: str, phrases: tuple[str, ...]) -> None:
    brief = sample().model_copy(update={"language": language})
    text = as_text(brief, meeting())
    for phrase in phrases:
        assert phrase in text, phrase
    found = [phrase for phrase in ENGLISH_PHRASES if phrase in text]
    assert not found, found
    assert "Keep every sanction on the Lukashenka regime in place. (S. 1234)" in text
