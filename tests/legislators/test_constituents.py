"""Constituents: who represents a ZIP, who counts as a constituent, and the page's line — over the
real legislators and the real ZIP file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from briefer.legislators.constituents import (
    Person,
    constituent_status,
    describe,
    members_for_zip,
    note_for,
    parse_attendee,
    split_town,
)
from briefer.legislators.model import Legislator
from briefer.legislators.store import Directory
from briefer.legislators.stored import load
from briefer.legislators.zips import ZipTable, stored_zips
from briefer.page.brief import parse_brief
from briefer.pipeline import make_plan, render
from tests.conftest import pdf_pages


@pytest.fixture
def directory(with_zips: Path) -> Directory:
    return load()


@pytest.fixture
def zips(with_zips: Path) -> ZipTable:
    table = stored_zips()
    assert table is not None
    return table


def seat(directory: Directory, code: str) -> Legislator:
    found = directory.find(code)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Anna Kowalska (03301)", Person("Anna Kowalska", "03301")),
        ("  Anna   Kowalska  ( 03301-1234 ) ", Person("Anna Kowalska", "03301")),
        ("Anna Kowalska", Person("Anna Kowalska")),
        ("Anna Kowalska (Concord, 03301)", Person("Anna Kowalska", "03301", "Concord")),
        ("Anna Kowalska (Concord)", Person("Anna Kowalska", town="Concord")),
        ("Аня Кавальская (03301)", Person("Аня Кавальская", "03301")),
    ],
)
def test_parse_attendee(text: str, person: Person) -> None:
    assert parse_attendee(text) == person


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Anna (3301)", "four digits"),
        ("Anna (0330a)", "not a ZIP"),
        ("(03301)", "has no name before the ZIP"),
        ("Anna (03301", "write an attendee as Name (ZIP)"),
        ("   ", "an attendee is empty"),
    ],
)
def test_parse_attendee_errors(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        parse_attendee(text)


def test_split_town() -> None:
    assert split_town("Concord, NH") == ("Concord", "NH")
    assert split_town("Concord NH") == ("Concord", "NH")
    assert split_town("Concord") == ("Concord", "")
    assert split_town("Saint Jo") == ("Saint Jo", "")  # 'JO' is no state


def test_status_senator_house_and_at_large(directory: Directory, zips: ZipTable) -> None:
    shaheen, nh1, nh2 = seat(directory, "S001181"), seat(directory, "NH-1"), seat(directory, "NH-2")
    concord, amherst = Person("A", "03301"), Person("B", "03031")  # NH-2; NH-1 and NH-2
    brooklyn = Person("C", "11201")
    assert constituent_status(shaheen, concord, zips) == "yes"
    assert constituent_status(shaheen, amherst, zips) == "yes"  # the state is certain
    assert constituent_status(shaheen, brooklyn, zips) == "no"
    assert constituent_status(nh2, concord, zips) == "yes"
    assert constituent_status(nh1, concord, zips) == "no"
    assert constituent_status(nh1, amherst, zips) == "maybe"  # never claimed as certain
    assert constituent_status(nh2, amherst, zips) == "maybe"
    vermont = seat(directory, "VT-AL")
    assert constituent_status(vermont, Person("D", "05401"), zips) == "yes"
    assert constituent_status(seat(directory, "DC-AL"), Person("E", "20001"), zips) == "yes"


def test_status_unchecked(directory: Directory, zips: ZipTable) -> None:
    shaheen = seat(directory, "S001181")
    assert constituent_status(shaheen, Person("A", "03301"), None) == "unchecked"  # no data
    assert constituent_status(shaheen, Person("A"), zips) == "unchecked"  # no ZIP
    assert constituent_status(shaheen, Person("A", "00000"), zips) == "unchecked"  # not in data


def test_a_zip_across_a_state_line_is_maybe_for_senators(
    directory: Directory, zips: ZipTable
) -> None:
    person = Person("A", "30165")  # AL-3 and GA-14
    assert constituent_status(seat(directory, "Ossoff"), person, zips) == "maybe"
    assert constituent_status(seat(directory, "Tuberville"), person, zips) == "maybe"
    assert constituent_status(seat(directory, "Shaheen"), person, zips) == "no"


def test_members_for_zip(directory: Directory, zips: ZipTable) -> None:
    concord = members_for_zip("03301-1234", directory, zips)
    assert [(r.member.name, r.ambiguous) for r in concord.members] == [
        ("Margaret Wood Hassan", False),
        ("Jeanne Shaheen", False),
        ("Maggie Goodlander", False),
    ]
    assert not concord.spans_districts and concord.vacant == ()
    chelsea = members_for_zip("10001", directory, zips)
    assert chelsea.spans_districts and not chelsea.spans_states
    house = [(r.member.seat_code(), r.ambiguous) for r in chelsea.members if r.member.district]
    assert house == [("NY-10", True), ("NY-12", True)]
    assert all(not r.ambiguous for r in chelsea.members if not r.member.district)
    burlington = members_for_zip("05401", directory, zips)
    assert [r.member.seat_code() for r in burlington.members] == ["VT", "VT", "VT-AL"]
    washington = members_for_zip("20001", directory, zips)
    assert [r.member.title for r in washington.members] == ["Delegate"]
    assert members_for_zip("00000", directory, zips).members == ()


def test_the_line_for_a_senator(directory: Directory, zips: ZipTable) -> None:
    people = [
        Person("Anna", "03301", "Concord"),
        Person("Ihar", "03060", "Nashua"),
        Person("Olga", "11201", "Brooklyn"),
        Person("Lena", "03301", "Concord"),
    ]
    note = describe(seat(directory, "Shaheen"), people, zips)
    assert note.line == "With constituents from Concord and Nashua, NH"
    assert note.warnings == ("Olga (11201) lives in NY, not NH: not named as a constituent",)


def test_the_line_for_a_representative(directory: Directory, zips: ZipTable) -> None:
    people = [Person("Anna", "03301", "Concord"), Person("Olga", "03031", "Amherst")]
    nh2 = describe(seat(directory, "NH-2"), people, zips)
    assert nh2.line == "With constituents from Concord, NH-2"  # a doubt is never printed
    assert nh2.warnings == (
        "Olga (03031) may live in NH-2 (the ZIP spans NH-1 and NH-2): not named on the page; "
        "check the street address (then confirmed: true names them)",
    )
    nh1 = describe(seat(directory, "NH-1"), people, zips)
    assert nh1.line == ""  # a maybe is never called a constituent, nor printed as a doubt
    assert nh1.warnings == (
        "Anna (03301) lives in NH-2, not NH-1: not named as a constituent",
        "Olga (03031) may live in NH-1 (the ZIP spans NH-1 and NH-2): not named on the page; "
        "check the street address (then confirmed: true names them)",
    )
    confirmed = describe(seat(directory, "NH-1"), [Person("Olga", "03031", "Amherst", True)], zips)
    assert confirmed.line == "With constituents from Amherst, NH-1"  # the user checked the street
    assert confirmed.warnings == ()
    no_towns = describe(seat(directory, "NH-2"), [Person("Anna", "03301")], zips)
    assert no_towns.line == "With constituents from NH-2"


def test_nobody_from_here(directory: Directory, zips: ZipTable) -> None:
    note = describe(seat(directory, "Shaheen"), [Person("Olga", "11201", "Brooklyn")], zips)
    assert note.line == ""
    assert note.warnings == ("Olga (11201) lives in NY, not NH: not named as a constituent",)


def test_without_zip_data_as_given_and_marked_unchecked(directory: Directory) -> None:
    people = [Person("Anna", "03301", "Concord"), Person("Pavel", "", "Albany, NY")]
    note = describe(seat(directory, "NH-2"), people, None)
    assert note.line == "With constituents from Concord, NH"  # the state, never a district
    assert [c.status for c in note.checked] == ["unchecked", "no"]
    assert note.warnings[0].startswith("constituents not checked: no ZIP data imported")
    assert note.warnings[1] == "Pavel gives NY, not NH: not named as a constituent"


def test_zips_the_data_lacks(directory: Directory, zips: ZipTable) -> None:
    note = describe(seat(directory, "Shaheen"), [Person("Anna", "00000", "Concord")], zips)
    assert note.line == "With constituents from Concord, NH"  # as given: the user says so
    assert note.warnings == (
        "Anna (00000): ZIP 00000 is not in the ZIP data (PO-box ZIPs are missing): not checked",
    )


BRIEF = """\
briefer: 1
meeting:
  legislator: {who}
  date: 2026-12-03
