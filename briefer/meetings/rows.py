"""The meeting log's rows read back as values: a meeting with its report, a page given.

Listing 10,000 meetings is mostly this conversion, so it is made cheap: a list reads only the
columns it shows (:data:`SUMMARY`, :func:`summaries`), every JSON cell of a read is decoded in one
call, and a summary's dataclasses are filled without their ``__init__`` (values read back from the
log were checked when they went in).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import MISSING, fields
from typing import Any

from briefer.meetings.model import Export, Meeting, Question, Report


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


MEETING_COLUMNS = (
    "id, legislator, member_id, title, chamber, state, district, party, date, time, location,"
    " staffer, attendees, ask, bill, created, updated, pages, last_page"
)
REPORT_COLUMNS = (
    "met, staffer_email, position, questions, requests, our_commitments, their_commitments,"
    " follow_up, follow_up_done, notes, updated"
)
SELECT = (
    f"SELECT {', '.join('m.' + c.strip() for c in MEETING_COLUMNS.split(','))}, "
    f"{', '.join('r.' + c.strip() for c in REPORT_COLUMNS.split(','))} "
    ", m.given, m.staffer_role FROM meetings m LEFT JOIN reports r ON r.meeting_id = m.id"
)
_JSON_AT = (12, 22, 23, 24, 25)  # attendees, questions, requests, our and their commitments


SUMMARY = (
    "SELECT m.id, m.legislator, m.member_id, m.title, m.date, m.time, m.location, m.staffer,"
    " m.pages, m.last_page, m.created, r.position, r.follow_up, r.follow_up_done, r.updated,"
    " m.given, m.staffer_role FROM meetings m LEFT JOIN reports r ON r.meeting_id = m.id"
)


def _defaults(cls: type) -> dict[str, Any]:
    out = {}
    for f in fields(cls):
        if f.default is not MISSING:
            out[f.name] = f.default
        elif f.default_factory is not MISSING:
            out[f.name] = f.default_factory()
    return out


_MEETING = _defaults(Meeting)
_REPORT = _defaults(Report)


def _make(cls: type, defaults: dict[str, Any], values: dict[str, Any]) -> Any:
    """A frozen dataclass made without its ``__init__`` (a field at a time, it is most of what
    listing 10,000 meetings costs). Only for values read back from the log: already checked."""
    obj = object.__new__(cls)
    state = defaults.copy()
    state.update(values)
    object.__setattr__(obj, "__dict__", state)
    return obj


def summaries(rows: list[tuple]) -> list[Meeting]:
    """Meetings with what a list shows (``partial``: the rest is read by :func:`get_meeting`)."""
    out = []
    dates: dict[str, dt.date | None] = {"": None}
    for row in rows:
        day = dates.get(row[4])
        if day is None and row[4]:
            day = dates[row[4]] = dt.date.fromisoformat(row[4])
        report = None
        if row[14] is not None:
            follow = dates.get(row[12])
            if follow is None and row[12]:
                follow = dates[row[12]] = dt.date.fromisoformat(row[12])
            report = _make(
                Report,
                _REPORT,
                {
                    "position": row[11],
                    "follow_up": follow,
                    "follow_up_done": bool(row[13]),
                    "updated": row[14],
                },
            )
        out.append(
            _make(
                Meeting,
                _MEETING,
                {
                    "id": row[0],
                    "legislator": row[1],
                    "member_id": row[2],
                    "title": row[3],
                    "date": day,
                    "time": row[5],
                    "location": row[6],
                    "staffer": row[7],
                    "export_count": row[8],
                    "last_export": row[9],
                    "given_count": row[15],
                    "staffer_role": row[16],
                    "created": row[10],
                    "report": report,
                    "partial": True,
                },
            )
        )
    return out


def _decode_all(rows: list[tuple]) -> list[list[Any]]:
    """Every JSON cell of the rows in one pass of the C decoder (a call per cell costs more
    than the decoding itself: this is most of what listing 10,000 meetings takes)."""
    cells = [row[i] if row[i] is not None else "[]" for row in rows for i in _JSON_AT]
    try:
        flat = json.loads("[" + ",".join(cells) + "]")
    except json.JSONDecodeError:
        flat = [_cell(text) for text in cells]
    width = len(_JSON_AT)
    return [flat[n : n + width] for n in range(0, len(flat), width)]


def _cell(text: str) -> Any:
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        return []
    return value if isinstance(value, list) else []


def meetings_of(
    rows: list[tuple], exports: dict[str, tuple[Export, ...]] | None = None
) -> list[Meeting]:
    out = []
    exports = exports or {}
    for row, (attendees, questions, requests, ours, theirs) in zip(
        rows, _decode_all(rows), strict=True
    ):
        report = None
        if row[29] is not None:
            report = Report(
                met=row[19],
                staffer_email=row[20],
                position=row[21],
                questions=tuple(Question(q, a) for q, a in questions),
                requests=tuple(requests),
                our_commitments=tuple(ours),
                their_commitments=tuple(theirs),
                follow_up=_date(row[26]),
                follow_up_done=bool(row[27]),
                notes=row[28],
                updated=row[29],
            )
        out.append(
            Meeting(
                id=row[0],
                legislator=row[1],
                member_id=row[2],
                title=row[3],
                chamber=row[4],
                state=row[5],
                district=row[6],
                party=row[7],
                date=_date(row[8]),
                time=row[9],
                location=row[10],
                staffer=row[11],
                attendees=tuple(attendees),
                ask=row[13],
                bill=row[14],
                created=row[15],
                updated=row[16],
                report=report,
                export_count=row[17],
                last_export=row[18],
                given_count=row[30],
                staffer_role=row[31],
                exports=exports.get(row[0], ()),
            )
        )
    return out


def export_of(row: sqlite3.Row) -> Export:
    return Export(
        id=row["id"],
        meeting_id=row["meeting_id"],
        at=row["at"],
        source=row["source"],
        file_name=row["file_name"],
        format=row["format"],
        template=row["template"],
        paper=row["paper"],
        points=tuple((b, v) for b, v in json.loads(row["points"])),
        body_size=row["body_size"],
        sha256=row["sha256"],
        size=row["size"],
        version=row["version"],
        brief_blob=row["brief_blob"],
        pack_blob=row["pack_blob"],
        template_blob=row["template_blob"],
        files=tuple(sorted(json.loads(row["files"]).items())),
        given=bool(row["given"]),
    )
