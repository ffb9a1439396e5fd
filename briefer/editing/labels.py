"""The names the user sees for the fields of a brief, for every message the app shows.

A BrieferError names its field by its path in the brief file (``meeting.location``,
``edits.hold-the-line``, ``constituents.2.zip``); the app says "Location", "your text for ‘Keep
the Pressure On Belarus’", "ZIP of attendee 3" — the words on the form. This module is the one
mapping from paths to those words (no Qt, so the app's messages and any other face can share it).
"""

from __future__ import annotations

import re

from briefer.page.content import Pack
from briefer.support.messages import QT_TRANSLATE_NOOP

# The labels of the form's fields, as the Meeting and Sender tabs show them (marked: the app
# shows them in its language, briefer.gui.common.i18n.field_name).
LABELS: dict[str, str] = {
    "meeting": QT_TRANSLATE_NOOP("core", "Meeting"),
    "meeting.legislator": QT_TRANSLATE_NOOP("core", "Legislator"),
    "meeting.title": QT_TRANSLATE_NOOP("core", "Title"),
    "meeting.chamber": QT_TRANSLATE_NOOP("core", "Chamber"),
    "meeting.state": QT_TRANSLATE_NOOP("core", "State"),
    "meeting.district": QT_TRANSLATE_NOOP("core", "District"),
    "meeting.party": QT_TRANSLATE_NOOP("core", "Party"),
    "meeting.committees": QT_TRANSLATE_NOOP("core", "Committees"),
    "meeting.subcommittees": QT_TRANSLATE_NOOP("core", "Subcommittees"),
    "meeting.staffer": QT_TRANSLATE_NOOP("core", "Staffer"),
    "meeting.staffer_role": QT_TRANSLATE_NOOP("core", "Staffer's role"),
    "meeting.date": QT_TRANSLATE_NOOP("core", "Date"),
    "meeting.time": QT_TRANSLATE_NOOP("core", "Time"),
    "meeting.location": QT_TRANSLATE_NOOP("core", "Location"),
    "meeting.from_directory": QT_TRANSLATE_NOOP("core", "Filled from the directory"),
    "meeting.office": QT_TRANSLATE_NOOP("core", "Office"),
    "meeting.phone": QT_TRANSLATE_NOOP("core", "Office phone"),
    "sender": QT_TRANSLATE_NOOP("core", "Sender"),
    "sender.organization": QT_TRANSLATE_NOOP("core", "Organisation"),
    "sender.name": QT_TRANSLATE_NOOP("core", "Name (sender)"),
    "sender.email": QT_TRANSLATE_NOOP("core", "Email"),
    "sender.phone": QT_TRANSLATE_NOOP("core", "Phone"),
    "sender.website": QT_TRANSLATE_NOOP("core", "Website"),
    "sender.register_id": QT_TRANSLATE_NOOP("core", "Register id"),
    "sender.about": QT_TRANSLATE_NOOP("core", "About us"),
    "sender.logo": QT_TRANSLATE_NOOP("core", "Logo"),
    "sender.logo_light": QT_TRANSLATE_NOOP("core", "Light logo"),
    "ask": QT_TRANSLATE_NOOP("core", "Ask"),
    "bill": QT_TRANSLATE_NOOP("core", "Bill"),
    "bill_title": QT_TRANSLATE_NOOP("core", "Bill title"),
    "why": QT_TRANSLATE_NOOP("core", "Why this office"),
    "qr": QT_TRANSLATE_NOOP("core", "QR code address"),
    "template": QT_TRANSLATE_NOOP("core", "Template"),
    "paper": QT_TRANSLATE_NOOP("core", "Paper"),
    "audience": QT_TRANSLATE_NOOP("core", "Audience"),
    "language": QT_TRANSLATE_NOOP("core", "Page language"),
    "content_fallback": QT_TRANSLATE_NOOP("core", "Text where the page's language has none"),
    "pack": QT_TRANSLATE_NOOP("core", "Content pack"),
    "blocks": QT_TRANSLATE_NOOP("core", "Talking points"),
    "edits": QT_TRANSLATE_NOOP("core", "Your texts for the talking points"),
    "constituents": QT_TRANSLATE_NOOP("core", "Attendees"),
    "briefer": QT_TRANSLATE_NOOP("core", "Briefer format version"),
}

