"""Where reportlab is slower than it needs to be for this page, and the faster equivalent.

``sameFrag`` (is this word in the same font, size and colour as the last?) is asked about once
per word when a paragraph is broken into lines, ~1,000 times a page. rl_accel 0.9.1's C version
looks up each absent attribute through an exception (``PyObject_HasAttrString``), which makes it
about five times slower than reportlab's own Python fallback: 4.4 µs a call against 0.7 µs here,
about 4 ms of a 21 ms build. :func:`same_frag` answers exactly as both do (same instance
attributes, compared with ``==`` after an identity check) and replaces it where paragraphs use it.
"""

from __future__ import annotations

from reportlab.platypus import paragraph

# What reportlab compares, in its order (a fragment with cbDefn or lineBreak never merges).
_COMPARED = ("fontName", "fontSize", "textColor", "rise", "us_lines", "link", "backColor", "nobr")


def same_frag(f: object, g: object) -> bool:
    """True when two paragraph fragments draw alike, so their words may share one fragment."""
    fd = f.__dict__
    gd = g.__dict__
    if "cbDefn" in fd or "lineBreak" in fd or "cbDefn" in gd or "lineBreak" in gd:
        return False
    # list equality checks identity first, as the C version does, before calling __eq__
    return list(map(fd.get, _COMPARED)) == list(map(gd.get, _COMPARED))


def install() -> None:
    """Make reportlab's paragraphs use :func:`same_frag` in place of rl_accel's (idempotent).
    Only that one is replaced: if a reportlab release brings another, it is left as it is."""
    try:
        from _rl_accel import sameFrag as accelerated
    except ImportError:  # reportlab then uses its own Python version, nearly as quick
        return
    if paragraph.sameFrag is accelerated:
        paragraph.sameFrag = same_frag
