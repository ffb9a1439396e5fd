"""Opening the meeting log for a ``briefer log`` command, and the small checks its commands
share (dates given as flags, an output that must be new)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from briefer.support.errors import BrieferError


def open_log(create: bool = True) -> Any:
    """The log; without ``create``, a log not yet made is an error (nothing is created)."""
    from briefer.meetings.db import Log, log_path

    if not create and not log_path().exists():
        raise BrieferError(
            "the meeting log is empty: pages are recorded when you build, export or print them",
            file=log_path(),
        )
    return Log()


def no_log_yet() -> bool:
    from briefer.meetings.db import log_path

    return not log_path().exists()


def _date(text: str | None, flag: str) -> Any:
    if not text:
        return None
    from briefer.support import when

    try:
        return when.parse_date(text)
    except ValueError as exc:
        raise BrieferError(str(exc), field=flag) from None


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def check_new(path: Path, force: bool) -> None:
    if path.exists() and not force:
        raise BrieferError("already exists; use --force to replace it", file=path)
