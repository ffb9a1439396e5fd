"""The page in the office's language: every template × language × paper read back from the PDF
and the DOCX with no English fixed word and the language's own date; times as the language
writes them; an unknown language named in one line."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from briefer.page.brief import parse_brief
from briefer.page.content import load_pack
from briefer.page.words import PAGE_LANGUAGES, long_date, time_text, words_for
from briefer.pipeline import make_plan, render
from briefer.support.errors import BrieferError
from tests.conftest import SAMPLE_BRIEF, pdf_pages
from tests.libreoffice import to_pdf

TEMPLATES = ("classic", "myth-fact", "sidebar", "bold")
FOREIGN = tuple(language for language in PAGE_LANGUAGES if language != "en")
# The English fixed words a page may carry (labels, headings, the footer), none of them content.
ENGLISH_WORDS = (
    "Our ask", "Bill:", "Myth:", "Fact:", "For Senator", "Prepared for the meeting",
    "Source:", "Sanctions are working", "Myths and facts", "Myth and fact", "What we recommend",
    "What Congress can do", "The evidence", "Why it matters", "Background", "The meeting",
    "Contact", "December", "Thursday", "We ask", "Claim:", "Response:", "What critics claim",
    "They say", "In fact", "represents",
)  # fmt: skip
DATES = {  # 2026-12-03 as each language writes it (CLDR), checked by hand
    "de": "Donnerstag, 3. Dezember 2026",
    "fr": "jeudi 3 décembre 2026",
    "pl": "czwartek, 3 grudnia 2026",
    "lt": "2026 m. gruodžio 3 d., ketvirtadienis",
}


def brief_in(language: str, template: str, paper: str, time: str = "10:30") -> str:
    text = SAMPLE_BRIEF.replace("template: classic", f"template: {template}")
    # a language the pack has no text in prints its English text (content_fallback)
    text = text.replace("paper: letter", f"paper: {paper}\nlanguage: {language}")
    text = text.replace("ask: Keep", "content_fallback: en\nask: Keep")
    text = text.replace('time: "10:30"', f'time: "{time}"')
    return text.replace("blocks: [", "blocks: [myth-hurts-ordinary-people, ")


def flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def docx_text(data: bytes) -> str:
    from docx import Document

    document = Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def assert_in_language(text: str, language: str) -> None:
    page = flat(text)
    folded = page.casefold()
    own = {v for v in vars(words_for(language)).values() if isinstance(v, str)}  # "Contact": fr
    found = [
        w
        for w in ENGLISH_WORDS
        if w not in own and re.search(rf"\b{re.escape(w.casefold())}", folded)
    ]
    assert not found, f"{language}: English fixed words on the page: {found}"
    assert DATES[language] in page, f"{language}: no {DATES[language]!r} in {page[:300]!r}"
    assert words_for(language).our_ask.casefold() in folded


def english_sentences() -> list[str]:
    """Every sentence of the English pack's texts (titles, claims, short and long texts, each
    audience's), as the page would print it."""
    pack = load_pack()
    out = set()
    for block in pack.blocks:
        for audience in (None, *block.audiences()):
            b = block.for_audience(audience)
            for value in (b.title, b.claim or "", b.short, b.long):
                out.update(s for s in re.split(r"(?<=[.;:?!])\s+", value) if len(s.split()) >= 4)
    return sorted(out)


def assert_content_in_language(text: str, language: str) -> None:
    """No sentence of the English pack on a page whose pack has its text in ``language``; on a
    page whose pack has none, the English text (the brief's content_fallback)."""
    page = flat(text).replace("\u00ad", "").replace("- ", "-")
    found = [s for s in english_sentences() if flat(s) in page]
    if language not in load_pack().languages():
        assert found, f"{language}: the fallback printed no English text"
        return
    assert not found, f"{language}: English talking points on the page: {found[:3]}"
    title = load_pack().in_language(language).title  # type: ignore[union-attr]
    assert " ".join(title.split()[:3]) in page


@pytest.mark.parametrize("paper", ["letter", "a4"])
@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("language", FOREIGN)
def test_every_template_language_and_paper(language: str, template: str, paper: str) -> None:
    brief = parse_brief(brief_in(language, template, paper))
    plan = make_plan(brief, directory=None)
    assert plan.meta.language == language
    (page,) = pdf_pages(render(plan, "pdf"))
    assert_in_language(page, language)
    assert_content_in_language(page, language)
    if paper == "a4":  # the DOCX is drawn from the same plan; once per template and language
        docx = docx_text(render(plan, "docx"))
        assert_in_language(docx, language)
        assert_content_in_language(docx, language)


@pytest.mark.parametrize("language", FOREIGN)
def test_the_read_ahead_text_is_in_the_language(language: str) -> None:
    plan = make_plan(parse_brief(brief_in(language, "sidebar", "a4")), directory=None)
    text = render(plan, "txt").decode("utf-8")
    assert_in_language(text, language)
    assert_content_in_language(text, language)
    assert f"{words_for(language).our_ask}:" in text


