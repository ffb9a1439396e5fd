"""The PDF names no tool: no reportlab comment in the header or the trailer, valid all the same."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

TOOL_WORDS = re.compile(rb"reportlab|opensource|generated pdf", re.IGNORECASE)


def comments(data: bytes) -> list[bytes]:
    """The PDF's comment lines outside streams (stream data may hold any bytes)."""
    outside = re.sub(rb"stream\r?\n.*?endstream", b"", data, flags=re.DOTALL)
    return re.findall(rb"(?m)^%[^\r\n]*|(?<=\n)%[^\r\n]*", outside)


def test_a_built_pdf_has_no_tool_boilerplate(sample_brief: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "briefer", "build", str(sample_brief), "-o", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    data = out.read_bytes()
    assert TOOL_WORDS.search(data) is None
    assert data.startswith(b"%PDF-1.4\n%\x93\x8c\x8b\x9e\n")
    assert comments(data) == [b"%PDF-1.4", b"%\x93\x8c\x8b\x9e", b"%%EOF"]
    reader = PdfReader(out, strict=True)  # the cross-reference table still points right
    assert len(reader.pages) == 1 and reader.metadata.producer == "Briefer"
    check = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=False)
    assert check.returncode == 0 and "Syntax Error" not in check.stderr, check.stderr


def test_the_lobby_day_schedule_has_none_either(tmp_path: Path) -> None:
    meetings = tmp_path / "meetings.csv"
    meetings.write_text("legislator,date,time\nJeanne Shaheen,2026-12-03,10:30\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    done = subprocess.run(
        [sys.executable, "-m", "briefer", "batch", str(meetings), "-o", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    pdfs = sorted(out.glob("*.pdf"))
    assert len(pdfs) == 2  # the meeting's page and the schedule
    for pdf in pdfs:
        assert TOOL_WORDS.search(pdf.read_bytes()) is None, pdf.name
    for pdf in pdfs:  # no date either: reportlab's reproducible output said 2000-01-01
        info = PdfReader(pdf).metadata
        assert "/CreationDate" not in info and "/ModDate" not in info, pdf.name
        assert info.producer == "Briefer" and info.creator == "Briefer", pdf.name
