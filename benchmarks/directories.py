"""Directory speed with the state legislatures: imports, the store and name look-ups, medians.

Run: .venv/bin/python benchmarks/directories.py   (the real data in ../shared/data; fill the
bytecode cache first, as an installed app has it: .venv/bin/python -m compileall -q briefer)

Lines, each beside today's Congress import for scale:
- import Congress: the congress-legislators folder read (the baseline);
- import all states: the whole Open States checkout read and stored (target, issue 26: < 20 s);
- a build's look-up: the store opened and the brief's member read, Congress alone and
  Congress + all states;
- cold `briefer build` of a brief naming a member (a new process each), with Congress alone and
  with every state imported, timed in turns, wall and CPU time (target: at most 1.10x; on a
  machine others share, the CPU time is the steadier);
- look-up: `Directory.find` and `Directory.get` by name over Congress + all states (target:
  under 5 ms), beside the same look-ups over Congress alone.
"""

from __future__ import annotations

import datetime as dt
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from timing import median_ms

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from briefer.legislators.importing import read_paths, store  # noqa: E402
from briefer.legislators.stored import STORE_NAME, load  # noqa: E402
from briefer.page.content import load_pack  # noqa: E402
from briefer.page.starter import starter_brief  # noqa: E402

DATA = REPO.parent / "shared" / "data"
CONGRESS = DATA / "congress-legislators"
OPENSTATES = DATA / "openstates-people"
TODAY = dt.date(2026, 12, 1)
NAMES = ["Ann Williams", "shaheen", "Jesus Garcia", "Rockingham 30", "IL Senate", "NH", "zz"]


def once(step) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    step()
    return (time.perf_counter() - start) * 1000


def cold_builds(folder: Path, runs: int = 15) -> dict[str, tuple[float, float]]:
    """Medians (wall, CPU) of a new process building the starter brief (it names Jeanne
    Shaheen) with the store of ``folder/congress`` and of ``folder/all``, timed in turns. The
    CPU time (user + system) holds still on a machine others share; the wall time does not."""
    brief = folder / "brief.yaml"
    brief.write_text(starter_brief(load_pack(), TODAY), encoding="utf-8")
    times: dict[str, tuple[list[float], list[float]]] = {"congress": ([], []), "all": ([], [])}
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its bytecode compiled
    for number in range(runs + 1):
        for name, (wall, cpu) in times.items():
            env["BRIEFER_DATA_DIR"] = str(folder / name)
            command = [sys.executable, "-m", "briefer", "build", str(brief)]
            command += ["-o", str(folder / f"{name}.pdf")]
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True, env=env, cwd=REPO)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            if number:  # the first of each warms the OS cache and the bytecode
                wall.append((time.perf_counter() - start) * 1000)
                used = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
                cpu.append(used * 1000)
    return {k: (statistics.median(w), statistics.median(c)) for k, (w, c) in times.items()}


def main() -> None:
    congress_ms = median_ms(lambda: read_paths([CONGRESS], TODAY), runs=3)
    print(f"import Congress:            {congress_ms:9.0f} ms (baseline)")
    with tempfile.TemporaryDirectory() as folder:
        alone_path = Path(folder) / "congress" / STORE_NAME
        both_path = Path(folder) / "all" / STORE_NAME
        store(read_paths([CONGRESS], TODAY), alone_path)
        store(read_paths([CONGRESS], TODAY), both_path)
        states_ms = once(lambda: store(read_paths([OPENSTATES], TODAY), both_path))
        both = load(both_path)
        print(
            f"import all states:          {states_ms:9.0f} ms ({states_ms / congress_ms:.1f}x"
            f" Congress; target < 20,000 ms; {len(both):,} members)"
        )
        alone_ms = median_ms(lambda: load(alone_path).get("Jeanne Shaheen"), runs=15)
        both_ms = median_ms(lambda: load(both_path).get("Jeanne Shaheen"), runs=15)
        print(f"a build's look-up, Congress:{alone_ms:9.1f} ms (store opened, one member read)")
        print(f"a build's look-up, + states:{both_ms:9.1f} ms ({both_ms / alone_ms:.2f}x)")
        full_ms = median_ms(lambda: load(both_path).members, runs=3)
        print(f"every member read, + states:{full_ms:9.0f} ms (an import reads them all)")
        builds = cold_builds(Path(folder))
        (small_ms, small_cpu), (big_ms, big_cpu) = builds["congress"], builds["all"]
        print(f"cold build, Congress only:  {small_ms:9.0f} ms ({small_cpu:.0f} ms CPU)")
        print(
            f"cold build, + all states:   {big_ms:9.0f} ms ({big_cpu:.0f} ms CPU;"
            f" {big_ms / small_ms:.2f}x, CPU {big_cpu / small_cpu:.2f}x; target <= 1.10x)"
        )
        first_ms = median_ms(lambda: load(both_path).find("Ann Williams"), runs=5)
        print(f"first find after opening:   {first_ms:9.1f} ms (+ states: the names read once)")
        alone = load(alone_path)
        for name in NAMES:
            small = median_ms(lambda n=name: alone.find(n))
            big = median_ms(lambda n=name: both.find(n))
            get = median_ms(lambda n=name: both.get(n))
            print(
                f"find {name!r:16} {big:7.3f} ms over {len(both):,} (Congress alone {small:.3f}"
                f" ms); get {get:.3f} ms; target < 5 ms"
            )


if __name__ == "__main__":
    main()
