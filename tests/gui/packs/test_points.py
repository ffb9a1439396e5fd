"""The pack editor's points list: its rows, the ⚠ on a point with a problem, its buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt

from briefer.gui.packs.points import ABOUT, PointsPanel, belongs
from briefer.packs.draft import Draft
from briefer.page.content import load_pack


def _panel(qtbot) -> tuple[PointsPanel, Draft]:
    panel = PointsPanel()
    qtbot.addWidget(panel)
    return panel, Draft.from_pack(load_pack())


def test_rows_name_each_point_and_mark_the_one_with_a_problem(qtbot) -> None:
    panel, draft = _panel(qtbot)
    draft = draft.with_point(1, title="")
    problems = draft.problems()
    assert any(belongs(field, 1) for field in problems)
    chosen: list[int] = []
    panel.chosen.connect(chosen.append)
    assert panel.show_draft(draft, problems, 1) == 1
    rows = panel.list
    assert rows.count() == len(draft.points) + 1 and rows.item(0).text() == "About this pack"
    assert rows.item(2).text().endswith("· (no title yet)") and not rows.item(2).icon().isNull()
    assert rows.item(1).icon().isNull() and rows.currentRow() == 2
    assert "1 problem to fix before saving" in panel.summary.text()
    assert chosen == []  # showing a draft is not a choice the user made
    rows.setCurrentRow(0)
    assert chosen == [ABOUT]


def test_a_choice_beyond_the_points_is_kept_within_the_list(qtbot) -> None:
    panel, draft = _panel(qtbot)
    assert panel.show_draft(draft, {}, 999) == len(draft.points) - 1
    assert panel.summary.text() == f"{len(draft.points)} points. No problems."


def test_buttons_follow_the_chosen_row_and_ask_for_the_change(qtbot) -> None:
    panel, draft = _panel(qtbot)
    panel.show()
    n = len(draft.points)
    panel.enable(True, ABOUT, n)
    assert panel.add_button.isEnabled() and not panel.remove_button.isEnabled()
    panel.enable(True, 0, n)
    assert not panel.up_button.isEnabled() and panel.down_button.isEnabled()
    panel.enable(True, n - 1, n)
    assert panel.up_button.isEnabled() and not panel.down_button.isEnabled()
    panel.enable(True, 0, 1)
    assert not panel.remove_button.isEnabled()  # a pack keeps at least one point
    moves: list[int] = []
    panel.move_requested.connect(moves.append)
    with qtbot.waitSignal(panel.add_requested):
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    panel.show_draft(draft, {}, 2)
    panel.enable(True, 2, n)
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.mouseClick(panel.down_button, Qt.MouseButton.LeftButton)
    assert moves == [-1, 1]
