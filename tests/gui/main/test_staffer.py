"""A staffer's name and role are separate values: typed in two fields, printed together on the
page, and the thank-you greets the staffer by name ("Dear Maria Lopez,", never with the job)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.conftest import SAMPLE_BRIEF, pdf_pages
from tests.gui.conftest import settle
from tests.gui.directory.test_keyboard_pick import press, type_text


def test_name_and_role_apart_and_the_greeting_uses_the_name(qtbot, window, tmp_path) -> None:
    brief = tmp_path / "brief.yaml"
    brief.write_text(
        SAMPLE_BRIEF.replace("staffer: Jesús García", "staffer: ''").replace(
            "2026-12-03", "2026-11-03"
        )
    )
    assert window.files.open_path(brief)
    window.show_tab(0)
    form = window.meeting_form.fields
    form["meeting.staffer"].setFocus()
    type_text(qtbot, "Maria Lopez")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "foreign policy LA")
    press(qtbot, Qt.Key.Key_Tab)
    meeting = window.document.brief.meeting
    assert (meeting.staffer, meeting.staffer_role) == ("Maria Lopez", "foreign policy LA")
    page = " ".join(pdf_pages(settle(qtbot, window).pdf)[0].split())
    assert "with Maria Lopez, foreign policy LA" in page
    dialog = window.meetings.report_for_brief()
    assert dialog.met.text() == "Maria Lopez, foreign policy LA"  # whom we met: both
    text = dialog.copy_thank_you()
    assert "Dear Maria Lopez,\n" in text and "Dear Maria Lopez, foreign" not in text
    dialog.reject()
