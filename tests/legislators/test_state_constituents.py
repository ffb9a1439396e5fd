"""Constituents of a state legislator: never decided from congressional districts. The real
Illinois data (Open States, ../shared) and the real ZIP file; Ann Williams sits for Illinois House
District 11, and ZIP 60657 lies in the congressional IL-5 — which says nothing about her seat."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.legislators.constituents import Person, chamber_of, describe, members_for_zip
from briefer.legislators.importing import read_paths, store
from briefer.legislators.store import Directory
from briefer.legislators.stored import load
from briefer.legislators.zips import ZipTable, stored_zips
from briefer.page.brief import parse_brief
from briefer.pipeline import make_plan
from tests.conftest import REPO, TODAY

STATES = REPO.parent / "shared" / "data" / "openstates-people" / "data"


@pytest.fixture
def directory(with_zips: Path) -> Directory:
    store(read_paths([STATES / "il"], TODAY), with_zips / "legislators.sqlite3")
    return load()


@pytest.fixture
def zips(with_zips: Path) -> ZipTable:
    table = stored_zips()
    assert table is not None
    return table


def test_a_zip_tells_the_state_only(directory: Directory, zips: ZipTable) -> None:
    ann = directory.get("Ann Williams")
    assert ann is not None and chamber_of(ann) is None
    people = [
        Person("Maria Lopez", "60657", "Chicago"),  # IL-5, in the state: not confirmed
        Person("Sam Lee", "60657", "Chicago", confirmed=True),
        Person("Tom Ward", "53703", "Madison", confirmed=True),  # Wisconsin: never named
    ]
    note = describe(ann, people, zips)
    assert note.line == "With constituents from Chicago, Illinois House District 11"
    assert [c.status for c in note.checked] == ["unchecked", "yes", "no"]
    assert note.warnings == (
        "Maria Lopez (60657) lives in IL, but a ZIP does not tell the Illinois House District 11 "
        "district: confirm them as a constituent to name them on the page",
        "Tom Ward (53703) lives in WI, not IL: not named as a constituent",
    )
    assert not any("IL-5" in w for w in note.warnings)


def test_state_members_are_not_a_zips_congress_members(
    directory: Directory, zips: ZipTable
) -> None:
    found = members_for_zip("60657", directory, zips)
    assert {r.member.title for r in found.members} == {"Senator", "Representative"}
    assert all(not r.member.source for r in found.members)


def test_only_confirmed_constituents_are_printed(directory: Directory, tmp_path: Path) -> None:
    text = (
        "briefer: 1\nmeeting: {legislator: Ann Williams}\nask: Keep the sanctions.\n"
        "constituents:\n"
        "  - {name: Maria Lopez, town: Chicago, zip: '60657'}\n"
        "  - {name: Sam Lee, town: Evanston, zip: '60201', confirmed: true}\n"
    )
    plan = make_plan(parse_brief(text, str(tmp_path / "brief.yaml")))
    lines = [span.text for s in plan.sections for p in s.items for span in p.spans]
    assert "With constituents from Evanston, Illinois House District 11" in lines
    assert not any("Chicago" in line for line in lines)
    assert any("Maria Lopez" in w and "confirm" in w for w in plan.warnings)
