"""Suggestions: the talking points to stress for a member's committees (assets/suggestions.yaml)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from pydantic import Field

from briefer.legislators.model import Legislator, fold
from briefer.page.brief import Brief
from briefer.page.content import Pack
from briefer.support import yamlio
from briefer.support.errors import BrieferError
from briefer.support.resources import suggestions_path
from briefer.support.validation import Model, Short, text, validate


class SuggestedBlock(Model):
    id: Short
    reason: text(200)


class Rule(Model):
    label: Short
    committees: list[Short] = []
    names: list[Short] = []
    blocks: list[SuggestedBlock] = Field(min_length=1)


class Suggestions(Model):
    format: int = Field(alias="briefer-suggestions", ge=1, le=1)
    pack: Short
    rules: list[Rule]


@dataclass(frozen=True)
class Suggestion:
    block: str
    reason: str
    because: str  # the committee (or rule label) that brought it


@cache
def load_suggestions(path: Path | None = None) -> Suggestions:
    path = path or suggestions_path()
    data = yamlio.load(path)
    return validate(Suggestions, data, path)


def _matches(rule: Rule, ids: set[str], names: list[str]) -> str | None:
    """The committee that matches ``rule``, by id (or its parent's) or by words in its name."""
    for committee_id in sorted(ids):
        for wanted in rule.committees:
            if committee_id.upper() == wanted.upper() or committee_id.upper().startswith(
                wanted.upper()
            ):
                return committee_id
    for name in names:  # whole words: "veterans" is in "Veterans Affairs", "sede" not in "Seder"
        folded = f" {_folded(name)} "
        for word in rule.names:
            if f" {_folded(word)} " in folded:
                return name
    return None


_folded = lru_cache(maxsize=4096)(fold)  # committee names and rule words recur on every brief


def suggest(
    pack: Pack,
    brief: Brief,
    member: Legislator | None = None,
    rules: Suggestions | None = None,
    limit: int = 7,
) -> list[Suggestion]:
    """Points worth stressing for this office (at most ``limit``), in the pack's order."""
    try:
        rules = rules or load_suggestions()
    except BrieferError:
        return []
    if rules.pack != pack.id:
        return []
    ids = {seat.id for seat in member.committees} if member else set()
    names = list(brief.meeting.committees)
    if member:  # names of whole committees only: subcommittee names are too broad to match
        names += [seat.name for seat in member.committees if seat.parent is None]
    found: dict[str, Suggestion] = {}
    for rule in rules.rules:  # the file's order is the priority
        hit = _matches(rule, ids, names)
        if hit is None:
            continue
        for item in rule.blocks:
            if pack.has(item.id) and item.id not in found and len(found) < limit:
                found[item.id] = Suggestion(item.id, item.reason, rule.label)
    order = {block.id: index for index, block in enumerate(pack.blocks)}
    return sorted(found.values(), key=lambda s: order[s.block])


def suggested_blocks(pack: Pack, suggestions: list[Suggestion]) -> list[str]:
    """A whole selection from suggestions: the pack's default framing, then the suggested points."""
    if not suggestions:
        return list(pack.defaults)
    chosen = {s.block for s in suggestions}
    framing = [b for b in pack.defaults if pack.block(b).kind == "framing"]
    return [b.id for b in pack.blocks if b.id in chosen or b.id in framing]
