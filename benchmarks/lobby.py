"""Lobby-day speed: importing the congress-legislators files, and a 500-meeting batch.

Run: .venv/bin/python benchmarks/lobby.py [PATH-TO-congress-legislators] [--meetings N]
Targets (issue 5): import of the four files <= 3 s; 500 meetings, PDF + DOCX, <= 20 s (2 cores).
"""

from __future__ import annotations

import argparse
import csv
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from briefer.brief import parse_brief  # noqa: E402
from briefer.content import load_pack  # noqa: E402
from briefer.legislators.congress import import_congress  # noqa: E402
from briefer.lobby.batch import run_batch  # noqa: E402
from briefer.starter import starter_brief  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    default = REPO.parent / "shared" / "data" / "congress-legislators"
    parser.add_argument("data", nargs="?", default=str(default))
    parser.add_argument("--meetings", type=int, default=500)
    parser.add_argument("--formats", default="pdf,docx")
    args = parser.parse_args()

    times = []
    for _ in range(5):
        start = time.perf_counter()
        directory = import_congress([Path(args.data)])
        times.append(time.perf_counter() - start)
    median = statistics.median(times)
    print(f"{'import of the four files':<40} median {median:6.2f} s  target <= 3 s")

    members = list(directory.members)
    base = parse_brief(starter_brief(load_pack()))
    base = base.model_copy(update={"blocks": []})  # every meeting gets its own suggestions
    with tempfile.TemporaryDirectory() as tmp:
        csv_path = Path(tmp) / "meetings.csv"
        with csv_path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["legislator", "date", "time", "location", "staffer"])
            for n in range(args.meetings):
                member = members[n % len(members)]
                day = "2026-12-03" if n % 2 else "2026-12-04"
                writer.writerow([member.id, day, f"{9 + n % 8}:{(n * 15) % 60:02d}", "", ""])
        out = Path(tmp) / "out"
        out.mkdir()
        formats = args.formats.split(",")
        start = time.perf_counter()
        result = run_batch(csv_path, out, base=base, formats=formats, directory=directory)
        seconds = time.perf_counter() - start
        failed = len(result.failed)
    print(
        f"{f'batch of {args.meetings} meetings ({args.formats})':<40} "
        f"total  {seconds:6.2f} s  target <= 20 s  ({result.files} files, {failed} failed, "
        f"{os.cpu_count()} cores)"
    )


if __name__ == "__main__":
    main()
