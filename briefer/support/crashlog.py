"""Unexpected errors go to a log file in the user's data folder, never as a traceback on screen."""

from __future__ import annotations

import datetime as dt
import os
import traceback
from pathlib import Path

from briefer.support.fileio import make_private
from briefer.support.resources import user_data_dir


def data_dir() -> Path:
    """The user's data folder for Briefer (BRIEFER_DATA_DIR overrides it, for tests)."""
    return user_data_dir()


def log_exception(exc: BaseException) -> Path:
    """Append the traceback to briefer.log; returns the log's path (or a note if unwritable)."""
    path = data_dir() / "briefer.log"
    try:  # tracebacks hold paths and names: the user's eyes only (0600 in a 0700 folder)
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        make_private(path)
        handle = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        with os.fdopen(handle, "a", encoding="utf-8") as log:
            log.write(f"--- {dt.datetime.now().isoformat(timespec='seconds')}\n")
            log.write("".join(traceback.format_exception(exc)))
    except OSError:
        return Path("(the log could not be written)")
    return path
