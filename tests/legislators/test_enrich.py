"""Filling meetings from the real congress-legislators data, and committee-aware suggestions."""

import pytest

from briefer.legislators.congress import import_congress
from briefer.legislators.enrich import enrich, stored_directory
from briefer.legislators.stored import save
from briefer.legislators.suggest import load_suggestions, suggest
from briefer.page.brief import parse_brief
from briefer.page.content import load_pack
from briefer.pipeline import make_plan, render
from briefer.support.errors import BrieferError
from tests.conftest import SHARED_DATA, pdf_pages


@pytest.fixture(scope="module")
def directory():
    return import_congress([SHARED_DATA])


def brief(legislator: str, extra: str = ""):
    return parse_brief(f"briefer: 1\nmeeting:\n  legislator: {legislator}\n{extra}ask: Act now.\n")


def test_suggestions_file_names_real_blocks() -> None:
    pack = load_pack()
    for rule in load_suggestions().rules:
        for item in rule.blocks:
            assert pack.has(item.id), item.id
            assert item.reason.endswith(".")


def test_bioguide_id_fills_the_meeting(directory) -> None:
    result = enrich(brief("S001181"), load_pack(), directory)
    m = result.brief.meeting
    assert (m.legislator, m.title, m.chamber, m.state, m.party) == (
        "Jeanne Shaheen",
        "Senator",
        "Senate",
        "NH",
        "Democrat",
    )
    assert any("Foreign Relations (Ranking Member)" in c for c in m.committees)
    assert "Hart Senate Office Building" in m.location


def test_the_brief_wins_over_the_directory(directory) -> None:
    result = enrich(
        brief("Jeanne Shaheen", "  location: Capitol S-116\n  title: Sen.\n"),
        load_pack(),
        directory,
    )
    assert result.brief.meeting.location == "Capitol S-116"
    assert result.brief.meeting.title == "Sen."


def test_no_blocks_gets_the_suggested_ones_with_reasons(directory) -> None:
    pack = load_pack()
    result = enrich(brief("Jeanne Shaheen"), pack, directory)
    chosen = result.brief.blocks
    assert "rec-consistent-with-russia" in chosen  # Foreign Relations
    assert "context-co-aggressor-2022" in chosen  # Armed Services
    assert chosen[0] == "hold-the-line"  # the framing comes along
    reasons = {s.block: s for s in result.suggestions}
    assert reasons["rec-consistent-with-russia"].because == "Foreign affairs"


def test_banking_member_gets_enforcement(directory) -> None:
    warren = directory.find("Elizabeth Warren")[0]
    suggestions = [s.block for s in suggest(load_pack(), brief(warren.id), warren)]
    assert "rec-enforce-and-prosecute" in suggestions


def test_chosen_blocks_are_kept(directory) -> None:
    given = parse_brief("briefer: 1\nmeeting: {legislator: S001181}\nblocks: [hold-the-line]\n")
    assert enrich(given, load_pack(), directory).brief.blocks == ["hold-the-line"]


def test_unknown_id_is_an_error_with_the_line(directory) -> None:
    with pytest.raises(BrieferError) as info:
        enrich(
            parse_brief("briefer: 1\nmeeting:\n  legislator: Z999999\n", "b.yaml"),
            load_pack(),
            directory,
        )
    assert (info.value.file, info.value.line, info.value.field) == (
        "b.yaml",
        3,
        "meeting.legislator",
    )


def test_build_uses_the_imported_directory(directory) -> None:
    assert stored_directory() is None
    save(directory)
    assert stored_directory() is not None
    text = pdf_pages(render(make_plan(brief("S001181")), "pdf"))[0]
    assert "Senator Jeanne Shaheen (D-NH)" in text
    assert "Hart Senate Office Building" in text


def test_a_name_the_directory_does_not_know_builds_with_a_note_naming_the_closest(
    directory,
) -> None:
    """A misspelt member still gets a page (the directory may not hold every legislator), but
    it says so: the page has no title, party or office from the directory."""
    from tests.conftest import SAMPLE_BRIEF

    brief = parse_brief(SAMPLE_BRIEF.replace("legislator: Jeanne Shaheen", "legislator: Shaheeen"))
    plan = make_plan(brief, directory=directory)
    assert plan.warnings[0] == (
        "'Shaheeen' is not in the imported directory (did you mean Jeanne Shaheen (NH, Senate)?); "
        "the page names them as typed, with nothing from the directory"
    )
    known = make_plan(parse_brief(SAMPLE_BRIEF), directory=directory)
    assert not any("not in the imported directory" in w for w in known.warnings)
    unchecked = make_plan(brief, directory=None)  # no directory: nothing to check against
    assert not any("not in the imported directory" in w for w in unchecked.warnings)


def test_the_directory_fills_the_subcommittees_why_this_office_names(directory) -> None:
    """Subcommittees of the committees that bear on sanctions, without the ex officio seats a
    committee's leaders hold on all of them; the why line names the one on Europe."""
    from briefer.page.office import why_line

    shaheen = enrich(brief("S001181"), load_pack(), directory).brief.meeting
    assert shaheen.subcommittees and not any("Ex Officio" in s for s in shaheen.subcommittees)
    assert not any("Agriculture" in s for s in shaheen.subcommittees)  # Appropriations': no
    wilson = enrich(brief("Joe Wilson"), load_pack(), directory).brief
    assert "Europe" in wilson.meeting.subcommittees
    assert why_line(wilson) == (
        "Representative Joe Wilson sits on the House Committee on Foreign Affairs, the House "
        "Committee on Armed Services and the Subcommittee on Europe, and represents SC-2."
    )
