"""The imported legislator directory as the window sees it: one shared holder that says when it
changes, importing a new one, and finding the meeting's member and the points for their office.

Only :class:`Legislators` is Qt; the functions are plain calls into the core.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from briefer.brief import Brief
from briefer.content import Pack
from briefer.errors import BrieferError
from briefer.legislators.congress import import_congress
from briefer.legislators.csv_reader import import_csv
from briefer.legislators.enrich import find_member, stored_directory
from briefer.legislators.model import Legislator
from briefer.legislators.store import Directory, save
from briefer.legislators.suggest import Suggestion, suggest


class Legislators(QObject):
    """The directory every part of the window uses (None until one is imported)."""

    changed = Signal(object)  # Directory | None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._directory: Directory | None = None
        self.problem: BrieferError | None = None  # why the stored list could not be read
        self.reload()

    @property
    def directory(self) -> Directory | None:
        return self._directory

    def reload(self) -> None:
        """Read the stored directory again (a damaged one counts as none, and is remembered)."""
        try:
            directory, self.problem = stored_directory(), None
        except BrieferError as exc:
            directory, self.problem = None, exc
        self.set_directory(directory)

    def set_directory(self, directory: Directory | None) -> None:
        self._directory = directory
        self.changed.emit(directory)


def import_directory(paths: Sequence[Path]) -> Directory:
    """What ``briefer legislators import`` reads: the congress-legislators folder or its YAML
    files, or one CSV file."""
    paths = [Path(p) for p in paths]
    as_csv = [p.suffix.casefold() == ".csv" for p in paths]
    if paths and all(as_csv):
        if len(paths) > 1:
            raise BrieferError("choose one CSV file at a time", file=paths[1])
        return import_csv(paths[0])
    if any(as_csv):
        raise BrieferError("choose either a CSV file or the congress-legislators YAML files")
    return import_congress(paths)


def import_and_save(paths: Sequence[Path]) -> Directory:
    """Import and store the directory where the app and the command line find it."""
    directory = import_directory(paths)
    save(directory)
    return directory


def imported_text(directory: Directory) -> str:
    return f"Imported {len(directory)} members and {len(directory.committees)} committees"


def member_label(member: Legislator) -> str:
    """'Jeanne Shaheen — Senator, NH', 'Chris Pappas — Representative, NH-1'."""
    where = ", ".join(part for part in (member.title, member.seat_code()) if part)
    return f"{member.name} — {where}" if where else member.name


def meeting_member(brief: Brief, directory: Directory | None) -> Legislator | None:
    """The directory's member that the meeting names (by id or exact name), if any."""
    try:
        return find_member(brief, directory)
    except BrieferError:  # an id the directory does not know: no member, the preview says why
        return None


def office_suggestions(
    brief: Brief, pack: Pack, directory: Directory | None
) -> tuple[Legislator | None, list[Suggestion]]:
    """The meeting's member and the points suggested for their (and the typed) committees."""
    member = meeting_member(brief, directory)
    return member, suggest(pack, brief, member)
