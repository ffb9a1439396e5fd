"""Moving meetings between teams: the log as JSON (everything) or CSV (for a spreadsheet).

The file format both ways: written from the log, and read back checked, every error naming the
file, the line and the field. Every meeting and page keeps its UUID. JSON carries the pages'
inputs too (a coordinator can reprint); the CSV dialect is :mod:`.exchange_csv`'s. Merging what
is read into a log is :mod:`.merge`'s.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import json
import os
import zlib
from dataclasses import replace
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BeforeValidator, Field, StringConstraints, ValidationError

from briefer.meetings import exchange_csv
from briefer.meetings.blobs import get_blob
from briefer.meetings.db import Log
from briefer.meetings.exchange_inputs import check_briefs, read_inputs
from briefer.meetings.log import (
    list_meetings,
    now_utc,
)
from briefer.meetings.model import Export, Meeting, Report
from briefer.meetings.report_input import Line, LongLine, ReportInput, report_from_input
from briefer.support import when, yamlio
from briefer.support.errors import BrieferError
from briefer.support.fileio import write_atomic
from briefer.support.formats import FORMATS
from briefer.support.validation import (
    Long,
    Model,
    Short,
    fold_lines,
    from_validation_error,
    validate,
)

FORMAT = 1
MAX_FILE = 256 * 2**20  # an exchange file: 10,000 meetings with their pages fit many times
Id = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{32}$")]
Hash = Annotated[str, StringConstraints(pattern=r"^([0-9a-f]{64})?$")]


def _stamp(value: str) -> str:
    """A moment as the log writes it (2026-12-03T15:30:00.000000Z), in a year a meeting has."""
    if not value:
        return value
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(
            f"'{value[:40]}' is not a time: write it as 2026-12-03T15:30:00Z"
        ) from None
    when.check_year(moment.date(), value[:40])
    return value


def _day(value: dt.date | None) -> dt.date | None:
    return when.check_year(value) if value is not None else None


def _clock(value: str) -> str:
    """A meeting's time of day, read the one way times are read (10:30, 2:30 pm, 14h30)."""
    if value.strip():
        when.parse_time(value)
    return value


One = Annotated[Short, BeforeValidator(fold_lines)]  # a one-line field: line breaks folded
Stamp = Annotated[Short, AfterValidator(_stamp)]
Day = Annotated[dt.date | None, AfterValidator(_day)]
Clock = Annotated[Short, AfterValidator(_clock)]

# --- the file format, checked on the way in --------------------------------------------------


class ReportIn(ReportInput):
    updated: Stamp = ""


class ExportIn(Model):
    id: Id
    at: Stamp
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
    given: bool = True  # a log written before Briefer told exported pages from given ones


class MeetingIn(Model):
    id: Id
    legislator: Annotated[One, StringConstraints(min_length=1)]
    member_id: One = ""
    title: One = ""
    chamber: One = ""
    state: One = ""
    district: One = ""
    party: One = ""
    date: Day = None
    time: Clock = ""
    location: One = ""
    staffer: One = ""
    staffer_role: One = ""
    attendees: list[Line] = Field(default=[], max_length=100)
    ask: Annotated[Long, BeforeValidator(fold_lines)] = ""  # one sentence
    bill: One = ""
    created: Stamp = ""
    updated: Stamp = ""
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
        "given": export.given,
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


def export_log(log: Log, path: Path) -> int:
    """Write every meeting to ``path`` (.json or .csv), readable only by the user; the count."""
    path = Path(path)
    kind = path.suffix.lower()
    if kind not in (".json", ".csv"):
        raise BrieferError("name the file .json or .csv", file=path)
    meetings = list_meetings(log, with_exports=True)
    meetings.sort(key=lambda m: (m.date or dt.date.min, m.time, m.created))
    data = to_json(log, meetings) if kind == ".json" else exchange_csv.to_csv(meetings)
    write_atomic(path, data)
    with contextlib.suppress(OSError):
        os.chmod(path, 0o600)
    return len(meetings)


# --- in --------------------------------------------------------------------------------------


def _meeting_of(given: MeetingIn) -> Meeting:
    staffer, role = given.staffer, given.staffer_role
    if not role and "," in staffer:  # a log written before the role was its own value
        staffer, _, role = (part.strip() for part in staffer.partition(","))
    report = None
    if given.report is not None:
        r = given.report
        report = replace(report_from_input(r), updated=r.updated or now_utc())
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
            given=e.given,
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
        staffer=staffer,
        staffer_role=role,
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
    except RecursionError:
        raise BrieferError(
            "not a Briefer log export (nested too deeply to read)", file=file, line=1
        ) from None
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
        except (BrieferError, RecursionError):
            located = data
        raise from_validation_error(exc, located, file) from None
    blobs = read_inputs(parsed.blobs, file)
    check_briefs(
        (
            (f"meetings.{i}.exports.{j}", e.brief_blob, e.files)
            for i, m in enumerate(parsed.meetings)
            for j, e in enumerate(m.exports)
        ),
        blobs,
        file,
    )
    return [_meeting_of(m) for m in parsed.meetings], blobs


def read_exchange(path: Path) -> tuple[list[Meeting], dict[str, bytes]]:
    """The meetings (and page inputs) of an exported file, checked; errors name file and line."""
    path = Path(path)
    text = yamlio.read_text(path, max_bytes=MAX_FILE)
    file = str(path)
    if path.suffix.lower() == ".json" or text.lstrip().startswith("{"):
        return _read_json(text, file)
    meetings = []
    for line, data in exchange_csv.from_csv(text, file):
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


__all__ = ["Line", "LongLine", "export_log", "meeting_data", "read_exchange"]
