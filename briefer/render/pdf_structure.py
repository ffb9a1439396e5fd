"""The roles of the page's parts: a section's flowables (as ``Flow.section`` makes them for the
fit) wrapped so that each is drawn as its structure element.

A section is a ``Sect``: its heading an ``H2`` (the page's title the ``H1``), paragraphs ``P``,
bullets and numbered points an ``L`` of ``LI`` (each with its ``Lbl`` and ``LBody``), the
claim/response table a ``Table`` of ``TR`` with ``TH`` (column headers) and ``TD``. The flowables
keep their sizes, so the page is laid out exactly as the fit measured it.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer
from reportlab.platypus import Table as RLTable

from briefer.plan import Meta, Para, Section
from briefer.plan import Table as PlanTable
from briefer.render.pdf_tags import Group, Marked, Tagger

ROLES = {"title": "H1", "heading": "H2", "ask_label": "H2"}  # any other paragraph is a P


def role_of(para: Para) -> str:
    return ROLES.get(para.role, "P")


def tagged_section(
    out: list[Flowable], section: Section, tagger: Tagger, meta: Meta | None = None
) -> list[Flowable]:
    """``out``, the flowables ``Flow.section`` made for ``section``, drawn as a tagged Sect;
    the points ``meta`` says are in another language say so."""
    tagger.other = (meta.other_language, set(meta.in_other_language)) if meta else ("", set())
    group = Group("Sect")
    result: list[Flowable] = []
    rest = list(out)
    if rest and isinstance(rest[0], Spacer):
        result.append(rest.pop(0))
    if section.heading is not None:
        result.append(Marked(rest.pop(0), tagger, role_of(section.heading), group))
    if section.boxed:
        (box,) = rest
        box._cellvalues[0][0] = _items(box._cellvalues[0][0], section, tagger, group)
        return [*result, box]
    return [*result, *_items(rest, section, tagger, group)]


def _items(flowables: list[Flowable], section: Section, tagger: Tagger, group: Group) -> list:
    out: list[Flowable] = []
    listed: Group | None = None
    for flowable, item in zip(flowables, section.items, strict=True):
        if isinstance(item, PlanTable):
            out.append(_table(flowable, item, tagger, group))
            listed = None
        elif isinstance(item, Para) and item.bullet:
            if listed is None:
                numbering = "Disc" if item.bullet == "•" else "Decimal"
                listed = Group("L", group, O="List", ListNumbering=numbering)
            out.append(Marked(flowable, tagger, "LI", listed, _lang(tagger, item.block)))
        elif isinstance(item, Para):
            key = "" if item.role in ("title", "subtitle") else item.block
            out.append(Marked(flowable, tagger, role_of(item), group, _lang(tagger, key)))
            listed = None
        else:
            raise TypeError(f"unresolved plan item {item!r}")
    return out


def _table(table: RLTable, item: PlanTable, tagger: Tagger, group: Group) -> RLTable:
    """The table's cells as TH (the header row, each heading its column) and TD."""
    whole = Group("Table", group)
    rows = [None, *(getattr(row, "block", None) for row in item.rows)]
    for index, row in enumerate(table._cellvalues):
        tr = Group("TR", whole)
        lang = _lang(tagger, rows[index]) if index < len(rows) else None
        for column, cell in enumerate(row):
            if index == 0:
                row[column] = Marked(cell, tagger, "TH", tr, O="Table", Scope="Column")
            else:
                row[column] = Marked(cell, tagger, "TD", tr, lang)
    return table


def _lang(tagger: Tagger, key: str | None) -> str | None:
    """The language of a point (``key`` its id, "" the pack's title) printed in another one."""
    language, keys = getattr(tagger, "other", ("", set()))
    return language if language and key is not None and key in keys else None
