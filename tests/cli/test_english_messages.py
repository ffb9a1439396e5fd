"""The command line stays English, word for word, now that the core's messages are marked for the
app's translation (briefer.support.messages): the lines are the ones it always printed."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_check_inputs import briefer
from tests.conftest import SAMPLE_BRIEF

ASK = "ask: Keep every sanction on the Lukashenka regime in place.\n"


def test_the_command_line_says_the_marked_messages_in_english_as_before(tmp_path: Path) -> None:
    briefs = {
        "long.yaml": SAMPLE_BRIEF.replace(ASK, "ask: " + " ".join(["Keep"] * 45) + ".\n"),
        "time.yaml": SAMPLE_BRIEF.replace('time: "10:30"', 'time: "2:30"'),
        "date.yaml": SAMPLE_BRIEF.replace("date: 2026-12-03", "date: 3/4/2026"),
        "twice.yaml": SAMPLE_BRIEF.replace("[hold-the-line,", "[hold-the-line, hold-the-line,"),
    }
    for name, text in briefs.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    done = briefer("check", *briefs, cwd=tmp_path)
    said = done.stderr.decode("utf-8").splitlines()
    assert done.returncode == 2
    assert said[1].startswith("briefer: warning: long.yaml: the ask states a position")
    assert said[:1] + said[2:] == [
        "briefer: warning: long.yaml: the ask is 45 words: one sentence of up to about 40 is "
        "read and remembered; the reasons can go in the points",
        "briefer: time.yaml:12: meeting.time: '2:30' reads as 2:30 AM: write 2:30 pm, or 02:30 "
        "for the early morning",
        "briefer: date.yaml:11: meeting.date: '3/4/2026' reads two ways: March 4, 2026 (month "
        "first) or April 3, 2026 (day first); write 2026-03-04 or 2026-04-03",
        "briefer: twice.yaml:22: blocks.1: block 'hold-the-line' is chosen twice",
    ], said


def test_the_command_line_says_the_lobby_and_constituent_notes_in_english(tmp_path: Path) -> None:
    """A lobby-day line and an attendee's note (briefer.legislators.constituents, marked) as the
    command line always printed them."""
    (tmp_path / "day.csv").write_text(
        "legislator,date,attendees\nJeanne Shaheen,2026-12-03,(03301)\n", encoding="utf-8"
    )
    done = briefer("batch", "day.csv", "-o", "out", cwd=tmp_path)
    said = done.stderr.decode("utf-8").splitlines()
    assert said[-1] == "briefer: day.csv:2: attendees: '(03301)' has no name before the ZIP", said
    guest = "constituents:\n  - {name: Pavel, town: 'Albany, NY'}\n"
    (tmp_path / "guest.yaml").write_text(SAMPLE_BRIEF + guest, encoding="utf-8")
    said = briefer("check", "guest.yaml", cwd=tmp_path).stderr.decode("utf-8").splitlines()
    assert said[1:] == [
        "briefer: warning: guest.yaml: constituents not checked: no ZIP data imported (briefer "
        "legislators import zccd.csv); their town and state are used as given",
        "briefer: warning: guest.yaml: Pavel gives NY, not NH: not named as a constituent",
    ], said
