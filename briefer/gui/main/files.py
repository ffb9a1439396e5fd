"""File operations: New, Open, Open Recent, Save, Save As, and the unsaved-changes prompt.

A file that cannot be opened (malformed YAML, a wrong value, a brief from a newer version) is
reported with its file and line, and the open brief stays as it was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from briefer.editing.ops import new_brief, normalized, safe_file_name
from briefer.gui.common import dialogs
from briefer.gui.common.i18n import tr
from briefer.gui.common.outside import confirm_outside, tell_left_out
from briefer.gui.common.settings import Settings
from briefer.gui.main.document import Document
from briefer.page.brief import load_brief
from briefer.page.content import Pack, load_pack
from briefer.pipeline import pack_for
from briefer.support.errors import BrieferError
from briefer.support.filekind import file_kind


class FileController(QObject):
    done = Signal(str)  # a message for the status bar
    recent_changed = Signal()

    def __init__(self, document: Document, settings: Settings, window: QWidget) -> None:
        super().__init__(window)
        self.document = document
        self.settings = settings
        self.window = window

    # --- asking before losing work --------------------------------------------------------------
    def maybe_save(self) -> bool:
        """True when it is fine to drop the current brief (saved, discarded or unchanged)."""
        if not self.document.modified:
            return True
        answer = dialogs.ask_save_changes(self.window, self.document.name)
        if answer is dialogs.Choice.SAVE:
            return self.save()
        return answer is dialogs.Choice.DISCARD

    # --- new and open ---------------------------------------------------------------------------
    def new(self) -> bool:
        if not self.maybe_save():
            return False
        pack = load_pack()
        self.document.replace(new_brief(pack, self.settings.sender), pack, None)
        self.done.emit(tr("New brief."))
        return True

    def open(self) -> bool:
        if not self.maybe_save():
            return False
        path = dialogs.open_path(
            self.window, tr("Open brief"), self._folder(), tr(dialogs.YAML_FILTER)
        )
        return self.load(path) if path is not None else False

    def open_path(self, path: Path) -> bool:
        """Open a given file (Open Recent, drag and drop, the command line), asking first."""
        return self.maybe_save() and self.load(path)

    def load(self, path: Path) -> bool:
        """Read a brief into the window; on any problem say so and keep the current one."""
        path = Path(path)
        try:
            brief, left_out = confirm_outside(self.window, load_brief(path))
            pack: Pack = pack_for(brief)
        except BrieferError as exc:
            kind = file_kind(path)
            if kind is not None:  # a PDF, a picture…: say so, not "not UTF-8 text"
                text = (
                    tr("“{name}” is {kind}, not a brief.").format(name=path.name, kind=kind)
                    if kind[0] == "a"
                    else tr("“{name}” is not a brief: it is {kind}.").format(
                        name=path.name, kind=kind
                    )
                )
                details = tr("Briefer opens briefs: the .yaml files it saves.")
            else:
                text, details = dialogs.describe(exc, self.document.pack)
            dialogs.error(
                self.window, tr("Cannot open {name}").format(name=path.name), text, details
            )
            if not path.exists():
                self.settings.remove_recent(str(path))
                self.recent_changed.emit()
            return False
        # left out: modified, so that closing asks before saving the brief without them
        self.document.replace(
            normalized(brief, pack), pack, path.resolve(), modified=bool(left_out)
        )
        self._remember(path.resolve())
        self.done.emit(tr("Opened {name}.").format(name=path.name))
        tell_left_out(self.window, path.name, left_out)
        return True

    # --- save -----------------------------------------------------------------------------------
    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self._write(self.document.path)

    def save_as(self) -> bool:
        default = self.document.path or Path(self._folder()) / self._suggested_name()
        path = dialogs.save_path(self.window, tr("Save brief"), default, tr(dialogs.YAML_FILTER))
        if path is None:
            return False
        if path.suffix.lower() not in (".yaml", ".yml"):
            path = path.with_name(path.name + ".yaml")
        return self._write(path)

    def _write(self, path: Path) -> bool:
        try:
            self.document.save(path)
        except BrieferError as exc:
            text, details = dialogs.describe(exc, self.document.pack)
            dialogs.error(
                self.window, tr("Cannot save {name}").format(name=path.name), text, details
            )
            return False
        self._remember(path)
        self.done.emit(tr("Saved {name}.").format(name=path.name))
        return True

    # --- helpers --------------------------------------------------------------------------------
    def _suggested_name(self) -> str:
        m = self.document.brief.meeting
        parts = [m.date.isoformat() if m.date else "", m.legislator]
        return (safe_file_name(" ".join(p for p in parts if p)) or "brief") + ".yaml"

    def _folder(self) -> str:
        if self.document.path is not None:
            return str(self.document.path.parent)
        folder = self.settings.last_folder
        return folder if folder and Path(folder).is_dir() else str(Path.home())

    def _remember(self, path: Path) -> None:
        self.settings.add_recent(str(path))
        self.settings.last_folder = str(path.parent)
        self.recent_changed.emit()
