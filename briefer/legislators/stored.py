"""The stored legislator directory: one SQLite file, read only as far as a question needs.

Congress, every state legislature and the MEPs make ~9,000 members: reading them all costs
~0.3 s, more than a whole `briefer build`. So a build asks the file for the one member its
brief names (an id or name index), a state's members are read when that state is asked for,
and a name search reads only the members' folded names and keys (a few ms), making full
records only of the answers. The app and the build keep the opened directory while the file
is unchanged. A store written by an older Briefer (``legislators.json``) is converted once.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from briefer.legislators.model import Legislator
from briefer.legislators.store import INDEX_VERSION, Directory, Entry, entry_of
from briefer.legislators.store_json import (
    REIMPORT,
    committee_names,
    from_json,
    is_clean,
    member_item,
    member_of,
    seat_maker,
)
from briefer.support.errors import BrieferError
from briefer.support.fileio import write_database
from briefer.support.resources import user_data_dir

FORMAT = "briefer-legislators-db"
VERSION = "1"
STORE_NAME = "legislators.sqlite3"
OLD_STORE_NAME = "legislators.json"  # Briefer's store before the SQLite one
_CHUNK = 500  # at most this many values in one query (older SQLite allow 999)
_MEMBER = "idkey, data FROM members"  # what a member is made from
_ENTRY = "idkey, keys, hay, last, name, id FROM members"  # what a name search sees of one
_MAGIC = b"SQLite format 3\x00"

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE members (
    n INTEGER PRIMARY KEY, idkey TEXT NOT NULL, state TEXT NOT NULL, keys TEXT NOT NULL,
    hay TEXT NOT NULL, last TEXT NOT NULL, name TEXT NOT NULL, id TEXT NOT NULL,
    data TEXT NOT NULL);
CREATE TABLE names (key TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (key, n)) WITHOUT ROWID;
CREATE TABLE committees (id TEXT PRIMARY KEY, name TEXT NOT NULL, parent TEXT) WITHOUT ROWID;
"""
_INDEXES = (
    "CREATE INDEX members_id ON members (idkey); CREATE INDEX members_state ON members (state);"
)


def default_store_path() -> Path:
    """Where the imported directory lives; ``$BRIEFER_DATA_DIR`` overrides the user data folder."""
    return user_data_dir() / STORE_NAME


def save(directory: Directory, path: Path | None = None) -> Path:
    """Write the directory to a new file beside ``path``, then rename it over the old one."""
    target = Path(path) if path is not None else default_store_path()
    return write_database(target, lambda c: _fill(c, directory), "the legislator list")


def _fill(connection: sqlite3.Connection, directory: Directory) -> None:
    connection.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
    items = [member_item(m) for m in directory.members]
    entries = [entry_of(m) for m in directory.members]
    names, parents = committee_names(directory)
    with connection:
        connection.executemany(
            "INSERT INTO members VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                _row(n, m, e, item)
                for n, (m, e, item) in enumerate(
                    zip(directory.members, entries, items, strict=True)
                )
            ),
        )
        connection.executemany(
            "INSERT OR IGNORE INTO names VALUES (?, ?)",
            ((key, n) for n, e in enumerate(entries) for key in e.keys),
        )
        connection.executemany(
            "INSERT INTO committees VALUES (?, ?, ?)",
            ((cid, name, parents.get(cid)) for cid, name in names.items()),
        )
        meta = {
            "format": FORMAT,
            "version": VERSION,
            "index_version": str(INDEX_VERSION),
            "texts": "clean" if all(is_clean(item) for item in items) else "",
            "members": str(len(items)),
            "committees": str(len(directory.committees)),
            "sources": json.dumps(directory.sources, ensure_ascii=False),
            "search": "\n".join(e.hay for e in entries),  # a name search scans it first
        }
        connection.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
    connection.executescript(_INDEXES)


def _row(n: int, m: Legislator, e: Entry, item: dict[str, Any]) -> tuple[Any, ...]:
    data = json.dumps(item, ensure_ascii=False, separators=(",", ":"))
    keys = "\n".join(sorted(e.keys))
    return (n, m.id.casefold(), m.state.casefold(), keys, e.hay, e.last, e.name, e.id, data)