constituents:
  - {{name: Anna Kowalska, town: Concord, zip: 03301}}
  - {{name: Ihar Bely, town: Nashua, zip: "03060"}}
  - {{name: Olga Mirna, town: Brooklyn, zip: "11201"}}
ask: Keep every sanction on the Lukashenka regime in place.
blocks: [hold-the-line]
"""


def test_the_page_says_so(with_zips: Path) -> None:
    plan = make_plan(parse_brief(BRIEF.format(who="Jeanne Shaheen"), "brief.yaml"))
    text = pdf_pages(render(plan, "pdf"))[0]
    assert "With constituents from Concord and Nashua, NH" in text
    assert "Brooklyn" not in text and "Olga" not in text
    assert "Olga Mirna (11201) lives in NY, not NH: not named as a constituent" in plan.warnings


def test_the_page_for_a_representative(with_zips: Path) -> None:
    plan = make_plan(parse_brief(BRIEF.format(who="Maggie Goodlander"), "brief.yaml"))
    text = pdf_pages(render(plan, "pdf"))[0]
    assert "With constituents from Concord and Nashua, NH-2" in text
    other = make_plan(parse_brief(BRIEF.format(who="Chris Pappas"), "brief.yaml"))  # NH-1
    assert "constituents" not in pdf_pages(render(other, "pdf"))[0]
    assert "Anna Kowalska (03301) lives in NH-2, not NH-1: not named as a constituent" in (
        other.warnings
    )


def test_the_page_without_zip_data() -> None:
    text = BRIEF.format(who="Jeanne Shaheen").replace(
        "  date: 2026-12-03\n", "  date: 2026-12-03\n  title: Senator\n  state: NH\n"
    )
    brief = parse_brief(text.replace("Brooklyn", "'Brooklyn, NY'"), "brief.yaml")
    plan = make_plan(brief)  # nothing imported: no directory, no ZIP data
    page = pdf_pages(render(plan, "pdf"))[0]
    assert "With constituents from Concord and Nashua, NH" in page  # as given
    assert "Brooklyn" not in page
    assert any(
        w.startswith("constituents not checked: no ZIP data imported") for w in plan.warnings
    )
    assert "Olga Mirna (11201) gives NY, not NH: not named as a constituent" in plan.warnings


def test_note_for_a_brief_with_no_constituents(with_zips: Path) -> None:
    brief = parse_brief(BRIEF.format(who="Jeanne Shaheen").split("constituents:")[0], "b.yaml")
    assert note_for(brief).line == "" and note_for(brief).warnings == ()


def test_constituents_in_a_brief_file_round_trip(tmp_path: Path) -> None:
    from briefer.page.brief import dumps, load_brief, save_brief

    brief = parse_brief(BRIEF.format(who="Jeanne Shaheen"), "brief.yaml")
    assert brief.constituents[0].zip == "03301"  # YAML read 03301 as a number: the zero is back
    path = tmp_path / "brief.yaml"
    save_brief(brief, path)
    assert "zip: '03301'" in dumps(brief)  # written as text, so it reads back the same
    assert load_brief(path).constituents == brief.constituents


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ("{name: Anna, zip: '0330a'}", "constituents.0.zip: '0330a' is not a ZIP"),
        ("{name: Anna, zip: '033011234'}", "constituents.0.zip: '033011234' has nine digits"),
        ("{town: Concord}", "constituents.0.name: this field is required"),
        ("{name: Anna, state: NH}", "constituents.0.state: unknown key"),
    ],
)
def test_bad_constituents_name_the_line_and_field(entry: str, message: str) -> None:
    from briefer.support.errors import BrieferError

    with pytest.raises(BrieferError) as info:
        parse_brief(f"briefer: 1\nconstituents:\n  - {entry}\n", "brief.yaml")
    assert str(info.value).startswith(f"brief.yaml:3: {message}")
