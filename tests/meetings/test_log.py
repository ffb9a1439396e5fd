"""Recording pages, listing and filtering meetings, reports, short ids, purge and the summary."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import pytest

from briefer.meetings import log as mlog
from briefer.meetings.db import Log, log_path
from briefer.meetings.model import Question, Report
from briefer.meetings.recording import record_export
from briefer.support.errors import BrieferError
from tests.meetings.conftest import sample


def test_a_page_is_recorded_with_its_name_format_points_and_hash(record) -> None:
    import hashlib

    data = record(name="/home/advocate/secret folder/shaheen")
    with Log() as log:
        (meeting,) = mlog.list_meetings(log, with_exports=True)
    assert meeting.legislator == "Jeanne Shaheen" and meeting.date == dt.date(2026, 12, 3)
    assert meeting.staffer == "Jesús García" and meeting.time == "10:30 AM"
    (page,) = meeting.exports
    assert page.file_name == "shaheen.pdf"  # the name only, never the folder
    assert page.format == "pdf" and page.template == "classic" and page.paper == "letter"
    assert [b for b, _ in page.points] == [
        "hold-the-line",
        "myth-pushes-to-russia",
        "rec-enforce-and-prosecute",
    ]
    assert {v for _, v in page.points} <= {"short", "long"}
    assert page.sha256 == hashlib.sha256(data).hexdigest() and page.size == len(data)
    assert "secret folder" not in log_path().read_bytes().decode("latin-1")


def test_pages_for_the_same_office_and_day_belong_to_one_meeting(record) -> None:
    record()
    record(fmt="docx")
    record(sample(time="2:30 PM"), source="print")  # the meeting moved: still the same one
    record(sample(date=dt.date(2026, 12, 4)))
    with Log() as log:
        meetings = mlog.list_meetings(log)
    assert [(m.date.day, m.export_count) for m in meetings] == [(4, 1), (3, 3)]
    assert meetings[1].time == "2:30 PM"


def test_a_brief_that_names_no_legislator_is_not_recorded() -> None:
    from briefer import pipeline

    brief = sample(legislator="")
    plan = pipeline.make_plan(brief)
    assert record_export(brief, plan, b"x", "pdf", "x.pdf") is None
    assert not log_path().exists()


def test_recording_can_be_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefer import pipeline

    brief = sample()
    plan = pipeline.make_plan(brief)
    assert record_export(brief, plan, b"x", "pdf", "x.pdf", enabled=False) is None
    monkeypatch.setenv("BRIEFER_NO_LOG", "1")
    assert record_export(brief, plan, b"x", "pdf", "x.pdf") is None
    assert not log_path().exists()


def test_a_log_that_cannot_be_written_gives_a_warning_not_an_error() -> None:
    from briefer import pipeline

    log_path().parent.mkdir(parents=True)
    log_path().write_bytes(b"not a database" * 100)
    brief = sample()
    warning = record_export(brief, pipeline.make_plan(brief), b"x", "pdf", "x.pdf")
    assert warning is not None and "not recorded" in warning and "\n" not in warning


def test_filters_member_dates_positions_and_due(record, log: Log) -> None:
    record()
    record(sample(legislator="Святлана Ціханоўская", title="", date=dt.date(2026, 11, 2)))
    record(sample(legislator="José Peña", date=dt.date(2026, 10, 1)))
    meetings = {m.legislator: m for m in mlog.list_meetings(log)}
    today = dt.date(2026, 12, 10)
    mlog.save_report(
        log, meetings["Jeanne Shaheen"].id, Report(position="supportive", follow_up=today)
    )
    mlog.save_report(
        log,
        meetings["José Peña"].id,
        Report(position="opposed", follow_up=today - dt.timedelta(days=3)),
    )

    def names(**kw: object) -> list[str]:
        return [m.legislator for m in mlog.list_meetings(log, mlog.Filter(today=today, **kw))]

    assert names(member="pena") == ["José Peña"]  # no accents, no case
    assert names(member="ціханоўская") == ["Святлана Ціханоўская"]
    assert names(since=dt.date(2026, 11, 1)) == ["Jeanne Shaheen", "Святлана Ціханоўская"]
    assert names(until=dt.date(2026, 11, 1)) == ["José Peña"]
    assert names(positions=("opposed", "supportive")) == ["Jeanne Shaheen", "José Peña"]
    assert names(positions=("unknown",)) == ["Святлана Ціханоўская"]
    assert names(due=True) == ["Jeanne Shaheen", "José Peña"]
    states = {m.legislator: m.follow_up_state(today) for m in mlog.list_meetings(log)}
    assert states == {"Jeanne Shaheen": "due", "José Peña": "overdue", "Святлана Ціханоўская": ""}


def test_short_ids_resolve_like_git(record, log: Log) -> None:
    record()
    (meeting,) = mlog.list_meetings(log, with_exports=True)
    assert mlog.resolve(log, meeting.id[:6]) == ("meeting", meeting.id)
    assert mlog.resolve(log, meeting.exports[0].id[:8].upper()) == ("export", meeting.exports[0].id)
    assert mlog.find_meeting(log, meeting.exports[0].id[:8]).id == meeting.id
    for bad, message in (("ab", "too short"), ("zzzz", "not an id"), ("0000", "no meeting")):
        if meeting.id.startswith("0000"):
            continue
        with pytest.raises(BrieferError, match=message) as caught:
            mlog.resolve(log, bad)
        assert "\n" not in str(caught.value)


def test_an_ambiguous_prefix_asks_for_more(log: Log) -> None:
    with log.write() as conn:
        for suffix in ("1" * 28, "2" * 28):
            conn.execute(
                "INSERT INTO meetings (id, legislator, created, updated) VALUES (?, 'X', '', '')",
                ("abcd" + suffix,),
            )
    with pytest.raises(BrieferError, match="matches 2"):
        mlog.resolve(log, "abcd")
    assert mlog.resolve(log, "abcd1")[1] == "abcd" + "1" * 28


def test_a_report_is_stored_and_read_back(record, log: Log) -> None:
    record()
    (meeting,) = mlog.list_meetings(log)
    report = Report(
        met="Jesús García (LA)",
        staffer_email="jg@example.gov",
        position="leaning yes",
        questions=(Question("Who enforces it?", "OFAC"), Question("And the EU?")),
        requests=("The case list",),
        our_commitments=("Send the case list",),
        their_commitments=("Ask the Senator",),
        follow_up=dt.date(2026, 12, 17),
        notes="Friendly.\nWants numbers.",
    )
    mlog.save_report(log, meeting.id, report, attendees=["Anna Kowalska", "Ihar"])
    again = mlog.get_meeting(log, meeting.id)
    assert again.report is not None and again.report.content() == report.content()
    assert again.attendees == ("Anna Kowalska", "Ihar")
    assert again.position == "leaning yes"


def test_purge_deletes_old_meetings_and_their_traces(record, log: Log) -> None:
    record(sample(legislator="Oldmember Zyx", date=dt.date(2025, 1, 5)))
    record()
    log.backup("test")  # a backup holds copies: purge removes it too
    done = mlog.purge(log, dt.date(2026, 1, 1))
    assert (done.meetings, done.exports, done.backups) == (1, 1, 1)
    assert [m.legislator for m in mlog.list_meetings(log)] == ["Jeanne Shaheen"]
    for path in log_path().parent.rglob("*"):
        if path.is_file():
            assert b"Oldmember" not in path.read_bytes(), path


def test_summary_counts_outcomes_and_lists_what_is_owed(record, log: Log) -> None:
    record()
    record(sample(legislator="José Peña"))
    record(sample(legislator="Future Person", date=dt.date(2099, 1, 1)))
    shaheen = mlog.meeting_for(log, "jeanne shaheen", dt.date(2026, 12, 3))
    assert shaheen is not None
    mlog.save_report(log, shaheen.id, Report(position="supportive", follow_up=dt.date(2026, 12, 9)))
    s = mlog.summarize(log, today=dt.date(2026, 12, 10))
    assert s.total == 3 and s.reported == 1
    assert s.by_position["supportive"] == 1 and s.by_position["unknown"] == 2
    assert [m.legislator for m in s.awaiting_report] == ["José Peña"]
    assert [m.legislator for m in s.follow_ups] == ["Jeanne Shaheen"]


def test_nothing_of_the_log_goes_into_exported_files(record, log: Log) -> None:
    """Exports are built from the brief only: the log's reports and ids never reach them."""
    first = record()
    (meeting,) = mlog.list_meetings(log, with_exports=True)
    secret = "Zebrafinch said the Senator will vote no"
    report = Report(position="opposed", notes=secret, met="Quokka Staffer")
    mlog.save_report(log, meeting.id, report)
    from briefer import pipeline

    for fmt in ("pdf", "docx", "txt", "md"):
        plan = pipeline.make_plan(sample())
        data = pipeline.render(plan, fmt)
        blobs = [data]
        if fmt == "docx":
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                blobs = [z.read(n) for n in z.namelist()]
        for blob in blobs:
            for word in ("Zebrafinch", "Quokka", meeting.id, meeting.id[:8], "opposed"):
                assert word.encode() not in blob, (fmt, word)
                assert word.encode("utf-16-be") not in blob, (fmt, word)
    assert first == pipeline.render(pipeline.make_plan(sample()), "pdf")  # same bytes as before


