"""A pack's texts in another language: ``NAME.<lang>.yaml`` beside the pack ``NAME.yaml``.

The format (docs/content-packs.md)::

    briefer-pack-language: 1
    pack: belarus-sanctions       # the id of the pack it translates
    language: de
    title: ...
    subtitle: ...
    credit: ...                   # the source's credit line in this language
    ask: ...
    asks: {us-congress: ..., ...} # every audience the pack's own asks has
    labels: {claim: ..., response: ...}
    blocks:                       # by id: every block of the pack, its text fields
      hold-the-line: {title: ..., short: ..., long: ..., variants: {eu-parliament: {long: ...}}}

Every block of the pack and every text field it has, each variant of it with the same fields,
nothing the pack lacks; the same limits as the pack's own texts (:mod:`briefer.page.pack_rules`).
``briefer check`` holds a file to all of it. On a page a file still being written is read as far
as it goes: a block it lacks (or lacks a text of) is untranslated, and a page that chooses it is
refused naming the point and the language, unless the brief says ``content_fallback``.
This module works on plain data: :meth:`briefer.page.content.Pack.in_language` makes the pack in
the language from what :func:`merged_pack` returns.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

from pydantic import Field

from briefer.page.pack_rules import CHARS, LABEL_CHARS, PACK_CHARS, pack_problems
from briefer.page.words import LANGUAGE_NAMES, PAGE_LANGUAGES
from briefer.support import yamlio
from briefer.support.errors import BrieferError
from briefer.support.validation import Long, Model, text, validate

FORMAT_KEY = "briefer-pack-language"
TEXT_FIELDS = ("title", "claim", "short", "long")
_LANGUAGE_FILE = re.compile(r"^(?P<name>.+)\.(?P<lang>[a-z]{2,3})\.ya?ml$")


class LanguageWords(Model):
    title: text(CHARS["title"]) | None = None
    claim: text(CHARS["claim"]) | None = None
    short: text(CHARS["short"]) | None = None
    long: text(CHARS["long"]) | None = None


class LanguageBlock(LanguageWords):
    variants: dict[str, LanguageWords] = {}


class LanguageLabels(Model):
    claim: text(LABEL_CHARS)
    response: text(LABEL_CHARS)


class PackLanguage(Model):
    """One language file, its structure checked; :func:`merged_pack` checks it against the pack."""

    format: Literal[1] = Field(alias=FORMAT_KEY)
    pack: text(64)
    language: text(16)
    title: text(PACK_CHARS["title"]) = ""
    subtitle: text(PACK_CHARS["subtitle"]) = ""
    credit: text(PACK_CHARS["credit"]) = ""
    ask: Long = ""
    asks: dict[str, Long] = {}
    labels: LanguageLabels | None = None
    blocks: dict[str, LanguageBlock] = {}


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)


def language_path(pack_path: Path, language: str) -> Path:
    """Where a pack's text in ``language`` lies: ``NAME.<lang>.yaml`` beside ``NAME.yaml``."""
    pack_path = Path(pack_path)
    stem = pack_path.name.rsplit(".", 1)[0] if "." in pack_path.name else pack_path.name
    return pack_path.with_name(f"{stem}.{language}.yaml")


def is_language_file(path: Path | str) -> bool:
    """Whether a file's name is a pack's language file (``NAME.de.yaml``), not a pack."""
    found = _LANGUAGE_FILE.match(Path(path).name)
    return bool(found) and found.group("lang") in PAGE_LANGUAGES


def languages_beside(pack_path: Path) -> dict[str, Path]:
    """The languages a pack file has files for beside it, by code, in the page languages' order."""
    pack_path = Path(pack_path)
    found = {}
    for code in PAGE_LANGUAGES:
        path = language_path(pack_path, code)
        if path != pack_path and path.is_file():
            found[code] = path
    return found


