"""Members of the European Parliament from HowTheyVote.eu's weekly export (ODbL).

The export is a zip archive of CSV tables (or a folder of them, each plain or ``.csv.gz``):
``members``, ``countries``, ``groups`` and ``group_memberships``; the roll-call votes are not
read. A member is current when a group membership has no ``end_date``; the page names them
"MEP Petras Auštrevičius (Renew Europe, Lithuania)" and credits "HowTheyVote.eu (Open Database
License)". Compressed tables are inflated with a limit, so a small file cannot fill the memory.
"""

from __future__ import annotations

import csv
import gzip
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from briefer.legislators.model import Legislator, clean_text, short_name, too_long
from briefer.legislators.store import HOWTHEYVOTE
from briefer.support.errors import BrieferError

MAX_TABLE = 64_000_000  # bytes a table may inflate to (the real members table is ~100 kB)
TABLES = {
    "members": ("id", "first_name", "last_name", "country_code"),
    "countries": ("code", "label"),
    "groups": ("code", "label"),
    "group_memberships": ("member_id", "group_code", "start_date", "end_date"),
}


@dataclass
class MepImport:
    members: list[Legislator] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    note: dict[str, str] = field(default_factory=dict)  # data_date: when the export was made


def _table_names(name: str) -> str | None:
    base = name.rsplit("/", 1)[-1]
    for suffix in (".csv", ".csv.gz"):
        if base.endswith(suffix) and base[: -len(suffix)] in (*TABLES, "last_updated"):
            return base[: -len(suffix)]
    return "last_updated" if base == "last_updated.txt" else None


def is_howtheyvote(path: Path) -> bool:
    """A zip archive or a folder holding ``members.csv`` (or ``.csv.gz``)."""
    if path.is_dir():
        return any((path / f"members{s}").is_file() for s in (".csv", ".csv.gz"))
    if path.is_file() and path.suffix.casefold() == ".zip" and zipfile.is_zipfile(path):
        try:
            with zipfile.ZipFile(path) as archive:
                return any(_table_names(n) == "members" for n in archive.namelist())
        except (OSError, zipfile.BadZipFile):
            return False
    return False


def _bounded(stream: io.BufferedIOBase | gzip.GzipFile, where: str) -> bytes:
    data = stream.read(MAX_TABLE + 1)
    if len(data) > MAX_TABLE:
        raise BrieferError(
            f"inflates past {MAX_TABLE // 1_000_000} MB: not an export table", file=where
        )
    return data


def _read_bytes(opener, where: str, gz: bool) -> bytes:  # type: ignore[no-untyped-def]
    try:
        with opener() as raw:
            if not gz:
                return _bounded(raw, where)
            with gzip.GzipFile(fileobj=raw) as inflated:
                return _bounded(inflated, where)
    except (gzip.BadGzipFile, EOFError, zipfile.BadZipFile):
        kind = "gzip" if gz else "zip"
        raise BrieferError(f"not a valid {kind} file", file=where, line=1) from None
    except OSError as exc:
        raise BrieferError(f"cannot read it: {exc.strerror or exc}", file=where) from None


def _tables(path: Path) -> dict[str, tuple[str, bytes]]:
    """Each table's (where, bytes) — from the archive or the folder."""
    found: dict[str, tuple[str, bytes]] = {}
    if path.is_dir():
        for child in sorted(path.iterdir()):
            table = _table_names(child.name)
            if table and table not in found:
                where = str(child)
                gz = child.name.endswith(".gz")
                found[table] = (where, _read_bytes(lambda c=child: c.open("rb"), where, gz))
        return found
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            table = _table_names(info.filename)
            if table and table not in found:
                where = f"{path}/{info.filename}"
                gz = info.filename.endswith(".gz")
                data = _read_bytes(lambda i=info: archive.open(i), where, gz)
                found[table] = (where, data)
    return found


def _rows(table: str, where: str, data: bytes) -> list[tuple[int, dict[str, str]]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise BrieferError("not UTF-8 text", file=where, line=line) from None
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [h.strip() for h in reader.fieldnames or []]
    missing = [c for c in TABLES[table] if c not in header]
    if missing:
        raise BrieferError(f"missing columns: {', '.join(missing)}", file=where, line=1)
    reader.fieldnames = header
    return [
        (reader.line_num, {k: clean_text(v) for k, v in row.items() if isinstance(k, str)})
        for row in reader
    ]


def import_howtheyvote(path: Path) -> MepImport:
    """The current MEPs of the export at ``path`` (see the module's description)."""
    tables = _tables(path)
    for table in TABLES:
        if table not in tables:
            raise BrieferError(f"the export has no {table}.csv table", file=path)
    found = MepImport()
    if "last_updated" in tables:
        stamp = tables["last_updated"][1][:40].decode("ascii", "replace").strip()
        found.note["data_date"] = stamp[:10]
    rows = {name: _rows(name, *tables[name]) for name in TABLES}
    countries = {r["code"]: r["label"] for _, r in rows["countries"]}
    groups = {r["code"]: r["label"] for _, r in rows["groups"]}
    current: dict[str, str] = {}
    where = tables["group_memberships"][0]
    for line, row in rows["group_memberships"]:
        if row.get("end_date"):
            continue
        if row["group_code"] not in groups:
            found.problems.append(
                f"{where}:{line}: group_code: '{row['group_code'][:20]}' is not in groups.csv"
            )
            continue
        current[row["member_id"]] = groups[row["group_code"]]
    where = tables["members"][0]
    seen: set[str] = set()
    for line, row in rows["members"]:
        number = row["id"]
        if not number.isdigit():
            found.problems.append(f"{where}:{line}: id: '{short_name(number, 20)}' is not a number")
            continue
        if number in seen:
            found.problems.append(f"{where}:{line}: id: {number} is listed twice")
            continue
        seen.add(number)
        if number not in current:
            continue  # a former member
        member = _member(row, countries, current[number])
        problem = too_long(member)
        if problem is not None:
            name, length, limit = problem
            found.problems.append(f"{where}:{line}: {name}: {length} characters, at most {limit}")
            continue
        found.members.append(member)
    return found


def _member(row: dict[str, str], countries: dict[str, str], group: str) -> Legislator:
    first, last = row["first_name"], row["last_name"]
    if last.isupper():  # some sources write family names in capitals
        last = last.title()
    return Legislator(
        id=f"mep-{row['id']}",
        name=" ".join(part for part in (first, last) if part),
        first=first,
        last=last,
        title="MEP",
        chamber="European Parliament",
        state=countries.get(row["country_code"], row["country_code"]),
        district="",
        party=group,
        committees=(),
        office="",
        phone="",
        email=row.get("email", ""),
        url="",
        source=HOWTHEYVOTE,
    )
