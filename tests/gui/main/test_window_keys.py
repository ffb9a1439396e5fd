"""The window's shortcuts win in its text fields (real key presses, through Qt's shortcut map):
Ctrl+E exports wherever the cursor is; Ctrl+Z undoes the field's own typing, and once the field
has none, the window's last step (a member filled in from the directory)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from briefer.legislators.model import Legislator

CTRL = Qt.KeyboardModifier.ControlModifier
SHAHEEN = Legislator(
    id="S001181",
    name="Jeanne Shaheen",
    first="Jeanne",
    last="Shaheen",
    title="Senator",
    chamber="Senate",
    state="NH",
    district="",
    party="D",
    committees=(),
    office="",
    phone="",
    email="",
    url="",
)


class X11LineEdit(QObject):
    """What a QLineEdit does on X11 (the tests run offscreen, with other key bindings): it
    claims Ctrl+E, its "end of line"."""

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and QKeySequence(
            event.keyCombination()
        ) == QKeySequence("Ctrl+E"):
            event.accept()
        return False


def active(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_ctrl_e_exports_from_a_line_edit_that_claims_it(qtbot, window, seam) -> None:
    active(qtbot, window)
    staffer = window.meeting_form.fields["meeting.staffer"]
    staffer.setFocus()
    x11 = X11LineEdit(staffer)
    staffer.installEventFilter(x11)  # the field's own binding: first in line
    qtbot.keyClicks(staffer, "Jesus Garcia")
    staffer.setCursorPosition(0)
    seam.paths.append(None)  # the save dialog, cancelled
    seam.ask_answer = False  # "the page is not updated yet: export anyway?" if it comes
    qtbot.keyClick(staffer, Qt.Key.Key_E, CTRL)
    assert "save_path" in seam.names() or "ask" in seam.names()  # the export began
    assert staffer.cursorPosition() == 0 and staffer.text() == "Jesus Garcia"


def test_ctrl_z_undoes_the_fill_when_the_field_has_nothing_to_undo(qtbot, window) -> None:
    active(qtbot, window)
    form = window.meeting_form
    before = window.document.brief
    form.fill_member(SHAHEEN)
    title = form.fields["meeting.title"]
    title.setFocus()
    assert window.document.brief.meeting.legislator == "Jeanne Shaheen"
    qtbot.keyClick(title, Qt.Key.Key_Z, CTRL)
    assert window.document.brief == before  # Edit › Undo "Fill in Jeanne Shaheen"
    redo = window.actions.redo.shortcut()[0]  # Ctrl+Shift+Z on X11, Ctrl+Y elsewhere
    qtbot.keyClick(title, redo.key(), redo.keyboardModifiers())
    assert window.document.brief.meeting.legislator == "Jeanne Shaheen"  # and Redo

    staffer = form.fields["meeting.staffer"]
    staffer.setFocus()
    qtbot.keyClicks(staffer, "Ann")
    qtbot.keyClick(staffer, Qt.Key.Key_Z, CTRL)  # the field's own typing first
    assert staffer.text() == "" and window.document.brief.meeting.legislator == "Jeanne Shaheen"