def _problem(message: str, data: Any, file: str | Path, *path: Any) -> BrieferError:
    return BrieferError(
        message,
        file=file,
        line=yamlio.line_of(data, path),
        field=".".join(str(p) for p in path) or None,
    )


class Missing(BrieferError):
    """A text the pack has and the language file does not (yet): an error when the file is
    checked whole (``briefer check``); on a page, that block or field is untranslated."""


def _missing(message: str, data: Any, file: str | Path, *path: Any) -> Missing:
    return Missing(
        message, file=file, line=yamlio.line_of(data, path), field=".".join(map(str, path))
    )


def _check_words(
    given: Mapping[str, Any], wanted: Mapping[str, Any], data: Any, file: str | Path, *path: Any
) -> None:
    """The same text fields as the pack's: each it has, none it lacks."""
    for name in TEXT_FIELDS:
        has, needs = bool(given.get(name)), bool(wanted.get(name))
        if needs and not has:
            where = "variant" if "variants" in path else "block"
            raise _missing(
                f"missing: the pack's {where} has a '{name}'; give its text", data, file, *path
            )
        if has and not needs:
            raise _problem(
                f"the pack's text has no '{name}' here; remove it", data, file, *path, name
            )


def _check_head(base: Mapping[str, Any], lang: PackLanguage, data: Any, file: str) -> None:
    if lang.language not in PAGE_LANGUAGES:
        raise _problem(
            f"unknown language '{lang.language}': one of {', '.join(PAGE_LANGUAGES)}",
            data,
            file,
            "language",
        )
    named = _LANGUAGE_FILE.match(Path(str(file)).name)
    if named and named.group("lang") != lang.language and Path(str(file)).exists():
        raise _problem(
            f"the file is named for '{named.group('lang')}' but says '{lang.language}'",
            data,
            file,
            "language",
        )
    if lang.language == base.get("language", "en"):
        raise _problem(
            f"the pack itself is written in {language_name(lang.language)}", data, file, "language"
        )
    if lang.pack != base.get("id"):
        raise _problem(
            f"this file translates the pack '{lang.pack}', not '{base.get('id')}'",
            data,
            file,
            "pack",
        )
    for audience in lang.asks:
        if audience not in (base.get("asks") or {}):
            raise _problem(
                f"the pack has no ask for the audience '{audience}'", data, file, "asks", audience
            )
    for block_id in lang.blocks:
        if block_id not in {block["id"] for block in base.get("blocks") or []}:
            raise _problem(
                f"the pack '{base.get('id')}' has no block '{block_id}'",
                data,
                file,
                "blocks",
                block_id,
            )


def _check_own_texts(base: Mapping[str, Any], lang: PackLanguage, data: Any, file: str) -> None:
    """The pack's own texts: its title, subtitle, ask and each audience's ask."""
    for name in ("title", "subtitle", "ask"):
        if base.get(name) and not getattr(lang, name):
            raise _missing(f"missing: the pack has a '{name}'; give its text", data, file, name)
    for audience in base.get("asks") or {}:
        if audience not in lang.asks:
            raise _missing(
                f"missing: the pack's ask for '{audience}'; give its text", data, file, "asks"
            )


def _check_block(block: Mapping[str, Any], lang: PackLanguage, data: Any, file: str) -> None:
    block_id = block["id"]
    given = lang.blocks.get(block_id)
    if given is None:
        raise _missing(
            f"missing: the block '{block_id}' of the pack; every block needs its text in "
            f"{language_name(lang.language)}",
            data,
            file,
            "blocks",
        )
    wanted = block.get("variants") or {}
    for audience in given.variants:
        if audience not in wanted:
            raise _problem(
                f"the pack's block has no variant for the audience '{audience}'",
                data,
                file,
                "blocks",
                block_id,
                "variants",
                audience,
            )
    _check_words(given.model_dump(), block, data, file, "blocks", block_id)
    for audience, words in wanted.items():
        variant = given.variants.get(audience)
        if variant is None:
            raise _missing(
                f"missing: the block's variant for '{audience}'; give its text",
                data,
                file,
                "blocks",
                block_id,
                "variants",
            )
        path = ("blocks", block_id, "variants", audience)
        _check_words(variant.model_dump(), words, data, file, *path)


