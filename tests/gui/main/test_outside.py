"""A brief whose logo or pack points outside its folder: the app asks, naming the field and the
path (No unless the user says Yes), and the page is made with it or without it as answered; a
device or a pipe is never read and never asked about. Read back from the exported PDF."""

from __future__ import annotations

import io
import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from briefer.gui.main.exporting import PDF
from briefer.gui.main.window import MainWindow
from briefer.page.brief import load_brief
from briefer.support.resources import default_pack_path
from tests.conftest import SAMPLE_BRIEF
from tests.gui.conftest import settle


def png(path: Path) -> Path:
    image = QImage(600, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#9b1b30"))
    assert image.save(str(path), "PNG")
    return path


def brief_naming(folder: Path, logo: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    brief = folder / "brief.yaml"
    brief.write_text(SAMPLE_BRIEF.replace("sender:\n", f"sender:\n  logo: {logo}\n"), "utf-8")
    return brief


def exported_images(window: MainWindow, seam, out: Path) -> int:
    """How many pictures the exported PDF's page holds."""
    from pypdf import PdfReader

    seam.paths = [out]
    assert window.exporter.export(PDF)
    page = PdfReader(io.BytesIO(out.read_bytes())).pages[0]
    return len(page.images)


def test_a_logo_outside_the_folder_is_used_only_when_the_user_says_yes(
    window: MainWindow, qtbot, seam, tmp_path: Path
) -> None:
    (tmp_path / "elsewhere").mkdir()
    secret = png(tmp_path / "elsewhere" / "secret.png")
    brief = brief_naming(tmp_path / "from-a-teammate", str(secret))

    seam.outside_answers = [False]
    assert window.files.load(brief)
    (_, (field, path)) = next(c for c in seam.calls if c[0] == "ask_outside")
    assert field == "Logo" and path == secret.resolve()
    assert window.document.brief.sender.logo == "" and window.document.modified
    told = " ".join(seam.texts("inform"))
    assert "Logo left out" in told and str(secret.resolve()) in told, told
    outcome = settle(qtbot, window)
    assert outcome.fits and not (outcome.plan.page.decor and outcome.plan.page.decor.logo)
    assert exported_images(window, seam, tmp_path / "no.pdf") == 0

    seam.outside_answers = [True]  # opened again: asked again (nothing is remembered)
    assert window.files.load(brief)
    assert seam.names().count("ask_outside") == 2
    assert window.document.brief.sender.logo == str(secret) and not window.document.modified
    outcome = settle(qtbot, window)
    assert outcome.plan.page.decor.logo is not None
    assert exported_images(window, seam, tmp_path / "yes.pdf") == 1

    # saved, it keeps the path as it was; this brief still has the user's leave
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert load_brief(brief).sender.logo == str(secret.resolve())
    assert settle(qtbot, window).plan.page.decor.logo is not None


def test_a_pipe_or_a_device_is_never_read_nor_asked_about(
    window: MainWindow, qtbot, seam, tmp_path: Path
) -> None:
    fifo = tmp_path / "pipe.png"
    os.mkfifo(fifo)
    for target in (fifo, Path("/dev/zero")):
        brief = brief_naming(tmp_path / f"b-{target.name}", str(target))
        assert window.files.load(brief)  # would block for ever on the pipe if it were read
        assert "ask_outside" not in seam.names()
        assert window.document.brief.sender.logo == ""
        assert "not a regular file" in seam.texts("inform")[-1]
        assert settle(qtbot, window).fits


def test_a_pack_outside_the_folder_asks_and_no_opens_with_the_built_in_one(
    window: MainWindow, qtbot, seam, tmp_path: Path
) -> None:
    other = tmp_path / "partner" / "pack.yaml"
    other.parent.mkdir()
    text = default_pack_path().read_text(encoding="utf-8")
    other.write_text(text.replace("title: ", "title: Partner's ", 1), encoding="utf-8")
    folder = tmp_path / "brief"
    folder.mkdir()
    brief = folder / "brief.yaml"
    brief.write_text(SAMPLE_BRIEF.replace("template:", "pack: ../partner/pack.yaml\ntemplate:"))

    seam.outside_answers = [False]
    assert window.files.load(brief)
    assert seam.calls[-2][1] == ("Content pack", other.resolve())
    assert window.document.brief.pack is None and not window.document.pack.title.startswith("P")
    assert "Content pack left out" in seam.texts("inform")[-1]

    seam.outside_answers = [True]
    assert window.files.load(brief)
    assert window.document.pack.title.startswith("Partner's ")
    assert settle(qtbot, window).fits


def test_a_logo_the_user_chooses_outside_the_folder_prints(
    window: MainWindow, qtbot, seam, tmp_path: Path
) -> None:
    """The user's own choice needs no question: a saved brief, a logo from another folder."""
    brief = tmp_path / "briefs" / "brief.yaml"
    brief.parent.mkdir()
    brief.write_text(SAMPLE_BRIEF, encoding="utf-8")
    (tmp_path / "pictures").mkdir()
    logo = png(tmp_path / "pictures" / "logo.png")
    assert window.files.load(brief)
    window.show_tab(2)
    seam.paths = [logo]
    qtbot.mouseClick(window.sender_form.logo.choose_button, Qt.MouseButton.LeftButton)
    assert window.document.brief.sender.logo == str(logo.resolve())
    assert settle(qtbot, window).plan.page.decor.logo is not None
    assert "ask_outside" not in seam.names()
    assert exported_images(window, seam, tmp_path / "chosen.pdf") == 1
