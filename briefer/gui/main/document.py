"""The open document: one Brief value, the file it belongs to, its content pack and undo stack.

The brief is never changed in place. ``apply()`` pushes a command that swaps the whole value; undo
swaps it back. Every swap emits ``changed(brief)``; the undo stack's clean state is the saved state.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QUndoStack

from briefer.editing.build import validated
from briefer.editing.ops import display_name, located, with_logo_for
from briefer.gui.common.commands import Replace
from briefer.gui.common.i18n import tr
from briefer.page.brief import Brief, allowing_outside, save_brief
from briefer.page.content import Pack
from briefer.pipeline import pack_for
from briefer.support.crashlog import log_exception
from briefer.support.errors import BrieferError


class Document(QObject):
    changed = Signal(object)  # Brief
    path_changed = Signal(object)  # Path | None
    modified_changed = Signal(bool)
    replaced = Signal(object)  # Brief: a whole new document (New, Open, Restore)
    opened = Signal()  # before replaced, for New, Open and Restore only: pages of the last are gone

    def __init__(self, brief: Brief, pack: Pack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._brief = brief
        self._pack = pack
        self._path: Path | None = None
        self.stack = QUndoStack(self)
        self.stack.cleanChanged.connect(self._clean_changed)

    @Slot(bool)
    def _clean_changed(self, clean: bool) -> None:
        self.modified_changed.emit(not clean)

    @property
    def brief(self) -> Brief:
        return self._brief

    @property
    def pack(self) -> Pack:
        return self._pack

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def name(self) -> str:
        return display_name(self._path) if self._path else tr("Untitled")

    @property
    def modified(self) -> bool:
        return not self.stack.isClean()

    def apply(self, after: Brief, text: str, merge_key: str | None = None) -> None:
        """Make ``after`` the brief, as one undoable step (merged with the last one by key)."""
        if after == self._brief:
            return
        self.stack.push(Replace(self._swap, self._brief, after, text, merge_key))

    def _swap(self, brief: Brief) -> None:
        repack = brief.pack != self._brief.pack  # "Use pack" and its undo
        self._brief = brief
        if repack:
            self.reload_pack()
        self.changed.emit(brief)

    def allow_outside(self, field: str, value: str) -> None:
        """Let this brief's ``field`` name ``value`` outside its folder (the user chose it, or
        said yes): for this brief and its edits, never saved."""
        self._brief = allowing_outside(self._brief, field, value)

    def reload_pack(self) -> None:
        """Load the brief's pack again (another one chosen, or a new version saved)."""
        try:
            self._pack = pack_for(self._brief)
        except BrieferError as exc:  # removed meanwhile: keep the one shown
            log_exception(exc)
            return
        self.replaced.emit(self._brief)

    def replace(
        self, brief: Brief, pack: Pack, path: Path | None, *, modified: bool = False
    ) -> None:
        """A different document: history is cleared; ``modified`` for a restored recovery."""
        self._pack = pack
        self.stack.clear()
        self._brief = brief
        self._set_path(path)
        if modified:
            self.stack.resetClean()
        else:  # clear() leaves a reset clean state as it was
            self.stack.setClean()
        self.opened.emit()
        self.replaced.emit(brief)
        self.changed.emit(brief)
        self.modified_changed.emit(self.modified)

    def save(self, path: Path) -> None:
        """Write the brief atomically (BrieferError if it cannot) and mark it saved. The logo is
        saved relative to the brief's folder when it is in it, so the two move together."""
        saved = with_logo_for(self._brief, Path(path).parent)
        validated(saved)  # a value typed too long would make a file that cannot load
        save_brief(saved, path)
        saved = located(saved, path)
        renamed = saved != self._brief
        self._brief = saved
        self._set_path(path)
        self.stack.setClean()
        if renamed:
            self.changed.emit(saved)

    def _set_path(self, path: Path | None) -> None:
        if path != self._path:
            self._path = path
            self.path_changed.emit(path)
