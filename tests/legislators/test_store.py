"""The legislator directory: importing congress-legislators and CSV, search, and the store."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import platformdirs
import pytest

from briefer.legislators.congress import import_congress
from briefer.legislators.csv_reader import import_csv
from briefer.legislators.model import CommitteeSeat, Legislator, fold, normalize_role
from briefer.legislators.store import Directory
from briefer.legislators.stored import default_store_path, load, save
from briefer.support.errors import BrieferError
from tests.conftest import SHARED_DATA

DATA = SHARED_DATA  # the real public files, read from ../shared (never copied here)


@pytest.fixture(scope="module")
def congress() -> Directory:
    return import_congress([DATA])


def _member(**changes: object) -> Legislator:
    values: dict[str, object] = dict(
        id="X000001",
        name="Alex Example",
        first="Alex",
        last="Example",
        title="Senator",
        chamber="Senate",
        state="NH",
        district="",
        party="Democrat",
        committees=(),
        office="",
        phone="",
        email="",
        url="",
    )
    values.update(changes)
    return Legislator(**values)  # type: ignore[arg-type]


# --- congress-legislators ---------------------------------------------------------------------


def test_import_real_folder_counts(congress: Directory) -> None:
    assert len(congress.members) == 537
    assert len(congress.committees) == 230
    titles = [m.title for m in congress.members]
    assert titles.count("Senator") == 100
    assert titles.count("Delegate") == 5
    assert titles.count("Resident Commissioner") == 1
    assert len({m.id for m in congress.members}) == 537


def test_import_the_files_one_by_one_without_district_offices(congress: Directory) -> None:
    files = [
        DATA / "legislators-current.yaml",
        DATA / "committees-current.yaml",
        DATA / "committee-membership-current.yaml",
    ]
    without = import_congress(files)
    assert all(not m.offices for m in without.members)
    assert without == Directory(
        [replace(m, offices=()) for m in congress.members], congress.committees
    )
    assert sum(len(m.offices) for m in congress.members) > 1000  # read when the file is there


def test_find_shaheen(congress: Directory) -> None:
    found = congress.find("Shaheen")
    assert [m.name for m in found] == ["Jeanne Shaheen"]
    shaheen = found[0]
    assert (shaheen.id, shaheen.title, shaheen.chamber) == ("S001181", "Senator", "Senate")
    assert (shaheen.state, shaheen.district, shaheen.party) == ("NH", "", "Democrat")
    assert shaheen.phone and "Hart Senate Office Building" in shaheen.office
    seats = {seat.id: seat for seat in shaheen.committees}
    assert seats["SSFR"] == CommitteeSeat(
        "SSFR", "Senate Committee on Foreign Relations", "Ranking Member", None
    )
    assert seats["SSFR01"].parent == "SSFR"
    assert seats["SSFR01"].name == "Europe and Regional Security Cooperation"
    # committees where the member leads come first, each followed by its subcommittees
    assert shaheen.committees[0].id == "SSFR"
    assert all(s.parent == "SSFR" for s in shaheen.committees[1:8])


def test_committee_titles_are_normalized(congress: Directory) -> None:
    roles = {seat.role for m in congress.members for seat in m.committees}
    assert roles == {None, "Chair", "Co-Chair", "Ranking Member", "Vice Chair", "Ex Officio"}
    risch = congress.get("R000584")
    assert risch is not None
    assert next(s.role for s in risch.committees if s.id == "SSFR") == "Chair"  # "Chairman"
    assert normalize_role("Chairwoman") == "Chair"
    assert normalize_role("Vice Chairman") == "Vice Chair"
    assert normalize_role("") is None


def test_accented_names_found_without_accents(congress: Directory) -> None:
    assert congress.find("Lujan")[0].name == "Ben Ray Luján"
    garcias = congress.find("garcia")
    assert 'Jesús G. "Chuy" García' in [m.name for m in garcias]
    assert congress.get("Jesus Garcia") is not None
    assert congress.get("JESÚS GARCÍA").id == "G000586"  # type: ignore[union-attr]
    assert fold("Nydia M. Velázquez") == "nydia m velazquez"


def test_quoted_nickname(congress: Directory) -> None:
    crawford = congress.get("C001087")
    assert crawford is not None
    assert crawford.name == 'Eric A. "Rick" Crawford'
    assert (crawford.first, crawford.nickname, crawford.last) == ("Eric", "Rick", "Crawford")
    assert congress.find("Rick Crawford")[0] is crawford
    assert congress.get("Rick Crawford") is crawford
    assert congress.get("Eric Crawford") is crawford
    assert congress.get("Eric A. “Rick” Crawford") is crawford  # curly quotes
    assert congress.get("Eric A. Crawford") is crawford


def test_nickname_outside_official_name_and_missing_official_name(congress: Directory) -> None:
    schumer = congress.find("Chuck Schumer")[0]
    assert (schumer.name, schumer.nickname) == ("Charles E. Schumer", "Chuck")
    assert congress.get("Bernie Sanders").id == "S000033"  # type: ignore[union-attr]
    mejia = congress.get("M001246")  # no official_full in the data
    assert mejia is not None and mejia.name == "Analilia Mejia"


def test_at_large_and_delegates(congress: Directory) -> None:
    johnson = congress.find("SD-AL")
    assert [(m.name, m.district, m.seat_code()) for m in johnson] == [
        ("Dusty Johnson", "At-large", "SD-AL")
    ]
    assert [m.name for m in congress.find("WY-0")] == ["Harriet M. Hageman"]
    norton = congress.get("Eleanor Holmes Norton")
    assert norton is not None
    assert (norton.title, norton.chamber, norton.district) == ("Delegate", "House", "At-large")
    assert congress.find("PR")[0].title == "Resident Commissioner"


def test_find_by_state_and_district(congress: Directory) -> None:
    nh = congress.find("nh")
    assert [m.title for m in nh] == ["Senator", "Senator", "Representative", "Representative"]
    assert [m.district for m in nh[2:]] == ["1", "2"]
    assert congress.find("CA-12") == congress.find("ca12")
    (ca12,) = congress.find("CA-12")
    assert (ca12.state, ca12.district) == ("CA", "12")
    assert congress.find("CA-99") == []


def test_find_ranks_whole_last_names_first_and_respects_limit(congress: Directory) -> None:
    johnsons = congress.find("johnson", limit=50)
    assert len(johnsons) > 3
    assert all(m.last.startswith("Johnson") for m in johnsons[:3])
    assert len(congress.find("jo", limit=5)) == 5
    assert congress.find("") == []
    assert congress.find("zzzqqq") == []


def test_get(congress: Directory) -> None:
    assert congress.get("s001181").name == "Jeanne Shaheen"  # type: ignore[union-attr]
    assert congress.get("  Jeanne Shaheen ").id == "S001181"  # type: ignore[union-attr]
    assert congress.get("Shaheen") is None  # not a full name
    assert congress.get("nobody at all") is None
    twins = Directory([_member(id="A1"), _member(id="A2")])
    assert twins.get("Alex Example") is None  # ambiguous
    assert twins.get("a2").id == "A2"  # type: ignore[union-attr]


# --- errors in congress-legislators files ------------------------------------------------------


def _congress_folder(tmp_path: Path, legislators: str) -> Path:
    (tmp_path / "legislators-current.yaml").write_text(legislators, encoding="utf-8")
    (tmp_path / "committees-current.yaml").write_text(
        "- type: senate\n  name: Senate Committee on Things\n  thomas_id: SSTH\n", encoding="utf-8"
    )
    (tmp_path / "committee-membership-current.yaml").write_text(
        "SSTH:\n- name: A B\n  bioguide: A000001\n  rank: 1\n  title: Chairwoman\n",
        encoding="utf-8",
    )
    return tmp_path


GOOD = """\
- id:
    bioguide: A000001
  name:
    first: Ann
    last: Bee
  terms:
  - type: sen
    state: NH
    party: Democrat
