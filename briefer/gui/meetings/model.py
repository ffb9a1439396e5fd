"""The Meetings window's table: one row per meeting, follow-ups due and overdue coloured."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from briefer.gui.common.clean_input import shown
from briefer.gui.common.dates import month_day, short_date
from briefer.gui.common.i18n import QT_TR_NOOP, tr
from briefer.meetings.model import POSITION_LABELS, POSITIONS, Meeting

# The positions' labels (briefer.meetings.model.POSITION_LABELS), for lupdate to collect.
POSITION_WORDS = (
    QT_TR_NOOP("Supportive"), QT_TR_NOOP("Leaning yes"), QT_TR_NOOP("Undecided"),
    QT_TR_NOOP("Leaning no"), QT_TR_NOOP("Opposed"), QT_TR_NOOP("Unknown"),
)  # fmt: skip
OVERDUE = QColor("#fde2e1")
DUE = QColor("#fff1c7")
MISSING = QColor("#6b6b6b")
SORT = Qt.ItemDataRole.UserRole + 1
NO_PARENT = QModelIndex()


def position_label(key: str) -> str:
    """'Leaning yes', in the app's language."""
    return tr(POSITION_LABELS[key])


class MeetingsModel(QAbstractTableModel):
    COLUMNS = (
        QT_TR_NOOP("Date"),
        QT_TR_NOOP("Time"),
        QT_TR_NOOP("Member"),
        QT_TR_NOOP("Position"),
        QT_TR_NOOP("Follow-up"),
        QT_TR_NOOP("Pages"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.meetings: list[Meeting] = []
        self.now = dt.datetime(1, 1, 1)  # set with the meetings

    def set_meetings(self, meetings: list[Meeting], now: dt.datetime) -> None:
        self.beginResetModel()
        self.meetings = meetings
        self.now = now
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.meetings)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        m = self.meetings[index.row()]
        column = index.column()
        state = m.follow_up_state(self.now.date())
        missing = m.report is None and m.passed(self.now)
        if role == Qt.ItemDataRole.DisplayRole:
            return shown(self._text(m, column, state, missing))  # a teammate's text, cleaned
        if role == SORT:
            return self._sort_key(m, column)
        if role == Qt.ItemDataRole.UserRole:
            return m
        if role == Qt.ItemDataRole.BackgroundRole and state in ("overdue", "due"):
            return QBrush(OVERDUE if state == "overdue" else DUE)
        if role == Qt.ItemDataRole.ForegroundRole and column == 3 and m.report is None:
            return QBrush(MISSING)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            if column == 4 and state == "overdue":
                font.setBold(True)
            if column == 3 and missing:
                font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if state == "overdue":
                return tr("The follow-up is overdue")
            if state == "due":
                return tr("The follow-up is due in the next two days")
            if missing:
                return tr("The meeting is over: write its report while it is fresh")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, m: Meeting, column: int, state: str, missing: bool) -> str:
        if column == 0:
            return short_date(m.date) if m.date else tr("No date")
        if column == 1:
            return m.time
        if column == 2:
            return m.who
        if column == 3:
            if missing:
                return tr("No report yet")
            return position_label(m.position) if m.report else tr("Upcoming", "a meeting")
        if column == 4:
            if m.report is None or m.report.follow_up is None:
                return ""
            follow_up = m.report.follow_up
            day = month_day(follow_up)
            label = {"overdue": tr("Overdue"), "due": tr("Due"), "done": tr("Done")}.get(state, "")
            return f"{label} · {day}" if label else day
        if m.given_count:  # "2 (1 given)": exported pages, and those left with the office
            return tr("{count} ({given} given)").format(count=m.export_count, given=m.given_count)
        return str(m.export_count)

    def _sort_key(self, m: Meeting, column: int) -> Any:
        if column in (0, 1):
            from briefer.meetings.log import clock

            return f"{m.date.isoformat() if m.date else '0000'} {clock(m.time):05d}"
        if column == 2:
            return m.legislator.casefold()
        if column == 3:
            return POSITIONS.index(m.position)
        if column == 4:
            return m.report.follow_up.isoformat() if m.report and m.report.follow_up else "9999"
        return m.export_count * 10_000 + m.given_count  # by pages, then by those given
