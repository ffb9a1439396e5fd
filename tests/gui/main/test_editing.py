"""Editing on the real window: points, text, order, undo and redo, and the live preview."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent

from briefer.gui.main.window import MainWindow
from tests.conftest import pdf_pages
from tests.gui.conftest import settle

LONG_EDIT = " ".join(["Sanctions"] + ["work"] * 79)  # 80 words


def choose(qtbot, window: MainWindow, block_id: str) -> None:
    """Tick a point the way a keyboard user does: select it and press Space."""
    window.show_tab(1)
    tree = window.points.tree
    item = window.points.item(block_id)
    tree.setCurrentItem(item)
    qtbot.keyClick(tree, Qt.Key.Key_Space)


def test_toggling_a_point_updates_the_plan_and_the_preview(qtbot, window: MainWindow) -> None:
    assert "context-2020-protests" not in window.document.brief.blocks
    choose(qtbot, window, "context-2020-protests")
    assert "context-2020-protests" in window.document.brief.blocks
    outcome = settle(qtbot, window)
    assert outcome.fits and "context-2020-protests" in outcome.plan.variants
    assert window.preview.document.pageCount() == 1
    assert "2020" in pdf_pages(outcome.pdf)[0]
    assert window.points.item("context-2020-protests").text(1) in ("short", "long")
    assert window.isWindowModified()

    choose(qtbot, window, "context-2020-protests")  # and off again
    assert "context-2020-protests" not in settle(qtbot, window).plan.variants


def test_typing_merges_into_one_undo_step(qtbot, window: MainWindow) -> None:
    window.show_tab(0)
    name = window.meeting_form.fields["meeting.legislator"]
    qtbot.keyClicks(name, "Jeanne Shaheen")
    assert window.document.brief.meeting.legislator == "Jeanne Shaheen"
    assert window.document.stack.count() == 1
    state = window.meeting_form.fields["meeting.state"]
    qtbot.keyClicks(state, "NH")
    assert window.document.stack.count() == 2
    assert "Senator" not in pdf_pages(settle(qtbot, window).pdf)[0]
    assert "Jeanne Shaheen" in pdf_pages(settle(qtbot, window).pdf)[0]

    window.actions.undo.trigger()
    assert window.document.brief.meeting.state == "" and state.text() == ""
    window.actions.undo.trigger()
    assert window.document.brief.meeting.legislator == "" and name.text() == ""
    assert not window.isWindowModified()
    window.actions.redo.trigger()
    assert name.text() == "Jeanne Shaheen"
    assert "Jeanne Shaheen" in pdf_pages(settle(qtbot, window).pdf)[0]


def test_every_kind_of_field_edits_the_brief(qtbot, window: MainWindow) -> None:
    form = window.meeting_form
    qtbot.keyClicks(form.fields["meeting.committees"], "Foreign Relations, Banking")
    assert window.document.brief.meeting.committees == ["Foreign Relations", "Banking"]
    form.fields["meeting.title"].setCurrentText("Senator")
    assert window.document.brief.meeting.title == "Senator"
    qtbot.keyClicks(form.date.edit, "Dec 3, 2026")
    qtbot.keyClick(form.date.edit, Qt.Key.Key_Return)
    assert window.document.brief.meeting.date is not None
    form.date.edit.clear()
    qtbot.keyClick(form.date.edit, Qt.Key.Key_Return)
    assert window.document.brief.meeting.date is None
    ask = form.fields["ask"]
    ask.clear()
    qtbot.keyClicks(ask, "Support S. 1234.")
    assert window.document.brief.ask == "Support S. 1234."
    window.pickers.paper_box.setCurrentIndex(window.pickers.paper_box.findData("a4"))
    window.pickers.paper_box.activated.emit(window.pickers.paper_box.currentIndex())
    assert window.document.brief.paper == "a4"
    assert settle(qtbot, window).plan.page.name == "a4"
    window.actions.undo.trigger()
    assert window.document.brief.paper != "a4"
    assert window.pickers.paper_box.currentData() == "letter"
    myth_fact = next(a for a in window.pickers.template_menu.actions() if a.data() == "myth-fact")
    myth_fact.trigger()
    assert window.pickers.template_box.currentData() == "myth-fact"
    assert settle(qtbot, window).plan.template == "myth-fact"


def test_editing_a_points_text_shows_edited_and_resets(qtbot, window: MainWindow) -> None:
    window.show_tab(1)
    window.points.tree.setCurrentItem(window.points.item("hold-the-line"))
    editor = window.points.editor
    assert editor.block_id == "hold-the-line" and editor.badge.isHidden()
    qtbot.keyClicks(editor.edit, "Our own words for this office.")
    assert window.document.brief.edits == {"hold-the-line": "Our own words for this office."}
    assert window.document.stack.count() == 1
    assert not editor.badge.isHidden() and editor.reset_button.isEnabled()
    assert "Our own words for this office" in pdf_pages(settle(qtbot, window).pdf)[0]
    assert window.points.item("hold-the-line").text(1) == "your text"

    qtbot.mouseClick(editor.reset_button, Qt.MouseButton.LeftButton)
    assert window.document.brief.edits == {}
    assert editor.badge.isHidden() and editor.edit.toPlainText() == ""
    window.actions.undo.trigger()
    assert editor.edit.toPlainText() == "Our own words for this office."


def test_moving_a_point_within_its_section(nine_points, qtbot, window: MainWindow) -> None:
    recs = ["rec-expand-gradually", "rec-consistent-with-russia", "rec-enforce-and-prosecute"]
    window.show_tab(1)
    tree = window.points.tree
    tree.setCurrentItem(window.points.item("rec-enforce-and-prosecute"))
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    blocks = window.document.brief.blocks
    assert [b for b in blocks if b.startswith("rec-")] == [recs[0], recs[2], recs[1]]
    assert [b for b in blocks if not b.startswith("rec-")] == [
        b for b in nine_points if not b.startswith("rec-")
    ]
    plan = settle(qtbot, window).plan
    assert [b for b in plan.variants if b.startswith("rec-")] == [recs[0], recs[2], recs[1]]
    group = window.points.item(recs[0]).parent()
    assert [group.child(i).data(0, Qt.ItemDataRole.UserRole) for i in range(3)] == [
        recs[0],
        recs[2],
        recs[1],
    ]
    window.actions.undo.trigger()
    assert [b for b in window.document.brief.blocks if b.startswith("rec-")] == recs


def test_dragging_a_point_reorders_within_its_kind_only(
    nine_points, qtbot, window: MainWindow
) -> None:
    window.show_tab(1)
    tree = window.points.tree
    first, last = (
        window.points.item("rec-expand-gradually"),
        window.points.item("rec-enforce-and-prosecute"),
    )
    tree.setCurrentItem(last)
    tree.scrollToItem(first)

    def drop_on(item) -> None:
        rect = tree.visualItemRect(item)
        point = QPointF(rect.center().x(), rect.top() + 2)
        mime = tree.model().mimeData([tree.indexFromItem(last)])
        event = QDropEvent(
            point, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )  # fmt: skip
        event.source = lambda: tree  # the drag came from the tree itself
        tree.dropEvent(event)

    drop_on(first)
    qtbot.waitUntil(lambda: window.document.brief.blocks[-3] == "rec-enforce-and-prosecute")
    assert window.document.stack.undoText() == "Reorder Recommendations"
    before = list(window.document.brief.blocks)
    tree.setCurrentItem(window.points.item("rec-enforce-and-prosecute"))
    drop_on(window.points.item("hold-the-line"))  # another kind: refused
    qtbot.wait(50)
    assert window.document.brief.blocks == before
    assert isinstance(QMimeData(), QMimeData)


def test_too_much_chosen_says_what_to_cut_and_refuses_export(
    qtbot, window: MainWindow, seam, tmp_path
) -> None:
    pack = window.document.pack
    brief = window.document.brief.model_copy(
        update={
            "blocks": [b.id for b in pack.blocks],
            "edits": {b.id: LONG_EDIT for b in pack.blocks},
        }
    )
    window.document.apply(brief, "Choose everything")
    outcome = settle(qtbot, window)
    assert outcome.too_long and not window.preview.fits
    text = window.preview.indicator.text()
    count = len(outcome.error.candidates)
    assert text.startswith(f"<b>Too long:</b> Leave out these {count} points to fit: “")
    assert all(pack.block(b).title in text for b in outcome.error.candidates)  # and which
    assert text.endswith(". Or shorten your texts for them.")
    assert window.points.item(outcome.error.candidates[0]).text(1) == "too long: cut?"
    assert window.preview.document.pageCount() == 1  # the last page that fitted, dimmed

    seam.paths = [tmp_path / "out.pdf"]
    window.actions.export_pdf.trigger()
    assert seam.names() == ["error"]
    assert "does not fit on one page" in seam.texts("error")[0]
    assert pack.block(outcome.error.candidates[0]).title in seam.texts("error")[0]
    assert outcome.error.candidates[0] not in seam.texts("error")[0]  # titles, not ids
    assert not (tmp_path / "out.pdf").exists()

    window.actions.undo.trigger()
    assert settle(qtbot, window).fits
    assert window.preview.indicator.text().startswith("<b>Fits on one page at")


def test_a_value_that_is_too_long_is_reported_not_rendered(qtbot, window: MainWindow) -> None:
    window.meeting_form.fields["ask"].setPlainText("x" * 2100)
    outcome = settle(qtbot, window)
    assert not outcome.fits
    assert "Cannot build the page — Ask:" in window.preview.indicator.text()


def test_a_burst_of_typing_renders_the_first_and_the_latest_only(qtbot, window: MainWindow) -> None:
    seen = []
    window.preview.preview_ready.connect(seen.append)
    qtbot.keyClicks(window.meeting_form.fields["meeting.legislator"], "Jeanne Shaheen")
    outcome = settle(qtbot, window)
    assert outcome.brief.meeting.legislator == "Jeanne Shaheen"
    assert 1 <= len(seen) <= 2  # at once for the first key, then once typing pauses
    assert seen[-1] is outcome


def test_at_the_smallest_window_nothing_on_the_points_tab_runs_off_its_side(
    qtbot, window: MainWindow
) -> None:
    """The word count under a point's text wraps: no sideways scrolling, no button pushed out
    of sight."""
    from PySide6.QtWidgets import QScrollArea

    from briefer.editing.ops import with_edit

    window.resize(*window.minimumSize().toTuple())
    window.show_tab(1)
    window.points.editor.show_block("hold-the-line")
    window.document.apply(
        with_edit(window.document.brief, "hold-the-line", "Our words. " * 30), "e"
    )
    settle(qtbot, window)
    qtbot.wait(50)
    for area in window.points.editor.findChildren(QScrollArea):
        assert area.widget().minimumSizeHint().width() <= area.viewport().width()
        assert not area.horizontalScrollBar().isVisible()


def test_a_long_value_filled_in_shows_from_its_start(qtbot, window: MainWindow) -> None:
    from briefer.editing.ops import with_field

    committees = [f"Committee on Subject Number {n}" for n in range(8)]
    window.document.apply(with_field(window.document.brief, "meeting.committees", committees), "c")
    field = window.meeting_form.fields["meeting.committees"]
    assert field.text().startswith("Committee on Subject Number 0")
    assert field.cursorPosition() == 0  # scrolled to its start, not its end


def test_bill_title_why_this_office_and_who_we_are_are_typed_and_printed(
    qtbot, window: MainWindow
) -> None:
    """The ask's bill title, the why-this-office line (empty: the one built for the member, shown
    as the placeholder) and the sender's one line about the organisation reach the page."""
    form = window.meeting_form
    legislator = form.fields["meeting.legislator"]
    legislator.clear()
    qtbot.keyClicks(legislator, "Jeanne Shaheen")
    form.fields["meeting.title"].setCurrentText("Senator")
    qtbot.keyClicks(form.fields["meeting.state"], "NH")
    qtbot.keyClicks(form.fields["meeting.committees"], "Foreign Relations")
    qtbot.keyClicks(form.fields["bill_title"], "Belarus Democracy Act")
    assert window.document.brief.bill_title == "Belarus Democracy Act"
    why = form.fields["why"]
    assert why.placeholderText() == (
        "Senator Jeanne Shaheen sits on the Foreign Relations Committee and represents NH."
    )
    assert window.document.brief.why is None
    page = " ".join(pdf_pages(settle(qtbot, window).pdf)[0].split())
    assert "Senator Jeanne Shaheen sits on the Foreign Relations Committee" in page
    qtbot.keyClicks(why, "She wrote the resolution we thank her for.")
    assert window.document.brief.why == "She wrote the resolution we thank her for."
    why.selectAll()
    qtbot.keyClick(why, Qt.Key.Key_Delete)
    assert window.document.brief.why is None  # empty again: the built line
    about = window.sender_form.fields["sender.about"]
    qtbot.keyClicks(about, "Belarusians abroad working for a free Belarus.")
    assert window.document.brief.sender.about == "Belarusians abroad working for a free Belarus."
    page = " ".join(pdf_pages(settle(qtbot, window).pdf)[0].split())
    assert "Belarus Democracy Act" in page
    assert "Belarusians abroad working for a free Belarus." in page


def test_a_points_text_is_shown_in_the_words_of_the_briefs_audience(
    qtbot, window: MainWindow
) -> None:
    """The point's texts beside the tree are the words the page prints for the brief's audience,
    and follow it when the audience changes."""
    window.show_tab(1)
    window.points.tree.setCurrentItem(window.points.item("rec-expand-gradually"))
    editor = window.points.editor
    brief = window.document.brief
    window.document.apply(brief.model_copy(update={"audience": "us-congress"}), "Audience")
    assert editor.short_text.text().startswith("Congress should press the Administration")
    brief = window.document.brief
    window.document.apply(brief.model_copy(update={"audience": "eu-parliament"}), "Audience")
    assert editor.short_text.text().startswith("The EU should keep widening")
    page = " ".join(pdf_pages(settle(qtbot, window).pdf)[0].split())
    assert "The EU should keep widening" in page or "The EU, with its democratic allies" in page
