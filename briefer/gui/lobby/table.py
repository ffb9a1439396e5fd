"""The Lobby Day dialog's table: every meeting of the CSV with its status, one row each.

A model over the batch's slots (a day of 10,000 meetings stays quick: the view asks only for the
rows it shows). Built rows name their pack; the others say why they have none, in red.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from briefer.day import BUILT, Slot
from briefer.gui.common.clean_input import shown
from briefer.gui.common.i18n import core_text, tr
from briefer.lobby.messages import TABLE_COLUMNS, slot_cells, slot_tooltip
from briefer.support.validation import readable

_Index = QModelIndex | QPersistentModelIndex
FAILED_COLOUR = QColor("#9b1b30")
WARN_BACKGROUND = QColor("#fdf3e1")


class MeetingsModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slots: list[Slot] = []
        self._cells: list[tuple[str, ...]] = []

    def set_slots(self, slots: list[Slot]) -> None:
        self.beginResetModel()
        self.slots = list(slots)
        self._cells = [tuple(map(core_text, slot_cells(slot))) for slot in self.slots]
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.slots)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(TABLE_COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        slot = self.slots[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return shown(self._cells[index.row()][index.column()])
        if role == Qt.ItemDataRole.ToolTipRole:
            return readable(slot_tooltip(slot, core_text), lines=True)
        if role == Qt.ItemDataRole.ForegroundRole and slot.status != BUILT:
            return QBrush(FAILED_COLOUR) if index.column() >= 3 else None
        if role == Qt.ItemDataRole.BackgroundRole and slot.warnings:
            return QBrush(WARN_BACKGROUND)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return core_text(TABLE_COLUMNS[section])
        return None


class MeetingsTable(QTableView):
    """The table: whole rows selected; Enter or a double click opens a built row's pack."""

    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doubleClicked.connect(lambda _index: self.open_requested.emit())
        self.meetings = MeetingsModel(self)
        self.setModel(self.meetings)
        self.setAccessibleName(tr("Meetings of the day"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        for column in range(len(TABLE_COLUMNS) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(TABLE_COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)

    def current_slot(self) -> Slot | None:
        index = self.currentIndex()
        return self.meetings.slots[index.row()] if index.isValid() else None

    def select_line(self, line: int) -> bool:
        for row, slot in enumerate(self.meetings.slots):
            if slot.line == line:
                self.selectRow(row)
                return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter opens the row (and does not reach the dialog's default button)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)
