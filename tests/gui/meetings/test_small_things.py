"""Small things a first-time user meets: Esc closes the Meetings window; a ZIP spanning several
districts is listed as a reader writes a list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def test_esc_closes_the_meetings_window(qtbot, window) -> None:
    view = window.meetings.show_log()
    qtbot.waitExposed(view)
    assert view.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    qtbot.keyClick(QApplication.focusWidget() or view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not view.isVisible())


def test_a_zip_spanning_four_districts_is_listed_with_commas(qtbot, with_zips, make_window):
    window = make_window()
    window.constituents.home.set_zip("60629")  # Chicago: IL-1, IL-4, IL-6 and IL-7
    text = window.constituents.home.members.text()
    assert "Your ZIP spans IL-1, IL-4, IL-6 and IL-7" in text


def test_the_thank_you_claims_a_page_was_left_only_when_the_log_has_one_given(
    qtbot, window, seam, tmp_path
) -> None:
    """A trial export is recorded, not given: only Meetings › Mark the Page as Given (or
    printing) lets the thank-you say the page was left with the office."""
    import email
    from email import policy

    from briefer.gui.main.exporting import PDF
    from tests.gui.meetings.test_meetings import _brief, _past

    def thank_you(name: str) -> str:
        seam.paths = [tmp_path / name]
        assert window.meetings.email_for_brief() is not None
        message = email.message_from_bytes((tmp_path / name).read_bytes(), policy=policy.default)
        return message.get_body(("plain",)).get_content()

    assert window.files.open_path(_brief(tmp_path, date=_past()))
    text = thank_you("first.eml")  # nothing given yet: the page is attached, not "left"
    assert "A one-page summary of our points is attached." in text
    assert "we left with you" not in text
    seam.paths = [tmp_path / "trial.pdf"]
    assert window.exporter.export(PDF)  # the page recorded in the log, as exported only
    assert "Meetings › Mark the Page as Given" in window.statusBar().currentMessage()
    assert "we left with you" not in thank_you("trial.eml")
    window.meetings.given.trigger()  # the menu's action, as the user picks it
    assert "trial.pdf is marked as left with the office" in window.statusBar().currentMessage()
    assert "The one-page summary we left with you is attached." in thank_you("again.eml")


def test_a_new_date_moves_the_meeting(qtbot, window, seam, tmp_path) -> None:
    """The brief's date changed after a page was made: exporting again moves its meeting in the
    log, leaving no orphan "Upcoming" at the old date."""
    import datetime as dt

    from briefer.gui.main.exporting import PDF
    from briefer.meetings import log as mlog
    from briefer.meetings.db import Log
    from tests.gui.meetings.test_meetings import _brief

    assert window.files.open_path(_brief(tmp_path, date="2026-12-03"))
    seam.paths = [tmp_path / "first.pdf"]
    assert window.exporter.export(PDF)
    date = window.meeting_form.date.edit
    date.setFocus()
    qtbot.keyClick(date, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(date, "Dec 10, 2026")
    qtbot.keyClick(date, Qt.Key.Key_Tab)
    assert window.document.brief.meeting.date == dt.date(2026, 12, 10)
    seam.paths = [tmp_path / "moved.pdf"]
    assert window.exporter.export(PDF)
    with Log() as log:
        meetings = mlog.list_meetings(log)
    assert [(m.legislator, m.date) for m in meetings] == [("Jeanne Shaheen", dt.date(2026, 12, 10))]
    assert meetings[0].export_count == 2  # both pages, one meeting


def test_the_window_does_not_jump_when_the_report_bar_appears(qtbot, window, tmp_path) -> None:
    from PySide6.QtCore import QPoint

    from tests.gui.meetings.test_meetings import _brief, _past

    window.resize(1200, 800)
    qtbot.wait(50)
    tabs, page = window.tabs.mapTo(window, QPoint()), window.preview.mapTo(window, QPoint())
    assert window.meetings.bar.isHidden()
    assert window.files.open_path(_brief(tmp_path, date=_past()))  # its meeting is over
    qtbot.waitUntil(lambda: not window.meetings.bar.isHidden())
    qtbot.wait(50)
    assert window.tabs.mapTo(window, QPoint()) == tabs  # the form did not move
    assert window.preview.mapTo(window, QPoint()) == page  # nor the page


def test_two_meetings_that_day_and_no_time_the_app_asks_which(window, seam, tmp_path) -> None:
    """The office has a 10:30 and a 3:00 PM meeting that day; a page from a brief with no time
    cannot be told apart by time: the app asks, and records it to the one picked."""
    from briefer import pipeline
    from briefer.gui.main.exporting import PDF
    from briefer.meetings import log as mlog
    from briefer.meetings.db import Log
    from briefer.meetings.recording import record_export
    from briefer.page.brief import parse_brief
    from tests.conftest import SAMPLE_BRIEF

    for time in ('"10:30"', '"15:00"'):
        brief = parse_brief(SAMPLE_BRIEF.replace('"10:30"', time), "brief.yaml")
        plan = pipeline.make_plan(brief)
        assert record_export(brief, plan, b"%PDF", "pdf", f"{time[1:3]}.pdf") is None
    untimed = tmp_path / "untimed.yaml"
    untimed.write_text(SAMPLE_BRIEF.replace('"10:30"', '""'), encoding="utf-8")
    assert window.files.open_path(untimed)
    seam.paths = [tmp_path / "untimed.pdf"]
    seam.choices = [1]  # the second: 3:00 PM
    assert window.exporter.export(PDF)
    ((_title, text, *items),) = [args for name, args in seam.calls if name == "choose"]
    assert "2 meetings with Jeanne Shaheen that day" in text
    assert items[0].startswith("The meeting at 10:30 AM") and "3:00 PM" in items[1]
    with Log() as log:
        pages = {m.time: m.export_count for m in mlog.list_meetings(log, full=False)}
    assert pages == {"10:30 AM": 1, "3:00 PM": 2}


def test_mark_given_asks_which_page_of_the_last_export_the_pdf_offered_first(
    qtbot, window, seam, tmp_path
) -> None:
    """A PDF then a DOCX of the same brief: Mark the Page as Given asks which was left (the PDF
    first), marks that one, and the status line names it."""
    from briefer.gui.main.exporting import DOCX, PDF
    from briefer.meetings import log as mlog
    from briefer.meetings.db import Log
    from tests.gui.meetings.test_meetings import _brief

    assert window.files.open_path(_brief(tmp_path, date="2026-12-10"))
    seam.paths = [tmp_path / "shaheen.pdf", tmp_path / "shaheen.docx"]
    assert window.exporter.export(PDF) and window.exporter.export(DOCX)
    seam.choices = [0]  # the one offered first
    window.meetings.given.trigger()
    name, (_title, question, *offered) = seam.calls[-1]
    assert name == "choose" and question == "Which page did you leave with the office?"
    assert offered == ["shaheen.pdf", "shaheen.docx"]
    assert "shaheen.pdf is marked as left" in window.statusBar().currentMessage()
    with Log() as log:
        (meeting,) = mlog.list_meetings(log)
        given = {p.file_name: p.given for p in mlog.get_meeting(log, meeting.id).exports}
    assert given == {"shaheen.pdf": True, "shaheen.docx": False}
