import datetime as dt
from pathlib import Path

import pytest

from briefer.page.brief import dumps, load_brief, parse_brief, save_brief
from briefer.support.errors import BrieferError
from tests.conftest import SAMPLE_BRIEF


def test_sample_brief_loads_with_types() -> None:
    brief = parse_brief(SAMPLE_BRIEF)
    assert brief.meeting.date == dt.date(2026, 12, 3)
    assert brief.meeting.time == "10:30 AM"  # checked and printed one way
    assert brief.sender.phone == "+1 202 555 0100"
    assert brief.blocks == ["hold-the-line", "myth-pushes-to-russia", "rec-enforce-and-prosecute"]


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    brief = parse_brief(SAMPLE_BRIEF + "edits:\n  hold-the-line: 'Our words: <b> & more'\n")
    path = tmp_path / "saved.yaml"
    save_brief(brief, path)
    again = load_brief(path)
    assert again == brief
    assert dumps(again) == dumps(brief)
    assert "briefer: 1" in path.read_text(encoding="utf-8")


def test_save_is_atomic_and_keeps_the_old_file_on_failure(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "brief.yaml"
    path.write_text("old content", encoding="utf-8")
    brief = parse_brief(SAMPLE_BRIEF)

    def boom(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.replace", boom)
    with pytest.raises(BrieferError, match="No space left"):
        save_brief(brief, path)
    assert path.read_text(encoding="utf-8") == "old content"
    assert [p.name for p in tmp_path.iterdir()] == ["brief.yaml"]


def _error_of(change: tuple[str, str]) -> BrieferError:
    """The error reading the sample brief with one change gives (the change must apply)."""
    old, new = change
    text = SAMPLE_BRIEF.replace(old, new, 1)
    assert text != SAMPLE_BRIEF
    with pytest.raises(BrieferError) as info:
        parse_brief(text, "mine.yaml")
    return info.value


@pytest.mark.parametrize(
    ("change", "line", "field", "message"),
    [
        (
            ('  time: "10:30"\n', '  time: "10:30"\n  mood: sunny\n'),
            13,
            "meeting.mood",
            "unknown key",
        ),
        (("  date: 2026-12-03\n", "  date: next week\n"), 11, "meeting.date", "date like"),
        (("paper: letter\n", "paper: legal\n"), 3, "paper", "one of letter or a4"),
        (("blocks: [", "blocks: 7\nx: ["), 22, "blocks", "expected a list"),
        (
            ("  committees: [Foreign Relations]\n", "  committees: Foreign Relations\n"),
            9,
            "meeting.committees",
            "expected a list",
        ),
        (("ask: Keep", "ask: [Keep]\nz: Keep"), 20, "ask", "expected text"),
    ],
)
def test_bad_values_name_line_and_field(change, line, field, message) -> None:
    error = _error_of(change)
    assert (error.file, error.line, error.field) == ("mine.yaml", line, field), str(error)
    assert message in error.message


def test_a_huge_field_is_refused_with_its_length() -> None:
    text = SAMPLE_BRIEF.replace("location: Russell 506", "location: " + "x" * 100_000)
    with pytest.raises(BrieferError) as info:
        parse_brief(text, "big.yaml")
    assert info.value.field == "meeting.location"
    assert "100000 characters" in info.value.message
    assert info.value.line == 13


def test_control_characters_are_refused() -> None:
    text = SAMPLE_BRIEF.replace("ask: Keep", 'ask: "Keep\\x07 it"\nold_ask: Keep')
    with pytest.raises(BrieferError) as info:
        parse_brief(
            text.replace("old_ask: Keep every sanction on the Lukashenka regime in place.\n", ""),
            "c.yaml",
        )
    assert info.value.field == "ask"
    assert "U+0007" in info.value.message


def test_a_brief_from_a_newer_version_says_so() -> None:
    with pytest.raises(BrieferError, match="newer version of Briefer"):
        parse_brief(SAMPLE_BRIEF.replace("briefer: 1", "briefer: 2"), "new.yaml")


def test_a_yaml_file_that_is_not_a_brief_says_so() -> None:
    with pytest.raises(BrieferError, match="not a Briefer brief"):
        parse_brief("name: something else\n", "other.yaml")


def test_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(BrieferError) as info:
        load_brief(tmp_path / "nope.yaml")
    assert str(info.value) == f"{tmp_path / 'nope.yaml'}: file not found"


@pytest.mark.parametrize(
    ("change", "line", "field", "message"),
    [
        (("ask: Keep", "aks: Keep"), 20, "aks", "unknown key — did you mean 'ask'?"),
        (
            ("  location: Russell 506", "  locaton: Russell 506"),
            13,
            "meeting.locaton",
            "unknown key — did you mean 'location'?",
        ),
        (("  date:", "  mood: good\n  date:"), 11, "meeting.mood", "unknown key"),  # none near
    ],
)
def test_a_misspelt_key_gets_the_nearest_known_one(change, line, field, message) -> None:
    error = _error_of(change)
    assert (error.line, error.field, error.message) == (line, field, message), str(error)


def test_a_key_of_an_item_in_a_list_is_matched_against_the_items_keys() -> None:
    text = SAMPLE_BRIEF + "constituents:\n  - {name: Anna, zipp: '03301'}\n"
    with pytest.raises(BrieferError) as info:
        parse_brief(text, "mine.yaml")
    assert info.value.message == "unknown key — did you mean 'zip'?"
    assert info.value.field == "constituents.0.zipp"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "legislator,date,time\nJeanne Shaheen,2026-12-03,10:30\n",
            "not a brief but a lobby day's meetings (a CSV): open it with File › Lobby Day… in "
            "the app, or `briefer batch`",
        ),
        (
            "Notes from the meeting\nwith the Senator\n",
            "not a Briefer brief: a brief is YAML text of keys and values that starts 'briefer: 1'",
        ),
        ("- a list\n", "not a Briefer brief: a brief is YAML text"),
    ],
)
def test_a_file_that_is_no_mapping_says_what_a_brief_is(text: str, message: str) -> None:
    with pytest.raises(BrieferError) as info:
        parse_brief(text, "day.csv")
    assert info.value.message.startswith(message) and info.value.line == 1


@pytest.mark.parametrize("value", ["20261203", "0", "1.5"])
def test_a_number_for_the_date_is_refused_in_words(value: str) -> None:
    with pytest.raises(BrieferError) as info:
        parse_brief(SAMPLE_BRIEF.replace("date: 2026-12-03", f"date: {value}"), "mine.yaml")
    assert info.value.field == "meeting.date"
    assert info.value.message == (
        f"'{value}' is not a date: use a date like 2026-12-03 or Dec 3, 2026"
    )
