"""Long unbroken words (URLs, 300+ characters) and mixed scripts keep the DOCX on one page."""

from __future__ import annotations

import io
import re
import subprocess
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefer.layout.breaks import EVERY, ZWSP, allowance, with_break_points
from briefer.layout.fonts import PDF_NAMES, register_pdf_fonts
from briefer.page.brief import parse_brief
from briefer.pipeline import make_plan, render
from briefer.support.errors import FitError
from tests.conftest import SAMPLE_BRIEF, assert_valid_docx, pdf_pages, selections

SAMPLE_BLOCKS = "blocks: [hold-the-line, myth-pushes-to-russia, rec-enforce-and-prosecute]"
URL = "https://example.org/" + "/".join(["sanctions-evidence-archive-2026", "a-b-c-d"] * 8)
WORD = "x" * 320
CJK = "制裁を維持してください。ベラルーシの政治犯を解放せよ。" * 4
EMOJI = "🇺🇦🇧🇾✊🏻🙏"


def brief_with(text: str, blocks: list[str]) -> str:
    brief = SAMPLE_BRIEF.replace(SAMPLE_BLOCKS, "blocks: [" + ", ".join(blocks) + "]")
    brief = brief.replace(
        "ask: Keep every sanction on the Lukashenka regime in place.", f"ask: 'Act now. {text}'"
    )
    return brief + "edits:\n" + "".join(f"  {b}: 'Evidence: {text}'\n" for b in blocks[:3])


def docx_text(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        xml = package.read("word/document.xml").decode("utf-8")
    return "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml))


def test_break_points_go_into_long_words_only() -> None:
    assert (
        with_break_points("an ordinary sentence, short words")
        == "an ordinary sentence, short words"
    )
    assert with_break_points(f"see {URL} now") == f"see {URL} now"  # an address stays whole
    path = URL.removeprefix("https://example.org/")  # a long word that is no address
    broken = with_break_points(f"see {path} now")
    assert broken.replace(ZWSP, "") == f"see {path} now"
    assert "/" + ZWSP in broken
    assert max(len(piece) for piece in broken.split()[1].split(ZWSP)) <= EVERY
    assert max(len(piece) for piece in with_break_points(WORD).split(ZWSP)) <= EVERY


def test_the_fit_reserves_room_only_where_a_word_processor_may_break_differently() -> None:
    register_pdf_fonts()
    assert allowance("Keep the pressure on the regime.", PDF_NAMES["regular"], 10, 468) == 0
    assert allowance(URL, PDF_NAMES["regular"], 10, 468) > 0
    assert allowance(CJK, PDF_NAMES["regular"], 10, 468) > 0


@pytest.mark.parametrize("text", [URL, WORD, f"{CJK} {EMOJI}"], ids=["url", "word", "scripts"])
def test_the_docx_carries_the_break_points_and_the_words(text: str) -> None:
    plan = make_plan(parse_brief(brief_with(text, ["hold-the-line"])), directory=None)
    data = render(plan, "docx")
    assert_valid_docx(data)
    words = docx_text(data)
    assert text.split()[0] in words.replace(ZWSP, "")
    if text == URL:  # an address is copied: no break point inside it
        assert ZWSP not in words and URL in words
    elif len(text) > 20 and " " not in text:
        assert ZWSP in words
    assert len(pdf_pages(render(plan, "pdf"))) == 1


def tight_docx(folder: Path) -> dict[str, bytes]:
    """Pages nearly full of long words and mixed scripts, on both templates and both papers."""
    made: dict[str, bytes] = {}
    # the fullest selections that still fit with the ask said twice (first, and to the member by
    # name at the end) and why this office by it
    picks = [selections()[i] for i in (63, 79, 31)]
    texts = {"url": URL, "word": WORD, "cjk": CJK * 2, "mixed": f"{URL} {CJK} {EMOJI * 4}"}
    for name, text in texts.items():
        for index, blocks in enumerate(picks):
            for template in ("classic", "myth-fact"):
                for paper in ("letter", "a4"):
                    try:
                        plan = make_plan(
                            parse_brief(brief_with(text, blocks)),
                            template=template,
                            paper=paper,
                            directory=None,
                        )
                    except FitError:
                        continue
                    key = f"{name}-{index}-{template}-{paper}"
                    made[key] = render(plan, "docx")
                    (folder / f"{key}.docx").write_bytes(made[key])
    return made


@pytest.mark.slow
def test_libreoffice_keeps_long_words_and_mixed_scripts_on_one_page(tmp_path: Path) -> None:
    # A CJK font (fonts-wqy-microhei, installed by scripts/dev.sh) makes LibreOffice set CJK at its
    # real width, a third wider than the box reportlab measures: without one this proves little.
    fonts = subprocess.run(["fc-list", ":lang=zh"], capture_output=True, text=True, check=False)
    assert fonts.stdout.strip(), "no CJK font: apt-get install fonts-wqy-microhei"
    sources, out = tmp_path / "docx", tmp_path / "pdf"
    sources.mkdir()
    made = tight_docx(sources)
    assert len(made) >= 12  # the body stays at 10 pt or more: the fullest selections do not fit
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            *("--convert-to", "pdf", "--outdir", str(out)),
            *sorted(map(str, sources.iterdir())),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=True,
        timeout=600,
    )
    for key in made:
        reader = PdfReader(out / f"{key}.pdf")
        assert len(reader.pages) == 1, key
        assert "Act now" in reader.pages[0].extract_text()


def test_an_email_address_is_kept_whole_on_the_page_and_in_the_docx() -> None:
    """A break point inside an address is copied out of the DOCX with it (another address), and
    narrowing its paragraph split it on the page: "alesia@bff.example.or" / "g"."""
    email = "alesia@bff.example.org"  # longer than a long word, shorter than the sidebar
    assert with_break_points(f"write to {email}.") == f"write to {email}."
    assert allowance(email, PDF_NAMES["regular"], 9, 120) == 0.0
    long_email = "x" * 30 + "@" + "y" * 30 + ".org"
    assert with_break_points(long_email) == long_email  # whole at any length: a reader copies it
    brief = parse_brief(
        SAMPLE_BRIEF.replace("email: office@example.org", f"email: {email}").replace(
            "template: classic", "template: sidebar"
        )
    )
    plan = make_plan(brief, directory=None)
    assert email in " ".join(pdf_pages(render(plan, "pdf"))[0].split())
    assert email in docx_text(render(plan, "docx"))


def test_a_german_compound_is_a_word_not_a_long_string() -> None:
    """ "Menschenrechtsverletzungen" fits any line whole: no break point for Word to split it at
    without a hyphen, and no narrower paragraph (German pages lost lines to it)."""
    register_pdf_fonts()
    text = "Sanktionen verteuern Menschenrechtsverletzungen und „Amtsenthebungsversuche“."
    assert with_break_points(text) == text
    assert allowance(text, PDF_NAMES["regular"], 10, 468) == 0
    assert ZWSP in with_break_points("x" * 33)  # longer than any word: still broken
