"""Content packs: the talking points a campaign offers, each with a short and a long text.

The format is documented in docs/content-packs.md. A pack is a YAML file::

    briefer-pack: 1
    id: belarus-sanctions
    title: ...
    blocks:
      - {id: ..., kind: misconception, title: ..., claim: ..., short: ..., long: ...}

A block may carry ``variants``: its words for one audience (``eu-parliament: {short: ...}``),
any of title, claim, short and long; what a variant leaves out is the block's own text. For a
misconception, ``claim`` is what its proponents conclude and ``short``/``long`` the response.
"""

from __future__ import annotations

import datetime as dt
from functools import cache, cached_property
from pathlib import Path
from typing import Annotated, Literal

from pydantic import (
    Field,
    PrivateAttr,
    StringConstraints,
    ValidationInfo,
    field_validator,
    model_validator,
)

from briefer.page import pack_languages
from briefer.page.pack_rules import (
    CHARS,
    ID_PATTERN,
    KINDS,
    LABEL_CHARS,
    LONG_WORDS,
    SHORT_WORDS,
    check_rules,
)
from briefer.support import yamlio
from briefer.support.errors import BrieferError
from briefer.support.resources import default_pack_path
from briefer.support.validation import Long, Model, Short, text, validate

Kind = Literal["framing", "evidence", "misconception", "recommendation", "context"]
KIND_LABELS = {
    "framing": "Framing",
    "evidence": "Evidence",
    "misconception": "Misconceptions",
    "recommendation": "Recommendations",
    "context": "Context",
}
BlockId = Annotated[str, StringConstraints(pattern=ID_PATTERN.pattern)]


class Words(Model):
    """A block's words for one audience: what it leaves out is the block's own."""

    title: text(CHARS["title"]) | None = None
    claim: text(CHARS["claim"]) | None = None
    short: text(CHARS["short"]) | None = None
    long: text(CHARS["long"]) | None = None


class Labels(Model):
    """What a misconception's two parts are called on the page ("Claim" and "Response")."""

    claim: text(LABEL_CHARS) = "Claim"
    response: text(LABEL_CHARS) = "Response"


DEFAULT_LABELS = Labels()


class Block(Model):
    id: BlockId
    kind: Kind
    title: text(CHARS["title"])
    claim: text(CHARS["claim"]) | None = None
    short: text(CHARS["short"])  # for a misconception: the response, short
    long: text(CHARS["long"])  # and long
    variants: dict[str, Words] = {}  # by audience id (briefer.page.audience.IDS)

    def for_audience(self, audience: str | None) -> Block:
        """The block in the words of ``audience`` (its variant over its own text); itself when
        it has no variant for it."""
        words = self.variants.get(audience or "")
        if words is None:
            return self
        changes = {k: v for k, v in words.model_dump().items() if v}
        return self.model_copy(update=changes) if changes else self

    def audiences(self) -> tuple[str, ...]:
        """The audiences this block has its own words for."""
        return tuple(self.variants)

    @model_validator(mode="after")
    def _check(self) -> Block:
        if self.kind == "misconception" and not self.claim:
            raise ValueError(
                "a misconception needs a 'claim': the conclusion its proponents draw, "
                "which 'short' and 'long' answer"
            )
        if self.kind != "misconception" and self.claim:
            raise ValueError("only a misconception has a 'claim'")
        return self

    @field_validator("short", "long")
    @classmethod
    def _words(cls, value: str, info: ValidationInfo) -> str:
        limit = SHORT_WORDS if info.field_name == "short" else LONG_WORDS
        words = len(value.split())
        if words > limit:
            raise ValueError(f"'{info.field_name}' has {words} words; keep it to {limit} or fewer")
        return value


class Source(Model):
    title: Short
    publisher: Short
    credit: text(300)
    url: Short | None = None
    date: dt.date | None = None  # when it was published


