"""A floor for the cold build: a new process that makes the same page with bare reportlab.

It does the least any program that makes this page from this brief must do: import reportlab's
platypus and YAML, read the brief, register the three faces the page uses, typeset the page's
words once at the chosen body size and write the PDF. No checking of the brief, no choice of size,
no meeting log. ``benchmarks/core.py`` runs it as a new process, as it runs ``briefer build``.

Run: python benchmarks/bare_page.py BRIEF TEXT BODY_SIZE REGULAR BOLD ITALIC OUT
(TEXT: the page's words, a paragraph to a line, as ``briefer build -f txt`` writes them)
"""

from __future__ import annotations

import sys

import reportlab.platypus
import yaml
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont


def escape(text: str) -> str:
    """Markup's three special characters (not Briefer's escape: this floor imports none of it)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def main(argv: list[str]) -> None:
    brief, text, size, regular, bold, italic, out = argv
    with open(brief, "rb") as file:
        yaml.load(file, Loader=yaml.CSafeLoader)
    for name, path in (("R", regular), ("B", bold), ("I", italic)):
        pdfmetrics.registerFont(TTFont(name, path))
    body = float(size)
    styles = {
        "body": ParagraphStyle("body", fontName="R", fontSize=body, leading=body * 1.25),
        "head": ParagraphStyle("head", fontName="B", fontSize=body, leading=body * 1.25),
        "note": ParagraphStyle("note", fontName="I", fontSize=body * 0.7, leading=body * 0.9),
    }
    with open(text, encoding="utf-8") as file:
        lines = [line.strip() for line in file if line.strip()]
    story = []
    for line in lines:
        kind = "head" if line.isupper() else "note" if line.startswith("Source") else "body"
        story.append(reportlab.platypus.Paragraph(escape(line), styles[kind]))
    margin = 0.6 * inch
    reportlab.platypus.SimpleDocTemplate(
        out, pagesize=letter, leftMargin=margin, rightMargin=margin, topMargin=margin
    ).build(story)


if __name__ == "__main__":
    main(sys.argv[1:])
