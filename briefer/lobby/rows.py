"""Reading a lobby-day meetings CSV into one brief per row, with errors by line.

Columns (a header row is required; only ``legislator`` must be present):
``legislator`` (a bioguide id or a name), ``date`` (2026-12-03, Dec 3, 2026 or 12/3/2026), ``time``,
``location``, ``staffer``, ``ask``, ``blocks`` (ids separated by ``;``). Empty cells fall back
to the base brief (sender, ask, points) and then to the suggestions for the member's committees.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, field

from pydantic import ValidationError

from briefer import when
from briefer.brief import Brief, Meeting, checked
from briefer.content import Pack
from briefer.errors import BrieferError
from briefer.legislators.enrich import Enriched, enrich
from briefer.legislators.store import Directory
from briefer.validation import from_validation_error
from briefer.when import DateOrder

COLUMNS = ("legislator", "date", "time", "location", "staffer", "ask", "blocks")
MAX_ROWS = 2000


@dataclass(frozen=True)
class Row:
    line: int  # in the CSV file; the header is line 1
    cells: dict[str, str]


@dataclass
class Planned:
    """One row, made into the brief it builds (or the reason it cannot)."""

    line: int
    enriched: Enriched | None = None
    error: str | None = None
    warnings: list[str] = field(default_factory=list)


def read_rows(text: str, file: str) -> list[Row]:
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise BrieferError("the file is empty: it needs a header row", file=file, line=1) from None
    except csv.Error as exc:
        raise BrieferError(f"not valid CSV: {exc}", file=file, line=1) from None
    names = [name.strip().lower() for name in header]
    unknown = [name for name in names if name and name not in COLUMNS]
    if unknown:
        raise BrieferError(
            f"unknown column '{unknown[0]}' (columns: {', '.join(COLUMNS)})", file=file, line=1
        )
    if "legislator" not in names:
        raise BrieferError("the header needs a 'legislator' column", file=file, line=1)
    rows = []
    start = reader.line_num + 1
    try:
        for values in reader:
            line, start = start, reader.line_num + 1
            if not any(value.strip() for value in values):
                continue
            if len(values) > len(names):
                raise BrieferError(
                    f"{len(values)} cells but the header has {len(names)}", file=file, line=line
                )
            cells = {n: v.strip() for n, v in zip(names, values, strict=False) if n}
            rows.append(Row(line, cells))
            if len(rows) > MAX_ROWS:
                raise BrieferError(f"more than {MAX_ROWS} meetings", file=file, line=line)
    except csv.Error as exc:
        raise BrieferError(f"not valid CSV: {exc}", file=file, line=reader.line_num) from None
    return rows


def parse_date(value: str, order: DateOrder | None = None) -> dt.date | None:
    """A date cell, read as dates are everywhere (briefer.when); ``order`` reads 3/12/2026."""
    if not value:
        return None
    try:
        return when.parse_date(value, order)
    except ValueError as exc:
        hint = " (or give --date-order mdy|dmy)" if "two ways" in str(exc) else ""
        raise ValueError(f"date: {exc}{hint}") from None


def make_meeting(
    row: Row,
    base: Brief,
    pack: Pack,
    directory: Directory | None,
    date_order: DateOrder | None = None,
) -> Planned:
    """The row's brief: the base brief's sender and defaults, the row's meeting, filled in."""
    result = Planned(row.line)
    cells = row.cells
    try:
        name = cells.get("legislator", "")
        if not name:
            raise ValueError("the legislator is empty")
        if directory is not None and directory.get(name) is None:
            close = [m.name for m in directory.find(name, limit=3)]
            hint = f" (did you mean {' or '.join(close)}?)" if close else ""
            raise ValueError(f"unknown legislator '{name}'{hint}")
        blocks = [b.strip() for b in cells.get("blocks", "").split(";") if b.strip()]
        for block_id in blocks:
            if not pack.has(block_id):
                raise ValueError(f"unknown block '{block_id}'")
        meeting = Meeting(
            legislator=name,
            date=parse_date(cells.get("date", ""), date_order),
            time=cells.get("time", ""),
            location=cells.get("location", ""),
            staffer=cells.get("staffer", ""),
        )
        brief = base.model_copy(
            update={
                "meeting": meeting,
                "ask": cells.get("ask") or base.ask,
                "blocks": blocks or list(base.blocks),
                "edits": {k: v for k, v in base.edits.items() if not blocks or k in blocks},
            }
        )
        result.enriched = enrich(checked(brief), pack, directory)  # the brief's rules hold
    except (ValidationError, BrieferError) as exc:  # e.g. a cell too long, a control character
        error = from_validation_error(exc, {}, None) if isinstance(exc, ValidationError) else exc
        result.error = f"{error.field}: {error.message}" if error.field else error.message
    except ValueError as exc:
        result.error = str(exc)
    return result