"""


def test_small_folder_imports(tmp_path: Path) -> None:
    directory = import_congress([_congress_folder(tmp_path, GOOD)])
    (ann,) = directory.members
    assert (ann.name, ann.title, ann.committees) == (
        "Ann Bee",
        "Senator",
        (CommitteeSeat("SSTH", "Senate Committee on Things", "Chair"),),
    )


def test_malformed_yaml_names_file_and_line(tmp_path: Path) -> None:
    folder = _congress_folder(tmp_path, GOOD + "- id: [unclosed\n  name: x\n")
    with pytest.raises(BrieferError) as caught:
        import_congress([folder])
    error = caught.value
    assert error.file == str(folder / "legislators-current.yaml")
    assert error.line == 11  # the line after the unclosed bracket, where libyaml gives up
    assert str(error).startswith(f"{folder / 'legislators-current.yaml'}:{error.line}: ")


def test_entry_without_bioguide_names_its_line(tmp_path: Path) -> None:
    bad = GOOD + "- id:\n    thomas: '1'\n  name:\n    last: Cee\n  terms:\n  - type: rep\n"
    with pytest.raises(BrieferError) as caught:
        import_congress([_congress_folder(tmp_path, bad)])
    assert (caught.value.line, caught.value.field) == (10, "id.bioguide")


def test_bad_term_type_names_its_line(tmp_path: Path) -> None:
    with pytest.raises(BrieferError) as caught:
        import_congress([_congress_folder(tmp_path, GOOD.replace("type: sen", "type: mep"))])
    assert (caught.value.line, caught.value.field) == (7, "type")


def test_missing_required_file(tmp_path: Path) -> None:
    folder = _congress_folder(tmp_path, GOOD)
    (folder / "committee-membership-current.yaml").unlink()
    with pytest.raises(BrieferError, match=r"committee-membership-current\.yaml") as caught:
        import_congress([folder])
    assert caught.value.file == str(folder)
    with pytest.raises(BrieferError, match="not found"):
        import_congress([tmp_path / "nowhere"])
    odd = tmp_path / "something.yaml"
    odd.write_text("[]", encoding="utf-8")
    with pytest.raises(BrieferError, match="not a congress-legislators file"):
        import_congress([odd])


# --- CSV ----------------------------------------------------------------------------------------

MEPS = """\
name,title,chamber,state,district,party,committees,office,phone,email
Raphaël Glucksmann,MEP,European Parliament,France,,S&D,"Foreign Affairs (Chair); Human Rights",\
ASP 12G153,+32 2 28 45678,raphael.glucksmann@europarl.europa.eu
Rasa Juknevičienė,MEP,European Parliament,Lithuania,,EPP,Foreign Affairs (Vice Chair),,,

