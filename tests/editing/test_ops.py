"""The pure edits the GUI makes to a brief (no Qt needed)."""

from __future__ import annotations

import pytest

from briefer.editing.ops import (
    chosen,
    moved,
    new_brief,
    normalized,
    reordered,
    safe_file_name,
    toggled,
    with_edit,
    with_field,
)
from briefer.page.brief import Brief, parse_brief
from briefer.page.content import load_pack
from tests.conftest import SAMPLE_BRIEF


def test_reordering_permutes_only_the_positions_of_one_kind() -> None:
    pack = load_pack()
    brief = parse_brief(SAMPLE_BRIEF).model_copy(
        update={"blocks": ["rec-expand-gradually", "hold-the-line", "rec-enforce-and-prosecute"]}
    )
    after = reordered(
        brief, pack, "recommendation", ["rec-enforce-and-prosecute", "rec-expand-gradually"]
    )
    assert after.blocks == ["rec-enforce-and-prosecute", "hold-the-line", "rec-expand-gradually"]
    assert moved(after, pack, "rec-expand-gradually", 0).blocks == brief.blocks
    with pytest.raises(ValueError):
        reordered(brief, pack, "recommendation", ["hold-the-line"])


def test_toggling_keeps_edits_and_an_empty_list_means_the_defaults() -> None:
    pack = load_pack()
    brief = with_edit(Brief(), "hold-the-line", "Ours.")
    assert chosen(brief, pack) == list(pack.defaults)
    off = toggled(brief, pack, "hold-the-line", False)
    assert "hold-the-line" not in off.blocks and off.edits == {"hold-the-line": "Ours."}
    on = toggled(off, pack, "context-2020-protests", True)
    assert on.blocks[-1] == "context-2020-protests"
    assert with_edit(on, "hold-the-line", "  ").edits == {}
    assert normalized(Brief(), pack).blocks == list(pack.defaults)


def test_fields_and_new_briefs() -> None:
    brief = new_brief(load_pack())
    dated = with_field(brief, "meeting.legislator", "Jeanne Shaheen")
    assert dated.meeting.legislator == "Jeanne Shaheen" and brief.meeting.legislator == ""
    assert with_field(brief, "paper", "a4").paper == "a4"
    with pytest.raises(KeyError):
        with_field(brief, "meeting.nonsense", "x")
    assert brief.ask and brief.blocks


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("a/b\\c", "a b c"),
        ("  dots. ", "dots"),
        ("CON:\x00x", "CON x"),
        ("Ціханоўская", "Ціханоўская"),
    ],
)
def test_safe_file_names(text: str, name: str) -> None:
    assert safe_file_name(text) == name
