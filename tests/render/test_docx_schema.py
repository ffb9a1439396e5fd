"""Every DOCX validates against the OOXML schemas (openxml-audit): each template, each paper, and
content that stresses the writer (tables, long unbroken words, mixed scripts, no sender)."""

from __future__ import annotations

import pytest

from briefer.page.brief import parse_brief
from briefer.page.templates import available
from briefer.pipeline import make_plan, render
from briefer.support.formats import PAPERS
from tests.conftest import MYTHS, RECS, SAMPLE_BRIEF, assert_valid_docx, docx_problems

SAMPLE_BLOCKS = "blocks: [hold-the-line, myth-pushes-to-russia, rec-enforce-and-prosecute]"
CONTENT = {
    "sample": SAMPLE_BRIEF,
    "many points": SAMPLE_BRIEF.replace(
        SAMPLE_BLOCKS, "blocks: [" + ", ".join(["hold-the-line", *MYTHS[:3], *RECS[:2]]) + "]"
    ),
    "long words and scripts": SAMPLE_BRIEF.replace(
        "ask: Keep every sanction on the Lukashenka regime in place.",
        "ask: Keep every sanction in place — 制裁を維持してください 🇺🇦 https://example.org/"
        + "a" * 120,
    ),
    "no sender": SAMPLE_BRIEF.split("sender:")[0]
    + "ask: Keep the sanctions.\n"
    + SAMPLE_BLOCKS
    + "\n",
}


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("template", available())
def test_every_template_and_paper_makes_valid_ooxml(template: str, paper: str) -> None:
    plan = make_plan(parse_brief(SAMPLE_BRIEF), template=template, paper=paper, directory=None)
    assert_valid_docx(render(plan, "docx"))


@pytest.mark.parametrize("content", sorted(CONTENT))
def test_stressing_content_makes_valid_ooxml(content: str) -> None:
    for template in ("classic", "myth-fact"):
        plan = make_plan(parse_brief(CONTENT[content]), template=template, directory=None)
        assert_valid_docx(render(plan, "docx"))


def test_the_validator_is_real_it_finds_a_broken_document() -> None:
    import io
    import zipfile

    plan = make_plan(parse_brief(SAMPLE_BRIEF), directory=None)
    good = render(plan, "docx")
    broken = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good)) as source, zipfile.ZipFile(broken, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "word/document.xml":
                data = data.replace(b"<w:body>", b"<w:body><w:nonsense/>", 1)
            target.writestr(item, data)
    assert any("nonsense" in problem for problem in docx_problems(broken.getvalue()))
