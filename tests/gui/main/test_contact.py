"""A page with no way to reach the sender is flagged in the fit indicator and before export and
print, but never refused: someone at risk may leave their details off (issue 9, item 10)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QPrinter

from briefer.gui.main.preview import OK_STYLE, WARN_STYLE
from briefer.gui.main.window import MainWindow
from tests.gui.conftest import settle


def test_no_way_to_reach_the_sender_is_flagged_then_asked(
    qtbot, window: MainWindow, seam, tmp_path: Path
) -> None:
    assert window.document.brief.sender.organization == ""  # a first start: no sender yet
    assert settle(qtbot, window).fits
    indicator = window.preview.indicator
    assert "The page has no way to reach you" in indicator.text()
    assert WARN_STYLE in indicator.styleSheet()

    seam.ask_answer = False
    window.actions.export_pdf.trigger()
    assert seam.names() == ["ask"]
    title, text = seam.calls[-1][1]
    assert title == "Export without your details?" and "Sender tab" in text
    assert not list(tmp_path.iterdir())
    assert "Sender tab" in window.statusBar().currentMessage()

    seam.ask_answer = True
    seam.paths = [tmp_path / "anonymous.pdf"]
    window.actions.export_pdf.trigger()
    assert (tmp_path / "anonymous.pdf").is_file()

    window.show_tab(2)
    qtbot.keyClicks(window.sender_form.fields["sender.email"], "office@example.org")
    settle(qtbot, window)
    assert "no way to reach you" not in indicator.text()
    assert OK_STYLE in indicator.styleSheet()
    seam.calls.clear()
    seam.paths = [tmp_path / "signed.pdf"]
    window.actions.export_pdf.trigger()
    assert seam.names() == ["save_path"]  # no question any more


def test_print_asks_too(qtbot, window: MainWindow, seam, tmp_path: Path) -> None:
    settle(qtbot, window)
    seam.ask_answer = False
    printer = QPrinter()
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert not window.exporter.print(printer)
    assert seam.names() == ["ask"] and seam.calls[-1][1][0] == "Print without your details?"
    assert not (tmp_path / "printed.pdf").exists()
