"""Fit: choose the body size and which talking points use their short text, so the page is one.

The policy, in order:
1. every point long, at the largest body size down to the template's ``prefer_long_down_to``;
2. at those sizes, shorten points one at a time (the biggest saving first) until the page fits,
   then give the long text back to every point that still fits with it;
3. below that, down to the smallest size (never under 9 pt), shortening the same way;
4. if nothing fits, a FitError names the points to cut.
Heights come from the flowables the PDF draws, with the font it embeds (see layout/flow.py).
A share of the frame (SAFETY) stays free so Word and LibreOffice, which break lines their own way,
keep the DOCX on one page too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from briefer.layout.flow import Flow, footer_reserve
from briefer.layout.measure import EstimateMeasurer, FlowMeasurer, Heights, Measurer
from briefer.layout.styles import make_styles
from briefer.page.plan import Choice, Draft, Plan, Section, Style, Variant
from briefer.page.plan import Table as PlanTable
from briefer.support.errors import FitError

SAFETY = 0.05
MIN_BODY = 9.0
# The estimate is within about 12 % of the measured height; a page estimated this much over
# the room does not fit, so it is not measured.
CLEARLY_OVER = 1.25
# When the parts that are not talking points take this share of the room or more (most pages:
# 20-35 %), they are what to shorten first: a long ask, mostly.
FIXED_HEAVY = 0.5


@dataclass
class _Layout:
    body: float
    styles: dict[str, Style]
    fixed: float
    choices: list[tuple[str, Heights]]
    gap: float

    def total(self, short: set[str]) -> float:
        return self.fixed + sum(h["short" if b in short else "long"] for b, h in self.choices)

    def all_long(self) -> float:
        return self.total(set())

    def all_short(self) -> float:
        return self.total({b for b, _ in self.choices})

    def shortening_order(self) -> list[str]:
        savings = [(h["long"] - h["short"], i, b) for i, (b, h) in enumerate(self.choices)]
        return [b for saving, _, b in sorted(savings, key=lambda s: (-s[0], s[1])) if saving > 0]


def _measure(draft: Draft, body: float, measurer: Measurer) -> _Layout:
    styles = make_styles(draft, body)
    flow = Flow(styles, draft.palette, draft.page.frame_width, body, font=draft.font)
    gap = round(draft.section_gap * body, 2)
    fixed = 0.0
    choices: list[tuple[str, Heights]] = []
    for index, section in enumerate(draft.sections):
        h, c = measurer.section(flow, section, index == 0, gap)
        fixed += h
        choices += c
    return _Layout(body, styles, fixed, choices, gap)


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
    # Otherwise the largest size at which the page fits once texts are shortened.
    start = _first(sizes, lambda s: estimate(s).all_short() <= room)
    size = _largest(sizes, lambda s: layout(s).all_short() <= room, start)
    if size is None:
        raise _too_long(draft, layout(sizes[-1]), room)
    lay = layout(size)
    short: set[str] = set()
    order = lay.shortening_order()
    for block in order:
        short.add(block)
        if lay.total(short) <= room:
            break
    # Give back the long text wherever it still fits, smallest growth first.
    for block_back in reversed(order):
        if block_back in short and lay.total(short - {block_back}) <= room:
            short.discard(block_back)
    return _resolve(draft, lay, short, room)


def _too_long(draft: Draft, lay: _Layout, room: float) -> FitError:
    all_short = {b for b, _ in lay.choices}
    over = lay.total(all_short) - room
    heights = [(h["short"], b) for b, h in lay.choices]
    lines = max(1, round(over / (lay.styles["body"].leading or 12)))
    singles = sorted((h, b) for h, b in heights if h >= over)
    if singles:
        names = [b for _, b in singles[:4]]
        advice = "remove one of these points: " if len(names) > 1 else "remove this point: "
    else:
        names, freed = [], 0.0
        for h, b in sorted(heights, reverse=True):
            names.append(b)
            freed += h
            if freed >= over:
                break
        advice = "remove these points: "
    if not lay.choices:
        return FitError(
            f"too long for one page by about {lines} lines: shorten the ask or the contact details",
        )
    labels = [f"{b} ({draft.titles.get(b, b)})" for b in names]
    share = lay.fixed / room if room > 0 else 0.0
    if share >= FIXED_HEAVY:  # the ask (and the meeting, the contact) crowd the points out
        return FitError(
            f"too long for one page by about {lines} lines even at {lay.body:g} pt with short "
            f"texts; the ask and the meeting details take {share:.0%} of the page: shorten the "
            f"ask, or {advice}" + ", ".join(labels),
            candidates=names,
            fixed_share=share,
        )
    return FitError(
        f"too long for one page by about {lines} lines even at {lay.body:g} pt with short texts; "
        + advice
        + ", ".join(labels)
        + " — or shorten an edit",
        candidates=names,
    )


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


def _resolve(draft: Draft, lay: _Layout, short: set[str], room: float) -> Plan:
    variants: dict[str, Variant] = {b: ("short" if b in short else "long") for b, _ in lay.choices}
    sections = tuple(
        Section(s.kind, _resolve_items(s.items, variants), s.heading, s.boxed)
        for s in draft.sections
    )
    return Plan(
        page=draft.page,
        palette=draft.palette,
        font=draft.font,
        meta=draft.meta,
        styles=lay.styles,
        sections=sections,
        footer=draft.footer,
        section_gap=lay.gap,
        body_size=lay.body,
        variants=variants,
        template=draft.template,
        warnings=draft.warnings,
    )


__all__ = ["SAFETY", "available_height", "fit"]
