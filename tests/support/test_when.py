"""Dates and times: read in the forms people write, printed one way, never guessed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefer.cli import main
from briefer.support.when import format_time, parse_date, parse_time
from tests.conftest import SAMPLE_BRIEF, pdf_pages

DEC3 = dt.date(2026, 12, 3)


@pytest.mark.parametrize(
    "text",
    [
        "2026-12-03",
        "2026-12-3",
        "Dec 3, 2026",
        "dec 3 2026",
        "Dec. 3, 2026",
        "3 December 2026",
        "3 Dec 2026",
        "December 3 2026",
        "December 3rd, 2026",
        "Thursday, December 3, 2026",
    ],
)
def test_dates_in_words_and_iso(text: str) -> None:
    assert parse_date(text) == DEC3


def test_numeric_dates_read_one_way_are_accepted() -> None:
    assert parse_date("12/13/2026") == dt.date(2026, 12, 13)
    assert parse_date("13/12/2026") == dt.date(2026, 12, 13)
    assert parse_date("13.12.2026") == dt.date(2026, 12, 13)
    assert parse_date("12/12/2026") == dt.date(2026, 12, 12)  # both readings agree


def test_numeric_dates_that_read_two_ways_show_both_unless_the_order_is_given() -> None:
    with pytest.raises(ValueError) as info:
        parse_date("12/3/2026")
    message = str(info.value)
    assert "December 3, 2026" in message and "March 12, 2026" in message
    assert parse_date("12/3/2026", "mdy") == DEC3
    assert parse_date("3/12/2026", "dmy") == DEC3
    with pytest.raises(ValueError, match="day/month/year"):
        parse_date("12/13/2026", "dmy")


@pytest.mark.parametrize(
    "text", ["", "next week", "2026-02-30", "2026-13-01", "Foo 3, 2026", "32/1/2026", "3/4/26"]
)
def test_impossible_dates_are_errors(text: str) -> None:
    with pytest.raises(ValueError):
        parse_date(text)


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        ("10:30", "10:30 AM"),
        ("9:05", "9:05 AM"),
        ("14:30", "2:30 PM"),
        ("2:30 pm", "2:30 PM"),
        ("2 PM", "2:00 PM"),
        ("2:30 p.m.", "2:30 PM"),
        ("14h30", "2:30 PM"),
        ("12 am", "12:00 AM"),
        ("12:15 PM", "12:15 PM"),
        ("0:00", "12:00 AM"),
        ("noon", "12:00 PM"),
    ],
)
def test_times_are_read_and_printed_one_way(text: str, printed: str) -> None:
    assert format_time(parse_time(text)) == printed


@pytest.mark.parametrize("text", ["25:00", "10:99", "24:00", "13 pm", "0 am", "10", "soon", ""])
def test_impossible_times_are_errors(text: str) -> None:
    with pytest.raises(ValueError):
        parse_time(text)


def _brief(tmp_path: Path, old: str, new: str) -> Path:
    text = SAMPLE_BRIEF.replace(old, new, 1)
    assert text != SAMPLE_BRIEF
    path = tmp_path / "brief.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("old", "new", "field", "words"),
    [
        ('time: "10:30"', 'time: "25:00"', "meeting.time", "hours go up to 23"),
        ('time: "10:30"', 'time: "10:99"', "meeting.time", "minutes go up to 59"),
        ("date: 2026-12-03", "date: 3/4/2026", "meeting.date", "reads two ways"),
        ("date: 2026-12-03", "date: 2026-02-30", "meeting.date", "not a date"),
    ],
)
def test_bad_time_or_date_is_one_line_naming_file_line_and_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], old: str, new: str, field: str, words: str
) -> None:
    path = _brief(tmp_path, old, new)
    line = path.read_text(encoding="utf-8").splitlines().index("  " + new) + 1
    out = tmp_path / "out.pdf"
    assert main(["build", str(path), "-o", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert err.startswith(f"briefer: {path}:{line}: {field}: "), err
    assert words in err
    assert not out.exists()
    assert main(["check", str(path)]) == 2


def test_time_and_date_in_words_print_one_way_on_the_page(tmp_path: Path, capsys) -> None:
    path = _brief(tmp_path, 'time: "10:30"', 'time: "2 pm"')
    path.write_text(
        path.read_text(encoding="utf-8").replace("date: 2026-12-03", "date: Dec 3, 2026"),
        encoding="utf-8",
    )
    out = tmp_path / "out.pdf"
    assert main(["build", str(path), "-o", str(out)]) == 0, capsys.readouterr().err
    text = pdf_pages(out.read_bytes())[0]
    assert "2:00 PM" in text and "December 3" in text
    assert "2 pm" not in text


def test_the_app_writes_a_date_one_way_short_and_one_way_long() -> None:
    import datetime as dt

    from briefer.support.when import long_date, short_date

    day = dt.date(2026, 12, 3)
    assert short_date(day) == "Thu Dec 3, 2026"
    assert long_date(day) == "Thursday, December 3, 2026"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("Friday, December 3, 2026", "December 3, 2026 is a Thursday"),
        ("Tue 2026-12-03", "December 3, 2026 is a Thursday"),
    ],
)
def test_a_weekday_that_does_not_agree_with_the_date_is_an_error(text: str, problem: str) -> None:
    with pytest.raises(ValueError) as caught:
        parse_date(text)
    assert str(caught.value) == f"'{text}' does not agree: {problem}"


@pytest.mark.parametrize(
    "text", ["Thursday, December 3, 2026", "thu 3 Dec 2026", "Thurs 2026-12-03"]
)
def test_a_weekday_that_agrees_is_read_past(text: str) -> None:
    assert parse_date(text) == dt.date(2026, 12, 3)


@pytest.mark.parametrize("text", ["2:30", "6:45", "2h30"])
def test_a_bare_early_hour_is_refused_with_both_readings(text: str) -> None:
    with pytest.raises(ValueError) as caught:
        parse_time(text)
    message = str(caught.value)
    assert message.startswith(f"'{text}' reads as ") and " pm, or 0" in message


@pytest.mark.parametrize(
    ("text", "time"),
    [("2:30 pm", dt.time(14, 30)), ("02:30", dt.time(2, 30)), ("7:00", dt.time(7)),
     ("0:30", dt.time(0, 30)), ("12:15", dt.time(12, 15))],
)  # fmt: skip
def test_an_hour_said_plainly_is_read_as_written(text: str, time: dt.time) -> None:
    assert parse_time(text) == time
