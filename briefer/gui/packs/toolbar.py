"""The pack editor's toolbar: New Pack and Open (menus filled as they open, since the packs
change), Save, Undo and Redo, and "Use in This Brief". A part of :class:`~.editor.PackEditor`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMenu, QSizePolicy, QStyle, QToolBar, QToolButton, QWidget

from briefer.gui.common.i18n import tr
from briefer.gui.common.icons import standard
from briefer.packs.store import list_packs

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack


class EditorToolbar:
    """Builds the toolbar of the pack editor (which inherits this)."""

    if TYPE_CHECKING:  # what it uses of the editor
        stack: QUndoStack

        def start_from(self, pack_id: str) -> bool: ...  # the editor's
        def open_pack(self, pack_id: str) -> bool: ...
        def save(self) -> bool: ...
        def _use(self) -> None: ...

    def _build_toolbar(self) -> None:
        sp = QStyle.StandardPixmap
        bar = QToolBar(tr("Pack toolbar"), self)
        bar.setObjectName("packToolbar")
        bar.setMovable(False)
        bar.setIconSize(QSize(18, 18))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.new_menu_button = self._menu_button(
            tr("New Pack"),
            standard("document-new", sp.SP_FileIcon),
            tr("Start a pack from a copy of another one"),
        )
        self.open_button = self._menu_button(
            tr("Open"),
            standard("document-open", sp.SP_DialogOpenButton),
            tr("Open one of your packs"),
        )
        self.save_action = QAction(tr("Save"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setIcon(standard("document-save", sp.SP_DialogSaveButton))
        self.save_action.setToolTip(tr("Check the pack and save it in your packs (Ctrl+S)"))
        self.save_action.triggered.connect(lambda _checked=False: self.save())
        self.undo_action = self.stack.createUndoAction(self, tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setIcon(standard("edit-undo", sp.SP_ArrowBack))
        self.redo_action = self.stack.createRedoAction(self, tr("Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.redo_action.setIcon(standard("edit-redo", sp.SP_ArrowForward))
        self.use_action = QAction(tr("Use in This Brief"), self)
        self.use_action.setToolTip(tr("Build the open brief with this pack"))
        self.use_action.triggered.connect(lambda _checked=False: self._use())
        self.close_action = QAction(tr("Close"), self)
        # Esc closes it as it does a dialog (a window of its own, so Qt does not), asking about
        # unsaved changes as Ctrl+W does
        self.close_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Close), QKeySequence(Qt.Key.Key_Escape)]
        )
        self.close_action.triggered.connect(lambda _checked=False: self.close())
        self.addAction(self.close_action)
        bar.addWidget(self.new_menu_button)
        bar.addWidget(self.open_button)
        bar.addAction(self.save_action)
        bar.addSeparator()
        bar.addActions([self.undo_action, self.redo_action])
        for action in (self.undo_action, self.redo_action):
            button = bar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        bar.addAction(self.use_action)
        self.addToolBar(bar)
        self.toolbar = bar

    def _menu_button(self, text: str, icon: QIcon, tip: str) -> QToolButton:
        """A toolbar button that opens its menu (filled as it opens: the packs change)."""
        button = QToolButton()
        button.setText(text)
        button.setIcon(icon)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setToolTip(tip)
        button.setMenu(QMenu(button))
        button.menu().aboutToShow.connect(self._fill_menus)
        return button

    def _fill_menus(self) -> None:
        new_menu, open_menu = self.new_menu_button.menu(), self.open_button.menu()
        new_menu.clear()
        open_menu.clear()
        for info in list_packs():
            if info.problem:
                continue
            action = new_menu.addAction(
                tr("Start from “{title}” ({id})").format(title=info.title, id=info.id)
            )
            action.triggered.connect(lambda _c=False, i=info.id: self.start_from(i))
            if info.where == "yours":
                action = open_menu.addAction(f"{info.title} ({info.id})")
                action.triggered.connect(lambda _c=False, i=info.id: self.open_pack(i))
        if open_menu.isEmpty():
            open_menu.addAction(tr("No packs of your own yet")).setEnabled(False)
