"""Why this office in the app: edited (the brief saves the text), left out (the brief saves
``why: ""`` and the page has no line), or automatic again (the brief saves nothing)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from briefer.editing.ops import with_field
from briefer.gui.main.window import MainWindow
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
