"""File → Lobby Day on the real window: a real CSV into a folder, bad rows by line, Cancel, and
bad input refused with nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPushButton, QRadioButton, QWidget

from briefer.day import BUILT as BUILT_STATUS
from briefer.gui.lobby.dialog import LobbyDialog
from briefer.gui.main.window import MainWindow
from briefer.legislators.congress import import_congress
from briefer.legislators.stored import save
from tests.conftest import SHARED_DATA, pdf_pages
from tests.gui.conftest import TIMEOUT

MEETINGS = """\
legislator,date,time,location,staffer
Jeanne Shaheen,2026-12-03,10:30,SR-506,Jane Doe
Nobody McFake,2026-12-03,11:00,,
S000033,2026-12-03,9:00,,
"Rogers, Mike","Dec 4, 2026",2:00 PM,Rayburn 2216,
"""
BUILT = [
    "2026-12-03_0900_bernard-sanders.pdf",
    "2026-12-03_1030_jeanne-shaheen.pdf",
    "2026-12-04_1400_mike-rogers.pdf",
    "index.pdf",
    "schedule.ics",
]


@pytest.fixture(scope="module")
def congress():
    return import_congress([SHARED_DATA])


@pytest.fixture
def lobby_window(congress, make_window) -> MainWindow:
    save(congress)  # imported before the window opens
    return make_window()


def open_dialog(qtbot, window: MainWindow, csv_path: Path, out: Path, seam) -> LobbyDialog:
    """Open the dialog with its shortcut and choose the CSV and the folder through the seam."""
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = window.lobby_dialog
    assert dialog is not None and dialog.isVisible()
    seam.paths = [csv_path]
    seam.folders = [out]
    dialog.choose_csv()
    dialog.choose_output()
    assert dialog.csv_edit.text() == str(csv_path) and dialog.output_edit.text() == str(out)
    return dialog


def build(qtbot, dialog: LobbyDialog) -> None:
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    assert dialog.task is not None and dialog.cancel_button.isVisible()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=60_000)


@pytest.fixture
def lobby(tmp_path: Path) -> tuple[Path, Path]:
    csv_path, out = tmp_path / "meetings.csv", tmp_path / "packs"
    csv_path.write_text(MEETINGS, encoding="utf-8")
    out.mkdir()
    return csv_path, out


def test_a_lobby_day_builds_the_good_rows_and_lists_the_bad_one(
    qtbot, lobby_window: MainWindow, lobby, seam
) -> None:
    csv_path, out = lobby
    window = lobby_window
    assert window.actions.lobby_day.shortcut() == QKeySequence("Ctrl+L")
    dialog = open_dialog(qtbot, window, csv_path, out, seam)
    assert dialog.note.isHidden()  # a directory is imported
    assert dialog.formats() == ["pdf"] and dialog.suggested.isChecked()
    build(qtbot, dialog)

    assert seam.names().count("error") == 0
    result = dialog.result
    assert result is not None and not result.cancelled
    assert sorted(p.name for p in out.iterdir()) == BUILT
    assert dialog.summary.text().startswith(
        "Built 3 of 4 meetings, 3 files, the schedule (index.pdf) and the calendar "
        "(schedule.ics). 1 meeting could not"
    )
    assert dialog.failures.toPlainText().startswith("Line 3: unknown legislator 'Nobody McFake'")
    # The table shows every meeting with its status; the failed one is selected and explains.
    table = dialog.table
    assert table.isVisible() and table.model().rowCount() == 4
    cells = [[table.model().index(r, c).data() for c in range(5)] for r in range(4)]
    assert [row[0] for row in cells] == ["2", "3", "4", "5"]
    assert cells[1][3] == "Not built" and cells[1][4].startswith("unknown legislator")
    assert cells[0][3] == "Built" and cells[0][4] == "2026-12-03_1030_jeanne-shaheen (PDF)"
    assert table.current_slot().line == 3 and "Nobody McFake" in dialog.explain.text()
    assert dialog.rerun_button.isVisible() and dialog.rerun_button.isEnabled()
    assert dialog.progress.value() == 4 and dialog.progress.maximum() == 4
    assert dialog.close_button.isVisible() and not dialog.cancel_button.isVisible()

    shaheen = (out / BUILT[1]).read_bytes()
    assert "Senator Jeanne Shaheen" in pdf_pages(shaheen)[0]
    row = next(r for r in result.results if r.ok and r.line == 2)
    assert "Prisoners Are Not Bargaining Chips" in row.points  # suggested for Foreign Relations
    assert "Mike Rogers" in pdf_pages((out / "index.pdf").read_bytes())[0]

    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert seam.opened_folders == [out]
    table.select_line(2)  # Enter on a built row opens its pack
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert seam.opened_folders[-1] == out / "2026-12-03_1030_jeanne-shaheen.pdf"
    table.select_line(3)  # on a failed one, says why
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert seam.names()[-1] == "error" and "Nobody McFake" in seam.calls[-1][1][1]
    assert window.settings.lobby_output == str(out)

    # Again into the same folder: asked before replacing; "Cancel" leaves everything alone.
    seam.ask_answer = False
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    assert seam.names()[-1] == "ask" and dialog.task is None
    seam.ask_answer = True
    build(qtbot, dialog)
    assert dialog.force.isChecked() and sorted(p.name for p in out.iterdir()) == BUILT


def test_the_base_briefs_points_for_every_meeting_and_word_files(
    qtbot, lobby_window: MainWindow, lobby, seam
) -> None:
    csv_path, out = lobby
    dialog = open_dialog(qtbot, lobby_window, csv_path, out, seam)
    dialog.same.setChecked(True)
    dialog.format_boxes["docx"].setChecked(True)
    dialog.format_boxes["pdf"].setChecked(False)
    build(qtbot, dialog)
    assert sorted(p.suffix for p in out.iterdir()) == [".docx"] * 3 + [".ics", ".pdf"]
    defaults = {
        lobby_window.document.pack.block(b).title for b in lobby_window.document.brief.blocks
    }
    for row in dialog.result.results:
        assert not row.ok or set(row.points) == defaults


def test_cancel_stops_a_long_lobby_day(qtbot, lobby_window: MainWindow, seam, tmp_path) -> None:
    members = lobby_window.legislators.directory.members[:40]
    csv_path, out = tmp_path / "long.csv", tmp_path / "packs"
    csv_path.write_text("legislator\n" + "\n".join(m.id for m in members) + "\n", encoding="utf-8")
    out.mkdir()
    dialog = open_dialog(qtbot, lobby_window, csv_path, out, seam)
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.progress.value() >= 1, timeout=TIMEOUT)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert "Cancelling" in dialog.status.text()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=60_000)

    result = dialog.result
    assert result.cancelled and len(result.results) < 40
    assert dialog.summary.text().startswith("Cancelled. Built ")
    assert not (out / "index.pdf").exists()
    # Meetings already handed to a worker process finish, though the result does not list them.
    assert result.files <= len(list(out.glob("*.pdf"))) < 40

    # Closing the dialog while it builds cancels, then closes; so does closing the window.
    dialog.force.setChecked(True)
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    dialog.reject()
    assert dialog.isVisible()  # until the meetings in progress end
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=60_000)
    assert dialog.result is None or dialog.result.cancelled
    again = lobby_window.lobby_day()
    again.force.setChecked(True)
    assert again.start()
    task = again.task
    lobby_window.shutdown()
    assert task.isFinished()


@pytest.mark.parametrize(
    ("problem", "expected"),
    [
        ("no folder", "The output folder"),
        ("no format", "Tick at least one format"),
        ("bad header", "Unknown column 'room'"),
        ("bad base", "Cannot use the base brief"),
    ],
)
def test_bad_input_is_refused_through_the_seam_and_nothing_is_written(
    qtbot, lobby_window: MainWindow, lobby, seam, problem: str, expected: str
) -> None:
    csv_path, out = lobby
    dialog = open_dialog(qtbot, lobby_window, csv_path, out, seam)
    if problem == "no folder":  # a file where the folder should be (a missing one is created)
        (out.parent / "a-file").write_text("mine", encoding="utf-8")
        dialog.output_edit.setText(str(out.parent / "a-file"))
    elif problem == "no format":
        dialog.format_boxes["pdf"].setChecked(False)
    elif problem == "bad base":
        base = out.parent / "base.yaml"
        base.write_text("briefer: 1\nmeeting: [not, a, mapping]\n", encoding="utf-8")
        seam.paths = [base]
        dialog.choose_base()
        assert dialog.base_box.currentText() == "base.yaml"
    else:
        csv_path.write_text("legislator,room\nJeanne Shaheen,SR-506\n", encoding="utf-8")
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "error" in seam.names(), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=TIMEOUT)
    title, text, *details = seam.calls[-1][1]
    if problem == "bad base":
        assert title == expected and "Line: 2" in details[-1]
    else:
        assert title == "Cannot build the lobby day" and text.startswith(expected)
    if problem == "bad header":
        assert f"File: {csv_path}" in details[0] and "Line: 1" in details[0]
    assert list(out.iterdir()) == [] and dialog.result is None
    assert dialog.run_button.isVisible() and dialog.run_button.isEnabled()


def test_without_a_directory_the_dialog_says_names_are_used_as_typed(
    qtbot, window: MainWindow, lobby, seam
) -> None:
    csv_path, out = lobby
    dialog = open_dialog(qtbot, window, csv_path, out, seam)
    assert not dialog.note.isHidden() and "Import Legislators" in dialog.note.text()
    dialog.reject()
    assert not dialog.isVisible()


def test_the_dialogs_are_named_and_tab_through_in_reading_order(window: MainWindow) -> None:
    dialog = window.lobby_day()
    controls = (QLineEdit, QComboBox, QCheckBox, QRadioButton, QPushButton)
    shown = [w for w in dialog.findChildren(QWidget) if isinstance(w, controls) and w.isVisible()]
    assert len(shown) >= 12
    assert not [type(w).__name__ for w in shown if not (w.accessibleName() or w.text())]
    chain, widget = [], dialog.csv_edit
    while widget not in chain:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    order = [dialog.csv_edit, dialog.base_box, dialog.suggested, dialog.output_edit]
    order += [dialog.format_boxes["pdf"], dialog.force, dialog.run_button]
    assert [chain.index(w) for w in order] == sorted(chain.index(w) for w in order)
    dialog.reject()

    imports = window.import_legislators()
    assert imports.source.accessibleName() == "Files to import"
    assert imports.folder_button.text() == "Choose &Folder…"
    assert window.actions.import_legislators in window.menuBar().actions()[0].menu().actions()
    imports.reject()


def test_after_fixing_the_csv_only_the_failed_lines_run_again(
    qtbot, lobby_window: MainWindow, lobby, seam
) -> None:
    csv_path, out = lobby
    out = out / "new" / "day"  # a folder that does not exist yet is created, parents too
    dialog = open_dialog(qtbot, lobby_window, csv_path, out, seam)
    build(qtbot, dialog)
    assert out.is_dir() and len(dialog.result.failed) == 1
    shaheen = out / BUILT[1]
    before = shaheen.stat().st_mtime_ns

    csv_path.write_text(MEETINGS.replace("Nobody McFake", "Elizabeth Warren"), encoding="utf-8")
    qtbot.mouseClick(dialog.rerun_button, Qt.MouseButton.LeftButton)
    assert dialog.task is not None
    qtbot.waitUntil(lambda: dialog.task is None, timeout=60_000)

    result = dialog.result
    assert [r.line for r in result.results] == [3] and result.results[0].ok
    assert (out / "2026-12-03_1100_elizabeth-warren.pdf").is_file()
    assert shaheen.stat().st_mtime_ns == before  # the lines that were built are left alone
    model = dialog.table.model()
    statuses = [model.index(r, 3).data() for r in range(model.rowCount())]
    assert statuses == ["Built"] * 4
    assert not dialog.rerun_button.isVisible()
    schedule = " ".join(" ".join(pdf_pages((out / "index.pdf").read_bytes())).split())
    for name in ("Jeanne Shaheen", "Elizabeth Warren", "Bernard Sanders", "Mike Rogers"):
        assert name in schedule


def test_a_built_rows_pack_reads_whole_in_the_table(
    qtbot, lobby_window: MainWindow, lobby, seam
) -> None:
    csv_path, out = lobby
    dialog = open_dialog(qtbot, lobby_window, csv_path, out, seam)
    dialog.format_boxes["docx"].setChecked(True)
    build(qtbot, dialog)
    table = dialog.table
    model = table.meetings
    built = [row for row in range(model.rowCount()) if model.slots[row].status == BUILT_STATUS]
    assert built
    for row in built:
        text = model.index(row, 4).data()
        assert text.endswith(" (PDF, DOCX)")  # one name for the pack's two files
        assert table.fontMetrics().horizontalAdvance(text) + 12 <= table.columnWidth(4), text
