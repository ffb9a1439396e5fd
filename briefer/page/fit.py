"""Fit: choose the body size and which talking points use their short text, so the page is one.

The policy, in order:
1. every point long, at the largest body size down to the template's ``prefer_long_down_to``;
2. at those sizes, the largest at which no more than half the points need their short text (a
   page at 10.5 pt with most points long reads better than one at 11 pt with most short), else
   the smallest of them, at which the fewest do;
3. else the largest size (never under 10 pt, or 9.5 pt where the template says so) at which the
   page fits once points are shortened — or, when most points are short there, the next size
   down if a more important point gets its long text at it (one step: the type stays large).
Points are shortened least important first (background, then evidence, the framing, the
responses to misconceptions, the recommendations last), the longest of a section first; then,
section by section, the most important first, the long texts are given back: all of a section's
if they fit, else as many as fit when the few left short are the exceptions, else none — parallel
items (the responses, the recommendations) stay about the same length, never one five-line text
beside two-line neighbours — and a section that cannot have its long texts leaves the room to
the next.
4. if nothing fits, a FitError names the fewest points (the least important) whose leaving out
   makes the page fit — checked by measuring the page without them — and the ask, when it is
   what crowds the points out.
Heights come from the flowables the PDF draws, with the font it embeds (see layout/flow.py).
A share of the frame (SAFETY) stays free so Word and LibreOffice, which break lines their own way,
keep the DOCX on one page too.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from briefer.layout.flow import Flow, footer_reserve
from briefer.layout.measure import EstimateMeasurer, FlowMeasurer, Heights, Measurer
from briefer.layout.styles import make_styles
from briefer.plan import Choice, Draft, Para, Plan, Section, Style, Variant
from briefer.plan import Table as PlanTable
from briefer.support.errors import FitError
from briefer.support.messages import QT_TRANSLATE_NOOP, Message, translate

SAFETY = 0.05
MIN_BODY = 9.5  # the floor a template may ask for; templates default to 10 (see templates.Fit)
# The estimate is within about 12 % of the measured height; a page estimated this much over
# the room does not fit, so it is not measured.
CLEARLY_OVER = 1.25
# When the parts that are not talking points take this share of the room or more (most pages:
# 20-35 %), they are what to shorten first: a long ask, mostly.
FIXED_HEAVY = 0.5
ASK_WORDS = 40  # an ask longer than this is a paragraph (see compose): the first thing to shorten
# Sections by importance, least important first: what is shortened, and left out, first.
IMPORTANCE = ("context", "evidence", "framing", "misconceptions", "recommendations")
MOST_SHORT = 0.5  # at the preferred sizes, at most this share of the points in short form
MAX_TRIES = 40  # sets of points to leave out measured before giving up on naming one


@dataclass
class _Layout:
    body: float
    styles: dict[str, Style]
    fixed: float
    choices: list[tuple[str, Heights]]
    gap: float
    kinds: dict[str, str]
    parts: list[tuple[float, tuple[str, ...]]]  # per section: its fixed height, its points

    def total(self, short: set[str]) -> float:
        return self.fixed + sum(h["short" if b in short else "long"] for b, h in self.choices)

    def all_long(self) -> float:
        return self.total(set())

    def all_short(self) -> float:
        return self.total({b for b, _ in self.choices})

    def rank(self, block: str) -> int:
        kind = self.kinds.get(block, "")
        return IMPORTANCE.index(kind) if kind in IMPORTANCE else len(IMPORTANCE)

    def most_important_long(self, short: set[str]) -> int:
        """The rank of the most important point with its long text (-1: none)."""
        return max((self.rank(b) for b, _ in self.choices if b not in short), default=-1)

    def shortening_order(self) -> list[str]:
        """Least important section first; in a section, the biggest saving first."""
        savings = [
            (self.rank(b), -(h["long"] - h["short"]), i, b) for i, (b, h) in enumerate(self.choices)
        ]
        return [b for _, saving, _, b in sorted(savings) if saving < 0]

    def sections(self) -> list[tuple[str, ...]]:
        """The points of each section that has any, the most important section first."""
        ranked = [(-self.rank(p[0]), i, p) for i, (_, p) in enumerate(self.parts) if p]
        return [points for _, _, points in sorted(ranked)]

    def shorten(self, room: float) -> set[str] | None:
        """The points to set short so the page fits (None if it cannot): shortened in order,
        then, section by section (the most important first), long texts given back so that
        parallel items stay alike (see ``_even``)."""
        if self.all_short() > room:
            return None
        order = self.shortening_order()
        short: set[str] = set()
        for block in order:
            if self.total(short) <= room:
                break
            short.add(block)
        growth = {b: h["long"] - h["short"] for b, h in self.choices}
        for points in self.sections():
            short = self._even(short, [b for b in points if growth[b] > 0], growth, room)
        return short

    def _even(
        self, short: set[str], points: list[str], growth: dict[str, float], room: float
    ) -> set[str]:
        """``short`` with one section's ``points`` set all long if they fit; else as many long
        as fit (the least growth first) when those left short are fewer than the long ones, each
        short because its long text would not fit; else all short: never a lone long text
        beside short neighbours."""
        rest = short - set(points)
        if self.total(rest) <= room:
            return rest
        trial = rest | set(points)
        for block in sorted(points, key=lambda b: growth[b]):
            if self.total(trial - {block}) <= room:
                trial.discard(block)
        left = sum(1 for b in points if b in trial)
        return trial if left < len(points) - left else rest | set(points)


def _measure(draft: Draft, body: float, measurer: Measurer) -> _Layout:
    styles = make_styles(draft, body)
    flow = Flow(styles, draft.palette, draft.page.frame_width, body, font=draft.font)
    gap = round(draft.section_gap * body, 2)
    fixed = 0.0
    choices: list[tuple[str, Heights]] = []
    kinds: dict[str, str] = {}
    parts: list[tuple[float, tuple[str, ...]]] = []
    for index, section in enumerate(draft.sections):
        h, c = measurer.section(flow, section, index == 0, gap)
        fixed += h
        choices += c
        kinds.update((b, section.kind) for b, _ in c)
        parts.append((h, tuple(b for b, _ in c)))
    return _Layout(body, styles, fixed, choices, gap, kinds, parts)


def available_height(draft: Draft) -> float:
    """Points of the frame the body may fill: the page less the footer, less the safety share."""
    styles = make_styles(draft, MIN_BODY)  # the footer's size does not depend on the body's
    flow = Flow(styles, draft.palette, draft.page.frame_width, MIN_BODY, font=draft.font)
    return (draft.page.frame_height - footer_reserve(flow, draft.footer)) * (1 - SAFETY)


def _largest(sizes: Sequence[float], fits: Callable[[float], bool], start: int) -> float | None:
    """The largest of ``sizes`` (largest first) that fits, or None. Heights only grow with the
    size, so from a good ``start`` this measures two sizes: the one that fits, and the next
    larger one that does not."""
    index = start
    if fits(sizes[index]):
        while index > 0 and fits(sizes[index - 1]):
            index -= 1
        return sizes[index]
    for size in sizes[index + 1 :]:
        if fits(size):
            return size
    return None


def _first(sizes: Sequence[float], fits: Callable[[float], bool]) -> int:
    """The index of the largest size the estimate says fits (else the smallest size)."""
    return next((i for i, size in enumerate(sizes) if fits(size)), len(sizes) - 1)


def fit(draft: Draft, measurer: Measurer | None = None) -> Plan:
    """Resolve a draft into a one-page plan, or raise FitError naming what to cut.

    A quick estimate from the text's width says where to start; every size that can be chosen
    is measured exactly, so the estimate changes how much is measured, never the page."""
    measurer = measurer or FlowMeasurer()
    estimator = EstimateMeasurer()
    room = available_height(draft)
    sizes = [s for s in draft.fit_sizes if s >= MIN_BODY] or [MIN_BODY]
    exact: dict[float, _Layout] = {}
    rough: dict[float, _Layout] = {}

    def layout(size: float) -> _Layout:
        if size not in exact:
            exact[size] = _measure(draft, size, measurer)
        return exact[size]

    def estimate(size: float) -> _Layout:
        if size not in rough:
            rough[size] = _measure(draft, size, estimator)
        return rough[size]

    preferred = [s for s in sizes if s >= draft.prefer_long_down_to] or sizes[:1]
    # Every text long, at the largest preferred size that fits (unless clearly none does).
    if estimate(preferred[-1]).all_long() <= room * CLEARLY_OVER:
        start = _first(preferred, lambda s: estimate(s).all_long() <= room)
        size = _largest(preferred, lambda s: layout(s).all_long() <= room, start)
        if size is not None:
            return _resolve(draft, layout(size), set(), room)
    # Else the largest preferred size at which most points keep their long text; failing that
    # the smallest preferred size, at which the fewest are short (heights grow with the size).
    allowed = MOST_SHORT * len(estimate(sizes[0]).choices)

    def mostly_long(lay: _Layout) -> bool:
        short = lay.shorten(room)
        return short is not None and len(short) <= allowed

    start = _first(preferred, lambda s: mostly_long(estimate(s)))
    size = _largest(preferred, lambda s: mostly_long(layout(s)), start)
    smallest = layout(size if size is not None else preferred[-1])
    short = smallest.shorten(room)
    if short is not None:
        return _resolve(draft, smallest, short, room)
    # Otherwise the largest size at which the page fits once texts are shortened — or, with most
    # points short there, one step smaller if a more important point gets its long text at it
    # (bold: 12.5 pt with the recommendation's reason beats 13 pt without it). The smaller size
    # is measured only if the search measured it already or the estimate says it would help.
    start = _first(sizes, lambda s: estimate(s).all_short() <= room)
    size = _largest(sizes, lambda s: layout(s).all_short() <= room, start)
    if size is None:
        raise _too_long(draft, layout(sizes[-1]), room, measurer)
    lay = layout(size)
    short = lay.shorten(room) or set()
    index = sizes.index(size) + 1
    if len(short) > allowed and index < len(sizes):
        rank, below = lay.most_important_long(short), sizes[index]
        guess = estimate(below).shorten(room) if below not in exact else None
        if below in exact or (
            guess is not None and estimate(below).most_important_long(guess) > rank
        ):
            fewer = layout(below).shorten(room)
            if fewer is not None and layout(below).most_important_long(fewer) > rank:
                lay, short = layout(below), fewer
    return _resolve(draft, lay, short, room)


def without(draft: Draft, blocks: set[str]) -> Draft:
    """The draft with these talking points left out (and a section they leave empty)."""
    sections = []
    for section in draft.sections:
        items = []
        for item in section.items:
            if isinstance(item, Choice) and item.block in blocks:
                continue
            if isinstance(item, PlanTable):
                rows = tuple(r for r in item.rows if getattr(r, "block", None) not in blocks)
                if not rows:
                    continue
                item = replace(item, rows=rows)
            items.append(item)
        if items or not section.items:
            sections.append(replace(section, items=tuple(items)))
    return replace(draft, sections=tuple(sections))


def _leave_out(draft: Draft, lay: _Layout, room: float, measurer: Measurer) -> list[str]:
    """The fewest points whose leaving out makes the page fit at ``lay``'s size, the least
    important first; each set tried is measured without those points. [] if none is found."""
    heights = {b: h["short"] for b, h in lay.choices}
    order = sorted(heights, key=lambda b: (lay.rank(b), -list(heights).index(b)))
    over = lay.all_short() - room

    def saving(names: tuple[str, ...]) -> float:  # a section left empty frees its heading too
        chosen = set(names)
        freed = sum(h for h, blocks in lay.parts if blocks and chosen.issuperset(blocks))
        return freed + sum(heights[b] for b in names)

    tries = 0
    for count in range(1, len(order) + 1):
        for names in itertools.combinations(order, count):
            if saving(names) < over:
                continue
            tries += 1
            if _measure(without(draft, set(names)), lay.body, measurer).all_short() <= room:
                return list(names)
            if tries >= MAX_TRIES:
                return []
    return []


def _too_long(draft: Draft, lay: _Layout, room: float, measurer: Measurer) -> FitError:
    over = lay.all_short() - room
    lines = max(1, round(over / (lay.styles["body"].leading or 12)))
    share = lay.fixed / room if room > 0 else 0.0
    asks = [s for s in draft.sections if s.kind == "ask"]
    ask_words = len(draft.meta.subject.split()) if asks and draft.meta.subject else 0
    ask_first = share >= FIXED_HEAVY or ask_words > ASK_WORDS
    head = translate(
        "core",
        "too long for one page by about %n lines even at {size} pt with short texts",
        None,
        lines,
        size=f"{lay.body:g}",
    )
    names = _leave_out(draft, lay, room, measurer) if lay.choices else []
    labels = ", ".join(f"{b} ({draft.titles.get(b, b)})" for b in names)
    points = ""
    if names:
        points = "leave out this point: " if len(names) == 1 else "leave out these points: "
        points += labels
    if ask_first:
        why = (f"the ask is {ask_words} words" if ask_words > ASK_WORDS else "the ask") + (
            f" and the meeting details take {share:.0%} of the page"
            if share < 1
            else " and the meeting details take more than the whole page"
        )
        return FitError(
            f"{head}; {why}: shorten the ask first" + (f", or {points}" if points else ""),
            candidates=names,
            fixed_share=max(share, 0.01),
        )
    if not names:
        shorten = QT_TRANSLATE_NOOP(
            "core", "{head}: shorten the ask, the edits or the contact details"
        )
        return FitError(Message(shorten, head=head))
    return FitError(f"{head}; {points} — or shorten an edit", candidates=names)


def _resolve_items(items: tuple, variants: dict[str, Variant]) -> tuple:
    out: list = []
    for item in items:
        if isinstance(item, Choice):
            out.extend(item.pick(variants[item.block]))
        elif isinstance(item, PlanTable):
            rows: list = []
            for row in item.rows:
                rows.extend(row.pick(variants[row.block]) if isinstance(row, Choice) else [row])
            out.append(replace(item, rows=tuple(rows)))
        else:
            out.append(item)
    return tuple(out)


def _by_line(flow: Flow, items: tuple) -> tuple:
    out: list = []
    for item in items:
        out.extend(flow.facts_by_line(item) if isinstance(item, Para) else (item,))
    return tuple(out)


def _resolve(draft: Draft, lay: _Layout, short: set[str], room: float) -> Plan:
    variants: dict[str, Variant] = {b: ("short" if b in short else "long") for b, _ in lay.choices}
    # a line of facts (the meeting, the contact) one paragraph a line, so that the DOCX breaks it
    # where the PDF does: never next to a separator
    flow = Flow(lay.styles, draft.palette, draft.page.frame_width, lay.body, font=draft.font)
    sections = tuple(
        Section(s.kind, _by_line(flow, _resolve_items(s.items, variants)), s.heading, s.boxed)
        for s in draft.sections
    )
    return Plan(
        page=draft.page,
        palette=draft.palette,
        font=draft.font,
        meta=draft.meta,
        styles=lay.styles,
        sections=sections,
        footer=_by_line(flow, draft.footer),
        section_gap=lay.gap,
        body_size=lay.body,
        variants=variants,
        template=draft.template,
        warnings=draft.warnings,
    )


__all__ = ["SAFETY", "available_height", "fit"]
