"""A pack being edited: an immutable value that may be incomplete or wrong while the user types.

Every edit makes a new :class:`Draft` (the editor's undo stack swaps whole values, as it does for
briefs); :meth:`Draft.problems` says what is wrong, by field path (``blocks.2.short``), with the
same rules a pack file is checked against (:mod:`briefer.packs.checks`). Keys the editor does not
show (a logo, a source date) are kept as they were.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from briefer.page.content import Pack
from briefer.page.pack_rules import WORD_FIELDS, pack_problems
from briefer.support import yamlio

HEAD_FIELDS = ("id", "title", "subtitle", "language")
SOURCE_FIELDS = ("title", "publisher", "credit", "url")
HEADER = (
    "# A Briefer content pack (the format: docs/content-packs.md), written by the pack editor.\n"
    "# A misconception's 'claim' is the conclusion its proponents draw; its 'short' and 'long'\n"
    "# are the response to it. 'variants' give a point's words for one audience.\n"
)


LANGUAGE_HEAD = ("briefer-pack-language", "pack", "language")
LANGUAGE_HEADER = (
    "# A Briefer content pack's texts in another language (the format: docs/content-packs.md),\n"
    "# written by the pack editor.\n"
)


POINT_TEXTS = ("title", "claim", "short", "long")


def _at(block: Mapping[str, Any], name: str) -> Any:
    """A text of a point's translation by name ("short", "variants.eu-parliament.long")."""
    if not name.startswith("variants."):
        return block.get(name)
    _, audience, field = name.split(".", 2)
    return ((block.get("variants") or {}).get(audience) or {}).get(field)


def _written(block: Mapping[str, Any]) -> dict[str, Any]:
    """A point's translation as far as written: no empty text, no empty variant."""
    out = {k: v for k, v in block.items() if v and k != "variants"}
    variants = {
        a: {k: v for k, v in w.items() if v} for a, w in (block.get("variants") or {}).items()
    }
    if any(variants.values()):
        out["variants"] = {a: w for a, w in variants.items() if w}
    return out


def _renamed(data: Mapping[str, Any], old: str, new: str) -> dict[str, Any]:
    """A language's data with a point's texts moved to its new id."""
    blocks = dict(data.get("blocks") or {})
    if old in blocks:
        blocks[new] = blocks.pop(old)
    return {**data, "blocks": blocks}


def _plain(value: Any) -> Any:
    """Located YAML (LocDict, LocList) as plain dicts and lists, which the YAML writer knows."""
    if isinstance(value, Mapping):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value


@dataclass(frozen=True)
class Point:
    id: str = ""
    kind: str = "framing"
    title: str = ""
    claim: str = ""
    short: str = ""
    long: str = ""
    # the point's words for each audience ({"eu-parliament": {"short": ...}}); what a variant
    # leaves out is the point's own text
    variants: Mapping[str, Any] = field(default_factory=dict)

    def variant(self, audience: str) -> Mapping[str, str]:
        """The point's own words for ``audience`` (empty: it uses its default text)."""
        words = self.variants.get(audience)
        return words if isinstance(words, Mapping) else {}

    def data(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "kind": self.kind, "title": self.title}
        if self.kind == "misconception":  # kept while the kind changes back and forth
            out["claim"] = self.claim
        out.update(short=self.short, long=self.long)
        if self.variants:
            out["variants"] = _plain(self.variants)
        return out


