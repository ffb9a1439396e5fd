"""The meeting log's SQLite file: where it lives, opening it safely, and its schema's migrations.

The file is ``<user data>/meetings/log.sqlite3``, in a folder only the user may enter (0700), the
file itself 0600. It runs in WAL mode with a busy timeout, so the app and the command line can have
it open at once. ``PRAGMA user_version`` holds the schema version; each migration runs in one
transaction after a copy of the file is made with SQLite's backup API. A file that is not a Briefer
log, is damaged, or was written by a newer Briefer is reported and never written to.
"""

from __future__ import annotations

import atexit
import contextlib
import datetime as dt
import os
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

from briefer.meetings.schema import MIGRATIONS
from briefer.support.errors import BrieferError
from briefer.support.fileio import make_private
from briefer.support.resources import user_data_dir

FOLDER = "meetings"
FILE = "log.sqlite3"
BACKUPS = "backups"
APPLICATION_ID = 0x42524C47  # "BRLG": marks the file as a Briefer meeting log
BUSY_MS = 5000
HEADER = b"SQLite format 3\x00"

VERSION = len(MIGRATIONS)


def log_folder() -> Path:
    return user_data_dir() / FOLDER


def log_path() -> Path:
    """Where the meeting log lives (``BRIEFER_DATA_DIR`` moves it, as for the directory)."""
    return log_folder() / FILE


def _private_folder(folder: Path) -> None:
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(folder, 0o700)
    except OSError as exc:
        raise BrieferError(
            f"cannot create the folder: {exc.strerror or exc}", file=folder
        ) from None


def _check_header(path: Path) -> None:
    """Refuse a file that is not an SQLite database before SQLite touches it."""
    try:
        with path.open("rb") as handle:
            head = handle.read(len(HEADER))
    except OSError as exc:
        raise BrieferError(
            f"cannot read the meeting log: {exc.strerror or exc}", file=path
        ) from None
    if head and head != HEADER:
        raise damaged(path, "it is not an SQLite database")


def damaged(path: Path | str, why: str) -> BrieferError:
    return BrieferError(
        f"the meeting log is damaged or not a Briefer log ({why}); it was left as it is — "
        "move it away to start a new log, or restore a copy from its backups folder",
        file=path,
    )


class LogBusy(BrieferError):
    """Another Briefer held the log longer than the busy timeout (a writer may try again)."""


def translate(exc: sqlite3.Error, path: Path | str) -> BrieferError:
    """An SQLite failure as one line the user can act on."""
    text = str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__
    if isinstance(exc, sqlite3.OperationalError) and "locked" in text:
        return LogBusy(
            "the meeting log is busy (another Briefer is writing to it); try again", file=path
        )
    if isinstance(exc, sqlite3.DatabaseError) and (
        "malformed" in text or "not a database" in text or "corrupt" in text
    ):
        return damaged(path, text)
    return BrieferError(f"the meeting log cannot be used: {text}", file=path)


