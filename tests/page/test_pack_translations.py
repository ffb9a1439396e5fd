"""The bundled pack's texts in other languages (``assets/content/belarus-sanctions.<lang>.yaml``)
match the English pack: the same block ids, every field and audience variant it has, the same word
limits, about as long as the English, and every year and number of an English text in its
translation. Read as plain YAML, so that the files are checked apart from the code that loads them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

import pytest

from briefer.page.pack_rules import LONG_WORDS, SHORT_WORDS, WORD_FIELDS, words
from briefer.page.words import PAGE_LANGUAGES
from briefer.support import yamlio
from briefer.support.resources import default_pack_path

BASE = default_pack_path()
LANGUAGES = [lang for lang in PAGE_LANGUAGES if lang != "en"]
FILES = {
    lang: path
    for lang in LANGUAGES
    if (path := BASE.with_name(f"{BASE.stem}.{lang}.yaml")).is_file()
}
LIMITS = {"short": SHORT_WORDS, "long": LONG_WORDS}
LONGER = 1.4  # a translation's short or long text: at most this many times the English's characters
# Lukashenka as each language's press spells him (the stem: the name is declined in pl and lt)
NAME = {"de": "Lukaschenko", "fr": "Loukachenko", "pl": "Łukaszenk", "lt": "Lukašenk"}
_NUMBER = re.compile(r"\d+")


@cache
def _english() -> Any:
    return yamlio.parse(BASE.read_text(encoding="utf-8"), BASE)


@cache
def _translation(lang: str) -> Any:
    path = FILES[lang]
    return yamlio.parse(path.read_text(encoding="utf-8"), path)


def _pairs(lang: str) -> Iterator[tuple[str, str, str]]:
    """(where, English text, translated text) for every text the translation must give."""
    en, tr = _english(), _translation(lang)
    for key in ("title", "subtitle"):
        yield key, en[key], tr[key]
    yield "credit", en["source"]["credit"], tr["credit"]
    yield "ask", en["ask"], tr["ask"]
    for audience, ask in en["asks"].items():
        yield f"asks.{audience}", ask, tr["asks"][audience]
    for block in en["blocks"]:
        theirs = tr["blocks"][block["id"]]
        for name in WORD_FIELDS:
            if name in block:
                yield f"{block['id']}.{name}", block[name], theirs[name]
        for audience, variant in (block.get("variants") or {}).items():
            for name, text in variant.items():
                where = f"{block['id']}.variants.{audience}.{name}"
                yield where, text, theirs["variants"][audience][name]


def test_the_bundled_pack_has_its_french_polish_and_lithuanian_texts() -> None:
    assert {"fr", "pl", "lt"} <= set(FILES)


@pytest.mark.parametrize("lang", sorted(FILES))
def test_a_translation_has_every_block_field_and_variant_of_the_english_and_no_other(
    lang: str,
) -> None:
    en, tr = _english(), _translation(lang)
    assert (tr["briefer-pack-language"], tr["pack"], tr["language"]) == (1, en["id"], lang)
    assert set(tr["asks"]) == set(en["asks"])
    assert set(tr["labels"]) == set(en["labels"]) == {"claim", "response"}
    assert list(tr["blocks"]) == [block["id"] for block in en["blocks"]]  # same ids, same order
    for block in en["blocks"]:
        theirs = tr["blocks"][block["id"]]
        fields = {name for name in WORD_FIELDS if name in block}
        assert set(theirs) - {"variants"} == fields, block["id"]
        variants = block.get("variants") or {}
        assert set(theirs.get("variants") or {}) == set(variants), block["id"]
        for audience, variant in variants.items():
            assert set(theirs["variants"][audience]) == set(variant), (block["id"], audience)


@pytest.mark.parametrize("lang", sorted(FILES))
def test_a_translation_keeps_the_limits_and_is_about_as_long_as_the_english(lang: str) -> None:
    too_long = []
    for where, english, text in _pairs(lang):
        assert isinstance(text, str) and text.strip(), where
        field = where.rsplit(".", 1)[-1]
        if field in LIMITS and (words(text) > LIMITS[field] or len(text) > LONGER * len(english)):
            too_long.append((where, words(text), len(text), len(english)))
    assert not too_long


@pytest.mark.parametrize("lang", sorted(FILES))
def test_every_year_number_and_name_of_the_english_is_in_the_translation(lang: str) -> None:
    missing = []
    for where, english, text in _pairs(lang):
        found = _NUMBER.findall(text)
        missing += [(where, number) for number in _NUMBER.findall(english) if number not in found]
        if "Lukashenka" in english and NAME[lang] not in text and where != "credit":
            missing.append((where, NAME[lang]))
        if "Lukashenka" in text or '"' in text or "'" in text:  # the language's spelling, quotes
            missing.append((where, "English spelling or straight quotes"))
    assert not missing


def test_french_sets_narrow_no_break_spaces_inside_guillemets_and_before_high_punctuation() -> None:
    texts = [text for _, _, text in _pairs("fr")]
    assert any("«\u202f" in text for text in texts)
    bad = re.compile(r"« | »| [:;?!]|\S[:;?!](?=\s|$)")
    assert [text for text in texts if bad.search(text)] == []
