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

from dataclasses import dataclass, replace
from typing import Any

from briefer.errors import FitError
from briefer.plan import Choice, Draft, Plan, Section, Style, Variant
from briefer.plan import Table as PlanTable

SAFETY = 0.05
MIN_BODY = 9.0


def make_styles(draft: Draft, body: float) -> dict[str, Style]:
    """Sized styles: role sizes are in ems of the body size; the footer has a fixed size."""
    palette = draft.palette.__dict__
    styles = {}
    for name, spec in draft.role_specs.items():
        size = draft.footer_size if name == "footer" else float(spec["size"]) * body
        size = round(size * 2) / 2  # half points: what Word can set, so both formats agree
        color = str(spec["color"])
        styles[name] = Style(
            role=name,
            size=size,
            leading=round(size * float(spec["leading"]), 2),
            color=color if color.startswith("#") else palette[color],
            bold=bool(spec["bold"]),
            italic=bool(spec["italic"]),
            space_after=round(float(spec["space_after"]) * body, 2),
            indent=round(float(spec["indent"]) * body, 2),
            upper=bool(spec["upper"]),
        )
    return styles


@dataclass
class _Layout:
    body: float
    styles: dict[str, Style]
    fixed: float
    choices: list[tuple[str, Any]]  # block id -> heights by variant ("short", "long")
    gap: float

    def total(self, short: set[str]) -> float:
        return self.fixed + sum(h["short" if b in short else "long"] for b, h in self.choices)

    def shortening_order(self) -> list[str]:
        savings = [(h["long"] - h["short"], i, b) for i, (b, h) in enumerate(self.choices)]
        return [b for saving, _, b in sorted(savings, key=lambda s: (-s[0], s[1])) if saving > 0]


def _measure(draft: Draft, body: float, measurer) -> _Layout:
    from briefer.layout.flow import Flow

    styles = make_styles(draft, body)
    flow = Flow(styles, draft.palette.__dict__, draft.page.frame_width, body)
    gap = round(draft.section_gap * body, 2)
    fixed = 0.0
    choices: list[tuple[str, Any]] = []
    for index, section in enumerate(draft.sections):
        h, c = measurer.section(flow, section, index == 0, gap)
        fixed += h
        choices += c
    return _Layout(body, styles, fixed, choices, gap)


def available_height(draft: Draft) -> float:
    """Points of the frame the body may fill: the page less the footer, less the safety share."""
    from briefer.layout.flow import Flow, footer_reserve

    styles = make_styles(draft, MIN_BODY)  # the footer's size does not depend on the body's
    flow = Flow(styles, draft.palette.__dict__, draft.page.frame_width, MIN_BODY)
    return (draft.page.frame_height - footer_reserve(flow, draft.footer)) * (1 - SAFETY)


def fit(draft: Draft, measurer=None) -> Plan:
    """Resolve a draft into a one-page plan, or raise FitError naming what to cut."""
    measurer = measurer or _shared_measurer()
    room = available_height(draft)
    sizes = [s for s in draft.fit_sizes if s >= MIN_BODY] or [MIN_BODY]
    layouts = {}

    def layout(size: float) -> _Layout:
        if size not in layouts:
            layouts[size] = _measure(draft, size, measurer)
        return layouts[size]

    preferred = [s for s in sizes if s >= draft.prefer_long_down_to] or sizes[:1]
    # Heights only grow with the type size: if every long text fails at the smallest preferred
    # size, no larger one is worth measuring.
    if layout(preferred[-1]).total(set()) <= room:
        for size in preferred:
            if layout(size).total(set()) <= room:
                return _resolve(draft, layout(size), set(), room)
    for size in sizes:
        lay = layout(size)
        if lay.total({b for b, _ in lay.choices}) > room:
            continue  # not even with every text short
        short: set[str] = set()
        order = lay.shortening_order()
        for block in order:
            short.add(block)
            if lay.total(short) <= room:
                # Give back the long text wherever it still fits, smallest growth first.
                for block_back in reversed(order):
                    if block_back in short and lay.total(short - {block_back}) <= room:
                        short.discard(block_back)
                return _resolve(draft, lay, short, room)
    smallest = layout(sizes[-1])
    raise _too_long(draft, smallest, room)


_MEASURER = None


def _shared_measurer():
    global _MEASURER
    if _MEASURER is None:
        from briefer.layout.flow import Measurer

        _MEASURER = Measurer()
    return _MEASURER


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
            overflow_pt=over,
        )
    labels = [f"{b} ({draft.titles.get(b, b)})" for b in names]
    return FitError(
        f"too long for one page by about {lines} lines even at {lay.body:g} pt with short texts; "
        + advice
        + ", ".join(labels)
        + " — or shorten an edit",
        candidates=names,
        overflow_pt=over,
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
        used_height=lay.total(short),
    )


__all__ = ["SAFETY", "available_height", "fit", "make_styles"]
