"""Switching legislators: every field the directory filled follows the member; typed ones stay."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.cli import main
from briefer.editing.ops import with_field, with_member
from briefer.legislators.congress import import_congress
from briefer.legislators.enrich import enrich
from briefer.legislators.stored import save
from briefer.page.brief import load_brief, parse_brief, save_brief
from briefer.page.content import load_pack
from tests.conftest import SAMPLE_BRIEF, SHARED_DATA, pdf_pages

BARE = SAMPLE_BRIEF.replace("  title: Senator\n", "").replace("  party: Democrat\n", "")
BARE = BARE.replace("  state: NH\n", "").replace("  committees: [Foreign Relations]\n", "")
BARE = BARE.replace("  location: Russell 506\n", "")


@pytest.fixture(scope="module")
def directory():
    return import_congress([SHARED_DATA])


def test_choosing_another_member_replaces_everything_the_first_one_filled(directory) -> None:
    shaheen, rogers = directory.get("Jeanne Shaheen"), directory.get("Mike Rogers")
    brief = with_member(parse_brief(BARE), shaheen)
    assert brief.meeting.location == shaheen.office
    brief = with_member(brief, rogers)
    m = brief.meeting
    assert (m.legislator, m.title, m.chamber, m.state, m.district, m.party) == (
        "Mike Rogers",
        "Representative",
        "House",
        "AL",
        "3",
        "Republican",
    )
    assert m.location == rogers.office and "Hart" not in m.location
    assert "Foreign Relations" not in " ".join(m.committees)
    assert "Armed Services" in " ".join(m.committees)


def test_what_the_user_typed_stays_when_the_member_changes(directory) -> None:
    brief = with_member(parse_brief(BARE), directory.get("Jeanne Shaheen"))
    brief = with_field(brief, "meeting.location", "Room S-120, the Capitol")
    brief = with_member(brief, directory.get("Elizabeth Warren"))
    assert brief.meeting.location == "Room S-120, the Capitol"
    assert brief.meeting.state == "MA"


def test_typing_a_new_name_drops_the_old_members_details(directory) -> None:
    brief = with_member(parse_brief(BARE), directory.get("Jeanne Shaheen"))
    brief = with_field(brief, "meeting.legislator", "Someone Not In The Directory")
    m = brief.meeting
    assert (m.title, m.state, m.party, m.location, m.committees) == ("", "", "", "", [])
    assert m.staffer == "Jesús García"  # typed, kept


def test_enrich_never_overwrites_typed_fields(directory) -> None:
    brief = parse_brief(SAMPLE_BRIEF)  # typed: location Russell 506, committees
    enriched = enrich(brief, load_pack(), directory).brief
    assert enriched.meeting.location == "Russell 506"
    assert enriched.meeting.committees == ["Foreign Relations"]
    assert enriched.meeting.from_directory is not None
    assert "location" not in enriched.meeting.from_directory.fields


def test_a_saved_brief_switched_by_hand_builds_the_new_members_page(
    directory, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The brief the app saves says what the directory filled; editing the name in the file then
    gives the new member's office on the page, never the old one's."""
    save(directory)
    brief = with_member(parse_brief(BARE), directory.get("Jeanne Shaheen"))
    path = tmp_path / "brief.yaml"
    save_brief(brief, path)
    text = path.read_text(encoding="utf-8")
    assert "from_directory:" in text and load_brief(path) == brief
    path.write_text(
        text.replace("legislator: Jeanne Shaheen", "legislator: Elizabeth Warren", 1),
        encoding="utf-8",
    )
    out = tmp_path / "out.pdf"
    assert main(["build", str(path), "-o", str(out)]) == 0, capsys.readouterr().err
    page = " ".join(pdf_pages(out.read_bytes())[0].split())
    assert "Warren" in page and "311 Hart" in page
    assert "506 Hart" not in page and "NH" not in page.split()


def directory_path() -> Path:
    from briefer.legislators.stored import default_store_path

    return default_store_path()


def test_without_a_directory_the_old_members_details_are_not_printed(
    directory, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    brief = with_member(parse_brief(BARE), directory.get("Jeanne Shaheen"))
    path = tmp_path / "brief.yaml"
    save_brief(brief, path)
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("legislator: Jeanne Shaheen", "legislator: Elizabeth Warren", 1),
        encoding="utf-8",
    )
    assert not directory_path().exists()
    out = tmp_path / "out.pdf"
    assert main(["build", str(path), "-o", str(out)]) == 0, capsys.readouterr().err
    page = " ".join(pdf_pages(out.read_bytes())[0].split())
    assert "Warren" in page
    assert "Hart" not in page and "Shaheen" not in page
