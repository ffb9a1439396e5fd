"""Lobby-day speed: importing the directory, the batch's packs per second, the schedule's cost.

Run: .venv/bin/python benchmarks/lobby.py [PATH-TO-congress-legislators] [--meetings N]

Printed, each as a median with its ratio to a floor measured in the same run (the machine is
shared, so the absolute figures move with its load; the ratios much less):
- floor: one meeting composed, fitted and rendered to PDF in this process, caches warm — what one
  core can do at best; the batch on 2 cores ideally reaches 2x its packs per second;
- a batch of N meetings (default 1,000, PDF) through ``run_batch``: packs per second (target
  >= 150 on 2 cores, issue 10) and the ratio to the floor;
- the schedule (index.pdf) and the calendar (schedule.ics) for 500 meetings, as a share of the
  batch of 500 that writes them (target <= 5 %, issue 11).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import statistics
import sys
import tempfile
import threading
import time
import zoneinfo
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
# The batch records every pack in the meeting log, as a user's would: in a scratch data folder,
# never the user's own.
os.environ["BRIEFER_DATA_DIR"] = tempfile.mkdtemp(prefix="briefer-bench-")

from briefer.legislators.congress import import_congress  # noqa: E402
from briefer.lobby.batch import run_batch  # noqa: E402
from briefer.lobby.rows import Context, make_meeting  # noqa: E402
from briefer.page.brief import parse_brief  # noqa: E402
from briefer.page.content import load_pack  # noqa: E402
from briefer.page.starter import starter_brief  # noqa: E402
from briefer.pipeline import make_plan, render, template_for  # noqa: E402
from briefer.render.calendar import render_calendar  # noqa: E402
from briefer.render.schedule import render_schedule  # noqa: E402


def write_csv(path: Path, members: list, count: int) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["legislator", "date", "time", "location", "staffer", "attendees"])
        for n in range(count):
            member = members[n % len(members)]
            day = "2026-12-03" if n % 2 else "2026-12-04"
            time_ = f"{9 + n % 8}:{(n * 15) % 60:02d}"
            writer.writerow([member.id, day, time_, "", "", "Anna Kowalska (03301); Piotr"])


def floor(directory, base, pack, count: int = 40) -> float:
    """CPU seconds per meeting, composed + fitted + PDF in this process, caches warm (median)."""
    ctx = Context(base, pack, directory)
    template = template_for(base)
    briefs = []
    for n, member in enumerate(directory.members[:count]):
        cells = {"legislator": member.id, "date": "2026-12-03", "time": "10:30"}
        briefs.append(make_meeting(n + 2, 1, cells, ctx).enriched.brief)
    for brief in briefs[:5]:  # warm
        render(make_plan(brief, pack=pack, template=template, directory=None), "pdf")
    times = []
    for brief in briefs:
        start = time.thread_time()
        render(make_plan(brief, pack=pack, template=template, directory=None), "pdf")
        times.append(time.thread_time() - start)
    return statistics.median(times)


class CpuMeter:
    """CPU seconds used by this process and every process under it (the forkserver's workers
    are not our children, so /proc is sampled while the batch runs)."""

    def __init__(self) -> None:
        self.seen: dict[int, float] = {}
        self.stop = threading.Event()
        self.tick = os.sysconf("SC_CLK_TCK")

    def _descendants(self) -> list[int]:
        parents: dict[int, int] = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                parents[int(entry)] = int(fields[1])
        mine, found = {os.getpid()}, True
        while found:
            found = False
            for pid, parent in parents.items():
                if parent in mine and pid not in mine:
                    mine.add(pid)
                    found = True
        return sorted(mine - {os.getpid()})

    def _sample(self) -> None:
        for pid in self._descendants():
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            self.seen[pid] = (int(fields[11]) + int(fields[12])) / self.tick

    def __enter__(self) -> CpuMeter:
        self.own = time.thread_time()  # the batch runs on this thread; the sampler is not counted
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()
        return self

    def _run(self) -> None:
        while not self.stop.wait(0.25):
            self._sample()

    def __exit__(self, *_exc: object) -> None:
        self.stop.set()
        self.thread.join()
        self._sample()
        self.seconds = time.thread_time() - self.own + sum(self.seen.values())


def batch(directory, base, members, count: int, formats: list[str]):
    with tempfile.TemporaryDirectory() as tmp:
        csv_path = Path(tmp) / "meetings.csv"
        write_csv(csv_path, members, count)
        start = time.perf_counter()
        with CpuMeter() as cpu:
            result = run_batch(
                csv_path,
                Path(tmp) / "out",
                base=base,
                formats=formats,
                directory=directory,
                zips=None,
            )
        seconds = time.perf_counter() - start
    assert not result.failed, result.failed[:3]
    result.cpu_seconds = cpu.seconds
    return seconds, result


def main() -> None:
    parser = argparse.ArgumentParser()
    default = REPO.parent / "shared" / "data" / "congress-legislators"
    parser.add_argument("data", nargs="?", default=str(default))
    parser.add_argument("--meetings", type=int, default=1000)
    parser.add_argument("--formats", default="pdf")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    times = []
    for _ in range(3):
        start = time.perf_counter()
        directory = import_congress([Path(args.data)])
        times.append(time.perf_counter() - start)
    print(f"{'import of the four files':<44} median {statistics.median(times):6.2f} s  (<= 3 s)")

    members = list(directory.members)
    pack = load_pack()
    base = parse_brief(starter_brief(pack, dt.date(2026, 12, 1))).model_copy(update={"blocks": []})
    one = floor(directory, base, pack)
    print(
        f"{'floor: one meeting, in process, warm':<44} median {one * 1000:6.1f} ms "
        f"= {1 / one:5.0f} packs/s on one core"
    )
    formats = args.formats.split(",")
    runs = [batch(directory, base, members, args.meetings, formats) for _ in range(args.repeat)]
    seconds = statistics.median(run[0] for run in runs)
    cpu = statistics.median(run[1].cpu_seconds for run in runs) / args.meetings
    rate = args.meetings / seconds
    cores = os.cpu_count() or 1
    print(
        f"{f'batch of {args.meetings} meetings ({args.formats})':<44} median {seconds:6.2f} s "
        f"= {rate:5.0f} packs/s  ({rate * one:.2f}x the floor; target >= 150 packs/s; "
        f"{cores} cores; load {os.getloadavg()[0]:.1f})"
    )
    print(
        f"{'  CPU per pack, all processes':<44} median {cpu * 1000:6.1f} ms "
        f"= {cpu / one:.2f}x the floor -> {cores / cpu:5.0f} packs/s on {cores} idle cores"
    )

    shares = []
    for _ in range(args.repeat):
        total, result = batch(directory, base, members, 500, ["pdf"])
        ordered = sorted(result.slots, key=lambda s: s.sort_key())
        start = time.perf_counter()
        render_schedule(ordered, "letter", pack.title)
        render_calendar(ordered, zoneinfo.ZoneInfo("America/New_York"), pack.title)
        shares.append((time.perf_counter() - start, total))
    extra, total = sorted(shares)[len(shares) // 2]
    print(
        f"{'schedule + calendar for 500 meetings':<44} median {extra * 1000:6.0f} ms "
        f"= {extra / total * 100:4.1f} % of the batch of 500 ({total:.2f} s; target <= 5 %)"
    )


if __name__ == "__main__":
    main()
