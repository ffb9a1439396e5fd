"""The DOCX agrees with the PDF line for line: every template on both papers, with three, five
and eight points, the PDF beside LibreOffice's PDF of the DOCX (lines as pdftotext reads them,
column by column)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from briefer.page.brief import parse_brief
from briefer.pipeline import make_plan, render
from tests.conftest import SAMPLE_BRIEF
from tests.libreoffice import to_pdf

TEMPLATES = ["classic", "bold", "myth-fact", "sidebar"]
POINTS = {
    3: ["hold-the-line", "myth-pushes-to-russia", "rec-enforce-and-prosecute"],
    5: [
        "hold-the-line",
        "indicator-security-costs",
        "myth-pushes-to-russia",
        "myth-trade-for-prisoners",
        "rec-expand-gradually",
    ],
    8: [
        "hold-the-line",
        "indicator-security-costs",
        "myth-pushes-to-russia",
        "myth-trade-for-prisoners",
        "myth-no-regime-change",
        "rec-expand-gradually",
        "rec-enforce-and-prosecute",
        "context-2020-protests",
    ],
}


def lines(pdf: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


@pytest.mark.slow
def test_libreoffice_sets_the_docx_line_for_line_as_the_pdf(tmp_path: Path) -> None:
    sources, out = tmp_path / "docx", tmp_path / "lo"
    sources.mkdir()
    for count, blocks in POINTS.items():
        text = SAMPLE_BRIEF.replace(
            "blocks: [hold-the-line, myth-pushes-to-russia, rec-enforce-and-prosecute]",
            "blocks: [" + ", ".join(blocks) + "]",
        )
        for template in TEMPLATES:
            for paper in ("letter", "a4"):
                plan = make_plan(parse_brief(text), template=template, paper=paper, directory=None)
                name = f"{template}-{paper}-{count}"
                (tmp_path / f"{name}.pdf").write_bytes(render(plan, "pdf"))
                (sources / f"{name}.docx").write_bytes(render(plan, "docx"))
    to_pdf(sorted(sources.iterdir()), out, tmp_path)
    same = total = 0
    for docx in sorted(sources.iterdir()):
        ours, theirs = lines(tmp_path / f"{docx.stem}.pdf"), lines(out / f"{docx.stem}.pdf")
        assert abs(len(ours) - len(theirs)) <= 1, (docx.stem, len(ours), len(theirs))
        same += len(set(ours) & set(theirs))
        total += len(ours)
    assert same / total >= 0.95, f"{same} of {total} lines the same"
