"""Every Alt+letter in the main window does one thing: the menus' letters, and on each tab the
letters of the buttons, labels, boxes and tabs shown with them, are all different; within each
menu, its items' letters are too."""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMenu,
    QTabBar,
    QTabWidget,
    QWidget,
)

_LETTER = re.compile(r"&([^&\s])")


def letter(text: str) -> str | None:
    found = _LETTER.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


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


def _clashes(entries: list[tuple[str, str]]) -> list[str]:
    by: dict[str, list[str]] = defaultdict(list)
    for text, what in entries:
        key = letter(text)
        if key:
            by[key].append(what)
    return [f"Alt+{key.upper()}: {', '.join(whats)}" for key, whats in by.items() if len(whats) > 1]


def test_no_two_things_in_the_main_window_share_a_letter(qtbot, window) -> None:
    menus = [(action.text(), f"menu {action.text()!r}") for action in window.menuBar().actions()]
    assert len(menus) >= 5
    found = []
    tabs = [t for t in window.findChildren(QTabWidget) if t.isVisibleTo(window)]
    pages = [(tab, i) for tab in tabs for i in range(tab.count())] or [(None, 0)]
    for tab, index in pages:
        if tab is not None:
            tab.setCurrentIndex(index)
        found += _clashes(menus + _texts(window))
    for action in window.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        for sub in [menu, *menu.findChildren(QMenu)]:
            items = [(a.text(), f"{sub.title()!r} item {a.text()!r}") for a in sub.actions()]
            found += _clashes(items)
    assert sorted(set(found)) == [], sorted(set(found))