class StoredDirectory(Directory):
    """The directory in a store file, each part read at its first use (then kept)."""

    def __init__(self, path: Path, meta: dict[str, str]) -> None:
        super().__init__([], None, json.loads(meta["sources"]))
        self.path = path
        self._count = int(meta["members"])
        self._clean = meta.get("texts") == "clean"
        self._made: dict[str, Legislator] = {}  # by id, casefolded
        self._states: dict[str, list[Legislator]] = {}
        self._all: tuple[Legislator, ...] | None = None
        self._known: dict[str, str] = {}  # the committees read so far: id -> name
        self._parents: dict[str, str | None] = {}
        self._all_committees = False
        self._seat = seat_maker(self._known, self._parents)
        self._read_entries: dict[int, Entry] = {}
        self._stale = False  # an entry read did not match the search text: the file changed

    def _rows(self, sql: str, args: Sequence[Any] = ()) -> list[Any]:
        try:
            connection = _connect(self.path)
        except sqlite3.Error as exc:
            raise _damaged(self.path, exc) from None
        try:
            return connection.execute(sql, args).fetchall()
        except sqlite3.Error as exc:
            raise _damaged(self.path, exc) from None
        finally:
            connection.close()

    def _make(self, rows: list[tuple[str, str]]) -> list[Legislator]:
        """Members from (idkey, data) rows, each made once (with the committees they sit on)."""
        try:
            items = [(n, json.loads(data)) for n, data in rows if n not in self._made]
            needed = {str(c) for _, item in items for c in item.get("committees", {})}
        except (TypeError, ValueError, AttributeError) as exc:
            raise _damaged(self.path, exc) from None
        self._read_committees(needed - self._known.keys())
        for n, item in items:
            try:
                self._made[n] = member_of(item, self._seat, self._clean)
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                raise _damaged(self.path, exc) from None
        return [self._made[n] for n, _ in rows]

    def _read_committees(self, ids: set[str] | None) -> None:
        """The names and parents of these committees (None: of all)."""
        if ids is None:
            found = self._rows("SELECT id, name, parent FROM committees")
        else:
            found, wanted = [], sorted(ids)
            for chunk in range(0, len(wanted), _CHUNK):
                part = wanted[chunk : chunk + _CHUNK]
                marks = ",".join("?" * len(part))
                sql = f"SELECT id, name, parent FROM committees WHERE id IN ({marks})"
                found += self._rows(sql, part)
        for cid, name, parent in found:
            self._known[cid] = name
            if parent:
                self._parents[cid] = parent

    @property
    def members(self) -> tuple[Legislator, ...]:
        if self._all is None:
            self._all = tuple(self._make(self._rows(f"SELECT {_MEMBER} ORDER BY n")))
        return self._all

    @property
    def committees(self) -> dict[str, str]:
        if not self._all_committees:
            self._read_committees(None)
            self._all_committees = True
        return dict(self._known)

    def first(self) -> Legislator | None:
        found = self._make(self._rows(f"SELECT {_MEMBER} ORDER BY n LIMIT 1"))
        return found[0] if found else None

    def __len__(self) -> int:
        return self._count

    def in_state(self, state: str) -> list[Legislator]:
        key = state.casefold()
        if key not in self._states:
            rows = self._rows(f"SELECT {_MEMBER} WHERE state = ? ORDER BY n", (key,))
            self._states[key] = self._make(rows)
        return self._states[key]

    def _with_id(self, key: str) -> Legislator | None:
        found = self._make(self._rows(f"SELECT {_MEMBER} WHERE idkey = ?", (key,)))
        return found[0] if found else None

    def _only_with_name(self, key: str) -> Legislator | None:
        rows = self._rows(
            "SELECT m.idkey, m.data FROM names JOIN members m USING (n) WHERE key = ? LIMIT 2",
            (key,),
        )
        return self._make(rows)[0] if len(rows) == 1 else None

    def name_entries(self) -> list[Entry]:
        if self._entries is None:
            rows = self._rows(f"SELECT n, {_ENTRY} ORDER BY n")
            self._read_entries.update((row[0], _entry(row)) for row in rows)
            self._entries = [self._read_entries[row[0]] for row in rows]
        return self._entries

    def _entries_at(self, numbers: list[int]) -> list[Entry]:
        """The entries of the search text's lines ``numbers``. Should an import have replaced
        the file since the text was read, a line's entry may be another member's: it is then
        scored by its own text and keys and made by its own id, so a search may miss a member
        but never gives one for another."""
        wanted = [n for n in numbers if n not in self._read_entries]
        if len(wanted) > _CHUNK:  # most of them: one pass over the table is quicker
            self.name_entries()
            wanted = []
        if wanted:
            marks = ",".join("?" * len(wanted))
            blob, starts = self._searchable()
            for row in self._rows(f"SELECT n, {_ENTRY} WHERE n IN ({marks})", wanted):
                n, entry = row[0], _entry(row)
                self._read_entries[n] = entry
                self._stale |= entry.hay != blob[starts[n] : starts[n + 1] - 1]
        return [self._read_entries[n] for n in numbers if n in self._read_entries]

    def find(self, text: str, limit: int = 20) -> list[Legislator]:
        found = super().find(text, limit)
        if self._stale:  # the file was replaced since its search text was read: read it again
            self._stale, self._search, self._entries = False, None, None
            self._read_entries = {}
            found = super().find(text, limit)
        return found

    def _search_text(self) -> str:
        found = self._rows("SELECT value FROM meta WHERE key = 'search'")
        if not found:
            raise _damaged(self.path, "no search text")
        return str(found[0][0])

    def resolve(self, refs: Sequence[Any]) -> list[Legislator]:
        """The members of these ids (refs); one that is no longer in the file is left out."""
        wanted = [key for key in dict.fromkeys(refs) if key not in self._made]
        for chunk in range(0, len(wanted), _CHUNK):
            part = wanted[chunk : chunk + _CHUNK]
            marks = ",".join("?" * len(part))
            self._make(self._rows(f"SELECT {_MEMBER} WHERE idkey IN ({marks})", part))
        return [self._made[key] for key in refs if key in self._made]


