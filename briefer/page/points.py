"""The talking points' sections: each point with its short and long text (a Choice the fit
resolves), a misconception as its claim and response under the page's labels."""

from __future__ import annotations

from briefer.layout.whole import no_widow
from briefer.page.brief import Brief
from briefer.page.content import DEFAULT_LABELS, Block, Labels, Pack
from briefer.page.pack_languages import language_name
from briefer.page.templates import Template
from briefer.page.words import Words, words_for
from briefer.plan import Choice, Para, Row, Section, Span, Table


def _texts(block: Block, brief: Brief) -> tuple[str, str]:
    edit = brief.edits.get(block.id)
    return (edit, edit) if edit else (block.short, block.long)


def _point(block: Block, text: str, role: str, bullet: str | None) -> Para:
    title = block.title.rstrip(".") + ". "
    return Para(role, (Span(title, bold=True), Span(text)), block=block.id, bullet=bullet)


def _choice(block: Block, brief: Brief, make) -> Choice:
    short, long = _texts(block, brief)
    return Choice(block.id, short=make(short), long=make(long))


def labels_for(pack: Pack, template: Template, language: str = "en") -> Labels:
    """What a misconception's claim and response are called: the template's, else the pack's
    (on a page in the pack's language), else the page language's own ("Claim", "Response")."""
    if template.labels:
        return template.labels
    if pack.labels and pack.language.split("-")[0] == language:
        return pack.labels
    words = words_for(language)
    if language == "en":
        return DEFAULT_LABELS
    return Labels(claim=words.myth_head, response=words.fact_head)


def _sep(words: Words) -> str:
    """What follows a label in the page's language (": ", or " : " in French)."""
    label = words.myth
    return label[len(label.rstrip(" :\u00a0\u202f")) :]


def _misconception(block: Block, brief: Brief, as_table: bool, labels: Labels) -> Choice:
    claim = block.claim or block.title

    def row(text: str) -> tuple[Row]:
        cells = (
            Para("table_cell", (Span(claim, italic=True),), block=block.id),
            Para("table_cell", (Span(block.title.rstrip(".") + ". ", bold=True), Span(text))),
        )
        return (Row(cells, block=block.id),)

    words = words_for(brief.language)

    def pair(text: str) -> tuple[Para, Para]:
        return (
            Para(
                "myth",
                (Span(labels.claim + _sep(words), bold=True), Span(claim, italic=True)),
                block=block.id,
            ),
            Para(
                "fact", (Span(labels.response + _sep(words), bold=True), Span(text)), block=block.id
            ),
        )

    return _choice(block, brief, row if as_table else pair)


def section_for(
    kind: str, blocks: list[Block], brief: Brief, template: Template, labels: Labels
) -> Section | None:
    heading_text = template.headings.get(kind)
    heading = Para("heading", (Span(no_widow(heading_text)),)) if heading_text else None
    if kind == "framing":
        items = [_choice(b, brief, lambda t, b=b: (_point(b, t, "lead", None),)) for b in blocks]
    elif kind in ("evidence", "context"):
        items = [_choice(b, brief, lambda t, b=b: (_point(b, t, "bullet", "•"),)) for b in blocks]
    elif kind == "recommendations":
        items = [
            _choice(b, brief, lambda t, b=b, n=n: (_point(b, t, "bullet", f"{n}."),))
            for n, b in enumerate(blocks, 1)
        ]
    elif kind == "misconceptions" and template.misconceptions == "table":
        heads = (labels.claim, labels.response)
        header = Row(tuple(Para("table_head", (Span(head),)) for head in heads))
        rows = tuple(_misconception(b, brief, True, labels) for b in blocks)
        return Section(kind, (Table(header, rows, (0.34, 0.66)),), heading) if rows else None
    else:
        items = [_misconception(b, brief, False, labels) for b in blocks]
    return Section(kind, tuple(items), heading) if items else None


KIND_OF_SECTION = {
    "framing": "framing",
    "evidence": "evidence",
    "misconceptions": "misconception",
    "recommendations": "recommendation",
    "context": "context",
}


__all__ = ["KIND_OF_SECTION", "labels_for", "section_for"]


def pack_in_language(pack: Pack, brief: Brief) -> Pack:
    """The pack with its texts in the brief's language. A chosen point without text in it (or
    a pack without any) is refused, naming the point and the language, unless the brief says
    ``content_fallback:`` (the pack's own language): then that text prints as the pack has it."""
    found = pack.in_language(brief.language)
    ids = list(brief.blocks) or list(pack.defaults) or [pack.blocks[0].id]
    if found is None:
        missing, found = ids, pack
    else:
        missing = [i for i in ("", *ids) if i in found.untranslated]
    if not missing or brief.content_fallback:
        return found
    name, own = language_name(brief.language), pack.own_language
    how = (
        f"write it in the pack's {name} file (NAME.{brief.language}.yaml beside the pack), or add "
        f"'content_fallback: {own}' to print its {language_name(own)} text"
    )
    if missing[0] == "":
        what = "the pack's own texts (its title, its ask)"
    else:
        more = f" (and {len(missing) - 1} more)" if len(missing) > 1 else ""
        what = f"the point '{missing[0]}'{more}"
    raise brief.error(f"{what} has no text in {name}: {how}", "language")
