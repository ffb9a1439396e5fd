"""Reading and writing the meeting log: meetings, reports, the pages given, listing and purging.

Every write is one transaction (``Log.write``). Ids are UUIDs; a user types any unique prefix of
one (at least four characters), as with git.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import uuid
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from briefer.meetings.blobs import drop_unused_blobs
from briefer.meetings.days import DayIndex, clock, find_meeting_id, fold
from briefer.meetings.db import BACKUPS, Log
from briefer.meetings.model import POSITIONS, Export, Meeting, MeetingFields, Report
from briefer.meetings.rows import SELECT, SUMMARY, export_of, meetings_of, summaries
from briefer.support.errors import BrieferError

MIN_PREFIX = 4


def now_utc() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def new_id() -> str:
    return uuid.uuid4().hex


# --- meetings ----------------------------------------------------------------------------------


def meeting_values(fields: MeetingFields) -> tuple:
    """A meeting's own columns, in the table's order (legislator … bill), as stored."""
    return (
        fields.legislator,
        fields.member_id,
        fields.title,
        fields.chamber,
        fields.state,
        fields.district,
        fields.party,
        fields.date.isoformat() if fields.date else "",
        fields.time,
        fields.location,
        fields.staffer,
        json.dumps(list(fields.attendees), ensure_ascii=False),
        fields.ask,
        fields.bill,
        fields.staffer_role,
    )


def insert_meeting(
    conn: sqlite3.Connection, fields: MeetingFields, meeting_id: str, created: str, updated: str
) -> None:
    """Inside a transaction: a new row for the meeting."""
    conn.execute(
        "INSERT INTO meetings (legislator, member_id, title, chamber, state, district, party,"
        " date, time, location, staffer, attendees, ask, bill, staffer_role, id, created,"
        " updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (*meeting_values(fields), meeting_id, created, updated),
    )


def upsert_meeting(
    conn: sqlite3.Connection,
    fields: MeetingFields,
    stamp: str,
    index: DayIndex | None = None,
    page: str = "",
    chosen: str = "",
) -> str:
    """Inside a transaction: the meeting's id, creating it or bringing its details up to date.
    ``page`` is the file name of the page being recorded (a page given again at a new time
    moves its meeting; another page at another time is another meeting). ``index`` (made for
    this transaction) makes a lobby day's many lookups cheap. ``chosen``: the meeting the user
    picked among several that day. A page with no time leaves the meeting's time as it was."""
    if chosen:
        if conn.execute("SELECT 1 FROM meetings WHERE id = ?", (chosen,)).fetchone() is None:
            raise BrieferError(f"no meeting with the id '{chosen}' in the log", field="meeting")
        meeting_id: str | None = chosen
    elif index is not None:
        meeting_id = index.find(fields, page)
    else:
        meeting_id = find_meeting_id(conn, fields.legislator, fields.date, fields.time, page)
    if meeting_id is not None and not fields.time:  # a page with no time keeps the meeting's
        at = conn.execute("SELECT time FROM meetings WHERE id = ?", (meeting_id,)).fetchone()
        fields = replace(fields, time=at[0] if at else "")
    values = meeting_values(fields)
    if meeting_id is None:
        meeting_id = new_id()
        insert_meeting(conn, fields, meeting_id, stamp, stamp)
    else:
        conn.execute(
            "UPDATE meetings SET legislator = ?,"
            " member_id = CASE WHEN ? = '' THEN member_id ELSE ? END, title = ?, chamber = ?,"
            " state = ?, district = ?, party = ?, date = ?, time = ?, location = ?, staffer = ?,"
            " attendees = CASE WHEN ? = '[]' THEN attendees ELSE ? END, ask = ?, bill = ?,"
            " staffer_role = ?, updated = ? WHERE id = ?",
            (
                values[0],
                values[1],
                *values[1:11],
                values[11],
                values[11],
                *values[12:],
                stamp,
                meeting_id,
            ),
        )
    if index is not None:
        index.add(fields, meeting_id)
    return meeting_id


def add_meeting(log: Log, fields: MeetingFields) -> str:
    with log.write() as conn:
        return upsert_meeting(conn, fields, now_utc())


@dataclass
class Filter:
    member: str = ""  # part of the name, or the member's id
    since: dt.date | None = None
    until: dt.date | None = None
    positions: tuple[str, ...] = ()
    due: bool = False  # only follow-ups due or overdue (and not done)
    today: dt.date | None = None  # needed with ``due``: what counts as due depends on the day


