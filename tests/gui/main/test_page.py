"""The template gallery and the logo picker, driven as a user would."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from briefer.gui.main.template_gallery import thumbnail
from briefer.page.templates import available
from tests.conftest import SAMPLE_BRIEF
from tests.gui.conftest import TIMEOUT

SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100">'
    '<rect width="100" height="100" fill="#9b1b30"/><rect x="120" y="30" width="170" '
    'height="30" fill="#222"/></svg>'
)


def test_gallery_draws_every_template_with_the_brief_and_chooses_one(window, qtbot) -> None:
    gallery = window.show_gallery()
    qtbot.addWidget(gallery)
    drawn: set[str] = set()
    gallery.drawn.connect(drawn.add)
    qtbot.waitUntil(lambda: drawn >= set(available()), timeout=TIMEOUT)
    thumb = thumbnail(window.document.brief, "sidebar")  # cached: the same brief, instantly
    assert isinstance(thumb, QImage) and thumb.width() > 100
    corner = thumb.pixelColor(thumb.width() // 10, thumb.height() // 2)
    assert corner.green() < 120  # the sidebar's dark column is on the left
    item = gallery.items["sidebar"]
    rect = gallery.list.visualItemRect(item)
    qtbot.mouseClick(gallery.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert gallery.list.currentItem() is item
    qtbot.mouseClick(gallery.use, Qt.MouseButton.LeftButton)
    assert window.document.brief.template == "sidebar"
    assert window.pickers.template_box.currentData() == "sidebar"
    window.document.stack.undo()
    assert window.document.brief.template == "classic"


def test_gallery_sets_the_audience(window, qtbot) -> None:
    gallery = window.show_gallery()
    qtbot.addWidget(gallery)
    index = gallery.audience.findData("eu-parliament")
    gallery.audience.setCurrentIndex(index)
    gallery.audience.activated.emit(index)
    assert window.document.brief.audience == "eu-parliament"
    assert "European Parliament" in gallery.info.text()


def test_logo_picker_previews_checks_and_remembers(window, qtbot, seam, tmp_path: Path) -> None:
    good = tmp_path / "logo.svg"
    good.write_text(SVG, encoding="utf-8")
    bad = tmp_path / "bad.png"
    bad.write_bytes(b"not a picture")
    seam.paths = [good, bad]
    window.show_tab(2)
    picker = window.sender_form.logo
    qtbot.mouseClick(picker.choose_button, Qt.MouseButton.LeftButton)
    assert window.document.brief.sender.logo == str(good.resolve())
    assert picker.preview.pixmap() is not None and not picker.preview.pixmap().isNull()
    assert "SVG" in picker.status.text()
    assert window.settings.sender.logo == str(good.resolve())  # in the sender profile
    qtbot.mouseClick(picker.choose_button, Qt.MouseButton.LeftButton)
    assert any("bad.png" in text for text in seam.texts("error"))
    assert window.document.brief.sender.logo == str(good.resolve())  # the old one is kept
    qtbot.mouseClick(picker.remove_button, Qt.MouseButton.LeftButton)
    assert window.document.brief.sender.logo == ""


def test_gallery_shows_the_briefs_own_template_beside_the_bundled(
    window, qtbot, tmp_path: Path
) -> None:
    (tmp_path / "ourlook.yaml").write_text(
        "briefer-template: 1\nname: ourlook\nlabel: Our look\ndescription: Ours, in Carlito.\n"
        "extends: sidebar\nfont: Carlito\npalette: {accent: '#0b5d1e', sidebar: '#0b3d1e'}\n",
        encoding="utf-8",
    )
    brief = tmp_path / "brief.yaml"
    brief.write_text(SAMPLE_BRIEF.replace("template: classic", "template: ourlook.yaml"))
    assert window.files.load(brief)
    assert window.pickers.template_box.currentText() == "Our look (yours)"  # as in the gallery
    gallery = window.show_gallery()
    qtbot.addWidget(gallery)
    drawn: set[str] = set()
    gallery.drawn.connect(drawn.add)
    qtbot.waitUntil(lambda: "ourlook.yaml" in drawn, timeout=TIMEOUT)
    item = gallery.items["ourlook.yaml"]
    assert item.text() == "Our look (yours)" and "Carlito" in item.toolTip()
    assert gallery.list.currentItem() is item  # the brief's choice is the one marked
    thumb = thumbnail(window.document.brief, "ourlook.yaml")
    assert isinstance(thumb, QImage)
    column = thumb.pixelColor(thumb.width() // 10, thumb.height() // 2)
    assert column.green() > column.red() and column.green() < 120  # its own dark green column