def test_the_attending_constituents_are_the_meetings_attendees(record, log: Log) -> None:
    from briefer.page.brief import Brief

    data = sample().model_dump()
    data["constituents"] = [
        {"name": "Anna Kowalska", "zip": "03301"},
        {"name": "Ігар Барысевіч", "town": "Nashua"},
    ]
    brief = Brief.model_validate(data)
    record(brief)
    (meeting,) = mlog.list_meetings(log)
    assert meeting.attendees == ("Anna Kowalska", "Ігар Барысевіч")


def test_meetings_are_listed_newest_first_by_the_clock(record, log: Log) -> None:
    for name, time in (("Morning Member", "9:00 AM"), ("Afternoon Member", "1:00 PM")):
        record(sample(legislator=name, time=time))
    record(sample(legislator="Next Day", date=dt.date(2026, 12, 4), time="8:00 AM"))
    for full in (True, False):
        names = [m.legislator for m in mlog.list_meetings(log, full=full)]
        assert names == ["Next Day", "Afternoon Member", "Morning Member"]


def test_a_days_index_finds_the_same_meetings_as_a_lookup(log: Log) -> None:
    """Recording a lobby day looks meetings up in a per-transaction index of the day: it finds
    the meeting a plain lookup finds (accents and case aside) and knows meetings added since."""
    day = dt.date(2026, 12, 3)
    with log.write() as conn:
        first = mlog.upsert_meeting(conn, mlog.MeetingFields("Jesús García", date=day), "t1")
        index = mlog.DayIndex(conn)
        again = mlog.upsert_meeting(conn, mlog.MeetingFields("JESUS GARCIA", date=day), "t2", index)
        other = mlog.upsert_meeting(conn, mlog.MeetingFields("Chris Pappas", date=day), "t3", index)
        twice = mlog.upsert_meeting(conn, mlog.MeetingFields("chris pappas", date=day), "t4", index)
        later = mlog.upsert_meeting(
            conn, mlog.MeetingFields("Chris Pappas", date=dt.date(2026, 12, 4)), "t5", index
        )
    assert again == first and twice == other and later != other
    assert mlog.find_meeting_id(log, "chris pappas", day) == other
    assert len(mlog.list_meetings(log)) == 3