@dataclass(frozen=True)
class Draft:
    """A pack's fields: ``head`` (id, title, subtitle, language), ``source`` and the points."""

    head: Mapping[str, str]
    source: Mapping[str, str]
    points: tuple[Point, ...]
    defaults: tuple[str, ...] = ()
    rest: Mapping[str, Any] = field(default_factory=dict)  # top-level keys kept as they were
    # the pack's texts in other languages, by code: each as its language file holds it
    # (briefer.page.pack_languages), ``pack`` and ``language`` set when written
    languages: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)

    # --- making one -------------------------------------------------------------------------------
    @classmethod
    def from_pack(cls, pack: Pack) -> Draft:
        return cls.from_data(pack.model_dump(by_alias=True, exclude_none=True))

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Draft:
        """From pack data (a file, a recovery file): lenient, a missing field is empty."""
        known = {"briefer-pack", "source", "defaults", "blocks", *HEAD_FIELDS}
        source = dict(data.get("source") or {}) if isinstance(data.get("source"), dict) else {}
        points = []
        for item in data.get("blocks") or []:
            if isinstance(item, Mapping):
                names = {f.name for f in dataclasses.fields(Point)} - {"variants"}
                texts = {k: str(v) for k, v in item.items() if k in names and v}
                variants = item.get("variants")
                points.append(
                    Point(
                        **texts, variants=_plain(variants) if isinstance(variants, Mapping) else {}
                    )
                )
        return cls(
            head={name: str(data.get(name) or "") for name in HEAD_FIELDS},
            source={k: str(v) if v is not None else "" for k, v in source.items()},
            points=tuple(points),
            defaults=tuple(str(d) for d in data.get("defaults") or []),
            rest={k: _plain(v) for k, v in data.items() if k not in known},
        )

    def with_language_files(self, texts: Mapping[str, str]) -> Draft:
        """With the texts of its language files (code -> YAML), as a pack file carries them."""
        languages = {}
        for code, text in texts.items():
            data = _plain(yamlio.parse(text, f"{code}"))
            if isinstance(data, dict):
                languages[code] = {k: v for k, v in data.items() if k not in LANGUAGE_HEAD}
        return dataclasses.replace(self, languages=languages)

    def with_languages(self, languages: Mapping[str, Any]) -> Draft:
        """With its texts in other languages as a recovery file keeps them (code -> data)."""
        kept = {str(k): _plain(v) for k, v in languages.items() if isinstance(v, Mapping)}
        return dataclasses.replace(self, languages=kept)

    def copy_as(self, new_id: str) -> Draft:
        """A copy with a new id (the points keep theirs, so briefs that name them keep working)."""
        return self.with_head("id", new_id)

    # --- reading ----------------------------------------------------------------------------------
    @property
    def id(self) -> str:
        return self.head.get("id", "")

    def data(self) -> dict[str, Any]:
        head = {k: v for k, v in self.head.items() if v or k in ("id", "title")}
        source = {k: v for k, v in self.source.items() if v or k not in ("url",)}
        for name in SOURCE_FIELDS[:3]:
            source.setdefault(name, "")
        ids = {p.id for p in self.points}
        out: dict[str, Any] = {"briefer-pack": 1, **head, "source": source, **self.rest}
        out["defaults"] = [d for d in self.defaults if d in ids]
        out["blocks"] = [p.data() for p in self.points]
        return out

    def yaml(self) -> str:
        return HEADER + yamlio.dump(self.data())

    def problems(self) -> dict[str, str]:
        return pack_problems(self.data())

    # --- its texts in other languages -------------------------------------------------------------
    def needed(self, index: int) -> tuple[str, ...]:
        """The text fields a point's translation needs: those its own text has."""
        point = self.points[index]
        names = [name for name in POINT_TEXTS if point.data().get(name)]
        for audience, words in point.variants.items():  # "variants.eu-parliament.long"
            if isinstance(words, Mapping):
                names += [f"variants.{audience}.{n}" for n in POINT_TEXTS if words.get(n)]
        return tuple(names)

    def head_needed(self) -> tuple[str, ...]:
        """The pack's own fields a translation gives: title, and those the pack has."""
        names = [n for n in ("title", "subtitle") if n == "title" or self.head.get(n)]
        names += ["credit"] if self.source.get("credit") else []
        names += ["ask"] if self.rest.get("ask") else []
        asks = self.rest.get("asks")  # each audience's ask: "asks.eu-parliament"
        return (*names, *(f"asks.{a}" for a in (asks if isinstance(asks, Mapping) else {})))

    def translated(self, language: str, index: int | None) -> dict[str, str]:
        """A point's texts in ``language`` (None: the pack's own fields), as far as written."""
        data = self.languages.get(language) or {}
        if index is None:
            asks = data.get("asks") or {}
            return {
                k: str((asks.get(k[5:]) if k.startswith("asks.") else data.get(k)) or "")
                for k in self.head_needed()
            }
        block = (data.get("blocks") or {}).get(self.points[index].id) or {}
        return {k: str(_at(block, k) or "") for k in self.needed(index)}

    def with_translation(self, language: str, index: int | None, name: str, text: str) -> Draft:
        data = dict(self.languages.get(language) or {})
        if index is None and name.startswith("asks."):
            data["asks"] = {**(data.get("asks") or {}), name[5:]: text}
        elif index is None:
            data[name] = text
        else:
            blocks = dict(data.get("blocks") or {})
            block_id = self.points[index].id
            block = dict(blocks.get(block_id) or {})
            if name.startswith("variants."):
                _, audience, field = name.split(".", 2)
                variants = dict(block.get("variants") or {})
                variants[audience] = {**(variants.get(audience) or {}), field: text}
                block["variants"] = variants
            else:
                block[name] = text
            blocks[block_id] = block
            data["blocks"] = blocks
        return dataclasses.replace(self, languages={**self.languages, language: data})

    def missing(self, language: str) -> list[int | None]:
        """The rows without every text in ``language``: None for the pack's own fields, then
        each point's index."""
        rows: list[int | None] = [None, *range(len(self.points))]
        return [
            r for r in rows if not all(v.strip() for v in self.translated(language, r).values())
        ]

    def language_data(self, language: str) -> dict[str, Any]:
        data = dict(self.languages.get(language) or {})
        out: dict[str, Any] = {"briefer-pack-language": 1, "pack": self.id, "language": language}
        out.update({k: v for k, v in data.items() if v not in ("", None)})
        ids = [p.id for p in self.points]
        blocks = data.get("blocks") or {}
        out["blocks"] = {i: _written(blocks[i]) for i in ids if i in blocks}
        return out

    def language_files(self) -> dict[str, str]:
        """Each language with any text, as its file's YAML (for saving with the pack)."""
        return {
            code: LANGUAGE_HEADER + yamlio.dump(self.language_data(code))
            for code in sorted(self.languages)
            if any(v for k, v in self.language_data(code).items() if k in ("title", "blocks"))
        }

    # --- edits: each returns a new draft ----------------------------------------------------------
    def with_head(self, name: str, value: str) -> Draft:
        return dataclasses.replace(self, head={**self.head, name: value})

    def with_source(self, name: str, value: str) -> Draft:
        return dataclasses.replace(self, source={**self.source, name: value})

    def with_point(self, index: int, **changes: str) -> Draft:
        old = self.points[index]
        new = dataclasses.replace(old, **changes)
        defaults = self.defaults
        languages = self.languages
        if new.id != old.id:
            defaults = tuple(new.id if d == old.id else d for d in defaults)
            languages = {code: _renamed(data, old.id, new.id) for code, data in languages.items()}
        points = (*self.points[:index], new, *self.points[index + 1 :])
        return dataclasses.replace(self, points=points, defaults=defaults, languages=languages)

    def with_variant(self, index: int, audience: str, name: str, value: str) -> Draft:
        """A point's words for an audience with one field (title, claim, short, long) written;
        an empty field is left out (the default text is used), an empty variant goes."""
        point = self.points[index]
        words = {k: v for k, v in point.variant(audience).items() if k != name}
        if value.strip():
            words[name] = value
        variants = {k: v for k, v in point.variants.items() if k != audience}
        if words:  # in the format's order, and the audience where it was
            words = {k: words[k] for k in (*WORD_FIELDS, *words) if k in words}
            keys = dict.fromkeys([*point.variants, audience])
            variants = {k: words if k == audience else point.variants[k] for k in keys}
        new = dataclasses.replace(point, variants=variants)
        return dataclasses.replace(
            self, points=(*self.points[:index], new, *self.points[index + 1 :])
        )

    @property
    def labels(self) -> Mapping[str, str]:
        """The pack's own labels for a misconception's two parts (empty: the template's or the
        default ones)."""
        labels = self.rest.get("labels")
        return labels if isinstance(labels, Mapping) else {}

    def with_label(self, name: str, value: str) -> Draft:
        """The pack's label ``claim`` or ``response`` written; an empty one is left out."""
        labels = {k: v for k, v in self.labels.items() if k != name}
        if value.strip():
            labels[name] = value
        labels = {k: labels[k] for k in ("claim", "response", *labels) if k in labels}
        rest = {k: labels if k == "labels" else v for k, v in self.rest.items()}
        if not labels:
            rest.pop("labels", None)
        elif "labels" not in rest:
            rest["labels"] = labels
        return dataclasses.replace(self, rest=rest)

    def inserted(self, index: int, point: Point) -> Draft:
        points = (*self.points[:index], point, *self.points[index:])
        return dataclasses.replace(self, points=points)

    def removed(self, index: int) -> Draft:
        gone = self.points[index].id
        points = self.points[:index] + self.points[index + 1 :]
        still = {p.id for p in points}
        defaults = tuple(d for d in self.defaults if d != gone or d in still)
        return dataclasses.replace(self, points=points, defaults=defaults)

    def moved(self, index: int, to: int) -> Draft:
        to = max(0, min(len(self.points) - 1, to))
        points = list(self.points)
        points.insert(to, points.pop(index))
        return dataclasses.replace(self, points=tuple(points))

    def new_point_id(self, base: str = "new-point") -> str:
        ids = {p.id for p in self.points}
        candidate, number = base, 2
        while candidate in ids:
            candidate, number = f"{base}-{number}", number + 1
        return candidate
