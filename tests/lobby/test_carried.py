"""A lobby day's pack that carries the base brief's own words about its member onto another
member's page: built, and the row flagged in the results, on the command line and the schedule."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from briefer.cli import main
from briefer.legislators.congress import import_congress
from briefer.legislators.stored import save
from briefer.lobby.batch import run_batch
from briefer.lobby.carried import carried_mentions
from briefer.page.brief import parse_brief
from briefer.page.content import load_pack
from tests.conftest import SAMPLE_BRIEF, SHARED_DATA

EDIT = "Senator Shaheen has led on this since 2020. Sanctions raise the regime's costs."
MEETINGS = """\
legislator,date,time,location,staffer,ask,blocks
Jeanne Shaheen,2026-12-03,10:30,,,,
Chris Pappas,2026-12-03,14:00,,,,
Maggie Hassan,2026-12-03,15:30,,,Support S. 99 with Senator Shaheen,
"""


@pytest.fixture(scope="module")
def directory():
    return import_congress([SHARED_DATA])


def _base() -> str:
    assert "legislator: Jeanne Shaheen" in SAMPLE_BRIEF
    return SAMPLE_BRIEF + f"edits:\n  hold-the-line: {EDIT}\n"


def test_each_carried_text_that_names_the_base_member_is_flagged(directory) -> None:
    pack = load_pack()
    base = parse_brief(_base())
    shaheen = directory.get("Jeanne Shaheen")
    pappas = directory.get("Chris Pappas")
    row = base.model_copy(
        update={"meeting": base.meeting.model_copy(update={"legislator": pappas.name})}
    )
    warned = carried_mentions(base, shaheen, row, pappas, pack, own_ask=True)
    title = pack.block("hold-the-line").title
    assert warned == [
        f"the base brief's text for “{title}” names Jeanne Shaheen, the member it was written "
        "for, and is on Chris Pappas's page too: check it"
    ]
    # the base's own member, by name or by the directory's id: nothing to say
    assert carried_mentions(base, shaheen, base, shaheen, pack, own_ask=False) == []
    # the ask is carried when the row has none of its own
    asking = row.model_copy(update={"ask": "Ask Senator Shaheen's colleagues to cosponsor."})
    assert [w.split(" names ")[0] for w in carried_mentions(
        base, shaheen, asking, pappas, pack, own_ask=False
    )] == ["the base brief's ask", f"the base brief's text for “{title}”"]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Sen. Shaheen's bill", True),
        ("SHAHEEN", False),  # capitals as written: a surname, not a word in a heading
        ("Shaheenesque", False),  # a whole word only
        ("the shaheen plan", False),
    ],
)
def test_the_surname_is_matched_as_a_whole_capitalised_word(directory, text, found) -> None:
    pack = load_pack()
    base = parse_brief(SAMPLE_BRIEF + f"edits:\n  hold-the-line: {text}\n")
    row = base.model_copy(
        update={"meeting": base.meeting.model_copy(update={"legislator": "Chris Pappas"})}
    )
    shaheen = directory.get("Jeanne Shaheen")
    assert bool(carried_mentions(base, shaheen, row, None, pack, own_ask=True)) is found


def test_accents_do_not_hide_a_name() -> None:
    pack = load_pack()
    base = parse_brief(
        SAMPLE_BRIEF.replace("legislator: Jeanne Shaheen", "legislator: Jesús García")
        + "edits:\n  hold-the-line: Congressman Garcia has spoken for us.\n"
    )
    row = base.model_copy(
        update={"meeting": base.meeting.model_copy(update={"legislator": "Chris Pappas"})}
    )
    assert carried_mentions(base, None, row, None, pack, own_ask=True)


def test_a_lobby_day_flags_the_row_and_still_builds_it(tmp_path: Path, directory, capsys) -> None:
    save(directory)
    csv_path, base_path, out = tmp_path / "day.csv", tmp_path / "base.yaml", tmp_path / "out"
    csv_path.write_text(MEETINGS, encoding="utf-8")
    base_path.write_text(_base(), encoding="utf-8")
    code = main(["batch", str(csv_path), "-o", str(out), "--base", str(base_path), "--no-log"])
    assert code == 0  # built, with warnings
    err = capsys.readouterr().err
    flagged = [line for line in err.splitlines() if "the member it was written for" in line]
    assert [line.split(": warning: ")[0] for line in flagged] == [
        f"briefer: {csv_path}:3",  # Pappas: the base's point text
        f"briefer: {csv_path}:4",  # Hassan: the point text (her own ask names Shaheen: hers)
    ]
    assert "Chris Pappas's page" in flagged[0]
    pappas = next(out.glob("*chris-pappas*.pdf"))
    text = " ".join(PdfReader(pappas).pages[0].extract_text().split())
    assert "Senator Shaheen has led on this" in text  # built as asked: the flag is the warning
    schedule = " ".join(
        " ".join(page.extract_text().split()) for page in PdfReader(out / "index.pdf").pages
    )
    assert "written for" in schedule  # beside the meeting on the printed schedule


def test_the_results_carry_the_warning_on_the_row(tmp_path: Path, directory) -> None:
    csv_path, out = tmp_path / "day.csv", tmp_path / "out"
    csv_path.write_text(MEETINGS, encoding="utf-8")
    result = run_batch(csv_path, out, base=parse_brief(_base()), directory=directory, log=False)
    by_line = {slot.line: slot.warnings for slot in result.slots}
    assert by_line[2] == []  # Shaheen's own pack
    assert len(by_line[3]) == 1 and len(by_line[4]) == 1
    assert [line for line, _text in result.warnings] == [3, 4]
