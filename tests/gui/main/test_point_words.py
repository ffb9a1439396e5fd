"""The point editor shows a point's words for an audience (the brief's at first) and the claim
and response by name, offers to write the audience's words in the pack editor, and the list and
the fit indicator mark the points that print default words naming another body."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt

from briefer.editing.ops import with_field
from briefer.packs.draft import Draft
from briefer.packs.store import save_user_pack
from briefer.page.content import load_pack
from tests.gui.conftest import settle
from tests.gui.packs.test_editor import _close_editors  # noqa: F401

REC = "rec-expand-gradually"  # words for every audience
PLAIN = "indicator-regime-statements"  # the same words for every audience


def select(window, block_id: str) -> None:
    window.show_tab(1)
    window.points.tree.setCurrentItem(window.points.item(block_id))


def test_the_point_editor_shows_the_words_of_each_audience(qtbot, window) -> None:
    pack, editor = load_pack(), window.points.editor
    select(window, REC)
    assert editor.audience_box.currentText() == "US Congress"
    assert editor.short_text.text() == pack.block(REC, "us-congress").short
    assert editor.audience_state.text() == "Its own words for US Congress."
    editor.audience_box.setFocus()
    qtbot.keyClick(editor.audience_box, Qt.Key.Key_Down)  # the next audience's words
    assert editor.audience == "us-state"
    assert editor.short_text.text() == pack.block(REC, "us-state").short
    assert "on the page" not in editor.short_caption.text() + editor.long_caption.text()

    select(window, "myth-pushes-to-russia")  # a claim and its response, by name
    assert editor.claim.text().startswith("<b>Claim (what its proponents conclude):</b>")
    assert editor.short_caption.text().startswith("<b>Response, short</b>")

    select(window, PLAIN)
    assert editor.audience == "us-state"  # the audience chosen stays while the brief's does
    assert editor.audience_state.text() == "Uses the default text for US state legislature."
    assert editor.short_text.text() == pack.block(PLAIN).short
    window.document.apply(with_field(window.document.brief, "audience", "eu-parliament"), "EU")
    assert editor.audience == "eu-parliament"  # follows the brief's audience
    assert editor.variant_button.text() == "Write Words for European Parliament…"
    qtbot.mouseClick(editor.variant_button, Qt.MouseButton.LeftButton)
    packs = window.packs.editor
    assert packs is not None and packs.isVisible() and packs.draft.id == "my-belarus-sanctions"
    assert packs.current_point_id() == PLAIN
    box = packs.point_form.variants
    assert box.audience == "eu-parliament"
    qtbot.waitUntil(packs.isActiveWindow)
    assert box.fields["short"].input.hasFocus()
    qtbot.keyClicks(box.fields["short"].input, "The EU hears what the regime says.")
    index = [p.id for p in packs.draft.points].index(PLAIN)
    assert packs.draft.points[index].variant("eu-parliament") == {
        "short": "The EU hears what the regime says."
    }


def test_points_printing_default_words_that_name_another_body_are_marked(qtbot, window) -> None:
    draft = Draft.from_pack(load_pack()).copy_as("ours")
    index = [p.id for p in draft.points].index("hold-the-line")
    point = draft.points[index]
    variants = {k: v for k, v in point.variants.items() if k != "eu-parliament"}
    points = list(draft.points)
    points[index] = dataclasses.replace(point, variants=variants)
    save_user_pack(dataclasses.replace(draft, points=tuple(points)).yaml(), replace=False)
    assert window.packs.use_pack("ours")
    settle(qtbot, window)
    item = window.points.item("hold-the-line")  # a US page: its default words are the U.S. ones
    assert not item.icon(1).isNull() and "Uses its default words for US Congress." in item.toolTip(
        0
    )
    assert "another body" not in item.toolTip(0)
    assert "default words" not in window.preview.indicator.text()

    window.document.apply(with_field(window.document.brief, "audience", "eu-parliament"), "EU")
    settle(qtbot, window)
    item = window.points.item("hold-the-line")
    assert not item.icon(1).isNull()
    tip = item.toolTip(0)
    assert "Uses its default words for European Parliament." in tip and "“U.S.”" in tip
    text = window.preview.indicator.text()
    assert "1 point uses its default words for European Parliament" in text
    assert "Keep the Pressure On Belarus" in text and "(U.S.)" in text
    assert window.points.item(PLAIN).icon(1).isNull()  # same words everywhere: no mark

    window.actions.undo.trigger()  # back to the US page
    settle(qtbot, window)
    assert "another body" not in window.points.item("hold-the-line").toolTip(0)
    assert "default words" not in window.preview.indicator.text()
