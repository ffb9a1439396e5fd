"""The pack editor's words per audience and labels, on the real window: pick the audience (the
brief's at first), write a point's words for it and see them on the page, clear them to fall back
to the default text; the claim and the response named as such; the pack's labels typed, checked
against their length, saved."""

from __future__ import annotations

from PySide6.QtCore import Qt

from briefer.editing.ops import with_field
from briefer.packs import user_packs_dir
from briefer.page.content import load_pack
from tests.conftest import pdf_pages
from tests.gui.packs.test_editor import _close_editors, select, settled, start  # noqa: F401

POINT = "indicator-regime-statements"  # chosen in the starter brief, no words per audience
OURS = "The regime's own statements show the sanctions bite, says Brussels."


def clear_and_type(qtbot, box, text: str) -> None:
    box.setFocus()
    box.selectAll()
    qtbot.keyClick(box, Qt.Key.Key_Delete)
    if text:
        qtbot.keyClicks(box, text)


def test_write_a_points_words_for_the_briefs_audience_and_clear_them(
    nine_points, qtbot, window, seam
):
    window.document.apply(with_field(window.document.brief, "audience", "eu-parliament"), "eu")
    editor = start(qtbot, window)
    original = editor.draft
    index = [p.id for p in editor.draft.points].index(POINT)
    select(editor, index)
    box = editor.point_form.variants
    assert box.audience == "eu-parliament"  # the brief's audience
    assert box.state.text().startswith("Uses the default text for European Parliament")
    short = box.fields["short"]
    assert short.text() == "" and editor.draft.points[index].short in short.input.placeholderText()
    assert short.caption.text() == "<b>Short text</b> — European Parliament"
    default_words = len(editor.draft.points[index].short.split())
    assert short.count.text() == f"the default text: {default_words} words"

    clear_and_type(qtbot, short.input, OURS)
    assert editor.draft.points[index].variant("eu-parliament") == {"short": OURS}
    assert short.count.text() == "10 / 30 words (aim for 25)"
    assert box.state.text().startswith("Its own words for European Parliament")
    assert box.audience_box.currentText() == "European Parliament ✓"
    outcome = settled(qtbot, editor)
    assert outcome.plan.variants.get(POINT) == "short"
    page = " ".join(pdf_pages(outcome.pdf)[0].split())
    assert "says Brussels" in page

    clear_and_type(qtbot, short.input, "")  # empty: the default text again, the pack as it was
    assert editor.draft == original and editor.draft.yaml() == original.yaml()
    assert box.state.text().startswith("Uses the default text")

    clear_and_type(qtbot, short.input, " ".join(["word"] * 33))
    assert short.problem.text() == "33 words: keep it to 30 or fewer"
    box.audience_box.setFocus()
    qtbot.keyClick(box.audience_box, Qt.Key.Key_Up)  # another audience: the problem stays named
    assert box.audience == "us-state" and not short.problem.isVisible()
    problem = editor.point_form.problem.text()
    assert problem == "European Parliament, Short text: 33 words: keep it to 30 or fewer"
    editor.save_action.trigger()
    assert not user_packs_dir().exists() and box.audience == "eu-parliament"
    assert short.problem.isVisible() and short.input.hasFocus()

    clear_and_type(qtbot, short.input, OURS)
    assert editor.save()
    saved = load_pack(user_packs_dir() / "my-belarus-sanctions" / "pack.yaml")
    assert saved.block(POINT, "eu-parliament").short == OURS
    assert saved.block(POINT, "us-congress").short == load_pack().block(POINT).short
    assert seam.names() == []


def test_a_misconceptions_claim_and_response_and_the_packs_labels(qtbot, window):
    editor = start(qtbot, window)
    index = [p.id for p in editor.draft.points].index("myth-pushes-to-russia")
    select(editor, index)
    fields = editor.point_fields
    assert fields["claim"].caption.text() == "<b>Claim (what its proponents conclude)</b>"
    assert fields["short"].caption.text() == "<b>Response, short</b>"
    assert fields["long"].input.accessibleName() == "Response, long"
    assert editor.point_form.variants.fields["claim"].isVisibleTo(editor)

    select(editor, -1)
    label = editor.about_fields["labels.claim"]
    assert label.text() == "They say"
    clear_and_type(qtbot, label.input, "What the critics of sanctions say")
    assert label.problem.text() == "too long: 33 characters, at most 24"
    assert "Label of a claim" in label.caption.text()
    clear_and_type(qtbot, label.input, "Critics say")
    assert editor.draft.labels == {"claim": "Critics say", "response": "In fact"}
    page = " ".join(pdf_pages(settled(qtbot, editor).pdf)[0].split())
    assert "Critics say" in page and "They say" not in page
    assert editor.save()
    assert load_pack(user_packs_dir() / "my-belarus-sanctions" / "pack.yaml").labels.claim == (
        "Critics say"
    )


def test_the_editor_follows_the_briefs_audience_when_it_changes(qtbot, window):
    """Opened on the brief's audience; the audience changed in the main window (the Template
    Gallery's Audience, by keys): the editor shows that audience's words; a choice made in the
    editor stays until the brief's audience changes again."""
    editor = start(qtbot, window)
    select(editor, [p.id for p in editor.draft.points].index(POINT))
    box = editor.point_form.variants
    assert box.audience == "us-congress"
    gallery = window.show_gallery()
    qtbot.addWidget(gallery)
    gallery.audience.setFocus()
    qtbot.keyClick(gallery.audience, Qt.Key.Key_End)  # the last: National parliament
    assert window.document.brief.audience == "national-parliament"
    assert box.audience == "national-parliament"
    assert box.state.text().startswith("Uses the default text for National parliament")
    box.audience_box.setFocus()
    qtbot.keyClick(box.audience_box, Qt.Key.Key_Home)  # the editor's own choice
    assert box.audience == "us-congress"
    brief = window.document.brief
    window.document.apply(with_field(brief, "bill", "S. 1234"), "Bill")  # not its audience
    assert window.document.brief.bill == "S. 1234" and box.audience == "us-congress"
    qtbot.keyClick(gallery.audience, Qt.Key.Key_Up)  # European Parliament
    assert window.document.brief.audience == "eu-parliament" and box.audience == "eu-parliament"
    gallery.close()
