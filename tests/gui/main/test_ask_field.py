"""The Ask field shows the ask the page prints: left as the pack's, the brief's ask follows the
audience, and the field shows the audience's sentence (with a note), not the pack's generic one."""

from __future__ import annotations

from PySide6.QtCore import Qt

from briefer.editing.ops import with_field
from briefer.gui.main.window import MainWindow
from tests.conftest import pdf_pages
from tests.gui.conftest import settle


def page(qtbot, window: MainWindow) -> str:
    return " ".join(pdf_pages(settle(qtbot, window).pdf)[0].split())


def test_the_ask_field_shows_what_the_page_prints(qtbot, window: MainWindow) -> None:
    pack, form = window.document.pack, window.meeting_form
    box = form.fields["ask"]
    brief = window.document.brief
    assert brief.ask == pack.ask  # a new brief leaves its ask as the pack's
    for field, value in (
        ("meeting.legislator", "Jeanne Shaheen"),
        ("meeting.title", "Senator"),
        ("meeting.chamber", "Senate"),
        ("meeting.state", "NH"),
    ):
        brief = with_field(brief, field, value)
    window.document.apply(brief, "Shaheen")
    congress = pack.asks["us-congress"]
    assert box.toPlainText() == congress  # not "Urge the Administration, …"
    assert not form.ask_note.isHidden() and "follows the audience" in form.ask_note.text().lower()
    assert congress[:60] in page(qtbot, window)

    brief = with_field(window.document.brief, "meeting.title", "MEP")
    window.document.apply(with_field(brief, "meeting.chamber", "European Parliament"), "MEP")
    assert box.toPlainText() == pack.asks["eu-parliament"]  # it follows the audience
    window.actions.undo.trigger()
    assert box.toPlainText() == congress

    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(box, " Before March.")  # edited: the brief's own, as seen
    assert window.document.brief.ask == congress + " Before March."
    assert form.ask_note.isHidden()
    assert "Before March." in page(qtbot, window)
