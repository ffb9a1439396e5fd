"""Meeting-log import speed: `briefer log import` of a teammate's file of N meetings (issue 25).

Run: .venv/bin/python benchmarks/log_import.py [--runs R]

For 2,500, 5,000 and 10,000 meetings (a tenth on one busy day, the rest over two years, each
with one page), the median of R imports of the same JSON file into a new, empty log: reading and
checking the file, then merging it in transactions of a few hundred meetings. Printed with the
time per 1,000 meetings, which stays flat when the import is linear in the file (it was quadratic:
each meeting read every meeting of its day; 9,000 took 75 s). Target: 10,000 in under 5 s.
Also printed: how long the longest single write transaction held the log (a build recording its
page meanwhile waits at most that long), and the ratio to a floor measured in the same run (the
machine is shared, so absolute figures move with its load): ``json.loads`` of the same file and
a bare sqlite3 ``executemany`` of its meetings and pages in one transaction — what any program
importing this file must do at least. The logs live in a temporary folder.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
import time
import uuid
from functools import partial
from pathlib import Path

from timing import median_ms

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def exchange_file(path: Path, count: int) -> None:
    """N meetings as `briefer log export` writes them (no page inputs: a CSV-sized file)."""
    stamp = "2026-11-01T09:00:00.000000Z"
    meetings = []
    for n in range(count):
        busy_day = n % 10 == 0
        day = dt.date(2026, 3, 4) if busy_day else dt.date(2025, 1, 1) + dt.timedelta(n % 700)
        meetings.append(
            {
                "id": uuid.uuid4().hex,
                "legislator": f"Member {n:05d}",
                "title": "Senator",
                "state": "NH",
                "party": "Democrat",
                "date": day.isoformat(),
                "time": f"{9 + n % 8}:30",
                "location": "Russell 506",
                "staffer": "Jesús García",
                "attendees": ["Anna Kowalska"],
                "ask": "Keep every sanction on the Lukashenka regime in place.",
                "created": stamp,
                "updated": stamp,
                "report": None,
                "exports": [
                    {
                        "id": uuid.uuid4().hex,
                        "at": stamp,
                        "format": "pdf",
                        "file_name": f"page-{n}.pdf",
                        "sha256": "0" * 64,
                    }
                ],
            }
        )
    document = {"briefer-log": 1, "exported": stamp, "meetings": meetings, "blobs": {}}
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")


def floor(source: Path, target: Path) -> None:
    """The least an import does: read the JSON, insert its rows with bare sqlite3."""
    import sqlite3

    data = json.loads(source.read_text(encoding="utf-8"))
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("CREATE TABLE IF NOT EXISTS m (id PRIMARY KEY, legislator, date, time, ask, j)")
    conn.execute("CREATE TABLE IF NOT EXISTS e (id PRIMARY KEY, meeting_id, at, format, sha256)")
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO m VALUES (?, ?, ?, ?, ?, ?)",
        (
            (m["id"], m["legislator"], m["date"], m["time"], m["ask"], json.dumps(m["attendees"]))
            for m in data["meetings"]
        ),
    )
    conn.executemany(
        "INSERT INTO e VALUES (?, ?, ?, ?, ?)",
        (
            (e["id"], m["id"], e["at"], e["format"], e["sha256"])
            for m in data["meetings"]
            for e in m["exports"]
        ),
    )
    conn.execute("COMMIT")
    conn.close()
    target.unlink()


def import_once(folder: Path, source: Path, count: int) -> None:
    """The file imported into a new, empty log (as a teammate's first import)."""
    from briefer.meetings import merge
    from briefer.meetings.db import Log

    path = folder / f"log-{uuid.uuid4().hex}.sqlite3"
    with Log(path) as log:
        merged = merge.import_log(log, source)
    assert merged.added == count, merged


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="briefer-bench-") as folder:
        os.environ["BRIEFER_DATA_DIR"] = folder
        from briefer.meetings.db import Log

        longest = [0.0]
        write = Log.write

        def timed_write(self: Log):  # type: ignore[no-untyped-def]
            class Timed:
                def __enter__(inner):  # type: ignore[no-untyped-def]
                    inner.cm = write(self)
                    inner.start = time.perf_counter()
                    return inner.cm.__enter__()

                def __exit__(inner, *exc):  # type: ignore[no-untyped-def]
                    done = inner.cm.__exit__(*exc)
                    longest[0] = max(longest[0], time.perf_counter() - inner.start)
                    return done

            return Timed()

        Log.write = timed_write  # type: ignore[method-assign]
        for count in (2_500, 5_000, 10_000):
            source = Path(folder) / f"team-{count}.json"
            exchange_file(source, count)
            longest[0] = 0.0
            ms = median_ms(partial(import_once, Path(folder), source, count), args.runs)
            base = median_ms(partial(floor, source, Path(folder) / "floor.sqlite3"), args.runs)
            size = source.stat().st_size / 1e6
            print(
                f"log import {count:>6,} meetings ({size:4.1f} MB)  median {ms / 1000:6.2f} s  "
                f"{ms / count:6.3f} s per 1,000  {ms / base:5.1f}x floor  "
                f"longest write {longest[0] * 1000:5.0f} ms"
                + ("   target < 5 s" if count == 10_000 else "")
            )


if __name__ == "__main__":
    main()
