"""The guide's picture of the Meetings window: a few meetings of a past lobby day, reported.

    .venv/bin/python scripts/meetings-image.py docs/images/guide-meetings.png

Runs offscreen with a log in a temporary folder (nothing of the user's is read or written).
Dates are set relative to today, so the follow-ups show as due and overdue.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["BRIEFER_DATA_DIR"] = tempfile.mkdtemp(prefix="briefer-meetings-image-")


def fill() -> None:
    from briefer import pipeline
    from briefer.meetings import log as mlog
    from briefer.meetings.db import Log
    from briefer.meetings.model import Question, Report
    from briefer.meetings.recording import record_export
    from briefer.page.brief import parse_brief
    from tests.conftest import SAMPLE_BRIEF

    today = dt.date.today()
    base = parse_brief(SAMPLE_BRIEF, "brief.yaml")
    people = [
        ("Jeanne Shaheen", "Senator", "NH", "Democrat", -9, "10:30 AM"),
        ("Jim Risch", "Senator", "ID", "Republican", -9, "2:00 PM"),
        ("Joe Wilson", "Representative", "SC", "Republican", -8, "9:00 AM"),
        ("Marcy Kaptur", "Representative", "OH", "Democrat", -8, "1:00 PM"),
        ("Chris Murphy", "Senator", "CT", "Democrat", 6, "3:30 PM"),
    ]
    for name, title, state, party, days, time in people:
        meeting = base.meeting.model_copy(
            update={
                "legislator": name,
                "title": title,
                "state": state,
                "party": party,
                "date": today + dt.timedelta(days=days),
                "time": time,
            }
        )
        brief = base.model_copy(update={"meeting": meeting})
        plan = pipeline.make_plan(brief, directory=None)
        data = pipeline.render(plan, "pdf")
        record_export(brief, plan, data, "pdf", f"{meeting.date} {name}.pdf", source="lobby")
    with Log() as log:
        by = {m.legislator: m for m in mlog.list_meetings(log)}
        mlog.save_report(
            log,
            by["Jeanne Shaheen"].id,
            Report(
                met="Jesús García, foreign policy adviser",
                staffer_email="jesus_garcia@shaheen.senate.gov",
                position="leaning yes",
                questions=(
                    Question("How are the sanctions enforced?", "Designations and prosecutions."),
                    Question("Will the EU follow the US lead?"),
                ),
                requests=("A one-pager on enforcement cases",),
                our_commitments=("Send the list of enforcement cases",),
                their_commitments=("Raise it with the Senator before the markup",),
                follow_up=today - dt.timedelta(days=2),
                notes="Friendly and well briefed.\nAsked for numbers on the brain drain.",
            ),
            attendees=["Anna Kowalska", "Ігар Барысевіч"],
        )
        mlog.save_report(
            log,
            by["Jim Risch"].id,
            Report(position="supportive", follow_up=today + dt.timedelta(1)),
        )
        mlog.save_report(
            log,
            by["Marcy Kaptur"].id,
            Report(position="undecided", follow_up=today + dt.timedelta(days=12)),
        )


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/images/guide-meetings.png")
    fill()
    from PySide6.QtWidgets import QApplication

    from briefer.gui.meetings.window import MeetingsWindow

    app = QApplication(sys.argv)
    view = MeetingsWindow()
    view.resize(1180, 520)
    view.show()
    for row in range(view.proxy.rowCount()):
        if "Shaheen" in view.proxy.index(row, 2).data():
            view.table.selectRow(row)
    app.processEvents()
    view.grab().save(str(out))
    print(f"Wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
