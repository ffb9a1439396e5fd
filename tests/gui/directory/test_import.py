"""The legislator directory in the window: importing it, looking a member up as you type, and the
points suggested for the member's committees."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from briefer.gui.directory.legislators import member_label
from briefer.gui.main.window import MainWindow
from briefer.legislators.congress import import_congress
from briefer.legislators.stored import default_store_path, save
from briefer.legislators.suggest import suggested_blocks
from tests.conftest import SHARED_DATA, ZIP_FILE, contains_phrase, pdf_pages
from tests.gui.conftest import TIMEOUT, settle

FOREIGN_RELATIONS = "Senate Committee on Foreign Relations (Ranking Member)"


@pytest.fixture(scope="module")
def congress():
    return import_congress([SHARED_DATA])


@pytest.fixture
def imported(congress):
    """The directory stored in this test's data folder, before the window opens."""
    save(congress)
    return congress


def name_field(window: MainWindow):
    return window.meeting_form.fields["meeting.legislator"]


def type_and_choose(qtbot, window: MainWindow, text: str, label: str) -> None:
    """Type into the legislator field, then pick ``label`` from the list with the keyboard."""
    window.show_tab(0)
    lookup = window.meeting_form.lookup
    qtbot.keyClicks(name_field(window), text)
    popup = lookup.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    row = lookup.offered().index(label)
    for _ in range(row + 1):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def test_import_through_the_dialog_gives_the_whole_congress(qtbot, window: MainWindow, seam):
    lookup = window.meeting_form.lookup
    assert window.legislators.directory is None
    assert not lookup.hint.isHidden() and "import legislators…" in lookup.hint.text()
    lookup.hint.linkActivated.emit("import")  # the link under the empty field opens the dialog
    dialog = window.import_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.import_button.isEnabled()

    seam.folders = [SHARED_DATA]
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    assert dialog.source.text() == str(SHARED_DATA) and dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "inform" in seam.names(), timeout=TIMEOUT)

    assert seam.texts("inform") == ["Legislators imported Imported 537 members and 230 committees."]
    assert len(window.legislators.directory) == 537
    assert default_store_path().is_file()  # the command line sees it too
    assert not dialog.isVisible() and lookup.hint.isHidden()
    qtbot.keyClicks(name_field(window), "shah")  # the completer uses the new directory
    assert lookup.offered() == ["Jeanne Shaheen — Senator, NH"]
    assert window.settings.legislators_folder == str(SHARED_DATA)


def test_the_zip_data_is_dated_as_published_not_as_copied(qtbot, window: MainWindow, seam):
    """The file's own date says when it was copied: the date is asked for, and typed."""
    import datetime as dt

    dialog = window.import_legislators()
    assert dialog.as_of.isHidden()  # nothing to date until a ZIP file is chosen
    seam.file_lists = [[ZIP_FILE]]
    qtbot.mouseClick(dialog.files_button, Qt.MouseButton.LeftButton)
    assert not dialog.as_of.isHidden() and dialog.zips_as_of() is None  # not the copy's date
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "Give the date the ZIP data was published" in dialog.as_of.problem.text()
    assert "inform" not in seam.names() and dialog.task is None  # nothing imported undated
    qtbot.keyClicks(dialog.as_of.edit, "November 12, 2024")  # as the data's source says
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "inform" in seam.names(), timeout=TIMEOUT)
    assert "(data of November 12, 2024)" in seam.texts("inform")[0]
    assert window.legislators.zips_date() == dt.date(2024, 11, 12)


def test_a_bad_file_is_reported_with_its_line_and_nothing_changes(
    qtbot, window: MainWindow, seam, tmp_path: Path
):
    bad = tmp_path / "members.csv"
    bad.write_text("name,title,state\nAnna Example,MEP,DE\n,MP,FR\n", encoding="utf-8")
    dialog = window.import_legislators()
    seam.file_lists = [[bad]]
    qtbot.mouseClick(dialog.files_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "error" in seam.names(), timeout=TIMEOUT)
    title, text, details = seam.calls[-1][1]
    assert title == "Cannot import the legislators"
    assert text == "The name is empty."
    assert f"File: {bad}" in details and "Line: 3" in details
    assert dialog.isVisible() and window.legislators.directory is None
    assert not default_store_path().exists()
    qtbot.waitUntil(lambda: dialog.task is None)
    dialog.reject()


def test_typing_offers_members_and_choosing_one_fills_the_meeting_in_one_step(
    qtbot, imported, make_window
):
    window = make_window()
    lookup = window.meeting_form.lookup
    assert lookup.hint.isHidden()
    qtbot.keyClicks(name_field(window), "shah")
    assert lookup.offered() == ["Jeanne Shaheen — Senator, NH"]
    before = window.document.brief
    assert before.meeting.legislator == "shah" and window.document.stack.count() == 1

    type_and_choose(qtbot, window, "", "Jeanne Shaheen — Senator, NH")
    meeting = window.document.brief.meeting
    assert (meeting.legislator, meeting.title, meeting.chamber) == (
        "Jeanne Shaheen",
        "Senator",
        "Senate",
    )
    assert (meeting.state, meeting.district, meeting.party) == ("NH", "", "Democrat")
    assert FOREIGN_RELATIONS in meeting.committees
    assert meeting.location.startswith("506 Hart Senate Office Building")
    form = window.meeting_form.fields
    assert form["meeting.title"].currentText() == "Senator"
    assert form["meeting.state"].text() == "NH"
    assert FOREIGN_RELATIONS in form["meeting.committees"].text()
    assert window.document.stack.count() == 2
    assert window.document.stack.undoText() == "Fill in Jeanne Shaheen"
    assert not lookup.completer.popup().isVisible()
    assert "Senator Jeanne Shaheen" in pdf_pages(settle(qtbot, window).pdf)[0]

    window.actions.undo.trigger()  # one step back: the meeting as typed
    assert window.document.brief == before
    assert name_field(window).text() == "shah" and form["meeting.state"].text() == ""


