"""Merging an exchange file into this log: what is new is added, a few hundred meetings per
transaction (a build meanwhile records its page between two of them).

Every meeting and page keeps its UUID, so importing the same file twice adds nothing; a meeting
made here for the same member and day is found and reported. A teammate's file never rewrites a
meeting silently: a meeting or a report that differs from the one already here is a conflict,
listed, and the one here is kept unless the caller takes theirs (``--theirs``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefer.meetings.blobs import put_blob
from briefer.meetings.db import Log
from briefer.meetings.exchange import read_exchange
from briefer.meetings.log import (
    DayIndex,
    fold,
    get_meeting,
    insert_meeting,
    meeting_values,
    write_report,
)
from briefer.meetings.model import Meeting


@dataclass
class Merged:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    reports: int = 0
    pages: int = 0
    conflicts: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)


def _differences(mine: dict[str, Any], theirs: dict[str, Any]) -> list[str]:
    return [key for key in mine if mine[key] != theirs.get(key)]


def _show(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value
    text = re.sub(r"\s+", " ", text)
    return f"'{text[:40]}…'" if len(text) > 40 else f"'{text}'"


CHUNK = 400  # meetings per transaction: a build recording its page waits a moment, not minutes
BLOB_CHUNK = 32 * 2**20  # bytes of page inputs per transaction


def merge(
    log: Log, meetings: list[Meeting], blobs: dict[str, bytes], *, theirs: bool = False
) -> Merged:
    """Add what is new, in short transactions (each whole or not at all); a meeting or a report
    that differs from ours is a conflict, listed, and ours is kept (or theirs taken)."""
    result = Merged()
    batch: list[bytes] = []
    size = 0
    for data in blobs.values():  # each checked against its hash when the file was read
        batch.append(data)
        size += len(data)
        if size >= BLOB_CHUNK:
            _put_blobs(log, batch)
            batch, size = [], 0
    _put_blobs(log, batch)
    for start in range(0, len(meetings), CHUNK):
        chunk = meetings[start : start + CHUNK]
        with log.write() as conn:
            index = DayIndex(conn)
            index.read_days(m.date for m in chunk)
            marks = ", ".join("?" * len(chunk))
            here = {
                row[0]
                for row in conn.execute(
                    f"SELECT id FROM meetings WHERE id IN ({marks})", [m.id for m in chunk]
                )
            }
            pages: list[tuple] = []
            for given in chunk:
                _merge_one(conn, log.path, index, given, result, theirs, here)
                pages += (_export_row(given.id, export) for export in given.exports)
            result.pages += conn.executemany(INSERT_EXPORT, pages).rowcount if pages else 0
    return result


def _put_blobs(log: Log, batch: list[bytes]) -> None:
    if batch:
        with log.write() as conn:
            for data in batch:
                put_blob(conn, data)


def _merge_one(
    conn: Any,
    path: Path,
    index: DayIndex,
    given: Meeting,
    result: Merged,
    theirs: bool,
    here: set[str],
) -> None:
    """One meeting: added, or compared with ours (``here``: the ids the log has)."""
    exists = given.id in here
    here.add(given.id)
    label = f"{given.short_id} {given.legislator} {given.date or 'undated'}"
    if not exists:
        day = index.day(given.date)
        name = fold(given.legislator.strip())
        twin = day.get(name)
        if twin:
            result.duplicates.append(
                f"{label}: the log also has {twin[:8]} for this office on this day"
            )
        else:
            day[name] = given.id
        insert_meeting(conn, given, given.id, given.created, given.updated)
        result.added += 1
        if given.report:
            write_report(conn, given.id, given.report, given.report.updated)
            result.reports += 1
    else:
        mine = get_meeting(_Reader(conn, path), given.id)
        changed = False
        if mine.identity() != given.identity():
            keys = _differences(mine.identity(), given.identity())
            detail = "; ".join(
                f"{k}: ours {_show(mine.identity()[k])}, theirs {_show(given.identity()[k])}"
                for k in keys[:3]
            )
            kept = "took theirs" if theirs else "kept ours"
            result.conflicts.append(f"{label}: the meeting differs ({kept}) — {detail}")
            if theirs:
                _update_meeting(conn, given)
                changed = True
        if given.report and mine.report is None:
            write_report(conn, given.id, given.report, given.report.updated)
            result.reports += 1
            changed = True
        elif given.report and mine.report and given.report.content() != mine.report.content():
            keys = _differences(mine.report.content(), given.report.content())
            detail = "; ".join(
                f"{k}: ours {_show(mine.report.content()[k])}, "
                f"theirs {_show(given.report.content()[k])}"
                for k in keys[:3]
            )
            kept = "took theirs" if theirs else "kept ours"
            result.conflicts.append(f"{label}: the reports differ ({kept}) — {detail}")
            if theirs:
                write_report(conn, given.id, given.report, given.report.updated)
                changed = True
        result.updated += changed
        result.unchanged += not changed


INSERT_EXPORT = (
    "INSERT OR IGNORE INTO exports (id, meeting_id, at, source, file_name, format, template,"
    " paper, points, body_size, sha256, size, version, brief_blob, pack_blob, template_blob,"
    " files, given) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _export_row(meeting_id: str, export: Any) -> tuple:
    return (
        export.id,
        meeting_id,
        export.at,
        export.source,
        export.file_name,
        export.format,
        export.template,
        export.paper,
        json.dumps([list(p) for p in export.points]),
        export.body_size,
        export.sha256,
        export.size,
        export.version,
        export.brief_blob,
        export.pack_blob,
        export.template_blob,
        json.dumps(dict(export.files)),
        int(export.given),
    )


class _Reader:
    """Reads through the connection of an open transaction (so it sees its own writes)."""

    def __init__(self, conn: Any, path: Path) -> None:
        self.conn, self.path = conn, path

    def read(self, sql: str, params: tuple = ()) -> list[Any]:
        import sqlite3

        cursor = self.conn.execute(sql, params)
        cursor.row_factory = sqlite3.Row
        return cursor.fetchall()

    def rows(self, sql: str, params: tuple = ()) -> list[tuple]:
        return self.conn.execute(sql, params).fetchall()


def _update_meeting(conn: Any, m: Meeting) -> None:
    conn.execute(
        "UPDATE meetings SET legislator = ?, member_id = ?, title = ?, chamber = ?, state = ?,"
        " district = ?, party = ?, date = ?, time = ?, location = ?, staffer = ?, attendees = ?,"
        " ask = ?, bill = ?, staffer_role = ?, updated = ? WHERE id = ?",
        (*meeting_values(m), m.updated, m.id),
    )


def import_log(log: Log, path: Path, *, theirs: bool = False) -> Merged:
    meetings, blobs = read_exchange(path)
    return merge(log, meetings, blobs, theirs=theirs)


__all__ = ["Merged", "import_log", "merge"]
