"""The DOCX's core properties: title, subject, author (only when one is set), keywords and
language, cleaned and within python-docx's limit. The template's fixed dates stay; nothing of the
machine or the user is written."""

from __future__ import annotations

from typing import Any

from briefer.plan import Meta
from briefer.render import clean

MAX_PROPERTY = 255  # the longest core property python-docx (and Word's dialog) takes


def _property(text: str) -> str:
    """Clean text within python-docx's limit, cut with an ellipsis if longer."""
    text = clean(text)
    return text if len(text) <= MAX_PROPERTY else text[: MAX_PROPERTY - 1].rstrip() + "…"


def _keywords(keywords: tuple[str, ...]) -> str:
    """As many whole keywords as python-docx's limit takes."""
    kept = [clean(k) for k in keywords]
    while len(", ".join(kept)) > MAX_PROPERTY:
        kept.pop()
    return ", ".join(kept)


def set_properties(props: Any, meta: Meta) -> str:
    """Fill python-docx's core properties from the plan's metadata; returns the language set."""
    props.title, props.subject = _property(meta.title), _property(meta.subject)
    props.author = _property(meta.author or "")  # only when one is set
    props.keywords, props.language = _keywords(meta.keywords), _property(meta.language)
    return props.language
