"""The ZIP -> congressional district table: stored, looked up (read by :mod:`.zip_file`).

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
import re
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from briefer.support.errors import BrieferError
from briefer.support.fileio import write_database
from briefer.support.resources import user_data_dir

if TYPE_CHECKING:
    import sqlite3

STORE_NAME = "zips.sqlite"
STORE_VERSION = 1
_REIMPORT = "run `briefer legislators import zccd.csv` to import the ZIP data"
STATE_NAMES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa",
    "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland",
    "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi",
    "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire",
    "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina",
    "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
    "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee",
    "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington",
    "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming", "DC": "the District of Columbia",
    "PR": "Puerto Rico", "AS": "American Samoa", "GU": "Guam",
    "MP": "the Northern Mariana Islands", "VI": "the U.S. Virgin Islands",
}  # fmt: skip
STATES = frozenset(STATE_NAMES)
_ZIP = re.compile(r"(\d{5})(?:-(\d{4}))?")


@dataclass(frozen=True, order=True)
class District:
    """A House seat as the directory names it: ``District("NH", "2")``, ``("VT", "At-large")``."""

    state: str
    district: str

    def code(self) -> str:
        """'NH-2', 'VT-AL'."""
        return f"{self.state}-{'AL' if self.district == 'At-large' else self.district}"

    def label(self) -> str:
        """The seat as a sentence names it: 'NH-2'; an at-large seat by its state, 'Vermont, at
        large' (never 'VT-AL', a code for searching)."""
        if self.district != "At-large":
            return self.code()
        return f"{STATE_NAMES.get(self.state, self.state)}, at large"


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


def district_order(district: District) -> tuple[str, int]:
    return (district.state, int(district.district) if district.district.isdigit() else 0)


@dataclass(frozen=True)
class ZipData:
    """The table as read: each ZIP's districts, sorted."""

    zips: dict[str, tuple[District, ...]]
    rows: int

    def spanning(self) -> int:
        """How many ZIPs lie in more than one district."""
        return sum(1 for districts in self.zips.values() if len(districts) > 1)


# --- the store ------------------------------------------------------------------------------


def default_zips_path() -> Path:
    """Beside the legislator directory in the user data folder."""
    return user_data_dir() / STORE_NAME


def save_zips(data: ZipData, as_of: dt.date, source: str = "", target: Path | None = None) -> Path:
    """Write the table to a new database beside ``target``, then rename it over the old one."""
    target = Path(target) if target is not None else default_zips_path()
    write_database(target, lambda c: _fill(c, data, as_of, source), "the ZIP data")
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
        return tuple(sorted((District(s, d) for s, d in rows), key=district_order))

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
