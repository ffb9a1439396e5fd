"""Pure functions that make the next Brief from the current one (no Qt, no side effects).

Briefs are immutable; each edit the GUI makes is one of these, wrapped in an undo command.

Order of talking points: on the page, points are grouped into sections by kind (framing, evidence,
misconceptions, recommendations, context; the template orders the sections). Within a section they
follow the order of ``brief.blocks``. So reordering is always *within a kind*: it permutes the
positions that kind holds in ``brief.blocks`` and leaves every other position alone.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from briefer.editing.labels import field_label, in_sentence
from briefer.legislators.enrich import filled_with, typed_by_user
from briefer.legislators.model import Legislator
from briefer.page.brief import Brief, Meeting, Sender, allowing_outside
from briefer.page.content import Pack
from briefer.page.decor import logo_path
from briefer.support.fileio import safe_file_name
from briefer.support.references import OutsideReference

# Field paths the form edits, with the words an Undo menu item uses for them ("Edit location"):
# the labels the user sees (briefer.editing.labels), the one mapping every message uses.
EDITABLE = (
    "meeting.legislator",
    "meeting.title",
    "meeting.chamber",
    "meeting.state",
    "meeting.district",
    "meeting.party",
    "meeting.committees",
    "meeting.staffer",
    "meeting.staffer_role",
    "meeting.date",
    "meeting.time",
    "meeting.location",
    "sender.organization",
    "sender.name",
    "sender.email",
    "sender.phone",
    "sender.website",
    "sender.register_id",
    "sender.about",
    "sender.logo",
    "sender.logo_light",
    "qr",
    "audience",
    "ask",
    "bill",
    "bill_title",
    "why",
    "template",
    "paper",
    "language",
)
FIELD_LABELS = {field: in_sentence(field_label(field)) for field in EDITABLE}


def get_field(brief: Brief, field: str) -> Any:
    value: Any = brief
    for part in field.split("."):
        value = getattr(value, part)
    return value


def with_field(brief: Brief, field: str, value: Any) -> Brief:
    """The brief with one field (``"ask"``, ``"meeting.date"``, ``"sender.email"``…) changed."""
    if field not in FIELD_LABELS:
        raise KeyError(field)
    if field == "why" and not str(value or "").strip():
        value = None  # an empty line: the one built from the committees and seat
    if "." not in field:
        return brief.model_copy(update={field: value})
    part, name = field.split(".", 1)
    inner = getattr(brief, part).model_copy(update={name: value})
    if part == "meeting":  # typed by the user, no longer the directory's
        inner = typed_by_user(inner, name)
    return brief.model_copy(update={part: inner})


def with_why_left_out(brief: Brief, off: bool) -> Brief:
    """The brief without the line on why this office (``why: ""``), or with the line built for
    the member again (no ``why``); what the user wrote is dropped either way."""
    return brief.model_copy(update={"why": "" if off else None})


def with_sender(brief: Brief, sender: Sender) -> Brief:
    return brief.model_copy(update={"sender": sender})


def logo_named(path: Path, folder: Path | None) -> str:
    """How a brief in ``folder`` names a logo file: relative to the folder when the file is in it
    (or below), so the brief and its logo move together; else the file's full path."""
    full = Path(path).expanduser().resolve()
    if folder is not None:
        try:
            return full.relative_to(Path(folder).resolve()).as_posix()
        except ValueError:
            pass
    return str(full)


def with_logo_for(brief: Brief, folder: Path | None) -> Brief:
    """The brief with its logo (and light logo) named as seen from ``folder`` (where it is
    saved; None: from anywhere, its full path). A relative logo in a brief that has no file is
    left as it is."""
    for field in ("logo", "logo_light"):
        logo = getattr(brief.sender, field).strip()
        if not logo or (not Path(logo).expanduser().is_absolute() and not brief.file):
            continue
        try:
            named = logo_named(logo_path(brief, field), folder)
        except OutsideReference:  # not allowed: kept as the file has it (the page says why)
            continue
        if named == getattr(brief.sender, field):
            continue
        moved = with_sender(brief, brief.sender.model_copy(update={field: named}))
        brief = allowing_outside(moved, f"sender.{field}", named)  # the same file, usable
    return brief


