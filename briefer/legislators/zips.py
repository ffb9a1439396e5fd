"""The ZIP -> congressional district table: read from the public CSV, stored, looked up.

The file is the ZCTA-to-district table (``state_fips,state_abbr,zcta,cd``: one row per ZIP and
district, ``cd`` 0 for an at-large seat), recognised by its header. It is stored as a small
SQLite database beside the legislator directory (``zips.sqlite``) and opened only when a ZIP is
looked up, so the directory and a plain ``briefer build`` never pay for it.

Caveats the callers respect: ZCTAs are not exactly USPS ZIPs (PO-box-only ZIPs are missing), a
ZIP may span districts (and a few span states), and district maps change, so the data's date is
kept and shown.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from briefer.errors import BrieferError
from briefer.resources import user_data_dir

if TYPE_CHECKING:
    import sqlite3

COLUMNS = ("state_fips", "state_abbr", "zcta", "cd")
STORE_NAME = "zips.sqlite"
STORE_VERSION = 1
MAX_BYTES = 20_000_000
_REIMPORT = "run `briefer legislators import zccd.csv` to import the ZIP data"
_AT_LARGE = {0, 98}  # 0 in this file; 98 is the Census code for a non-voting delegate's seat
_STATE_CODES = """AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE
NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR AS GU MP VI"""
STATES = frozenset(_STATE_CODES.split())
_ZIP = re.compile(r"(\d{5})(?:-(\d{4}))?")
_PLAIN_ROW = re.compile(r"(\d\d),([A-Z]{2}),(\d{5}),(\d{1,2})")


@dataclass(frozen=True, order=True)
class District:
    """A House seat as the directory names it: ``District("NH", "2")``, ``("VT", "At-large")``."""

    state: str
    district: str

    def code(self) -> str:
        """'NH-2', 'VT-AL'."""
        return f"{self.state}-{'AL' if self.district == 'At-large' else self.district}"


def normalize_zip(text: str) -> str:
    """The five-digit ZIP of '03301' or '03301-1234'; anything else raises a ValueError whose
    message the user can act on (no file or line: the caller adds them)."""
    value = str(text).strip()
    match = _ZIP.fullmatch(value)
    if match:
        return match.group(1)
    if not value:
        raise ValueError("the ZIP is empty")
    digits = value.replace(" ", "")
    if re.search(r"[^\d-]", digits):
        raise ValueError(f"'{value}' is not a ZIP: use five digits, like 03301")
    if digits.isdigit() and len(digits) == 9:
        raise ValueError(
            f"'{value}' has nine digits: write a ZIP+4 with a dash ({value[:5]}-{value[5:]})"
        )
    if digits.isdigit() and len(digits) == 4:
        raise ValueError(
            f"'{value}' has four digits: a ZIP has five (a spreadsheet may have dropped a "
            f"leading zero: 0{value}?)"
        )
    raise ValueError(f"'{value}' is not a ZIP: use five digits (03301) or ZIP+4 (03301-1234)")


def _district(cd: int) -> str:
    return "At-large" if cd in _AT_LARGE else str(cd)


# --- reading the CSV ------------------------------------------------------------------------


def header_of(path: Path) -> list[str] | None:
    """The first line's column names (lower case), or None if the file cannot be read as text."""
    import csv

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


@dataclass(frozen=True)
class ZipData:
    """The table as read: each ZIP's districts, sorted."""

    zips: dict[str, tuple[District, ...]]
    rows: int

    def spanning(self) -> int:
        """How many ZIPs lie in more than one district."""
        return sum(1 for districts in self.zips.values() if len(districts) > 1)


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
    import csv

    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise BrieferError(f"file is too large (over {MAX_BYTES // 1_000_000} MB)", file=path)
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise BrieferError("file not found", file=path) from None
    except UnicodeDecodeError:
        raise BrieferError("not a text file (expected UTF-8 CSV)", file=path) from None
    except OSError as exc:
        raise BrieferError(f"cannot read: {exc.strerror or exc}", file=path) from None
    lines = text.splitlines()
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
    return ZipData({z: tuple(sorted(d, key=_order)) for z, d in found.items()}, rows)


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


def _order(district: District) -> tuple[str, int]:
    return (district.state, int(district.district) if district.district.isdigit() else 0)


# --- the store ------------------------------------------------------------------------------


def default_zips_path() -> Path:
    """Beside the legislator directory in the user data folder."""
    return user_data_dir() / STORE_NAME


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


