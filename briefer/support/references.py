"""The one rule for files that a file names: a brief's pack, template and logo, a template's
``extends``, a lobby day's row template.

A file from someone else is data, never a key to this computer. What it names is found inside
the folder of the file that names it, or in the user's own Briefer data folder, or among the
bundled assets; an absolute path, ``~``, a ``..`` that climbs out, or a link that leads out is
refused with one line naming the field, unless the user allows it (``--allow-outside`` on the
command line, a confirmation in the app). A device, a FIFO or a socket is never read: it would
block a build or hand it whatever a program writes into it.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

from briefer.support.errors import BrieferError
from briefer.support.resources import data_root, user_data_dir

_ALLOWED: ContextVar[bool] = ContextVar("briefer_outside_allowed", default=False)


class OutsideReference(BrieferError):
    """A file names something outside its folder (the app may ask the user and try again)."""


def set_outside_allowed(allowed: bool) -> None:
    """Allow (or stop allowing) files that name paths outside their folder, for this run."""
    _ALLOWED.set(allowed)


def outside_allowed() -> bool:
    return _ALLOWED.get()


@contextmanager
def allowing_outside(allowed: bool = True) -> Iterator[None]:
    """Within the block, references outside the naming file's folder are followed (the user
    confirmed them); ``allowed`` False leaves the rule as it is (a brief the user did not
    confirm)."""
    if not allowed:
        yield
        return
    token = _ALLOWED.set(True)
    try:
        yield
    finally:
        _ALLOWED.reset(token)


def _within(path: Path, folder: Path) -> bool:
    try:
        path.relative_to(folder)
    except ValueError:
        return False
    return True


def _trusted_roots() -> list[Path]:
    roots = []
    for root in (data_root() / "assets", data_root() / "templates", user_data_dir()):
        try:
            roots.append(root.resolve())
        except OSError:
            continue
    return roots


def check_kind(path: Path, field: str) -> None:
    """Refuse a device, a FIFO or a socket (reading one blocks, or reads what a program sends);
    a missing file is left for the reader to report."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return
    raise BrieferError(
        f"'{path.name}' is not a regular file (a device, pipe or socket): name a file", field=field
    )


def resolve(value: str, folder: Path | None, field: str) -> Path:
    """Where ``value`` (as written in a file in ``folder``) points, by the rule above.

    ``folder`` None means the path was typed by the user (a command-line option, a brief made in
    the app and not saved yet): it is taken as it is, only devices and pipes refused.
    """
    text = str(value).strip()
    if folder is None:
        path = Path(text).expanduser()
        check_kind(path, field)
        return path
    path = Path(text)
    allowed = outside_allowed()
    if text.startswith("~"):
        if not allowed:
            raise _outside(text, field, "starts from a home folder")
        path = path.expanduser()
    candidate = path if path.is_absolute() else folder / path
    if not allowed:
        try:
            real = candidate.resolve()
            home = folder.resolve()
        except (OSError, RuntimeError):  # a link loop
            raise _outside(text, field, "cannot be followed") from None
        if not _within(real, home) and not any(_within(real, r) for r in _trusted_roots()):
            why = "is an absolute path" if path.is_absolute() else "leads out of the file's folder"
            raise _outside(text, field, why)
    check_kind(candidate, field)
    return candidate


def _outside(text: str, field: str, why: str) -> OutsideReference:
    return OutsideReference(
        f"'{text}' {why}; a file may only name files in its own folder (or your Briefer data "
        "folder): copy it there, or run with --allow-outside if you trust this file",
        field=field,
    )


__all__ = [
    "OutsideReference",
    "allowing_outside",
    "check_kind",
    "outside_allowed",
    "resolve",
    "set_outside_allowed",
]