"Ursula von der Leyen",President,European Commission,Germany,,EPP,,Berlaymont,,
"""


def test_csv_import(tmp_path: Path) -> None:
    path = tmp_path / "meps.csv"
    path.write_text(MEPS, encoding="utf-8")
    directory = import_csv(path)
    assert len(directory.members) == 3
    assert directory.committees == {
        "foreign-affairs": "Foreign Affairs",
        "human-rights": "Human Rights",
    }
    glucksmann = directory.get("raphael-glucksmann")
    assert glucksmann is not None
    assert (glucksmann.title, glucksmann.chamber, glucksmann.state) == (
        "MEP",
        "European Parliament",
        "France",
    )
    assert glucksmann.email == "raphael.glucksmann@europarl.europa.eu"
    assert glucksmann.committees[0] == CommitteeSeat("foreign-affairs", "Foreign Affairs", "Chair")
    assert directory.find("Juknevičienė")[0].committees[0].role == "Vice Chair"
    assert directory.find("jukneviciene")[0].state == "Lithuania"
    assert [m.name for m in directory.find("France")] == ["Raphaël Glucksmann"]
    ursula = directory.get("Ursula von der Leyen")
    assert ursula is not None and (ursula.first, ursula.last) == ("Ursula", "von der Leyen")


def test_csv_bad_row_gives_line_number(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(
        'name,title,state\nAnn Bee,MEP,France\n"Multi\nline",MEP,Spain\n,MEP,Italy\n',
        encoding="utf-8",
    )
    with pytest.raises(BrieferError) as caught:
        import_csv(path)
    assert (caught.value.line, caught.value.field) == (5, "name")
    assert str(caught.value).startswith(f"{path}:5: name: ")

    path.write_text("name,title\nAnn Bee,MEP\nCy Dee,MEP,extra\n", encoding="utf-8")
    with pytest.raises(BrieferError, match="3 values but the header names 2") as caught:
        import_csv(path)
    assert caught.value.line == 3


def test_csv_header_problems(tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    for text, message in [
        ("Ann Bee,MEP\n", "unknown column 'ann bee'"),
        ("title,state\nMEP,France\n", "'name' column"),
        ("name;title\nAnn;MEP\n", "separate the columns with commas"),
        ("", "empty file"),
        ("name,title\n", "no members"),
        ("name,name\nA,B\n", "given twice"),
    ]:
        path.write_text(text, encoding="utf-8")
        with pytest.raises(BrieferError, match=message):
            import_csv(path)
    path.write_text("name\nAnn Bee\nAnn Bee\n", encoding="utf-8")
    with pytest.raises(BrieferError, match="same id as line 2") as caught:
        import_csv(path)
    assert caught.value.line == 3
    path.write_bytes(b"name\nAnn B\xe9e\n")
    with pytest.raises(BrieferError, match="UTF-8"):
        import_csv(path)


# --- the store ----------------------------------------------------------------------------------


def test_default_store_path(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("BRIEFER_DATA_DIR", str(tmp_path))
    assert default_store_path() == tmp_path / "legislators.sqlite3"
    monkeypatch.delenv("BRIEFER_DATA_DIR")
    expected = platformdirs.user_data_path("Briefer", appauthor=False) / "legislators.sqlite3"
    assert default_store_path() == expected


def test_save_load_round_trip(
    congress: Directory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("BRIEFER_DATA_DIR", str(tmp_path / "data"))
    target = save(congress)
    assert target == tmp_path / "data" / "legislators.sqlite3"
    assert [p.name for p in target.parent.iterdir()] == ["legislators.sqlite3"]  # no temp file
    assert target.stat().st_size < 600_000
    loaded = load()
    shaheen = congress.get("S001181")
    assert loaded.get("S001181") == shaheen and loaded.get("Shaheen, Jeanne") == shaheen
    assert loaded.find("Shaheen")[0].committees == shaheen.committees  # type: ignore[union-attr]
    assert [m.id for m in loaded.find("NH")] == [m.id for m in congress.find("NH")]
    assert loaded.first() == congress.members[0] and len(loaded) == len(congress)
    assert loaded == congress


def test_a_build_reads_only_the_member_it_names(congress: Directory, tmp_path: Path) -> None:
    from briefer.legislators.stored import StoredDirectory

    loaded = load(save(congress, tmp_path / "store.sqlite3"))
    assert isinstance(loaded, StoredDirectory)
    assert loaded.get("Jeanne Shaheen") is not None and loaded.find("shaheen")
    assert loaded.in_state("NH") and loaded.get("Nobody Atall") is None
    assert loaded._all is None and len(loaded._made) < 10  # the rest was never read
    assert loaded.members == congress.members  # asked for: all of them


def test_an_opened_store_replaced_by_an_import_never_gives_another_member(
    congress: Directory, tmp_path: Path
) -> None:
    target = save(congress, tmp_path / "store.sqlite3")
    opened = load(target)
    assert [m.id for m in opened.find("shaheen")] == ["S001181"]  # the names are read
    fewer = Directory(m for m in reversed(congress.members) if m.id != "S001181")
    save(fewer, target)  # another import (the app's, the command line's) meanwhile
    assert [m.name for m in opened.find("Bernard Sanders")] == ["Bernard Sanders"]  # not the
    assert [m.name for m in opened.find("Chris Pappas")] == ["Chris Pappas"]  # row's new holder
    assert opened.find("shaheen") == []  # the search text was read again
    assert opened.get("S001181") is None and opened.get("Jeanne Shaheen") is None


def test_csv_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "meps.csv"
    path.write_text(MEPS, encoding="utf-8")
    directory = import_csv(path)
    assert load(save(directory, tmp_path / "store.sqlite3")) == directory


def test_an_older_json_store_is_read_and_converted_once(
    congress: Directory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from briefer.legislators.enrich import stored_directory
    from briefer.legislators.store_json import to_json

    monkeypatch.setenv("BRIEFER_DATA_DIR", str(tmp_path))
    old = tmp_path / "legislators.json"
    old.write_text(json.dumps(to_json(congress)), encoding="utf-8")
    assert load(old) == congress  # an old store given by name is read as it is
    found = stored_directory()  # the default one is converted
    assert found is not None and found.get("S001181") == congress.get("S001181")
    assert [p.name for p in tmp_path.iterdir()] == ["legislators.sqlite3"]
    assert load() == congress


def test_load_missing_or_damaged_store(tmp_path: Path) -> None:
    missing = tmp_path / "none.sqlite3"
    with pytest.raises(BrieferError, match="briefer legislators import PATH") as caught:
        load(missing)
    assert caught.value.file == str(missing)
    damaged = tmp_path / "damaged.json"
    damaged.write_text('{"format": "briefer-legislators",\n  oops', encoding="utf-8")
    with pytest.raises(BrieferError, match="damaged") as caught:
        load(damaged)
    assert (caught.value.file, caught.value.line) == (str(damaged), 2)
    damaged.write_text(
        '{"format": "briefer-legislators", "version": 1, "committees": {}, '
        '"members": [{"name": "no id"}]}',
        encoding="utf-8",
    )
    with pytest.raises(BrieferError, match="damaged"):
        load(damaged)
    damaged.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(BrieferError, match="not a Briefer legislator file"):
        load(damaged)
    cut = tmp_path / "cut.sqlite3"
    whole = save(Directory([_member()]), tmp_path / "whole.sqlite3").read_bytes()
    cut.write_bytes(whole[:200])  # a store cut short: the user is told to import again
    with pytest.raises(BrieferError, match=r"damaged.*briefer legislators import") as caught:
        load(cut).get("x")
    assert caught.value.file == str(cut)


@pytest.mark.parametrize(
    ("given", "written"),
    [
        (
            "506 Hart Senate Office Building Washington DC 20510",
            "506 Hart Senate Office Building, Washington, DC 20510",
        ),
        (
            "2312 Rayburn HOB WASHINGTON DC 20515-2101",
            "2312 Rayburn HOB, Washington, DC 20515-2101",
        ),
        ("1 Main St, Washington, D.C. 20001", "1 Main St, Washington, DC 20001"),
        ("ASP 08H123", "ASP 08H123"),  # not a Washington address: as given
        ("", ""),
    ],
)
def test_a_washington_office_is_written_as_an_address(given: str, written: str) -> None:
    from briefer.legislators.congress import postal_address

    assert postal_address(given) == written


def test_the_real_directory_gives_each_office_as_an_address() -> None:
    from briefer.legislators.congress import import_congress
    from briefer.lobby.rows import short_office
    from tests.conftest import SHARED_DATA

    shaheen = import_congress([SHARED_DATA]).get("Jeanne Shaheen")
    assert shaheen is not None
    assert shaheen.office == "506 Hart Senate Office Building, Washington, DC 20510"
    assert short_office(shaheen.office) == "506 Hart SOB"  # the schedule's short form still


def test_an_unclosed_quote_in_a_csv_is_an_error_at_its_line(tmp_path: Path) -> None:
    """It was one member named 'Unclosed,MEP,EP\\nBob,MEP,FR', replacing the directory."""
    path = tmp_path / "meps.csv"
    path.write_text('name,title,state\nAnna,MEP,DE\n"Unclosed,MEP,EP\nBob,MEP,FR\n', "utf-8")
    with pytest.raises(BrieferError) as caught:
        import_csv(path)
    assert str(caught.value) == (
        f'{path}:3: a quote (") opens on this line and is not closed before the end of the file'
    )
