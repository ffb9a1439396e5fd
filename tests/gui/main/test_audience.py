"""An audience that is not the member's is flagged: a US senator under "European Parliament" is a
note in the fit indicator; and a lobby day's base brief's audience does not override each row's
member's."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt

from tests.gui.conftest import settle
from tests.gui.directory.test_keyboard_pick import press, type_text
from tests.gui.lobby.test_dialog import build, open_dialog


def choose_audience(qtbot, window, audience: str | None) -> None:
    gallery = window.show_gallery()
    qtbot.addWidget(gallery)
    index = gallery.audience.findData(audience)
    gallery.audience.setCurrentIndex(index)
    gallery.audience.activated.emit(index)
    gallery.close()


def test_a_us_senator_under_the_european_parliament_is_flagged(
    qtbot, with_zips, make_window
) -> None:
    window = make_window()
    window.show_tab(0)
    window.meeting_form.fields["meeting.legislator"].setFocus()
    type_text(qtbot, "Jeanne Shaheen")
    press(qtbot, Qt.Key.Key_Escape)
    press(qtbot, Qt.Key.Key_Tab)
    assert "Fits on one page" in window.preview.indicator.text()
    assert "sits in" not in window.preview.indicator.text()
    choose_audience(qtbot, window, "eu-parliament")
    assert window.document.brief.audience == "eu-parliament"
    settle(qtbot, window)
    text = window.preview.indicator.text()
    assert "Note: the audience is European Parliament" in text
    assert "Senator Jeanne Shaheen sits in US Congress" in text
    choose_audience(qtbot, window, "us-congress")
    settle(qtbot, window)
    assert "sits in" not in window.preview.indicator.text()


def test_a_lobby_days_base_audience_does_not_override_the_members(
    qtbot, with_zips, make_window, seam, tmp_path: Path
) -> None:
    window = make_window()
    choose_audience(qtbot, window, "eu-parliament")  # the base brief: for an MEP
    csv_path, out = tmp_path / "meetings.csv", tmp_path / "packs"
    csv_path.write_text("legislator,date,time\nJeanne Shaheen,2026-12-03,10:30\n")
    out.mkdir()
    dialog = open_dialog(qtbot, window, csv_path, out, seam)
    build(qtbot, dialog)
    page = PdfReader(io.BytesIO((out / "2026-12-03_1030_jeanne-shaheen.pdf").read_bytes()))
    assert round(float(page.pages[0].mediabox.width)) == 612  # Letter: US Congress's paper
    text = " ".join(page.pages[0].extract_text().split())
    assert "December 3, 2026" in text and "3 December 2026" not in text
