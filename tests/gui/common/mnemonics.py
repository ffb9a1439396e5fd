"""Which Alt+letters clash: the letter each text's '&' marks, and the texts that share one.
Shared by the English test of the main window (tests/gui/main/test_mnemonics.py) and the test of
each shipped language (tests/gui/common/test_i18n.py)."""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu, QWidget

_LETTER = re.compile(r"&([^&\s])")


def letter(text: str) -> str | None:
    found = _LETTER.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def clashes(entries: list[tuple[str, str]]) -> list[str]:
    """'Alt+S: menu '&Save', menu '&Stop'' for each letter that two of (text, what) share."""
    by: dict[str, list[str]] = defaultdict(list)
    for text, what in entries:
        key = letter(text)
        if key:
            by[key].append(what)
    return [f"Alt+{key.upper()}: {', '.join(whats)}" for key, whats in by.items() if len(whats) > 1]


def menu_clashes(window: QWidget) -> list[str]:
    """Clashes among the menu bar's menus, and within each menu and submenu."""
    bar = window.menuBar()  # type: ignore[attr-defined]
    found = clashes([(action.text(), f"menu {action.text()!r}") for action in bar.actions()])
    for action in bar.actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        for sub in [menu, *menu.findChildren(QMenu)]:
            items = [(a.text(), f"{sub.title()!r} item {a.text()!r}") for a in sub.actions()]
            found += clashes(items)
    return found


def dialog_clashes(dialog: QWidget) -> list[str]:
    """Clashes among a dialog's buttons (those it shows later too: a result's), and the boxes
    and labels with a buddy that it shows."""
    entries = []
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, QAbstractButton):
            entries.append((widget.text(), f"button {widget.text()!r}"))
        elif not widget.isVisibleTo(dialog):
            continue
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            entries.append((widget.text(), f"label {widget.text()!r}"))
        elif isinstance(widget, QGroupBox):
            entries.append((widget.title(), f"box {widget.title()!r}"))
    return clashes(entries)


def text_room(button: QAbstractButton) -> tuple[int, int]:
    """(the width the button asks for, the width its text and its menu's arrow need)."""
    from PySide6.QtWidgets import QStyle

    arrow = button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    needs = button.fontMetrics().horizontalAdvance(button.text().replace("&", "")) + arrow
    return button.sizeHint().width(), needs
