"""Core speed: medians of each step, each with its ratio to a floor measured in the same run.

Run: .venv/bin/python benchmarks/core.py  (fill the bytecode cache first, as an installed app has
it: .venv/bin/python -m compileall -q briefer .venv/lib)

Floors:
- one pass: reportlab parsing, breaking and drawing the chosen page once, with nothing cached
  (what any program that makes this page must do at least); it gains from Briefer's faster
  fragment comparison and font metrics (layout/reportlab_speed.py, fonts.py) as the build does,
  so the floor is the stricter one;
- import: a new Python process that only imports reportlab.platypus and yaml (the issue's floor);
- bare page: a new process that makes the same page with bare reportlab (benchmarks/bare_page.py:
  imports, reads the brief, registers the three faces, one pass at the chosen size, writes the
  PDF), the least any program making this page in a new process must do. What is left between
  it and 1.3x the import floor is what Briefer may spend on everything else (checking the files,
  the fit, the meeting log).
Targets (issue 10): compose + fit + PDF with cold caches <= 20 ms; cold `briefer build` <= 1.3x
the import floor.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from timing import median_ms

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from briefer.layout.fonts import font_files  # noqa: E402
from briefer.layout.measure import FlowMeasurer  # noqa: E402
from briefer.layout.typeset import shared_typesetter  # noqa: E402
from briefer.page import fit as fit_module  # noqa: E402
from briefer.page.brief import parse_brief  # noqa: E402
from briefer.page.compose import compose  # noqa: E402
from briefer.page.content import load_pack, parse_pack  # noqa: E402
from briefer.page.starter import starter_brief  # noqa: E402
from briefer.page.templates import load_template  # noqa: E402
from briefer.pipeline import render  # noqa: E402
from briefer.render.pdf import render_pdf  # noqa: E402
from briefer.support.resources import default_pack_path  # noqa: E402


def report(name: str, value: float, floor: float | None = None, target: str = "") -> None:
    ratio = f"{value / floor:5.2f}x floor" if floor else " " * 11
    print(f"{name:<48} median {value:7.1f} ms  {ratio}  {target}")


def paired_ms(
    first: Callable[[], object], second: Callable[[], object], runs: int = 40
) -> tuple[float, float]:
    """The medians of two steps timed in turns, so a busy machine slows both alike."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for step, out in ((first, times[0]), (second, times[1])):
            start = time.perf_counter()
            step()
            out.append((time.perf_counter() - start) * 1000)
    return statistics.median(times[0]), statistics.median(times[1])


def main() -> None:
    pack_text = default_pack_path().read_text(encoding="utf-8")
    pack = load_pack()
    brief = parse_brief(starter_brief(pack, dt.date(2026, 12, 1)))
    template = load_template("classic")

    def compose_fit_cold() -> object:
        shared_typesetter().clear()  # nothing parsed, measured or broken before is reused
        return fit_module.fit(compose(pack, brief, template), FlowMeasurer())

    plan = compose_fit_cold()

    def one_pass() -> object:
        shared_typesetter().clear()
        return render(plan, "pdf")

    floor = median_ms(one_pass)
    report("floor: one reportlab pass over the page", floor, floor)
    report("load content pack (parse + validate)", median_ms(lambda: parse_pack(pack_text, "p")))
    report("compose + fit (cold caches)", median_ms(compose_fit_cold), floor)
    report("PDF render (lines already broken by the fit)", median_ms(lambda: render(plan, "pdf")))
    report(
        "compose + fit + PDF render (cold caches)",
        median_ms(lambda: render(compose_fit_cold(), "pdf")),
        floor,
        "target <= 20 ms",
    )
    tagged_ms, untagged_ms = paired_ms(
        lambda: render(compose_fit_cold(), "pdf"),
        lambda: render_pdf(compose_fit_cold(), tagged=False),
    )
    report("  the same, tagged (timed in turns with:)", tagged_ms, floor)
    report("  the same, untagged", untagged_ms, floor)
    print(f"{'  tagging adds (PDF/UA-1)':<48} {tagged_ms / untagged_ms - 1:7.1%}  target <= 10%")
    report(
        "compose + fit + PDF render (warm, as in the app)",
        median_ms(lambda: render(fit_module.fit(compose(pack, brief, template)), "pdf")),
        floor,
    )
    report("DOCX render", median_ms(lambda: render(plan, "docx")), floor)

    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its bytecode compiled
    with tempfile.TemporaryDirectory() as tmp:
        env["BRIEFER_DATA_DIR"] = tmp  # no meeting log or directory of the user's
        brief_path = Path(tmp) / "brief.yaml"
        brief_path.write_text(starter_brief(pack, dt.date(2026, 12, 1)), encoding="utf-8")
        build = [sys.executable, "-m", "briefer", "build", str(brief_path), "-o", f"{tmp}/o.pdf"]
        imports = [sys.executable, "-c", "import reportlab.platypus, yaml"]
        text_path = Path(tmp) / "page.txt"
        text_path.write_text(render(plan, "txt").decode("utf-8"), encoding="utf-8")
        faces = font_files().faces()
        bare = [
            sys.executable,
            str(REPO / "benchmarks" / "bare_page.py"),
            str(brief_path),
            str(text_path),
            f"{plan.body_size:g}",
            *(str(faces[face]) for face in ("regular", "bold", "italic")),
            f"{tmp}/bare.pdf",
        ]

        def run(command: list[str]) -> Callable[[], object]:
            return lambda: subprocess.run(command, check=True, capture_output=True, env=env)

        run(build)()  # warm the OS cache and the bytecode
        import_floor = median_ms(run(imports), 15)
        bare_page = median_ms(run(bare), 15)
        cold = median_ms(run(build), 15)
        report("floor: new process importing reportlab + yaml", import_floor, import_floor)
        report("new process making the page with bare reportlab", bare_page, import_floor)
        report("cold `briefer build` (new process)", cold, import_floor, "target <= 1.3x")
        room = 1.3 * import_floor - bare_page
        print(f"{'  1.3x the import floor leaves, beyond the bare page':<48} {room:7.1f} ms")


if __name__ == "__main__":
    main()
