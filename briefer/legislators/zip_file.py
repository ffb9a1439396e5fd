"""The public ZIP-to-district file (``state_fips,state_abbr,zcta,cd``): recognised by its
header, read whole and checked row by row, then stored by :mod:`briefer.legislators.zips`."""

from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from briefer.legislators.zips import STATES, District, ZipData, district_order, save_zips
from briefer.support.errors import BrieferError
from briefer.support.yamlio import read_text

COLUMNS = ("state_fips", "state_abbr", "zcta", "cd")
MAX_BYTES = 20_000_000
_AT_LARGE = {0, 98}  # 0 in this file; 98 is the Census code for a non-voting delegate's seat
_PLAIN_ROW = re.compile(r"(\d\d),([A-Z]{2}),(\d{5}),(\d{1,2})")


def _district(cd: int) -> str:
    return "At-large" if cd in _AT_LARGE else str(cd)


def header_of(path: Path) -> list[str] | None:
    """The first line's column names (lower case), or None if the file cannot be read as text."""

    try:
        with Path(path).open(encoding="utf-8-sig", newline="") as handle:
            first = handle.readline(4096)
    except (OSError, UnicodeDecodeError):
        return None
    try:
        row = next(csv.reader([first]), [])
    except csv.Error:
        return None
    return [cell.strip().casefold() for cell in row]


def is_zip_file(path: Path) -> bool:
    """True for a CSV whose header names a ``zcta`` column: the ZIP-to-district table."""
    header = header_of(path)
    return bool(header) and "zcta" in header  # type: ignore[operator]


class _Problems:
    """The bad rows of a file: the first is reported with its line, the rest counted."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.first: BrieferError | None = None
        self.count = 0

    def add(self, line: int, field: str, message: str) -> None:
        self.count += 1
        if self.first is None:
            self.first = BrieferError(message, file=self.path, line=line, field=field)

    def raise_any(self) -> None:
        if self.first is None:
            return
        if self.count > 1:
            more = self.count - 1
            self.first.message += f" (and {more} more bad row{'s' if more > 1 else ''})"
        raise self.first


def read_zip_csv(path: Path) -> ZipData:
    """Read and check the whole file; a bad row raises a BrieferError naming its line."""
    path = Path(path)
    lines = read_text(path, max_bytes=MAX_BYTES).splitlines()  # the one reader of text files
    try:
        header = [cell.strip().casefold() for cell in next(csv.reader(lines[:1]))]
    except StopIteration:
        raise BrieferError("the file is empty", file=path, line=1) from None
    except csv.Error as exc:
        raise BrieferError(f"not valid CSV: {exc}", file=path, line=1) from None
    missing = [name for name in COLUMNS if name not in header]
    if missing:
        raise BrieferError(
            f"missing column{'s' if len(missing) > 1 else ''} {', '.join(missing)} "
            f"(the ZIP file's header is {','.join(COLUMNS)})",
            file=path,
            line=1,
        )
    where = [header.index(name) for name in COLUMNS]
    plain = header == list(COLUMNS)  # then a well-formed row matches _PLAIN_ROW: the fast way
    problems = _Problems(path)
    fips_of: dict[str, str] = {}
    seats: dict[tuple[str, str], District] = {}
    found: dict[str, set[District]] = {}
    rows = 0
    for line, raw in enumerate(lines[1:], start=2):
        match = _PLAIN_ROW.fullmatch(raw) if plain else None
        if match:
            fips, state, zcta, cd = match.groups()
            seat = seats.get((state, cd))
            if seat is None and state in STATES:
                seat = seats.setdefault((state, cd), District(state, _district(int(cd))))
            if seat is not None and fips_of.setdefault(state, fips) == fips:
                found.setdefault(zcta, set()).add(seat)
                rows += 1
                continue
        if not raw.strip():
            continue
        try:
            cells = next(csv.reader([raw]))
        except csv.Error as exc:
            raise BrieferError(f"not valid CSV: {exc}", file=path, line=line) from None
        if len(cells) != len(header):
            problems.add(line, "", f"{len(cells)} cells but the header has {len(header)}")
            continue
        fips, state, zcta, cd = (cells[i].strip() for i in where)
        district = _check_row(line, fips, state.upper(), zcta, cd, fips_of, problems)
        if district is not None:
            found.setdefault(zcta, set()).add(district)
            rows += 1
    problems.raise_any()
    if not found:
        raise BrieferError("no ZIP rows under the header", file=path, line=2)
    return ZipData({z: tuple(sorted(d, key=district_order)) for z, d in found.items()}, rows)


def _check_row(
    line: int,
    fips: str,
    state: str,
    zcta: str,
    cd: str,
    fips_of: dict[str, str],
    problems: _Problems,
) -> District | None:
    if not (zcta.isdigit() and len(zcta) == 5):
        hint = " (a spreadsheet may have dropped a leading zero)" if zcta.isdigit() else ""
        problems.add(line, "zcta", f"'{zcta}' is not a five-digit ZIP{hint}")
        return None
    if state not in STATES:
        problems.add(line, "state_abbr", f"'{state}' is not a US state or territory code")
        return None
    if not (fips.isdigit() and len(fips) <= 2):
        problems.add(line, "state_fips", f"'{fips}' is not a state FIPS code (two digits)")
        return None
    known = fips_of.setdefault(state, fips.zfill(2))
    if known != fips.zfill(2):
        problems.add(line, "state_fips", f"{state} is {known} on an earlier line, {fips} here")
        return None
    if not (cd.isdigit() and int(cd) < 100):
        problems.add(line, "cd", f"'{cd}' is not a district number (0 for at-large)")
        return None
    return District(state, _district(int(cd)))


@dataclass(frozen=True)
class Imported:
    path: Path
    zips: int
    rows: int
    spanning: int
    as_of: dt.date


def file_date(path: Path) -> dt.date:
    """The file's modification date: the data's date when ``--as-of`` is not given."""
    return dt.date.fromtimestamp(Path(path).stat().st_mtime)


_NAMED_DATE = re.compile(r"(?<!\d)(\d{4})-?(\d{2})-?(\d{2})(?!\d)")


def stated_date(path: Path) -> dt.date | None:
    """The data's date where the file says it (in its name: ``zccd-2024-11-12.csv``), else
    None: never the file's copy date, which says when it was copied, not published."""
    for match in _NAMED_DATE.finditer(Path(path).name):
        try:
            return dt.date(*(int(part) for part in match.groups()))
        except ValueError:
            continue
    return None


def future_date(as_of: dt.date, today: dt.date) -> str | None:
    """What is wrong with dating the ZIP data ``as_of`` on ``today``: a day still to come (a
    typo, or the wrong field: district maps are dated by the day they were published)."""
    if as_of <= today:
        return None
    return (
        f"{as_of.isoformat()} is in the future (today is {today.isoformat()}); give the date the "
        "ZIP data was published"
    )


def import_zips(source: Path, as_of: dt.date | None = None, target: Path | None = None) -> Imported:
    """Read ``source`` whole, then replace the stored table in one step: a bad file leaves the
    data that was there untouched."""
    data = read_zip_csv(source)
    as_of = as_of or file_date(source)
    path = save_zips(data, as_of, Path(source).name, target)
    return Imported(path, len(data.zips), data.rows, data.spanning(), as_of)
