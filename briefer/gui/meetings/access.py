"""The meeting log as the app opens it (for each read or write, closed again so `briefer log`
may work on it at the same time), and the brief a logged meeting's page was built from."""

from __future__ import annotations

from typing import Any

from briefer.meetings.model import Meeting
from briefer.page.brief import Brief


def open_log() -> Any:
    from briefer.meetings.db import Log

    return Log()


def brief_for(meeting: Meeting, sender: object | None = None) -> Brief:
    """The brief the meeting's newest page was built from, or one made of what the log knows."""
    from briefer.meetings.reprint import latest_brief, stand_in_brief

    if meeting.exports:
        with open_log() as log:
            brief = latest_brief(log, meeting)
        if brief is not None:
            return brief
    return stand_in_brief(meeting, sender)