def list_meetings(
    log: Log, which: Filter | None = None, *, with_exports: bool = False, full: bool = True
) -> list[Meeting]:
    """The meetings, newest first, that pass the filter; with ``full=False`` only what a list
    shows (position and follow-up, not the report's text), which is several times faster."""
    which = which or Filter()
    where, params = [], []
    if which.since:
        where.append("m.date >= ?")
        params.append(which.since.isoformat())
    if which.until:
        where.append("m.date != '' AND m.date <= ?")
        params.append(which.until.isoformat())
    if which.due:
        if which.today is None:
            raise ValueError("Filter(due=True) needs today's date")
        where.append("r.follow_up != '' AND r.follow_up <= ? AND r.follow_up_done = 0")
        params.append((which.today + dt.timedelta(days=2)).isoformat())
    if which.positions:
        unknown = "unknown" in which.positions
        marks = ", ".join("?" for _ in which.positions)
        where.append(f"(r.position IN ({marks})" + (" OR r.position IS NULL)" if unknown else ")"))
        params.extend(which.positions)
    full = full or with_exports
    sql = (SELECT if full else SUMMARY) + (" WHERE " + " AND ".join(where) if where else "")
    rows = log.rows(sql, tuple(params))
    at = (8, 9, 15) if full else (4, 5, 10)  # date, time, created
    rows.sort(key=lambda r: (r[at[0]], clock(r[at[1]]), r[at[2]]), reverse=True)
    if which.member:
        wanted = fold(which.member.strip())
        rows = [r for r in rows if wanted in fold(r[1]) or wanted == fold(r[2])]
    if not full:
        return summaries(rows)
    exports: dict[str, list[Export]] = {}
    if with_exports and rows:
        for row in log.read("SELECT * FROM exports ORDER BY at"):
            exports.setdefault(row["meeting_id"], []).append(export_of(row))
    return meetings_of(rows, {k: tuple(v) for k, v in exports.items()})


def _by_prefix(log: Log, table: str, prefix: str) -> list[str]:
    low = prefix.lower()
    return [
        r["id"]
        for r in log.read(f"SELECT id FROM {table} WHERE id >= ? AND id < ?", (low, low + "g"))
    ]


def resolve(log: Log, given: str) -> tuple[str, str]:
    """("meeting" | "export", full id) for an id or a unique prefix of one."""
    text = given.strip().lower()
    if any(c not in "0123456789abcdef" for c in text):
        raise BrieferError(
            f"'{given}' is not an id from the log (see briefer log list)", field="ID"
        )
    if len(text) < MIN_PREFIX:
        raise BrieferError(
            f"'{given}' is too short: give at least {MIN_PREFIX} characters of the id", field="ID"
        )
    found = [("meeting", i) for i in _by_prefix(log, "meetings", text)]
    found += [("export", i) for i in _by_prefix(log, "exports", text)]
    if not found:
        raise BrieferError(f"no meeting or page with the id '{given}' in the log", field="ID")
    if len(found) > 1:
        raise BrieferError(
            f"the id '{given}' matches {len(found)} entries; type more of it", field="ID"
        )
    return found[0]


def get_meeting(log: Log, meeting_id: str) -> Meeting:
    rows = log.rows(SELECT + " WHERE m.id = ?", (meeting_id,))
    if not rows:
        raise BrieferError(f"no meeting with the id '{meeting_id}' in the log", field="ID")
    exports = tuple(
        export_of(r)
        for r in log.read("SELECT * FROM exports WHERE meeting_id = ? ORDER BY at", (meeting_id,))
    )
    return meetings_of(rows, {meeting_id: exports})[0]


def find_meeting(log: Log, given: str) -> Meeting:
    """The meeting an id names (a page's id names the meeting it was made for)."""
    kind, full = resolve(log, given)
    if kind == "export":
        full = get_export(log, full).meeting_id
    return get_meeting(log, full)


def mark_given(log: Log, given_id: str, given: bool = True) -> Export:
    """Mark a page as left with the office (or, ``given=False``, as only exported). ``given_id``
    names a page, or a meeting: then its newest page (the PDF, when a PDF and a DOCX were made
    from the same brief). Returns the page as it now is."""
    kind, full = resolve(log, given_id)
    if kind == "meeting":
        meeting = get_meeting(log, full)
        if not meeting.exports:
            raise BrieferError(
                f"the meeting {full[:8]} has no page yet: export one first", field="ID"
            )
        full = (meeting.last_run() or meeting.exports[-1:])[0].id
    with log.write() as conn:
        conn.execute("UPDATE exports SET given = ? WHERE id = ?", (int(given), full))
    return get_export(log, full)


def get_export(log: Log, export_id: str) -> Export:
    rows = log.read("SELECT * FROM exports WHERE id = ?", (export_id,))
    if not rows:
        raise BrieferError(f"no page with the id '{export_id}' in the log", field="ID")
    return export_of(rows[0])


