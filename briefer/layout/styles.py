"""Sized styles: a template's role specs (in ems of the body size) at one body size, in points."""

from __future__ import annotations

from briefer.plan import Draft, Style


def half_point(size: float) -> float:
    """Round to half points: what Word can set, so the PDF and the DOCX agree."""
    return round(size * 2) / 2


def make_styles(draft: Draft, body: float) -> dict[str, Style]:
    """Every role sized for ``body``; the footer keeps its fixed size whatever the body."""
    styles = {}
    for name, spec in draft.role_specs.items():
        size = half_point(draft.footer_size if name == "footer" else spec.size * body)
        styles[name] = Style(
            role=name,
            size=size,
            leading=round(size * spec.leading, 2),
            color=draft.palette.resolve(spec.color),
            bold=spec.bold,
            italic=spec.italic,
            space_after=round(spec.space_after * body, 2),
            indent=round(spec.indent * body, 2),
            upper=spec.upper,
        )
    return styles