def located(brief: Brief, path: Path) -> Brief:
    """The brief as saved at ``path``: what it names (logo, pack, template) is found from there."""
    moved = brief.model_copy()
    moved._file = str(path)
    return moved


def chosen(brief: Brief, pack: Pack) -> list[str]:
    """The points on the page, in order: the brief's, or the pack's defaults when it names none."""
    return list(brief.blocks) or list(pack.defaults)


def normalized(brief: Brief, pack: Pack) -> Brief:
    """The brief with its chosen points spelled out (an empty list means the pack's defaults)."""
    return brief if brief.blocks else brief.model_copy(update={"blocks": list(pack.defaults)})


def toggled(brief: Brief, pack: Pack, block_id: str, on: bool) -> Brief:
    """Choose a point (it goes last within its kind) or leave it out (its edit is kept)."""
    blocks = chosen(brief, pack)
    if on and block_id not in blocks:
        blocks.append(block_id)
    elif not on:
        blocks = [b for b in blocks if b != block_id]
    return brief.model_copy(update={"blocks": blocks})


def chosen_of_kind(brief: Brief, pack: Pack, kind: str) -> list[str]:
    return [b for b in chosen(brief, pack) if pack.has(b) and pack.block(b).kind == kind]


def reordered(brief: Brief, pack: Pack, kind: str, order: list[str]) -> Brief:
    """Put the chosen points of one kind in ``order``; other kinds keep their positions."""
    blocks = chosen(brief, pack)
    current = chosen_of_kind(brief, pack, kind)
    if sorted(order) != sorted(current):
        raise ValueError(f"the new order must hold exactly the chosen {kind} points")
    queue = iter(order)
    return brief.model_copy(update={"blocks": [next(queue) if b in current else b for b in blocks]})


def moved(brief: Brief, pack: Pack, block_id: str, to: int) -> Brief:
    """Move a chosen point to position ``to`` among the chosen points of its kind (clamped)."""
    kind = pack.block(block_id).kind
    order = chosen_of_kind(brief, pack, kind)
    if block_id not in order:
        return brief
    order.remove(block_id)
    order.insert(max(0, min(to, len(order))), block_id)
    return reordered(brief, pack, kind, order)


def with_edit(brief: Brief, block_id: str, text: str) -> Brief:
    """This meeting's own text for a point; empty text removes the edit (back to the pack's)."""
    edits = dict(brief.edits)
    if text.strip():
        edits[block_id] = text
    else:
        edits.pop(block_id, None)
    return brief.model_copy(update={"edits": edits})


def with_member(brief: Brief, member: Legislator) -> Brief:
    """The meeting with this member: every field the previous member's record filled (title,
    seat, party, committees, office…) is replaced by theirs; what the user typed stays."""
    return brief.model_copy(update={"meeting": filled_with(brief.meeting, member)})


def with_blocks(brief: Brief, blocks: list[str]) -> Brief:
    return brief.model_copy(update={"blocks": list(blocks)})


def new_brief(pack: Pack, sender: Sender | None = None) -> Brief:
    """A new brief: no meeting yet, the pack's default points, the saved sender."""
    return Brief(
        template="classic",
        meeting=Meeting(),
        sender=sender or Sender(),
        ask=pack.ask,
        blocks=list(pack.defaults),
    )


def export_name(brief: Brief, suffix: str) -> str:
    """``2026-12-03 Jeanne Shaheen.pdf``: the meeting date and the legislator."""
    m = brief.meeting
    date = m.date.isoformat() if isinstance(m.date, dt.date) else ""
    stem = safe_file_name(" ".join(part for part in (date, m.legislator) if part))
    return f"{stem or 'Leave-behind'}{suffix}"


def display_name(path: Path | None) -> str:
    return path.name if path else "Untitled"
