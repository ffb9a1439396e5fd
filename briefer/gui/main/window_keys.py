"""The window's own shortcuts win in its text fields.

Before a key reaches a shortcut, Qt asks the focused widget whether it wants the key itself (a
ShortcutOverride event), and a text field claims every key it has a binding for: on X11 Ctrl+E is
"end of line", so Ctrl+E (Export PDF) only moved the caret; Ctrl+Z is the field's own undo, which
after a fill from the directory has nothing to undo, so Edit › Undo never came. Most of the form is
text fields, so the documented keys rarely worked.

A filter on each text field of the window (put on as the field first gets the focus: no filter on
the whole application, which would see every event) refuses the field's claim for the keys of the
window's menus and toolbar, so they do what the menu says in every field. Undo and Redo are
shared: the field keeps them while it has typing of its own to undo (or redo), and the window's
undo stack gets them once it has none.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

TEXT_FIELDS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox)


class WindowKeys(QObject):
    """Makes ``window``'s menu and toolbar shortcuts beat its text fields' own bindings."""

    def __init__(self, window: QMainWindow, undo: QAction, redo: QAction) -> None:
        super().__init__(window)
        self.window = window
        self.undo, self.redo = undo, redo
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
            self._focus_changed(None, app.focusWidget())

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, TEXT_FIELDS) and new.window() is self.window:
            new.installEventFilter(self)  # once: Qt puts a filter already there to the front

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        if self.window_wants(watched, QKeySequence(event.keyCombination())):
            event.ignore()  # not claimed: the shortcut runs
            return True
        return False

    def window_wants(self, field: QObject, key: QKeySequence) -> bool:
        """Whether ``key`` pressed in ``field`` is the window's (not the field's)."""
        if _matches(self.undo, key):
            return not _has_own(field, undo=True)
        if _matches(self.redo, key):
            return not _has_own(field, undo=False)
        return any(_matches(action, key) for action in self._actions())

    def _actions(self) -> Iterator[QAction]:
        """The actions of the window's menus (their submenus too) and of its toolbars."""
        menus = [self.window.menuBar()]
        while menus:
            for action in menus.pop().actions():
                if action.menu() is not None:
                    menus.append(action.menu())
                yield action
        for toolbar in self.window.findChildren(QWidget, "mainToolbar"):
            yield from toolbar.actions()


def _matches(action: QAction, key: QKeySequence) -> bool:
    return action.isEnabled() and any(
        shortcut.matches(key) == QKeySequence.SequenceMatch.ExactMatch
        for shortcut in action.shortcuts()
    )


def _has_own(field: QObject, *, undo: bool) -> bool:
    """Whether the field has typing of its own to undo (``undo``) or to redo."""
    if isinstance(field, (QPlainTextEdit, QTextEdit)):
        document = field.document()
        return document.isUndoAvailable() if undo else document.isRedoAvailable()
    edit = field if isinstance(field, QLineEdit) else field.findChild(QLineEdit)
    if edit is None:
        return False
    return edit.isUndoAvailable() if undo else edit.isRedoAvailable()
