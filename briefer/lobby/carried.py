"""Text a lobby day's pack takes from the base brief that names the base brief's own member.

The base brief is often one meeting's brief, and its ask or its own wording of a point may name
that member ("Senator Shaheen has led on this since 2020"). Every row that has no ask of its own
takes the base's ask, and every row takes its edited points, so such a sentence would go on the
other offices' pages too. It may be meant (a colleague's bill), so the pack is built, and the row
is flagged before the packs are printed: in the results, on the command line and beside the
meeting on the schedule.

A name is matched as a whole word, by surname, in capitals as written, with accents ignored
("García" matches "Garcia").
"""

from __future__ import annotations

import re

from briefer.legislators.model import Legislator, fold, without_accents
from briefer.page.brief import Brief
from briefer.page.content import Pack


def surname(name: str, member: Legislator | None) -> str:
    """The surname to look for: the directory's when the member is known, else the last word."""
    if member is not None and member.last:
        return member.last
    words = name.split()
    return words[-1] if words else ""


def carried_mentions(
    base: Brief,
    base_member: Legislator | None,
    brief: Brief,
    member: Legislator | None,
    pack: Pack,
    *,
    own_ask: bool,
) -> list[str]:
    """Warnings for a row's brief (``brief``, for ``member``, made from ``base``): one for each
    text it carries from the base that names the base's member, when the row is for someone
    else. ``own_ask``: the row gave its own ask, so the base's is not carried."""
    name = base.meeting.legislator.strip()
    if not name or fold(name) == fold(brief.meeting.legislator):
        return []
    if base_member is not None and member is not None and base_member.id == member.id:
        return []
    last = without_accents(surname(name, base_member))
    if not last:
        return []
    pattern = re.compile(rf"(?<!\w){re.escape(last)}(?!\w)")
    carried = [] if own_ask else [("ask", brief.ask)]
    carried += [
        (f"text for “{pack.block(block_id).title}”" if pack.has(block_id) else block_id, text)
        for block_id, text in brief.edits.items()
    ]
    shown = base_member.name if base_member is not None else name
    return [
        f"the base brief's {what} names {shown}, the member it was written for, and is on "
        f"{brief.meeting.legislator}'s page too: check it"
        for what, text in carried
        if pattern.search(without_accents(text))
    ]
