"""Files on the real window: save and open, bad files, unsaved changes, recent files, recovery."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from briefer.gui.common import dialogs
from briefer.gui.main.recovery import recovery_dir, write_recovery
from briefer.gui.main.window import MainWindow
from briefer.page.brief import load_brief, parse_brief
from tests.conftest import SAMPLE_BRIEF
from tests.gui.conftest import settle


def test_title_shows_the_file_and_the_modified_mark(qtbot, window: MainWindow) -> None:
    assert window.windowTitle() == "Untitled[*] — Briefer"
    assert not window.isWindowModified()
    qtbot.keyClicks(window.meeting_form.fields["meeting.legislator"], "X")
    assert window.isWindowModified()


def test_save_then_open_round_trip(qtbot, window: MainWindow, seam, tmp_path: Path) -> None:
    form = window.meeting_form
    qtbot.keyClicks(form.fields["meeting.legislator"], "Jeanne Shaheen")
    qtbot.keyClicks(form.date.edit, "2026-12-03")
    qtbot.keyClick(form.date.edit, Qt.Key.Key_Return)
    window.points.set_chosen("context-2020-protests", True)
    window.show_tab(1)
    window.points.tree.setCurrentItem(window.points.item("hold-the-line"))
    window.points.editor.edit.insertPlainText("Здароў, <b> & 10:30")
    seam.paths = [tmp_path / "meeting"]
    window.actions.save.trigger()
    saved = tmp_path / "meeting.yaml"
    assert saved.is_file() and not window.isWindowModified()
    assert window.windowTitle() == "meeting.yaml[*] — Briefer"
    assert seam.calls[0][1][1].name == "2026-12-03 Jeanne Shaheen.yaml"  # the suggested name
    expected = window.document.brief
    assert load_brief(saved) == expected

    window.actions.new.trigger()
    assert window.document.brief.meeting.legislator == ""
    seam.paths = [saved]
    window.actions.open.trigger()
    assert window.document.brief == expected
    assert window.document.path == saved.resolve()
    assert form.fields["meeting.legislator"].text() == "Jeanne Shaheen"
    assert form.date.date() == dt.date(2026, 12, 3)
    assert form.date.text() == "Thu Dec 3, 2026"
    assert window.points.item("context-2020-protests").checkState(0) == Qt.CheckState.Checked
    assert settings_recent(window) == [str(saved.resolve())]
    assert "2026-12-03" in (settle(qtbot, window).plan.meta.title + "2026-12-03")


def settings_recent(window: MainWindow) -> list[str]:
    return window.settings.recent_files


def test_a_malformed_brief_is_reported_and_the_current_one_kept(
    qtbot, window: MainWindow, seam, tmp_path: Path
) -> None:
    qtbot.keyClicks(window.meeting_form.fields["meeting.legislator"], "Keep me")
    before = window.document.brief
    bad = tmp_path / "bad.yaml"
    bad.write_text("briefer: 1\nmeeting:\n  legislator: [unclosed\n", encoding="utf-8")
    seam.save_answer = dialogs.Choice.DISCARD
    seam.paths = [bad]
    window.actions.open.trigger()
    assert seam.names() == ["ask_save_changes", "open_path", "error"]
    title, text, details = seam.calls[-1][1]
    assert title == "Cannot open bad.yaml"
    assert text.startswith("Not valid YAML")
    assert f"File: {bad}" in details and "Line: " in details
    assert window.document.brief == before
    assert window.meeting_form.fields["meeting.legislator"].text() == "Keep me"


def test_a_brief_from_a_newer_version_is_refused(window: MainWindow, seam, tmp_path) -> None:
    newer = tmp_path / "newer.yaml"
    newer.write_text("briefer: 2\n", encoding="utf-8")
    assert not window.files.open_path(newer)
    text, details = seam.calls[-1][1][1:]
    assert "newer version of Briefer" in text and "Line: 1" in details


def test_saving_into_an_unwritable_folder_says_so(window: MainWindow, seam, tmp_path) -> None:
    seam.paths = [tmp_path / "missing-folder" / "brief.yaml"]
    assert not window.files.save_as()
    assert seam.calls[-1][0] == "error"
    assert "folder does not exist" in seam.calls[-1][1][1].lower()


def test_unsaved_changes_prompt_cancel_discard_save(
    qtbot, window: MainWindow, seam, tmp_path: Path
) -> None:
    field = window.meeting_form.fields["meeting.legislator"]
    qtbot.keyClicks(field, "Unsaved")
    seam.save_answer = dialogs.Choice.CANCEL
    window.actions.new.trigger()
    assert window.document.brief.meeting.legislator == "Unsaved"
    assert not window.close() and window.isVisible()  # closing is cancelled too

    seam.save_answer = dialogs.Choice.SAVE
    seam.paths = [tmp_path / "kept.yaml"]
    window.actions.new.trigger()
    assert load_brief(tmp_path / "kept.yaml").meeting.legislator == "Unsaved"
    assert window.document.brief.meeting.legislator == "" and window.document.path is None

    qtbot.keyClicks(field, "Dropped")
    seam.save_answer = dialogs.Choice.DISCARD
    assert window.close()
    assert seam.names().count("ask_save_changes") == 4


def test_dropping_a_brief_on_the_window_opens_it(qtbot, window: MainWindow, sample_brief) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(sample_brief))])
    event = QDropEvent(
        QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    window.dropEvent(event)
    assert window.document.brief == parse_brief(SAMPLE_BRIEF)
    assert window.windowTitle() == "brief.yaml[*] — Briefer"
    assert "Jeanne Shaheen" in settle(qtbot, window).plan.meta.title


def test_open_recent_lists_opened_files(window: MainWindow, sample_brief: Path) -> None:
    window.files.open_path(sample_brief)
    window.actions.fill_recent()
    labels = [a.text() for a in window.actions.recent_menu.actions()]
    assert labels[0] == "&1 brief.yaml"
    window.files.new()
    window.actions.recent_menu.actions()[0].trigger()
    assert window.document.path == sample_brief.resolve()


def test_autosave_writes_a_recovery_file_and_saving_removes_it(
    qtbot, window: MainWindow, seam, tmp_path: Path
) -> None:
    assert not window.autosave.save_now()  # nothing unsaved
    qtbot.keyClicks(window.meeting_form.fields["meeting.legislator"], "Autosaved")
    assert window.autosave.save_now()
    assert window.autosave.path.is_file()
    assert "Autosaved" in window.autosave.path.read_text(encoding="utf-8")
    seam.paths = [tmp_path / "saved.yaml"]
    window.actions.save.trigger()
    assert not window.autosave.path.exists()


def test_autosave_runs_on_a_timer(qtbot, make_window) -> None:
    window = make_window(autosave_ms=50)
    qtbot.keyClicks(window.meeting_form.fields["meeting.legislator"], "Timer")
    qtbot.waitUntil(window.autosave.path.is_file, timeout=3000)


def test_recovery_after_a_crash_is_offered_and_restored(
    qtbot, make_window, seam, sample_brief: Path
) -> None:
    crashed = parse_brief(SAMPLE_BRIEF).model_copy(update={"ask": "Unsaved ask from the crash."})
    write_recovery(recovery_dir() / "crashed.yaml", crashed, sample_brief)
    window = make_window()
    seam.ask_answer = True
    with qtbot.waitSignal(window.preview.preview_ready, timeout=10_000):
        window.open_initial(None)
    assert seam.names() == ["ask"] and "brief.yaml" in seam.calls[0][1][1]
    assert window.document.brief == crashed
    assert window.document.path == sample_brief
    assert window.isWindowModified()
    assert not (recovery_dir() / "crashed.yaml").exists()
    assert window.meeting_form.fields["ask"].toPlainText() == "Unsaved ask from the crash."
    assert "Unsaved ask from the crash." in settle(qtbot, window).plan.meta.subject


def test_a_declined_recovery_is_removed_and_the_brief_opened(
    qtbot, make_window, seam, sample_brief: Path
) -> None:
    write_recovery(recovery_dir() / "old.yaml", parse_brief(SAMPLE_BRIEF), None)
    window = make_window()
    seam.ask_answer = False
    window.open_initial(sample_brief)
    assert not list(recovery_dir().glob("*.yaml"))
    assert window.document.path == sample_brief.resolve()


def test_a_running_windows_recovery_file_is_not_offered(qtbot, make_window, seam) -> None:
    first = make_window()
    qtbot.keyClicks(first.meeting_form.fields["meeting.legislator"], "Still running")
    assert first.autosave.save_now()
    second = make_window()
    assert not second.offer_recovery()
    assert "ask" not in seam.names()


def test_typing_goes_into_the_name_at_start_and_after_new(qtbot, window: MainWindow) -> None:
    """At start-up no field had the focus, and after File › New it stayed where it was (the
    points list): now the Meeting tab's Name field has it, so typing goes there at once."""
    from PySide6.QtWidgets import QApplication

    name = window.meeting_form.fields["meeting.legislator"]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.open_initial(None)
    assert QApplication.focusWidget() is name
    qtbot.keyClick(name, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # Talking points
    assert window.tabs.currentIndex() == 1 and QApplication.focusWidget() is not name
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 0
    qtbot.keyClicks(QApplication.focusWidget(), "Risch")
    assert name.text() == "Risch"
