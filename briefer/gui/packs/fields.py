"""The pack editor's fields: a line or a text box with, under it, what is wrong with it (in red,
next to the field) and, for the short and long texts, the words counted as you type against the
limits the format sets."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from briefer.gui.common.i18n import tr
from briefer.gui.main.meeting_form import set_plain_text
from briefer.page.pack_rules import words

PROBLEM_STYLE = "color:#b42318;"
OVER_STYLE = "color:#b42318; font-weight:600;"
OK_STYLE = "color:palette(placeholder-text);"
BAD_FRAME = "border:1px solid #d92d20; border-radius:3px;"


class _Box(QPlainTextEdit):
    """A text box whose Tab moves on, and that tells when it loses focus (ends a typing step)."""

    left = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        self.setUndoRedoEnabled(False)  # the editor's undo stack holds every change

    def event(self, event: QEvent) -> bool:
        """Ctrl+Z and Ctrl+Shift+Z go to the window's undo stack, not the box's own."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            keys = QKeySequence.StandardKey
            if event.matches(keys.Undo) or event.matches(keys.Redo):
                event.ignore()
                return True
        return super().event(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.left.emit()


class Field(QWidget):
    """A labelled input with its problem under it. ``edited(text)`` for a change the user made."""

    edited = Signal(str)

    def __init__(
        self,
        label: str,
        *,
        multiline: bool = False,
        lines: int = 3,
        limits: tuple[str, int] | None = None,  # (aim, most) words: the short and long texts
        placeholder: str = "",
        hint: str = "",
    ) -> None:
        super().__init__()
        self.limits = limits
        self._updating = False
        self.caption = QLabel(f"<b>{label}</b>")
        self.count = QLabel()
        self.count.setObjectName("wordCount")
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if multiline:
            self.input: QLineEdit | QPlainTextEdit = _Box()
            metrics = self.input.fontMetrics()
            self.input.setFixedHeight(metrics.lineSpacing() * lines + 14)
            self.input.textChanged.connect(self._typed)
        else:
            self.input = QLineEdit()
            self.input.textEdited.connect(self._typed)
        self.input.setPlaceholderText(placeholder)
        self.input.setAccessibleName(label)
        self.caption.setBuddy(self.input)
        self.problem = QLabel()
        self.problem.setObjectName("fieldProblem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.hide()
        self.hint = QLabel(hint)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(OK_STYLE)
        self.hint.setVisible(bool(hint))

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.caption, 1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(3)
        layout.addLayout(top)
        layout.addWidget(self.input)
        layout.addWidget(self.problem)
        layout.addWidget(self.hint)
        self._show_count("")

    def text(self) -> str:
        if isinstance(self.input, QLineEdit):
            return self.input.text()
        return self.input.toPlainText()

    def set_text(self, text: str) -> None:
        """Show a value (undo, another point) without it counting as the user's edit."""
        if self.text() == text:
            self._show_count(text)
            return
        self._updating = True
        try:
            if isinstance(self.input, QLineEdit):
                position = self.input.cursorPosition()
                self.input.setText(text)
                self.input.setCursorPosition(min(position, len(text)))
            else:
                set_plain_text(self.input, text)
        finally:
            self._updating = False
        self._show_count(text)

    def set_problem(self, problem: str | None) -> None:
        self.problem.setText(problem or "")
        self.problem.setVisible(bool(problem))
        self.input.setStyleSheet(f"{type(self.input).__name__} {{{BAD_FRAME}}}" if problem else "")
        self.input.setAccessibleDescription(problem or "")

    def _typed(self, *_args: object) -> None:
        text = self.text()
        self._show_count(text)
        if not self._updating:
            self.edited.emit(text)

    def _show_count(self, text: str) -> None:
        if self.limits is None:
            self.count.hide()
            return
        aim, most = self.limits
        count = words(text)
        if count > most:
            self.count.setText(
                tr("{count} words — {v0} over the {most} allowed").format(
                    count=count, v0=count - most, most=most
                )
            )
            self.count.setStyleSheet(OVER_STYLE)
        else:
            self.count.setText(
                tr("{count} / {most} words (aim for {aim})").format(count=count, most=most, aim=aim)
            )
            self.count.setStyleSheet(OK_STYLE)
        self.count.setAccessibleName(self.count.text())
