"""``briefer legislators import`` and ``find`` through register() and run()."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from briefer.cli import legislators as cli_legislators
from briefer.cli import main
from briefer.legislators.stored import load
from tests.conftest import SHARED_DATA

DATA = SHARED_DATA  # the real public files, read from ../shared (never copied here)


@pytest.fixture
def parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="briefer")
    cli_legislators.register(parser.add_subparsers(dest="command"))
    return parser


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding the imported congress-legislators directory (imported once)."""
    folder = tmp_path_factory.mktemp("store")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("BRIEFER_DATA_DIR", str(folder))
        assert main(["legislators", "import", str(DATA)]) == 0
    return folder


def _run(parser: argparse.ArgumentParser, *argv: str) -> int:
    """The command as ``briefer legislators ...`` runs it, errors and exit code included."""
    assert parser.parse_args(["legislators", *argv]).legislators_command == argv[0]
    return main(["legislators", *argv])


def test_status_names_each_directory_and_its_dates(
    parser: argparse.ArgumentParser, store: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setenv("BRIEFER_DATA_DIR", str(store))
    assert _run(parser, "status") == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("Congress: 537 members, imported 20")
    assert out[-1] == f"Stored in {store / 'legislators.sqlite3'}"
    monkeypatch.setenv("BRIEFER_DATA_DIR", str(store / "none"))
    assert _run(parser, "status") == 2
    assert "no legislators imported yet" in capsys.readouterr().err


def test_import_congress(
    parser: argparse.ArgumentParser,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("BRIEFER_DATA_DIR", str(tmp_path))
    assert _run(parser, "import", str(DATA)) == 0
    out, err = capsys.readouterr()
    target = tmp_path / "legislators.sqlite3"
    assert out == f"Imported 537 members and 230 committees into {target}\n"
    assert err == ""
    assert len(load(target).members) == 537


def test_find_json(
    parser: argparse.ArgumentParser,
    store: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("BRIEFER_DATA_DIR", str(store))
    assert _run(parser, "find", "Shaheen", "--json") == 0
    found = json.loads(capsys.readouterr().out)
    assert len(found) == 1
    shaheen = found[0]
    assert set(shaheen) == {
        "id",
        "name",
        "title",
        "chamber",
        "state",
        "district",
        "party",
        "office",
        "phone",
        "url",
        "committees",
        "offices",
    }
    assert (shaheen["id"], shaheen["name"], shaheen["title"]) == (
        "S001181",
        "Jeanne Shaheen",
        "Senator",
    )
    assert (shaheen["state"], shaheen["district"], shaheen["chamber"]) == ("NH", "", "Senate")
    assert {
        "id": "SSFR",
        "name": "Senate Committee on Foreign Relations",
        "role": "Ranking Member",
        "parent": None,
    } in shaheen["committees"]
    assert any(c["parent"] == "SSFR" for c in shaheen["committees"])
    # her district offices, from legislators-district-offices.yaml, each with a meeting location
    cities = [office["city"] for office in shaheen["offices"]]
    assert "Manchester" in cities and len(cities) == len(set(cities)) >= 5
    manchester = shaheen["offices"][cities.index("Manchester")]
    assert manchester["state"] == "NH" and manchester["phone"]
    assert manchester["location"].endswith(f"Manchester, NH {manchester['zip']}")


def test_find_json_limit_and_several_words(
    parser: argparse.ArgumentParser,
    store: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("BRIEFER_DATA_DIR", str(store))
    assert _run(parser, "find", "NH", "--json", "--limit", "2") == 0
    assert [m["title"] for m in json.loads(capsys.readouterr().out)] == ["Senator", "Senator"]
    assert _run(parser, "find", "chuy", "garcia", "--json") == 0
    (garcia,) = json.loads(capsys.readouterr().out)
    assert garcia["name"] == 'Jesús G. "Chuy" García'


def test_find_table(
    parser: argparse.ArgumentParser,
    store: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("BRIEFER_DATA_DIR", str(store))
    assert _run(parser, "find", "NH") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["Name", "Title", "Seat", "Party", "Committees"]
    assert len(lines) == 5
    shaheen = next(line for line in lines if line.startswith("Jeanne Shaheen"))
    assert "Senator" in shaheen and " NH " in shaheen and "Democrat" in shaheen
    assert "Foreign Relations (Ranking Member)" in shaheen
    assert any("NH-1" in line for line in lines)
    assert _run(parser, "find", "SD-AL") == 0
    assert "SD-AL" in capsys.readouterr().out


def test_find_without_matches(
    parser: argparse.ArgumentParser,
    store: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("BRIEFER_DATA_DIR", str(store))
    assert _run(parser, "find", "Nobody Atall") == 1
    out, err = capsys.readouterr()
    assert out == "" and err == "briefer: no legislators match 'Nobody Atall'\n"
    assert _run(parser, "find", "Nobody Atall", "--json") == 1
    assert json.loads(capsys.readouterr().out) == []


def test_find_before_import(
    parser: argparse.ArgumentParser,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("BRIEFER_DATA_DIR", str(tmp_path))
    assert _run(parser, "find", "Shaheen") == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("briefer: ")
    assert "briefer legislators import PATH" in err


def test_bad_limit_is_rejected_by_argparse(parser: argparse.ArgumentParser) -> None:
    with pytest.raises(SystemExit) as caught:
        parser.parse_args(["legislators", "find", "x", "--limit", "0"])
    assert caught.value.code == 2


def test_import_csv(
    parser: argparse.ArgumentParser,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("BRIEFER_DATA_DIR", str(tmp_path / "data"))
    meps = tmp_path / "meps.csv"
    meps.write_text(
        "name,title,chamber,state,party,committees\n"
        "Raphaël Glucksmann,MEP,European Parliament,France,S&D,AFET (Chair); DROI\n",
        encoding="utf-8",
    )
    assert _run(parser, "import", str(meps)) == 0  # CSV recognised by its suffix
    assert capsys.readouterr().out.startswith("Imported 1 members and 2 committees into ")
    as_text = tmp_path / "more.txt"
    as_text.write_text("name,title\nAnna Example,MEP\n", encoding="utf-8")
    assert _run(parser, "import", "--csv", str(meps), str(as_text)) == 0
    assert "Imported 2 members" in capsys.readouterr().out
    assert _run(parser, "find", "glucksmann", "--json") == 0
    (found,) = json.loads(capsys.readouterr().out)
    assert (found["title"], found["state"]) == ("MEP", "France")
    assert found["committees"][0] == {"id": "afet", "name": "AFET", "role": "Chair", "parent": None}


def test_import_errors_print_one_line(
    parser: argparse.ArgumentParser,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("BRIEFER_DATA_DIR", str(tmp_path / "data"))
    bad = tmp_path / "bad.csv"
    bad.write_text("name,title\nAnn Bee,MEP\n,MEP\n", encoding="utf-8")
    assert _run(parser, "import", str(bad)) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"briefer: {bad}:3: name: the name is empty\n"
    assert not (tmp_path / "data" / "legislators.sqlite3").exists()

    assert _run(parser, "import", str(bad), str(DATA / "legislators-current.yaml")) == 2
    assert "not both" in capsys.readouterr().err
    assert _run(parser, "import", str(DATA / "legislators-current.yaml")) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "committees-current.yaml" in err


def test_roles_in_brackets_of_a_csv_directory_are_read(tmp_path: Path) -> None:
    """``briefer legislators import`` run as a process: every role a CSV gives in brackets is the
    member's role on that committee (it kept only a few spellings: 'Vice-Chair', 'Rapporteur' and
    'Member' stayed in the committee's name); a bracket that names no role stays in the name."""
    from tests.cli.test_check_inputs import briefer

    members = tmp_path / "members.csv"
    members.write_text(
        "name,title,chamber,state,party,committees\n"
        'Jane Roe,Senator,Senate,NH,Democrat,"Foreign Relations (Ranking Member); '
        'Armed Services (Member); Budget (ranking minority member)"\n'
        "Anna Example,MEP,European Parliament,Germany,Greens/EFA,"
        "AFET (Vice-Chair); INTA (Substitute); BUDG (Rapporteur); "
        "Subcommittee on Human Rights (DROI)\n",
        encoding="utf-8",
    )
    done = briefer("legislators", "import", str(members))
    assert done.returncode == 0, done.stderr
    done = briefer("legislators", "find", "--json", "Jane Roe")
    (roe,) = json.loads(done.stdout)
    assert [(c["name"], c["role"]) for c in roe["committees"]] == [
        ("Foreign Relations", "Ranking Member"),
        ("Armed Services", None),
        ("Budget", "Ranking Member"),
    ]
    table = briefer("legislators", "find", "Roe").stdout.decode()
    assert "Foreign Relations (Ranking Member)" in table
    done = briefer("legislators", "find", "--json", "Anna Example")
    (anna,) = json.loads(done.stdout)
    assert [(c["name"], c["role"]) for c in anna["committees"]] == [
        ("AFET", "Vice Chair"),
        ("INTA", "Substitute"),
        ("BUDG", "Rapporteur"),
        ("Subcommittee on Human Rights (DROI)", None),
    ]


def _cut_copy(folder: Path, lines: int) -> Path:
    """The real congress-legislators files, legislators-current.yaml cut after ``lines`` lines."""
    folder.mkdir(exist_ok=True)
    for name in ("committees-current.yaml", "committee-membership-current.yaml"):
        (folder / name).write_bytes((DATA / name).read_bytes())
    whole = (DATA / "legislators-current.yaml").read_text(encoding="utf-8")
    kept = whole.splitlines(keepends=True)[:lines]
    (folder / "legislators-current.yaml").write_text("".join(kept), encoding="utf-8")
    return folder / "legislators-current.yaml"


def _entry_starts() -> list[int]:
    """The line numbers where an entry of the real legislators-current.yaml begins."""
    text = (DATA / "legislators-current.yaml").read_text(encoding="utf-8")
    return [n for n, line in enumerate(text.splitlines(), 1) if line.startswith("- id:")]


def test_a_legislators_file_cut_off_at_a_line_is_named(tmp_path: Path) -> None:
    """A legislators-current.yaml cut off at a line boundary is still YAML, and it imported fewer
    members (or a member without the end of their entry) without a word. Run as a process."""
    from tests.cli.test_check_inputs import briefer

    done = briefer("legislators", "import", str(DATA))
    assert done.returncode == 0 and done.stderr == b""
    starts = _entry_starts()
    total = len((DATA / "legislators-current.yaml").read_text("utf-8").splitlines())

    # inside the last member's entry: an error, and the directory that was there stays
    for lines in (total - 1, total - 4, starts[-1] + 6, starts[-1] - 12):
        cut = _cut_copy(tmp_path / f"in-{lines}", lines)
        done = briefer("legislators", "import", str(cut.parent))
        assert done.returncode == 2, (lines, done.stdout)
        (line,) = done.stderr.decode().splitlines()
        assert line.startswith(f"briefer: {cut}:") and "the file looks cut off: the last" in line
        assert line.endswith("download it again")
    assert "James Gallagher" in briefer("legislators", "find", "G000607").stdout.decode()

    # between two members: the committee rosters name the members it lost
    cut = _cut_copy(tmp_path / "between", starts[-5] - 1)
    done = briefer("legislators", "import", str(cut.parent))
    assert done.returncode == 0
    assert done.stdout.decode().startswith("Imported 532 members")
    warnings = done.stderr.decode().splitlines()
    assert warnings[0] == (
        f"briefer: warning: {cut}: the committee rosters (committee-membership-current.yaml) "
        "name 2 members this file lacks (A000383, M001245): is it cut off? Download it again"
    )
    assert warnings[1].startswith(
        "briefer: warning: the new Congress directory has 5 fewer members than the one it "
        "replaces (537); not in it: "
    )

    # the last member alone, who sits on no committee yet: only the directory it replaces shows
    assert briefer("legislators", "import", str(DATA)).returncode == 0
    cut = _cut_copy(tmp_path / "last", starts[-1] - 1)
    done = briefer("legislators", "import", str(cut.parent))
    assert done.returncode == 0
    assert done.stderr.decode().splitlines() == [
        "briefer: warning: the new Congress directory has 1 fewer members than the one it "
        "replaces (537); not in it: James Gallagher. Members who left, or a file cut off?"
    ]
