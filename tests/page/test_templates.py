from pathlib import Path

import pytest

from briefer.page.templates import available, length, load_template
from briefer.support.errors import BrieferError


def test_two_bundled_templates_that_differ() -> None:
    assert {"classic", "myth-fact"} <= set(available())
    classic, myth = load_template("classic"), load_template("myth-fact")
    assert classic.misconceptions == "list" and myth.misconceptions == "table"
    assert classic.palette.accent != myth.palette.accent
    assert myth.margins == classic.margins  # inherited through `extends`
    assert myth.roles["body"] == classic.roles["body"]
    assert myth.roles["title"].size != classic.roles["title"].size
    for template in (classic, myth):
        assert template.sections.index("ask") <= 2


@pytest.mark.parametrize(
    ("value", "points"), [(54, 54.0), ("0.75in", 54.0), ("25.4mm", 72.0), ("2.54cm", 72.0)]
)
def test_lengths(value, points) -> None:
    assert length(value) == pytest.approx(points)


def test_unknown_template_lists_the_available_ones() -> None:
    with pytest.raises(BrieferError, match=r"unknown template 'fancy'.*classic"):
        load_template("fancy")


def test_template_errors_name_the_line(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(
        "briefer-template: 1\nname: mine\nlabel: Mine\nextends: classic\nroles:\n"
        "  body: {size: 1.0, color: tangerine}\n",
        encoding="utf-8",
    )
    with pytest.raises(BrieferError) as info:
        load_template(path)
    assert (info.value.line, info.value.field) == (6, "roles.body.color")


def test_a_template_can_extend_another(tmp_path: Path) -> None:
    path = tmp_path / "a4-classic.yaml"
    path.write_text(
        "briefer-template: 1\nname: a4-classic\nlabel: A4\nextends: classic\npaper: a4\n",
        encoding="utf-8",
    )
    template = load_template(path)
    assert template.paper == "a4" and template.roles == load_template("classic").roles


def test_a_bad_value_in_a_template_extended_is_reported_where_it_is_set(tmp_path: Path) -> None:
    parent = tmp_path / "ours.yaml"
    parent.write_text(
        "briefer-template: 1\nname: ours\nlabel: Ours\nextends: classic\npalette:\n"
        "  accent: '#12345'\n",
        encoding="utf-8",
    )
    child = tmp_path / "ours-a4.yaml"
    child.write_text(
        "briefer-template: 1\nname: ours-a4\nlabel: Ours A4\nextends: ours.yaml\npaper: a4\n",
        encoding="utf-8",
    )
    with pytest.raises(BrieferError) as info:
        load_template(child)
    error = info.value
    assert (Path(error.file), error.line, error.field) == (parent, 6, "palette.accent")


@pytest.mark.parametrize(
    ("key", "field"),
    [("fit:\n  footer_size: 8\n", "fit.footer_size"), ("sidebar:\n  size: 8\n", "sidebar.size")],
)
def test_the_contact_cannot_be_set_under_8_5_pt(tmp_path: Path, key: str, field: str) -> None:
    path = tmp_path / "small.yaml"
    path.write_text(f"briefer-template: 1\nname: small\nextends: sidebar\n{key}", encoding="utf-8")
    with pytest.raises(BrieferError) as info:
        load_template(path)
    assert (info.value.line, info.value.field) == (4, field)
    assert "8.5" in info.value.message


def test_bold_fits_a_senators_meeting_with_constituents_and_the_packs_ask() -> None:
    """The look of issue 23: a Ranking Member, the staffer's role, two constituents, who we are,
    the pack's ask for Congress, a response, a recommendation and the evidence: one page in large
    type (at 12 pt it was a line too long)."""
    from briefer.page.brief import parse_brief
    from briefer.page.content import load_pack
    from briefer.pipeline import make_plan, render
    from tests.conftest import SAMPLE_BRIEF, pdf_pages

    pack = load_pack()
    text = (
        SAMPLE_BRIEF.replace("template: classic", "template: bold")
        .replace(
            "committees: [Foreign Relations]",
            "committees: [Senate Committee on Foreign Relations (Ranking Member), "
            "Senate Committee on Armed Services]\n  staffer_role: foreign policy adviser",
        )
        .replace(
            "  website: example.org",
            "  website: example.org\n  about: A group of "
            "Belarusians and friends working for a democratic Belarus.",
        )
        .replace("ask: Keep every sanction on the Lukashenka regime in place.", "ask: x")
        .replace("bill: S. 1234", "bill: ''")
        .replace(
            "[hold-the-line, myth-pushes-to-russia, rec-enforce-and-prosecute]",
            "[hold-the-line, indicator-regime-statements, myth-pushes-to-russia, "
            "rec-expand-gradually]",
        )
    )
    text += (
        "constituents:\n  - {name: Anna Kowalska, town: Concord, zip: '03301'}\n"
        "  - {name: Pavel Sidorenko, town: Manchester, zip: '03101'}\n"
    )
    brief = parse_brief(text.replace("ask: x", f"ask: '{pack.asks['us-congress']}'"))
    plan = make_plan(brief, pack=pack, directory=None)
    assert plan.body_size >= 11.5 and len(plan.variants) == 3
    (page,) = pdf_pages(render(plan, "pdf"))
    flat = " ".join(page.split())
    assert "With constituents from Concord and Manchester, NH" in flat
    assert "We ask Senator Jeanne Shaheen to sign a letter" in flat
