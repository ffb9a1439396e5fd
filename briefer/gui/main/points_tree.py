"""The talking points' tree: a group per kind, a checkbox per point, and dragging that reorders
chosen points within their own group (the drop becomes an undoable change of the brief in
:mod:`.blocks_panel`; the tree itself never rearranges)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QDragMoveEvent, QDropEvent, QFocusEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QWidget

from briefer.gui.common.i18n import tr

ID = Qt.ItemDataRole.UserRole


class PointsTree(QTreeWidget):
    """The tree; a drop asks for a reorder (``reorder_requested``) instead of moving items."""

    reorder_requested = Signal(str, list)  # kind, the chosen ids of that kind in the new order

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(2)
        self.setHeaderLabels([tr("Talking point"), tr("On the page")])
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setUniformRowHeights(True)
        self.setAccessibleName(tr("Talking points"))

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Reached by keyboard with no point current: the first point is, so the focus shows
        and Up, Down, Space and Alt+Up/Down act on a point at once."""
        if self.currentItem() is None and self.topLevelItemCount():
            group = self.topLevelItem(0)
            first = group.child(0) if group.childCount() else group
            self.setCurrentItem(first)
        super().focusInEvent(event)

    def _target(self, pos: QPoint) -> tuple[str, list[str]] | None:
        """Where a drop at ``pos`` puts the dragged point: its kind and the new order."""
        dragged = self.selectedItems()
        target = self.itemAt(pos)
        if not dragged or target is None or dragged[0].parent() is None:
            return None
        source = dragged[0]
        group = source.parent()
        if target is not group and target.parent() is not group:
            return None  # a point stays in its own kind
        order = [
            group.child(i).data(0, ID)
            for i in range(group.childCount())
            if group.child(i).checkState(0) == Qt.CheckState.Checked
        ]
        moving = source.data(0, ID)
        if target is group:
            index = 0
        else:
            index = order.index(target.data(0, ID)) if target.data(0, ID) in order else len(order)
            if target.data(0, ID) in order and pos.y() > self.visualItemRect(target).center().y():
                index += 1
        before = order.index(moving)
        order.remove(moving)
        order.insert(index - (1 if index > before else 0), moving)
        return str(group.data(0, ID)), order

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.source() is self and self._target(event.position().toPoint()) is not None:
            super().dragMoveEvent(event)
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        target = self._target(event.position().toPoint()) if event.source() is self else None
        if target is None:
            event.ignore()
            return
        # Copy, not move: the view must not delete the dragged row; the brief decides the order.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        kind, order = target
        QTimer.singleShot(0, lambda: self.reorder_requested.emit(kind, order))
