"""Moving meetings between teams: the log as JSON (everything) or CSV (for a spreadsheet).

Every meeting and page keeps its UUID, so importing the same file twice adds nothing. A report
that differs from the one already here is a conflict: it is listed, and the one here is kept
unless the caller takes theirs. JSON carries the pages' inputs too (a coordinator can reprint);
CSV has one row per meeting, lists one item per line in a cell.
"""

from __future__ import annotations

import base64
import contextlib
import csv
import datetime as dt
import io
import json
import os
import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, StringConstraints, ValidationError

from briefer import yamlio
from briefer.errors import BrieferError
from briefer.fileio import write_atomic
from briefer.formats import FORMATS
from briefer.meetings.blobs import blob_hash, get_blob, put_blob
from briefer.meetings.db import Log
from briefer.meetings.log import (
    find_meeting_id,
    get_meeting,
    list_meetings,
    now_utc,
    write_report,
)
from briefer.meetings.model import (
    Export,
    Line,
    LongLine,
    Meeting,
    Question,
    Report,
    ReportInput,
)
from briefer.validation import Long, Model, Short, from_validation_error, validate

FORMAT = 1
Id = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{32}$")]
Hash = Annotated[str, StringConstraints(pattern=r"^([0-9a-f]{64})?$")]

# --- the file format, checked on the way in --------------------------------------------------


class ReportIn(ReportInput):
    updated: Short = ""


class ExportIn(Model):
    id: Id
    at: Short
    source: Short = "export"
    file_name: Short = ""
    format: Literal[FORMATS]  # type: ignore[valid-type]
    template: Short = ""
    paper: Short = ""
    points: list[tuple[Short, Literal["short", "long"]]] = Field(default=[], max_length=500)
    body_size: float = 0
    sha256: Hash
    size: int = 0
    version: Short = ""
    brief_blob: Hash = ""
    pack_blob: Hash = ""
    template_blob: Hash = ""
    files: dict[Short, Hash] = {}


class MeetingIn(Model):
    id: Id
    legislator: Annotated[Short, StringConstraints(min_length=1)]
    member_id: Short = ""
    title: Short = ""
    chamber: Short = ""
    state: Short = ""
    district: Short = ""
    party: Short = ""
    date: dt.date | None = None
    time: Short = ""
    location: Short = ""
    staffer: Short = ""
    attendees: list[Line] = Field(default=[], max_length=100)
    ask: Long = ""
    bill: Short = ""
    created: Short = ""
    updated: Short = ""
    report: ReportIn | None = None
    exports: list[ExportIn] = Field(default=[], max_length=10000)


class LogFile(Model):
    format: Literal[1] = Field(alias="briefer-log")
    exported: Short = ""
    meetings: list[MeetingIn] = []
    blobs: dict[Hash, str] = {}


# --- out -------------------------------------------------------------------------------------


def _report_data(report: Report | None) -> dict[str, Any] | None:
    if report is None:
        return None
    data = report.content()
    data["questions"] = [{"question": q.question, "answer": q.answer} for q in report.questions]
    data["updated"] = report.updated
    return data


def _export_data(export: Export) -> dict[str, Any]:
    return {
        "id": export.id,
        "at": export.at,
        "source": export.source,
        "file_name": export.file_name,
        "format": export.format,
        "template": export.template,
        "paper": export.paper,
        "points": [list(p) for p in export.points],
        "body_size": export.body_size,
        "sha256": export.sha256,
        "size": export.size,
        "version": export.version,
        "brief_blob": export.brief_blob,
        "pack_blob": export.pack_blob,
        "template_blob": export.template_blob,
        "files": dict(export.files),
    }


def meeting_data(meeting: Meeting) -> dict[str, Any]:
    """A meeting as plain data (for JSON), its report and pages included."""
    return {
        "id": meeting.id,
        **meeting.identity(),
        "date": meeting.date.isoformat() if meeting.date else None,
        "created": meeting.created,
        "updated": meeting.updated,
        "report": _report_data(meeting.report),
        "exports": [_export_data(e) for e in meeting.exports],
    }