class Log:
    """An open meeting log. Use as a context manager, or call :meth:`close`."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else log_path()
        self.stamp: tuple[int, int] | None = None
        self._closed = False
        _private_folder(self.path.parent)
        fresh = not self.path.exists() or self.path.stat().st_size == 0
        if fresh:
            self._create_private_file()
        else:
            make_private(self.path, folder=False)  # one made 0644 by hand is tightened
            if not _opened(self.path):  # see _OPENED
                _check_header(self.path)
        try:
            self.conn = sqlite3.connect(self.path, timeout=BUSY_MS / 1000, isolation_level=None)
        except sqlite3.Error as exc:
            raise translate(exc, self.path) from None
        try:
            self._configure()
            self._migrate()
        except sqlite3.Error as exc:
            self.conn.close()
            raise translate(exc, self.path) from None
        except BrieferError:
            self.conn.close()
            raise
        _open_count(self.path, +1)

    def _create_private_file(self) -> None:
        try:
            fd = os.open(self.path, os.O_CREAT | os.O_WRONLY, 0o600)
            os.close(fd)
            os.chmod(self.path, 0o600)
        except OSError as exc:
            raise BrieferError(
                f"cannot create the meeting log: {exc.strerror or exc}", file=self.path
            ) from None

    def _configure(self) -> None:
        c = self.conn
        c.execute(f"PRAGMA busy_timeout = {BUSY_MS}")
        app_id = c.execute("PRAGMA application_id").fetchone()[0]
        version = c.execute("PRAGMA user_version").fetchone()[0]
        if app_id not in (0, APPLICATION_ID):
            raise damaged(self.path, "it belongs to another program")
        if (
            app_id == 0
            and version == 0
            and c.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        ):
            raise damaged(self.path, "it holds tables of another program")
        if version > VERSION:
            raise BrieferError(
                f"the meeting log was written by a newer version of Briefer (log version "
                f"{version}; this version reads up to {VERSION}); update Briefer — the file was "
                "left as it is",
                file=self.path,
            )
        if c.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            c.execute("PRAGMA journal_mode = WAL")
        c.execute("PRAGMA synchronous = NORMAL")  # WAL: a killed process loses nothing committed
        no_checkpoint = getattr(sqlite3, "SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE", None)
        if no_checkpoint is not None and hasattr(c, "setconfig"):  # Python 3.12+
            c.setconfig(no_checkpoint, True)  # closing costs no fsync; SQLite checkpoints later
        c.execute("PRAGMA foreign_keys = ON")

    def _migrate(self) -> None:
        c = self.conn
        version = c.execute("PRAGMA user_version").fetchone()[0]
        if version == VERSION:
            return
        if version > 0:
            self.backup(f"before-v{VERSION}")
        c.execute("BEGIN IMMEDIATE")
        try:
            version = c.execute("PRAGMA user_version").fetchone()[0]  # another process may have
            for step in range(version, VERSION):
                for statement in MIGRATIONS[step]:
                    c.execute(statement)
            c.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            c.execute(f"PRAGMA user_version = {VERSION}")
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise

    def backup(self, label: str) -> Path:
        """A consistent copy of the log in the backups folder (0600), made with the backup API."""
        folder = self.path.parent / BACKUPS
        _private_folder(folder)
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
        target = folder / f"log-{stamp}-{label}.sqlite3"
        fd = os.open(target, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        os.close(fd)
        copy = sqlite3.connect(target)
        try:
            self.conn.backup(copy)
        finally:
            copy.close()
        os.chmod(target, 0o600)
        return target

    @property
    def version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One transaction: everything inside is written, or nothing is."""
        c = self.conn
        try:
            c.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise translate(exc, self.path) from None
        try:
            yield c
        except sqlite3.Error as exc:
            with contextlib.suppress(sqlite3.Error):
                c.execute("ROLLBACK")
            raise translate(exc, self.path) from None
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                c.execute("ROLLBACK")
            raise
        try:
            c.execute("COMMIT")
        except sqlite3.Error as exc:
            with contextlib.suppress(sqlite3.Error):
                c.execute("ROLLBACK")
            raise translate(exc, self.path) from None

    def read(self, sql: str, params: tuple | dict = ()) -> list[sqlite3.Row]:
        try:
            cursor = self.conn.execute(sql, params)
            cursor.row_factory = sqlite3.Row
            return cursor.fetchall()
        except sqlite3.Error as exc:
            raise translate(exc, self.path) from None

    def rows(self, sql: str, params: tuple | dict = ()) -> list[tuple]:
        """Plain tuples (faster than named rows, for long lists)."""
        try:
            return self.conn.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise translate(exc, self.path) from None

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        if not self._closed:
            _open_count(self.path, -1)
        self._closed = True
        self.conn.close()

    def __enter__(self) -> Log:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


# The logs this process has open, by file. Reading the header opens and closes the file, and
# closing any descriptor of a file drops every POSIX lock the process holds on it — among them
# the lock by which an open connection tells other processes it is there. `briefer log` closing
# then took itself for the last user, checkpointed and deleted the -wal and -shm files under the
# app's open connection ("disk I/O error" in the Meetings window). A file open here was checked.
_OPENED: dict[str, int] = {}
_OPENED_LOCK = threading.Lock()


def _key(path: Path) -> str:
    return os.path.realpath(path)


def _opened(path: Path) -> bool:
    with _OPENED_LOCK:
        return _OPENED.get(_key(path), 0) > 0


def _open_count(path: Path, step: int) -> None:
    with _OPENED_LOCK:
        key = _key(path)
        _OPENED[key] = max(0, _OPENED.get(key, 0) + step)


def open_log(path: Path | None = None) -> Log:
    return Log(path)


_SHARED = threading.local()
_OPEN: list[Log] = []  # every thread's shared log, closed at exit (not left to the collector)


def shared_log(path: Path | None = None) -> Log:
    """This thread's open log, kept between calls so that recording a page costs one
    transaction, not an open and a close (closing the last connection checkpoints the WAL, with
    two fsyncs). Opened again when the file was moved or replaced; one per thread (SQLite
    connections stay on their thread)."""
    path = Path(path) if path is not None else log_path()
    try:
        stamp = (path.stat().st_ino, path.stat().st_dev)
    except OSError:
        stamp = None
    cached = getattr(_SHARED, "log", None)
    if cached is not None and (cached.path != path or cached.stamp != stamp or stamp is None):
        with contextlib.suppress(sqlite3.Error):
            cached.close()
        cached = None
    if cached is None:
        cached = Log(path)
        stat = path.stat()
        cached.stamp = (stat.st_ino, stat.st_dev)
        _SHARED.log = cached
        with _LOCK:
            _OPEN[:] = [log for log in _OPEN if not log.closed]
            _OPEN.append(cached)
    return cached


_LOCK = threading.Lock()


@atexit.register
def _close_all() -> None:
    for log in list(_OPEN):
        with contextlib.suppress(Exception):
            log.conn.close()
    _OPEN.clear()


def forget_shared() -> None:
    """Close this thread's shared log (tests; before moving the file away)."""
    cached = getattr(_SHARED, "log", None)
    if cached is not None:
        with contextlib.suppress(sqlite3.Error):
            cached.close()
        _SHARED.log = None
