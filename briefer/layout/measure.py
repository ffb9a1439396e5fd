"""Heights of plan pieces: the :class:`Measurer` protocol the fit relies on, its exact
implementation over the PDF's own flowables, and a quick estimate from the text's width."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Protocol

from reportlab.pdfbase.pdfmetrics import stringWidth

from briefer.layout.flow import (
    ACCENT_BAR,
    BOX_PAD_BOTTOM,
    BOX_PAD_SIDE,
    BOX_PAD_TOP,
    BOX_SPACE_AFTER,
    Flow,
    height,
)
from briefer.layout.fonts import register_pdf_faces
from briefer.plan import Choice, Para, Row, Section, Variant
from briefer.plan import Table as PlanTable

Heights = Mapping[Variant, float]  # a talking point's height with its short and its long text


class Measurer(Protocol):
    """What the fit needs to know of a section at one set of sized styles."""

    def section(
        self, flow: Flow, section: Section, first: bool, gap: float
    ) -> tuple[float, list[tuple[str, Heights]]]:
        """The fixed height of a section and, per talking point, its heights by variant."""
        ...


class FlowMeasurer:
    """Measures with the flowables the PDF draws; remembers each height it has measured."""

    MAX_HEIGHTS = 20_000

    def __init__(self) -> None:
        self._cache: dict[tuple, float] = {}

    def section(
        self, flow: Flow, section: Section, first: bool, gap: float
    ) -> tuple[float, list[tuple[str, Heights]]]:
        fixed = 0.0 if first else gap
        if section.heading:
            fixed += self.para(flow, section.heading)
        choices: list[tuple[str, Heights]] = []
        if section.boxed:
            box = flow.boxed(flow.flowables(section.items))  # type: ignore[arg-type]
            return fixed + height(box, flow.width), choices
        for item in section.items:
            if isinstance(item, Para):
                fixed += self.para(flow, item)
            elif isinstance(item, Choice):
                choices.append((item.block, _Heights(self, flow, item, None)))
            elif isinstance(item, PlanTable):
                fixed += self.rows(flow, (item.header,), item.widths, header=True)
                for row in item.rows:
                    if isinstance(row, Choice):
                        choices.append((row.block, _Heights(self, flow, row, item.widths)))
                    else:
                        fixed += self.rows(flow, (row,), item.widths, header=False)
        return fixed, choices

    def para(self, flow: Flow, para: Para) -> float:
        key = (flow.key, para)
        found = self._cache.get(key)
        if found is None:
            found = self._remember(key, height(flow.para(para), flow.width))
        return found

    def rows(self, flow: Flow, rows: tuple[Row, ...], widths, header: bool) -> float:
        key = (flow.key, rows, widths, header)
        found = self._cache.get(key)
        if found is None:
            table = flow.table(list(rows), widths, header)
            found = self._remember(key, height(table, flow.width))
        return found

    def _remember(self, key: tuple, value: float) -> float:
        if len(self._cache) >= self.MAX_HEIGHTS:
            self._cache.clear()
        self._cache[key] = value
        return value


class _Heights(Mapping):
    """The short and long heights of one talking point, each measured only when first asked."""

    def __init__(self, measurer: FlowMeasurer, flow: Flow, choice: Choice, widths) -> None:
        self._args = (measurer, flow, choice, widths)
        self._known: dict[str, float] = {}

    def __getitem__(self, variant: str) -> float:
        known = self._known.get(variant)
        if known is None:
            measurer, flow, choice, widths = self._args
            items = choice.pick(variant)  # type: ignore[arg-type]
            if widths is not None:
                known = measurer.rows(flow, items, widths, header=False)  # type: ignore[arg-type]
            else:
                known = sum(measurer.para(flow, p) for p in items)  # type: ignore[arg-type]
            self._known[variant] = known
        return known

    def __iter__(self):
        return iter(("short", "long"))

    def __len__(self) -> int:
        return 2


# A greedy line breaker leaves part of each line empty (the word that did not fit goes down):
# on this content about 4 % of the width. The estimate needs to be close, not exact: the fit
# measures exactly every size it may choose.
_FILL = 0.96


class EstimateMeasurer:
    """Guesses heights from the text's width, without breaking a line: what the fit uses to
    choose which sizes to measure, never to decide that a page fits."""

    def section(
        self, flow: Flow, section: Section, first: bool, gap: float
    ) -> tuple[float, list[tuple[str, Heights]]]:
        fixed = 0.0 if first else gap
        if section.heading:
            fixed += self.para(flow, section.heading, flow.width)
        choices: list[tuple[str, Heights]] = []
        if section.boxed:
            inner = flow.width - 2 * flow.body * BOX_PAD_SIDE - ACCENT_BAR
            heights = [self._item(flow, item, inner) for item in section.items]
            pads = flow.body * (BOX_PAD_TOP + BOX_PAD_BOTTOM + BOX_SPACE_AFTER)
            return fixed + sum(heights) + pads, choices
        for item in section.items:
            if isinstance(item, Choice):
                widths = None
                choices.append((item.block, self._choice(flow, item, widths)))
            elif isinstance(item, PlanTable):
                fixed += self.row(flow, item.header, item.widths)
                for row in item.rows:
                    if isinstance(row, Choice):
                        choices.append((row.block, self._choice(flow, row, item.widths)))
                    else:
                        fixed += self.row(flow, row, item.widths)
            else:
                fixed += self._item(flow, item, flow.width)
        return fixed, choices

    def _item(self, flow: Flow, item: object, width: float) -> float:
        if isinstance(item, Para):
            return self.para(flow, item, width)
        if isinstance(item, PlanTable):
            rows = [item.header, *item.rows]
            return sum(self.row(flow, r, item.widths) for r in rows if isinstance(r, Row))
        return 0.0

    def _choice(self, flow: Flow, choice: Choice, widths) -> Heights:
        def total(variant: Variant) -> float:
            items = choice.pick(variant)
            if widths is not None:
                return sum(self.row(flow, r, widths) for r in items)  # type: ignore[arg-type]
            return sum(self.para(flow, p, flow.width) for p in items)  # type: ignore[arg-type]

        return {"short": total("short"), "long": total("long")}

    def row(self, flow: Flow, row: Row, widths: tuple[float, ...]) -> float:
        pad = flow.pad
        cells = [
            self.para(flow, cell, flow.width * share - 2 * pad)
            for cell, share in zip(row.cells, widths, strict=False)
        ]
        return max(cells, default=0.0) + 1.5 * pad

    def para(self, flow: Flow, para: Para, width: float) -> float:
        style = flow.styles[para.role]
        room = max(width - style.indent, 1.0) * _FILL
        text = 0.0
        for span in para.spans:
            face = flow.face(style, span.bold, span.italic)
            register_pdf_faces((face,))
            words = span.text.upper() if style.upper else span.text
            text += stringWidth(words, face, style.size)
        lines = max(1, math.ceil(text / room))
        return lines * style.leading + style.space_after