class Pack(Model):
    format: Literal[1] = Field(alias="briefer-pack")
    id: BlockId
    title: Short
    subtitle: Short = ""
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")] = "en"
    source: Source
    ask: Long = ""  # the ask a new brief starts from
    asks: dict[str, Long] = {}  # the ask for one audience, by its id
    labels: Labels | None = None  # a misconception's labels, where the template sets none
    defaults: list[BlockId] = []
    blocks: list[Block] = Field(min_length=1, max_length=500)

    _path: Path | None = PrivateAttr(default=None)  # the file it was loaded from
    _base: Pack | None = PrivateAttr(default=None)  # in another language: the pack itself
    _asks_of_base: frozenset[str] = PrivateAttr(default=frozenset())  # and its asks
    _untranslated: frozenset[str] = PrivateAttr(default=frozenset())  # see untranslated

    def block(self, block_id: str, audience: str | None = None) -> Block:
        """A block, in the words of ``audience`` when given."""
        block = self._index[block_id]
        return block.for_audience(audience) if audience else block

    def ask_for(self, audience: str | None) -> str:
        """The ask a new brief for ``audience`` starts from."""
        return self.asks.get(audience or "", "") or self.ask

    def own_asks(self) -> frozenset[str]:
        """The pack's asks, and in a language the asks of the pack it translates: a brief whose
        ask is one of these has the pack's ask, in the page's language and for its audience."""
        own = {self.ask.strip(), *(text.strip() for text in self.asks.values())}
        return frozenset(own | self._asks_of_base) - {""}

    def languages(self) -> tuple[str, ...]:
        """The languages the pack has its texts in: its own, then each file beside it."""
        if self._base is not None:
            return self._base.languages()
        beside = pack_languages.languages_beside(self._path) if self._path else {}
        return (self.language, *(code for code in beside if code != self.language))

    def in_language(self, language: str) -> Pack | None:
        """The pack with its texts in ``language`` (title, asks, labels, blocks and their
        audience variants), from ``NAME.<language>.yaml`` beside it; itself in its own language;
        None when it has no text in that language. Cached while the files are unchanged."""
        if language == self.language.split("-")[0]:
            return self
        if self._base is not None:
            return self._base.in_language(language)
        if self._path is None:
            return None
        path = pack_languages.language_path(self._path, language)
        stamp = _stamp(path)
        if not stamp:
            return None
        return _in_language_cached(self._path, _stamp(self._path), path, stamp)

    def translated(self, source: str, file: str | Path, *, strict: bool = False) -> Pack:
        """The pack with the texts of a language file's YAML ``source`` (BrieferError naming
        ``file``, line and field when it does not match the pack or breaks its rules; with
        ``strict``, also when it leaves a text out). See :attr:`untranslated`."""
        dump = self.model_dump(by_alias=True)
        data, untranslated = pack_languages.merged_pack(dump, source, file, strict=strict)
        pack = Pack.model_validate(data)
        pack._path, pack._base = self._path, self._base or self
        pack._asks_of_base, pack._untranslated = self.own_asks(), frozenset(untranslated)
        return pack

    @property
    def own_language(self) -> str:
        """The language the pack itself is written in (its text where a language lacks one)."""
        return self._base.language if self._base is not None else self.language

    @property
    def untranslated(self) -> frozenset[str]:
        """In another language: the blocks it has no text for yet, printed in the pack's own
        ("" for the pack's own texts: title, ask)."""
        return self._untranslated

    def has(self, block_id: str) -> bool:
        return block_id in self._index

    @cached_property
    def _index(self) -> dict[str, Block]:
        return {block.id: block for block in self.blocks}

    def by_kind(self) -> dict[str, list[Block]]:
        groups: dict[str, list[Block]] = {kind: [] for kind in KINDS}
        for block in self.blocks:
            groups[block.kind].append(block)
        return groups


def parse_pack(source: str, file: str | Path) -> Pack:
    data = yamlio.parse(source, file)
    pack = validate(Pack, data, file)
    seen: set[str] = set()
    for index, block in enumerate(pack.blocks):
        if block.id in seen:
            raise BrieferError(
                f"block id '{block.id}' is used twice",
                file=file,
                line=yamlio.line_of(data, ["blocks", index, "id"]),
                field=f"blocks.{index}.id",
            )
        seen.add(block.id)
    for index, block_id in enumerate(pack.defaults):
        if block_id not in seen:
            raise BrieferError(
                f"unknown block id '{block_id}'",
                file=file,
                line=yamlio.line_of(data, ["defaults", index]),
                field=f"defaults.{index}",
            )
    check_rules(pack.model_dump(by_alias=True), data, file)  # the rules beyond the format
    return pack


def load_pack(path: Path | None = None) -> Pack:
    """Load and validate a pack (the bundled one by default); cached while the file is unchanged."""
    path = Path(path) if path else default_pack_path()
    return _load_cached(path.resolve() if path.exists() else path, _stamp(path))


def _stamp(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0


@cache
def _load_cached(path: Path, _stamp: int) -> Pack:
    pack = parse_pack(yamlio.read_text(path), path)
    pack._path = path
    return pack


@cache
def _in_language_cached(path: Path, stamp: int, language_file: Path, _stamp: int) -> Pack:
    return _load_cached(path, stamp).translated(yamlio.read_text(language_file), language_file)


__all__ = [
    "DEFAULT_LABELS",
    "KINDS",
    "KIND_LABELS",
    "Block",
    "Labels",
    "Long",
    "Pack",
    "Words",
    "load_pack",
    "parse_pack",
]
