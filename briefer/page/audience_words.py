"""Which chosen points print their default words for the brief's audience, and which of those
name another body ("U.S." on a European Parliament page): what the app marks when the audience
changes. A point whose words are the same for every audience (no variants, no other body named)
is not listed: its default text is written for any reader."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from briefer.page.content import Pack

_US = r"U\.\s?S\.|\bUS\b|United States|\bCongress(?:ional)?\b|\bAmericans?\b|\bWashington\b"
_EU = r"\bEU\b|European Union|European Parliament|\bMEPs?\b|\bBrussels\b|[Mm]ember [Ss]tates"
# The bodies a page for an audience should not find in a point's words unless the user wrote
# them: the other side of the Atlantic, in the words packs use for it.
OTHER_BODIES: dict[str, re.Pattern[str]] = {
    "us-congress": re.compile(_EU),
    "us-state": re.compile(_EU),
    "eu-parliament": re.compile(_US),
    "national-parliament": re.compile(_US),
}


@dataclass(frozen=True)
class DefaultWords:
    block_id: str
    title: str
    names: str = ""  # the words naming another body ("U.S."), if its default text has any


def default_words(
    pack: Pack, block_ids: Iterable[str], audience: str, edits: Mapping[str, str] = {}
) -> list[DefaultWords]:
    """The points of ``block_ids`` that print their default text for ``audience`` although their
    words differ by audience (they have variants for others) or name another body. A point with
    the user's own text for the meeting is theirs, not the pack's: not listed."""
    pattern = OTHER_BODIES.get(audience)
    out = []
    for block_id in block_ids:
        if not pack.has(block_id) or edits.get(block_id, "").strip():
            continue
        block = pack.block(block_id)
        if audience in block.variants:
            continue
        text = " ".join(t for t in (block.title, block.claim, block.short, block.long) if t)
        found = pattern.search(text) if pattern else None
        if found or block.variants:
            out.append(DefaultWords(block_id, block.title, found.group() if found else ""))
    return out


def other_body_warnings(
    pack: Pack, block_ids: Iterable[str], audience: str, edits: Mapping[str, str] = {}
) -> list[str]:
    """One warning a point whose default words, printed for ``audience``, name another body:
    what ``check`` and ``build`` say (the app's fit indicator says the same)."""
    from briefer.page.audience import AUDIENCES

    label = AUDIENCES[audience].label if audience in AUDIENCES else audience
    label = "national parliament" if audience == "national-parliament" else label
    return [
        f"point '{d.block_id}' (“{d.title}”) prints its default words on a {label} page, "
        f"which name another body: '{d.names}'; write its {audience} words in the pack, "
        f"or your own for this meeting (edits: {d.block_id}: …)"
        for d in default_words(pack, block_ids, audience, edits)
        if d.names
    ]


__all__ = ["OTHER_BODIES", "DefaultWords", "default_words", "other_body_warnings"]
