"""Meeting-log speed: listing 10,000 meetings and recording one export (issue 13).

Run: .venv/bin/python benchmarks/meetings.py [--meetings N] [--runs R]

Printed, each as a median of R runs with its ratio to a floor measured in the same run (the machine
is shared, so absolute figures move with its load; the ratios much less):
- list: ``list_meetings`` of N meetings (half with a report, one page each) as ``briefer log list``
  and the Meetings window list them (target <= 100 ms for 10,000); floor: a bare sqlite3 SELECT of
  the same rows and columns, fetched but not turned into meetings. Also shown: the list in full
  (each report's text read, as ``log list --json`` does), and with every page too;
- record: ``record_export`` of one built page into the log this process keeps open, as the app
  and a lobby day do (target <= 5 ms); floor: a bare sqlite3 connection, kept open, that inserts
  one row in a transaction. Also shown: opening and closing the log around it, as one
  ``briefer build`` does; floor: a bare connection that opens, inserts one row and closes.
Also printed: what recording adds to the export it follows (building and writing the PDF).
The log lives in a temporary folder; nothing of the user's is touched.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sqlite3
import sys
import tempfile
import time
import uuid
from pathlib import Path

from timing import median_ms

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def fill(path: Path, count: int) -> None:
    """N meetings over two years, half with a report, each given one page."""
    from briefer.meetings.db import Log
    from briefer.meetings.log import now_utc

    stamp = now_utc()
    with Log(path) as log, log.write() as conn:
        for n in range(count):
            meeting_id = uuid.uuid4().hex
            day = dt.date(2025, 1, 1) + dt.timedelta(days=n % 700)
            conn.execute(
                "INSERT INTO meetings (id, legislator, title, state, party, date, time, location,"
                " staffer, attendees, ask, created, updated) VALUES"
                " (?, ?, 'Senator', 'NH', 'Democrat', ?, '10:30 AM', 'Russell 506', 'Jesús García',"
                " ?, 'Keep every sanction in place.', ?, ?)",
                (
                    meeting_id,
                    f"Member {n}",
                    day.isoformat(),
                    json.dumps(["Anna", "Ігар"]),
                    stamp,
                    stamp,
                ),
            )
            if n % 2:
                conn.execute(
                    "INSERT INTO reports (meeting_id, met, position, questions, notes, follow_up,"
                    " updated) VALUES (?, 'Jesús García', 'leaning yes', ?, ?, ?, ?)",
                    (
                        meeting_id,
                        json.dumps([["Who enforces it?", "OFAC"]]),
                        "Friendly.\nWants numbers.",
                        (day + dt.timedelta(days=14)).isoformat(),
                        stamp,
                    ),
                )
            conn.execute(
                "INSERT INTO exports (id, meeting_id, at, source, file_name, format, template,"
                " paper, points, body_size, sha256, size) VALUES (?, ?, ?, 'lobby', ?, 'pdf',"
                " 'classic', 'letter', ?, 11.5, ?, 40000)",
                (
                    uuid.uuid4().hex,
                    meeting_id,
                    stamp,
                    f"{day} member-{n}.pdf",
                    json.dumps([["hold-the-line", "long"], ["rec-expand-gradually", "short"]]),
                    "0" * 64,
                ),
            )


def floor_sql() -> str:
    """The rows ``list_meetings`` reads, as one bare query."""
    from briefer.meetings.rows import SELECT

    return SELECT + " ORDER BY m.date DESC, m.time DESC, m.created DESC"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meetings", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="briefer-bench-meetings-"))
    os.environ["BRIEFER_DATA_DIR"] = str(folder)
    from briefer import pipeline
    from briefer.meetings.db import Log, forget_shared, log_path
    from briefer.meetings.log import list_meetings
    from briefer.meetings.recording import record_export
    from briefer.meetings.rows import SUMMARY
    from briefer.page.brief import parse_brief
    from briefer.support.fileio import write_atomic
    from tests.conftest import SAMPLE_BRIEF

    path = log_path()
    started = time.perf_counter()
    fill(path, args.meetings)
    print(f"filled a log with {args.meetings:,} meetings in {time.perf_counter() - started:.1f} s")

    with Log(path) as log:
        list_meetings(log)  # warm the file cache
        listed = median_ms(lambda: list_meetings(log, full=False), args.runs)
        full = median_ms(lambda: list_meetings(log), args.runs)
        with_pages = median_ms(
            lambda: list_meetings(log, with_exports=True), max(3, args.runs // 3)
        )
        assert len(list_meetings(log, full=False)) == args.meetings
    bare = sqlite3.connect(path)
    floor_list = median_ms(lambda: bare.execute(floor_sql()).fetchall(), args.runs)
    summary_sql = SUMMARY + " ORDER BY m.date DESC, m.time DESC, m.created DESC"
    floor_summary = median_ms(lambda: bare.execute(summary_sql).fetchall(), args.runs)
    bare.close()

    brief = parse_brief(SAMPLE_BRIEF, folder / "brief.yaml")
    plan = pipeline.make_plan(brief)
    data = pipeline.render(plan, "pdf")
    out = folder / "page.pdf"

    def export() -> None:
        write_atomic(out, pipeline.render(pipeline.make_plan(brief), "pdf"))

    def record() -> None:
        warning = record_export(brief, plan, data, "pdf", "page.pdf", source="build")
        assert warning is None, warning

    def record_and_close() -> None:  # as one `briefer build` does: open, record, close
        record()
        forget_shared()

    record()  # warm: the template and pack caches, SQLite's code
    recorded = median_ms(record, args.runs * 2)
    recorded_cold = median_ms(record_and_close, args.runs)
    export_ms = median_ms(export, max(5, args.runs // 3))
    scratch = folder / "floor.sqlite3"
    setup = sqlite3.connect(scratch)
    setup.execute("PRAGMA journal_mode = WAL")
    setup.execute("CREATE TABLE t (id TEXT PRIMARY KEY, at TEXT, sha TEXT)")
    setup.close()

    def floor_insert() -> None:
        conn = sqlite3.connect(scratch, isolation_level=None)
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO t VALUES (?, ?, ?)", (uuid.uuid4().hex, "now", "0" * 64))
        conn.execute("COMMIT")
        conn.close()

    floor_record = median_ms(floor_insert, args.runs)
    kept = sqlite3.connect(scratch, isolation_level=None)
    kept.execute("PRAGMA synchronous = NORMAL")

    def floor_insert_kept() -> None:
        kept.execute("BEGIN IMMEDIATE")
        kept.execute("INSERT INTO t VALUES (?, ?, ?)", (uuid.uuid4().hex, "now", "0" * 64))
        kept.execute("COMMIT")

    floor_insert_open = median_ms(floor_insert_kept, args.runs * 2)
    kept.close()

    def line(name: str, value: float, floor: float, target: float) -> str:
        mark = "ok" if value <= target else "OVER TARGET"
        return (
            f"{name:<34} {value:8.1f} ms   floor {floor:6.1f} ms   x{value / floor:5.1f}   "
            f"target <= {target:g} ms: {mark}"
        )

    n = f"{args.meetings:,}"
    print(line(f"list {n} meetings", listed, floor_summary, 100))
    print(
        f"{'  in full (reports read)':<34} {full:8.1f} ms   floor {floor_list:6.1f} ms   "
        f"x{full / floor_list:5.1f}"
    )
    print(
        f"{'  in full, with every page':<34} {with_pages:8.1f} ms   floor {floor_list:6.1f} ms   "
        f"x{with_pages / floor_list:5.1f}"
    )
    print(line("record one export", recorded, floor_insert_open, 5))
    print(
        f"{'  opening and closing the log':<34} {recorded_cold:8.1f} ms   "
        f"floor {floor_record:6.1f} ms   x{recorded_cold / floor_record:5.1f}   "
        "(the close checkpoints the WAL: two fsyncs)"
    )
    print(
        f"{'the export it follows':<34} {export_ms:8.1f} ms   recording adds "
        f"{recorded / export_ms * 100:.0f} % to it"
    )
    ok = listed <= 100 and recorded <= 5
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
