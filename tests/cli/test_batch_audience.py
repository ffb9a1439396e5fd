"""briefer batch --audience: every pack of a lobby day worded for one legislature."""

from __future__ import annotations

from pathlib import Path
from typing import Any

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


def test_batch_language_flag_and_column(tmp_path: Path, capsys: Any) -> None:
    base = tmp_path / "base.yaml"
    # a language the pack has no text in prints its English text
    base.write_text(SAMPLE_BRIEF + "content_fallback: en\n", encoding="utf-8")
    meetings = tmp_path / "meetings.csv"
    meetings.write_text(
        "legislator,date,time,language\n"
        "Jeanne Shaheen,2026-12-03,14:30,\n"
        "Jeanne Shaheen,2026-12-04,10:30,pl\n"
        "Jeanne Shaheen,2026-12-05,10:30,xx\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    args = [str(meetings), "-o", str(out), "--base", str(base), "--language", "de", "--no-log"]
    assert main(["batch", *args]) == 2  # the third line is refused, the others built
    assert "meetings.csv:4: language: 'xx' is not a page language" in capsys.readouterr().err
    texts = {p.name[:10]: pdf_pages(p.read_bytes())[0] for p in out.glob("2026-*.pdf")}
    assert sorted(texts) == ["2026-12-03", "2026-12-04"]
    flat = {day: " ".join(text.split()) for day, text in texts.items()}
    assert "Donnerstag, 3. Dezember 2026, 14:30" in flat["2026-12-03"]
    assert "Kurs halten bei den Sanktionen gegen Belarus" in flat["2026-12-03"]  # the content
    assert "Hold the Line" not in flat["2026-12-04"].split("Źródło")[0]  # in Polish too
    assert "piątek, 4 grudnia 2026" in flat["2026-12-04"]
