"""Every Alt+letter in the main window does one thing: the menus' letters, and on each tab the
letters of the buttons, labels, boxes and tabs shown with them, are all different; within each
menu, its items' letters are too; and in the Lobby Day dialog. (Each translation: test_i18n.py.)"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QTabBar,
    QTabWidget,
    QWidget,
)

from tests.gui.common.mnemonics import clashes, dialog_clashes, menu_clashes


def _texts(window: QWidget) -> list[tuple[str, str]]:
    """(text, what) of every widget shown in the window that can carry a mnemonic."""
    out = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        if isinstance(widget, QAbstractButton):
            out.append((widget.text(), f"button {widget.text()!r}"))
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            out.append((widget.text(), f"label {widget.text()!r}"))
        elif isinstance(widget, QGroupBox):
            out.append((widget.title(), f"box {widget.title()!r}"))
        elif isinstance(widget, QTabBar):
            out += [
                (widget.tabText(i), f"tab {widget.tabText(i)!r}") for i in range(widget.count())
            ]
    return out


def test_no_two_things_in_the_main_window_share_a_letter(qtbot, window) -> None:
    menus = [(action.text(), f"menu {action.text()!r}") for action in window.menuBar().actions()]
    assert len(menus) >= 5
    found = []
    tabs = [t for t in window.findChildren(QTabWidget) if t.isVisibleTo(window)]
    pages = [(tab, i) for tab in tabs for i in range(tab.count())] or [(None, 0)]
    for tab, index in pages:
        if tab is not None:
            tab.setCurrentIndex(index)
        found += clashes(menus + _texts(window))
    found += menu_clashes(window)
    assert sorted(set(found)) == [], sorted(set(found))


def test_no_two_things_in_the_lobby_day_dialog_share_a_letter(qtbot, window) -> None:
    dialog = window.lobby_day()
    assert dialog_clashes(dialog) == []
    assert clashes([("&Build", "a"), ("&Base brief:", "b")]) == ["Alt+B: a, b"]  # it finds one
    dialog.reject()
