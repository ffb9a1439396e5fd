"""The one-page guarantee over every selection of misconceptions and recommendations."""

import pytest

from briefer.layout.styles import make_styles
from briefer.page.brief import parse_brief
from briefer.page.content import load_pack
from briefer.page.templates import load_template
from briefer.pipeline import make_plan, render
from briefer.support.errors import FitError
from tests.conftest import MYTHS, RECS, SAMPLE_BRIEF, contains_phrase, pdf_pages, selections


def brief_with(blocks: list[str]):
    text = SAMPLE_BRIEF.replace(
        "blocks: [hold-the-line, myth-pushes-to-russia, rec-enforce-and-prosecute]",
        "blocks: [" + ", ".join(blocks) + "]",
    )
    return parse_brief(text)


def marker(block_id: str) -> str:
    """What identifies a point on the page: the claim of a misconception, else its title."""
    block = load_pack().block(block_id)
    return block.claim or block.title


@pytest.mark.slow
@pytest.mark.parametrize("paper", ["letter", "a4"])
@pytest.mark.parametrize("template", ["classic", "myth-fact"])
def test_every_selection_fits_one_page(template: str, paper: str) -> None:
    tpl = load_template(template)
    sizes = set()
    for blocks in selections():
        plan = make_plan(brief_with(blocks), template=tpl, paper=paper)
        assert plan.body_size >= 10
        pages = pdf_pages(render(plan, "pdf"))
        assert len(pages) == 1, blocks
        text = pages[0]
        for block_id in [*MYTHS, *RECS]:
            assert contains_phrase(text, marker(block_id)) == (block_id in blocks), (
                block_id,
                blocks,
            )
        assert "Keep every sanction" in text
        sizes.add(plan.body_size)
    assert min(sizes) >= 10


def test_small_selection_stays_long_and_large() -> None:
    plan = make_plan(brief_with(["hold-the-line", "rec-expand-gradually"]))
    assert set(plan.variants.values()) == {"long"}
    assert plan.body_size == load_template("classic").fit.max_body


def test_too_much_text_names_the_points_to_cut() -> None:
    pack = load_pack()
    ids = [b.id for b in pack.blocks]
    long_edit = " ".join(["Sanctions keep pressure on the regime and its enablers."] * 14)
    text = SAMPLE_BRIEF.replace(
        "blocks: [hold-the-line, myth-pushes-to-russia, rec-enforce-and-prosecute]",
        "blocks: ["
        + ", ".join(ids)
        + "]\nedits:\n"
        + "".join(f"  {i}: {long_edit}\n" for i in ids[:8]),
    )
    with pytest.raises(FitError) as info:
        make_plan(parse_brief(text))
    error = info.value
    assert error.candidates and set(error.candidates) <= set(ids)
    assert "too long for one page" in str(error)
    assert error.candidates[0] in str(error)


def test_body_text_never_below_ten_points() -> None:
    from briefer.page.compose import compose

    for name in ("classic", "myth-fact", "sidebar", "bold"):
        assert load_template(name).fit.min_body >= 10
        draft = compose(load_pack(), parse_brief(SAMPLE_BRIEF), load_template(name))
        assert min(draft.fit_sizes) >= 10
    assert make_styles(draft, 10)["body"].size == 10
