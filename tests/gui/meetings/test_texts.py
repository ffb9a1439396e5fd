"""The Meetings window's summary line and detail pane speak the app's language: counts with
their plural forms, the labels, the states and the dates."""

from __future__ import annotations

import datetime as dt
from typing import Any

from briefer.gui.common.dates import long_date
from briefer.gui.meetings.texts import detail_html, summary_line
from briefer.meetings.model import Export, Meeting, Report
from tests.conftest import NOW


def _meeting(day: int, report: Report | None = None) -> Meeting:
    page = Export(
        "e1", "m1", "2026-12-01T10:00:00", "export", "shaheen.pdf", "pdf", "classic", "letter",
        (("a", "short"), ("b", "long")), 10.5, "0" * 64, 1000, "1", given=False,
    )  # fmt: skip
    date = NOW.date() - dt.timedelta(days=day)
    return Meeting(
        "Jeanne Shaheen", date=date, time="10:30", staffer="Maria Lopez",
        ask="Keep every sanction", id=f"m{day}", report=report, exports=(page,),
    )  # fmt: skip


def test_the_summary_and_the_detail_in_belarusian(speaking: Any) -> None:
    report = Report(met="Maria Lopez", position="leaning yes", follow_up=NOW.date())
    meetings = [_meeting(3, report), *(_meeting(-day) for day in range(1, 5))]
    assert summary_line(meetings, 5, NOW).startswith("5 meetings")
    speaking("be")
    assert summary_line(meetings, 5, NOW).startswith("5 сустрэч")
    assert summary_line(meetings[:2], 2, NOW).startswith("2 сустрэчы")
    assert summary_line(meetings, 1, NOW).startswith("паказана 1 з 5 сустрэч")
    html = detail_html(meetings[0], NOW)
    for word in (
        "Пазіцыя",
        "Хутчэй за",
        "Просьба",
        "Старонкі",
        "экспартавана",
        "2 пункты (1 кароткі)",
    ):
        assert word in html, word
    assert long_date(meetings[0].date) in html and "г." in long_date(meetings[0].date)
    for english in ("Position", "Leaning", "Staffer", "Pages", "given to the office", "points"):
        assert english not in html, english
    ahead = detail_html(meetings[1], NOW)
    assert "наперадзе" in ahead and "still ahead" not in ahead, ahead
