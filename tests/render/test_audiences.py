"""Every template for every audience, read back from the PDF and the DOCX as an office gets them:
the audience's own words, the claim/response labels, the closing ask to the member by name, why
this office, who we are, and one page."""

from __future__ import annotations

import io

import docx
import pytest

from briefer.page.brief import parse_brief
from briefer.page.content import load_pack
from briefer.pipeline import make_plan, render
from tests.conftest import assert_valid_docx, contains_phrase, pdf_pages, words

TEMPLATES = ["classic", "myth-fact", "sidebar", "bold"]
BLOCKS = (
    "[rec-enforce-and-prosecute, myth-no-regime-change, hold-the-line, myth-hurts-ordinary-people]"
)
SENDER = """\
sender:
  organization: Belarus Freedom Forum
  about: Belarusians and friends of Belarus working for a democratic Belarus.
  name: Anna Kowalska
  email: anna@example.org
  phone: +1 202 555 0100
"""
MEETINGS = {
    "us-congress": (
        "Senator Jeanne Shaheen",
        """\
meeting:
  legislator: Jeanne Shaheen
  title: Senator
  chamber: Senate
  state: NH
  party: Democrat
  committees: [Senate Committee on Foreign Relations (Ranking Member)]
  date: 2026-12-03
constituents:
  - {name: Ihar Bely, town: Concord}
""",
        "Congress should strengthen enforcement",
    ),
    "us-state": (
        "Representative Maria Lopez",
        """\
meeting:
  legislator: Maria Lopez
  title: Representative
  chamber: New Hampshire House of Representatives
  state: NH
  district: Hillsborough 12
  committees: [State-Federal Relations and Veterans Affairs]
  date: 2026-12-03
""",
        "The Legislature can urge",
    ),
    "eu-parliament": (
        "MEP Petras Auštrevičius",
        """\
meeting:
  legislator: Petras Auštrevičius
  title: MEP
  chamber: European Parliament
  state: Lithuania
  party: Renew Europe
  committees: [Committee on Foreign Affairs]
  date: 2026-12-03
""",
        "The EU and its member states should",
    ),
    "national-parliament": (
        "MP Žygimantas Pavilionis",
        """\
meeting:
  legislator: Žygimantas Pavilionis
  title: MP
  chamber: Seimas
  committees: [Committee on Foreign Affairs]
  date: 2026-12-03
""",
        "The government should",
    ),
}


def brief_for(audience: str, template: str) -> str:
    _, meeting, _ = MEETINGS[audience]
    ask = load_pack().ask.replace("\n", " ")  # as a new brief starts: the pack's own ask
    return (
        f"briefer: 1\ntemplate: {template}\naudience: {audience}\n{meeting}{SENDER}"
        f"ask: {ask}\nbill: S. 1234\nbill_title: Belarus Democracy Act\nblocks: {BLOCKS}\n"
    )


def docx_text(data: bytes) -> str:
    assert_valid_docx(data)
    document = docx.Document(io.BytesIO(data))
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    parts = [document.element.body]
    for section in document.sections:  # the contact and the source are in the page's footer
        parts += [section.header._element, section.footer._element]
    paragraphs = [p for part in parts for p in part.iter(f"{w}p")]
    return "\n".join("".join(t.text or "" for t in p.iter(f"{w}t")) for p in paragraphs)


@pytest.mark.parametrize("audience", list(MEETINGS))
@pytest.mark.parametrize("template", TEMPLATES)
def test_each_audience_reads_its_own_page(template: str, audience: str) -> None:
    member, _, recommendation = MEETINGS[audience]
    brief = parse_brief(brief_for(audience, template))
    plan = make_plan(brief, template=template, directory=None)
    pack = load_pack()
    ask = pack.asks[audience]
    pdf = render(plan, "pdf")
    pages = pdf_pages(pdf)
    assert len(pages) == 1
    for text in (pages[0], docx_text(render(plan, "docx"))):
        assert contains_phrase(text, recommendation), (template, audience)
        assert not contains_phrase(text, "The U.S. and its democratic allies should")
        start = " ".join(ask.split()[:8])
        assert contains_phrase(text, start), "the audience's own ask"
        assert contains_phrase(text, f"We ask {member} to {start}"), "the closing ask"
        assert contains_phrase(text, "S. 1234, Belarus Democracy Act")
        found = set(words(text))
        assert {"they", "say", "in", "fact"} <= found and "myth" not in found
        assert contains_phrase(text, "Belarusians and friends of Belarus working for"), template
        assert contains_phrase(text, "anna@example.org")
        why = {
            "us-congress": "is Ranking Member of the Senate Committee on Foreign Relations",
            "us-state": "represents New Hampshire House of Representatives, Hillsborough 12",
            "eu-parliament": "sits on the Committee on Foreign Affairs and represents Lithuania",
            "national-parliament": "sits on the Committee on Foreign Affairs",
        }[audience]
        assert contains_phrase(text, f"{member} {why}"), (template, audience, "why this office")
        if audience == "us-congress":
            assert contains_phrase(text, "With constituents from Concord, NH")
        if audience in ("eu-parliament", "national-parliament"):
            assert "U.S." not in text and "Congress" not in text, (template, audience)


def test_the_contact_is_at_least_8_5_points_in_every_template() -> None:
    for template in TEMPLATES:
        plan = make_plan(
            parse_brief(brief_for("us-congress", template)), template=template, directory=None
        )
        sizes = [plan.styles["footer"].size] if plan.footer else []
        decor = plan.page.decor
        if decor is not None and decor.sidebar is not None:
            sizes += [plan.styles[p.role].size for p in decor.sidebar.items if "@" in p.text]
        assert sizes and min(sizes) >= 8.5, (template, sizes)
