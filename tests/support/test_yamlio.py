import datetime as dt

import pytest

from briefer.support import yamlio
from briefer.support.errors import BrieferError


def test_yaml_12_scalars_keep_times_and_words_as_text() -> None:
    data = yamlio.parse("time: 10:30\nanswer: no\nstate: NO\nday: 2026-12-03\nn: 5\nx: 1.5\n")
    assert data == {
        "time": "10:30",
        "answer": "no",
        "state": "NO",
        "day": dt.date(2026, 12, 3),
        "n": 5,
        "x": 1.5,
    }


def test_lines_of_keys_and_items_are_kept() -> None:
    data = yamlio.parse("a: 1\nlist:\n  - x\n  - y\nmap:\n  deep: 2\n")
    assert yamlio.line_of(data, ["list", 1]) == 4
    assert yamlio.line_of(data, ["map", "deep"]) == 6
    assert yamlio.line_of(data, ["map", "missing"]) == 5


def test_duplicate_keys_are_an_error_with_the_line() -> None:
    with pytest.raises(BrieferError) as info:
        yamlio.parse("a: 1\nb: 2\na: 3\n", "f.yaml")
    assert str(info.value) == "f.yaml:3: a: 'a' is given twice"


def test_malformed_yaml_names_file_and_line() -> None:
    with pytest.raises(BrieferError) as info:
        yamlio.parse("a: 1\nb: [unclosed\nc: 3\n", "bad.yaml")
    assert info.value.file == "bad.yaml"
    assert info.value.line is not None and info.value.line >= 2
    assert "not valid YAML" in info.value.message


def test_alias_bomb_is_refused() -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    for level in "bcdefgh":
        prev = chr(ord(level) - 1)
        bomb += f"{level}: &{level} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"
    with pytest.raises(BrieferError, match="too large"):
        yamlio.parse(bomb, "bomb.yaml")


def test_dump_round_trips_through_parse() -> None:
    data = {"time": "10:30", "day": dt.date(2026, 1, 2), "flag": "yes", "items": ["a", "b"]}
    assert yamlio.parse(yamlio.dump(data)) == data


def test_an_unclosed_file_points_at_its_last_line() -> None:
    with pytest.raises(BrieferError) as info:
        yamlio.parse("briefer: 1\nmeeting: {legislator: X\n", "open.yaml")
    assert info.value.line == 2


def test_a_control_character_is_named_by_its_line_and_column() -> None:
    from briefer.support.errors import BrieferError
    from briefer.support.yamlio import parse

    try:
        parse("briefer: 1\nask: Keep \x1b[31m\n", "b.yaml")
    except BrieferError as exc:
        assert str(exc) == "b.yaml:2: a control character (U+001B) in column 11: remove it"
    else:
        raise AssertionError("a terminal escape in a file should be refused")
