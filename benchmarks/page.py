"""Page decor speed (issue 14): what a logo and a QR code add to a warm build, and the fit of the
old templates next to the new ones. Medians, each with its ratio to a floor measured in this run.

Run: .venv/bin/python benchmarks/page.py  (about 20 s)

Floor: the same warm build (compose + fit + PDF, caches filled as in the app's preview after the
first keystroke) of the brief without a logo or a QR code. Targets: a logo (PNG or SVG) and a QR
code add <= 3 ms each to a warm build; classic's and myth-fact's fit no slower than before the
decor existed (their drafts carry no decor, so they take the same path: compare with the floor).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from briefer.page.brief import parse_brief  # noqa: E402
from briefer.page.compose import compose  # noqa: E402
from briefer.page.content import load_pack  # noqa: E402
from briefer.page.fit import fit  # noqa: E402
from briefer.page.templates import load_template  # noqa: E402
from briefer.pipeline import render  # noqa: E402

SAMPLE = (REPO / "tests" / "conftest.py").read_text(encoding="utf-8")
BRIEF = SAMPLE.split('SAMPLE_BRIEF = """\\\n', 1)[1].split('"""', 1)[0]
SVG = """<svg xmlns="http://www.w3.org/2000/svg" width="240" height="240">
<rect x="6" y="6" width="228" height="228" rx="36" fill="#fff" stroke="#c8102e" stroke-width="12"/>
<rect x="36" y="92" width="168" height="56" fill="#c8102e"/></svg>"""


def _ms(step: Callable[[], object]) -> float:
    # CPU time of this process: other programs on a busy machine do not count against it
    start = time.process_time()
    step()
    return (time.process_time() - start) * 1000


def median_ms(step: Callable[[], object], runs: int = 40) -> float:
    step()  # warm: the first build fills the caches, as the app's first preview does
    return statistics.median(_ms(step) for _ in range(runs))


def paired_ms(floor: Callable[[], object], step: Callable[[], object], runs: int = 60):
    """Medians of the floor and the step measured in turn, so drifts in speed hit both alike."""
    floor(), step()
    pairs = [(_ms(floor), _ms(step)) for _ in range(runs)]
    return statistics.median(p[0] for p in pairs), statistics.median(p[1] for p in pairs)


def report(name: str, value: float, floor: float, target: str = "") -> None:
    print(f"{name:<52} median {value:7.2f} ms  {value / floor:5.2f}x floor  {target}")


def main() -> None:
    from PIL import Image

    folder = Path(tempfile.mkdtemp(prefix="briefer-bench-"))
    (folder / "logo.svg").write_text(SVG, encoding="utf-8")
    Image.new("RGB", (900, 300), "#9b1b30").save(folder / "logo.png")
    pack = load_pack()

    def brief(logo: str = "", qr: str = ""):
        text = BRIEF
        if logo:
            text = text.replace(
                "  website: example.org\n", f"  website: example.org\n  logo: {logo}\n"
            )
        if qr:
            text += f"qr: {qr}\n"
        return parse_brief(text, folder / "brief.yaml")

    def build(b, name: str = "classic") -> Callable[[], object]:
        template = load_template(name)
        return lambda: render(fit(compose(pack, b, template)), "pdf")

    def fit_only(b, name: str) -> Callable[[], object]:
        template = load_template(name)
        return lambda: fit(compose(pack, b, template))

    plain = brief()
    floor = median_ms(build(plain))
    report("floor: warm build, classic, no logo, no QR", floor, floor)
    url = "https://example.org/belarus-sanctions"
    for label, b in (
        ("PNG logo (900 x 300)", brief("logo.png")),
        ("SVG logo (vector)", brief("logo.svg")),
        ("QR code", brief(qr=url)),
        ("SVG logo + QR code", brief("logo.svg", url)),
    ):
        base, value = paired_ms(build(plain), build(b))
        added = f"adds {value - base:+.2f} ms (target <= 3 ms)"
        report(f"warm build + {label}", value, base, added)
    import briefer.page.compose as compose_module

    def without_decor(step: Callable[[], object]) -> Callable[[], object]:
        """The step with the decor pass taken out: the old templates' path before issue 14."""

        def run() -> object:
            compose_module.decorate = lambda draft, *_args: draft
            try:
                return step()
            finally:
                compose_module.decorate = decorate

        return run

    decorate = compose_module.decorate
    for name in ("classic", "myth-fact"):
        base, value = paired_ms(without_decor(fit_only(plain, name)), fit_only(plain, name))
        report(f"floor: warm compose + fit, {name}, no decor pass", base, base)
        report(f"warm compose + fit, {name}", value, base, "target: not slower (~1.0x)")
    fit_floor = median_ms(fit_only(plain, "classic"))
    for name in ("sidebar", "bold"):
        report(
            f"warm compose + fit, {name} (floor: classic)",
            median_ms(fit_only(plain, name)),
            fit_floor,
        )


if __name__ == "__main__":
    main()
