"""briefer batch --audience: every pack of a lobby day worded for one legislature."""

from __future__ import annotations

from pathlib import Path

from briefer.cli import main
from tests.conftest import SAMPLE_BRIEF, pdf_pages


def test_batch_audience_words_every_pack_and_picks_its_paper(tmp_path: Path) -> None:
    base = tmp_path / "base.yaml"
    base.write_text(
        SAMPLE_BRIEF.replace("paper: letter\n", "")
        .replace("  title: Senator\n", "  title: MEP\n")
        .replace("  state: NH\n", ""),
        encoding="utf-8",
    )
    meetings = tmp_path / "meetings.csv"
    meetings.write_text("legislator,date,time\nAnna Fotyga,2026-12-03,10:30\n", encoding="utf-8")
    out = tmp_path / "out"
    args = [str(meetings), "-o", str(out), "--base", str(base), "--template", "myth-fact"]
    code = main(["batch", *args, "--audience", "eu-parliament", "--no-log"])
    assert code == 0
    (pack,) = [p for p in out.glob("*.pdf") if p.name != "index.pdf"]
    (text,) = pdf_pages(pack.read_bytes())
    assert "What the European Parliament can do" in text
    assert "Thursday 3 December 2026" in text
    from pypdf import PdfReader

    assert round(float(PdfReader(str(pack)).pages[0].mediabox.width)) == 595  # A4
