"""ZIP data speed: medians, each with its ratio to a floor measured in the same run.

Run: .venv/bin/python benchmarks/zips.py [ZCCD.CSV]   (default: ../shared/data/zipcodes/zccd.csv)
(fill the bytecode cache first, as an installed app has it: .venv/bin/python -m compileall -q
briefer .venv/lib; the cold builds are interleaved so the machine's load falls on all alike)

Floors:
- import: the csv module reading every row of the file, nothing checked or stored;
- lookup: the bare SQLite query on the same stored table (what any SQLite-backed lookup pays);
- cold build: a new `briefer build` process with the legislators imported and no ZIP data.
Targets (issue 12): import <= 1 s; a lookup <= 1 ms once loaded; a cold `briefer build` with the
ZIP data imported no more than 20 ms slower than without it. On a busy machine the difference of
two process timings swings by a hundred milliseconds either way; the "in a build" lines give what
the ZIP data really adds inside a build (nothing without constituents: the table is not opened).
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from timing import median_ms

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from briefer.legislators.congress import import_congress  # noqa: E402
from briefer.legislators.stored import STORE_NAME, save  # noqa: E402
from briefer.legislators.zip_file import import_zips  # noqa: E402
from briefer.legislators.zips import ZipTable  # noqa: E402

DATA = REPO.parent / "shared" / "data"
BRIEF = """\
briefer: 1
meeting: {legislator: Jeanne Shaheen, date: 2026-12-03, time: "10:30"}
sender: {organization: Belarus Freedom Forum, email: office@example.org}
ask: Keep every sanction on the Lukashenka regime in place.
"""
CONSTITUENTS = """\
constituents:
  - {name: Anna Kowalska, town: Concord, zip: "03301"}
  - {name: Ihar Bely, town: Nashua, zip: "03060"}
"""


def report(name: str, value: float, floor: float | None = None, target: str = "") -> None:
    ratio = f"{value / floor:6.2f}x floor" if floor else " " * 12
    print(f"{name:<52} median {value:9.3f} ms  {ratio}  {target}")


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else DATA / "zipcodes" / "zccd.csv"
    work = Path(tempfile.mkdtemp(prefix="briefer-zips-bench-"))
    try:
        run(source, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run(source: Path, work: Path) -> None:
    target = work / "zips.sqlite"

    def read_only() -> int:
        with source.open(encoding="utf-8", newline="") as handle:
            return sum(1 for _ in csv.reader(handle))

    floor = median_ms(read_only, 9)
    report("floor: csv.reader over every row", floor, floor)
    report(
        "import: read, check, store (SQLite)",
        median_ms(lambda: import_zips(source, dt.date(2024, 11, 12), target), 5),
        floor,
        "target <= 1000 ms",
    )

    codes = [row[2] for row in csv.reader(source.open(encoding="utf-8"))][1:]
    random.seed(12)
    sample = random.sample(codes, 2000)
    table = ZipTable(target)
    table.lookup(sample[0])  # loaded
    raw = sqlite3.connect(f"{target.as_uri()}?mode=ro", uri=True)
    query = "SELECT state, district FROM zips WHERE zip = ?"
    per = len(sample)
    floor = median_ms(lambda: [raw.execute(query, (z,)).fetchall() for z in sample], 9) / per
    report("floor: bare SQLite query, per ZIP", floor, floor)
    lookup = median_ms(lambda: [table.lookup(z) for z in sample], 9) / per
    report("lookup once loaded, per ZIP", lookup, floor, "target <= 1 ms")
    report(
        "first lookup (open the table, then look up)",
        median_ms(lambda: ZipTable(target).lookup("03301"), 9),
    )

    cold_build(source, work)


def cold_build(source: Path, work: Path) -> None:
    """A new ``briefer build`` process: without ZIP data (the floor), with it, and with a brief
    that lists constituents (the table opened and used)."""
    plain, with_zips = work / "plain", work / "with-zips"
    for folder in (plain, with_zips):
        folder.mkdir()
    directory = import_congress([DATA / "congress-legislators"])
    save(directory, plain / STORE_NAME)
    save(directory, with_zips / STORE_NAME)
    import_zips(source, dt.date(2024, 11, 12), with_zips / "zips.sqlite")
    brief, listed = work / "brief.yaml", work / "listed.yaml"
    brief.write_text(BRIEF, encoding="utf-8")
    listed.write_text(BRIEF + CONSTITUENTS, encoding="utf-8")
    command = [str(Path(sys.executable).parent / "briefer"), "build"]

    def build(path: Path, data: Path) -> Callable[[], object]:
        env = {**os.environ, "BRIEFER_DATA_DIR": str(data)}
        args = [*command, str(path), "-o", str(work / "out.pdf")]
        return lambda: subprocess.run(args, env=env, check=True, capture_output=True)

    build(brief, plain)()  # warm the OS file cache and the bytecode
    steps = {
        "floor": build(brief, plain),
        "zips": build(brief, with_zips),
        "listed": build(listed, with_zips),
    }
    times: dict[str, list[float]] = {name: [] for name in steps}
    for _ in range(6):  # interleaved, so that the load of the machine falls on all alike
        for name, step in steps.items():
            times[name].append(median_ms(step, 1))
    floor, zipped, listed_ms = (statistics.median(times[name]) for name in steps)
    report("floor: cold `briefer build`, no ZIP data", floor, floor)
    report("cold `briefer build`, ZIP data imported", zipped, floor)
    best = min(times["zips"]) - min(times["floor"])
    print(
        f"{'':<52} difference {zipped - floor:+8.1f} ms (fastest runs {best:+.1f} ms)  "
        "target <= +20 ms"
    )
    report("cold `briefer build`, brief lists constituents", listed_ms, floor)
    in_process(listed, with_zips)


def in_process(listed: Path, data: Path) -> None:
    """What the ZIP data costs inside a build, without the noise of starting a process: the
    constituent line of a brief that lists two people, the table opened anew each time."""
    from briefer.legislators.constituents import note_for
    from briefer.page.brief import load_brief

    brief = load_brief(listed)
    bare = brief.model_copy(update={"constituents": []})
    target = data / "zips.sqlite"
    report("in a build: no constituents listed", median_ms(lambda: note_for(bare), 200))
    report(
        "in a build: two constituents, table opened cold",
        median_ms(lambda: note_for(brief, ZipTable(target)), 50),
        None,
        "part of the +20 ms",
    )


if __name__ == "__main__":
    main()
