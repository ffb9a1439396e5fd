"""Writing files safely: the one place that writes a user's file."""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from briefer.support.errors import BrieferError

if TYPE_CHECKING:
    import sqlite3


def check_writable_folder(path: Path) -> None:
    """Raise a BrieferError before any work is done if ``path`` cannot be written."""
    folder = path.parent if str(path.parent) else Path(".")
    _check_folder(folder, path)
    if path.is_dir():
        raise BrieferError("is a folder, not a file", file=path)


def _check_folder(folder: Path, file: Path) -> None:
    if not folder.exists():
        raise BrieferError("the folder does not exist", file=file)
    if not folder.is_dir():
        raise BrieferError(f"{folder} is not a folder", file=file)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise BrieferError("the folder cannot be written (permission denied)", file=file)


_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')
# Names Windows keeps for devices, with any extension: "NUL.pdf" is the NUL device there.
_RESERVED = re.compile(r"(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?", re.IGNORECASE)


def safe_file_name(text: str, limit: int = 120) -> str:
    """A file name every file system accepts, never a path: no separators, reserved or control
    characters, no leading or trailing dots and spaces (so no ``..``), no device names such as
    ``CON`` or ``NUL.pdf`` (they get a ``_``), at most ``limit`` characters; '' when nothing is
    left."""
    name = _UNSAFE.sub(" ", text)
    name = re.sub(r"\s+", " ", name).strip(" .")
    name = name[:limit].rstrip(" .")
    match = _RESERVED.fullmatch(name)
    if match:
        name = f"{match.group(1)}_{match.group(2) or ''}"
    return name


def ensure_folder(folder: Path) -> Path:
    """Create ``folder`` and its parents when missing; raise a BrieferError (before any work is
    done) if it is not a folder or cannot be written. The one check for an output folder."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise BrieferError("is a file, not a folder", file=folder) from None
    except OSError as exc:
        raise BrieferError(
            f"cannot create the folder: {exc.strerror or exc}", file=folder
        ) from None
    _check_folder(folder, folder)
    return folder


def inside(folder: Path, name: str) -> Path:
    """``folder / name`` for a plain file name; a BrieferError if it would leave the folder."""
    target = Path(folder) / name
    if name != safe_file_name(name, limit=len(name)) or target.resolve().parent != (
        Path(folder).resolve()
    ):
        raise BrieferError(f"'{name}' is not a plain file name", file=folder)
    return target


def make_private(path: Path, *, folder: bool = True) -> None:
    """A file about people readable only by the user: 0600, its folder 0700 (``folder``);
    existing ones are tightened. A file owned by someone else is left as it is."""
    path = Path(path)
    for target, mode in ((path.parent, 0o700), (path, 0o600)) if folder else ((path, 0o600),):
        try:
            if target.exists() and target.stat().st_mode & 0o777 != mode:
                os.chmod(target, mode)
        except OSError:
            continue


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that the old file is replaced only by a complete new one."""
    path = Path(path)
    check_writable_folder(path)
    folder = path.parent if str(path.parent) else Path(".")
    tmp_name = None
    try:
        remove_stale_temp_files(folder)
        fd, tmp_name = tempfile.mkstemp(
            prefix=f".{path.name}.{TEMP_TAG}", suffix=".tmp", dir=folder
        )
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        mode = path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~_umask()
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, path)
        tmp_name = None
    except OSError as exc:
        raise BrieferError(f"cannot write: {exc.strerror or exc}", file=path) from None
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


def write_database(target: Path, fill: Callable[[sqlite3.Connection], None], what: str) -> Path:
    """Build a SQLite database with ``fill`` in a new file beside ``target``, then rename it over
    the old one: a reader never opens half a database. ``what`` names it in an error."""
    import sqlite3

    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(
            prefix=f".{target.name}.{TEMP_TAG}", suffix=".tmp", dir=target.parent
        )
        os.close(fd)
    except OSError as exc:
        raise BrieferError(f"cannot write: {exc.strerror or exc}", file=target) from None
    try:
        connection = sqlite3.connect(tmp_name)
        try:
            fill(connection)
        finally:
            connection.close()
        os.replace(tmp_name, target)
        tmp_name = ""
    except (OSError, sqlite3.Error) as exc:
        raise BrieferError(f"cannot write {what}: {exc}", file=target) from None
    finally:
        if tmp_name:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
    return target


TEMP_TAG = "briefer-"  # in the name of every temp file Briefer writes: .NAME.briefer-XXXXXXXX.tmp
STALE_AFTER = 60.0  # seconds: a write takes far less, so an older temp file was left by a kill
_TEMP = re.compile(r"^\.(?P<target>.+)\.(?P<tag>briefer-)?[a-z0-9_]{8}\.tmp$")
_CLEANED: dict[str, float] = {}
_CLEANED_LOCK = threading.Lock()


def remove_stale_temp_files(folder: Path, *, now: float | None = None) -> list[str]:
    """Remove the temp files a killed Briefer left in ``folder``; the names removed.

    Only Briefer's own naming (``.NAME.briefer-XXXXXXXX.tmp``, or the older ``.NAME.XXXXXXXX.tmp``
    beside an existing NAME), only regular files of this user, only ones older than a minute, so a
    write in progress elsewhere is never touched. Each folder is looked at once a minute at most.
    """
    now = time.time() if now is None else now
    key = os.path.abspath(folder)
    with _CLEANED_LOCK:
        if now - _CLEANED.get(key, -STALE_AFTER) < STALE_AFTER:
            return []
        _CLEANED[key] = now
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for entry in entries:
        match = _TEMP.match(entry.name)
        if match is None:
            continue
        if not match["tag"] and not os.path.exists(os.path.join(folder, match["target"])):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if not stat.S_ISREG(info.st_mode) or info.st_uid != os.getuid():
                continue
            if now - info.st_mtime < STALE_AFTER:
                continue
            os.unlink(entry.path)
            removed.append(entry.name)
        except OSError:
            continue
    return removed


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
