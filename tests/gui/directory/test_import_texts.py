"""What an import read and what is imported, in the app's language: the core's lines (English,
for the command line) said with plural forms and the language's dates."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from briefer.gui.directory.import_texts import read_line, stored_line
from briefer.legislators.importing import imported_summary, read_paths
from tests.conftest import TODAY

CSV = (
    "name,title,chamber,state,district,party,committees,office,phone,email\n"
    "Petras Auštrevičius,MEP,European Parliament,Lithuania,,Renew Europe,AFET; DROI,,,\n"
)


def test_an_imports_lines_in_german_and_belarusian(tmp_path: Path, speaking: Any) -> None:
    path = tmp_path / "meps.csv"
    path.write_text(CSV, encoding="utf-8")
    read = read_paths([path], TODAY)
    [line] = read.lines
    [stored] = imported_summary(read.directory)
    assert line == "1 members and 2 committees"  # the shape the app knows (the core's words)
    assert read_line(line) == "1 member and 2 committees"  # English, with its plural forms
    assert stored_line(stored).startswith("Other legislators (CSV): 1 member, imported ")
    speaking("de")
    assert read_line(line) == "1 Abgeordnete(r) und 2 Ausschüsse"
    assert stored_line(stored).startswith("Andere Abgeordnete (CSV): 1 Abgeordnete(r), importiert")
    speaking("be")
    assert read_line(line) == "1 дэпутат і 2 камітэты"
    assert "members" not in stored_line(stored) and "imported" not in stored_line(stored)
    assert read_line("5 Members of the European Parliament from X") == (
        "5 дэпутатаў Еўрапарламента з X"
    )
    assert read_line("something else") == "something else"
    speaking("de")
    said = stored_line("States: New Hampshire: 415 members, imported 2026-12-07")
    assert said == "Bundesstaaten: New Hampshire: 415 Abgeordnete, importiert am 7. Dezember 2026"