def to_json(log: Log, meetings: list[Meeting]) -> bytes:
    blobs: dict[str, str] = {}
    for meeting in meetings:
        for export in meeting.exports:
            hashes = (export.brief_blob, export.pack_blob, export.template_blob)
            for digest in (*hashes, *(h for _, h in export.files)):
                if digest and digest not in blobs:
                    data = get_blob(log, digest)
                    if data is not None:
                        blobs[digest] = base64.b64encode(zlib.compress(data, 9)).decode("ascii")
    document = {
        "briefer-log": FORMAT,
        "exported": now_utc(),
        "meetings": [meeting_data(m) for m in meetings],
        "blobs": blobs,
    }
    return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


CSV_COLUMNS = (
    "id",
    "legislator",
    "member_id",
    "title",
    "chamber",
    "state",
    "district",
    "party",
    "date",
    "time",
    "location",
    "staffer",
    "attendees",
    "ask",
    "bill",
    "created",
    "updated",
    "position",
    "met",
    "staffer_email",
    "questions",
    "answers",
    "requests",
    "our_commitments",
    "their_commitments",
    "follow_up",
    "follow_up_done",
    "notes",
    "report_updated",
    "pages",
)


def _lines(items: Iterable[str]) -> str:
    return "\n".join(items)


def _csv_row(meeting: Meeting) -> dict[str, str]:
    row = {key: str(value) for key, value in meeting.identity().items() if key != "attendees"}
    row.update(
        id=meeting.id,
        attendees=_lines(meeting.attendees),
        created=meeting.created,
        updated=meeting.updated,
        pages=_lines(f"{e.at[:10]} {e.file_name or e.source}" for e in meeting.exports),
    )
    report = meeting.report
    if report is not None:
        row.update(
            position=report.position,
            met=report.met,
            staffer_email=report.staffer_email,
            questions=_lines(q.question for q in report.questions),
            answers=_lines(q.answer for q in report.questions),
            requests=_lines(report.requests),
            our_commitments=_lines(report.our_commitments),
            their_commitments=_lines(report.their_commitments),
            follow_up=report.follow_up.isoformat() if report.follow_up else "",
            follow_up_done="yes" if report.follow_up_done else "",
            notes=report.notes,
            report_updated=report.updated,
        )
    return row


def to_csv(meetings: list[Meeting]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, CSV_COLUMNS, restval="", lineterminator="\r\n")
    writer.writeheader()
    for meeting in meetings:
        writer.writerow(_csv_row(meeting))
    return out.getvalue().encode("utf-8-sig")  # the BOM: Excel reads the names as UTF-8


def export_log(log: Log, path: Path) -> int:
    """Write every meeting to ``path`` (.json or .csv), readable only by the user; the count."""
    path = Path(path)
    kind = path.suffix.lower()
    if kind not in (".json", ".csv"):
        raise BrieferError("name the file .json or .csv", file=path)
    meetings = list_meetings(log, with_exports=True)
    meetings.sort(key=lambda m: (m.date or dt.date.min, m.time, m.created))
    data = to_json(log, meetings) if kind == ".json" else to_csv(meetings)
    write_atomic(path, data)
    with contextlib.suppress(OSError):
        os.chmod(path, 0o600)
    return len(meetings)


# --- in --------------------------------------------------------------------------------------


def _split(text: str) -> list[str]:
    return text.split("\n") if text else []


