"""Small things a first-time user meets: Esc closes the Meetings window; a ZIP spanning several
districts is listed as a reader writes a list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def test_esc_closes_the_meetings_window(qtbot, window) -> None:
    view = window.meetings.show_log()
    qtbot.waitExposed(view)
    assert view.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    qtbot.keyClick(QApplication.focusWidget() or view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not view.isVisible())


def test_a_zip_spanning_four_districts_is_listed_with_commas(qtbot, with_zips, make_window):
    window = make_window()
    window.constituents.home.set_zip("60629")  # Chicago: IL-1, IL-4, IL-6 and IL-7
    text = window.constituents.home.members.text()
    assert "Your ZIP spans IL-1, IL-4, IL-6 and IL-7" in text
