"""Switching legislators in the app replaces every field the directory filled for the previous
member, keeps what the user typed, and the page never carries the old member's office (issue 9,
item 1, through the real form)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from briefer.gui.main.window import MainWindow
from tests.conftest import pdf_pages
from tests.gui.conftest import settle


def choose(qtbot, window: MainWindow, text: str, label: str) -> None:
    """Type into the legislator field, then pick ``label`` from the list with the keyboard."""
    window.show_tab(0)
    field = window.meeting_form.fields["meeting.legislator"]
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    lookup = window.meeting_form.lookup
    qtbot.keyClicks(field, text)
    popup = lookup.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    for _ in range(lookup.offered().index(label) + 1):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def test_a_new_member_replaces_the_old_members_details(qtbot, with_zips, make_window) -> None:
    window = make_window()
    form = window.meeting_form
    qtbot.keyClicks(form.fields["meeting.staffer"], "Pat Jones")  # typed: stays
    choose(qtbot, window, "shah", "Jeanne Shaheen — Senator, NH")
    location = form.fields["meeting.location"]
    shaheen_office = location.text()
    assert "Hart" in shaheen_office and form.fields["meeting.state"].text() == "NH"

    choose(qtbot, window, "warren", "Elizabeth Warren — Senator, MA")
    meeting = window.document.brief.meeting
    assert meeting.legislator == "Elizabeth Warren" and meeting.state == "MA"
    assert location.text() == meeting.location and meeting.location != shaheen_office
    assert form.fields["meeting.state"].text() == "MA"
    assert form.fields["meeting.staffer"].text() == "Pat Jones"
    page = pdf_pages(settle(qtbot, window).pdf)[0]
    assert "Warren" in page and shaheen_office.split(" Washington")[0] not in page

    # A name typed by hand (not in the directory): nothing of Warren's is left on the page.
    field = form.fields["meeting.legislator"]
    field.selectAll()
    qtbot.keyClicks(field, "Anna Kowalska")
    meeting = window.document.brief.meeting
    assert (meeting.state, meeting.location, meeting.committees) == ("", "", [])
    assert form.fields["meeting.state"].text() == "" and location.text() == ""
    assert meeting.staffer == "Pat Jones"
