"""The imported legislator directory as the window sees it: one shared holder that says when it
changes, importing a new one, and finding the meeting's member and the points for their office.
The holder also keeps the imported ZIP data and the advocate's own ZIP, for "Your members".

Only :class:`Legislators` is Qt; the functions are plain calls into the core.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from briefer.gui.common.dates import plain_date
from briefer.gui.common.i18n import tr
from briefer.gui.directory.import_texts import read_line
from briefer.legislators import zip_file
from briefer.legislators import zips as zip_data
from briefer.legislators.constituents import Representation, members_for_zip
from briefer.legislators.enrich import find_member, stored_directory
from briefer.legislators.importing import read_paths, store
from briefer.legislators.model import Legislator
from briefer.legislators.store import Directory
from briefer.legislators.suggest import Suggestion, suggest
from briefer.page.brief import Brief
from briefer.page.content import Pack
from briefer.support.clock import SYSTEM
from briefer.support.errors import BrieferError


class Legislators(QObject):
    """The directory every part of the window uses (None until one is imported)."""

    changed = Signal(object)  # Directory | None
    home_changed = Signal()  # the ZIP data or the advocate's ZIP changed: "Your members" too

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._directory: Directory | None = None
        self.problem: BrieferError | None = None  # why the stored list could not be read
        self.zips: zip_data.ZipTable | None = None
        self._home_zip = ""
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
        self.zips = zip_data.stored_zips()
        self.set_directory(directory)

    def set_directory(self, directory: Directory | None) -> None:
        self._directory = directory
        self.changed.emit(directory)
        self.home_changed.emit()

    def reload_zips(self) -> None:
        """The ZIP data was imported again."""
        self.zips = zip_data.stored_zips()
        self.home_changed.emit()

    @property
    def home_zip(self) -> str:
        return self._home_zip

    def set_home_zip(self, text: str) -> None:
        """The advocate's own ZIP (checked by the caller, or '' for none)."""
        if text != self._home_zip:
            self._home_zip = text
            self.home_changed.emit()

    def zips_date(self) -> dt.date | None:
        """The date of the imported ZIP data, or None without (or with damaged) ZIP data."""
        try:
            return self.zips.as_of if self.zips is not None else None
        except BrieferError:
            return None

    def home(self) -> Representation | None:
        """Who represents the advocate's ZIP, when the ZIP, the directory and the data allow."""
        if not self._home_zip or self._directory is None or self.zips is None:
            return None
        try:
            return members_for_zip(self._home_zip, self._directory, self.zips)
        except (ValueError, BrieferError):
            return None

    def home_members(self) -> list[Legislator]:
        """'Your members': the two senators and the representative (every candidate when the
        ZIP spans districts)."""
        found = self.home()
        return [item.member for item in found.members] if found else []


@dataclass(frozen=True)
class Imported:
    directory: Directory | None  # the whole stored directory; None when only ZIPs were imported
    zips: zip_file.Imported | None
    lines: tuple[str, ...] = ()  # what was read: "7,439 state legislators (52 states) ..."
    problems: tuple[str, ...] = ()  # files or lines left out, "file:line: field: message"
    warnings: tuple[str, ...] = ()  # imported all the same, worth a look (a file cut off?)


def import_and_save(
    paths: Sequence[Path], zips_as_of: dt.date | None = None, today: dt.date | None = None
) -> Imported:
    """Import and store what ``briefer legislators import`` does: Congress, states, MEPs (each
    replacing only its own part of the stored directory), and the ZIP-to-district file
    (recognised by its header), dated ``zips_as_of`` (its file's date when None, as without
    ``--as-of``). Everything is read before anything is stored, so a bad file keeps what was
    there."""
    paths = [Path(p) for p in paths]
    zip_files = [p for p in paths if p.is_file() and zip_file.is_zip_file(p)]
    if len(zip_files) > 1:
        raise BrieferError(tr("choose one ZIP-to-district file at a time"), file=zip_files[1])
    others = [p for p in paths if p not in zip_files]
    table = zip_file.read_zip_csv(zip_files[0]) if zip_files else None
    read = read_paths(others, today or SYSTEM.today()) if others else None
    directory = store(read)[0] if read is not None else None
    done = None
    if table is not None:
        as_of = zips_as_of or zip_file.file_date(zip_files[0])
        target = zip_data.save_zips(table, as_of, zip_files[0].name)
        done = zip_file.Imported(target, len(table.zips), table.rows, table.spanning(), as_of)
    if read is None:
        return Imported(directory, done)
    return Imported(directory, done, tuple(read.lines), tuple(read.problems), tuple(read.warnings))


def imported_text(result: Imported | Directory) -> str:
    """'Imported 537 members and 230 committees.', the ZIPs with the data's date; then each
    warning (a file that looks cut off). The entries left out are ``dialogs.left_out``'s."""
    if isinstance(result, Directory):
        result = Imported(result, None, (tr("%n member(s)", None, len(result)),))
    parts = [read_line(line) for line in result.lines]
    if result.zips is not None:
        parts.append(
            tr("{zips:,} ZIP codes (data of {value})").format(
                zips=result.zips.zips, value=plain_date(result.zips.as_of)
            )
        )
    text = tr("Imported ") + "; ".join(parts) + "."
    for warning in result.warnings:  # a file cut off: imported, but worth downloading again
        text += "\n\n" + tr("Warning: {value}").format(value=warning)
    return text


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
