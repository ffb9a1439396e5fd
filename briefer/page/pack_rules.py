"""The rules a content pack meets beyond its file format, stated once for reading a pack, the
command line and the editor: the kinds and word limits, every text present, a short text no
longer than its long one, no invisible direction controls or tag characters (text that reads
differently from how it prints). Whether each point fits a page alone is checked where pages are
built: :mod:`briefer.packs.checks`.

Each rule works on plain values, so the editor can show a problem next to a field the user is
still typing in, and :func:`check_rules` turns the first problem of a file into one located error.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any

from briefer.page.audience import IDS as AUDIENCES
from briefer.support import yamlio
from briefer.support.errors import BrieferError
from briefer.support.validation import _check_text

KINDS: tuple[str, ...] = ("framing", "evidence", "misconception", "recommendation", "context")
SHORT_WORDS = 30  # the most words a point's short text has
LONG_WORDS = 80  # and its long text

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
ID_HINT = "use lower-case letters, digits and hyphens only (like my-campaign)"
POINT_FIELDS = ("id", "kind", "title", "claim", "short", "long")
WORD_FIELDS = ("title", "claim", "short", "long")  # what a variant may give for an audience
# Characters that change how text around them displays (the "Trojan Source" set), and the
# invisible tag characters: text holding them does not print as it reads.
_HIDDEN = {
    **{chr(c): "a direction control" for c in range(0x202A, 0x202F)},
    **{chr(c): "a direction control" for c in range(0x2066, 0x206A)},
    "\u200b": "a zero-width space",
    "\u2060": "a word joiner",
    "\ufeff": "a zero-width no-break space",
}
_HIDDEN_RE = re.compile("[" + "".join(_HIDDEN) + "\U000e0000-\U000e007f]")
# The most characters a field holds (the format's limits).
CHARS = {"title": 120, "claim": 300, "short": 400, "long": 1000}
LABEL_CHARS = 24  # a misconception's label ("Claim", "They say")
PACK_CHARS = {"title": 200, "subtitle": 200, "credit": 300, "url": 200}
SOURCE_CHARS = {"title": 200, "publisher": 200, "credit": 300, "url": 200}


def words(text: str) -> int:
    """Words as the format counts them: runs separated by white space."""
    return len(text.split())


def text_problem(value: str, limit: int, *, required: bool = True) -> str | None:
    """The problem of one text value, or None."""
    value = value.strip()
    if not value:
        return "this text is empty; write it" if required else None
    if len(value) > limit:
        return f"too long: {len(value)} characters, at most {limit}"
    found = _HIDDEN_RE.search(value)  # one scan in C: packs are read on every build
    if found:
        char = found.group()
        what = _HIDDEN.get(char, "an invisible tag character")
        name = unicodedata.name(char, "").title()
        return (
            f"contains {what} (U+{ord(char):04X} {name}), which makes the text print "
            "differently from how it reads; remove it"
        ).replace(" ),", "),")
    try:
        _check_text(value)
    except ValueError as exc:
        return str(exc)
    return None


def id_problem(value: str) -> str | None:
    if not value:
        return "an id is needed: " + ID_HINT
    return None if ID_PATTERN.match(value) else ID_HINT


def point_problems(point: Mapping[str, Any]) -> dict[str, str]:
    """Problems of one talking point, by field name (``id``, ``kind``, ``title``, ...)."""
    out: dict[str, str] = {}
    if problem := id_problem(str(point.get("id") or "")):
        out["id"] = problem
    kind = point.get("kind")
    if kind not in KINDS:
        out["kind"] = f"unknown kind '{kind}': one of {', '.join(KINDS)}"
    claim = str(point.get("claim") or "")
    if kind == "misconception":
        if problem := text_problem(claim, CHARS["claim"]):
            out["claim"] = (
                "a misconception needs the claim as critics put it"
                if not claim.strip()
                else problem
            )
    elif claim.strip():
        out["claim"] = "only a misconception has a claim; clear it or change the kind"
    for name in ("title", "short", "long"):
        if problem := text_problem(str(point.get(name) or ""), CHARS[name]):
            if kind == "misconception" and name != "title" and problem.startswith("this text"):
                problem = f"the response to the claim is empty: a misconception's '{name}' holds it"
            out[name] = problem
    short, long = str(point.get("short") or ""), str(point.get("long") or "")
    out.update(_length_problems(short, long, "", out))
    variants = point.get("variants") or {}
    if not isinstance(variants, Mapping):
        out["variants"] = "expected a mapping of audiences to their words"
        return out
    for audience, variant in variants.items():
        for name, problem in variant_problems(audience, variant, point).items():
            out[f"variants.{audience}" + (f".{name}" if name else "")] = problem
    return out


def _length_problems(short: str, long: str, prefix: str, known: Collection[str]) -> dict:
    out: dict[str, str] = {}
    for name, text, limit in (("short", short, SHORT_WORDS), ("long", long, LONG_WORDS)):
        if prefix + name not in known and words(text) > limit:
            out[prefix + name] = f"{words(text)} words: keep it to {limit} or fewer"
    if not ({prefix + "short", prefix + "long"} & set(known)) and words(short) > words(long):
        out[prefix + "short"] = (
            f"the short text ({words(short)} words) is longer than the long one "
            f"({words(long)} words)"
        )
    return out


def variant_problems(audience: Any, variant: Any, point: Mapping[str, Any]) -> dict[str, str]:
    """Problems of one point's words for an audience, by field ("" for the variant itself)."""
    if audience not in AUDIENCES:
        return {"": f"unknown audience '{audience}': one of {', '.join(AUDIENCES)}"}
    if not isinstance(variant, Mapping):
        return {"": "expected a mapping of title, claim, short and long"}
    given = {k: str(v or "").strip() for k, v in variant.items()}
    if not any(given.values()):
        return {"": "this variant is empty: give its title, short or long text, or remove it"}
    out: dict[str, str] = {}
    for name, value in given.items():
        if not value:
            continue  # not given: the point's own text
        if name not in WORD_FIELDS:
            out[name] = f"unknown key: a variant gives {', '.join(WORD_FIELDS)}"
        elif name == "claim" and point.get("kind") != "misconception":
            out[name] = "only a misconception has a claim"
        elif problem := text_problem(value, CHARS[name]):
            out[name] = problem
    short = given.get("short") or str(point.get("short") or "")
    long = given.get("long") or str(point.get("long") or "")
    found = _length_problems(short, long, "", set(out))
    out.update({k: v for k, v in found.items() if given.get(k)})
    return out


