"""State legislators and MEPs in the window: imported through the Import dialog beside Congress,
the dialog says which directories are there and when, and the Name field finds state members
(the real Open States data for Illinois, and our own HowTheyVote.eu fixture)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from briefer.gui.main.window import MainWindow
from tests.conftest import REPO, SHARED_DATA, pdf_pages
from tests.gui.conftest import TIMEOUT, settle
from tests.gui.directory.test_import import name_field, type_and_choose
from tests.legislators.test_europarl import archive

ILLINOIS = REPO.parent / "shared" / "data" / "openstates-people" / "data" / "il"


def _import(qtbot, window: MainWindow, seam, folder: Path) -> str:
    dialog = window.import_legislators()
    seam.folders = [folder]
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=TIMEOUT)
    return seam.texts("inform")[-1]


def test_states_and_meps_beside_congress(qtbot, window: MainWindow, seam, tmp_path: Path):
    _import(qtbot, window, seam, SHARED_DATA)
    told = _import(qtbot, window, seam, ILLINOIS)
    assert "176 state legislators (Illinois)" in told
    export = tmp_path / "export"
    export.mkdir()
    archive(export / "howtheyvote.zip")
    seam.file_lists = [[export / "howtheyvote.zip"]]
    dialog = window.import_legislators()
    qtbot.mouseClick(dialog.files_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=TIMEOUT)
    assert len(window.legislators.directory) == 537 + 176 + 3

    shown = window.import_legislators().current.text()  # which directories, and when
    assert "Congress: 537 members, imported " in shown
    assert "States: Illinois: 176 members, imported " in shown
    assert "European Parliament: 3 members" in shown
    assert "HowTheyVote.eu (Open Database License)" in shown
    window.import_dialog.reject()

    qtbot.keyClicks(name_field(window), "ann willi")
    offered = window.meeting_form.lookup.offered()
    assert "Ann Williams — State Representative, IL House 11" in offered
    name_field(window).clear()
    type_and_choose(qtbot, window, "ann willi", "Ann Williams — State Representative, IL House 11")
    meeting = window.document.brief.meeting
    assert (meeting.title, meeting.chamber, meeting.district) == (
        "State Representative",
        "Illinois House",
        "11",
    )
    assert meeting.location.endswith("Springfield, IL 62706")  # the capitol office
    from briefer.gui.directory.office_picker import offices_of

    ann = window.legislators.directory.get("Ann Williams")
    assert [label for label, _ in offices_of(ann)] == ["Springfield office", "Chicago office"]
    page = " ".join(pdf_pages(settle(qtbot, window).pdf)[0].split())
    assert "State Representative Ann Williams (D, Illinois House District 11)" in page


def test_a_state_legislators_constituent_is_confirmed_by_the_user(qtbot, with_zips, make_window):
    from briefer.legislators.importing import read_paths, store
    from tests.conftest import TODAY
    from tests.gui.directory.test_constituents import choose_member, type_cell

    store(read_paths([ILLINOIS], TODAY), with_zips / "legislators.sqlite3")
    window = make_window()
    choose_member(qtbot, window, "Ann Williams")
    window.show_tab(0)
    panel = window.constituents.panel
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    type_cell(qtbot, window, 0, 0, "Maria Lopez")
    type_cell(qtbot, window, 0, 1, "Chicago")
    type_cell(qtbot, window, 0, 2, "60657")  # IL-5 in Congress: says nothing of her district
    assert not panel.table.isColumnHidden(4)  # Confirmed: shown for a state legislator
    assert panel.table.item(0, 3).text() == "Confirm if they live in Illinois House District 11"
    page = pdf_pages(settle(qtbot, window).pdf)[0]
    assert "constituent" not in page  # not yet confirmed: not named

    panel.table.setCurrentCell(0, 4)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Space)  # tick Confirmed, as a user does
    assert window.document.brief.constituents[0].confirmed
    assert panel.table.item(0, 3).text() == "✓ Constituent (Illinois House District 11)"
    page = " ".join(pdf_pages(settle(qtbot, window).pdf)[0].split())
    assert "With constituents from Chicago, Illinois House District 11" in page
    assert "IL-5" not in page


def test_an_mep_offered_in_the_name_field_carries_the_credit(qtbot, make_window, tmp_path):
    from briefer.legislators.importing import read_paths, store
    from tests.conftest import TODAY

    store(read_paths([archive(tmp_path / "export.zip")], TODAY))
    window = make_window()
    qtbot.keyClicks(name_field(window), "austrev")
    lookup = window.meeting_form.lookup
    assert lookup.offered() == ["Petras Auštrevičius — MEP, Lithuania"]
    tip = lookup.model.item(0).toolTip()
    assert tip.endswith("(data: HowTheyVote.eu (Open Database License))")
