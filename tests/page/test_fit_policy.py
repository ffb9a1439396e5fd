"""What the fit promises the reader: large type, long texts where they matter, the room used,
and when the page cannot fit, the fewest points whose leaving out makes it fit."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest

from briefer.layout.measure import FlowMeasurer
from briefer.page import fit as fit_module
from briefer.page.brief import parse_brief
from briefer.page.compose import compose
from briefer.page.content import load_pack
from briefer.page.templates import load_template
from briefer.pipeline import make_plan, render
from briefer.support.errors import BrieferError, FitError
from tests.conftest import MYTHS, RECS, SAMPLE_BRIEF, pdf_pages, selections

SAMPLE_BLOCKS = "blocks: [hold-the-line, myth-pushes-to-russia, rec-enforce-and-prosecute]"
LOGO = """<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100" viewBox="0 0 300 100">
<rect x="0" y="0" width="100" height="100" fill="#9b1b30"/>
<rect x="120" y="30" width="170" height="16" fill="#1d1d1f"/></svg>"""
# what the sample brief holds that must stay whole (the meeting line and the contact)
WHOLE = ("Jeanne Shaheen", "Jesús García", "10:30 AM", "Russell 506")
LONG_EDIT = " ".join(["Sanctions keep pressure on the regime and its enablers."] * 9)


def brief_with(blocks: list[str], edits: dict[str, str] | None = None, ask: str = ""):
    text = SAMPLE_BRIEF.replace(SAMPLE_BLOCKS, "blocks: [" + ", ".join(blocks) + "]")
    if ask:
        text = text.replace("Keep every sanction on the Lukashenka regime in place.", ask)
    if edits:
        text += "edits:\n" + "".join(f"  {b}: '{t}'\n" for b, t in edits.items())
    return parse_brief(text)


def layout_of(brief, template: str, paper: str, size: float):
    draft = compose(load_pack(), brief, load_template(template), paper=paper)
    return draft, fit_module._measure(draft, size, FlowMeasurer())


@pytest.mark.parametrize("paper", ["letter", "a4"])
@pytest.mark.parametrize("template", ["classic", "myth-fact", "sidebar"])
def test_parallel_items_alike_and_no_room_left_that_longer_texts_would_fill(
    template: str, paper: str
) -> None:
    """Within each section (the responses, the recommendations …) the texts are all long or all
    short, or the few short ones are the exceptions, each short because its long text would not
    fit; a section all short is so because its long texts together would not fit."""
    tpl = load_template(template)
    for blocks in selections()[::9]:
        brief = brief_with(blocks)
        plan = make_plan(brief, template=tpl, paper=paper)
        assert plan.body_size >= 10
        short = {b for b, v in plan.variants.items() if v == "short"}
        if not short:
            continue
        draft, lay = layout_of(brief, template, paper, plan.body_size)
        room = fit_module.available_height(draft)
        assert lay.total(short) <= room
        heights = dict(lay.choices)
        for points in lay.sections():
            grows = [b for b in points if heights[b]["long"] > heights[b]["short"]]
            shorts = [b for b in grows if b in short]
            longs = [b for b in grows if b not in short]
            if shorts and not longs:  # all short: their long texts do not fit together
                assert lay.total(short - set(shorts)) > room, (blocks, shorts)
            elif shorts:  # mixed: the short ones are the exceptions, and could not be long
                assert len(shorts) < len(longs), (blocks, shorts, longs)
                for block in shorts:
                    assert lay.total(short - {block}) > room, (blocks, block)


def test_the_least_important_points_are_shortened_first() -> None:
    """The recommendations keep their long text; the size is the preferred one at which the
    fewest points are short (not the largest, with every point short)."""
    tpl = load_template("classic")
    # (the page also carries why this office and the closing ask: seven points need short texts)
    for blocks in (["hold-the-line", *MYTHS[:3], *RECS], ["hold-the-line", *MYTHS[:4], *RECS[:2]]):
        brief = brief_with(blocks)
        plan = make_plan(brief, template=tpl, paper="letter")
        short = {b for b, v in plan.variants.items() if v == "short"}
        assert short, "this selection needs short texts"
        assert RECS[0] not in short, short  # the most important recommendation stays long
        assert plan.body_size >= tpl.fit.prefer_long_down_to
        for size in (11.5, 11.0, 10.5):
            draft, lay = layout_of(brief, "classic", "letter", size)
            other = lay.shorten(fit_module.available_height(draft))
            assert other is None or len(other) >= len(short), (size, other, short)


@pytest.mark.parametrize("template", ["classic", "myth-fact", "sidebar"])
def test_the_points_named_when_too_long_make_it_fit_when_left_out(template: str) -> None:
    """The message names the fewest points; leaving out exactly those makes the page fit, and
    leaving out all but any one of them does not."""
    pack = load_pack()
    every = [b.id for b in pack.blocks]
    edits = {b: LONG_EDIT for b in every[:6]}
    tpl = load_template(template)
    checked = 0
    for count in (len(every), len(every) - 2, len(every) - 4):
        blocks = every[:count]
        try:
            make_plan(brief_with(blocks, edits), template=tpl, paper="letter")
            continue
        except FitError as error:
            named, message = error.candidates, str(error)
        assert named, "the message names points to leave out"
        for block in named:
            assert block in message
        kept = [b for b in blocks if b not in named]
        plan = make_plan(brief_with(kept, edits), template=tpl, paper="letter")
        assert plan.body_size >= 10
        for back in named:  # every one named is needed
            with pytest.raises(FitError):
                make_plan(brief_with([*kept, back], edits), template=tpl, paper="letter")
        checked += 1
    assert checked


def test_background_is_named_before_the_recommendations() -> None:
    pack = load_pack()
    every = [b.id for b in pack.blocks]
    edits = {b: LONG_EDIT for b in every}
    with pytest.raises(FitError) as info:
        make_plan(brief_with(every, edits), template=load_template("classic"), paper="letter")
    kinds = [pack.block(b).kind for b in info.value.candidates]
    order = ["context", "evidence", "framing", "misconception", "recommendation"]
    assert [order.index(k) for k in kinds] == sorted(order.index(k) for k in kinds)
    if "context" in {b.kind for b in pack.blocks}:
        assert kinds[0] == "context"


def test_a_long_ask_is_named_as_the_cause() -> None:
    ask = " ".join(["Keep every sanction on the regime in place until the prisoners are free."] * 7)
    assert len(ask.split()) > 80
    blocks = [b.id for b in load_pack().blocks]
    with pytest.raises(FitError) as info:
        make_plan(brief_with(blocks, ask=ask), template=load_template("classic"), paper="letter")
    assert "shorten the ask first" in info.value.message
    assert info.value.fixed_share > 0


def test_a_template_cannot_ask_for_a_body_under_the_minimum(tmp_path) -> None:
    path = tmp_path / "small.yaml"
    path.write_text(
        "briefer-template: 1\nname: small\nextends: classic\nfit:\n  min_body: 9\n",
        encoding="utf-8",
    )
    with pytest.raises(BrieferError) as info:
        load_template(path)
    message = str(info.value)
    assert re.search(r"small\.yaml:[45]: fit\.min_body: must be 9\.5 or more", message), message
    path.write_text(path.read_text().replace("9\n", "9.5\n"), encoding="utf-8")
    assert load_template(path).fit.min_body == 9.5


@pytest.mark.slow
@pytest.mark.parametrize("paper", ["letter", "a4"])
@pytest.mark.parametrize("template", ["classic", "myth-fact", "sidebar", "bold"])
def test_every_selection_with_and_without_logo_and_qr(
    template: str, paper: str, tmp_path: Path
) -> None:
    """Every choice of misconceptions and recommendations, with and without a logo and a QR
    code: one page with the body at 10 pt or more (12 in bold), or a message whose named points,
    left out, make it fit."""
    (tmp_path / "logo.svg").write_text(LOGO, encoding="utf-8")
    tpl = load_template(template)
    for index, blocks in enumerate(selections()):
        text = SAMPLE_BRIEF.replace(SAMPLE_BLOCKS, "blocks: [" + ", ".join(blocks) + "]")
        if index % 2:
            text = text.replace("  website:", "  logo: logo.svg\n  website:")
        if index % 4 >= 2:
            text += "qr: https://example.org/belarus-sanctions\n"
        path = tmp_path / "brief.yaml"
        path.write_text(text, encoding="utf-8")
        brief = parse_brief(text, path)
        try:
            plan = make_plan(brief, template=tpl, paper=paper, directory=None)
        except FitError as error:
            assert error.candidates, (blocks, error.message)
            kept = [b for b in blocks if b not in error.candidates]
            brief = brief.model_copy(update={"blocks": kept})
            plan = make_plan(brief, template=tpl, paper=paper, directory=None)
        assert plan.body_size >= max(10, tpl.fit.min_body), blocks
        pages = pdf_pages(render(plan, "pdf"))
        assert len(pages) == 1, blocks
        lines = [" ".join(line.split()) for line in pages[0].splitlines()]
        for value in WHOLE:  # on one line, never broken
            assert any(value in line for line in lines), (value, blocks)
        days = ("December 3, 2026", "3 December 2026")  # as the audience writes dates
        assert any(day in line for line in lines for day in days), blocks
        assert not any(line.startswith("·") or line.endswith("·") for line in lines)
        docx = render(plan, "docx")
        with zipfile.ZipFile(io.BytesIO(docx)) as package:
            names = [n for n in package.namelist() if n.startswith("word/") and n.endswith(".xml")]
            xml = "".join(package.read(n).decode("utf-8") for n in names)
        assert not re.search("[\u00ad\u200b-\u200d\u2060\ufeff]", xml), blocks


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_bold_gives_a_recommendation_its_reason_one_step_down_rather_than_every_point_short(
    paper: str,
) -> None:
    """Bold's large type first — but with every point short at the largest size that fits, one
    step smaller (still 12 pt or more) is the page when a more important point gets its long
    text at it: the recommendation's reason, not an empty band under three short points."""
    blocks = ["hold-the-line", MYTHS[0], RECS[2], "indicator-regime-statements", RECS[0]]
    brief = brief_with(blocks)
    plan = make_plan(brief, template=load_template("bold"), paper=paper)
    assert plan.body_size >= 12
    assert plan.variants[RECS[2]] == "long", plan.variants
    draft, larger = layout_of(brief, "bold", paper, plan.body_size + 0.5)
    room = fit_module.available_height(draft)
    short = larger.shorten(room)  # one step larger: the recommendation's reason does not fit
    assert short is None or RECS[2] in short, short