def import_zips(source: Path, as_of: dt.date | None = None, target: Path | None = None) -> Imported:
    """Read ``source`` whole, then replace the stored table in one step: a bad file leaves the
    data that was there untouched."""
    data = read_zip_csv(source)
    as_of = as_of or file_date(source)
    path = save_zips(data, as_of, Path(source).name, target)
    return Imported(path, len(data.zips), data.rows, data.spanning(), as_of)


def save_zips(data: ZipData, as_of: dt.date, source: str = "", target: Path | None = None) -> Path:
    """Write the table to a new database beside ``target``, then rename it over the old one."""
    import contextlib
    import sqlite3
    import tempfile

    target = Path(target) if target is not None else default_zips_path()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        os.close(fd)
    except OSError as exc:
        raise BrieferError(f"cannot write: {exc.strerror or exc}", file=target) from None
    try:
        connection = sqlite3.connect(tmp_name)
        try:
            _fill(connection, data, as_of, source)
        finally:
            connection.close()
        os.replace(tmp_name, target)
        tmp_name = None
    except (OSError, sqlite3.Error) as exc:
        raise BrieferError(f"cannot write the ZIP data: {exc}", file=target) from None
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
    _open_cached.cache_clear()
    return target


def _fill(connection: sqlite3.Connection, data: ZipData, as_of: dt.date, source: str) -> None:
    connection.executescript(
        "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;"
        "CREATE TABLE zips (zip TEXT NOT NULL, state TEXT NOT NULL, district TEXT NOT NULL,"
        " PRIMARY KEY (zip, state, district)) WITHOUT ROWID;"
    )
    with connection:
        connection.executemany(
            "INSERT INTO zips VALUES (?, ?, ?)",
            ((z, d.state, d.district) for z, districts in data.zips.items() for d in districts),
        )
        meta = {
            "format": "briefer-zips",
            "version": str(STORE_VERSION),
            "as_of": as_of.isoformat(),
            "source": source,
            "zips": str(len(data.zips)),
            "rows": str(data.rows),
            "imported": dt.datetime.now(dt.UTC).date().isoformat(),
        }
        connection.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())


class ZipTable:
    """The stored table, opened (read-only) at the first lookup; safe to share between threads."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._connection: sqlite3.Connection | None = None
        self._meta: dict[str, str] = {}
        self._lock = threading.Lock()

    def _db(self) -> sqlite3.Connection:
        if self._connection is None:
            import sqlite3

            try:
                connection = sqlite3.connect(
                    f"{self.path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False
                )
                meta = dict(connection.execute("SELECT key, value FROM meta").fetchall())
            except sqlite3.Error as exc:
                raise BrieferError(
                    f"the ZIP data cannot be read ({exc}); {_REIMPORT}", file=self.path
                ) from None
            if meta.get("format") != "briefer-zips" or meta.get("version") != str(STORE_VERSION):
                connection.close()
                raise BrieferError(
                    f"the ZIP data is from another version; {_REIMPORT}", file=self.path
                )
            self._meta, self._connection = meta, connection
        return self._connection

    def lookup(self, zip_code: str) -> tuple[District, ...]:
        """The districts of a ZIP (ZIP+4 accepted), in order; () for a ZIP not in the data.
        A malformed ZIP raises a ValueError with the user's message."""
        five = normalize_zip(zip_code)
        with self._lock:
            rows = (
                self._db()
                .execute("SELECT state, district FROM zips WHERE zip = ?", (five,))
                .fetchall()
            )
        return tuple(sorted((District(s, d) for s, d in rows), key=_order))

    def __contains__(self, zip_code: str) -> bool:
        return bool(self.lookup(zip_code))

    @property
    def as_of(self) -> dt.date:
        """The date of the data (``--as-of`` at import, else the file's date)."""
        with self._lock:
            self._db()
        return dt.date.fromisoformat(self._meta["as_of"])

    @property
    def zip_count(self) -> int:
        with self._lock:
            self._db()
        return int(self._meta["zips"])

    def close(self) -> None:
        with self._lock:
            if self._connection is not None:
                self._connection.close()
                self._connection = None


def stored_zips(path: Path | None = None) -> ZipTable | None:
    """The imported table (not yet opened), or None when no ZIP data is imported."""
    path = Path(path) if path is not None else default_zips_path()
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        return None
    return _open_cached(path, stamp)


@cache
def _open_cached(path: Path, _stamp: int) -> ZipTable:
    return ZipTable(path)