def _check(
    base: Mapping[str, Any], lang: PackLanguage, data: Any, file: str, strict: bool
) -> set[str]:
    """The file checked against the pack: the ids of what it leaves untranslated ("" for the
    pack's own texts); with ``strict``, the first of those is the error."""
    _check_head(base, lang, data, file)
    untranslated = set()
    checks = [("", lambda: _check_own_texts(base, lang, data, file))]
    for block in base.get("blocks") or []:
        checks.append((block["id"], lambda block=block: _check_block(block, lang, data, file)))
    for key, check in checks:
        try:
            check()
        except Missing:
            if strict:
                raise
            untranslated.add(key)
    return untranslated


def _merged(base: Mapping[str, Any], lang: PackLanguage, untranslated: set[str]) -> dict[str, Any]:
    """The pack with the language's texts; what it leaves untranslated as the pack has it."""
    out = copy.deepcopy(dict(base))
    out["language"] = lang.language
    if "" not in untranslated:
        out.update(title=lang.title, subtitle=lang.subtitle, ask=lang.ask, asks=dict(lang.asks))
    out["labels"] = lang.labels.model_dump() if lang.labels else None
    if lang.credit:
        out["source"] = {**out["source"], "credit": lang.credit}
    for block in out["blocks"]:
        if block["id"] in untranslated:
            continue
        given = lang.blocks[block["id"]]
        for name in TEXT_FIELDS:
            block[name] = getattr(given, name)
        block["variants"] = {
            audience: {k: v for k, v in words.model_dump().items() if v}
            for audience, words in given.variants.items()
        }
    return out


def _located(field: str, base: Mapping[str, Any]) -> tuple[Any, ...]:
    """A field of the merged pack (``blocks.3.short``) as a path in the language file."""
    parts: list[Any] = field.split(".")
    if parts[0] == "source":
        return ("credit",)
    if parts[0] == "blocks" and len(parts) > 1 and parts[1].isdigit():
        parts[1] = base["blocks"][int(parts[1])]["id"]
    return tuple(parts)


def merged_pack(
    base: Mapping[str, Any], source: str, file: str | Path, *, strict: bool = False
) -> tuple[dict[str, Any], set[str]]:
    """The pack ``base`` (its plain data, ``Pack.model_dump(by_alias=True)``) with the texts of
    the language file ``source`` read from ``file``, and the ids of the blocks it leaves
    untranslated ("" for the pack's own texts: title, ask). A BrieferError names the file, its
    line and the field of the first problem; with ``strict`` a text left out is one too."""
    data = yamlio.parse(source, file)
    if isinstance(data, dict) and FORMAT_KEY not in data and "briefer-pack" in data:
        raise BrieferError(
            f"this is a pack, not a pack's language file ('{FORMAT_KEY}: 1')", file=file, line=1
        )
    lang = validate(PackLanguage, data, file)
    untranslated = _check(base, lang, data, str(file), strict)
    out = _merged(base, lang, untranslated)
    for field, message in pack_problems(out).items():  # the pack's own rules, on these texts
        raise _problem(message, data, file, *_located(field, base))
    return out, untranslated


def language_of(source: str, file: str | Path) -> str:
    """The language a language file says it is in (its structure checked, not its texts)."""
    return validate(PackLanguage, yamlio.parse(source, file), file).language


__all__ = [
    "FORMAT_KEY",
    "Missing",
    "PackLanguage",
    "is_language_file",
    "language_name",
    "language_of",
    "language_path",
    "languages_beside",
    "merged_pack",
]
