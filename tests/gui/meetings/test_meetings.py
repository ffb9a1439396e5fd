"""The meeting log in the app: exports and prints recorded, the report bar, the report form, the
Meetings window's filters and highlights, the thank-you — driven on the real widgets."""

from __future__ import annotations

import datetime as dt
import email
from email import policy
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel

from briefer.gui.main.exporting import PDF
from briefer.gui.main.window import MainWindow
from briefer.gui.meetings.model import DUE, OVERDUE
from briefer.meetings import log as mlog
from briefer.meetings.db import Log, log_path
from briefer.meetings.model import Report
from tests.conftest import NOW, SAMPLE_BRIEF, TODAY


def _brief(tmp_path: Path, date: str = "2026-12-03", name: str = "Jeanne Shaheen") -> Path:
    path = tmp_path / f"{name.split()[-1].lower()}.yaml"
    path.write_text(
        SAMPLE_BRIEF.replace("2026-12-03", date).replace("Jeanne Shaheen", name), encoding="utf-8"
    )
    return path


def _past(days: int = 3) -> str:
    return (TODAY - dt.timedelta(days=days)).isoformat()


def _meetings() -> list:
    if not log_path().exists():
        return []
    with Log() as log:
        return mlog.list_meetings(log, with_exports=True)


def test_export_and_print_are_recorded(window: MainWindow, seam, tmp_path: Path) -> None:
    assert window.files.open_path(_brief(tmp_path))
    seam.paths = [tmp_path / "secret folder" / "for-shaheen.pdf"]
    (tmp_path / "secret folder").mkdir()
    assert window.exporter.export(PDF)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert window.exporter.print(printer)
    (meeting,) = _meetings()
    assert [(e.source, e.file_name, e.format) for e in meeting.exports] == [
        ("export", "for-shaheen.pdf", "pdf"),
        ("print", "", "pdf"),
    ]
    assert b"secret folder" not in log_path().read_bytes()


def test_the_setting_turns_recording_off(window: MainWindow, seam, tmp_path: Path) -> None:
    from briefer.gui.main.exporting import DOCX

    assert window.files.open_path(_brief(tmp_path))
    window.meetings.record.setChecked(False)
    assert window.settings.log_exports is False
    seam.paths = [tmp_path / "x.docx"]
    assert window.exporter.export(DOCX)
    assert _meetings() == []
    window.meetings.record.setChecked(True)
    seam.paths = [tmp_path / "y.docx"]
    assert window.exporter.export(DOCX)
    assert len(_meetings()) == 1


