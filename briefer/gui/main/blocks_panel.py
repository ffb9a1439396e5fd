"""Talking points: the pack's blocks grouped by kind, each with a checkbox, and the selected one's
text below (block_editor).

Chosen points come first in their group, in the order they appear on the page; drag them (or
Alt+Up / Alt+Down) to reorder. Sections on the page are grouped by kind, so a point moves only
within its own group. The view never rearranges itself: a drop or a tick becomes an undoable change
of the brief, and the tree follows the brief.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QFont,
    QIcon,
    QKeySequence,
    QPalette,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStyle,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefer.editing.build import Outcome
from briefer.editing.ops import chosen, chosen_of_kind, moved, reordered, toggled
from briefer.gui.common.clean_input import shown
from briefer.gui.common.focus import show_focus
from briefer.gui.common.i18n import tr
from briefer.gui.main.block_editor import BlockEditor
from briefer.gui.main.document import Document
from briefer.gui.main.points_tree import ID, PointsTree
from briefer.gui.packs.variants import audience_label
from briefer.page.audience import audience_for
from briefer.page.audience_words import default_words
from briefer.page.brief import Brief
from briefer.page.content import KIND_LABELS
from briefer.support.errors import FitError

CUT = QColor("#b42318")
PENDING = "…"  # a chosen point while the page of the brief as it is now is being built


class BlocksPanel(QWidget):
    notice = Signal(str)  # a short message for the status bar

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._updating = False
        self._outcome: Outcome | None = None
        self.tree = PointsTree(self)
        show_focus(self.tree, "pointsTree")  # the selected row is blue with or without focus
        self._keep_row: tuple[int, int] | None = None  # a tick's row, for the cursor to stay on
        self.setFocusProxy(self.tree)  # the Talking points tab (Ctrl+2) lands in the list
        self.tree.itemChanged.connect(self._item_changed)
        self.tree.currentItemChanged.connect(self._selected)
        self.tree.reorder_requested.connect(self._reorder)
        self.editor = BlockEditor(document, self)

        self.up_button = QPushButton(tr("Move up"))
        self.down_button = QPushButton(tr("Move down"))
        self.up_button.setToolTip(tr("Move the selected point up within its section (Alt+Up)"))
        self.down_button.setToolTip(
            tr("Move the selected point down within its section (Alt+Down)")
        )
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        for key, step in (("Alt+Up", -1), ("Alt+Down", 1)):
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, step=step: self.move_selected(step))
            self.tree.addAction(action)
        self.count = QLabel()
        hint = QLabel(tr("Tick the points for this meeting; drag to reorder within a section."))
        hint.setWordWrap(True)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(10, 8, 10, 0)
        top_layout.addWidget(hint)
        top_layout.addWidget(self.tree, 1)
        row = QHBoxLayout()
        row.addWidget(self.count, 1)
        row.addWidget(self.up_button)
        row.addWidget(self.down_button)
        top_layout.addLayout(row)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        document.changed.connect(self.show_brief)
        document.replaced.connect(self.rebuild)
        self.rebuild()
        self.sized = False  # the window sets it when it restores a saved split
        self._ordered = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._ordered:  # in its window (a new parent redoes the focus chain)
            self._ordered = True
            # Tab follows the screen: the list, its buttons, then the selected point's text
            chain = [self.tree, self.up_button, self.down_button, *self.editor.tab_stops()]
            for first, second in pairwise(chain):
                QWidget.setTabOrder(first, second)
        if not self.sized:
            self.sized = True
            QTimer.singleShot(0, self.fit_tree)

    def fit_tree(self) -> None:
        """Give the list the height its rows need (at most 60%); the editor gets the rest."""
        total = sum(self.splitter.sizes())
        rows = sum(1 + group.childCount() for group in self._groups())
        row = max(self.tree.sizeHintForRow(0), self.tree.fontMetrics().height())
        chrome = self.splitter.widget(0).sizeHint().height() - self.tree.sizeHint().height()
        needed = rows * row + self.tree.header().height() + 2 * self.tree.frameWidth() + chrome
        top = min(needed + 4, int(total * 0.6))
        self.splitter.setSizes([top, total - top])

    # --- building the tree ----------------------------------------------------------------------
    def rebuild(self) -> None:
        """A new pack or document: make the groups and items afresh."""
        self._updating = True
        try:
            self.tree.clear()
            bold = QFont(self.tree.font())
            bold.setBold(True)
            for kind, blocks in self.document.pack.by_kind().items():
                if not blocks:
                    continue
                group = QTreeWidgetItem(self.tree, [tr(KIND_LABELS[kind]), ""])
                group.setData(0, ID, kind)
                group.setFont(0, bold)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled)
                for block in blocks:
                    item = QTreeWidgetItem(group, [shown(block.title), ""])
                    item.setData(0, ID, block.id)
                    item.setCheckState(0, Qt.CheckState.Unchecked)
                group.setExpanded(True)
        finally:
            self._updating = False
        self.editor.show_block(None)
        self.show_brief(self.document.brief)

    def item(self, block_id: str) -> QTreeWidgetItem | None:
        for group in self._groups():
            for i in range(group.childCount()):
                if group.child(i).data(0, ID) == block_id:
                    return group.child(i)
        return None

    def _groups(self) -> list[QTreeWidgetItem]:
        return [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]

    def show_brief(self, brief: Brief) -> None:
        pack = self.document.pack
        on = chosen(brief, pack)
        moved_rows = False
        current = self.tree.currentItem()
        selected = current.data(0, ID) if current is not None else None
        self._updating = True
        try:
            for group in self._groups():
                kind = group.data(0, ID)
                first = chosen_of_kind(brief, pack, kind)
                rest = [b.id for b in pack.by_kind()[kind] if b.id not in first]
                wanted = first + rest
                items = {
                    group.child(i).data(0, ID): group.child(i) for i in range(group.childCount())
                }
                if [group.child(i).data(0, ID) for i in range(group.childCount())] != wanted:
                    group.takeChildren()
                    group.addChildren([items[b] for b in wanted])
                    moved_rows = True
                for block_id, item in items.items():
                    self._style_item(item, block_id in on, brief)
                group.setText(1, tr("{chosen} of {all}").format(chosen=len(first), all=len(wanted)))
        finally:
            self._updating = False
        if moved_rows:  # Qt repaints only the rows it sees change; a half-shown row kept old text
            self.tree.viewport().update()
        item = self.item(selected) if selected is not None else None
        if self._keep_row is not None:  # ticked by the keyboard: the cursor stays on its row
            group, row = self._keep_row
            self._keep_row = None
            parent = self.tree.topLevelItem(group)
            if parent is not None and parent.childCount():
                item = parent.child(min(row, parent.childCount() - 1))
        if item is not None and item is not self.tree.currentItem():
            self.tree.setCurrentItem(item)
        self._show_variants()

    def _style_item(self, item: QTreeWidgetItem, on: bool, brief: Brief) -> None:
        block_id = item.data(0, ID)
        item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        flags |= Qt.ItemFlag.ItemIsUserCheckable
        if on:  # chosen points can be dragged, and dropped on to show where one goes
            flags |= Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        item.setFlags(flags)
        font = item.font(0)
        font.setItalic(block_id in brief.edits)
        item.setFont(0, font)

    def show_outcome(self, outcome: Outcome) -> None:
        """Show which text the fit chose for each point, and the points it suggests cutting."""
        self._outcome = outcome
        self._show_variants()
        self.editor.show_outcome(outcome)

    def current_outcome(self) -> Outcome | None:
        """The preview's build of the brief as it is now; None while the page is being rebuilt.

        The list never mixes the brief of now with the build of an earlier one: after an undo, a
        redo, Apply suggestions or an open, the marks wait for the build of that brief.
        """
        outcome = self._outcome
        return outcome if outcome is not None and outcome.brief == self.document.brief else None

    def _show_variants(self) -> None:
        """The "On the page" column and the tooltips, from the brief and the build of it."""
        outcome = self.current_outcome()
        brief, pack = self.document.brief, self.document.pack
        plan = outcome.plan if outcome else None
        cut = outcome.error.candidates if outcome and isinstance(outcome.error, FitError) else []
        muted = self.tree.palette().brush(QPalette.ColorRole.PlaceholderText)
        audience = audience_for(brief).id
        where = audience_label(audience)
        default = {
            d.block_id: d for d in default_words(pack, chosen(brief, pack), audience, brief.edits)
        }
        style = self.style()
        info = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        warn = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self._updating = True
        try:
            for group in self._groups():
                for i in range(group.childCount()):
                    item = group.child(i)
                    block_id = item.data(0, ID)
                    on = item.checkState(0) == Qt.CheckState.Checked
                    edit = brief.edits.get(block_id, "")
                    variant = plan.variants.get(block_id, "") if plan else ""
                    if block_id in cut:
                        text = tr("too long: cut?")
                        tip = tr("The page is too long: leaving it out helps.")
                    elif not on:
                        text = tr("edited") if edit else ""
                        tip = (
                            tr("Not on the page. Your text:")
                            if edit
                            else tr("Not on the page. Short text:")
                        )
                    elif edit:
                        text = tr("your text")
                        tip = tr("On the page, in your text for this meeting:")
                    elif variant:
                        text = tr("long") if variant == "long" else tr("short")
                        tip = (
                            tr("On the page, in its long text:")
                            if variant == "long"
                            else tr("On the page, in its short text:")
                        )
                    elif outcome is None:
                        text, tip = (PENDING, tr("Chosen (the preview is being updated):"))
                    elif plan is not None:
                        text = tr("not shown")
                        tip = tr("Chosen, but this template has no place for it:")
                    else:
                        text, tip = ("", tr("Chosen, but the page could not be built:"))
                    block = pack.block(block_id, audience)
                    shown = edit or (block.long if variant == "long" else block.short)
                    item.setText(1, text)
                    words = default.get(block_id)
                    item.setIcon(1, (warn if words.names else info) if words else QIcon())
                    if words is not None:  # the default text, though its words vary or name a body
                        note = tr("Uses its default words for {audience}.").format(audience=where)
                        if words.names:
                            note += " " + tr("They name another body: “{names}”.").format(
                                names=words.names
                            )
                        tip = f"{tip}\n{note}"
                    item.setToolTip(0, f"{tip}\n\n{shown}")
                    item.setToolTip(1, tip)
                    if block_id in cut:
                        item.setForeground(1, QBrush(CUT))
                    elif text == PENDING:
                        item.setForeground(1, muted)
                    else:
                        item.setForeground(1, QBrush())
        finally:
            self._updating = False
        on = chosen(brief, pack)
        count = tr("%n point(s) chosen", None, len(on))
        if plan is not None and len(plan.variants) != len(on):
            count += ", " + tr("%n on the page", None, len(plan.variants))
        self.count.setText(count)

    # --- user actions ---------------------------------------------------------------------------
    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._updating or column != 0 or item.parent() is None:
            return
        block_id = item.data(0, ID)
        on = item.checkState(0) == Qt.CheckState.Checked
        if item is self.tree.currentItem():  # going down the list ticking (Space, or a click):
            # the row moves to its place in the section, the cursor stays on the screen's row
            group = item.parent()
            self._keep_row = (self.tree.indexOfTopLevelItem(group), group.indexOfChild(item))
        try:
            self.set_chosen(block_id, on)
        finally:
            self._keep_row = None

    def set_chosen(self, block_id: str, on: bool) -> None:
        pack, brief = self.document.pack, self.document.brief
        title = pack.block(block_id).title
        if not on and chosen(brief, pack) == [block_id]:
            self.notice.emit(tr("A leave-behind needs at least one talking point."))
            self.show_brief(brief)
            return
        label = (tr("Choose “{title}”") if on else tr("Leave out “{title}”")).format(title=title)
        self.document.apply(toggled(brief, pack, block_id, on), label)

    def _selected(self, item: QTreeWidgetItem | None) -> None:
        if self._updating:
            return
        block_id = item.data(0, ID) if item is not None and item.parent() is not None else None
        self.editor.show_block(block_id)
        outcome = self.current_outcome()
        if outcome is not None:
            self.editor.show_outcome(outcome)

    def move_selected(self, step: int) -> None:
        item = self.tree.currentItem()
        if item is None or item.parent() is None:
            return
        block_id = item.data(0, ID)
        pack, brief = self.document.pack, self.document.brief
        order = chosen_of_kind(brief, pack, pack.block(block_id).kind)
        if block_id not in order:
            self.notice.emit(tr("Only chosen points can be moved."))
            return
        after = moved(brief, pack, block_id, order.index(block_id) + step)
        self.document.apply(after, tr("Move “{title}”").format(title=pack.block(block_id).title))
        self.tree.setFocus()

    def _reorder(self, kind: str, order: list[str]) -> None:
        pack, brief = self.document.pack, self.document.brief
        if sorted(order) != sorted(chosen_of_kind(brief, pack, kind)):
            return  # the brief changed while dragging
        self.document.apply(
            reordered(brief, pack, kind, order),
            tr("Reorder {section}").format(section=tr(KIND_LABELS[kind])),
        )
