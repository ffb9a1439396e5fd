"""A report as the user writes it: read into the log's Report, or refused on one line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefer.meetings.model import Question
from briefer.meetings.report_input import load_report, normalize_position, report_from_input
from briefer.support.errors import BrieferError


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "report.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_report_file_becomes_the_logs_report(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "met: Anna Petrova\nposition: Leaning-Yes\nquestions:\n  - What about 2027?\n"
        "  - question: And the bill?\n    answer: We will send it\nfollow_up: 2026-12-10\n",
    )
    report = report_from_input(load_report(path))
    assert report.met == "Anna Petrova"
    assert report.position == "leaning yes"
    assert report.questions == (
        Question("What about 2027?"),
        Question("And the bill?", "We will send it"),
    )
    assert report.follow_up == dt.date(2026, 12, 10)


@pytest.mark.parametrize("given", ["leaning_yes", "Leaning Yes", " leaning-yes "])
def test_a_position_is_one_however_it_is_spelled(given: str) -> None:
    assert normalize_position(given) == "leaning yes"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("met: Anna\nposition: maybe\n", ":2: position: 'maybe' is not a position (one of: "),
        ('met: Anna\nrequests:\n  - "two\\nlines"\n', ":3: requests.0: write it on one line"),
        ("met: Anna\nmood: good\n", ":2: mood: unknown key"),
        (
            "met: Anna\nstaffer_email: jesus garcia at senate\n",
            ":2: staffer_email: 'jesus garcia at senate' is not an email address: write it like "
            "name@example.org",
        ),
        ("- met\n", ":1: a report is a mapping of fields"),
    ],
)
def test_a_bad_report_is_refused_naming_the_file_line_and_field(
    tmp_path: Path, text: str, expected: str
) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(BrieferError) as caught:
        load_report(path)
    message = str(caught.value)
    assert message.startswith(str(path) + expected), message
    assert "\n" not in message
