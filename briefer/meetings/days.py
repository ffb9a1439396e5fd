"""Which meeting a page belongs to: the day's meetings with one office, told apart by time.

The same office on the same day is one meeting, unless the two have different times: then they
are two (a morning meeting with the staff and an afternoon one with the member), never merged.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

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
    none) and the names of its pages without their suffix ("shaheen" for shaheen.pdf), when they
    are known (else :func:`pick_meeting` asks for them, only when it needs them)."""

    id: str
    minutes: int
    pages: frozenset[str] = frozenset()


PagesOf = Callable[[list[str]], dict[str, set[str]]]  # meeting ids -> their pages' stems


def page_stem(file_name: str) -> str:
    """A page's file name as pages are matched: no folder, no suffix ("shaheen.pdf": "shaheen")."""
    name = file_name.replace("\\", "/").rsplit("/", 1)[-1]
    stem = name.rsplit(".", 1)[0] if "." in name.lstrip(".") else name
    return stem.casefold()


def pick_meeting(
    candidates: Iterable[Candidate], minutes: int, page: str = "", pages_of: PagesOf | None = None
) -> str | None:
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
    if not stem or not candidates:
        return None
    known = pages_of([c.id for c in candidates]) if pages_of else {}
    return next((c.id for c in candidates if stem in (known.get(c.id) or c.pages)), None)


def _pages_of(conn: sqlite3.Connection) -> PagesOf:
    def pages_of(ids: list[str]) -> dict[str, set[str]]:
        found: dict[str, set[str]] = {}
        marks = ", ".join("?" * len(ids))
        query = f"SELECT meeting_id, file_name FROM exports WHERE meeting_id IN ({marks})"
        for meeting_id, file_name in conn.execute(query, ids):
            found.setdefault(meeting_id, set()).add(page_stem(file_name))
        return found

    return pages_of


def _day(conn: sqlite3.Connection, date: dt.date | None) -> dict[str, list[tuple[str, str]]]:
    """The day's meetings by folded name: (id, time as written), in the order they were made
    (the times are read only for the office a page is for)."""
    found: dict[str, list[tuple[str, str]]] = {}
    for meeting_id, name, at in conn.execute(
        "SELECT id, legislator, time FROM meetings WHERE date = ? ORDER BY created",
        (date.isoformat() if date else "",),
    ):
        found.setdefault(fold(name.strip()), []).append((meeting_id, at))
    return found


def _candidates(rows: list[tuple[str, str]]) -> list[Candidate]:
    return [Candidate(meeting_id, clock(at)) for meeting_id, at in rows]


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
    found = _candidates(_day(conn, date).get(fold(legislator.strip()), []))
    return pick_meeting(found, clock(time), page, _pages_of(conn))


def unclear_choice(
    log: Log | sqlite3.Connection, legislator: str, date: dt.date | None, time: str = ""
) -> list[tuple[str, str]]:
    """The day's meetings with this office, (id, time) in the order they were made, when their
    times cannot tell which one a page at ``time`` is for: two or more, and the page has no
    time, or shares it with another, or goes to one of several with none. Empty when it is
    clear (the user is then not asked)."""
    conn = log.conn if isinstance(log, Log) else log
    rows = _day(conn, date).get(fold(legislator.strip()), [])
    if len(rows) < 2:
        return []
    minutes = clock(time)
    same = sum(1 for _id, at in rows if clock(at) == minutes)
    untimed = sum(1 for _id, at in rows if clock(at) < 0)
    if minutes < 0 or same > 1 or (same == 0 and untimed > 1):
        return rows
    return []


class DayIndex:
    """The meetings of each day by folded name, read once per day within one transaction (no
    other writer can add to the log meanwhile): recording a lobby day's pages looks each one up
    in a dict instead of reading the whole day again."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.days: dict[str, dict[str, str]] = {}  # the first meeting of each office
        self.all: dict[str, dict[str, list[tuple[str, str]]]] = {}  # every one: (id, time)
        self.pages_of = _pages_of(conn)

    def _rows(self, date: dt.date | None) -> dict[str, list[tuple[str, str]]]:
        key = date.isoformat() if date else ""
        found = self.all.get(key)
        if found is None:
            found = self.all[key] = _day(self.conn, date)
        return found

    def read_days(self, dates: Iterable[dt.date | None]) -> None:
        """Read many days at once (a log import's few hundred meetings: one query, not one per
        day)."""
        keys = sorted({date.isoformat() if date else "" for date in dates} - set(self.all))
        for start in range(0, len(keys), 500):
            part = keys[start : start + 500]
            found: dict[str, dict[str, list[tuple[str, str]]]] = {key: {} for key in part}
            marks = ", ".join("?" * len(part))
            query = (
                f"SELECT id, legislator, time, date FROM meetings WHERE date IN ({marks})"
                " ORDER BY created"
            )
            for meeting_id, name, at, key in self.conn.execute(query, part):
                found[key].setdefault(fold(name.strip()), []).append((meeting_id, at))
            self.all.update(found)

    def day(self, date: dt.date | None) -> dict[str, str]:
        """The first meeting of each office that day, by folded name (a log import adds to it)."""
        key = date.isoformat() if date else ""
        if key not in self.days:
            self.days[key] = {name: rows[0][0] for name, rows in self._rows(date).items()}
        return self.days[key]

    def find(self, fields: MeetingFields, page: str = "") -> str | None:
        """The meeting a page (its file name) for ``fields`` belongs to, or None."""
        rows = self._rows(fields.date).get(fold(fields.legislator.strip()), [])
        return pick_meeting(_candidates(rows), clock(fields.time), page, self.pages_of)

    def add(self, fields: MeetingFields, meeting_id: str) -> None:
        """A meeting just made or brought up to date, so the transaction's next pages find it
        (their pages are read from the log itself when needed)."""
        key, name = fields.date.isoformat() if fields.date else "", fold(fields.legislator.strip())
        if key in self.days:
            self.days[key].setdefault(name, meeting_id)
        rows = self._rows(fields.date).setdefault(name, [])
        for index, (known, _at) in enumerate(rows):
            if known == meeting_id:
                rows[index] = (meeting_id, fields.time)
                return
        rows.append((meeting_id, fields.time))
