"""Renderers: a sized Plan in, the bytes of a file out. They know nothing of disk or Qt."""

from __future__ import annotations

import re

from briefer.render.pdf_clean import without_boilerplate

_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_SPACE = re.compile(r"[\t\n\r\u2028\u2029]")


def clean(text: str) -> str:
    """User text made safe for any output: illegal control characters dropped, breaks as spaces."""
    return _SPACE.sub(" ", _ILLEGAL.sub("", text))


without_boilerplate()  # every PDF made in this process (pages, schedules) names no tool
