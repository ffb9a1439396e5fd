"""The main window's Packs menu and everything that joins a brief to the user's packs: the pack
editor window, "Use in This Brief", installing a pack file (menu, drag and drop, double-click),
sharing one, and keeping a meeting's wording in a pack."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from briefer.editing.ops import chosen
from briefer.gui.common import dialogs
from briefer.gui.common.clean_input import shown
from briefer.gui.common.i18n import tr
from briefer.gui.packs.recovery import orphan_drafts
from briefer.packs import PACK_SUFFIX, find_installed, list_packs, read_pack_file
from briefer.packs.store import bundled_path, export_pack, install_file, is_user_pack
from briefer.page.content import load_pack
from briefer.support.errors import BrieferError
from briefer.support.resources import default_pack_path

if TYPE_CHECKING:  # the pack editor loads when first opened: a faster start
    from briefer.gui.common.settings import Settings
    from briefer.gui.main.document import Document
    from briefer.gui.packs.editor import PackEditor


class Window(Protocol):
    """The main window as the Packs menu sees it (a QMainWindow)."""

    document: Document
    settings: Settings


PACK_FILTER = f"Briefer packs (*{PACK_SUFFIX} *.yaml *.yml);;All files (*)"


class PackActions(QObject):
    notice = Signal(str)

    def __init__(self, window: Window) -> None:
        super().__init__(window)
        self.window = window
        self.document = window.document
        self.editor: PackEditor | None = None
        self.menu = QMenu(tr("&Packs"), window)
        self.edit_action = self._add(tr("&Edit Your Packs…"), self.open_editor, "Ctrl+Shift+K")
        self.edit_action.setStatusTip(
            tr("Change the talking points, add your own, keep what worked")
        )
        self.start_action = self._add("", self.start_from_brief_pack)
        self.menu.addSeparator()
        self.use_menu = self.menu.addMenu(tr("&Use in This Brief"))
        self.use_menu.aboutToShow.connect(self._fill_use_menu)
        self.menu.addSeparator()
        self.install_action = self._add(tr("&Install Pack File…"), self.choose_and_install)
        self.install_action.setStatusTip(tr("Install a pack a teammate sent you (.brieferpack)"))
        self.export_action = self._add(tr("&Share This Brief’s Pack…"), self.export_current)
        self.export_action.setStatusTip(tr("Write the pack to one file to send to a teammate"))
        self.menu.aboutToShow.connect(self._update_menu)
        self._update_menu()

    def _add(self, text: str, slot: Callable[[], object], shortcut: str | None = None) -> QAction:
        action = self.menu.addAction(text)
        if shortcut:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _update_menu(self) -> None:
        self.start_action.setText(
            tr("&New Pack from “{title}”").format(title=self.document.pack.title)
        )

    def _fill_use_menu(self) -> None:
        self.use_menu.clear()
        group = QActionGroup(self.use_menu)
        current = self.document.pack.id
        for info in list_packs():
            if info.problem:
                continue
            where = tr("comes with Briefer") if info.where == "bundled" else "yours"
            action = self.use_menu.addAction(shown(f"{info.title} ({info.id}, {where})"))
            action.setCheckable(True)
            action.setChecked(info.id == current)
            group.addAction(action)
            action.triggered.connect(lambda _c=False, i=info.id: self.use_pack(i))

    # --- the editor -------------------------------------------------------------------------------
    def ensure_editor(self) -> PackEditor:
        if self.editor is None:
            from briefer.gui.packs.editor import PackEditor

            self.editor = PackEditor(
                lambda: self.document.brief, lambda: self.document.pack.id, self.window
            )
            self.editor.saved.connect(self._saved)
            self.editor.use_requested.connect(self.use_pack)
            self.editor.install_requested.connect(self.choose_and_install)
            self.editor.notice.connect(self.editor.statusBar().showMessage)
            self.document.changed.connect(self._brief_changed)
        return self.editor

    def open_editor(self) -> PackEditor:
        """Packs › Edit Your Packs: the brief's own pack if it is yours, else the start page."""
        editor = self.ensure_editor()
        if editor.draft is None and is_user_pack(self.document.pack.id):
            editor.open_pack(self.document.pack.id)
        else:
            editor.show_start()
        return editor

    def start_from_brief_pack(self) -> PackEditor:
        editor = self.ensure_editor()
        editor.start_from(self.document.pack.id)
        return editor

    def _brief_changed(self, _brief: object) -> None:
        if self.editor is not None:
            self.editor.follow_brief()  # its words for the brief's audience, if that changed
            if self.editor.isVisible():
                self.editor.request_preview()

    def _saved(self, pack_id: str) -> None:
        if self.document.pack.id == pack_id:
            self.document.reload_pack()
        self.notice.emit(tr("Saved the pack “{pack_id}”.").format(pack_id=pack_id))

    # --- using a pack -----------------------------------------------------------------------------
    def use_pack(self, pack_id: str) -> bool:
        """Build the open brief with another installed pack (one undoable step)."""
        path = find_installed(pack_id)
        if path is None:
            return False
        try:
            pack = load_pack(path)
        except BrieferError as exc:
            dialogs.error(self.window, tr("Cannot use the pack"), *dialogs.describe(exc))
            return False
        brief, old = self.document.brief, self.document.pack
        points = chosen(brief, old)
        kept = [b for b in points if pack.has(b)]
        edits = {k: v for k, v in brief.edits.items() if pack.has(k)}
        default = path == default_pack_path()
        after = brief.model_copy(
            update={
                "pack": None if default and brief.pack is None else pack_id,
                "blocks": kept or list(pack.defaults),
                "edits": edits,
            }
        )
        self.document.apply(after, tr("Use the pack “{title}”").format(title=pack.title))
        lost = len(points) - len(kept)
        note = (
            " " + tr("%n chosen point(s) it does not have were left out.", None, lost)
            if lost
            else ""
        )
        self.notice.emit(
            tr("This brief now uses “{title}” ({pack_id}).{note}").format(
                title=pack.title, pack_id=pack_id, note=note
            )
        )
        if self.editor is not None:
            self.editor.update_buttons()
        return True

    # --- installing and sharing -------------------------------------------------------------------
    def choose_and_install(self) -> bool:
        folder = self.window.settings.last_folder or str(Path.home())
        path = dialogs.open_path(self.window, tr("Install a pack"), folder, PACK_FILTER)
        return self.offer_install(path) if path is not None else False

    def offer_install(self, path: Path) -> bool:
        """A pack file opened (menu, drop, double-click): check it, then offer to install it."""
        path = Path(path)
        try:
            source = read_pack_file(path)
        except BrieferError as exc:
            dialogs.error(
                self.window,
                tr("Cannot install {name}").format(name=path.name),
                *dialogs.describe(exc),
            )
            return False
        pack = source.pack
        if bundled_path(pack.id) is not None:
            dialogs.error(
                self.window,
                tr("Cannot install {name}").format(name=path.name),
                tr(
                    "“{id}” is the id of a pack that comes with Briefer; ask whoever made this "
                    "file to give their pack its own id."
                ).format(id=pack.id),
            )
            return False
        installed = find_installed(pack.id)
        text = tr(
            "Install the pack “{title}” ({value} talking points, from {publisher})? Briefs can "
            "then use it by its id, “{id}”."
        ).format(
            title=pack.title, value=len(pack.blocks), publisher=pack.source.publisher, id=pack.id
        )
        replace = installed is not None
        if replace:
            text = tr(
                "You already have a pack with the id “{id}”. Replace it with the one in {name} "
                "(“{title}”, {value} talking points)?"
            ).format(id=pack.id, name=path.name, title=pack.title, value=len(pack.blocks))
        if not dialogs.ask(
            self.window,
            tr("Install a pack"),
            text,
            yes=tr("Replace") if replace else tr("Install"),
            no=tr("Cancel"),
        ):
            return False
        editing = self.editor is not None and self.editor.saved_id == pack.id
        if editing and self.editor is not None and not self.editor.maybe_save():
            return False
        try:
            info = install_file(source, replace=replace, file=path)
        except BrieferError as exc:
            dialogs.error(
                self.window,
                tr("Cannot install {name}").format(name=path.name),
                *dialogs.describe(exc),
            )
            return False
        if self.document.pack.id == info.id:
            self.document.reload_pack()
        if self.editor is not None:
            self.editor.reload_installed(info.id)
        self.notice.emit(
            tr(
                "Installed “{title}” ({id}). Packs › Use in This Brief builds the brief with it."
            ).format(title=info.title, id=info.id)
        )
        return True

    def export_current(self) -> bool:
        pack = self.document.pack
        folder = Path(self.window.settings.last_folder or Path.home())
        default = folder / f"{pack.id}{PACK_SUFFIX}"
        path = dialogs.save_path(self.window, tr("Share a pack"), default, PACK_FILTER)
        if path is None:
            return False
        try:
            out = export_pack(pack.id, path, replace=True)  # the file dialog asked
        except BrieferError as exc:
            dialogs.error(self.window, tr("Cannot share the pack"), *dialogs.describe(exc))
            return False
        self.notice.emit(
            tr("Wrote {name}: send it to a teammate, who opens it with Briefer.").format(
                name=out.name
            )
        )
        return True

    # --- keeping a meeting's wording --------------------------------------------------------------
    def keep_text(self, block_id: str, text: str, how: str) -> PackEditor | None:
        """Keep a meeting's text in a pack: into the pack being edited if it has the point, else the
        brief's own pack if it is yours, else a new copy of the brief's pack. Unsaved until Save."""
        if not text.strip():
            return None
        editor = self._editor_with(block_id)
        if editor is None:
            return None
        pack = self.document.pack
        title = pack.block(block_id).title if pack.has(block_id) else ""
        editor.keep(block_id, text, how, title)
        editor.statusBar().showMessage(
            tr("Kept in “{name}” ({v0}). Save the pack to keep it for the next meetings.").format(
                name=editor.name, v0=editor.draft.id if editor.draft else ""
            ),
            10000,
        )
        return editor

    def write_variant(self, block_id: str, audience: str) -> PackEditor | None:
        """A point's words for an audience, written in the pack editor (the pack being edited if
        it has the point, else the brief's pack if it is yours, else a new copy of it)."""
        editor = self._editor_with(block_id)
        if editor is not None:
            editor.show_variant(block_id, audience)
        return editor

    def _editor_with(self, block_id: str) -> PackEditor | None:
        """The pack editor with a draft that has the point (None if the pack cannot be opened)."""
        editor = self.ensure_editor()
        pack = self.document.pack
        draft = editor.draft
        if draft is None or block_id not in {p.id for p in draft.points}:
            opened = (
                editor.open_pack(pack.id) if is_user_pack(pack.id) else editor.start_from(pack.id)
            )
            if not opened:
                return None
        return editor

    # --- start-up and closing ---------------------------------------------------------------------
    def offer_recovery(self) -> bool:
        found = orphan_drafts()
        if not found:
            return False
        newest = found[0]
        name = newest.draft.head.get("title") or newest.draft.id or tr("a new pack")
        restore = dialogs.ask(
            self.window,
            tr("Recover unsaved work"),
            tr(
                "Briefer did not close properly while you were editing the pack “{name}”. "
                "Restore your unsaved changes to it?"
            ).format(name=name),
            yes=tr("Restore"),
            no=tr("Discard"),
        )
        if restore:
            self.ensure_editor().restore(newest.draft, newest.saved_id)
        for item in found:
            item.remove()
        return restore

    def maybe_close(self) -> bool:
        return self.editor is None or self.editor.maybe_save()

    def shutdown(self) -> None:
        if self.editor is not None:
            self.editor.shutdown()