def _entry(row: tuple[Any, ...]) -> Entry:
    _n, idkey, keys, *rest = row
    return Entry(idkey, frozenset(key for key in keys.split("\n") if key), *rest)


def _connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)


def _damaged(path: Path, exc: object) -> BrieferError:
    return BrieferError(f"the legislator list is damaged ({exc}); {REIMPORT}", file=path)


def load(path: Path | None = None) -> Directory:
    """The stored directory (opened: members are read as they are asked for); a missing store
    tells the user how to import one, an older Briefer's is converted (once, for the default)."""
    source = Path(path) if path is not None else default_store_path()
    if path is None:
        convert_old_store()
    try:
        with source.open("rb") as file:
            head = file.read(len(_MAGIC))
    except FileNotFoundError:
        raise BrieferError(f"no legislators imported yet; {REIMPORT}", file=source) from None
    except OSError as exc:
        reason = exc.strerror or exc
        raise BrieferError(f"cannot read the legislator list: {reason}", file=source) from None
    if head != _MAGIC:
        return _load_json(source)
    try:
        connection = _connect(source)
        try:
            meta = dict(connection.execute("SELECT key, value FROM meta").fetchall())
        finally:
            connection.close()
    except sqlite3.Error as exc:
        raise _damaged(source, exc) from None
    if meta.get("format") != FORMAT or meta.get("version") != VERSION:
        raise BrieferError(
            f"the legislator list is from another version of Briefer; {REIMPORT}", file=source
        )
    try:
        opened = StoredDirectory(source, meta)
    except (KeyError, ValueError, TypeError) as exc:
        raise _damaged(source, exc) from None
    if meta.get("index_version") != str(INDEX_VERSION):  # name keys made by an older fold()
        return Directory(opened.members, opened.committees, opened.sources)
    return opened


def _load_json(source: Path) -> Directory:
    try:
        text = source.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or exc
        raise BrieferError(f"cannot read the legislator list: {reason}", file=source) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BrieferError(
            f"the legislator list is damaged; {REIMPORT}", file=source, line=exc.lineno
        ) from None
    try:
        return from_json(data)
    except BrieferError as exc:
        raise BrieferError(exc.message, file=source) from None


def convert_old_store() -> bool:
    """An older Briefer's ``legislators.json`` in the user data folder, written as the new store
    and removed (when there is no new store yet); whether there was one to convert."""
    new = default_store_path()
    old = new.with_name(OLD_STORE_NAME)
    if new.exists() or not old.is_file():
        return False
    try:
        directory = _load_json(old)
    except BrieferError:
        return False  # a damaged old store: left as it is, and the user is told to import
    save(directory, new)
    with contextlib.suppress(OSError):
        old.unlink()
    return True
