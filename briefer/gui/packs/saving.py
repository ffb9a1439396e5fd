"""Saving in the pack editor: the whole pack checked, problems shown next to their fields, the
pack installed atomically in the user's packs; and the unsaved-changes prompt. A part of
:class:`~.editor.PackEditor`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal

from briefer.gui.common import dialogs
from briefer.gui.common.i18n import tr
from briefer.gui.packs.forms import show_problem
from briefer.gui.packs.points import ABOUT
from briefer.packs.store import bundled_path, find_installed, save_user_pack
from briefer.support.errors import BrieferError

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from briefer.gui.packs.fields import Field
    from briefer.gui.packs.forms import PointForm
    from briefer.gui.packs.recovery import DraftAutosave
    from briefer.packs.draft import Draft


class Saving:
    """Save and the unsaved-changes prompt of the pack editor (which inherits this)."""

    if TYPE_CHECKING:  # what it uses of the editor
        saved: Signal
        draft: Draft | None
        saved_id: str
        current: int
        logo: tuple[str, bytes] | None
        stack: QUndoStack
        autosave: DraftAutosave
        point_form: PointForm
        about_fields: dict[str, Field]
        point_fields: dict[str, Field]

        @property
        def name(self) -> str: ...  # the editor's
        @property
        def modified(self) -> bool: ...
        def _raise(self) -> None: ...
        def _show(self, draft: Draft, select: int) -> None: ...
        def _update_title(self) -> None: ...
        def update_buttons(self) -> None: ...

    def maybe_save(self) -> bool:
        """True when the open draft may be dropped (saved, discarded or unchanged)."""
        if not self.modified:
            return True
        self._raise()
        answer = dialogs.ask_save_changes(self, self.name)
        if answer is dialogs.Choice.SAVE:
            return self.save()
        if answer is dialogs.Choice.DISCARD:
            self.autosave.discard()
            return True
        return False

    def save(self) -> bool:
        """Check the whole pack and install it; problems show next to their fields."""
        draft = self.draft
        if draft is None:
            return False
        problems = draft.problems()
        if problems:
            self._go_to(next(iter(problems)))
            self.statusBar().showMessage(
                tr("Not saved: fix the %n problem(s) marked in red first.", None, len(problems)),
                8000,
            )
            return False
        replace = draft.id == self.saved_id
        if not replace and find_installed(draft.id) is not None and bundled_path(draft.id) is None:
            replace = dialogs.ask(
                self,
                tr("Replace a pack"),
                tr("You already have a pack with the id “{id}”. Replace it with this one?").format(
                    id=draft.id
                ),
                yes=tr("Replace"),
                no=tr("Cancel"),
            )
            if not replace:
                return False
        languages = draft.language_files()  # as far as written: the rest prints as the pack's
        try:
            info = save_user_pack(
                draft.yaml(), replace=replace, logo=self.logo, languages=languages
            )
        except BrieferError as exc:
            if exc.field and self._go_to(exc.field, exc.message):
                self.statusBar().showMessage(
                    tr("Not saved: {message}").format(message=exc.message), 8000
                )
            else:
                dialogs.error(self, tr("Cannot save the pack"), *dialogs.describe(exc))
            return False
        self.saved_id = info.id
        self.stack.setClean()
        self.autosave.discard()
        self._update_title()
        self.update_buttons()
        self.statusBar().showMessage(
            tr("Saved “{title}” in your packs ({id}).").format(title=info.title, id=info.id), 8000
        )
        self.saved.emit(info.id)
        return True

    def _go_to(self, field: str, message: str | None = None) -> bool:
        """Select the row and show the field a problem is in; False if it is not in the form."""
        if self.draft is None:
            return False
        parts = field.split(".")
        if parts[0] == "blocks" and len(parts) >= 2 and parts[1].isdigit():
            self.current = int(parts[1])
            self._show(self.draft, self.current)
            name = parts[2] if len(parts) > 2 else ""
            if message and not name:
                show_problem(self.point_form.problem, message)
            target = self.point_fields.get(name)
            if name == "variants" and len(parts) > 3:  # an audience's words: show that audience
                variants = self.point_form.variants
                variants.set_audience(parts[3])
                self._show(self.draft, self.current)
                target = variants.fields.get(parts[4]) if len(parts) > 4 else None
        else:
            self._show(self.draft, ABOUT)
            target = self.about_fields.get(field)
        if target is None:
            return bool(message) and parts[0] == "blocks"
        if message:
            target.set_problem(message)
        target.input.setFocus()
        return True
