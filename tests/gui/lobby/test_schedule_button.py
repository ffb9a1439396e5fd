"""After a lobby day: the schedule (index.pdf) opens from the dialog; a file this computer has
no program for is said so, with its folder offered instead."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.gui.lobby.test_dialog import build, congress, lobby, lobby_window, open_dialog

__all__ = ["congress", "lobby", "lobby_window"]  # the fixtures, shared


def test_the_schedule_opens_and_a_missing_viewer_offers_the_folder(
    qtbot, lobby_window, lobby: tuple[Path, Path], seam, monkeypatch
) -> None:
    csv_path, out = lobby
    dialog = open_dialog(qtbot, lobby_window, csv_path, out, seam)
    assert not dialog.schedule_button.isVisible()
    build(qtbot, dialog)
    assert dialog.schedule_button.isVisible() and dialog.schedule_button.isEnabled()
    qtbot.mouseClick(dialog.schedule_button, Qt.MouseButton.LeftButton)
    assert seam.opened_folders == [out / "index.pdf"]

    opened: list[Path] = []

    def no_viewer(path: Path) -> bool:  # no program opens PDFs; folders open
        opened.append(path)
        return path.is_dir()

    from briefer.gui.common import dialogs

    monkeypatch.setattr(dialogs, "open_folder", no_viewer)
    seam.ask_answer = True
    dialog.table.select_line(2)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # Enter on a built row: its pack
    question = seam.texts("ask")[-1]
    assert "cannot be shown: this computer has no program set to open PDF files" in question
    assert opened == [out / "2026-12-03_1030_jeanne-shaheen.pdf", out]  # then its folder
