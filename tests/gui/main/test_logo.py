"""The logo and the brief's folder: a logo beside the brief is saved relative to it, so the two
move together; a logo that is not where the brief says never stops the page."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt

from briefer.gui.common.settings import Settings
from briefer.page.brief import load_brief
from tests.conftest import SAMPLE_BRIEF
from tests.gui.conftest import settle
from tests.gui.main.test_page import SVG


def test_a_logo_beside_the_brief_moves_with_it(make_window, qtbot, seam, tmp_path: Path) -> None:
    first = tmp_path / "first"
    first.mkdir()
    (first / "logo.svg").write_text(SVG, encoding="utf-8")
    (first / "brief.yaml").write_text(SAMPLE_BRIEF, encoding="utf-8")
    window = make_window()
    assert window.files.load(first / "brief.yaml")
    window.show_tab(2)
    seam.paths = [first / "logo.svg"]
    qtbot.mouseClick(window.sender_form.logo.choose_button, Qt.MouseButton.LeftButton)
    assert window.document.brief.sender.logo == "logo.svg"  # beside the brief: by its name
    remembered = Settings().sender.logo
    assert remembered == str((first / "logo.svg").resolve())  # new briefs have no folder
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert load_brief(first / "brief.yaml").sender.logo == "logo.svg"

    moved = tmp_path / "moved"
    shutil.move(first, moved)
    assert window.files.load(moved / "brief.yaml")
    outcome = settle(qtbot, window)
    assert outcome.fits and outcome.plan.page.decor.logo is not None
    # nothing about the logo (the sample's ask is a position: that advice alone)
    assert [w for w in outcome.plan.warnings if "the ask states a position" not in w] == []
    assert "SVG" in window.sender_form.logo.status.text()


def test_a_new_brief_saved_beside_its_logo_names_it_relatively(
    make_window, qtbot, seam, tmp_path: Path
) -> None:
    (tmp_path / "logo.svg").write_text(SVG, encoding="utf-8")
    window = make_window()
    window.show_tab(2)
    seam.paths = [tmp_path / "logo.svg", tmp_path / "new.yaml"]
    qtbot.mouseClick(window.sender_form.logo.choose_button, Qt.MouseButton.LeftButton)
    assert window.document.brief.sender.logo == str((tmp_path / "logo.svg").resolve())
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Save As
    assert load_brief(tmp_path / "new.yaml").sender.logo == "logo.svg"
    assert window.document.brief.sender.logo == "logo.svg"
    outcome = settle(qtbot, window)
    assert outcome.fits and outcome.plan.page.decor.logo is not None


def test_a_missing_logo_never_stops_the_page(make_window, qtbot, tmp_path: Path) -> None:
    gone = tmp_path / "old" / "logo.png"
    settings = Settings()
    sender = settings.sender.model_copy(update={"organization": "Forum", "logo": str(gone)})
    settings.sender = sender
    window = make_window()  # File › New with the remembered sender: a page, with a note
    outcome = settle(qtbot, window)
    assert outcome.fits and not (outcome.plan.page.decor and outcome.plan.page.decor.logo)
    note = window.preview.indicator.text()
    assert "Fits on one page" in note
    assert str(gone) in note and "Sender › Logo" in note
    status = window.sender_form.logo.status.text()
    assert str(gone) in status and "made without it" in status

    brief = tmp_path / "brief.yaml"
    brief.write_text(SAMPLE_BRIEF.replace("sender:\n", "sender:\n  logo: logo.png\n"))
    assert window.files.load(brief)  # a relative logo that is not there: named in full
    outcome = settle(qtbot, window)
    assert outcome.fits and not (outcome.plan.page.decor and outcome.plan.page.decor.logo)
    assert str(tmp_path / "logo.png") in window.preview.indicator.text()
    pdf = window.exporter  # the export is the page shown: made without the logo too
    assert pdf._build("export") is outcome.plan


def test_the_light_logo_is_chosen_under_sender_and_prints_on_the_sidebar(
    make_window, qtbot, seam, tmp_path: Path
) -> None:
    from tests.page.test_contrast import LIGHT

    (tmp_path / "light.svg").write_text(LIGHT, encoding="utf-8")
    brief = SAMPLE_BRIEF.replace("template: classic", "template: sidebar")
    (tmp_path / "brief.yaml").write_text(brief, encoding="utf-8")
    window = make_window()
    assert window.files.load(tmp_path / "brief.yaml")
    window.show_tab(2)
    picker = window.sender_form.logo_light
    assert "light version" in picker.status.text()
    seam.paths = [tmp_path / "light.svg"]
    qtbot.mouseClick(picker.choose_button, Qt.MouseButton.LeftButton)
    assert window.document.brief.sender.logo_light == "light.svg"
    outcome = settle(qtbot, window)
    assert outcome.fits and outcome.plan.page.decor.logo is not None
    assert outcome.plan.page.decor.logo.plate is None
    assert "SVG" in picker.status.text()
    qtbot.mouseClick(picker.remove_button, Qt.MouseButton.LeftButton)
    assert window.document.brief.sender.logo_light == ""
