"""A date typed as the README writes dates ("Dec 3, 2026", "2026-12-03", "3 December 2026",
"Thursday, December 3, 2026", a numeric date that reads one way), with a calendar beside it for
the mouse. One field, one Tab stop: Tab leaves it (a QDateEdit walked its four parts, and typed
digits did nothing on its weekday). Empty means no date. What cannot be read is said under the
field, and the value stays as it was until the text reads as a date.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefer.gui.common.dates import plain_date, read_date, short_date
from briefer.gui.common.i18n import QT_TR_NOOP, core_error, tr
from briefer.support.when import parse_date

# translated where shown, with the example written as the app's language writes dates
PLACEHOLDER = QT_TR_NOOP("e.g. {date} or {iso}")
EXAMPLE = dt.date(2026, 12, 3)
BAD_STYLE = "QLineEdit { border: 1px solid #c0392b; }"


class DateField(QWidget):
    """``date()`` is the date last read from the text (None: none); ``edited`` after the user
    changed it (a date read from the text or picked, or None when the text was cleared)."""

    edited = Signal(object)  # dt.date | None

    def __init__(
        self,
        label: str,
        placeholder: str = PLACEHOLDER,
        parent: QWidget | None = None,
        example: dt.date = EXAMPLE,
    ) -> None:
        super().__init__(parent)
        self._date: dt.date | None = None
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(
            tr(placeholder).format(
                date=short_date(example), plain=plain_date(example), iso=example.isoformat()
            )
        )
        self.edit.setAccessibleName(label)
        self.edit.setClearButtonEnabled(True)
        self.edit.setMaxLength(60)
        self.edit.editingFinished.connect(self._read)
        self.edit.installEventFilter(self)
        self.pick = QToolButton(self)
        self.pick.setText("▾")
        self.pick.setToolTip(tr("Choose the date on a calendar (Alt+Down)"))
        self.pick.setAccessibleName(tr("{label}: calendar").format(label=label))
        self.pick.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the text is the keyboard's way
        self.pick.clicked.connect(self.show_calendar)
        self.problem = QLabel(self)
        self.problem.setObjectName("dateProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a93226;")
        self.problem.hide()
        self.calendar: QCalendarWidget | None = None
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit, 1)
        row.addWidget(self.pick)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        self.setFocusProxy(self.edit)

    def date(self) -> dt.date | None:
        return self._date

    def set_date(self, value: dt.date | None) -> None:
        """Show a date (from the brief, a file, undo) the way the app writes dates."""
        self._date = value
        self.say("")
        text = short_date(value) if value is not None else ""
        if self.edit.text() != text:
            self.edit.setText(text)
            self.edit.setCursorPosition(0)

    def text(self) -> str:
        return self.edit.text()

    def _read(self) -> None:
        text = self.edit.text().strip()
        if not text:
            value = None
        else:
            try:
                value = parse_date(text)
            except ValueError as exc:
                value = read_date(text)  # as the app shows dates in its language: "3. Dez. 2026"
                if value is None:
                    self.say(core_error(exc))
                    return
        changed = value != self._date
        self.set_date(value)
        if changed:
            self.edited.emit(value)

    def say(self, problem: str) -> None:
        """Show what is wrong with the date under the field ("": nothing)."""
        self.problem.setText(problem[:1].upper() + problem[1:] + "." if problem else "")
        self.problem.setVisible(bool(problem))
        self.edit.setStyleSheet(BAD_STYLE if problem else "")
        self.edit.setToolTip(self.problem.text())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Alt+Down opens the calendar, as a date box's does."""
        if (
            watched is self.edit
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down  # type: ignore[attr-defined]
            and event.modifiers() & Qt.KeyboardModifier.AltModifier  # type: ignore[attr-defined]
        ):
            self.show_calendar()
            return True
        return False

    def show_calendar(self) -> QCalendarWidget:
        if self.calendar is None:
            self.calendar = QCalendarWidget()
            self.calendar.setWindowFlags(Qt.WindowType.Popup)
            self.calendar.setGridVisible(True)
            self.calendar.clicked.connect(self._picked)
            self.calendar.activated.connect(self._picked)
        start = self._date or dt.date.today()
        self.calendar.setSelectedDate(QDate(start.year, start.month, start.day))
        self.calendar.move(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))
        self.calendar.show()
        self.calendar.setFocus()
        return self.calendar

    def _picked(self, value: QDate) -> None:
        if self.calendar is not None:
            self.calendar.hide()
        picked = value.toPython()
        changed = picked != self._date
        self.set_date(picked)
        self.edit.setFocus()
        if changed:
            self.edited.emit(picked)


__all__ = ["DateField"]
