"""Open States: state legislators and committees from the real ``openstates/people`` data (read
from ../shared, never copied), and hostile or broken files written here."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefer.legislators.importing import read_paths, store
from briefer.legislators.openstates import import_openstates, is_openstates
from briefer.legislators.store import Directory
from briefer.legislators.stored import load
from tests.conftest import REPO, SHARED_DATA, TODAY

OPENSTATES = REPO.parent / "shared" / "data" / "openstates-people"
STATES = OPENSTATES / "data"


@pytest.fixture(scope="module")
def illinois() -> Directory:
    return read_paths([STATES / "il"], TODAY).directory


@pytest.fixture(scope="module")
def new_hampshire() -> Directory:
    return read_paths([STATES / "nh"], TODAY).directory


def test_recognises_a_checkout_its_data_folder_and_one_state() -> None:
    assert is_openstates(OPENSTATES) and is_openstates(STATES) and is_openstates(STATES / "il")
    assert not is_openstates(SHARED_DATA)  # the congress-legislators folder


def test_one_state(illinois: Directory) -> None:
    people = list((STATES / "il" / "legislature").glob("*.yml"))
    assert len(illinois) == len(people)  # every Illinois file holds a current seat
    titles = {m.title for m in illinois.members}
    assert titles == {"State Senator", "State Representative"}
    assert {m.chamber for m in illinois.members} == {"Illinois Senate", "Illinois House"}
    assert sum(m.chamber == "Illinois Senate" for m in illinois.members) == 58  # one seat vacant
    assert sum(m.chamber == "Illinois House" for m in illinois.members) == 118
    ann = illinois.get("Ann Williams")
    assert ann is not None
    assert (ann.state, ann.district, ann.party) == ("IL", "11", "Democratic")
    assert ann.seat_code() == "IL House 11"  # never "IL-11", which reads as a U.S. House seat
    assert ann.office == "Room 263-S, Stratton Office Building, Springfield, IL 62706"
    assert ann.phone == "217-782-2458"
    assert [o.city for o in ann.offices] == ["Chicago"]
    assert ("Executive", "Chair") in {(s.name, s.role) for s in ann.committees}
    assert ann.url == ""  # links are never kept, nor images fetched
    assert ann.source == "openstates:il"
    assert illinois.sources["openstates:il"]["label"] == "Illinois"


def test_multi_member_districts_with_word_names(new_hampshire: Directory) -> None:
    rockingham = new_hampshire.find("NH House Rockingham 30")
    assert sorted(m.name for m in rockingham) == ["Aboul Khan", "Matt Sabourin dit Choinière"]
    assert all(m.district == "Rockingham 30" for m in rockingham)
    house = [m for m in new_hampshire.members if m.chamber == "New Hampshire House"]
    assert len(house) > 380  # the 400-seat House, a few seats vacant
    per_district: dict[str, int] = {}
    for m in house:
        per_district[m.district] = per_district.get(m.district, 0) + 1
    assert len(per_district) < 210 and max(per_district.values()) >= 5  # several members a seat
    assert new_hampshire.find("Rockingham 30") == rockingham  # a word district as a name


def test_word_district_names_in_massachusetts() -> None:
    found = import_openstates(STATES / "ma")
    districts = {m.district for m in found.members["MA"]}
    assert "7th Hampden" in districts and "3rd Suffolk" in districts
    member = next(m for m in found.members["MA"] if m.district == "3rd Suffolk")
    assert member.seat_code() == "MA House 3rd Suffolk"


def test_chamber_titles_follow_the_state() -> None:
    found = read_paths([STATES / "ca", STATES / "md", STATES / "ne"], TODAY).directory
    seats = {(m.state, m.chamber, m.title) for m in found.members}
    assert ("CA", "California Assembly", "Assemblymember") in seats
    assert ("MD", "Maryland House of Delegates", "Delegate") in seats
    assert ("NE", "Nebraska Legislature", "State Senator") in seats
    assert ("CA", "California Senate", "State Senator") in seats


def test_committee_members_by_name_within_the_chamber(tmp_path: Path) -> None:
    state = tmp_path / "il"
    shutil.copytree(STATES / "il" / "legislature", state / "legislature")
    (state / "committees").mkdir()
    (state / "committees" / "lower-Foreign.yml").write_text(
        "id: ocd-organization/x1\nname: International Trade\nchamber: lower\n"
        "classification: committee\nmembers:\n"
        "- name: Ann Williams\n  role: chair\n"  # by name only: the House member
        "- name: Nobody Known\n",  # no one: reported with its line
        encoding="utf-8",
    )
    found = import_openstates(state)
    assert (found.by_id, found.by_name, found.unmatched) == (0, 1, 1)
    ann = next(m for m in found.members["IL"] if m.name == "Ann Williams")
    assert [(s.name, s.role) for s in ann.committees] == [("International Trade", "Chair")]
    unmatched = [p for p in found.problems if "Nobody" in p]
    assert unmatched == [
        f"{state / 'committees' / 'lower-Foreign.yml'}:8: members: 'Nobody Known' matches no one "
        "in the Illinois House"
    ]


PERSON = """id: ocd-person/{id}
name: {name}
given_name: Pat
family_name: Doe
party:
- name: Democratic
roles:
- start_date: 2019-01-09
  type: lower
  jurisdiction: ocd-jurisdiction/country:us/state:{state}/government
  district: '{district}'
{end}offices:
- classification: capitol
  address: 1 Capitol Sq., Concord, NH 03301
  voice: 603-555-0100
