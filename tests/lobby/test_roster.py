"""A lobby day planned from a roster, over the real legislators and ZIP data; and ``briefer lobby
plan`` as a user runs it, its output read back by the lobby-day CSV reader."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from briefer.cli import main
from briefer.legislators.constituents import Person, parse_attendee
from briefer.legislators.store import Directory
from briefer.legislators.stored import load
from briefer.legislators.zips import ZipTable, stored_zips
from briefer.lobby.roster import MEETING_COLUMNS, meetings_csv, plan_roster, read_roster
from briefer.lobby.rows import COLUMNS
from briefer.support.errors import BrieferError

ROSTER = """\
name,zip,town
Anna Kowalska,03301,Concord
Ihar Bely,03060,Nashua
Olga Mirna,03031,Amherst
Pavel Sokal,10001,New York
Bad Zip,3301,Concord
Nobody,00000,
,03301,
"""


@pytest.fixture
def directory(with_zips: Path) -> Directory:
    return load()


@pytest.fixture
def zips(with_zips: Path) -> ZipTable:
    table = stored_zips()
    assert table is not None
    return table


def test_read_roster_reports_bad_rows_by_line() -> None:
    entries, problems = read_roster(ROSTER, "roster.csv")
    assert [(e.line, e.person) for e in entries] == [
        (2, Person("Anna Kowalska", "03301", "Concord")),
        (3, Person("Ihar Bely", "03060", "Nashua")),
        (4, Person("Olga Mirna", "03031", "Amherst")),
        (5, Person("Pavel Sokal", "10001", "New York")),
        (7, Person("Nobody", "00000", "")),
    ]
    assert [(p.line, p.field) for p in problems] == [(6, "zip"), (8, "name")]
    assert "four digits" in problems[0].message


def test_read_roster_semicolons_and_any_column_order() -> None:
    entries, problems = read_roster("ZIP;Name\n03301;Anna\n", "roster.csv")
    assert [e.person for e in entries] == [Person("Anna", "03301")] and problems == []


def test_read_roster_needs_the_columns() -> None:
    with pytest.raises(BrieferError) as info:
        read_roster("name,town\nAnna,Concord\n", "roster.csv")
    assert str(info.value) == (
        "roster.csv:1: the header needs the column zip (columns: name, zip, and optionally town)"
    )
    with pytest.raises(BrieferError, match="the roster is empty"):
        read_roster("", "roster.csv")


def test_plan_one_meeting_per_member(directory: Directory, zips: ZipTable) -> None:
    entries, _ = read_roster(ROSTER, "roster.csv")
    plan = plan_roster(entries, directory, zips)
    seats = [(m.member.seat_code(), m.member.name) for m in plan.meetings]
    assert seats == [
        ("NH", "Margaret Wood Hassan"),
        ("NH", "Jeanne Shaheen"),
        ("NH-1", "Chris Pappas"),  # Amherst spans NH-1 and NH-2
        ("NH-2", "Maggie Goodlander"),
        ("NY", "Kirsten E. Gillibrand"),
        ("NY", "Charles E. Schumer"),
        ("NY-10", "Daniel S. Goldman"),
        ("NY-12", "Jerrold Nadler"),
    ]
    by_name = {m.member.name: m for m in plan.meetings}
    shaheen = by_name["Jeanne Shaheen"]
    assert [p.name for p in shaheen.attendees] == ["Anna Kowalska", "Ihar Bely", "Olga Mirna"]
    assert shaheen.maybe == ()  # the senators are certain
    assert [p.name for p in by_name["Chris Pappas"].attendees] == ["Olga Mirna"]
    assert [p.name for p in by_name["Chris Pappas"].maybe] == ["Olga Mirna"]
    assert plan.people == 4
    assert [(p.line, p.field) for p in plan.problems] == [(7, "zip")]
    assert "not in the ZIP data" in plan.problems[0].message
    assert any("Olga Mirna (03031) may live in NH-1 or NH-2" in note for note in plan.notes)


def test_the_csv_is_what_the_batch_reads(directory: Directory, zips: ZipTable) -> None:
    entries, _ = read_roster(ROSTER, "roster.csv")
    text = meetings_csv(plan_roster(entries, directory, zips), directory)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert set(MEETING_COLUMNS) <= set(COLUMNS)  # every column is one the batch knows
    assert "staffer_role" in MEETING_COLUMNS  # the staffer's name and role, to fill in apart
    assert len(rows) == 8 and all(directory.get(r["legislator"]) for r in rows)
    assert all(r["date"] == "" and r["time"] == "" for r in rows)
    shaheen = next(r for r in rows if r["legislator"] == "Jeanne Shaheen")
    assert shaheen["attendees"] == "Anna Kowalska (03301); Ihar Bely (03060); Olga Mirna (03031)"
    people = [parse_attendee(part) for part in shaheen["attendees"].split(";")]
    assert people[0] == Person("Anna Kowalska", "03301")


def test_briefer_lobby_plan(
    tmp_path: Path, with_zips: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    out = tmp_path / "meetings.csv"
    assert main(["lobby", "plan", str(roster), "-o", str(out)]) == 2  # some lines not planned
    stdout, stderr = capsys.readouterr()
    assert stdout.startswith(
        f"Planned 8 meetings (4 with senators, 4 in the House) for 4 of 7 people into {out}"
    )
    errors = [line for line in stderr.splitlines() if not line.startswith("briefer: note:")]
    assert errors == [
        f"briefer: {roster}:6: zip: Bad Zip: '3301' has four digits: a ZIP has five (a "
        "spreadsheet may have dropped a leading zero: 03301?)",
        f"briefer: {roster}:7: zip: Nobody: ZIP 00000 is not in the ZIP data (PO-box ZIPs are "
        "missing): not planned",
        f"briefer: {roster}:8: name: the name is empty",
    ]
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with a mark, as spreadsheets want it
    lines = data.decode("utf-8-sig").splitlines()
    assert lines[0] == ",".join(MEETING_COLUMNS) and len(lines) == 9
    # the meetings file is the user's work: not replaced without --force
    assert main(["lobby", "plan", str(roster), "-o", str(out)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert out.read_bytes() == data


def test_briefer_lobby_plan_needs_the_zip_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    assert main(["lobby", "plan", str(roster), "-o", str(tmp_path / "m.csv")]) == 2
    assert "no legislators imported yet" in capsys.readouterr().err
    assert not (tmp_path / "m.csv").exists()


def test_a_roster_saved_by_a_spreadsheet(
    tmp_path: Path, with_zips: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Windows-1252 with semicolons and CRLF, a ragged line: read as the meetings CSV is."""
    roster = tmp_path / "roster.csv"
    text = (
        "Name;ZIP;Town\r\nJosé Núñez;03301;Concord\r\nOne;Two;Three;Four\r\nAnna;03060;Nashua\r\n"
    )
    roster.write_bytes(text.encode("cp1252"))
    out = tmp_path / "meetings.csv"
    assert main(["lobby", "plan", str(roster), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "Windows-1252" in err
    assert f"briefer: {roster}:3: " in err  # the ragged line, by its line
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    shaheen = next(r for r in rows if r["legislator"] == "Jeanne Shaheen")
    assert shaheen["attendees"] == "José Núñez (03301); Anna (03060)"


def test_an_empty_roster(tmp_path: Path, with_zips: Path, capsys) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text("", encoding="utf-8")
    assert main(["lobby", "plan", str(roster), "-o", str(tmp_path / "m.csv")]) == 2
    err = capsys.readouterr().err
    assert (
        err
        == f"briefer: {roster}:1: the roster is empty: it needs a header row (name, zip, town)\n"
    )


def test_a_planned_day_builds_packs_that_name_the_constituents(
    tmp_path: Path, with_zips: Path
) -> None:
    """From roster to packs: the attendees with ZIPs in the member's state are the page's
    constituents; someone from New York is not called one on New Hampshire's page."""
    from tests.conftest import pdf_pages

    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER.replace("Bad Zip,3301,Concord\nNobody,00000,\n,03301,\n", ""))
    planned = tmp_path / "meetings.csv"
    assert main(["lobby", "plan", str(roster), "-o", str(planned)]) == 0
    rows = list(csv.DictReader(io.StringIO(planned.read_text(encoding="utf-8-sig"))))
    shaheen = next(r for r in rows if r["legislator"] == "Jeanne Shaheen")
    shaheen["attendees"] += "; Pavel Sokal (10001)"
    shaheen.update(date="2026-12-03", time="10:30")
    one = tmp_path / "one.csv"
    with one.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(shaheen))
        writer.writeheader()
        writer.writerow(shaheen)
    assert main(["batch", str(one), "-o", str(tmp_path / "out")]) == 0
    pack = next((tmp_path / "out").glob("2026-12-03*.pdf"))
    text = pdf_pages(pack.read_bytes())[0]
    assert "With constituents from" in text and "NH" in text
    assert "Pavel" not in text and "New York" not in text
