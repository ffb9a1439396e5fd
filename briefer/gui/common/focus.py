"""Focus that shows: a list or a page view draws no focus frame of its own in Qt's styles, and a
multi-line text box (QPlainTextEdit) none in Fusion, so a keyboard user could not see where they
were. A frame in the highlight colour marks it while it has the focus."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QScrollArea, QWidget
from shiboken6 import isValid


def show_focus(view: QAbstractScrollArea, name: str) -> None:
    """Mark ``view`` (named ``name``, for the style sheet) with a frame while it has the focus
    (the same width when it has not, so nothing moves)."""
    view.setObjectName(name)
    view.setStyleSheet(
        f"#{name} {{ border: 2px solid transparent; }}"
        f"#{name}:focus {{ border: 2px solid palette(highlight); }}"
    )


def show_text_focus(box: QAbstractScrollArea) -> None:
    """Give a multi-line text box the frame a one-line field has: a plain one, in the highlight
    colour while it has the focus (its object name, which it must have, is the selector)."""
    name = box.objectName()
    if not name:
        raise ValueError("the text box needs an object name")
    box.setStyleSheet(
        f"#{name} {{ border: 1px solid palette(mid); border-radius: 3px; padding: 1px; }}"
        f"#{name}:focus {{ border: 2px solid palette(highlight); padding: 0px; }}"
    )


class _FollowFocus(QObject):
    """Scrolls a column to the field that gets the focus."""

    def __init__(self, scroll: QScrollArea) -> None:
        super().__init__(scroll)
        self.scroll = scroll
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._changed)

    def _changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not isValid(self.scroll):  # the column is being deleted (focus moves as it goes)
            return
        content = self.scroll.widget()
        if new is not None and content is not None and content.isAncestorOf(new):
            self.scroll.ensureWidgetVisible(new)


def follow_focus(scroll: QScrollArea) -> None:
    """Keep the field with the focus in view: Qt scrolls only for Tab within the column, so Tab
    from the tab bar round to the first field left it scrolled out of sight."""
    _FollowFocus(scroll)
