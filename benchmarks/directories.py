"""Directory speed with the state legislatures: imports and name look-ups, medians.

Run: .venv/bin/python benchmarks/directories.py   (the real data in ../shared/data)

Lines, each beside today's Congress import for scale:
- import Congress: the congress-legislators folder read (the baseline);
- import all states: the whole Open States checkout read (target, issue 26: under 20 s);
- store load: the stored directory read back, Congress alone and Congress + all states;
- look-up: `Directory.find` and `Directory.get` by name over Congress + all states (target:
  under 5 ms), beside the same look-ups over Congress alone.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

from timing import median_ms

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from briefer.legislators.importing import read_paths, store  # noqa: E402
from briefer.legislators.store import load  # noqa: E402

DATA = REPO.parent / "shared" / "data"
CONGRESS = DATA / "congress-legislators"
OPENSTATES = DATA / "openstates-people"
TODAY = dt.date(2026, 12, 1)
NAMES = ["Ann Williams", "shaheen", "Jesus Garcia", "Rockingham 30", "IL Senate", "NH", "zz"]


def once(step) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    step()
    return (time.perf_counter() - start) * 1000


def main() -> None:
    congress_ms = median_ms(lambda: read_paths([CONGRESS], TODAY), runs=3)
    print(f"import Congress:            {congress_ms:9.0f} ms (baseline)")
    states = []
    states_ms = once(lambda: states.append(read_paths([OPENSTATES], TODAY)))
    print(
        f"import all states:          {states_ms:9.0f} ms ({states_ms / congress_ms:.1f}x Congress;"
        f" target < 20,000 ms; {len(states[0].directory):,} members)"
    )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "legislators.json"
        store(read_paths([CONGRESS], TODAY), path)
        alone_ms = median_ms(lambda: load(path), runs=5)
        alone = load(path)
        store(states[0], path)
        both_ms = median_ms(lambda: load(path), runs=5)
        both = load(path)
    print(f"store load, Congress:       {alone_ms:9.0f} ms")
    print(f"store load, + all states:   {both_ms:9.0f} ms ({both_ms / alone_ms:.1f}x)")
    for name in NAMES:
        small = median_ms(lambda n=name: alone.find(n))
        big = median_ms(lambda n=name: both.find(n))
        get = median_ms(lambda n=name: both.get(n))
        print(
            f"find {name!r:16} {big:7.3f} ms over {len(both):,} (Congress alone {small:.3f} ms);"
            f" get {get:.3f} ms; target < 5 ms"
        )


if __name__ == "__main__":
    main()
