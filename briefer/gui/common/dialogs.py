"""The one seam for message boxes, file dialogs and the print dialog.

Every question or message the app shows goes through a function here, so tests replace them with
``monkeypatch.setattr(dialogs, "ask_save_changes", ...)`` and never see a modal dialog. Callers use
``dialogs.error(...)`` (the module attribute), never ``from .dialogs import error``.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from briefer.editing.labels import for_the_app, is_brief_field
from briefer.gui.common.i18n import QT_TR_NOOP, core_text, field_name, tr
from briefer.page.content import Pack
from briefer.support.errors import BrieferError, FitError

YAML_FILTER = QT_TR_NOOP("Briefer briefs (*.yaml *.yml);;All files (*)")


class Choice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_save_changes(parent: QWidget | None, name: str) -> Choice:
    """Save / Discard / Cancel for a brief with unsaved changes."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Unsaved changes"))
    box.setText(tr("Save the changes to “{name}”?").format(name=name))
    box.setInformativeText(tr("Your changes will be lost if you don’t save them."))
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return Choice.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return Choice.DISCARD
    return Choice.CANCEL


def ask(parent: QWidget | None, title: str, text: str, *, yes: str = "", no: str = "") -> bool:
    """A yes/no question; True for yes."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    yes_button = box.addButton(yes or tr("Yes"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(no or tr("No"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes_button)
    box.exec()
    return box.clickedButton() is yes_button


def ask_outside(parent: QWidget | None, field: str, path: Path) -> bool:
    """Whether to use a file a brief names outside its folder (``field``: the label the user
    sees); No unless the user says Yes, for this brief only."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("A file outside the brief’s folder"))
    box.setText(
        tr("This brief’s {field} points outside its folder: {path}. Use it?").format(
            field=field, path=path
        )
    )
    box.setInformativeText(
        tr(
            "Say Yes only if you trust whoever made the brief: a brief from someone else could "
            "put a file from your computer on the page. Yes allows it for this brief only."
        )
    )
    yes = box.addButton(tr("Yes"), QMessageBox.ButtonRole.YesRole)
    no = box.addButton(tr("No"), QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


def choose(parent: QWidget | None, title: str, text: str, items: list[str]) -> int | None:
    """One of ``items``, picked from a list (the first offered); its index, None when cancelled."""
    picked, ok = QInputDialog.getItem(parent, title, text, items, 0, False)
    return items.index(picked) if ok and picked in items else None


SHOWN_LEFT_OUT = 3  # entries a message lists; every one is behind "Show Details…"


def left_out(text: str, entries: Sequence[str], *notes: str) -> tuple[str, ...]:
    """What :func:`inform` takes after the title when some entries were left out (an import's
    files or lines, a roster's rows): ``text``, how many were left out and the first few; then
    every entry and the ``notes``, one a line, for "Show Details…"."""
    if entries:
        count = len(entries)
        text += "\n\n" + (
            tr("1 entry was left out:")
            if count == 1
            else tr("{value} entries were left out:").format(value=count)
        )
        text += "".join(f"\n• {entry}" for entry in entries[:SHOWN_LEFT_OUT])
        if count > SHOWN_LEFT_OUT:
            text += "\n" + tr("… and {value} more.").format(value=count - SHOWN_LEFT_OUT)
    every = [*entries, *notes]
    return (text, "\n".join(every)) if every else (text,)


def inform(parent: QWidget | None, title: str, text: str, *more: str) -> None:
    """A message; ``more``, if given, is the whole story behind "Show Details…" (every entry an
    import left out, say, when the message lists the first few)."""
    if not more:
        QMessageBox.information(parent, title, text)
        return
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok)
    box.setParent(parent, box.windowFlags())
    box.setDetailedText("\n".join(more))
    box.exec()


def error(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(title)
    box.setText(text)
    if details:
        box.setInformativeText(details)
    box.exec()


def about(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.about(parent, title, text)


def describe(exc: BrieferError, pack: Pack | None = None) -> tuple[str, str]:
    """The text and details of a dialog for a BrieferError: the field by the label the user sees
    and the message, then the file and line it came from."""
    if isinstance(exc, FitError):
        return core_text(exc.message), ""
    where = []
    if exc.file:
        where.append(tr("File: {file}").format(file=exc.file))
    if exc.line:
        where.append(tr("Line: {line}").format(line=exc.line))
    message = for_the_app(core_text(exc.message)).rstrip(".")
    if not message.endswith("?"):  # "… did you mean 'ask'?" ends as it is
        message += "."
    label = field_name(exc.field, pack) if is_brief_field(exc.field) else ""
    named = exc.field and exc.field.replace("_", " ").casefold() in message.casefold()
    if label:
        text = f"{label[:1].upper()}{label[1:]}: {message}"
    elif exc.field and not named:  # a key the app has no label for, as the file spells it
        text = f"{exc.field}: {message}"
    else:  # a CSV column the message names already ("the name is empty"): said in the details
        if exc.field:
            where.append(tr("Field: {field}").format(field=exc.field))
        text = f"{message[:1].upper()}{message[1:]}"
    return text, "\n".join(where)


def open_path(parent: QWidget | None, title: str, folder: str, filters: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
    return Path(name) if name else None


def open_paths(parent: QWidget | None, title: str, folder: str, filters: str) -> list[Path]:
    """Several files to open (an empty list when the user cancels)."""
    names, _ = QFileDialog.getOpenFileNames(parent, title, folder, filters)
    return [Path(name) for name in names]


def choose_folder(parent: QWidget | None, title: str, folder: str) -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, title, folder)
    return Path(name) if name else None


def open_folder(path: Path) -> bool:
    """Show a folder in the desktop's file manager; False when there is none to ask."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def save_path(parent: QWidget | None, title: str, default: Path, filters: str) -> Path | None:
    """Where to save; the dialog itself asks before replacing an existing file."""
    name, _ = QFileDialog.getSaveFileName(parent, title, str(default), filters)
    return Path(name) if name else None


def print_setup(parent: QWidget | None, printer: QPrinter) -> bool:
    """The system print dialog; True when the user chose to print."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(tr("Print leave-behind"))
    return dialog.exec() == QPrintDialog.DialogCode.Accepted
