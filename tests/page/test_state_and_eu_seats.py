"""The page names a state seat and an MEP rightly: read back from the PDF and the DOCX built from
the real Open States data (../shared) and a HowTheyVote.eu fixture of our own."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from briefer.cli import main
from briefer.legislators.importing import read_paths, store
from briefer.page.audience import audience_for
from briefer.page.brief import Brief, Meeting
from briefer.page.compose import who
from tests.conftest import REPO, SHARED_DATA, TODAY, pdf_pages
from tests.legislators.test_europarl import archive

STATES = REPO.parent / "shared" / "data" / "openstates-people" / "data"


def _who(**meeting: str) -> str:
    return who(Brief(meeting=Meeting(**meeting)))


def test_state_seats_never_read_as_congressional_ones() -> None:
    rep = dict(legislator="Ann Williams", title="State Representative", state="IL")
    assert _who(**rep, chamber="Illinois House", district="11", party="Democratic") == (
        "State Representative Ann Williams (D, Illinois House District 11)"
    )
    assert _who(**rep, chamber="House", district="11", party="D") == (
        "State Representative Ann Williams (D, Illinois House District 11)"
    )
    assert _who(
        legislator="Aboul Khan",
        title="State Representative",
        chamber="New Hampshire House",
        state="NH",
        district="Rockingham 30",
        party="Republican",
    ) == ("State Representative Aboul Khan (R, New Hampshire House, Rockingham 30)")
    assert _who(
        legislator="Sam Doe", title="Assemblymember", chamber="California Assembly", state="CA"
    ) == ("Assemblymember Sam Doe (California Assembly)")
    # Congress unchanged
    assert _who(
        legislator="Bill Foster",
        title="Representative",
        state="IL",
        district="11",
        party="Democrat",
    ) == ("Representative Bill Foster (D-IL-11)")


def test_the_audience_follows_the_state_chamber() -> None:
    for meeting in (
        Meeting(chamber="Illinois Senate"),
        Meeting(title="State Senator", state="IL"),
        Meeting(chamber="Maryland House of Delegates"),
    ):
        assert audience_for(Brief(meeting=meeting)).id == "us-state"
    assert audience_for(Brief(meeting=Meeting(chamber="Senate", state="IL"))).id == "us-congress"


@pytest.fixture
def directory(tmp_path: Path, _user_data: Path) -> Path:
    paths = [SHARED_DATA, STATES / "il", archive(tmp_path / "export.zip")]
    store(read_paths(paths, TODAY), _user_data / "legislators.sqlite3")
    return _user_data


def _brief(folder: Path, name: str) -> Path:
    path = folder / "brief.yaml"
    path.write_text(
        f"briefer: 1\nmeeting:\n  legislator: {name}\n  date: 2026-12-03\n  time: '10:30'\n"
        "sender: {organization: Belarus Freedom Forum}\n"
        "ask: Keep every sanction on the Lukashenka regime in place.\n",
        encoding="utf-8",
    )
    return path


def _built(tmp_path: Path, name: str) -> tuple[str, str, tuple[float, float]]:
    brief = _brief(tmp_path, name)
    assert main(["build", str(brief), "-o", str(tmp_path / "page.pdf")]) == 0
    assert main(["build", str(brief), "-o", str(tmp_path / "page.docx")]) == 0
    pdf = (tmp_path / "page.pdf").read_bytes()
    (text,) = pdf_pages(pdf)
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    document = docx.Document(str(tmp_path / "page.docx"))
    words = "\n".join(p.text for p in document.paragraphs)
    words += "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    words += "\n".join(p.text for s in document.sections for p in s.footer.paragraphs)
    return " ".join(text.split()), " ".join(words.split()), (float(box.width), float(box.height))


@pytest.mark.parametrize(
    ("name", "seat"),
    [
        ("Ann Williams", "State Representative Ann Williams (D, Illinois House District 11)"),
        ("Don Harmon", "State Senator Don Harmon (D, Illinois Senate District 39)"),
    ],
)
def test_pages_for_state_legislators(directory: Path, tmp_path: Path, name: str, seat: str) -> None:
    pdf, docx_text, size = _built(tmp_path, name)
    for text in (pdf, docx_text):
        assert seat in text
        assert "Stratton Office Building, Springfield, IL 62706" in text or "Capitol" in text
        assert "-IL-" not in text
    assert size == (612.0, 792.0)  # US letter, as a state capitol's


def test_page_for_an_mep(directory: Path, tmp_path: Path) -> None:
    pdf, docx_text, size = _built(tmp_path, "Petras Auštrevičius")
    for text in (pdf, docx_text):
        assert "MEP Petras Auštrevičius (Renew Europe, Lithuania)" in text
        assert "Member data: HowTheyVote.eu (Open Database License)" in text
    assert (round(size[0]), round(size[1])) == (595, 842)  # A4
