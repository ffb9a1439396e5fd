"""A lobby day at a state capitol: the roster's ``state_district`` column plans meetings with
state legislators (the real Illinois data from Open States, and the real ZIP file)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.cli import main
from briefer.legislators.constituents import Person, parse_attendee
from briefer.legislators.importing import read_paths, store
from tests.conftest import REPO, TODAY

STATES = REPO.parent / "shared" / "data" / "openstates-people" / "data"
ROSTER = """\
name,zip,town,state_district
Maria Lopez,60657,Chicago,IL House 11
Sam Lee,60201,Evanston,Illinois Senate District 9; House 17
Eva Nowak,60657,Chicago,
Tom Typo,60657,Chicago,IL House 999
"""


@pytest.fixture
def imported(with_zips: Path) -> Path:
    store(read_paths([STATES / "il"], TODAY), with_zips / "legislators.sqlite3")
    return with_zips


def test_plan_with_state_districts(
    imported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    out = tmp_path / "meetings.csv"
    assert main(["lobby", "plan", str(roster), "-o", str(out)]) == 2  # one line is wrong
    printed = capsys.readouterr()
    assert (
        f"{roster}:5: state_district: Tom Typo: 'IL House 999' is no state legislator's seat"
        in printed.err
    )
    assert "with state legislators" in printed.out
    rows = out.read_text(encoding="utf-8-sig").splitlines()
    planned = {row.split(",")[0]: row for row in rows[1:]}
    # Illinois House District 11, as she gave it: a confirmed constituent, as batch reads it
    assert "Maria Lopez (60657, confirmed)" in planned["Ann Williams"]
    assert parse_attendee("Maria Lopez (60657, confirmed)") == Person(
        "Maria Lopez", "60657", confirmed=True
    )
    assert "Maria Lopez (60657)" in planned["Tammy Duckworth"]  # Congress: checked by ZIP
    assert "Eva Nowak" not in planned["Ann Williams"]  # no district given: Congress only
    only_sam = {row.split(",")[0] for row in rows if "Sam Lee" in row and "Maria" not in row}
    # IL-9 in Congress; Illinois Senate District 9 and House District 17 at the capitol
    assert only_sam == {"Janice D. Schakowsky", "Laura Fine", "Jen Gong-Gershowitz"}
    assert rows.index(next(r for r in rows if r.startswith("Ann Williams"))) > rows.index(
        next(r for r in rows if r.startswith("Tammy Duckworth"))
    )  # Congress first, then the capitol
