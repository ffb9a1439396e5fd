"""The talking-points list always shows the brief as it is now, and the build of that brief: after
Apply suggestions, undo, redo, a reorder and opening a file, its ticks, counts, marks and tooltips
are never those of an earlier brief (issue 9, item 6)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from briefer.editing.ops import chosen, chosen_of_kind
from briefer.gui.main.block_editor import BlockEditor
from briefer.gui.main.blocks_panel import ID, PENDING
from briefer.gui.main.window import MainWindow
from briefer.page.audience import audience_for
from tests.gui.common.mnemonics import text_room
from tests.gui.conftest import settle


def check_list(window: MainWindow, *, built: bool) -> None:
    """Every row of the list against the document's brief (and, once ``built``, its plan)."""
    panel, brief, pack = window.points, window.document.brief, window.document.pack
    on = chosen(brief, pack)
    plan = window.preview.outcome.plan if built else None
    if built:
        assert window.preview.outcome.brief == brief
    for group in panel._groups():
        kind = group.data(0, ID)
        first = chosen_of_kind(brief, pack, kind)
        ids = [group.child(i).data(0, ID) for i in range(group.childCount())]
        assert ids[: len(first)] == first  # chosen first, in the page's order
        assert group.text(1) == f"{len(first)} of {len(ids)}"
        for i in range(group.childCount()):
            item = group.child(i)
            block_id = item.data(0, ID)
            block = pack.block(block_id, audience_for(brief).id)  # the words the page prints
            ticked = item.checkState(0) == Qt.CheckState.Checked
            assert ticked == (block_id in on), block_id
            if not ticked:
                assert item.text(1) == "", block_id
                assert block.short in item.toolTip(0)
            elif plan is None:
                assert item.text(1) == PENDING, (block_id, item.text(1))
            else:
                variant = plan.variants[block_id]
                assert item.text(1) == variant, (block_id, item.text(1), variant)
                text = block.long if variant == "long" else block.short
                assert text in item.toolTip(0) and f"its {variant} text" in item.toolTip(0)
    assert panel.count.text().startswith(f"{len(on)} point")


def step(qtbot, window: MainWindow, action) -> None:
    """Do ``action``; the list follows the brief at once, and the build of it once it is there."""
    action()
    check_list(window, built=False)
    settle(qtbot, window)
    check_list(window, built=True)


def test_the_list_follows_suggestions_undo_redo_reorder_and_open(
    qtbot, window: MainWindow, sample_brief: Path
) -> None:
    settle(qtbot, window)
    check_list(window, built=True)
    window.show_tab(0)
    qtbot.keyClicks(window.meeting_form.fields["meeting.committees"], "Foreign Relations")
    settle(qtbot, window)
    window.show_tab(1)
    apply = window.suggestions.apply_button
    assert apply.isVisible() and apply.isEnabled()
    before = window.document.brief.blocks
    step(qtbot, window, lambda: qtbot.mouseClick(apply, Qt.MouseButton.LeftButton))
    assert window.document.brief.blocks != before
    # The suggested points fit in their long form; the old page had most in short form.
    assert "long" in window.preview.outcome.plan.variants.values()

    step(qtbot, window, window.actions.undo.trigger)
    assert window.document.brief.blocks == before
    step(qtbot, window, window.actions.redo.trigger)

    tree = window.points.tree
    myths = chosen_of_kind(window.document.brief, window.document.pack, "misconception")
    assert len(myths) >= 2
    tree.setCurrentItem(window.points.item(myths[-1]))
    tree.setFocus()
    alt = Qt.KeyboardModifier.AltModifier
    step(qtbot, window, lambda: qtbot.keyClick(tree, Qt.Key.Key_Up, alt))
    assert chosen_of_kind(window.document.brief, window.document.pack, "misconception") == [
        *myths[:-2],
        myths[-1],
        myths[-2],
    ]

    window.document.stack.setClean()  # nothing to save: opening replaces the brief
    step(qtbot, window, lambda: window.files.open_path(sample_brief))
    assert window.document.path == sample_brief.resolve()


