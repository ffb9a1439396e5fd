"""The date of a data checkout: when its data was taken, not when it was imported.

An Open States checkout is dated by its commit: a ``COMMIT`` file beside ``data`` ("<sha> <git
date>", as a download may carry), or the commit ``.git/HEAD`` names when git stored it as a
loose object. Nothing is run: a checkout's git settings can run commands, so git is not asked.
"""

from __future__ import annotations

import datetime as dt
import re
import zlib
from pathlib import Path

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SHA = re.compile(r"^[0-9a-f]{40}$")
_COMMITTER = re.compile(rb"^committer .*> (\d+) ([+-]\d{4})$", re.MULTILINE)
_MAX_OBJECT = 1_000_000


def checkout_date(path: Path) -> dt.date | None:
    """The commit date of the checkout holding ``path`` (the checkout, its ``data`` folder or
    one state's folder), or None when it does not say."""
    for root in (path, path.parent, path.parent.parent):
        if root != path and not (root / "data").is_dir():
            continue
        found = _commit_file(root / "COMMIT") or _git_commit(root / ".git")
        if found is not None:
            return found
    return None


def newest_iso(current: str, value: object) -> str:
    """The later of ``current`` and ``value`` when ``value`` is an ISO date ('' if neither)."""
    text = str(value) if isinstance(value, str | dt.date) else ""
    return text if _ISO.match(text) and text > current else current


def _commit_file(file: Path) -> dt.date | None:
    try:
        if not file.is_file() or file.stat().st_size > 1000:
            return None
        words = file.read_text(encoding="utf-8", errors="replace").split(None, 1)
    except OSError:
        return None
    if len(words) != 2 or not _SHA.match(words[0].casefold()):
        return None
    when = words[1].strip()
    for form in ("%a %b %d %H:%M:%S %Y %z", "%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%d %H:%M:%S %z"):
        try:
            return dt.datetime.strptime(when, form).date()
        except ValueError:
            continue
    return dt.date.fromisoformat(when) if _ISO.match(when) else None


def _git_commit(git: Path) -> dt.date | None:
    try:
        head = (git / "HEAD").read_text(encoding="utf-8").strip()
        if head.startswith("ref: "):
            ref = head[5:].strip()
            if ".." in ref or not ref.startswith("refs/"):
                return None
            head = (git / ref).read_text(encoding="utf-8").strip()
        if not _SHA.match(head):
            return None
        obj = git / "objects" / head[:2] / head[2:]
        if obj.stat().st_size > _MAX_OBJECT:
            return None
        data = zlib.decompressobj().decompress(obj.read_bytes(), _MAX_OBJECT)
    except (OSError, UnicodeDecodeError, zlib.error):
        return None  # packed, or not there: the data's own dates say
    if not data.startswith(b"commit "):
        return None
    match = _COMMITTER.search(data)
    if match is None:
        return None
    sign = -1 if match.group(2)[:1] == b"-" else 1
    hours, minutes = int(match.group(2)[1:3]), int(match.group(2)[3:5])
    zone = dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))
    return dt.datetime.fromtimestamp(int(match.group(1)), zone).date()
