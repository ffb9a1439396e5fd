"""Why this office in the app: edited (the brief saves the text), left out (the brief saves
``why: ""`` and the page has no line), or automatic again (the brief saves nothing)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QRegion

from briefer.editing.ops import with_field
from briefer.gui.main.window import MainWindow
from briefer.page.office import why_line
from tests.conftest import pdf_pages
from tests.gui.conftest import settle

BUILT = "Senator Jeanne Shaheen sits on the Foreign Relations Committee"
OURS = "She chairs the caucus that wrote the resolution."


def page(qtbot, window: MainWindow) -> str:
    return " ".join(pdf_pages(settle(qtbot, window).pdf)[0].split())


def saved(window: MainWindow, seam, path: Path) -> str:
    seam.paths = [path]
    window.actions.save_as.trigger()
    return path.read_text(encoding="utf-8")


def test_why_this_office_edited_left_out_and_automatic_again(qtbot, window, seam, tmp_path):
    brief = window.document.brief
    for field, value in (
        ("meeting.legislator", "Jeanne Shaheen"),
        ("meeting.title", "Senator"),
        ("meeting.state", "NH"),
        ("meeting.committees", ["Foreign Relations"]),
    ):
        brief = with_field(brief, field, value)  # fmt: skip
    window.document.apply(brief, "Shaheen")
    form = window.meeting_form
    why, off = form.fields["why"], form.why_off
    assert BUILT in why.placeholderText() and not off.isChecked()
    assert BUILT in page(qtbot, window)

    qtbot.keyClicks(why, OURS)  # edited: the brief's own line
    assert window.document.brief.why == OURS
    assert OURS in page(qtbot, window) and BUILT not in page(qtbot, window)
    assert f"why: {OURS}" in saved(window, seam, tmp_path / "edited.yaml")

    off.setFocus()
    qtbot.keyClick(off, Qt.Key.Key_Space)  # left out
    assert off.isChecked() and window.document.brief.why == "" and not why.isEnabled()
    text = page(qtbot, window)
    assert OURS not in text and BUILT not in text
    assert "why: ''" in saved(window, seam, tmp_path / "left-out.yaml")

    qtbot.keyClick(off, Qt.Key.Key_Space)  # the built line again
    assert window.document.brief.why is None and why.isEnabled() and why.toPlainText() == ""
    assert BUILT in page(qtbot, window)
    assert "why" not in saved(window, seam, tmp_path / "automatic.yaml")

    window.actions.undo.trigger()  # undo brings the box back to "left out"
    assert off.isChecked() and not why.isEnabled()


class _Paints(QObject):
    """The region of a widget painted since it was last cleared."""

    def __init__(self) -> None:
        super().__init__()
        self.region = QRegion()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.region += event.region()
        return False


def test_the_why_placeholder_follows_another_member(qtbot, window) -> None:
    """Typing a name not in the directory over Shaheen's: the grey line is what the page would
    print for the new name (painted whole: see the next test)."""
    brief = window.document.brief
    for field, value in (
        ("meeting.legislator", "Jeanne Shaheen"),
        ("meeting.title", "Senator"),
        ("meeting.state", "NH"),
        ("meeting.committees", ["Foreign Relations", "Armed Services"]),
    ):
        brief = with_field(brief, field, value)  # fmt: skip
    window.document.apply(brief, "Shaheen")
    why, name = window.meeting_form.fields["why"], window.meeting_form.fields["meeting.legislator"]
    qtbot.waitUntil(lambda: BUILT in why.placeholderText())
    name.setFocus()
    qtbot.keyClick(name, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(name, "Anna Example")
    qtbot.keyClick(name, Qt.Key.Key_Tab)
    expected = why_line(window.document.brief.model_copy(update={"why": None}))
    assert "Shaheen" not in why.placeholderText() and "Anna Example" in expected
    assert why.placeholderText() == expected  # what the page would print


def test_a_changed_placeholder_is_painted_whole(qtbot) -> None:
    """Qt repaints a plain text box's placeholder only when it appears or goes; the form's
    ``set_placeholder`` has the whole box painted again, so no line of the old one stays."""
    from PySide6.QtWidgets import QPlainTextEdit

    from briefer.gui.main.ask_field import set_placeholder

    box = QPlainTextEdit()
    qtbot.addWidget(box)
    box.setPlaceholderText("Senator Jeanne Shaheen sits on the Foreign Relations Committee")
    box.show()
    paints = _Paints()
    box.viewport().installEventFilter(paints)
    qtbot.waitUntil(lambda: paints.region.contains(box.viewport().rect()))
    qtbot.wait(50)
    paints.region = QRegion()
    box.setPlaceholderText("Qt's own call: nothing is painted again")
    qtbot.wait(50)
    assert paints.region.isEmpty()  # why the old line stayed on screen
    set_placeholder(box, "Senator Anna Example")
    qtbot.waitUntil(lambda: paints.region.contains(box.viewport().rect()))
    assert box.placeholderText() == "Senator Anna Example"