_TOP = {path.partition(".")[0] for path in LABELS}

# Fields of one attendee (``constituents.<n>.<field>``).
ATTENDEE_LABELS = {"name": "name", "town": "town", "zip": "ZIP"}


def field_label(field: str | None, pack: Pack | None = None) -> str:
    """The label the user sees for a field path ("" for none); unknown paths read as words."""
    if not field:
        return ""
    if field in LABELS:
        return LABELS[field]
    head, _, rest = field.partition(".")
    if head == "edits" and rest:
        return f"your text for {point_title(rest, pack)}"
    if head == "blocks" and rest:
        index, _, _ = rest.partition(".")
        return f"talking point {int(index) + 1}" if index.isdigit() else "Talking points"
    if head == "constituents" and rest:
        index, _, part = rest.partition(".")
        if index.isdigit():
            number = int(index) + 1
            what = ATTENDEE_LABELS.get(part, part.replace("_", " "))
            return f"{what} of attendee {number}" if what else f"attendee {number}"
    parent = field.rpartition(".")[0]
    while parent:  # a part of a known field: "Committees (item 2)", "Meeting: from directory"
        if parent in LABELS:
            part = field[len(parent) + 1 :].partition(".")[0]
            if part.isdigit():
                return f"{LABELS[parent]} (item {int(part) + 1})"
            return f"{LABELS[parent]}: {part.replace('_', ' ')}"
        parent = parent.rpartition(".")[0]
    return field.rpartition(".")[2].replace("_", " ").capitalize()


def in_sentence(label: str) -> str:
    """A label inside a sentence ("Edit location"); names in capitals stay ("QR code address")."""
    return label if label[1:2].isupper() else label[:1].lower() + label[1:]


def is_brief_field(field: str | None) -> bool:
    """Whether ``field`` is a path in a brief (not a column of a CSV, a key of a template)."""
    return bool(field) and field.partition(".")[0] in _TOP


def point_title(block_id: str, pack: Pack | None = None) -> str:
    """‘Keep the Pressure On Belarus’: a talking point by its title where the pack has it."""
    if pack is not None and pack.has(block_id):
        return f"‘{pack.block(block_id).title}’"
    return f"the talking point ‘{block_id}’"


# The core's messages name the command line's ways ("briefer legislators import PATH",
# "--force"); the app says its own instead. Each: a pattern of the core's words, the app's.
_FOR_THE_APP = (
    (r"\s*\(--template (\S+); in the app, (Format › Template Gallery)\)", r" (\2)"),
    (
        r"\(?(?:run )?`?briefer legislators import zccd\.csv`?\)?( to import the ZIP data)?",
        r"(File › Import Legislators…, the ZIP file)",
    ),
    (
        r"\(?(?:run )?`?briefer legislators import PATH`?\)?( to import the legislators)?",
        r"(File › Import Legislators…)",
    ),
    (r"\(use --force to replace\)", r"(tick “Replace existing files”)"),
    (r" \(or give the order: --date-order mdy\|dmy\)", r" (or choose the date order)"),
    (r"; use --replace to replace it", r"; remove it first, or give this one another id"),
    (r", or run with --allow-outside if you trust this file", r""),
)


def for_the_app(message: str) -> str:
    """A core message as the app says it: no command-line flag or command, the menu instead."""
    for pattern, replacement in _FOR_THE_APP:
        message = re.sub(pattern, replacement, message)
    return message


def in_words(message: str, pack: Pack | None) -> str:
    """A core message with the talking points it names by id named by title ("left out:
    rec-expand-gradually" → "left out: ‘Keep Expanding Sanctions Gradually’")."""
    message = for_the_app(message)
    if pack is None:
        return message

    def title(match: re.Match[str]) -> str:
        word = match.group(0)
        return point_title(word, pack) if pack.has(word) else word

    return re.sub(r"(?<![\w-])[a-z0-9]+(?:-[a-z0-9]+)+(?![\w-])", title, message)