image: https://example.org/never-fetched.jpg
links:
- url: https://example.org/never-fetched
"""


def _person(folder: Path, file: str, **values: str) -> Path:
    text = PERSON.format(
        **{"id": "p1", "name": "Pat Doe", "state": "nh", "district": "Merrimack 1", "end": ""}
        | values
    )
    path = folder / "legislature" / file
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_bad_files_are_reported_one_line_each_and_the_rest_imported(tmp_path: Path) -> None:
    nh = tmp_path / "data" / "nh"
    good = _person(nh, "good.yml")
    _person(nh, "ended.yml", id="p2", end="  end_date: 2024-12-31\n")
    _person(nh, "elsewhere.yml", id="p3", state="vt")
    _person(nh, "twice.yml")  # the same id as good.yml
    _person(nh, "escapes.yml", id="p4", name='"Eve \\e[31mRed\\e[0m Doe"')
    _person(nh, "long.yml", id="p5", name="Lo" + "o" * 120 + "ng")
    (nh / "legislature" / "broken.yml").write_text("id: [\n", encoding="utf-8")
    found = import_openstates(tmp_path)
    legislature = nh / "legislature"
    assert sorted(found.problems) == sorted(
        [
            f"{legislature / 'ended.yml'}:7: roles: no current seat (every role has an end_date)",
            f"{legislature / 'elsewhere.yml'}:7: roles: a seat in VT, but the folder is NH",
            f"{legislature / 'twice.yml'}:1: id: ocd-person/p1 is also {good}",
            f"{legislature / 'long.yml'}:2: name: Loooooooooooooooooooooooooooooooooooooo…: "
            "124 characters, at most 100",
            f"{legislature / 'broken.yml'}:2: file: not valid YAML",
        ]
    )
    names = sorted(m.name for m in found.members["NH"])
    assert names == ["Eve Red Doe", "Pat Doe"]  # control characters and escapes dropped
    pat = next(m for m in found.members["NH"] if m.name == "Pat Doe")
    assert (pat.title, pat.chamber, pat.district) == (
        "State Representative",
        "New Hampshire House",
        "Merrimack 1",
    )
    assert pat.office == "1 Capitol Sq., Concord, NH 03301" and pat.url == ""


def test_imports_add_to_congress_and_a_state_again_replaces_only_that_state(
    tmp_path: Path,
) -> None:
    target = tmp_path / "legislators.sqlite3"
    store(read_paths([SHARED_DATA], TODAY), target)
    store(read_paths([STATES / "il", STATES / "nh"], TODAY), target)
    both = load(target)
    assert both.get("Jeanne Shaheen") is not None and both.get("Ann Williams") is not None
    assert set(both.sources) == {"", "openstates:il", "openstates:nh"}
    folder = tmp_path / "nh-now" / "nh"
    _person(folder, "only.yml")
    store(read_paths([folder], TODAY), target)
    after = load(target)
    assert [m.name for m in after.members if m.state == "NH" and m.source] == ["Pat Doe"]
    assert after.get("Ann Williams") is not None and after.get("Jeanne Shaheen") is not None
    assert len([m for m in after.members if m.source == ""]) == 537
    store(read_paths([SHARED_DATA], TODAY), target)  # Congress again keeps the states
    assert load(target).get("Pat Doe") is not None


@pytest.mark.slow
def test_the_whole_checkout() -> None:
    read = read_paths([OPENSTATES], TODAY)
    assert len(read.directory.sources) == 52  # 50 states, DC and Puerto Rico; not data/us
    assert 7_000 < len(read.directory) < 8_000
    assert len(read.directory.committees) > 2_500
    assert all(p.count(":") >= 3 for p in read.problems)  # file:line: field: message
    assert len(read.problems) < 200


def test_state_committees_bring_suggestions_by_their_words() -> None:
    from briefer.legislators.suggest import suggest
    from briefer.page.brief import Brief, Meeting
    from briefer.page.content import load_pack

    found = read_paths([STATES / "nc"], TODAY).directory
    member = next(
        m
        for m in found.members
        if any(s.name.startswith("Federal Relations") for s in m.committees)
    )
    brief = Brief(meeting=Meeting(legislator=member.name))
    reasons = {s.because for s in suggest(load_pack(), brief, member)}
    assert "Foreign affairs" in reasons
    veterans = Brief(meeting=Meeting(committees=["Veterans, Military and Homeland Security"]))
    assert "Armed services and defence" in {s.because for s in suggest(load_pack(), veterans)}
    seder = Brief(meeting=Meeting(committees=["Passover Seder Planning"]))  # not 'sede'
    assert suggest(load_pack(), seder) == []


def test_a_csv_legislature_is_a_part_of_its_own(tmp_path: Path) -> None:
    target = tmp_path / "legislators.sqlite3"
    other = tmp_path / "bundestag.csv"
    other.write_text("name,title,chamber,state\nAnna Beispiel,MdB,Bundestag,Berlin\n", "utf-8")
    store(read_paths([other], TODAY), target)
    store(read_paths([SHARED_DATA], TODAY), target)  # Congress keeps the CSV's members
    both = load(target)
    assert both.get("Anna Beispiel") is not None and both.get("Jeanne Shaheen") is not None
    assert set(both.sources) == {"", "csv"}


def test_the_stored_name_index_is_used_and_remade_when_stale(tmp_path: Path) -> None:
    import sqlite3

    from briefer.legislators.stored import StoredDirectory

    target = tmp_path / "legislators.sqlite3"
    store(read_paths([STATES / "nh"], TODAY), target)
    kept = load(target)
    assert isinstance(kept, StoredDirectory)
    with sqlite3.connect(target) as db:  # keys made by an older fold(): made again when read
        db.execute("UPDATE meta SET value = '0' WHERE key = 'index_version'")
    fresh = load(target)
    assert not isinstance(fresh, StoredDirectory) and fresh == kept
    for name in ("Aboul Khan", "matt sabourin", "Rockingham 30", "NH House Rockingham 30"):
        assert kept.find(name) == fresh.find(name) and kept.find(name)