def test_a_half_shown_row_is_repainted_when_the_order_changes(qtbot, window: MainWindow) -> None:
    """Qt repaints only the rows it sees change; a row cut by the list's edge kept the old
    title on screen after a reorder (seen after Apply suggestions)."""
    from PySide6.QtGui import QGuiApplication

    from briefer.editing.ops import with_blocks

    recs = ["rec-enforce-and-prosecute", "rec-expand-gradually", "rec-consistent-with-russia"]
    window.show_tab(1)
    brief = window.document.brief
    window.document.apply(with_blocks(brief, ["hold-the-line", recs[0]]), "Choose")
    settle(qtbot, window)
    tree = window.points.tree
    last = window.points.item(recs[2])
    assert last.parent().indexOfChild(last) == 2
    tree.scrollToItem(last)
    qtbot.wait(50)
    rect = tree.visualItemRect(last)
    tree.setFixedHeight(tree.viewport().mapTo(tree, rect.center()).y() + tree.frameWidth())
    qtbot.wait(100)
    rect = tree.visualItemRect(last)
    viewport = tree.viewport()
    assert rect.top() < viewport.height() < rect.bottom()  # the row is cut by the edge

    window.document.apply(with_blocks(brief, ["hold-the-line", recs[2]]), "Reorder")
    assert window.points.item(recs[0]).parent().indexOfChild(window.points.item(recs[0])) == 2

    def on_screen_is_the_list() -> None:
        origin = viewport.mapToGlobal(viewport.rect().topLeft())
        screen = QGuiApplication.primaryScreen().grabWindow(
            0, origin.x(), origin.y(), viewport.width(), viewport.height()
        )
        shown = screen.toImage()
        drawn = viewport.grab().toImage().convertToFormat(shown.format())
        assert shown == drawn

    qtbot.wait(200)
    qtbot.waitUntil(on_screen_is_the_list, timeout=2000)


def test_keep_in_my_pack_shows_its_whole_text_beside_its_arrow(qtbot, window: MainWindow) -> None:
    keep = window.findChild(BlockEditor).keep_button
    window.tabs.setCurrentIndex(1)
    window.findChild(BlockEditor).show_block(window.document.brief.blocks[0])
    qtbot.waitUntil(keep.isVisible)
    asks, needs = text_room(keep)
    assert asks >= needs and keep.width() >= needs, (asks, keep.width(), needs)


def test_space_going_down_the_list_unticks_the_points_under_the_cursor(qtbot, window) -> None:
    """Down to a chosen point, Space: it leaves the page and goes to the end of its section, but
    the cursor stays on its row (now the next point), so Down, Space acts on the point the user
    sees there, not on one further down (as it did when the cursor followed the moved row)."""
    from PySide6.QtWidgets import QApplication

    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    tree = window.points.tree
    assert QApplication.focusWidget() is tree
    pack = window.document.pack
    group = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).childCount() >= 3
    )
    for block_id in [group.child(i).data(0, ID) for i in range(3)]:
        window.points.set_chosen(block_id, True)  # three chosen, first in the section
    assert len(chosen_of_kind(window.document.brief, pack, group.data(0, ID))) >= 3
    first, second, third = (group.child(i).data(0, ID) for i in range(3))
    tree.setCurrentItem(group.child(0))
    qtbot.keyClick(tree, Qt.Key.Key_Space)  # leave out the first
    assert first not in chosen(window.document.brief, pack)
    assert tree.currentItem().data(0, ID) == second  # the row the cursor was on
    assert group.indexOfChild(tree.currentItem()) == 0
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert tree.currentItem().data(0, ID) == third
    qtbot.keyClick(tree, Qt.Key.Key_Space)  # leave out what is under the cursor
    on = chosen(window.document.brief, pack)
    assert third not in on and second in on
