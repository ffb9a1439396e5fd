"""Core speed: prints the median of each step. Run: .venv/bin/python benchmarks/core.py

Targets (issue 2/3): compose + fit + PDF render in-process <= 40 ms; DOCX render <= 40 ms;
cold `briefer build` <= 0.6 s.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from briefer import fit as fit_module  # noqa: E402
from briefer.brief import parse_brief  # noqa: E402
from briefer.compose import compose  # noqa: E402
from briefer.content import load_pack, parse_pack  # noqa: E402
from briefer.layout.measure import FlowMeasurer  # noqa: E402
from briefer.layout.typeset import shared_typesetter  # noqa: E402
from briefer.pipeline import render  # noqa: E402
from briefer.resources import default_pack_path  # noqa: E402
from briefer.starter import starter_brief  # noqa: E402
from briefer.templates import load_template  # noqa: E402


def median_ms(step: Callable[[], object], runs: int = 30) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        step()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def report(name: str, value: float, unit: str = "ms", target: str = "") -> None:
    print(f"{name:<44} median {value:8.1f} {unit}  {target}")


def main() -> None:
    pack_text = default_pack_path().read_text(encoding="utf-8")
    pack = load_pack()
    brief = parse_brief(starter_brief(pack))
    template = load_template("classic")

    def compose_fit_cold() -> object:
        # nothing measured or broken into lines before is reused
        shared_typesetter().clear()
        return fit_module.fit(compose(pack, brief, template), FlowMeasurer())

    plan = compose_fit_cold()
    report("load content pack (parse + validate)", median_ms(lambda: parse_pack(pack_text, "p")))
    report("compose + fit (cold measurements)", median_ms(compose_fit_cold))
    report("PDF render (lines already broken by the fit)", median_ms(lambda: render(plan, "pdf")))
    report(
        "compose + fit + PDF render (cold)",
        median_ms(lambda: render(compose_fit_cold(), "pdf")),
        target="target <= 40 ms",
    )
    report(
        "compose + fit + PDF render (warm, as in the GUI)",
        median_ms(lambda: render(fit_module.fit(compose(pack, brief, template)), "pdf")),
    )
    try:
        render(plan, "docx")
    except Exception as exc:
        print(f"DOCX render: not available ({exc})")
    else:
        report("DOCX render", median_ms(lambda: render(plan, "docx")), target="target <= 40 ms")

    with tempfile.TemporaryDirectory() as tmp:
        brief_path = Path(tmp) / "brief.yaml"
        brief_path.write_text(starter_brief(pack), encoding="utf-8")
        command = [sys.executable, "-m", "briefer", "build", str(brief_path), "-o", f"{tmp}/o.pdf"]
        subprocess.run(command, check=True, capture_output=True, cwd=REPO)  # warm the OS cache
        cold = [
            median_ms(lambda: subprocess.run(command, check=True, capture_output=True, cwd=REPO), 1)
            for _ in range(9)
        ]
        report(
            "cold `briefer build` (new process)",
            statistics.median(cold) / 1000,
            "s",
            "target <= 0.6 s",
        )


if __name__ == "__main__":
    main()
