"""Picking a member from the legislator field's list by keyboard alone: the headings of the list
("Your members", "Other members") are never selected; Down goes to the first member."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import settle


def press(qtbot, key: Qt.Key) -> None:
    """A key as the keyboard sends it: to an open list (a popup takes the keys), else to the
    focused field."""
    qtbot.keyClick(QApplication.activePopupWidget() or QApplication.focusWidget(), key)


def type_text(qtbot, text: str) -> None:
    for char in text:
        target = QApplication.activePopupWidget() or QApplication.focusWidget()
        qtbot.keyClicks(target, char)


def test_the_keyboard_picks_one_of_your_members(qtbot, with_zips, make_window):
    window = make_window()
    window.constituents.home.set_zip("03301")
    window.show_tab(0)
    field = window.meeting_form.fields["meeting.legislator"]
    field.setFocus()
    lookup = window.meeting_form.lookup
    type_text(qtbot, "shaheen")
    popup = lookup.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    assert QApplication.activePopupWidget() is popup
    assert field.text() == "shaheen"
    assert lookup.offered()[0] == "Your members (ZIP 03301)"
    press(qtbot, Qt.Key.Key_Down)
    assert popup.currentIndex().row() == 1  # the first member, not the heading
    press(qtbot, Qt.Key.Key_Return)
    brief = window.document.brief
    assert brief.meeting.legislator == "Jeanne Shaheen"
    assert brief.meeting.title == "Senator" and brief.meeting.state == "NH"
    outcome = settle(qtbot, window)
    assert outcome.fits and not any("not in the directory" in w for w in outcome.plan.warnings)


def test_headings_are_skipped_up_and_down(qtbot, with_zips, make_window):
    window = make_window()
    window.constituents.home.set_zip("03301")
    window.show_tab(0)
    field = window.meeting_form.fields["meeting.legislator"]
    field.setFocus()
    lookup = window.meeting_form.lookup
    type_text(qtbot, "NH")
    popup = lookup.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    offered = lookup.offered()
    other = offered.index("Other members")
    rows = []
    for _ in range(len(offered) - 2):
        press(qtbot, Qt.Key.Key_Down)
        rows.append(popup.currentIndex().row())
    assert 0 not in rows and other not in rows
    assert rows[: other - 1] == list(range(1, other))
    assert rows[other - 1] == other + 1  # over "Other members" to the member below it
    up = []
    for _ in range(len(offered) - 3):
        press(qtbot, Qt.Key.Key_Up)
        up.append(popup.currentIndex().row())
    assert up == list(range(other - 1, 0, -1))  # over "Other members", and up to the first
    press(qtbot, Qt.Key.Key_Return)
    assert window.document.brief.meeting.legislator == offered[1].split(" — ")[0]


def test_enter_takes_the_first_of_your_members(qtbot, with_zips, make_window):
    window = make_window()
    window.constituents.home.set_zip("03301")
    window.show_tab(0)
    field = window.meeting_form.fields["meeting.legislator"]
    field.setFocus()
    type_text(qtbot, "shaheen")
    qtbot.waitUntil(window.meeting_form.lookup.completer.popup().isVisible)
    press(qtbot, Qt.Key.Key_Return)  # the likeliest member, never the heading
    assert window.document.brief.meeting.legislator == "Jeanne Shaheen"
