"""A pack's texts in another language (NAME.<lang>.yaml beside it): read and checked against the
pack in one line naming file, line and field; the pack in that language, audience variants and
asks included, cached; a page whose pack has no text in its language is refused, naming the point
and the language, unless the brief falls back; every bundled language file covers every block and
keeps every year of the English text."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefer.page.brief import Brief
from briefer.page.content import load_pack
from briefer.page.pack_languages import is_language_file, languages_beside
from briefer.page.pack_rules import LONG_WORDS
from briefer.pipeline import make_plan, pack_for, render
from briefer.support.errors import BrieferError
from briefer.support.resources import content_dir, default_pack_path
from tests.packs.helpers import SMALL, line_of, write

SMALL_DE = """\
briefer-pack-language: 1
pack: small-pack
language: de
title: Ein kleines Paket
credit: Punkte unserer Gruppe.
labels: {claim: Sie sagen, response: Tatsächlich}
blocks:
  first:
    title: Der erste Punkt
    short: Kurze Worte hier.
    long: Längere Worte hier, so viele, wie der lange Text braucht, um es gut zu sagen.
"""
WITH_VARIANT = (
    SMALL
    + """\
    variants:
      eu-parliament: {long: "Longer words for the European Parliament, said well enough."}
"""
)
WITH_VARIANT_DE = (
    SMALL_DE
    + """\
    variants:
      eu-parliament: {long: "Längere Worte für das Europäische Parlament, gut genug gesagt."}
