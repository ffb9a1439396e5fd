"""Characters nobody can see are removed as they come in: pasted, dropped or typed into any text
field of the app, control characters (a bell, an escape, a NUL from a PDF's copy) go, and a line
break pasted into a one-line field becomes a space. Nobody is told about what they cannot see.

One mechanism for every field: ``install(app)`` puts a filter on the application that meets each
widget as Qt polishes it (before it is first shown), so fields made later — in dialogs, in panels
other parts add — are covered too; the fields the main window makes at start are cleaned at once
(``clean_all``), before the filter comes. A QLineEdit gets a validator that cleans its text
(wrapping a validator it already has); a QPlainTextEdit or QTextEdit has what was inserted cleaned
at once, in the same undo step.

Text that comes from a file and is only shown (a pack's titles, a roster's names, a log's notes)
goes through :func:`shown` where it is shown (the core's ``support.validation.readable``: the
readers drop the marks that reorder text already, a log written before them may hold some).
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QTextCursor, QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QPlainTextEdit, QTextEdit

from briefer.support.validation import readable

_KEPT_IN_TEXT = {"\n", "\t"}
_SPACE_IN_LINE = {"\n", "\r", "\t", "\u2028", "\u2029"}


def _invisible(char: str) -> bool:
    """A control character (what the brief's validation refuses), or a non-character."""
    return unicodedata.category(char) in ("Cc", "Cs") or char in ("\ufffe", "\uffff")


def clean_line(text: str) -> str:
    """One line: breaks and tabs become spaces, other control characters go."""
    if text.isprintable():
        return text
    out = []
    for char in text.replace("\r\n", "\n"):
        if char in _SPACE_IN_LINE:
            out.append(" ")
        elif not _invisible(char):
            out.append(char)
    return "".join(out)


def clean_text(text: str) -> str:
    """Several lines: line breaks and tabs stay (``\\r\\n`` and ``\\r`` become ``\\n``)."""
    if text.isprintable():
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2029", "\n")
    return "".join(c for c in text if c in _KEPT_IN_TEXT or not _invisible(c))


def shown(text: str) -> str:
    """Text from a file (a pack's title, a roster's name, a log's fields) as a label, a table
    cell or a menu shows it: control characters and the marks that reorder text (U+202E would
    show a label backwards) gone, line breaks as spaces."""
    return readable(text)


class LineCleaner(QValidator):
    """A QLineEdit's validator that cleans what comes in, then asks the field's own validator."""

    def __init__(self, inner: QValidator | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.inner = inner

    def validate(self, text: str, pos: int) -> object:
        cleaned = clean_line(text)
        if cleaned != text:
            pos = len(clean_line(text[:pos]))
        if self.inner is not None:
            return self.inner.validate(cleaned, pos)
        return QValidator.State.Acceptable, cleaned, pos

    def fixup(self, text: str) -> str:
        cleaned = clean_line(text)
        return self.inner.fixup(cleaned) if self.inner is not None else cleaned


def clean_line_edit(edit: QLineEdit) -> None:
    """Make ``edit`` clean what comes in (once; its own validator still has the last word)."""
    current = edit.validator()
    if isinstance(current, LineCleaner):
        return
    edit.setValidator(LineCleaner(current, edit))


def clean_text_edit(edit: QPlainTextEdit | QTextEdit) -> None:
    """Make ``edit`` remove control characters from whatever is inserted, at once."""
    if edit.property("brieferCleaned"):
        return
    edit.setProperty("brieferCleaned", True)
    busy = [False]

    def changed(position: int, _removed: int, added: int) -> None:
        if busy[0] or added <= 0:
            return
        document = edit.document()
        cursor = QTextCursor(document)
        cursor.setPosition(position)
        end = min(position + added, document.characterCount() - 1)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        inserted = cursor.selectedText().replace("\u2029", "\n")  # Qt's paragraph separator
        cleaned = clean_text(inserted)
        if cleaned == inserted:
            return
        busy[0] = True
        try:
            cursor.joinPreviousEditBlock()  # one undo step with the paste
            cursor.insertText(cleaned)
            cursor.endEditBlock()
        finally:
            busy[0] = False

    edit.document().contentsChange.connect(changed)


def clean_widget(widget: QObject) -> None:
    """Install the cleaning on one widget when it is a text field."""
    if isinstance(widget, QLineEdit):
        if not isinstance(widget.parent(), QAbstractSpinBox):  # dates and numbers check themselves
            clean_line_edit(widget)
    elif isinstance(widget, (QPlainTextEdit, QTextEdit)) and not widget.isReadOnly():
        clean_text_edit(widget)


class _Polisher(QObject):
    """Meets every widget once, when Qt polishes it, and cleans the text fields among them."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Polish:
            clean_widget(watched)
        return False


_installed: list[_Polisher] = []


def clean_all(app: QApplication | None = None) -> None:
    """Clean every text field made so far."""
    app = app or QApplication.instance()
    if app is not None:
        for widget in app.allWidgets():
            clean_widget(widget)


def install(app: QApplication | None = None) -> None:
    """Clean every text field of the application, made so far and from now on (safe to call
    more than once). The filter sees every event of the application, each a call into Python:
    the main window installs it once its start is over (a start is thousands of events), having
    cleaned its own fields with :func:`clean_all` as soon as they were made."""
    app = app or QApplication.instance()
    if app is None or _installed:
        return
    polisher = _Polisher(app)
    app.installEventFilter(polisher)
    _installed.append(polisher)
    clean_all(app)  # those already made
