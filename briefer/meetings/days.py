"""Which meeting a page belongs to: the day's meetings with one office, told apart by time.

The same office on the same day is one meeting, unless the two have different times: then they
are two (a morning meeting with the staff and an afternoon one with the member), never merged.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import PurePath

from briefer.legislators.model import without_accents
from briefer.meetings.db import Log
from briefer.meetings.model import MeetingFields


@lru_cache(maxsize=2048)
def clock(text: str) -> int:
    """Minutes after midnight of a meeting's time ("2:30 PM" -> 870), for sorting; -1 if none."""
    from briefer.support.when import parse_time

    try:
        value = parse_time(text)
    except ValueError:
        return -1
    return value.hour * 60 + value.minute


@lru_cache(maxsize=4096)  # a day's names come back for every page recorded
def fold(text: str) -> str:
    """Text for matching: no case, no accents ("García" matches "garcia")."""
    return without_accents(text).casefold()


@dataclass(frozen=True)
class Candidate:
    """One of a day's meetings with an office: its id, its time (minutes after midnight, -1 for
    none) and the names of its pages without their suffix ("shaheen" for shaheen.pdf)."""

    id: str
    minutes: int
    pages: frozenset[str] = frozenset()


def page_stem(file_name: str) -> str:
    """A page's file name as pages are matched: no folder, no suffix ("shaheen.pdf": "shaheen")."""
    return PurePath(file_name.replace("\\", "/")).stem.casefold() if file_name else ""


def pick_meeting(candidates: Iterable[Candidate], minutes: int, page: str = "") -> str | None:
    """Which of a day's meetings with one office (``candidates``, in the order they were made) a
    page for a meeting at ``minutes`` (-1: no time) belongs to: the one at that time; else one
    whose time was not known yet; else the one an earlier version of this page (``page``, its
    file name) went to, whose meeting has moved. A page with no time goes to the first. None when
    every one is at another time: two meetings on one day with the same office are two, kept
    apart by their times, never merged."""
    candidates = list(candidates)
    if minutes < 0:
        untimed = [c.id for c in candidates if c.minutes < 0]
        return (untimed or [c.id for c in candidates] or [None])[0]
    for wanted in (minutes, -1):
        for candidate in candidates:
            if candidate.minutes == wanted:
                return candidate.id
    stem = page_stem(page)
    return next((c.id for c in candidates if stem and stem in c.pages), None)


def _day(conn: sqlite3.Connection, date: dt.date | None) -> dict[str, list[Candidate]]:
    """The day's meetings by folded name, each with its time and its pages' names."""
    key = date.isoformat() if date else ""
    pages: dict[str, set[str]] = {}
    for meeting_id, file_name in conn.execute(
        "SELECT meeting_id, file_name FROM exports WHERE meeting_id IN"
        " (SELECT id FROM meetings WHERE date = ?)",
        (key,),
    ):
        pages.setdefault(meeting_id, set()).add(page_stem(file_name))
    found: dict[str, list[Candidate]] = {}
    for meeting_id, name, at in conn.execute(
        "SELECT id, legislator, time FROM meetings WHERE date = ? ORDER BY created", (key,)
    ):
        candidate = Candidate(meeting_id, clock(at), frozenset(pages.get(meeting_id, ())))
        found.setdefault(fold(name.strip()), []).append(candidate)
    return found


def find_meeting_id(
    log: Log | sqlite3.Connection,
    legislator: str,
    date: dt.date | None,
    time: str = "",
    page: str = "",
) -> str | None:
    """The meeting with this member on this day (the same office, the same day: one meeting,
    unless their times differ: see :func:`pick_meeting`)."""
    conn = log.conn if isinstance(log, Log) else log
    found = _day(conn, date).get(fold(legislator.strip()), [])
    return pick_meeting(found, clock(time), page)


class DayIndex:
    """The meetings of each day by folded name, read once per day within one transaction (no
    other writer can add to the log meanwhile): recording a lobby day's pages looks each one up
    in a dict instead of reading the whole day again."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.days: dict[str, dict[str, str]] = {}  # the first meeting of each office
        self.all: dict[str, dict[str, list[Candidate]]] = {}  # every one, with times and pages

    def day(self, date: dt.date | None) -> dict[str, str]:
        key = date.isoformat() if date else ""
        if key not in self.days:
            self.all[key] = _day(self.conn, date)
            self.days[key] = {name: found[0].id for name, found in self.all[key].items()}
        return self.days[key]

    def find(self, fields: MeetingFields, page: str = "") -> str | None:
        """The meeting a page (its file name) for ``fields`` belongs to, or None."""
        self.day(fields.date)
        key = fields.date.isoformat() if fields.date else ""
        found = self.all[key].get(fold(fields.legislator.strip()), [])
        return pick_meeting(found, clock(fields.time), page)

    def add(self, fields: MeetingFields, meeting_id: str, page: str = "") -> None:
        """A meeting just made (or a page added to one), so the transaction's next pages find it."""
        day = self.day(fields.date)
        key, name = fields.date.isoformat() if fields.date else "", fold(fields.legislator.strip())
        day.setdefault(name, meeting_id)
        found = self.all[key].setdefault(name, [])
        stems = frozenset({page_stem(page)} - {""})
        for index, candidate in enumerate(found):
            if candidate.id == meeting_id:
                pages = candidate.pages | stems
                found[index] = Candidate(meeting_id, clock(fields.time), pages)
                return
        found.append(Candidate(meeting_id, clock(fields.time), stems))
