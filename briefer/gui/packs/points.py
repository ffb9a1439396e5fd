"""The pack editor's left side: the pack's details and its points as a list (each point's row
marked ⚠ while it has a problem), the buttons that add, remove and move points, and a line that
counts the points and the problems left."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from briefer.gui.common.i18n import tr
from briefer.gui.packs.forms import KIND_NAMES
from briefer.packs.draft import Draft

ABOUT = -1  # the list's first row: the pack's own details


class PointsPanel(QWidget):
    """Shows a draft's points; says which row is chosen and which change is asked for."""

    chosen = Signal(int)  # the point's index, or ABOUT
    add_requested = Signal()
    remove_requested = Signal()
    move_requested = Signal(int)  # -1 up, 1 down

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setAccessibleName(tr("The pack’s talking points"))
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(
            lambda row: self.chosen.emit(row - 1) if row >= 0 else None
        )
        self.add_button = QPushButton(tr("Add Point"))
        self.add_button.setToolTip(tr("Add a talking point after the selected one"))
        self.add_button.clicked.connect(self.add_requested.emit)
        self.remove_button = QPushButton(tr("Remove"))
        self.remove_button.clicked.connect(self.remove_requested.emit)
        self.up_button = QPushButton(tr("Move Up"))
        self.up_button.setToolTip(tr("Move the point up (Alt+Up)"))
        self.up_button.clicked.connect(lambda: self.move_requested.emit(-1))
        self.down_button = QPushButton(tr("Move Down"))
        self.down_button.setToolTip(tr("Move the point down (Alt+Down)"))
        self.down_button.clicked.connect(lambda: self.move_requested.emit(1))
        for key, step in (("Alt+Up", -1), ("Alt+Down", 1)):
            action = QAction(self.list)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _c=False, step=step: self.move_requested.emit(step))
            self.list.addAction(action)
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 4, 8)
        layout.addWidget(QLabel(tr("<b>Points</b> (each section of the page keeps this order)")))
        layout.addWidget(self.list, 1)
        for first, second in (
            (self.add_button, self.remove_button),
            (self.up_button, self.down_button),
        ):
            row = QHBoxLayout()
            row.addWidget(first)
            row.addWidget(second)
            layout.addLayout(row)
        layout.addWidget(self.summary)

    def show_draft(self, draft: Draft, problems: dict[str, str], select: int) -> int:
        """The draft's rows, ``select`` chosen (kept within the list, and returned) without
        saying so: the editor shows that row's form itself."""
        rows = [tr("About this pack")] + [
            f"{KIND_NAMES.get(p.kind, p.kind)} · {p.title or '(no title yet)'}"
            for p in draft.points
        ]
        select = max(ABOUT, min(select, len(draft.points) - 1))
        with QSignalBlocker(self.list):
            while self.list.count() > len(rows):
                self.list.takeItem(self.list.count() - 1)
            while self.list.count() < len(rows):
                self.list.addItem(QListWidgetItem())
            warn = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            for row, text in enumerate(rows):
                item = self.list.item(row)
                bad = [k for k in problems if belongs(k, row - 1)]
                item.setText(text)
                item.setIcon(warn if bad else QIcon())
                item.setToolTip(f"{text}\n\n⚠ {problems[bad[0]]}" if bad else text)
                if row == 0:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
            self.list.setCurrentRow(select + 1)
        count = len(problems)
        self.summary.setText(
            tr("%n point(s).", None, len(draft.points))
            + " "
            + (
                "<span style='color:#b42318'>"
                + tr("%n problem(s) to fix before saving (marked ⚠).", None, count)
                + "</span>"
                if count
                else tr("No problems.")
            )
        )
        return select

    def enable(self, has_draft: bool, current: int, count: int) -> None:
        """The buttons for what can be done to the chosen row of ``count`` points."""
        point = 0 <= current < count
        self.remove_button.setEnabled(point and count > 1)
        self.up_button.setEnabled(point and current > 0)
        self.down_button.setEnabled(point and current < count - 1)
        self.add_button.setEnabled(has_draft)


def belongs(field: str, index: int) -> bool:
    """Whether a problem's field is in the list's row for point ``index`` (ABOUT: the pack)."""
    if index == ABOUT:
        return not field.startswith(("blocks.", "defaults."))
    return field == f"blocks.{index}" or field.startswith(f"blocks.{index}.")
