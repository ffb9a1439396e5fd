"""File › Import Legislators in one trip: the folder and the ZIP file together, paths typed or
pasted, the ZIP data's date as its file states it (never the copy's date)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.conftest import SHARED_DATA, ZIP_FILE
from tests.gui.conftest import TIMEOUT


def test_the_folder_and_the_zip_file_in_one_import(qtbot, window, seam) -> None:
    dialog = window.import_legislators()
    seam.folders = [SHARED_DATA]
    seam.file_lists = [[ZIP_FILE]]
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.files_button, Qt.MouseButton.LeftButton)
    assert dialog.paths == [SHARED_DATA, ZIP_FILE]  # the ZIP file adds to the folder
    assert dialog.isVisible()
    dialog.as_of.setFocus()
    qtbot.keyClicks(dialog.as_of.edit, "November 12, 2024")
    qtbot.keyClick(dialog.as_of.edit, Qt.Key.Key_Return)  # Enter: Import, the default button
    qtbot.waitUntil(lambda: "inform" in seam.names(), timeout=TIMEOUT)
    (text,) = seam.texts("inform")
    assert "537 members" in text and "33,774 ZIP codes (data of November 12, 2024)" in text
    assert len(window.legislators.directory) == 537
    assert window.legislators.zips_date() == dt.date(2024, 11, 12)


def test_paths_typed_or_pasted(qtbot, window, seam, tmp_path: Path) -> None:
    dialog = window.import_legislators()
    qtbot.keyClicks(dialog.source, str(tmp_path / "nowhere"))
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert any("nowhere" in t and "was not found" in t for t in seam.texts("error"))
    assert dialog.task is None and dialog.isVisible()
    dialog.source.selectAll()
    QApplication.clipboard().setText(f"{SHARED_DATA}; {ZIP_FILE}")
    qtbot.keyClick(dialog.source, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert dialog.paths == [SHARED_DATA, ZIP_FILE]
    assert not dialog.as_of.isHidden()
    qtbot.keyClicks(dialog.as_of.edit, "2030-01-01")  # a day still to come
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "in the future" in dialog.as_of.problem.text() and dialog.task is None


def test_the_date_a_file_states_is_where_the_date_starts(qtbot, window, seam, tmp_path) -> None:
    named = tmp_path / "zccd-2024-11-12.csv"
    shutil.copyfile(ZIP_FILE, named)
    dialog = window.import_legislators()
    seam.file_lists = [[named]]
    qtbot.mouseClick(dialog.files_button, Qt.MouseButton.LeftButton)
    assert dialog.zips_as_of() == dt.date(2024, 11, 12)
    assert dialog.as_of.text() == "Tue Nov 12, 2024"


def test_a_cut_off_file_is_a_warning_and_every_entry_left_out_is_said(
    qtbot, window, seam, tmp_path: Path
) -> None:
    """What the core warns of (a legislators file cut off between members) is in the message;
    of the entries an import left out, the message counts them and lists the first few, and
    Show Details… holds every one (it said only the first problem, no warning)."""
    from tests.legislators.test_completeness import _entries, _folder

    cut = tmp_path / "cut"
    cut.mkdir()
    _folder(cut, [line for entry in _entries()[:-2] for line in entry])
    shutil.copyfile(
        SHARED_DATA / "legislators-district-offices.yaml",
        cut / "legislators-district-offices.yaml",
    )
    dialog = window.import_legislators()
    seam.folders = [cut]
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "inform" in seam.names(), timeout=TIMEOUT)
    (text,) = seam.texts("inform")
    assert "Imported 535 members and 0 committees." in text
    assert "Warning: " in text and "M001246" in text and "is it cut off?" in text

    state = tmp_path / "people" / "il" / "legislature"
    state.mkdir(parents=True)
    for n in range(12):
        (state / f"bad-{n:02}.yml").write_text("name: [unclosed\n", encoding="utf-8")
    dialog = window.import_legislators()
    seam.folders = [state.parent]
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(seam.texts("inform")) == 2, timeout=TIMEOUT)
    _title, text, details = seam.calls[-1][1]  # the message, then what Show Details… holds
    assert "12 entries were left out:" in text, text
    assert all(f"bad-{n:02}.yml" in text for n in range(3)) and "bad-03" not in text
    assert "… and 9 more." in text
    assert all(f"bad-{n:02}.yml" in details for n in range(12))  # every one
