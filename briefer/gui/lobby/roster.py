"""The Lobby Day dialog's *From Roster…*: the meetings CSV planned from who comes, as
``briefer lobby plan`` does. The roster names each person, their ZIP and town, and in its
``state_district`` column the state seats they live in ("IL House 11; IL Senate 6"): those state
legislators get a meeting too, with the person as a confirmed constituent. A part of
:class:`~.dialog.LobbyDialog`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TR_NOOP

from briefer.gui.common import dialogs
from briefer.gui.common.i18n import tr
from briefer.lobby.messages import CSV_FILTER, NO_DIRECTORY
from briefer.lobby.roster import meetings_csv, plan_roster, read_roster_file
from briefer.support.errors import BrieferError
from briefer.support.fileio import write_atomic

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLineEdit, QWidget

    from briefer.gui.directory.legislators import Legislators

ROSTER_TIP = QT_TR_NOOP(
    "Plan the meetings from a roster of who comes (CSV: name, zip, town, and state_district "
    "for the state seats they live in, like IL House 11): their members of Congress and state "
    "legislators, one meeting each"
)
ROSTER_FILTER = QT_TR_NOOP("Rosters (*.csv);;All files (*)")
NO_ZIPS = QT_TR_NOOP(
    "No ZIP data is imported, so the roster’s ZIP codes cannot be matched to members. Use "
    "File → Import Legislators… with the ZIP-to-district file first."
)
PLANNED = QT_TR_NOOP(
    "Planned {meetings} meetings for {people} people ({state} with state legislators) into "
    "{file}. Fill in the dates and times, then Build."
)


class RosterPlanning:
    """What the dialog (which inherits this) does with a roster."""

    if TYPE_CHECKING:  # what it uses of the dialog
        legislators: Legislators
        csv_edit: QLineEdit

        def _folder_of(self, text: str) -> str: ...

    def plan_from_roster(self) -> Path | None:
        """Choose a roster, plan its meetings, save them as a meetings CSV and choose that CSV
        for the day; where it was saved (None when the user stopped or nothing was planned)."""
        parent: QWidget = self  # type: ignore[assignment]
        title = tr("Cannot plan the meetings")
        directory, zips = self.legislators.directory, self.legislators.zips
        if directory is None or zips is None:
            dialogs.error(parent, title, tr(NO_DIRECTORY if directory is None else NO_ZIPS))
            return None
        start = self._folder_of(self.csv_edit.text())
        roster = dialogs.open_path(parent, tr("Choose the roster"), start, tr(ROSTER_FILTER))
        if roster is None:
            return None
        try:
            entries, problems, notice = read_roster_file(roster)
            plan = plan_roster(entries, directory, zips)
        except BrieferError as exc:
            dialogs.error(parent, title, *dialogs.describe(exc))
            return None
        told = [
            f"{roster.name}:{line}"
            for line in (
                f"{p.line}: {p.field + ': ' if p.field else ''}{p.message}"
                for p in sorted([*problems, *plan.problems], key=lambda p: p.line)
            )
        ]
        if not plan.meetings:
            every = "\n".join(told)
            dialogs.error(parent, title, tr("No one on the roster could be planned."), every)
            return None
        default = roster.with_name(f"{roster.stem}-meetings.csv")
        out = dialogs.save_path(parent, tr("Save the planned meetings"), default, tr(CSV_FILTER))
        if out is None:
            return None
        try:
            if out.resolve() == roster.resolve():
                raise BrieferError("the output would replace the roster", file=out)
            write_atomic(out, ("\ufeff" + meetings_csv(plan, directory)).encode("utf-8"))
        except (BrieferError, OSError) as exc:
            error = exc if isinstance(exc, BrieferError) else BrieferError(str(exc), file=out)
            dialogs.error(parent, title, *dialogs.describe(error))
            return None
        self.csv_edit.setText(str(out))
        state = sum(1 for m in plan.meetings if m.member.source.startswith("openstates:"))
        text = tr(PLANNED).format(
            meetings=len(plan.meetings), people=plan.people, state=state, file=out.name
        )
        notes = [*([notice] if notice else []), *plan.notes]
        dialogs.inform(parent, tr("Meetings planned"), *dialogs.left_out(text, told, *notes))
        return out