def _from_csv(text: str, file: str) -> list[tuple[int, dict[str, Any]]]:
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise BrieferError("the file is empty", file=file) from None
    missing = [c for c in ("id", "legislator") if c not in header]
    if missing:
        raise BrieferError(f"not a Briefer log export: no '{missing[0]}' column", file=file, line=1)
    unknown = [c for c in header if c not in CSV_COLUMNS]
    if unknown:
        raise BrieferError(f"unknown column '{unknown[0]}'", file=file, line=1, field=unknown[0])
    rows = []
    start = reader.line_num + 1
    for cells in reader:
        line, start = start, reader.line_num + 1
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) != len(header):
            raise BrieferError(
                f"{len(cells)} cells where the header has {len(header)}", file=file, line=line
            )
        row = dict(zip(header, cells, strict=True))
        data: dict[str, Any] = {
            key: row.get(key, "") for key in CSV_COLUMNS[:17] if key not in ("attendees",)
        }
        data["date"] = data["date"] or None
        data["attendees"] = _split(row.get("attendees", ""))
        if row.get("report_updated"):
            questions = _split(row.get("questions", ""))
            answers = _split(row.get("answers", ""))
            answers += [""] * (len(questions) - len(answers))
            if len(answers) > len(questions):
                raise BrieferError(
                    "more answers than questions (one of each per line)",
                    file=file,
                    line=line,
                    field="answers",
                )
            data["report"] = {
                "position": row.get("position", "") or "unknown",
                "met": row.get("met", ""),
                "staffer_email": row.get("staffer_email", ""),
                "questions": [
                    {"question": q, "answer": a} for q, a in zip(questions, answers, strict=True)
                ],
                "requests": _split(row.get("requests", "")),
                "our_commitments": _split(row.get("our_commitments", "")),
                "their_commitments": _split(row.get("their_commitments", "")),
                "follow_up": row.get("follow_up", "") or None,
                "follow_up_done": row.get("follow_up_done", "").strip().lower()
                in ("yes", "true", "1", "x"),
                "notes": row.get("notes", ""),
                "updated": row["report_updated"],
            }
        rows.append((line, data))
    return rows


def _meeting_of(given: MeetingIn) -> Meeting:
    report = None
    if given.report is not None:
        r = given.report
        report = Report(
            met=r.met,
            staffer_email=r.staffer_email,
            position=r.position,
            questions=tuple(Question(q.question, q.answer) for q in r.questions),
            requests=tuple(r.requests),
            our_commitments=tuple(r.our_commitments),
            their_commitments=tuple(r.their_commitments),
            follow_up=r.follow_up,
            follow_up_done=r.follow_up_done,
            notes=r.notes,
            updated=r.updated or now_utc(),
        )
    exports = tuple(
        Export(
            id=e.id,
            meeting_id=given.id,
            at=e.at,
            source=e.source,
            file_name=e.file_name,
            format=e.format,
            template=e.template,
            paper=e.paper,
            points=tuple((b, v) for b, v in e.points),
            body_size=e.body_size,
            sha256=e.sha256,
            size=e.size,
            version=e.version,
            brief_blob=e.brief_blob,
            pack_blob=e.pack_blob,
            template_blob=e.template_blob,
            files=tuple(sorted(e.files.items())),
        )
        for e in given.exports
    )
    return Meeting(
        id=given.id,
        legislator=given.legislator,
        member_id=given.member_id,
        title=given.title,
        chamber=given.chamber,
        state=given.state,
        district=given.district,
        party=given.party,
        date=given.date,
        time=given.time,
        location=given.location,
        staffer=given.staffer,
        attendees=tuple(given.attendees),
        ask=given.ask,
        bill=given.bill,
        created=given.created or now_utc(),
        updated=given.updated or now_utc(),
        report=report,
        exports=exports,
    )


