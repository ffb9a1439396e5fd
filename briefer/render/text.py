"""Read-ahead text: the same plan as a plain-text or Markdown email body, sent before the meeting.

The order suits an email rather than the page: the ask first (with the bill), then the meeting,
then the points in the plan's order, then who we are and the source. Paragraphs are single lines
(email clients wrap them) with a blank line between them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefer.layout.whole import NBSP
from briefer.page.words import WORDS, words_for
from briefer.plan import Para, Plan, Section, Span
from briefer.plan import Table as PlanTable
from briefer.render import clean

_SPACES = re.compile(r"[^\S\xa0\u2007\u202f]+")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")
_MD_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
_MD_LINE_START = re.compile(r"^(\d+)([.)])|^([-+=])")


@dataclass(frozen=True)
class _Line:
    """One paragraph of the email: what it is, an optional label, its spans."""

    kind: str  # para, title, subtitle, heading, item, rule
    spans: tuple[Span, ...] = ()
    label: str = ""  # the bullet or number of an item


CONTACT_LABELS = {words.contact for words in WORDS.values()}  # the sidebar's, any language


def _lines(plan: Plan) -> list[_Line]:
    header = next((s for s in plan.sections if s.kind == "header"), None)
    ask = next((s for s in plan.sections if s.boxed), None)
    out: list[_Line] = []
    if ask:
        paras = [p for p in ask.items if isinstance(p, Para)]
        label = next((p.text for p in paras if p.role == "ask_label"), "Our ask")
        for p in paras:
            if p.role == "ask":
                out.append(_Line("para", (Span(f"{label}: ", bold=True), *p.spans)))
            elif p.role != "ask_label":
                out.append(_Line("para", p.spans))
    side = _sidebar_groups(plan)
    for label, paras in side[:2] if ask is None else ():  # the sidebar's ask and meeting
        if paras and paras[0].role == "side_ask":
            out.append(_Line("para", (Span(f"{label}: ", bold=True), *paras[0].spans)))
            out += [_Line("para", p.spans) for p in paras[1:]]
        elif paras:
            out.append(_Line("para", (Span(" · ".join(p.text for p in paras)),)))
    heads = [p for p in (header.items if header else ()) if isinstance(p, Para)]
    out += [_Line("para", p.spans) for p in heads if p.role == "meta"]
    out += [_Line("title", p.spans) for p in heads if p.role == "title"]
    out += [_Line("subtitle", p.spans) for p in heads if p.role == "subtitle"]
    for section in plan.sections:
        if section is not header and section is not ask:
            out += _section(section)
    decor = plan.page.decor
    if decor is not None and decor.qr is not None:
        more = words_for(plan.meta.language).more
        out.append(_Line("para", (Span(more, bold=True), Span(decor.qr.url))))
    if plan.footer:
        out.append(_Line("rule"))
        contact = [paras for label, paras in side if label in CONTACT_LABELS]
        for paras in contact:  # the sidebar's contact, where the footer has it on the page
            out.append(_Line("para", (Span(" · ".join(p.text for p in paras), bold=True),)))
        out += [_Line("para", p.spans) for p in plan.footer]
    return out


def _sidebar_groups(plan: Plan) -> list[tuple[str, list[Para]]]:
    """The sidebar's text as (label, paragraphs): "Our ask", "The meeting", "Contact"."""
    decor = plan.page.decor
    if decor is None or decor.sidebar is None:
        return []
    groups: list[tuple[str, list[Para]]] = []
    for para in decor.sidebar.items:
        if para.role == "side_label":
            groups.append((para.text, []))
        elif groups:
            groups[-1][1].append(para)
    return groups


def _section(section: Section) -> list[_Line]:
    out = [_Line("heading", section.heading.spans)] if section.heading else []
    for item in section.items:
        if isinstance(item, Para):
            if item.bullet:
                out.append(_Line("item", item.spans, item.bullet))
            else:
                out.append(_Line("para", item.spans))
        elif isinstance(item, PlanTable):
            labels = [cell.text.strip() for cell in item.header.cells]
            for row in item.rows:
                for label, cell in zip(labels, row.cells, strict=False):  # type: ignore[union-attr]
                    spans = (Span(f"{label}: ", bold=True), *cell.spans) if label else cell.spans
                    out.append(_Line("para", spans))
    return out


def _plain_spans(spans: tuple[Span, ...]) -> str:
    # the page's no-break spaces (a name, a date, a room kept on one line) are plain spaces in
    # an email, which the reader's client wraps and a reader copies from
    return _SPACES.sub(" ", "".join(clean(s.text) for s in spans)).replace(NBSP, " ").strip()


def _plain(line: _Line) -> str:
    text = _plain_spans(line.spans)
    if line.kind == "heading":
        return text.upper()
    if line.kind == "item":
        return f"{line.label} {text}"
    if line.kind == "rule":
        return "---"
    return text


def md_escape(text: str) -> str:
    """User text shown literally in Markdown: a typed *, _, # or <b> is not markup."""
    return _MD_ENTITY.sub(r"\\&", _MD_SPECIAL.sub(r"\\\1", text))


def _md_spans(spans: tuple[Span, ...]) -> str:
    merged: list[list] = []  # [text, bold, italic], neighbours with the same look joined
    for span in spans:
        text = _SPACES.sub(" ", clean(span.text)).replace(NBSP, " ")
        if merged and merged[-1][1:] == [span.bold, span.italic]:
            merged[-1][0] += text
        elif text:
            merged.append([text, span.bold, span.italic])
    out = []
    for text, bold, italic in merged:
        mark = "*" * ((2 if bold else 0) + (1 if italic else 0))
        core = text.strip(" ")
        if not core or not mark:
            out.append(md_escape(text))
            continue
        lead = " " if text.startswith(" ") else ""
        trail = " " if text.endswith(" ") else ""
        out.append(f"{lead}{mark}{md_escape(core)}{mark}{trail}")
    text = _SPACES.sub(" ", "".join(out)).strip()
    # At the start of a line, "1." or "-" would begin a list: escape them.
    return _MD_LINE_START.sub(
        lambda m: "\\" + m.group(0) if m.group(3) else f"{m[1]}\\{m[2]}", text
    )


def _markdown(line: _Line) -> str:
    text = _md_spans(line.spans)
    if line.kind in ("title", "heading"):
        return f"## {text}"
    if line.kind == "subtitle":
        return f"*{text}*" if text and not text.startswith("*") else text
    if line.kind == "item":
        number = re.match(r"^(\d+)[.)]$", line.label)
        return f"{number.group(1)}. {text}" if number else f"- {text}"
    if line.kind == "rule":
        return "---"
    return text


def _join(paragraphs: list[str]) -> bytes:
    return ("\n\n".join(p for p in paragraphs if p) + "\n").encode("utf-8")


def render_text(plan: Plan) -> bytes:
    """Plain UTF-8 text for an email: no markup, no hard wrapping inside paragraphs."""
    return _join([_plain(line) for line in _lines(plan)])


def render_markdown(plan: Plan) -> bytes:
    """Markdown: ## headings, bold point titles, "- " bullets, "1." numbers; user text escaped."""
    return _join([_markdown(line) for line in _lines(plan)])


__all__ = ["md_escape", "render_markdown", "render_text"]
