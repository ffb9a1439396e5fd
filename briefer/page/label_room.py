"""Whether a template's labels fit their columns: the Claim | Response table's heads (the
template's ``labels:``, or a pack's), a misconception's label before its text, and the sidebar's
labels ("OUR ASK", "THE MEETING", "CONTACT" in every page language), and the sections'
headings, one line each, in every page language and for every audience. A label wider than
its column would break inside a word on the page (a heading would run to a second line); it
is refused before anything is built, with the file, line and field that set it. Measured with
the template's font, at its largest body size, on the narrower paper: the worst case the page
can meet.
"""

from __future__ import annotations

from pathlib import Path

from briefer.layout.flow import CELL_PAD
from briefer.layout.fonts import pdf_names, register_pdf_faces
from briefer.layout.styles import half_point
from briefer.page.content import Labels
from briefer.page.templates import Template, find_template, origin
from briefer.page.words import LANGUAGE_NAMES, WORDS
from briefer.support import yamlio
from briefer.support.errors import BrieferError
from briefer.support.formats import PAPER_SIZES

TABLE = (0.34, 0.66)  # the Claim | Response table's columns (as page/points.py sets them)
LIST_SHARE = 0.5  # a label before a misconception's text takes at most half the column


def _width(text: str, template: Template, role: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    spec = template.roles[role]
    faces = pdf_names(template.font)
    face = faces[("bold" if spec.bold else "") + ("italic" if spec.italic else "") or "regular"]
    register_pdf_faces((face,))
    return stringWidth(text.upper() if spec.upper else text, face, size)


def _frame(template: Template) -> float:
    """The narrowest main column the template leaves (Letter and A4)."""
    _, _, left, right = template.margin_points()
    side = template.sidebar.width + template.sidebar.gap if template.layout == "sidebar" else 0
    return min(width for width, _ in PAPER_SIZES.values()) - left - right - side


def label_problems(template: Template, labels: Labels | None = None) -> list[tuple[str, str]]:
    """(field, message) for each label too wide for its column; ``labels``: a pack's, where the
    template sets none (else the template's own)."""
    problems: list[tuple[str, str]] = []
    body = template.fit.max_body
    frame = _frame(template)
    labels = template.labels or labels
    if labels is not None:
        table = template.misconceptions == "table"
        for index, key in enumerate(("claim", "response")):
            text = getattr(labels, key)
            role = "table_head" if table else ("myth" if key == "claim" else "fact")
            size = half_point(template.roles[role].size * body)
            room = frame * TABLE[index] - 2 * body * CELL_PAD if table else frame * LIST_SHARE
            wide = _width(text if table else f"{text}: ", template, role, size)
            if wide > room:
                where = f"its column of the table ({room:.0f} pt)" if table else "half the column"
                problems.append(
                    (
                        f"labels.{key}",
                        f"'{text}' is {wide:.0f} pt wide at {size:g} pt, wider than {where}: "
                        "use a shorter label",
                    )
                )
    problems += _heading_problems(template, frame, body)
    if template.layout == "sidebar" and "side_label" in template.roles:
        side = template.sidebar
        room = side.width - 2 * side.padding
        size = half_point(template.roles["side_label"].size * side.size)
        for language, words in WORDS.items():
            for text in (words.our_ask, words.the_meeting, words.contact):
                wide = _width(text, template, "side_label", size)
                if wide > room:
                    problems.append(
                        (
                            "sidebar.width",
                            f"the sidebar's label '{text.upper()}' ({LANGUAGE_NAMES[language]}) "
                            f"is {wide:.0f} pt wide at {size:g} pt; the column holds "
                            f"{room:.0f} pt: make the sidebar wider, its padding or its labels "
                            "smaller (roles.side_label.size)",
                        )
                    )
                    return problems
    return problems


def _heading_problems(template: Template, frame: float, body: float) -> list[tuple[str, str]]:
    """Each section heading wider than one line of the main column, in any page language and
    for any audience (the first language and audience that overflow, per heading)."""
    from briefer.page.audience import AUDIENCES, wording
    from briefer.page.words import heading

    if "heading" not in template.roles:
        return []
    size = half_point(template.roles["heading"].size * body)
    problems = []
    for kind, own in template.headings.items():
        if kind not in template.sections:
            continue
        shown = (
            (wording(heading(own, kind, language, audience.id), audience), language, audience)
            for language in WORDS
            for audience in AUDIENCES.values()
        )
        for text, language, audience in shown:
            wide = _width(text, template, "heading", size)
            if wide > frame:
                problems.append(
                    (
                        f"headings.{kind}",
                        f"the heading '{text}' ({LANGUAGE_NAMES[language]}, {audience.label}) is "
                        f"{wide:.0f} pt wide at {size:g} pt; its column holds {frame:.0f} pt on "
                        "one line: use a shorter heading",
                    )
                )
                break
    return problems


def check_template_labels(template: Template, path: Path, text: str | None = None) -> None:
    """Raise the first label too wide for its column, at the line of the file that sets it
    (``text``: the template's content, when read already)."""
    problems = label_problems(template)
    if problems:
        field, message = problems[0]
        if field == "sidebar.width":  # the key this file sets, of those that make it too wide
            for other in ("roles.side_label.size", "sidebar.padding", "sidebar.width"):
                if origin(path, other.split("."), text)[0] == str(path):
                    field = other
                    break
        file, line = origin(path, field.split("."), text)
        raise BrieferError(message, file=file, line=line, field=field)


def check_pack_labels(labels: Labels | None, template: Template, pack_file: Path | str) -> None:
    """Raise when a pack's labels, which ``template`` uses, are too wide for its columns."""
    if labels is None or template.labels is not None:
        return
    for field, message in label_problems(template, labels):
        if field.startswith("labels."):
            data = yamlio.load(Path(pack_file)) if Path(pack_file).is_file() else {}
            line = yamlio.line_of(data, field.split(".")) if isinstance(data, dict) else None
            raise BrieferError(
                f"{message} (template '{template.name}')", file=pack_file, line=line, field=field
            )


def check_named_template(name: str, relative_to: Path | None, template: Template) -> None:
    """The label check for a template loaded by name or path (as ``load_template`` finds it)."""
    check_template_labels(template, find_template(name, relative_to))


__all__ = ["check_named_template", "check_pack_labels", "check_template_labels", "label_problems"]
