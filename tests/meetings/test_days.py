"""Two meetings on one day with the same office are two meetings, told apart by their times
(they merged into one, the second page rewriting the first meeting's time)."""

from __future__ import annotations

import json
from pathlib import Path

from briefer.meetings.days import Candidate, pick_meeting
from tests.cli.test_check_inputs import briefer
from tests.conftest import SAMPLE_BRIEF


def _build(tmp_path: Path, time: str, name: str) -> None:
    brief = tmp_path / f"{name}.yaml"
    text = SAMPLE_BRIEF.replace('  time: "10:30"\n', f'  time: "{time}"\n' if time else "")
    assert text != SAMPLE_BRIEF or time == "10:30"
    brief.write_text(text, encoding="utf-8")
    done = briefer("build", str(brief), "-o", str(tmp_path / f"{name}.pdf"))
    assert done.returncode == 0, done.stderr


def test_a_morning_and_an_afternoon_meeting_with_one_office_stay_two(tmp_path: Path) -> None:
    _build(tmp_path, "10:00", "staff")
    _build(tmp_path, "3:00 pm", "member")
    _build(tmp_path, "10:00", "staff-again")  # another page for the morning meeting
    done = briefer("log", "list", "--json")
    meetings = sorted(json.loads(done.stdout), key=lambda m: m["created"])
    assert [(m["date"], m["time"], len(m["exports"])) for m in meetings] == [
        ("2026-12-03", "10:00 AM", 2),
        ("2026-12-03", "3:00 PM", 1),
    ]
    assert [e["file_name"] for e in meetings[0]["exports"]] == ["staff.pdf", "staff-again.pdf"]
    listed = briefer("log", "list").stdout.decode().splitlines()
    assert len(listed) == 3 and "3:00 PM" in listed[1] and "10:00 AM" in listed[2]
    _build(tmp_path, "4:00 pm", "member")  # the same page at a new time: its meeting moved
    meetings = sorted(
        json.loads(briefer("log", "list", "--json").stdout), key=lambda m: m["created"]
    )
    assert [(m["time"], len(m["exports"])) for m in meetings] == [("10:00 AM", 2), ("4:00 PM", 2)]


def test_which_meeting_a_page_belongs_to() -> None:
    day = [Candidate("a", 600, frozenset({"staff"})), Candidate("b", 900, frozenset({"member"}))]
    assert pick_meeting(day, 600) == "a"
    assert pick_meeting(day, 900, "other.pdf") == "b"
    assert pick_meeting(day, 780, "new.pdf") is None  # another time: another meeting
    assert pick_meeting(day, 780, "Member.docx") == "b"  # this page again: its meeting moved
    assert pick_meeting(day, -1) == "a"  # a page with no time: the first
    assert pick_meeting([Candidate("a", -1)], 630) == "a"  # its time was not known yet
    assert pick_meeting([Candidate("a", 600), Candidate("c", -1)], -1) == "c"
    assert pick_meeting([], 600) is None