def test_look_up_by_state_seat_and_without_accents(qtbot, imported, make_window):
    window = make_window()
    lookup = window.meeting_form.lookup
    assert lookup.search("NH") and "Chris Pappas — Representative, NH-1" in lookup.offered()
    assert lookup.search("Jesus Garcia")[0].name.endswith("García")
    assert lookup.offered()[0].endswith("— Representative, IL-4")
    assert lookup.search("s") == []  # one letter is too little to look up
    brief = window.document.brief
    meeting = brief.meeting.model_copy(update={"location": "Rayburn 2216"})
    window.document.apply(brief.model_copy(update={"meeting": meeting}), "Set location")

    seat = member_label(imported.find("CA-12")[0])
    type_and_choose(qtbot, window, "CA-12", seat)
    meeting = window.document.brief.meeting
    assert (meeting.state, meeting.district, meeting.title) == ("CA", "12", "Representative")
    assert meeting.location == "Rayburn 2216"  # a location already set stays


def test_a_store_damaged_after_the_app_opened_it_is_said_under_the_field(
    qtbot, imported, make_window
):
    window = make_window()
    lookup = window.meeting_form.lookup
    default_store_path().write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)  # cut short
    assert lookup.search("shaheen") == []  # the search read the file: no crash, nothing offered
    assert not lookup.hint.isHidden() and "could not be read" in lookup.hint.text()


def test_suggestions_for_the_member_and_apply_in_one_undoable_step(qtbot, imported, make_window):
    window = make_window()
    panel = window.suggestions
    assert panel.apply_button.isHidden() and not panel.hint.isHidden()
    assert "Name a legislator" in panel.hint.text()

    member = window.legislators.directory.get("Jeanne Shaheen")
    window.meeting_form.fill_member(member)
    window.show_tab(1)
    assert panel.member == member
    assert panel.isVisible() and panel.apply_button.isVisible() and panel.items.isVisible()
    assert panel.summary.text() == "7 points for Senator Jeanne Shaheen"
    assert "Foreign affairs" in panel.summary.toolTip()
    text = panel.items.text()
    assert "Prisoners Are Not Bargaining Chips" in text
    assert "Prisoner-release bargains are negotiated through diplomacy." in text
    assert "Foreign affairs" in text
    foreign = [s for s in panel.suggestions if s.because == "Foreign affairs"]
    assert {s.block for s in foreign} >= {"myth-trade-for-prisoners", "rec-consistent-with-russia"}
    panel.scroll.setFocus()  # a Tab stop (arrows scroll the list): its frame shows the focus
    focused = panel.scroll.grab().toImage()
    panel.apply_button.setFocus()
    assert panel.scroll.grab().toImage() != focused
    settle(qtbot, window)

    steps = window.document.stack.count()
    qtbot.mouseClick(panel.apply_button, Qt.MouseButton.LeftButton)
    wanted = suggested_blocks(window.document.pack, panel.suggestions)
    assert window.document.brief.blocks == wanted
    assert window.document.stack.count() == steps + 1
    assert window.document.stack.undoText() == "Apply suggestions for Jeanne Shaheen"
    assert not panel.apply_button.isEnabled()  # nothing left to apply
    assert window.points.item("myth-trade-for-prisoners").checkState(0) == Qt.CheckState.Checked
    plan = settle(qtbot, window).plan
    assert set(plan.variants) == set(wanted)
    assert contains_phrase(
        pdf_pages(window.preview.outcome.pdf)[0], "made his country a co-aggressor"
    )

    window.actions.undo.trigger()
    assert window.document.brief.blocks == list(window.document.pack.defaults)
    assert panel.apply_button.isEnabled()
    assert "myth-trade-for-prisoners" in settle(qtbot, window).plan.variants  # a default too
    assert "context-co-aggressor-2022" not in window.preview.outcome.plan.variants


def test_suggestions_from_typed_committees_without_a_directory(qtbot, window: MainWindow):
    panel = window.suggestions
    window.show_tab(0)
    qtbot.keyClicks(name_field(window), "Anna Example")
    assert "import legislators" in panel.hint.text()
    qtbot.keyClicks(window.meeting_form.fields["meeting.committees"], "Banking")
    assert [s.because for s in panel.suggestions][:1] == ["Banking and financial services"]
    assert "the committees on the Meeting tab" in panel.summary.text()
    window.show_tab(1)
    assert panel.items.isVisible()
    panel.toggle.click()  # folded away: the list hides, the choice is remembered
    assert not panel.items.isVisible() and window.settings.suggestions_open is False
    assert panel.toggle.accessibleName() == "Show the suggested points"
