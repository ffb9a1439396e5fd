"""Each lobby-day pack is recorded against its meeting, in one transaction, and reprints exactly."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.lobby.batch import run_batch
from briefer.meetings import log as mlog
from briefer.meetings.db import Log, log_path
from briefer.meetings.reprint import reprint
from briefer.page.brief import parse_brief
from tests.conftest import SAMPLE_BRIEF

POINTS = "myth-pushes-to-russia;rec-enforce-and-prosecute"
MEETINGS = (
    "legislator,date,time,location,staffer,ask,blocks\n"
    "Jeanne Shaheen,2026-12-03,10:30,Russell 506,Jesús García,,\n"
    f"Святлана Ціханоўская,2026-12-03,2:00 PM,Rayburn 2216,,,{POINTS}\n"
    "Bad Row,2026-13-01,10:00,,,,\n"
    + "".join(f"Member {n},2026-12-04,{9 + n}:00,,,,\n" for n in range(8))  # enough for a pool
)


@pytest.fixture
def day(tmp_path: Path) -> tuple[Path, Path]:
    csv_path = tmp_path / "meetings.csv"
    csv_path.write_text(MEETINGS, encoding="utf-8")
    return csv_path, tmp_path / "packs"


@pytest.mark.parametrize("jobs", [1, 2])
def test_every_pack_is_recorded_and_reprints_exactly(day, jobs: int) -> None:
    csv_path, out = day
    base = parse_brief(SAMPLE_BRIEF, "base.yaml")
    result = run_batch(csv_path, out, base=base, formats=["pdf", "docx"], jobs=jobs)
    assert result.built == 10 and result.log_warning is None
    with Log() as log:
        meetings = mlog.list_meetings(log, with_exports=True)
        names = {m.legislator for m in meetings}
        assert len(meetings) == 10 and {"Jeanne Shaheen", "Святлана Ціханоўская"} <= names
        for meeting in meetings:
            assert {e.source for e in meeting.exports} == {"lobby"}
            assert sorted(e.format for e in meeting.exports) == ["docx", "pdf"]
            for page in meeting.exports:
                assert reprint(log, page).data == (out / page.file_name).read_bytes()


def test_no_log_records_no_pack(day) -> None:
    csv_path, out = day
    base = parse_brief(SAMPLE_BRIEF, "base.yaml")
    result = run_batch(csv_path, out, base=base, log=False, jobs=1)
    assert result.built == 10
    assert not log_path().exists()


def test_a_broken_log_leaves_the_packs_built_with_a_warning(day) -> None:
    csv_path, out = day
    log_path().parent.mkdir(parents=True)
    log_path().write_bytes(b"garbage" * 1000)
    result = run_batch(csv_path, out, base=parse_brief(SAMPLE_BRIEF, "base.yaml"), jobs=1)
    assert result.built == 10 and (out / "index.pdf").exists()
    assert result.log_warning is not None and "not recorded" in result.log_warning


def test_a_lobby_days_meetings_carry_the_members_id(with_zips: Path, tmp_path: Path) -> None:
    """`log export` left member_id empty for the meetings of a lobby day (a page built alone had
    it): each meeting keeps the directory's id of its member. Run as the user runs it."""
    import csv

    from tests.cli.test_check_inputs import briefer

    meetings = tmp_path / "day.csv"
    meetings.write_text(
        "legislator,date,time\nS001181,2026-12-03,10:30\nMaggie Goodlander,2026-12-03,11:30\n",
        encoding="utf-8",
    )
    base = tmp_path / "base.yaml"
    base.write_text(SAMPLE_BRIEF, encoding="utf-8")
    done = briefer("batch", str(meetings), "-o", str(tmp_path / "packs"), "--base", str(base))
    assert done.returncode == 0, done.stderr
    exported = tmp_path / "log.csv"
    assert briefer("log", "export", "-o", str(exported)).returncode == 0
    with exported.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert sorted((r["legislator"], r["member_id"]) for r in rows) == [
        ("Jeanne Shaheen", "S001181"),
        ("Maggie Goodlander", "G000604"),
    ]


def test_a_staffers_role_is_its_own_column_and_value(tmp_path: Path) -> None:
    """The meetings CSV takes the staffer's role (``staffer_role``, or ``role``) beside the name;
    the page, the schedule and the log keep them apart (the log held "name, role" as one text,
    and the CSV had no role)."""
    import csv as csvlib

    from briefer.meetings.exchange import export_log
    from tests.conftest import pdf_pages

    for column in ("staffer_role", "role"):
        meetings = tmp_path / f"{column}.csv"
        meetings.write_text(
            f"legislator,date,time,staffer,{column}\n"
            "Jeanne Shaheen,2026-12-03,10:30,Maria Lopez,foreign policy LA\n",
            encoding="utf-8",
        )
        out = tmp_path / column
        result = run_batch(meetings, out, base=parse_brief(SAMPLE_BRIEF, "base.yaml"), jobs=1)
        assert not result.failed
        (slot,) = result.slots
        assert (slot.staffer, slot.staffer_role) == ("Maria Lopez", "foreign policy LA")
        schedule = " ".join(" ".join(pdf_pages((out / "index.pdf").read_bytes())).split())
        assert "Maria Lopez, foreign policy LA" in schedule
    with Log() as log:
        (meeting,) = mlog.list_meetings(log)
        assert (meeting.staffer, meeting.staffer_role) == ("Maria Lopez", "foreign policy LA")
        export_log(log, tmp_path / "log.csv")
    with (tmp_path / "log.csv").open(encoding="utf-8-sig", newline="") as handle:
        (row,) = list(csvlib.DictReader(handle))
    assert (row["staffer"], row["staffer_role"]) == ("Maria Lopez", "foreign policy LA")