def meeting_for(log: Log, legislator: str, date: dt.date | None, time: str = "") -> Meeting | None:
    meeting_id = find_meeting_id(log, legislator, date, time)
    return get_meeting(log, meeting_id) if meeting_id else None


# --- reports -----------------------------------------------------------------------------------


def write_report(conn: sqlite3.Connection, meeting_id: str, report: Report, stamp: str) -> None:
    """Inside a transaction: store the report (replacing the one before)."""
    conn.execute(
        "INSERT OR REPLACE INTO reports (meeting_id, met, staffer_email, position, questions,"
        " requests, our_commitments, their_commitments, follow_up, follow_up_done, notes, updated)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            meeting_id,
            report.met,
            report.staffer_email,
            report.position,
            json.dumps([[q.question, q.answer] for q in report.questions], ensure_ascii=False),
            json.dumps(list(report.requests), ensure_ascii=False),
            json.dumps(list(report.our_commitments), ensure_ascii=False),
            json.dumps(list(report.their_commitments), ensure_ascii=False),
            report.follow_up.isoformat() if report.follow_up else "",
            int(report.follow_up_done),
            report.notes,
            report.updated or stamp,
        ),
    )


def save_report(
    log: Log, meeting_id: str, report: Report, attendees: Iterable[str] | None = None
) -> Report:
    """Write the report of a meeting (and, if given, who of us went); returns it as stored."""
    stamp = now_utc()
    report = replace(report, updated=stamp)
    if report.position not in POSITIONS:
        raise BrieferError(f"'{report.position}' is not a position", field="position")
    with log.write() as conn:
        if conn.execute("SELECT 1 FROM meetings WHERE id = ?", (meeting_id,)).fetchone() is None:
            raise BrieferError(f"no meeting with the id '{meeting_id}' in the log", field="ID")
        write_report(conn, meeting_id, report, stamp)
        if attendees is not None:
            conn.execute(
                "UPDATE meetings SET attendees = ?, updated = ? WHERE id = ?",
                (json.dumps(list(attendees), ensure_ascii=False), stamp, meeting_id),
            )
    return report


def delete_meeting(log: Log, meeting_id: str) -> None:
    with log.write() as conn:
        conn.execute("DELETE FROM meetings WHERE id = ?", (meeting_id,))
        drop_unused_blobs(conn)


# --- purge and summary -------------------------------------------------------------------------


@dataclass(frozen=True)
class Purged:
    meetings: int
    exports: int
    backups: int


def purge(log: Log, before: dt.date) -> Purged:
    """Delete every meeting before ``before`` (undated ones by when they were logged), with its
    report and pages, and overwrite the freed space; backups (which hold copies) are removed."""
    limit = before.isoformat()
    log.conn.execute("PRAGMA secure_delete = ON")
    with log.write() as conn:
        doomed = "(date != '' AND date < ?) OR (date = '' AND created < ?)"
        exports = conn.execute(
            "SELECT count(*) FROM exports WHERE meeting_id IN "
            f"(SELECT id FROM meetings WHERE {doomed})",
            (limit, limit),
        ).fetchone()[0]
        meetings = conn.execute(f"DELETE FROM meetings WHERE {doomed}", (limit, limit)).rowcount
        drop_unused_blobs(conn)
    backups = 0
    if meetings:
        log.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        log.conn.execute("VACUUM")
        folder = log.path.parent / BACKUPS
        for copy in sorted(folder.glob("log-*.sqlite3")) if folder.is_dir() else []:
            copy.unlink()
            backups += 1
    return Purged(meetings, exports, backups)


@dataclass(frozen=True)
class Summary:
    total: int
    by_position: dict[str, int]
    reported: int
    awaiting_report: list[Meeting]  # past, no report yet
    follow_ups: list[Meeting]  # due or overdue, not done


def summarize(log: Log, today: dt.date) -> Summary:
    meetings = list_meetings(log, full=False)
    counts = Counter(m.position for m in meetings)
    by_position = {p: counts.get(p, 0) for p in POSITIONS}
    now = dt.datetime.combine(today, dt.time(23, 59))
    awaiting = [m for m in meetings if m.report is None and m.passed(now)]
    due = [m for m in meetings if m.follow_up_state(today) in ("due", "overdue")]
    due.sort(key=lambda m: m.report.follow_up if m.report and m.report.follow_up else today)
    return Summary(len(meetings), by_position, sum(1 for m in meetings if m.report), awaiting, due)


def counts(log: Log) -> dict[str, Any]:
    row = log.read(
        "SELECT (SELECT count(*) FROM meetings) AS meetings, (SELECT count(*) FROM exports) AS "
        "exports, (SELECT count(*) FROM reports) AS reports"
    )[0]
    return dict(row)
