"""The CSV reader that builds a :class:`~briefer.legislators.store.Directory` for any legislature.

A CSV file (any legislature, e.g. Members of the European Parliament): UTF-8, commas between
columns, and a header on line 1 naming the columns. Accepted columns, in any order::

    name, title, chamber, state, district, party, committees, office, phone, email
    (optional: id, first, last, url)

Only ``name`` is required. ``state`` may be a country; ``district`` may be empty, a number, or
``0`` / ``AL`` for at-large. ``committees`` are separated by ``;`` and may end with a role in
brackets: ``Foreign Affairs (Vice-Chair); Budget (Rapporteur)``; a bracket that names no role
(``Human Rights (DROI)``) stays part of the name. Without an ``id`` column the id is made from
the name (``Ursula von der Leyen`` -> ``ursula-von-der-leyen``). Example::

    name,title,chamber,state,district,party,committees,office,phone,email
    Anna Example,MEP,European Parliament,Germany,,Greens/EFA,AFET (Chair); DROI,ASP 08H123,,
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from briefer.legislators.model import (
    CommitteeSeat,
    Legislator,
    clean_text,
    district_label,
    is_role,
    normalize_role,
    short_name,
    slug,
    too_long,
)
from briefer.legislators.store import Directory
from briefer.support.errors import BrieferError
from briefer.support.yamlio import read_text

CSV_COLUMNS = ("name", "title", "chamber", "state", "district", "party", "committees", "office")
CSV_COLUMNS += ("phone", "email", "id", "first", "last", "url")
_ROLE_SUFFIX = re.compile(r"^(.*?)\s*\(([^()]*)\)$")


def import_csv(path: Path) -> Directory:
    """Read a CSV file of members (columns described in this module's docstring)."""
    path = Path(path)
    text = read_text(path, max_bytes=20_000_000)
    # strict: an unclosed quote is an error, never one member made of the rest of the file
    return _read_csv(csv.reader(io.StringIO(text, newline=""), strict=True), path)


def _read_csv(reader: Any, path: Path) -> Directory:
    header = _csv_header(reader, path)
    members: list[Legislator] = []
    committees: dict[str, str] = {}
    first_line: dict[str, int] = {}
    line = 1
    while True:
        start = line + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            if "unexpected end of data" in str(exc):
                raise BrieferError(
                    'a quote (") opens on this line and is not closed before the end of the file',
                    file=path,
                    line=start,
                ) from None
            raise BrieferError(f"not valid CSV: {exc}", file=path, line=reader.line_num) from None
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(header):
            raise BrieferError(
                f"{len(row)} values but the header names {len(header)} columns",
                file=path,
                line=start,
            )
        values = {column: clean_text(cell) for column, cell in zip(header, row, strict=False)}
        member = _csv_member(values, committees, path, start)
        key = member.id.casefold()
        if key in first_line:
            raise BrieferError(
                f"the same id as line {first_line[key]}; add an id column to tell them apart",
                file=path,
                line=start,
                field="id",
            )
        first_line[key] = start
        members.append(member)
    if not members:
        raise BrieferError("no members below the header", file=path)
    return Directory(members, committees)


def _csv_header(reader: Any, path: Path) -> list[str]:
    try:
        row = next(reader, None)
    except csv.Error as exc:
        raise BrieferError(f"not valid CSV: {exc}", file=path, line=1) from None
    if not row:
        raise BrieferError("empty file; line 1 must name the columns", file=path, line=1)
    header = [clean_text(cell).casefold() for cell in row]
    expected = ", ".join(CSV_COLUMNS)
    for column in header:
        if column not in CSV_COLUMNS:
            hint = " (separate the columns with commas)" if ";" in column else ""
            raise BrieferError(
                f"unknown column '{column}'{hint}; expected {expected}", file=path, line=1
            )
        if header.count(column) > 1:
            raise BrieferError(f"the column '{column}' is given twice", file=path, line=1)
    if "name" not in header:
        raise BrieferError(
            f"line 1 must be a header with a 'name' column; columns: {expected}", file=path, line=1
        )
    return header


def _csv_member(
    values: dict[str, str], committees: dict[str, str], path: Path, line: int
) -> Legislator:
    name = values.get("name", "")
    if not name:
        raise BrieferError("the name is empty", file=path, line=line, field="name")
    words = name.split()
    first = values.get("first") or (words[0] if len(words) > 1 else "")
    last = values.get("last") or " ".join(words[1:] or words)
    seats = []
    for part in values.get("committees", "").split(";"):
        text, role = " ".join(part.split()), None
        match = _ROLE_SUFFIX.match(text)
        if match and is_role(match.group(2)):
            text, role = match.group(1), normalize_role(match.group(2))
        if not text:
            continue
        cid = slug(text) or text
        committees.setdefault(cid, text)
        seats.append(CommitteeSeat(cid, committees[cid], role))
    member_id = values.get("id") or slug(name)
    if not member_id:
        raise BrieferError(
            "cannot make an id from this name; add an id column", file=path, line=line, field="name"
        )
    member = Legislator(
        id=member_id,
        name=name,
        first=first,
        last=last,
        title=values.get("title", ""),
        chamber=values.get("chamber", ""),
        state=values.get("state", ""),
        district=district_label(values.get("district", "")),
        party=values.get("party", ""),
        committees=tuple(seats),
        office=values.get("office", ""),
        phone=values.get("phone", ""),
        email=values.get("email", ""),
        url=values.get("url", ""),
    )
    problem = too_long(member)
    if problem is not None:
        field, length, limit = problem
        raise BrieferError(
            f"{short_name(name)}: the {field} is too long ({length} characters, at most {limit})",
            file=path,
            line=line,
            field="committees" if field == "committee" else field,
        )
    return member
