"""Dates and times by keyboard alone: the date is typed as the README writes dates, Tab leaves
each field in one step, and a date that cannot be read is said under the field."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import settle
from tests.gui.directory.test_keyboard_pick import press, type_text


def focused_name(window) -> str:
    return QApplication.focusWidget().accessibleName()


def test_staffer_date_time_location_by_tab(qtbot, window) -> None:
    form = window.meeting_form
    window.show_tab(0)
    qtbot.keyClicks(form.fields["meeting.location"], "Russell 506")
    form.fields["meeting.staffer"].setFocus()
    type_text(qtbot, "Maria Lopez")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused_name(window) == "Staffer's role"
    press(qtbot, Qt.Key.Key_Tab)
    assert focused_name(window) == "Date"
    type_text(qtbot, "Dec 3, 2026")
    press(qtbot, Qt.Key.Key_Tab)  # one step: to the time
    assert focused_name(window) == "Time"
    type_text(qtbot, "11:00")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused_name(window) == "Location"
    meeting = window.document.brief.meeting
    assert (meeting.date, meeting.time, meeting.location) == (
        dt.date(2026, 12, 3),
        "11:00",
        "Russell 506",  # the time never lands in the location
    )
    assert form.date.text() == "Thu Dec 3, 2026"  # shown as the app writes dates
    assert settle(qtbot, window).fits


@pytest.mark.parametrize(
    "typed",
    ["2026-12-03", "Dec 3, 2026", "3 December 2026", "Thursday, December 3, 2026", "12/03/2026x"],
)
def test_the_readmes_date_forms_just_work(qtbot, window, typed: str) -> None:
    form = window.meeting_form
    form.date.edit.setFocus()
    type_text(qtbot, typed.removesuffix("x"))
    press(qtbot, Qt.Key.Key_Return)
    if typed.endswith("x"):  # 12/03/2026 reads two ways: said, and nothing changes
        assert window.document.brief.meeting.date is None
        assert "reads two ways" in form.date.problem.text()
        assert not form.date.problem.isHidden()
        return
    assert window.document.brief.meeting.date == dt.date(2026, 12, 3)
    assert form.date.problem.isHidden()


def test_a_date_is_replaced_by_selecting_it_and_typing(qtbot, window) -> None:
    form = window.meeting_form
    form.date.edit.setFocus()
    type_text(qtbot, "Dec 3, 2026")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.keyClick(form.date.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "November 12, 2026")
    press(qtbot, Qt.Key.Key_Return)
    assert window.document.brief.meeting.date == dt.date(2026, 11, 12)
    qtbot.keyClick(form.date.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_Delete)
    press(qtbot, Qt.Key.Key_Tab)
    assert window.document.brief.meeting.date is None  # emptied: no date
    window.actions.undo.trigger()
    assert form.date.text() == "Thu Nov 12, 2026"
