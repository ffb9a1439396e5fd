"""Writing files safely: the one place that writes a user's file."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from briefer.errors import BrieferError


def check_writable_folder(path: Path) -> None:
    """Raise a BrieferError before any work is done if ``path`` cannot be written."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.exists():
        raise BrieferError("the folder does not exist", file=path)
    if not folder.is_dir():
        raise BrieferError(f"{folder} is not a folder", file=path)
    if path.is_dir():
        raise BrieferError("is a folder, not a file", file=path)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise BrieferError("the folder cannot be written (permission denied)", file=path)


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that the old file is replaced only by a complete new one."""
    path = Path(path)
    check_writable_folder(path)
    folder = path.parent if str(path.parent) else Path(".")
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
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


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
