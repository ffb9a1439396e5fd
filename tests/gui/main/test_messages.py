"""Messages name fields by the labels the user sees, and a file that is not a brief is named for
what it is (issue 9, item 8)."""

from __future__ import annotations

from pathlib import Path

from briefer.editing.ops import with_edit
from briefer.gui.main.window import MainWindow
from tests.conftest import SAMPLE_BRIEF
from tests.gui.conftest import settle


def test_the_indicator_names_a_points_text_by_its_title(qtbot, window: MainWindow) -> None:
    title = window.document.pack.block("hold-the-line").title
    window.document.apply(with_edit(window.document.brief, "hold-the-line", "x" * 2100), "Edit")
    assert not settle(qtbot, window).fits
    text = window.preview.indicator.text()
    assert f"Your text for ‘{title}’" in text
    assert "edits." not in text and "hold-the-line" not in text


def test_opening_a_brief_with_a_bad_value_names_the_field_by_its_label(
    window: MainWindow, seam, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        SAMPLE_BRIEF.replace("location: Russell 506", "location: " + "R" * 250), encoding="utf-8"
    )
    assert not window.files.open_path(bad)
    title, text, details = seam.calls[-1][1]
    assert title == "Cannot open bad.yaml"
    assert text.startswith("Location: ") and "meeting.location" not in text + details
    assert f"File: {bad}" in details and "Line: 13" in details


def test_a_misspelt_key_is_named_as_the_file_spells_it_with_the_nearest_one(
    window: MainWindow, seam, tmp_path: Path
) -> None:
    bad = tmp_path / "typo.yaml"
    bad.write_text(SAMPLE_BRIEF.replace("ask: Keep", "aks: Keep"), encoding="utf-8")
    assert not window.files.open_path(bad)
    _title, text, details = seam.calls[-1][1]
    assert text == "aks: unknown key — did you mean 'ask'?"
    assert "Line: 20" in details


def test_opening_a_lobby_day_csv_points_to_lobby_day(window: MainWindow, seam, tmp_path) -> None:
    day = tmp_path / "day.csv"
    day.write_text("legislator,date,time\nJeanne Shaheen,2026-12-03,10:30\n", encoding="utf-8")
    assert not window.files.open_path(day)
    _title, text, _details = seam.calls[-1][1]
    assert text.startswith("Not a brief but a lobby day's meetings (a CSV): open it with File")


def test_opening_a_pdf_or_a_picture_says_it_is_not_a_brief(
    qtbot, window: MainWindow, seam, tmp_path: Path
) -> None:
    before = window.document.brief
    pdf = tmp_path / "leave-behind.pdf"
    pdf.write_bytes(settle(qtbot, window).pdf)
    picture = tmp_path / "logo.yaml"  # a picture with the wrong name: read by what it is
    window.grab().save(str(picture), "PNG")
    for path, kind in ((pdf, "a PDF document"), (picture, "a picture (PNG)")):
        assert not window.files.open_path(path)
        title, text, details = seam.calls[-1][1]
        assert title == f"Cannot open {path.name}"
        assert text == f"“{path.name}” is {kind}, not a brief."
        assert "UTF-8" not in text + details and "byte" not in text + details
    assert window.document.brief == before


def test_notes_in_the_indicator_name_points_by_title(qtbot, window: MainWindow) -> None:
    """The bold template prints three points; the note names those left out by their titles."""
    brief = window.document.brief.model_copy(update={"template": "bold"})
    window.document.apply(brief, "Template")
    outcome = settle(qtbot, window)
    assert outcome.fits and any("left out" in w for w in outcome.plan.warnings)
    text = window.preview.indicator.text()
    left_out = [b for b in brief.blocks if b not in outcome.plan.variants]
    assert left_out
    for block_id in left_out:
        assert block_id not in text
        assert window.document.pack.block(block_id).title in text.replace("&#x27;", "'")


def test_the_app_never_tells_a_command_line_flag(qtbot, window) -> None:
    """A core message that names a command ("briefer legislators import PATH") reaches the app
    as the menu that does it."""
    from tests.gui.conftest import settle

    window.show_tab(0)
    field = window.meeting_form.fields["meeting.legislator"]
    field.setFocus()
    qtbot.keyClicks(field, "S001181")  # an id, and no directory imported
    outcome = settle(qtbot, window)
    assert outcome.error is not None and "briefer legislators import" in outcome.error.message
    text = window.preview.indicator.text()
    assert "no directory is imported (File › Import Legislators…)" in text
    assert "briefer " not in text and "--" not in text
