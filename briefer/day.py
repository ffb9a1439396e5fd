"""A lobby day's meetings as plain data: what the schedule and the calendar show of each one.

The batch (``briefer/lobby/``) fills a :class:`Slot` from each CSV record, whatever could be read
of it, so that a meeting whose pack failed is still on the printed schedule and in the calendar
(the advocates still walk into that office). ``render/schedule.py`` and ``render/calendar.py``
turn a list of slots into bytes. Core data: it imports nothing of Briefer.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

BUILT, FAILED, NOT_RUN = "built", "failed", "not run"
DEFAULT_MINUTES = 30


@dataclass(frozen=True)
class Attendee:
    name: str
    zip: str = ""
    constituent: str = "unchecked"  # yes, maybe, no, unchecked
    confirmed: bool = False  # in a state legislator's district, as the roster says


@dataclass
class Slot:
    line: int  # the CSV line where the meeting starts
    span: int = 1  # physical lines it takes in the CSV
    legislator: str = ""  # the member as the page names them ("Senator Jeanne Shaheen (D-NH)")
    name: str = ""  # the member's own name, or the cell as typed
    chamber: str = ""  # "Senate", "House" or ""
    date: dt.date | None = None
    start: dt.time | None = None
    minutes: int = DEFAULT_MINUTES
    room: str = ""
    phone: str = ""
    staffer: str = ""  # their name
    staffer_role: str = ""  # their job
    attendees: tuple[Attendee, ...] = ()
    notes: str = ""
    ask: str = ""
    files: tuple[str, ...] = ()
    status: str = NOT_RUN  # BUILT, FAILED or NOT_RUN (cancelled, or not chosen to run again)
    error: str = ""
    warnings: list[str] = field(default_factory=list)

    @property
    def staffer_line(self) -> str:
        """ "Maria Lopez, foreign policy LA": the staffer as the schedule shows them."""
        return ", ".join(p for p in (self.staffer, self.staffer_role) if p)

    def sort_key(self) -> tuple:
        """By day and time; meetings with no date or time after the timed ones, by line."""
        return (
            self.date or dt.date.max,
            self.start or dt.time.max,
            self.line,
        )

    def starts(self) -> dt.datetime | None:
        if self.date is None or self.start is None:
            return None
        return dt.datetime.combine(self.date, self.start)

    def ends(self) -> dt.datetime | None:
        start = self.starts()
        return start + dt.timedelta(minutes=self.minutes) if start else None