"""
)


def small(tmp_path: Path, german: str = WITH_VARIANT_DE) -> Path:
    write(tmp_path, "small.de.yaml", german)
    return write(tmp_path, "small.yaml", WITH_VARIANT)


def test_the_pack_in_german_has_its_blocks_variants_labels_and_is_cached(tmp_path: Path) -> None:
    pack = load_pack(small(tmp_path))
    assert pack.languages() == ("en", "de")
    german = pack.in_language("de")
    assert german is not None and german is pack.in_language("de")  # cached
    assert (german.title, german.language, german.source.credit) == (
        "Ein kleines Paket", "de", "Punkte unserer Gruppe.",
    )  # fmt: skip
    assert german.block("first").short == "Kurze Worte hier."
    assert german.block("first", "eu-parliament").long.startswith("Längere Worte für das Europ")
    assert german.block("first", "us-congress").long.startswith("Längere Worte hier")
    assert german.labels is not None and german.labels.claim == "Sie sagen"
    assert german.in_language("en") is pack and pack.in_language("en") is pack
    assert pack.in_language("fr") is None
    assert is_language_file(tmp_path / "small.de.yaml") and not is_language_file("small.yaml")


@pytest.mark.parametrize(
    ("change", "needle", "message"),
    [
        (("language: de", "language: xx"), "language: xx", "language: unknown language 'xx'"),
        (("  first:", "  second:"), "second:", "blocks.second: the pack 'small-pack' has no "),
        (("pack: small-pack", "pack: other"), "pack: other", "pack: this file translates the"),
        (("    short: Kurze Worte hier.\n", ""), "first:", "blocks.first: missing: the pack's"),
        (("eu-parliament: {long", "us-state: {long"), "us-state", "blocks.first.variants.us-st"),
        (
            ("    long: Längere", "    long: " + "Wort " * 81 + "Längere"),
            "    long: Wort",
            "blocks.first.long: 96 words: keep it to 80 or fewer",
        ),
        (
            ("    short: Kurze Worte hier.", "    short: Kurz.\n    claim: Eine Behauptung."),
            "claim: Eine",
            "blocks.first.claim: the pack's text has no 'claim' here",
        ),
    ],
)
def test_a_bad_language_file_is_one_line_naming_file_line_and_field(
    tmp_path: Path, change: tuple[str, str], needle: str, message: str
) -> None:
    text = WITH_VARIANT_DE.replace(*change)
    pack = load_pack(small(tmp_path, text))
    with pytest.raises(BrieferError) as caught:  # as briefer check reads it: whole
        pack.translated(text, tmp_path / "small.de.yaml", strict=True)
    assert str(caught.value).startswith(
        f"{tmp_path / 'small.de.yaml'}:{line_of(text, needle)}: {message}"
    ), str(caught.value)


def test_a_missing_block_is_named_by_the_check_and_untranslated_on_a_page(
    tmp_path: Path,
) -> None:
    base = WITH_VARIANT + (
        "  - {id: second, kind: context, title: Two, short: Short two., long: Long two and more.}\n"
    )
    write(tmp_path, "small.de.yaml", WITH_VARIANT_DE)
    pack = load_pack(write(tmp_path, "small.yaml", base))
    with pytest.raises(BrieferError, match=r"small.de.yaml:7: blocks: missing: the block 'second'"):
        pack.translated(WITH_VARIANT_DE, tmp_path / "small.de.yaml", strict=True)
    german = pack.in_language("de")
    assert german is not None and german.untranslated == {"second"}
    assert german.block("second").short == "Short two." and german.block("first").title.startswith(
        "Der erste"
    )
    with pytest.raises(BrieferError, match="language: the point 'second' has no text in German"):
        make_plan(Brief(language="de", blocks=["first", "second"]), pack=pack, directory=None)
    brief = Brief(language="de", blocks=["first", "second"], content_fallback="en")
    text = render(make_plan(brief, pack=pack, directory=None), "txt").decode()
    assert "Short two." in text or "Long two" in text
    assert "Längere Worte hier" in text or "Kurze Worte hier" in text
    pdf = render(make_plan(brief, pack=pack, directory=None), "pdf")
    assert languages_in(pdf) == [("/Document", "de"), ("/LI", "en")]  # the context bullet


def test_a_page_without_text_in_its_language_names_the_point_or_falls_back(
    tmp_path: Path,
) -> None:
    pack = load_pack(small(tmp_path))
    french = Brief(language="fr", blocks=["first"], pack=str(tmp_path / "small.yaml"))
    assert pack_for(french) is pack  # the brief opens (in the app too); its page is refused
    with pytest.raises(BrieferError) as caught:
        make_plan(Brief(language="fr", blocks=["first"]), pack=pack, directory=None)
    assert "language: the point 'first' has no text in French" in str(caught.value)
    assert "content_fallback: en" in str(caught.value)
    plan = make_plan(
        Brief(language="fr", content_fallback="en", blocks=["first"]), pack=pack, directory=None
    )
    text = render(plan, "txt").decode()
    assert "Longer words here" in text and "Pour " not in text
    # the PDF's structure says the English parts are English, on a French page
    assert languages_in(render(plan, "pdf")) == [("/Document", "fr"), ("/H1", "en"), ("/P", "en")]
    german = render(
        make_plan(Brief(language="de", blocks=["first"]), pack=pack, directory=None), "txt"
    ).decode()
    assert "Ein kleines Paket" in german and "Längere Worte hier" in german
    assert "Longer words" not in german


def test_the_pack_ask_follows_the_language_and_the_audience() -> None:
    pack = load_pack()
    if "de" not in pack.languages():
        pytest.fail("the bundled pack has no German text")
    brief = Brief(language="de", audience="eu-parliament", ask=pack.ask)
    plan = make_plan(brief, pack=pack, directory=None)
    assert plan.meta.subject == pack.in_language("de").asks["eu-parliament"]  # type: ignore[union-attr]


def languages_in(pdf: bytes) -> list[tuple[str, str]]:
    """The structure elements of a PDF that say their language (the catalog's first)."""
    reader = PdfReader(io.BytesIO(pdf))
    found = [("/Document", str(reader.trailer["/Root"]["/Lang"]))]

    def walk(node) -> None:  # type: ignore[no-untyped-def]
        node = node.get_object()
        if not isinstance(node, dict):
            return
        if "/Lang" in node:
            found.append((str(node.get("/S")), str(node["/Lang"])))
        kids = node.get("/K")
        for kid in kids if isinstance(kids, list) else [kids] if kids is not None else []:
            walk(kid)

    walk(reader.trailer["/Root"]["/StructTreeRoot"])
    return found


def test_the_thank_you_asks_in_the_page_language() -> None:
    from briefer.meetings.followup import as_text

    pack = load_pack()
    brief = Brief(language="de", audience="national-parliament", ask=pack.ask)
    german = pack.in_language("de")
    assert german is not None
    assert german.asks["national-parliament"] in as_text(brief)


YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
BUNDLED = sorted(languages_beside(default_pack_path()))


def _texts(pack, block_id: str, audience: str | None) -> str:  # type: ignore[no-untyped-def]
    block = pack.block(block_id, audience)
    return " ".join(t for t in (block.title, block.claim or "", block.short, block.long))


@pytest.mark.parametrize("language", BUNDLED)
def test_each_bundled_language_covers_every_block_and_keeps_every_year(language: str) -> None:
    pack = load_pack()
    other = pack.in_language(language)  # read and checked against the pack: every block, field
    assert other is not None and other.language == language
    assert [b.id for b in other.blocks] == [b.id for b in pack.blocks]
    for block in pack.blocks:
        assert other.block(block.id).audiences() == block.audiences()
        for audience in (None, *block.audiences()):
            english, theirs = _texts(pack, block.id, audience), _texts(other, block.id, audience)
            assert sorted(YEAR.findall(english)) == sorted(YEAR.findall(theirs)), (
                block.id,
                audience,
            )
            assert len(other.block(block.id, audience).long.split()) <= LONG_WORDS
            assert theirs != english


def test_the_bundled_pack_has_german_and_only_language_files_beside_it() -> None:
    assert "de" in BUNDLED
    names = {p.name for p in content_dir().glob("*.yaml")}
    assert {n for n in names if not is_language_file(n)} == {"belarus-sanctions.yaml"}
