"""Constituents first in the window, driven as a user would: the advocate's ZIP on the Sender tab,
"Your members" in the legislator field, the attending constituents on the Meeting tab, the page's
constituent line in the preview, the member's offices for the location, the ZIP file imported
through the dialog. Over the real legislators and the real ZIP file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from briefer.gui.main.window import MainWindow
from briefer.legislators.zips import default_zips_path
from tests.conftest import ZIP_FILE, pdf_pages
from tests.gui.conftest import TIMEOUT, settle


def choose_member(qtbot, window: MainWindow, name: str) -> None:
    member = window.legislators.directory.get(name)
    assert member is not None
    window.meeting_form.lookup.chosen.emit(member)  # as picking it from the list does
    assert window.document.brief.meeting.legislator == member.name


def click_offered(qtbot, window: MainWindow, label: str) -> None:
    lookup = window.meeting_form.lookup
    popup = lookup.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    index = popup.model().index(lookup.offered().index(label), 0)
    popup.scrollTo(index)
    qtbot.mouseClick(
        popup.viewport(), Qt.MouseButton.LeftButton, pos=popup.visualRect(index).center()
    )


def type_cell(qtbot, window: MainWindow, row: int, column: int, text: str) -> None:
    """Edit one cell as a user does: start editing, type, press Return."""
    table = window.constituents.panel.table
    if table.state() != QAbstractItemView.State.EditingState:
        table.setCurrentCell(row, column)
        table.editItem(table.item(row, column))
    assert (table.currentRow(), table.currentColumn()) == (row, column)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # the delegate commits a line edit's text on the next turn of the event loop
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
    assert table.item(row, column).text() == text


def test_your_zip_is_checked_remembered_and_gives_your_members(qtbot, with_zips, make_window):
    window = make_window()
    window.show_tab(2)
    home = window.constituents.home
    qtbot.keyClicks(home.edit, "3301")
    assert home.problem.isVisible() and "four digits" in home.problem.text()
    assert window.settings.home_zip == ""  # a bad ZIP is not remembered
    qtbot.keyClick(home.edit, Qt.Key.Key_Home)
    qtbot.keyClicks(home.edit, "0")
    assert not home.problem.isVisible()
    assert window.settings.home_zip == "03301"
    text = home.members.text()
    for name in ("Senator Jeanne Shaheen", "Senator Margaret Wood Hassan", "Maggie Goodlander"):
        assert name in text
    assert "ZIP data of November 12, 2024" in text and "may be" not in text
    again = make_window()  # remembered on this computer
    assert again.constituents.home.edit.text() == "03301"
    assert again.legislators.home_zip == "03301"


def test_a_zip_spanning_districts_says_so(qtbot, with_zips, make_window):
    window = make_window()
    window.constituents.home.set_zip("03031")  # Amherst: NH-1 and NH-2
    text = window.constituents.home.members.text()
    assert "Chris Pappas (NH-1) — <i>may be yours</i>" in text
    assert "Maggie Goodlander (NH-2) — <i>may be yours</i>" in text
    assert "Your ZIP spans NH-1 and NH-2" in text


def test_without_data_the_box_offers_the_import(qtbot, make_window, seam):
    window = make_window()
    assert "import the legislators and the ZIP-to-district file" in (
        window.constituents.home.members.text()
    )
    window.constituents.home.members.linkActivated.emit("import")
    assert window.import_dialog is not None and window.import_dialog.isVisible()
    window.import_dialog.reject()


def test_your_members_come_first(qtbot, with_zips, make_window):
    window = make_window()
    window.constituents.home.set_zip("03301")
    lookup = window.meeting_form.lookup
    window.show_tab(0)
    field = window.meeting_form.fields["meeting.legislator"]
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)  # into the empty field
    assert lookup.offered() == [
        "Your members (ZIP 03301)",
        "Margaret Wood Hassan — Senator, NH",
        "Jeanne Shaheen — Senator, NH",
        "Maggie Goodlander — Representative, NH-2",
    ]
    click_offered(qtbot, window, "Maggie Goodlander — Representative, NH-2")
    assert window.document.brief.meeting.legislator == "Maggie Goodlander"
    field.clear()
    qtbot.keyClicks(field, "NH")
    offered = lookup.offered()
    assert offered[:4] == [
        "Your members (ZIP 03301)",
        "Margaret Wood Hassan — Senator, NH",
        "Jeanne Shaheen — Senator, NH",
        "Maggie Goodlander — Representative, NH-2",
    ]
    assert offered[4:] == ["Other members", "Chris Pappas — Representative, NH-1"]
    heading = lookup.model.item(0)
    assert not heading.flags() & Qt.ItemFlag.ItemIsSelectable  # a heading cannot be chosen


def test_constituents_in_the_meeting_and_on_the_page(qtbot, with_zips, make_window):
    window = make_window()
    choose_member(qtbot, window, "Maggie Goodlander")
    panel = window.constituents.panel
    assert panel.note.isVisible()
    assert "No constituents listed for Maggie Goodlander yet" in panel.note.text()
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    type_cell(qtbot, window, 0, 0, "Anna Kowalska")
    type_cell(qtbot, window, 0, 1, "Concord")
    type_cell(qtbot, window, 0, 2, "03301")
    people = window.document.brief.constituents
    assert [(p.name, p.town, p.zip) for p in people] == [("Anna Kowalska", "Concord", "03301")]
    assert panel.table.item(0, 3).text() == "✓ Constituent (NH-2)"
    assert not panel.note.isVisible()
    assert panel.dated.text() == "Checked against the ZIP data of November 12, 2024."
    page = pdf_pages(settle(qtbot, window).pdf)[0]
    assert "With constituents from Concord, NH-2" in page

    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    type_cell(qtbot, window, 1, 0, "Olga Mirna")
    type_cell(qtbot, window, 1, 2, "3031")  # a bad ZIP: said in the row, not taken
    assert panel.table.item(1, 3).text().startswith("ZIP: '3031' has four digits")
    assert window.document.brief.constituents[1].zip == ""
    type_cell(qtbot, window, 1, 2, "03031")
    assert panel.table.item(1, 3).text() == "May be: the ZIP spans NH-1 and NH-2"
    outcome = settle(qtbot, window)
    page = pdf_pages(outcome.pdf)[0]
    assert "With constituents from Concord, NH-2" in page
    assert "may live" not in page  # the user's warning, never the page's doubt

    panel.table.selectRow(0)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in window.document.brief.constituents] == ["Olga Mirna"]
    window.actions.undo.trigger()
    assert [p.name for p in window.document.brief.constituents] == ["Anna Kowalska", "Olga Mirna"]
    assert panel.rows()[0] == ("Anna Kowalska", "Concord", "03301")


def test_no_constituent_attending_is_pointed_out_gently(qtbot, with_zips, make_window):
    window = make_window()
    choose_member(qtbot, window, "Chris Pappas")  # NH-1
    panel = window.constituents.panel
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    type_cell(qtbot, window, 0, 0, "Anna Kowalska")
    type_cell(qtbot, window, 0, 2, "03301")  # Concord: NH-2
    assert panel.table.item(0, 3).text() == "Lives in NH-2: not a constituent"
    assert panel.note.isVisible()
    assert panel.note.text().startswith("No one listed lives in NH-1")
    outcome = settle(qtbot, window)
    assert "constituent" not in pdf_pages(outcome.pdf)[0]
    assert outcome.plan is not None
    assert any("not named as a constituent" in w for w in outcome.plan.warnings)


def test_add_me(qtbot, with_zips, make_window):
    window = make_window()
    panel = window.constituents.panel
    assert not panel.me_button.isEnabled()
    window.show_tab(2)
    qtbot.keyClicks(window.sender_form.fields["sender.name"], "Anna Kowalska")
    qtbot.keyClicks(window.constituents.home.edit, "03060")
    assert panel.me_button.isEnabled()
    choose_member(qtbot, window, "Jeanne Shaheen")
    qtbot.mouseClick(panel.me_button, Qt.MouseButton.LeftButton)
    assert [(p.name, p.zip) for p in window.document.brief.constituents] == [
        ("Anna Kowalska", "03060")
    ]
    assert panel.table.item(0, 3).text() == "✓ Constituent (NH)"


def test_the_location_from_the_members_offices(qtbot, with_zips, make_window):
    window = make_window()
    picker = window.constituents.offices
    assert not picker.action.isVisible()  # no member yet
    choose_member(qtbot, window, "Jeanne Shaheen")
    assert picker.action.isVisible()
    texts = [a.text() for a in picker.menu.actions()]
    assert texts[0] == "Washington" and texts[1].startswith("506 Hart Senate Office Building")
    assert "District offices" in texts
    manchester = next(a for a in picker.menu.actions() if "Manchester, NH" in a.text())
    manchester.trigger()
    location = window.document.brief.meeting.location
    assert location == manchester.text() and location.endswith("Manchester, NH 03101")
    assert window.meeting_form.fields["meeting.location"].text() == location
    assert location in pdf_pages(settle(qtbot, window).pdf)[0].replace("\n", " ")
    window.actions.undo.trigger()
    assert window.document.brief.meeting.location.startswith("506 Hart")


def test_import_the_zip_file_through_the_dialog(qtbot, imported_data: Path, make_window, seam):
    window = make_window()
    dialog = window.import_legislators()
    seam.file_lists = [[ZIP_FILE]]
    qtbot.mouseClick(dialog.files_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.as_of.edit, "2024-11-12")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "inform" in seam.names(), timeout=TIMEOUT)
    (text,) = seam.texts("inform")
    assert text.startswith("Legislators imported Imported 33,774 ZIP codes (data of November 12")
    assert default_zips_path().is_file()
    assert window.legislators.zips is not None
    assert window.legislators.directory is None  # only the ZIP file: no directory yet
    again = window.import_legislators()
    assert "ZIP data of " in again.current.text()
    again.reject()