def test_times_as_the_language_writes_them() -> None:
    assert [time_text("2:30 PM", lang) for lang in PAGE_LANGUAGES] == [
        "2:30 PM", "14:30", "14:30", "14:30", "14:30",
    ]  # fmt: skip
    assert time_text("", "de") == "" and time_text("after lunch", "de") == "after lunch"
    assert time_text("2:30 PM", "en", day_first=True) == "14:30"  # English for Europe
    plan = make_plan(parse_brief(brief_in("de", "classic", "a4", "2:30 PM")), directory=None)
    assert "14:30" in flat(pdf_pages(render(plan, "pdf"))[0])


def test_dates_come_from_cldr() -> None:
    import datetime as dt

    day = dt.date(2026, 12, 3)
    assert {lang: long_date(day, lang) for lang in FOREIGN} == DATES
    assert long_date(day, "pl", weekday=False) == "3 grudnia 2026"


def test_english_is_as_it_was() -> None:
    plan = make_plan(parse_brief(SAMPLE_BRIEF), directory=None)
    page = flat(pdf_pages(render(plan, "pdf"))[0])
    assert "Thursday, December 3, 2026" in page and "OUR ASK" in page.upper()
    assert plan.meta.language == "en"


def test_an_unknown_language_is_one_line_naming_the_field() -> None:
    text = SAMPLE_BRIEF.replace("paper: letter", "paper: letter\nlanguage: xx")
    with pytest.raises(BrieferError) as caught:
        parse_brief(text, "brief.yaml")
    message = str(caught.value)
    assert "\n" not in message and "language" in message and "brief.yaml:4" in message
    assert "en, de, fr, pl or lt" in message


def test_the_letters_of_every_language_are_drawn_and_embedded() -> None:
    from pypdf import PdfReader

    names = "Žygimantas Čėsna-Ąžuolaitė, Łucja Świątek, Jürgen Weiß, Hélène Çelik"
    text = brief_in("lt", "sidebar", "a4").replace("name: Святлана Ціханоўская", f"name: {names}")
    plan = make_plan(parse_brief(text), directory=None)
    data = render(plan, "pdf")
    letters = set("ŽČėĄžŁŚąüßéÇ")
    assert letters <= set(pdf_pages(data)[0]), letters - set(pdf_pages(data)[0])
    fonts = PdfReader(io.BytesIO(data)).pages[0]["/Resources"]["/Font"]
    for font in fonts.values():
        font = font.get_object()
        descendant = (
            font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        )
        assert "/FontFile2" in descendant["/FontDescriptor"], font["/BaseFont"]  # embedded
    import zipfile

    with zipfile.ZipFile(io.BytesIO(render(plan, "docx"))) as docx:  # the sidebar's text box too
        xml = docx.read("word/document.xml").decode("utf-8")
    runs = "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml)).replace("\u00a0", " ")
    assert names in runs


@pytest.mark.slow
def test_libreoffice_opens_every_language_as_one_page(tmp_path: Path) -> None:
    from pypdf import PdfReader

    files = []
    for language in FOREIGN:
        for template in TEMPLATES:
            plan = make_plan(parse_brief(brief_in(language, template, "a4")), directory=None)
            path = tmp_path / f"{language}-{template}.docx"
            path.write_bytes(render(plan, "docx"))
            files.append(path)
    out = tmp_path / "pdf"
    to_pdf(files, out, tmp_path)
    for path in files:
        reader = PdfReader(out / f"{path.stem}.pdf")
        assert len(reader.pages) == 1, path.name
        assert DATES[path.stem.split("-")[0]] in flat(reader.pages[0].extract_text())


def test_a_language_the_font_cannot_draw_is_one_line_naming_the_field(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from briefer.layout import coverage
    from briefer.page.words import LETTERS

    for language in PAGE_LANGUAGES:  # the default font draws every language's letters
        assert coverage.undrawable(LETTERS[language], "Liberation Sans") == ""
    assert coverage.undrawable("Łódź 中", "Liberation Sans") == "中"
    drawn = coverage._drawn("Liberation Sans") - {ord("ł"), ord("Ł")}  # a font without ł
    monkeypatch.setattr(coverage, "_drawn", lambda _family: drawn)
    with pytest.raises(BrieferError) as caught:
        make_plan(parse_brief(brief_in("pl", "classic", "a4"), "brief.yaml"), directory=None)
    message = str(caught.value)
    assert message.startswith("brief.yaml:4: language:") and "\n" not in message
    assert "'Ł' (U+0141)" in message and "Polish" in message
    make_plan(parse_brief(brief_in("de", "classic", "a4")), directory=None)  # German has no ł
