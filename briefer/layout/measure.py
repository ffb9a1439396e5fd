"""Heights of plan pieces: the :class:`Measurer` protocol the fit relies on, and its one
implementation over the PDF's own flowables."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from briefer.layout.flow import Flow, height
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