def labels_problems(labels: Any) -> dict[str, str]:
    """Problems of a misconception's labels (``claim``, ``response``), by field."""
    if labels is None:
        return {}
    if not isinstance(labels, Mapping):
        return {"": "expected a mapping: claim and response"}
    out: dict[str, str] = {}
    for name, value in labels.items():
        if name not in ("claim", "response"):
            out[name] = "unknown key: the labels are claim and response"
        elif problem := text_problem(str(value or ""), LABEL_CHARS):
            out[name] = problem
    return out


def pack_problems(data: Mapping[str, Any]) -> dict[str, str]:
    """Problems of a whole pack given as plain data, by field path (``blocks.2.short``...)."""
    out: dict[str, str] = {}
    if problem := id_problem(str(data.get("id") or "")):
        out["id"] = problem
    for name, required in (("title", True), ("subtitle", False)):
        if problem := text_problem(str(data.get(name) or ""), PACK_CHARS[name], required=required):
            out[name] = problem
    source = data.get("source") or {}
    for name in ("title", "publisher", "credit", "url"):
        value = str(source.get(name) or "")
        if problem := text_problem(value, SOURCE_CHARS[name], required=name != "url"):
            out[f"source.{name}"] = problem
    blocks = list(data.get("blocks") or [])
    if not blocks:
        out["blocks"] = "a pack needs at least one talking point"
    seen: dict[str, int] = {}
    for index, point in enumerate(blocks):
        for name, problem in point_problems(point).items():
            out[f"blocks.{index}.{name}"] = problem
        block_id = str(point.get("id") or "")
        if block_id in seen and f"blocks.{index}.id" not in out:
            out[f"blocks.{index}.id"] = (
                f"the id '{block_id}' is already used by point {seen[block_id] + 1}; "
                "ids must be unique"
            )
        seen.setdefault(block_id, index)
    for index, block_id in enumerate(data.get("defaults") or []):
        if block_id not in seen:
            out[f"defaults.{index}"] = f"no talking point has the id '{block_id}'"
    for audience, ask in (data.get("asks") or {}).items():
        if audience not in AUDIENCES:
            out[f"asks.{audience}"] = (
                f"unknown audience '{audience}': one of {', '.join(AUDIENCES)}"
            )
        elif problem := text_problem(str(ask or ""), 2000):
            out[f"asks.{audience}"] = problem
    for name, problem in labels_problems(data.get("labels")).items():
        out["labels" + (f".{name}" if name else "")] = problem
    return out


def _path(field: str) -> list[Any]:
    return [int(part) if part.isdigit() else part for part in field.split(".")]


def check_rules(pack: Mapping[str, Any], data: Any, file: str | Path) -> None:
    """Raise a BrieferError for the first problem of a pack read from ``file``: ``pack`` is the
    validated pack as plain data (``Pack.model_dump(by_alias=True)``), ``data`` its located
    YAML, for the line."""
    problems = _hidden_marks(data) or pack_problems(pack)
    if problems:
        field, message = next(iter(problems.items()))
        raise BrieferError(message, file=file, line=yamlio.line_of(data, _path(field)), field=field)


def _hidden_marks(data: Any, field: str = "") -> dict[str, str]:
    """The first text of the file as written that hides a mark (the validated pack has the
    marks that reorder text taken out, so they are looked for before): refused, not cleaned,
    so the pack's author learns their text would not print as it reads."""
    if isinstance(data, str):
        found = _HIDDEN_RE.search(data)
        return {field: text_problem(data, len(data) + 1) or ""} if found else {}
    items = (
        data.items()
        if isinstance(data, Mapping)
        else enumerate(data)
        if isinstance(data, list)
        else ()
    )
    for key, value in items:
        found = _hidden_marks(value, f"{field}.{key}" if field else str(key))
        if found:
            return found
    return {}
