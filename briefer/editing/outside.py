"""The files a brief names outside its folder, found when it is opened, so that the app can ask.

The one rule (briefer.support.references) refuses a pack, template or logo outside the folder of
the brief that names it. In the app the user is asked about each one (the field and the path):
yes allows it for this brief only (the brief value carries the leave, nothing is saved or
remembered), no opens the brief without it. A device, a pipe or a socket is never read, so the
app does not ask about one: the brief opens without it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from briefer.page.brief import Brief
from briefer.support import references
from briefer.support.errors import BrieferError

FIELDS = ("pack", "template", "sender.logo", "sender.logo_light")
_DEFAULT_TEMPLATE = Brief.model_fields["template"].default


@dataclass(frozen=True)
class Outside:
    """A file a brief names outside its folder."""

    field: str  # "pack", "template", "sender.logo" or "sender.logo_light"
    value: str  # as the brief writes it
    path: Path  # the file it leads to
    never: str = ""  # why it is never read (a device, a pipe); "" when the user may allow it


def value_of(brief: Brief, field: str) -> str:
    if field.startswith("sender."):
        return str(getattr(brief.sender, field.partition(".")[2]) or "").strip()
    return str(getattr(brief, field) or "").strip()


def _names_a_file(field: str, value: str) -> bool:
    """Whether the value is a path (a pack's or template's plain name is an installed one)."""
    if field == "pack":
        return "/" in value or "\\" in value or value.endswith((".yaml", ".yml"))
    if field == "template":
        return value.endswith((".yaml", ".yml"))
    return True


def _leads_to(value: str, folder: Path) -> tuple[Path, str]:
    """The file ``value`` leads to from ``folder``, and why it is never read ("" when it may be)."""
    path = Path(value).expanduser() if value.startswith("~") else Path(value)
    path = path if path.is_absolute() else folder / path
    try:
        real = path.resolve()
    except (OSError, RuntimeError):
        return Path(os.path.normpath(path)), "it cannot be followed (a loop of links)"
    try:
        references.check_kind(real, "")
    except BrieferError:
        return real, "it is not a regular file (a device, pipe or socket), so it is never read"
    return real, ""


def outside_files(brief: Brief) -> list[Outside]:
    """What the brief names outside its folder that the user has not allowed (a brief with no
    file names nothing from a folder: what it holds was chosen by the user)."""
    if not brief.file:
        return []
    folder = Path(brief.file).parent
    found = []
    for field in FIELDS:
        value = value_of(brief, field)
        if not value or not _names_a_file(field, value) or brief.allows_outside(field, value):
            continue
        try:
            references.resolve(value, folder, field)
        except references.OutsideReference:
            found.append(Outside(field, value, *_leads_to(value, folder)))
        except BrieferError:
            continue  # missing, or a pipe inside the folder: the build says so at its line
    return found


def without(brief: Brief, field: str) -> Brief:
    """The brief with the file in ``field`` left out: no logo (or light logo), the built-in pack
    or template."""
    if field.startswith("sender."):
        sender = brief.sender.model_copy(update={field.partition(".")[2]: ""})
        return brief.model_copy(update={"sender": sender})
    return brief.model_copy(update={field: None if field == "pack" else _DEFAULT_TEMPLATE})


__all__ = ["FIELDS", "Outside", "outside_files", "value_of", "without"]
