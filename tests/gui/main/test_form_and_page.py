"""The meeting form and the page show the same values: a member's full name typed and the field
left by keyboard fills the form from the directory, as the page is filled."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.conftest import pdf_pages
from tests.gui.conftest import settle
from tests.gui.directory.test_keyboard_pick import press, type_text


def test_a_full_name_typed_fills_the_form_as_the_page(qtbot, with_zips, make_window):
    window = make_window()
    window.show_tab(0)
    form = window.meeting_form.fields
    form["meeting.legislator"].setFocus()
    type_text(qtbot, "Jeanne Shaheen")
    press(qtbot, Qt.Key.Key_Escape)  # the list closes
    assert form["meeting.legislator"].hasFocus()
    press(qtbot, Qt.Key.Key_Tab)  # and the field is left
    assert not form["meeting.legislator"].hasFocus()
    meeting = window.document.brief.meeting
    assert (meeting.title, meeting.chamber, meeting.state, meeting.party) == (
        "Senator",
        "Senate",
        "NH",
        "Democrat",
    )
    assert form["meeting.title"].currentText() == "Senator"
    assert form["meeting.chamber"].currentText() == "Senate"
    assert form["meeting.state"].text() == "NH"
    assert form["meeting.party"].currentText() == "Democrat"
    assert "Foreign Relations" in form["meeting.committees"].text()
    location = form["meeting.location"].text()
    assert "Hart" in location
    outcome = settle(qtbot, window)
    assert outcome.brief.meeting == meeting  # the page is built from what the form shows
    page = " ".join(pdf_pages(outcome.pdf)[0].split())
    assert "Senator Jeanne Shaheen" in page and "Hart" in page
    assert window.document.stack.undoText() == "Fill in Jeanne Shaheen"
