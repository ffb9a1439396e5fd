"""The meeting log as CSV, for a spreadsheet: one row per meeting, its report in the same row, a
list (attendees, questions, commitments…) one item per line of its cell, UTF-8 with a BOM so that
Excel reads the names. Read back, a row becomes the same data a JSON file holds (checked by
:mod:`briefer.meetings.exchange`)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import Any

from briefer.meetings.model import Meeting
from briefer.support.csvcells import read_cell, safe_cell
from briefer.support.errors import BrieferError

MEETING_COLUMNS = (  # a meeting's own cells, then its report's, then the pages given
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
    "staffer_role",
    "attendees",
    "ask",
    "bill",
    "created",
    "updated",
)
REPORT_COLUMNS = (
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
)
CSV_COLUMNS = (*MEETING_COLUMNS, *REPORT_COLUMNS, "pages")


def _lines(items: Iterable[str]) -> str:
    return "\n".join(items)


def _row(meeting: Meeting) -> dict[str, str]:
    row = {key: str(value) for key, value in meeting.identity().items() if key != "attendees"}
    row.update(
        id=meeting.id,
        attendees=_lines(meeting.attendees),
        created=meeting.created,
        updated=meeting.updated,
        pages=_lines(
            f"{e.at[:10]} {e.file_name or e.source}{' (given)' if e.given else ''}"
            for e in meeting.exports
        ),
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
        writer.writerow({key: safe_cell(value) for key, value in _row(meeting).items()})
    return out.getvalue().encode("utf-8-sig")  # the BOM: Excel reads the names as UTF-8


def _split(text: str) -> list[str]:
    return text.split("\n") if text else []


def from_csv(text: str, file: str) -> list[tuple[int, dict[str, Any]]]:
    """Each row's line and its cells as the file format's data (checked by the caller)."""
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
        row = dict(zip(header, (read_cell(cell) for cell in cells), strict=True))
        data: dict[str, Any] = {
            key: row.get(key, "") for key in MEETING_COLUMNS if key != "attendees"
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
