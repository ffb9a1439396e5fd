"""What "today" means for a meeting, tested both ways with the time passed in (never read from
the computer's clock): over or still ahead, and a follow-up overdue, due or upcoming."""

from __future__ import annotations

import datetime as dt

import pytest

from briefer.meetings.model import Meeting, Report, meeting_passed

DAY = dt.date(2026, 12, 3)


@pytest.mark.parametrize(
    ("now", "time", "over"),
    [
        (dt.datetime(2026, 12, 2, 23, 59), "10:30", False),  # the day before
        (dt.datetime(2026, 12, 3, 10, 29), "10:30", False),  # the same day, a minute early
        (dt.datetime(2026, 12, 3, 10, 30), "10:30", True),  # it has begun
        (dt.datetime(2026, 12, 3, 18, 0), "", False),  # no time: over once the day is
        (dt.datetime(2026, 12, 4, 0, 0), "", True),
        (dt.datetime(2031, 1, 1, 0, 0), "10:30 AM", True),  # years on
        (dt.datetime(2019, 1, 1, 0, 0), "10:30 AM", False),  # years before
    ],
)
def test_a_meeting_is_over_by_the_time_passed_in(now: dt.datetime, time: str, over: bool) -> None:
    assert meeting_passed(DAY, time, now) is over


@pytest.mark.parametrize(
    ("today", "state"),
    [
        (dt.date(2026, 12, 11), "overdue"),
        (dt.date(2026, 12, 10), "due"),
        (dt.date(2026, 12, 8), "due"),
        (dt.date(2026, 12, 7), "upcoming"),
    ],
)
def test_a_follow_up_is_due_by_the_day_passed_in(today: dt.date, state: str) -> None:
    meeting = Meeting(
        id="0" * 32,
        legislator="Jeanne Shaheen",
        date=DAY,
        report=Report(position="supportive", follow_up=dt.date(2026, 12, 10)),
    )
    assert meeting.follow_up_state(today) == state