def _read_json(text: str, file: str) -> tuple[list[Meeting], dict[str, bytes]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BrieferError(f"not valid JSON: {exc.msg}", file=file, line=exc.lineno) from None
    if not isinstance(data, dict) or "briefer-log" not in data:
        raise BrieferError("not a Briefer log export (no 'briefer-log' key)", file=file, line=1)
    if isinstance(data["briefer-log"], int) and data["briefer-log"] > FORMAT:
        raise BrieferError(
            f"written by a newer version of Briefer (log export format {data['briefer-log']}); "
            "update Briefer to import it",
            file=file,
            field="briefer-log",
        )
    try:
        parsed = LogFile.model_validate(data)
    except ValidationError as exc:
        try:  # again, with the lines, to say where
            located = yamlio.parse(text, file)
        except BrieferError:
            located = data
        raise from_validation_error(exc, located, file) from None
    blobs: dict[str, bytes] = {}
    for digest, packed in parsed.blobs.items():
        try:
            raw = zlib.decompress(base64.b64decode(packed, validate=True))
        except (ValueError, zlib.error):
            raise BrieferError(
                "a page input is damaged", file=file, field=f"blobs.{digest}"
            ) from None
        if blob_hash(raw) != digest:
            raise BrieferError("a page input is damaged", file=file, field=f"blobs.{digest}")
        blobs[digest] = raw
    return [_meeting_of(m) for m in parsed.meetings], blobs


def read_exchange(path: Path) -> tuple[list[Meeting], dict[str, bytes]]:
    """The meetings (and page inputs) of an exported file, checked; errors name file and line."""
    path = Path(path)
    text = yamlio.read_text(path)
    file = str(path)
    if path.suffix.lower() == ".json" or text.lstrip().startswith("{"):
        return _read_json(text, file)
    meetings = []
    for line, data in _from_csv(text, file):
        try:
            given = validate(MeetingIn, data, file)
        except BrieferError as exc:  # name the row's line and the column
            exc.file, exc.line = file, line
            if exc.field:
                parts = exc.field.split(".")
                exc.field = parts[1] if parts[0] == "report" and len(parts) > 1 else parts[0]
            raise
        meetings.append(_meeting_of(given))
    return meetings, {}


# --- merging ---------------------------------------------------------------------------------


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


def merge(
    log: Log, meetings: list[Meeting], blobs: dict[str, bytes], *, theirs: bool = False
) -> Merged:
    """Add what is new, in one transaction; conflicting reports keep ours (or theirs)."""
    result = Merged()
    with log.write() as conn:
        for data in blobs.values():  # each checked against its hash when the file was read
            put_blob(conn, data)
        for given in meetings:
            exists = conn.execute("SELECT 1 FROM meetings WHERE id = ?", (given.id,)).fetchone()
            label = f"{given.short_id} {given.legislator} {given.date or 'undated'}"
            if not exists:
                twin = find_meeting_id(conn, given.legislator, given.date)
                if twin:
                    result.duplicates.append(
                        f"{label}: the log also has {twin[:8]} for this office on this day"
                    )
                _insert_meeting(conn, given)
                result.added += 1
                if given.report:
                    write_report(conn, given.id, given.report, given.report.updated)
                    result.reports += 1
            else:
                mine = get_meeting(_Reader(conn, log.path), given.id)
                changed = False
                if mine.identity() != given.identity() and given.updated > mine.updated:
                    _update_meeting(conn, given)
                    changed = True
                if given.report and mine.report is None:
                    write_report(conn, given.id, given.report, given.report.updated)
                    result.reports += 1
                    changed = True
                elif (
                    given.report and mine.report and given.report.content() != mine.report.content()
                ):
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
            for export in given.exports:
                added = conn.execute(
                    "INSERT OR IGNORE INTO exports (id, meeting_id, at, source, file_name, format,"
                    " template, paper, points, body_size, sha256, size, version, brief_blob,"
                    " pack_blob, template_blob, files) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    " ?, ?, ?, ?, ?)",
                    (
                        export.id,
                        given.id,
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
                    ),
                ).rowcount
                result.pages += added
    return result


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


def _meeting_values(m: Meeting) -> tuple:
    return (
        m.legislator,
        m.member_id,
        m.title,
        m.chamber,
        m.state,
        m.district,
        m.party,
        m.date.isoformat() if m.date else "",
        m.time,
        m.location,
        m.staffer,
        json.dumps(list(m.attendees), ensure_ascii=False),
        m.ask,
        m.bill,
    )


def _insert_meeting(conn: Any, m: Meeting) -> None:
    conn.execute(
        "INSERT INTO meetings (legislator, member_id, title, chamber, state, district, party,"
        " date, time, location, staffer, attendees, ask, bill, id, created, updated)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (*_meeting_values(m), m.id, m.created, m.updated),
    )


def _update_meeting(conn: Any, m: Meeting) -> None:
    conn.execute(
        "UPDATE meetings SET legislator = ?, member_id = ?, title = ?, chamber = ?, state = ?,"
        " district = ?, party = ?, date = ?, time = ?, location = ?, staffer = ?, attendees = ?,"
        " ask = ?, bill = ?, updated = ? WHERE id = ?",
        (*_meeting_values(m), m.updated, m.id),
    )


def import_log(log: Log, path: Path, *, theirs: bool = False) -> Merged:
    meetings, blobs = read_exchange(path)
    return merge(log, meetings, blobs, theirs=theirs)


__all__ = ["Line", "LongLine", "export_log", "import_log", "merge", "read_exchange"]