def test_an_export_is_given_only_once_marked_and_a_print_is_given(record, log) -> None:
    """Trial exports are kept but not counted as pages left with the office; printing, or the
    user's word (``mark_given``), makes a page given, and the thank-you follows the log."""
    from briefer.meetings.followup import body
    from briefer.meetings.log import get_meeting, list_meetings, mark_given
    from tests.meetings.conftest import sample

    record(name="trial")
    record(name="second")
    (meeting,) = list_meetings(log, full=False)
    assert (meeting.export_count, meeting.given_count) == (2, 0)
    full = get_meeting(log, meeting.id)
    assert [e.given for e in full.exports] == [False, False]
    assert "we left with you" not in body(sample(), full)
    page = mark_given(log, meeting.short_id)  # a meeting's id: its newest page
    assert (page.file_name, page.given) == ("second.pdf", True)
    full = get_meeting(log, meeting.id)
    assert full.given_count == 1
    assert "The one-page summary we left with you is attached." in body(sample(), full)
    assert not mark_given(log, page.id, given=False).given
    assert get_meeting(log, meeting.id).given_count == 0
    record(name="printed", source="print")
    assert get_meeting(log, meeting.id).given_count == 1


MEP = {"legislator": "Petras Auštrevičius", "title": "MEP", "chamber": "European Parliament"}


def test_the_log_keeps_the_ask_as_printed_not_the_packs_default(record, log: Log) -> None:
    """A brief that leaves its ask as the pack's prints the audience's ask: the log says so."""
    from briefer import pipeline
    from briefer.meetings.recording import planned_fields
    from tests.conftest import pdf_pages

    pack = pipeline.pack_for(sample())
    for meeting, audience in (
        ({}, "us-congress"),
        (MEP, "eu-parliament"),
    ):
        brief = sample(**meeting).model_copy(update={"ask": pack.ask})
        printed = pack.asks[audience]
        text = " ".join(" ".join(pdf_pages(record(brief))).split())
        assert printed[:40] in text and pack.ask[:40] not in text
        (found,) = [m for m in mlog.list_meetings(log) if m.legislator == brief.meeting.legislator]
        assert mlog.get_meeting(log, found.id).ask == printed
        assert planned_fields(brief).ask == printed  # `briefer log add`, the report form