def test_the_bar_offers_the_report_once_the_meeting_is_over(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    bar = window.meetings.bar
    qtbot.waitUntil(lambda: bar.parent() is window and window.toolBarArea(bar) is not None)
    assert window.files.open_path(_brief(tmp_path, date="2099-01-05"))
    assert bar.isHidden()  # the meeting is still ahead
    assert window.files.open_path(_brief(tmp_path, date=_past()))
    assert bar.isVisible()
    assert "Senator Jeanne Shaheen" in bar.text.text() and "How did it go?" in bar.text.text()
    qtbot.mouseClick(bar.close_button, Qt.MouseButton.LeftButton)
    assert bar.isHidden()  # not now: not again for this meeting in this session
    window.meetings.update_bar()
    assert bar.isHidden()


def test_writing_the_report_from_the_bar(qtbot, window: MainWindow, tmp_path: Path) -> None:
    assert window.files.open_path(_brief(tmp_path, date=_past()))
    bar = window.meetings.bar
    qtbot.mouseClick(bar.button, Qt.MouseButton.LeftButton)
    dialog = window.meetings.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.met.text() == "Jesús García"  # the staffer, to start from
    dialog.met.clear()
    qtbot.keyClicks(dialog.met, "J. Garcia, foreign policy adviser")  # (keyClicks: ASCII only)
    qtbot.keyClicks(dialog.email, "jg@shaheen.example.gov")
    dialog.team.insert("Anna Kowalska, Ігар")
    dialog.position.setCurrentIndex(dialog.position.findData("leaning no"))
    dialog.questions.set_row(0, "Who enforces it?", "OFAC and the DOJ")
    dialog.questions.set_row(1, "And the EU?")
    assert dialog.questions.rowCount() == 3  # always an empty row to type into
    qtbot.keyClicks(dialog.ours, "Send the case list")
    qtbot.keyClicks(dialog.notes, "Friendly.")
    dialog.notes.appendPlainText("Wants numbers.")

    dialog.accept()
    assert not dialog.isVisible()
    (meeting,) = _meetings()  # the meeting was never exported: the report logs it
    r = meeting.report
    assert (
        r is not None and r.position == "leaning no" and r.staffer_email == "jg@shaheen.example.gov"
    )
    assert [(q.question, q.answer) for q in r.questions] == [
        ("Who enforces it?", "OFAC and the DOJ"),
        ("And the EU?", ""),
    ]
    assert r.our_commitments == ("Send the case list",) and r.notes == "Friendly.\nWants numbers."
    assert meeting.attendees == ("Anna Kowalska", "Ігар")
    assert r.follow_up is not None and r.follow_up.weekday() < 5  # two weeks on, a weekday
    qtbot.waitUntil(lambda: bar.isHidden())  # reported: the bar has done its work


def test_a_problem_in_the_form_names_the_field_and_keeps_the_dialog(
    window: MainWindow, tmp_path: Path
) -> None:
    assert window.files.open_path(_brief(tmp_path, date=_past()))
    dialog = window.meetings.report_for_brief()
    assert dialog is not None
    dialog.met.setText("x" * 300)
    dialog.accept()
    assert dialog.isVisible() and not dialog.problem.isHidden()
    assert dialog.problem.text().startswith("Whom we met:")
    assert _meetings() == []


def test_an_address_that_is_not_one_is_refused_before_an_email_goes_without_it(
    window: MainWindow, tmp_path: Path
) -> None:
    assert window.files.open_path(_brief(tmp_path, date=_past()))
    dialog = window.meetings.report_for_brief()
    assert dialog is not None
    dialog.email.setText("jesus garcia at senate")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.problem.text() == (
        "Staffer’s email: 'jesus garcia at senate' is not an email address: write it like "
        "name@example.org."
    )
    assert _meetings() == []
    dialog.email.setText("jg@shaheen.example.gov")
    dialog.accept()
    assert not dialog.isVisible()


def test_a_thank_you_before_the_meeting_is_asked_about_first(
    window: MainWindow, seam, tmp_path: Path
) -> None:
    ahead = (TODAY + dt.timedelta(days=2)).isoformat()
    assert window.files.open_path(_brief(tmp_path, date=ahead))
    QGuiApplication.clipboard().setText("what was there")
    seam.ask_answer = False
    assert window.meetings.copy_thank_you() is None
    assert QGuiApplication.clipboard().text() == "what was there"
    title, text = seam.calls[-1][1]
    assert title == "The meeting is still ahead"
    assert "has not happened yet" in text and "Jeanne Shaheen" in text
    assert window.meetings.email_for_brief() is None  # asked again, and refused again
    seam.ask_answer = True
    assert "Thank you for taking the time" in (window.meetings.copy_thank_you() or "")
    dialog = window.meetings.report_for_brief()
    assert dialog is not None
    hint = [w.text() for w in dialog.findChildren(QLabel) if "still ahead" in w.text()]
    assert hint and "finish the report after it" in hint[0]


def test_copy_thank_you_text(window: MainWindow, tmp_path: Path) -> None:
    assert window.files.open_path(_brief(tmp_path, date=_past()))
    dialog = window.meetings.report_for_brief()
    dialog.questions.set_row(0, "Who enforces it?", "OFAC")
    text = dialog.copy_thank_you()
    assert text == QGuiApplication.clipboard().text()
    assert text.startswith("Subject: Thank you for meeting with Belarus Freedom Forum")
    assert "Keep every sanction" in text and "Who enforces it?\n  OFAC" in text


@pytest.fixture
def logged(window: MainWindow, seam, tmp_path: Path) -> MainWindow:
    """Three exported meetings: one overdue follow-up, one due, one awaiting its report."""
    from briefer.gui.main.exporting import PDF

    today = TODAY
    for name, days in (("Jeanne Shaheen", 20), ("Jim Risch", 10), ("Joe Wilson", 2)):
        assert window.files.open_path(_brief(tmp_path, date=_past(days), name=name))
        seam.paths = [tmp_path / f"{name}.pdf"]
        assert window.exporter.export(PDF)
    with Log() as log:
        by = {m.legislator: m for m in mlog.list_meetings(log)}
        mlog.save_report(
            log,
            by["Jeanne Shaheen"].id,
            Report(
                position="supportive",
                follow_up=today - dt.timedelta(days=1),
                staffer_email="jg@example.gov",
            ),
        )
        mlog.save_report(log, by["Jim Risch"].id, Report(position="opposed", follow_up=today))
    return window


def _rows(view) -> list[str]:
    return [view.proxy.index(r, 2).data() for r in range(view.proxy.rowCount())]


def test_the_meetings_window_filters_and_marks_follow_ups(logged: MainWindow, qtbot) -> None:
    view = logged.meetings.show_log()
    assert _rows(view) == [
        "Senator Joe Wilson",
        "Senator Jim Risch",
        "Senator Jeanne Shaheen",
    ]
    colours = {
        view.proxy.index(r, 2).data(): view.proxy.index(r, 0).data(Qt.ItemDataRole.BackgroundRole)
        for r in range(3)
    }
    assert colours["Senator Jeanne Shaheen"].color() == OVERDUE
    assert colours["Senator Jim Risch"].color() == DUE
    assert colours["Senator Joe Wilson"] is None
    assert view.proxy.index(0, 3).data() == "No report yet"
    assert (
        "1 follow-up overdue" in view.summary.text()
        and "1 awaiting a report" in view.summary.text()
    )
    qtbot.keyClicks(view.member, "risch")
    assert _rows(view) == ["Senator Jim Risch"]
    view.member.clear()
    view.outcome.setCurrentIndex(view.outcome.findData("supportive"))
    assert _rows(view) == ["Senator Jeanne Shaheen"]
    view.outcome.setCurrentIndex(0)
    view.due.setChecked(True)
    assert _rows(view) == ["Senator Jim Risch", "Senator Jeanne Shaheen"]
    view.due.setChecked(False)
    view.when.setCurrentText("Upcoming")
    assert _rows(view) == []
    view.when.setCurrentText("Last 30 days")
    assert len(_rows(view)) == 3
    view.table.selectRow(2)
    assert "Senator Jeanne Shaheen" in view.detail.toPlainText()
    assert "Jeanne Shaheen.pdf" in view.detail.toPlainText()


def test_the_thank_you_email_attaches_the_page_the_office_got(
    logged: MainWindow, seam, tmp_path: Path
) -> None:
    view = logged.meetings.show_log()
    view.table.selectRow(2)
    seam.paths = [tmp_path / "thanks"]
    view.request_thank_you()
    message = email.message_from_bytes(
        (tmp_path / "thanks.eml").read_bytes(), policy=policy.default
    )
    assert message["X-Unsent"] == "1" and message["To"].addresses[0].addr_spec == "jg@example.gov"
    (attachment,) = list(message.iter_attachments())
    assert attachment.get_content() == (tmp_path / "Jeanne Shaheen.pdf").read_bytes()


def test_reprint_from_the_window_gives_the_same_bytes(logged: MainWindow, seam, tmp_path) -> None:
    view = logged.meetings.show_log()
    view.table.selectRow(1)
    seam.paths = [tmp_path / "again.pdf"]
    assert view.reprint() == tmp_path / "again.pdf"
    assert (tmp_path / "again.pdf").read_bytes() == (tmp_path / "Jim Risch.pdf").read_bytes()


def test_an_empty_log_says_what_it_is_for(window: MainWindow) -> None:
    view = window.meetings.show_log()
    assert view.stack.currentWidget() is view.empty
    assert "No meetings yet" in view.empty.text()
    assert not view.report_button.isEnabled()


def test_a_damaged_log_is_said_in_the_window_and_left_alone(window: MainWindow) -> None:
    log_path().parent.mkdir(parents=True, exist_ok=True)
    log_path().write_bytes(b"garbage" * 100)
    view = window.meetings.show_log()
    assert view.summary.text().startswith("The meeting log is damaged")
    assert log_path().read_bytes() == b"garbage" * 100


def test_the_meetings_window_writes_dates_as_the_app_does_everywhere(logged: MainWindow) -> None:
    from briefer.support.when import long_date, short_date

    view = logged.meetings.show_log()
    with Log() as log:
        by = {m.legislator: m for m in mlog.list_meetings(log)}
    shaheen = by["Jeanne Shaheen"]
    row = _rows(view).index("Senator Jeanne Shaheen")
    assert view.proxy.index(row, 0).data() == short_date(shaheen.date)  # "Thu Dec 3, 2026"
    follow_up = shaheen.report.follow_up
    assert view.proxy.index(row, 4).data() == f"Overdue · {follow_up:%b} {follow_up.day}"
    from briefer.gui.meetings.texts import detail_html

    html = detail_html(shaheen, NOW)
    assert long_date(shaheen.date) in html and short_date(follow_up) in html


def test_the_meetings_window_marks_a_page_given(logged: MainWindow, qtbot) -> None:
    """An export is kept but not given; the window's button (by keyboard: Alt+G) marks the
    selected meeting's newest page as left with the office, and again undoes it; the table's
    Pages column says how many were given."""
    from PySide6.QtWidgets import QApplication

    view = logged.meetings.show_log()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    view.table.selectRow(2)
    assert "0 given to the office" in view.detail.toPlainText()
    assert "not marked given" in view.detail.toPlainText()
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: "1 given to the office" in view.detail.toPlainText())
    assert "Jeanne Shaheen.pdf is marked as left with the office" in view.summary.text()
    with Log() as log:
        by = {m.legislator: m for m in mlog.list_meetings(log, full=False)}
    assert by["Jeanne Shaheen"].given_count == 1 and by["Jim Risch"].given_count == 0
    assert view.given_button.text() == "Not &Given"
    pages = view.proxy.index(_rows(view).index("Senator Jeanne Shaheen"), 5)
    assert pages.data() == "1 (1 given)"  # the table says it too, not only the detail
    qtbot.keyClick(view.table, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: "0 given to the office" in view.detail.toPlainText())
    assert view.proxy.index(_rows(view).index("Senator Jeanne Shaheen"), 5).data() == "1"
