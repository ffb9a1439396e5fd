"""How the page names the member: the US parties by letter, any other party written out."""

from __future__ import annotations

import pytest

from briefer.page.brief import parse_brief
from briefer.page.compose import who
from tests.conftest import SAMPLE_BRIEF


def _meeting(**fields: str):
    brief = parse_brief(SAMPLE_BRIEF)
    return brief.model_copy(update={"meeting": brief.meeting.model_copy(update=fields)})


@pytest.mark.parametrize(
    ("fields", "named"),
    [
        ({}, "Senator Jeanne Shaheen (D-NH)"),
        ({"party": "Republican", "state": "ID"}, "Senator Jeanne Shaheen (R-ID)"),
        (
            {"title": "MEP", "legislator": "Petras Auštrevičius", "party": "Renew Europe",
             "state": "Lithuania"},
            "MEP Petras Auštrevičius (Renew Europe, Lithuania)",
        ),  # not "R-Lithuania", which reads as a Republican
        ({"party": "EPP", "state": ""}, "Senator Jeanne Shaheen (EPP)"),
        ({"party": "", "state": "NH"}, "Senator Jeanne Shaheen (NH)"),
        ({"title": "Representative", "district": "2"}, "Representative Jeanne Shaheen (D-NH-2)"),
    ],
)  # fmt: skip
def test_the_member_is_named_with_their_party_and_seat(fields: dict, named: str) -> None:
    assert who(_meeting(**fields)) == named


def test_a_time_never_ends_a_line_before_its_am_or_pm() -> None:
    from briefer.page.compose import meeting_line, sidebar_meeting

    brief = _meeting(time="2:30 PM")
    assert "2:30\u00a0PM" in meeting_line(brief, "letter")
    assert any("2:30\u00a0PM" in line for line in sidebar_meeting(brief))


def test_a_narrow_sidebar_breaks_a_long_date_after_its_weekday_and_keeps_no_gap() -> None:
    """An MEP's meeting in the sidebar: 'Wednesday 16 December 2026' broke inside the year, and
    the time stood a group's gap above its room."""
    from briefer.pipeline import make_plan, render
    from tests.conftest import pdf_pages

    text = SAMPLE_BRIEF.replace("template: classic", "template: sidebar\naudience: eu-parliament")
    for old, new in [("letter", "a4"), ("Senator", "MEP"), ("Democrat", "Renew Europe"),
                     ("Jeanne Shaheen", "Petras Auštrevičius"), ("NH", "Lithuania"),
                     ("2026-12-03", "2026-12-16"), ("10:30", "11:00"),
                     ("Russell 506", "Paul-Henri Spaak 05B001")]:  # fmt: skip
        text = text.replace(old, new)
    brief = parse_brief(text)
    plan = make_plan(brief, directory=None)
    side = [(p.role, p.spans[0].text) for p in plan.page.decor.sidebar.items]
    day, time, place = side[side.index(("side_label", "The meeting")) + 3 :][:3]
    assert day == ("side_text", "Wednesday 16\u00a0December\u00a02026")
    assert (time, place) == (
        ("side_text", "11:00"),  # a European page in English: the 24-hour clock
        ("side_last", "Paul-Henri\u00a0Spaak\u00a005B001"),
    )
    (text,) = pdf_pages(render(plan, "pdf"))
    assert "16 December 2026" in text.replace("\u00a0", " ")  # one piece, on one line


def test_the_sidebar_keeps_the_seat_with_the_name_in_the_pdf_and_the_docx() -> None:
    """ "Representative / Christopher H. Smith (R-NJ-4)": never "R-NJ-4" alone on its line."""
    import io

    from docx import Document
    from pypdf import PdfReader

    from briefer.page.templates import load_template
    from briefer.pipeline import make_plan, render

    brief = _meeting(title="Representative", legislator="Christopher H. Smith", state="NJ",
                     district="4", party="Republican")  # fmt: skip
    plan = make_plan(brief, template=load_template("sidebar"), paper="letter")
    lines = PdfReader(io.BytesIO(render(plan, "pdf"))).pages[0].extract_text().splitlines()
    seat = [line for line in lines if "(R-NJ-4)" in line]
    assert seat and all("Smith" in line for line in seat), lines
    doc = Document(io.BytesIO(render(plan, "docx")))
    texts = [p.text for p in doc.paragraphs]
    texts += [p.text for t in doc.tables for c in t._cells for p in c.paragraphs]
    assert any("Smith\u00a0(R-NJ-4)" in t for t in texts), texts


def test_a_name_and_seat_too_wide_for_the_column_let_go_before_the_seat() -> None:
    from briefer.page.addresses import _seat_fit
    from briefer.plan import Para, Span

    para = Para("side_text", (Span("Senator Jeanne\u00a0Shaheen\u00a0(D-NH)"),))
    assert _seat_fit(para, "Helvetica", 9.5, 200).text == para.text
    assert _seat_fit(para, "Helvetica", 9.5, 90).text == "Senator Jeanne\u00a0Shaheen (D-NH)"
