"""The audience a meeting implies: national parliaments by their members' titles and their
chambers' own names, run as ``briefer build`` runs it."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.page.audience import audience_for
from briefer.page.brief import parse_brief
from tests.cli.test_check_inputs import briefer
from tests.conftest import pdf_pages

NATIONAL = """\
briefer: 1
template: myth-fact
meeting:
  legislator: Anne Exemple
  title: {title}
  chamber: "{chamber}"
  state: "{state}"
  date: 2026-12-03
ask: Keep every sanction on the Lukashenka regime in place.
blocks: [hold-the-line, rec-enforce-and-prosecute]
"""


def test_a_depute_gets_a_page_for_a_national_parliament(tmp_path: Path) -> None:
    """'Député' was not recognised: the page said "What Congress can do", on US Letter, with the
    date month first."""
    brief = tmp_path / "depute.yaml"
    brief.write_text(NATIONAL.format(title="Député", chamber="", state="France"), "utf-8")
    out = tmp_path / "depute.pdf"
    done = briefer("build", str(brief), "-o", str(out), "--no-log")
    assert done.returncode == 0, done.stderr
    (text,) = pdf_pages(out.read_bytes())
    assert "What Parliament can do" in text and "Congress" not in text
    assert "Thursday 3 December 2026" in text
    from pypdf import PdfReader

    assert round(float(PdfReader(str(out)).pages[0].mediabox.width)) == 595  # A4


@pytest.mark.parametrize(
    ("title", "chamber", "state", "expected"),
    [
        ("Député", "", "France", "national-parliament"),
        ("Députée", "", "", "national-parliament"),
        ("MdB", "", "Germany", "national-parliament"),
        ("Poseł", "", "Poland", "national-parliament"),
        ("M.P.", "", "", "national-parliament"),
        ("Member of the Bundestag", "", "", "national-parliament"),
        ("Senator", "", "Poland", "national-parliament"),
        ("", "Assemblée nationale", "", "national-parliament"),
        ("", "National Assembly", "", "national-parliament"),
        ("", "Sénat", "", "national-parliament"),
        ("", "Camera dei Deputati", "", "national-parliament"),
        ("Senator", "", "NH", "us-congress"),
        ("", "Senate", "", "us-congress"),
        ("", "California State Assembly", "", "us-state"),
        ("Member of the Texas House", "", "TX", "us-congress"),  # a US state: the paper's
        ("MEP", "", "Lithuania", "eu-parliament"),
    ],
)
def test_national_titles_and_chambers(title: str, chamber: str, state: str, expected: str) -> None:
    text = NATIONAL.format(title=title or '""', chamber=chamber, state=state)
    assert audience_for(parse_brief(text, "b.yaml"), paper="letter").id == expected
