"""Asking about the files a brief names outside its folder, when the app opens it (File › Open, a
lobby day's base brief): one question per file, naming the field and the path, No by default.

Yes allows that file for this brief only; No, or a device, pipe or socket (never asked about),
opens the brief without it, and :func:`confirm_outside` returns a sentence that says so.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from briefer.editing.outside import outside_files, without
from briefer.gui.common import dialogs
from briefer.gui.common.i18n import QT_TR_NOOP, tr
from briefer.page.brief import Brief, allowing_outside

# the fields a brief names files in, by the labels the app shows (editing.labels' words)
FIELD_NAMES = {
    "pack": QT_TR_NOOP("Content pack"),
    "template": QT_TR_NOOP("Template"),
    "sender.logo": QT_TR_NOOP("Logo"),
    "sender.logo_light": QT_TR_NOOP("Light logo"),
}


def confirm_outside(parent: QWidget | None, brief: Brief) -> tuple[Brief, list[str]]:
    """The brief to use, and what was left out of it (sentences for the user)."""
    notes = []
    for found in outside_files(brief):
        label = tr(FIELD_NAMES[found.field]) if found.field in FIELD_NAMES else found.field
        if not found.never and dialogs.ask_outside(parent, label, found.path):
            brief = allowing_outside(brief, found.field, found.value)
            continue
        brief = without(brief, found.field)
        if found.never:
            note = tr("{field} left out: {path}: {why}.")
            notes.append(note.format(field=label, path=found.path, why=found.never))
        else:
            note = tr("{field} left out: {path} is outside the brief’s folder.")
            notes.append(note.format(field=label, path=found.path))
    return brief, notes


def tell_left_out(parent: QWidget | None, name: str, notes: list[str]) -> None:
    """Say what a brief was opened without, and how to use such a file after all."""
    if notes:
        dialogs.inform(
            parent,
            tr("{name} was opened without some files").format(name=name),
            "\n".join(notes)
            + "\n\n"
            + tr("To use a file, copy it into the brief’s folder and choose it there."),
        )
