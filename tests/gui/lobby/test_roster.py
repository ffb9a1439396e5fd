"""Lobby Day › From Roster…: the meetings planned from who comes, their state seats from the
roster's ``state_district`` column (the real Illinois data from Open States, the real ZIP file),
saved as the meetings CSV the day is built from."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from PySide6.QtCore import Qt

from briefer.legislators.importing import read_paths, store
from tests.conftest import TODAY
from tests.gui.conftest import TIMEOUT
from tests.lobby.test_state_roster import ROSTER, STATES


def test_a_roster_with_state_districts_plans_the_capitol_meetings(
    qtbot, make_window, seam, imported_data: Path, tmp_path: Path
) -> None:
    window = make_window()  # nothing imported yet: the roster is not asked for
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = window.lobby_dialog
    assert dialog is not None and dialog.isVisible()
    assert "state_district" in dialog.roster_button.toolTip()
    qtbot.mouseClick(dialog.roster_button, Qt.MouseButton.LeftButton)
    assert seam.names() == ["error"] and "Import Legislators" in seam.texts("error")[0]

    data = Path(os.environ["BRIEFER_DATA_DIR"])  # Congress, the ZIP data and Illinois
    for name in ("legislators.sqlite3", "zips.sqlite"):
        shutil.copy2(imported_data / name, data / name)
    store(read_paths([STATES / "il"], TODAY), data / "legislators.sqlite3")
    window.legislators.reload()
    roster, out = tmp_path / "roster.csv", tmp_path / "planned.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    seam.paths = [roster, out]  # the roster chosen, then where its meetings go
    qtbot.mouseClick(dialog.roster_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "inform" in seam.names(), timeout=TIMEOUT)
    (told,) = seam.texts("inform")
    assert "with state legislators" in told and "into planned.csv" in told
    assert "roster.csv:5: state_district: Tom Typo: 'IL House 999'" in told
    assert dialog.csv_edit.text() == str(out)  # the day is built from it
    rows = out.read_text(encoding="utf-8-sig").splitlines()
    planned = {row.split(",")[0]: row for row in rows[1:]}
    assert "Maria Lopez (60657, confirmed)" in planned["Ann Williams"]  # IL House 11
    assert {"Laura Fine", "Jen Gong-Gershowitz", "Tammy Duckworth"} <= planned.keys()
    assert roster.read_text(encoding="utf-8") == ROSTER  # the roster is untouched
