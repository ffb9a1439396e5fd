"""Before a thank-you for a meeting that is still ahead: it thanks the office for a meeting that
has not happened yet, so the app asks first (a draft may be wanted ahead of time)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from briefer.gui.common import dialogs
from briefer.gui.common.dates import short_date
from briefer.gui.common.i18n import tr
from briefer.meetings.model import meeting_passed


def still_ahead(date: dt.date | None, time: str, now: dt.datetime) -> bool:
    """Whether a meeting with this date and time has not happened yet at ``now`` (no date:
    unknown, so no)."""
    return date is not None and not meeting_passed(date, time, now)


def thank_you_now(
    parent: QWidget | None, who: str, date: dt.date | None, time: str, now: dt.datetime
) -> bool:
    """True when a thank-you may be written: the meeting is over, or the user says so."""
    if not still_ahead(date, time, now):
        return True
    assert date is not None
    at = tr(" at {time}").format(time=time) if time else ""
    return dialogs.ask(
        parent,
        tr("The meeting is still ahead"),
        tr(
            "The meeting with {v0} is on {v1}{at}. A thank-you written now thanks them for a "
            "meeting that has not happened yet."
        ).format(v0=who or tr("the office"), v1=short_date(date), at=at),
        yes=tr("Write It Anyway"),
        no=tr("Cancel"),
    )
