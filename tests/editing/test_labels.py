"""The labels the user sees for the fields of a brief."""

from __future__ import annotations

from briefer.editing.labels import field_label, is_brief_field
from briefer.editing.ops import FIELD_LABELS
from briefer.page.content import load_pack


def test_every_field_the_form_edits_has_a_label() -> None:
    for field in FIELD_LABELS:
        label = field_label(field)
        assert label and "." not in label and "_" not in label, field


def test_paths_inside_lists_and_maps_read_as_words() -> None:
    pack = load_pack()
    title = pack.block("hold-the-line").title
    assert field_label("meeting.location") == "Location"
    assert field_label("edits.hold-the-line", pack) == f"your text for ‘{title}’"
    assert (
        field_label("edits.no-such-point", pack)
        == "your text for the talking point ‘no-such-point’"
    )
    assert field_label("blocks.2") == "talking point 3"
    assert field_label("constituents.0.zip") == "ZIP of attendee 1"
    assert field_label("meeting.committees.1") == "Committees (item 2)"
    assert field_label(None) == "" and field_label("") == ""
    assert field_label("some_new_field") == "Some new field"


def test_only_paths_of_a_brief_are_brief_fields() -> None:
    assert is_brief_field("meeting.location") and is_brief_field("edits.hold-the-line")
    assert not is_brief_field("name") and not is_brief_field("roles.body.color")
    assert not is_brief_field(None)


def test_points_named_by_id_in_a_message_are_named_by_title() -> None:
    from briefer.editing.labels import in_words

    pack = load_pack()
    title = pack.block("rec-expand-gradually").title
    message = "template 'classic' shows the first 5 points; left out: rec-expand-gradually, x-y"
    assert in_words(message, pack).endswith(f"left out: ‘{title}’, x-y")
    assert in_words("the brief has no ask", pack) == "the brief has no ask"
