"""Tab follows the screen on the Meeting tab: from Location to the constituents under it, then
to the ask, the bill and the QR code; no stop on the scrolling column itself."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from briefer.gui.common.i18n import Translation


def walk(qtbot, start, steps: int, key=Qt.Key.Key_Tab) -> list[str]:
    start.setFocus()
    names = []
    for _ in range(steps):
        qtbot.keyClick(QApplication.focusWidget(), key)
        widget = QApplication.focusWidget()
        names.append(widget.accessibleName() or widget.text())
    return names


def test_tab_goes_from_location_to_the_constituents_then_the_ask(qtbot, window) -> None:
    window.show_tab(0)
    form = window.meeting_form.fields
    assert walk(qtbot, form["meeting.staffer"], 8) == [
        "Staffer's role",
        "Date",
        "Time",
        "Location",
        "Constituents attending",
        "&Add Person",
        "The ask",
        "Bill",
    ]
    assert walk(qtbot, form["ask"], 3, Qt.Key.Key_Backtab) == [
        "&Add Person",
        "Constituents attending",
        "Location",
    ]


def test_every_widget_tab_reaches_shows_its_focus(qtbot, window) -> None:
    """Walked with Tab once round the window: each widget looks different while it has the
    focus than once Tab has left it."""
    window.show_tab(0)
    first = window.meeting_form.fields["meeting.legislator"]
    first.setFocus()
    unseen, seen = [], set()
    widget = first
    for _ in range(60):
        focused = widget.grab().toImage()
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        if widget.grab().toImage() == focused and QApplication.focusWidget() is not widget:
            unseen.append(f"{type(widget).__name__} {widget.accessibleName()}")
        seen.add(id(widget))
        widget = QApplication.focusWidget()
        if widget is first:
            break
    assert len(seen) > 15 and unseen == [], unseen


def test_ctrl_2_lands_in_the_points_and_alt_down_reorders(nine_points, qtbot, window) -> None:
    """The Talking points tab by keyboard: Ctrl+2, Down to a point, Alt+Down moves it."""
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    tree = window.points.tree
    assert QApplication.focusWidget() is tree
    assert tree.currentItem() is not None  # the focus shows on a point
    current = "indicator-regime-statements"  # the first of two chosen pieces of evidence
    for _ in range(10):
        if tree.currentItem().data(0, Qt.ItemDataRole.UserRole) == current:
            break
        qtbot.keyClick(tree, Qt.Key.Key_Down)
    before = list(window.document.brief.blocks)
    assert before.index(current) < before.index("indicator-security-costs")
    qtbot.keyClick(tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    after = window.document.brief.blocks
    assert after.index(current) > after.index("indicator-security-costs")
    assert tree.currentItem().data(0, Qt.ItemDataRole.UserRole) == current  # it moved along


def test_the_import_legislators_link_is_one_tab_stop(qtbot, window) -> None:
    """With no directory, Tab from Name lands on the link (selected, Enter opens the dialog),
    and the next Tab leaves it: one stop (the label, then its link, took two)."""
    window.show_tab(0)
    hint = window.meeting_form.lookup.hint
    assert hint.isVisible()
    name = window.meeting_form.fields["meeting.legislator"]
    assert walk(qtbot, name, 2) == ["Import legislators", "Title"]
    assert walk(qtbot, window.meeting_form.fields["meeting.title"], 2, Qt.Key.Key_Backtab) == [
        "Import legislators",
        "Legislator",
    ]
    walk(qtbot, name, 1)
    assert hint.selectedText() == "import legislators…"


def test_ctrl_1_and_ctrl_3_land_in_the_tabs_first_field(qtbot, window) -> None:
    """Ctrl+3 then typing fills the Sender's Organisation (the typing went nowhere); Ctrl+1
    lands in the member's Name."""
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(QApplication.focusWidget(), "Belarus Freedom Forum")
    assert window.document.brief.sender.organization == "Belarus Freedom Forum"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.meeting_form.fields["meeting.legislator"]


def test_in_german_the_constituents_stay_under_the_meeting(qtbot, qapp, english, make_window):
    """The constituents box was placed after the group titled "Meeting": in every other language
    it went below the ask, and Tab ran from Location down to it, then back up. In German it sits
    under "Termin" and Tab from Location goes to it, then to the ask, in screen order."""
    english.uninstall(qapp)
    german = Translation("de")
    german.install(qapp)
    try:
        window = make_window()
    finally:
        german.uninstall(qapp)
        english.install(qapp)
    window.show_tab(0)
    form = window.meeting_form
    panel = window.constituents.panel
    column = panel.parentWidget().layout()
    groups = [column.itemAt(i).widget() for i in range(column.count())]
    names = [g.objectName() for g in groups if g is not None]
    assert names.index("meetingGroup") < names.index(panel.objectName()) < names.index("askGroup")
    stops = [form.fields["meeting.location"]]
    form.fields["meeting.location"].setFocus()
    while stops[-1] is not form.fields["ask"] and len(stops) < 8:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        stops.append(QApplication.focusWidget())
    assert stops[1] is panel.table and stops[-1] is form.fields["ask"], stops
    tops = [widget.mapTo(window, widget.rect().topLeft()).y() for widget in stops]
    assert tops == sorted(tops)  # each stop below the last


def test_the_talking_points_tab_goes_in_screen_order(qtbot, window) -> None:
    """From the list: Move up, Move down, then the selected point's text below them (it came
    before the list), each stop lower on screen than the last, then on to the page."""
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    panel = window.points
    stops = [QApplication.focusWidget()]
    assert stops[0] is panel.tree
    while stops[-1] is not window.preview.view and len(stops) < 12:
        qtbot.keyClick(stops[-1], Qt.Key.Key_Tab)
        stops.append(QApplication.focusWidget())
    assert stops[1:3] == [panel.up_button, panel.down_button], stops
    assert panel.editor.edit in stops and stops[-1] is window.preview.view, stops
    tops = [w.mapTo(window, w.rect().topLeft()).y() for w in stops[:-1]]
    assert tops == sorted(tops)


def test_the_text_boxes_and_the_points_list_show_their_focus(qtbot, window) -> None:
    """The Ask and Why boxes (no frame of their own in Fusion), the point's text and the points
    list (selected row blue either way) look different with the focus: the caret hidden, so it
    is the frame that shows it."""
    form, panel = window.meeting_form, window.points
    window.show_tab(0)
    for widget in (form.fields["ask"], form.why, form.fields["bill"]):
        widget.setFocus()
        if hasattr(widget, "setCursorWidth"):
            widget.setCursorWidth(0)
        focused = widget.grab().toImage()
        form.fields["meeting.location"].setFocus()
        assert widget.grab().toImage() != focused, widget.objectName()
    window.show_tab(1)
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0).child(0))
    for widget in (panel.tree, panel.editor.edit):
        widget.setFocus()
        if hasattr(widget, "setCursorWidth"):
            widget.setCursorWidth(0)
        focused = widget.grab().toImage()
        panel.up_button.setFocus()
        assert widget.grab().toImage() != focused, widget.objectName()


def test_each_tab_stop_in_the_meeting_tab_takes_the_focus_and_is_seen(qtbot, window) -> None:
    """Round the Meeting tab with Tab: every stop takes Tab focus and is on screen."""
    window.show_tab(0)
    first = window.meeting_form.fields["meeting.legislator"]
    first.setFocus()
    widget, seen = first, []
    for _ in range(60):
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        seen.append(widget)
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget
        assert widget.isVisible() and not widget.visibleRegion().isEmpty(), widget
        if widget is first:
            break
    assert len(seen) > 15 and seen[-1] is first
