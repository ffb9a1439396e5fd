"""Filling a brief's meeting from the legislator directory, and choosing points for the office."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from briefer.brief import Brief
from briefer.content import Pack
from briefer.legislators.model import Legislator
from briefer.legislators.store import Directory, default_store_path, load
from briefer.legislators.suggest import Suggestion, suggest, suggested_blocks

BIOGUIDE = re.compile(r"^[A-Z][0-9]{6}$")


def stored_directory() -> Directory | None:
    """The imported directory (cached while the file is unchanged), or None if there is none."""
    path = default_store_path()
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        return None
    return _load_cached(path, stamp)


@cache
def _load_cached(path: Path, _stamp: int) -> Directory:
    return load(path)


@dataclass(frozen=True)
class Enriched:
    brief: Brief
    member: Legislator | None
    suggestions: tuple[Suggestion, ...]


def committee_names(member: Legislator) -> list[str]:
    """Full committees (not subcommittees), with the member's role where there is one."""
    out = []
    for seat in member.committees:
        if seat.parent is None:
            out.append(f"{seat.name} ({seat.role})" if seat.role else seat.name)
    return out


def find_member(brief: Brief, directory: Directory | None) -> Legislator | None:
    """The directory's member for ``meeting.legislator``; an unknown bioguide id is an error."""
    name = brief.meeting.legislator.strip()
    if not name or directory is None:
        if name and BIOGUIDE.match(name):
            raise brief.error(
                f"'{name}' looks like a legislator id, but no directory is imported "
                "(briefer legislators import PATH)",
                "meeting",
                "legislator",
            )
        return None
    member = directory.get(name)
    if member is None and BIOGUIDE.match(name):
        raise brief.error(f"no legislator with the id '{name}'", "meeting", "legislator")
    return member


def enrich(brief: Brief, pack: Pack, directory: Directory | None) -> Enriched:
    """Fill empty meeting fields from the directory; choose suggested points if none are chosen."""
    member = find_member(brief, directory)
    meeting = brief.meeting
    if member is not None:
        filled = {
            "legislator": member.name,
            "title": meeting.title or member.title,
            "chamber": meeting.chamber or member.chamber,
            "state": meeting.state or member.state,
            "district": meeting.district or member.district,
            "party": meeting.party or member.party,
            "committees": meeting.committees or committee_names(member),
            "location": meeting.location or member.office,
        }
        meeting = meeting.model_copy(update=filled)
    updated = brief.model_copy(update={"meeting": meeting})
    suggestions = suggest(pack, updated, member)
    if not brief.blocks and meeting.legislator:
        updated = updated.model_copy(update={"blocks": suggested_blocks(pack, suggestions)})
    updated._file, updated._data = brief._file, brief._data
    return Enriched(updated, member, tuple(suggestions))
