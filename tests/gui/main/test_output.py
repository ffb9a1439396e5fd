"""Export, print and copy on the real window, read back from the files they write."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter

from briefer.editing.ops import export_name
from briefer.gui.main.window import MainWindow
from briefer.page.brief import parse_brief
from briefer.support.errors import BrieferError
from tests.conftest import SAMPLE_BRIEF, contains_phrase, pdf_pages
from tests.gui.conftest import settle


@pytest.fixture
def opened(qtbot, window: MainWindow, sample_brief: Path) -> MainWindow:
    assert window.files.open_path(sample_brief)
    settle(qtbot, window)  # opening forgets the last page built until this brief's is
    return window


def test_export_pdf_writes_the_one_page(opened: MainWindow, seam, tmp_path: Path) -> None:
    seam.paths = [tmp_path / "out"]
    opened.actions.export_pdf.trigger()
    _, default, filters = seam.calls[-1][1]
    assert default.name == "2026-12-03 Jeanne Shaheen.pdf"
    assert default.parent == opened.document.path.parent
    assert filters == "PDF documents (*.pdf)"
    pages = pdf_pages((tmp_path / "out.pdf").read_bytes())
    assert len(pages) == 1
    assert contains_phrase(pages[0], "Keep every sanction on the Lukashenka regime in place")
    assert "Exported out.pdf" in opened.statusBar().currentMessage()
    assert opened.settings.export_folder == str(tmp_path)


def test_export_docx_writes_a_word_document(opened: MainWindow, seam, tmp_path: Path) -> None:
    import docx

    seam.paths = [tmp_path / "out.docx"]
    opened.actions.export_docx.trigger()
    assert seam.names()[-1] == "save_path", seam.calls
    document = docx.Document(io.BytesIO((tmp_path / "out.docx").read_bytes()))
    text = "\n".join(p.text for p in document.paragraphs)
    text += "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    assert "Keep every sanction on the Lukashenka regime in place" in text


def test_copy_read_ahead_text_puts_the_text_on_the_clipboard(opened: MainWindow) -> None:
    QGuiApplication.clipboard().clear()
    opened.actions.copy_text.trigger()
    text = QGuiApplication.clipboard().text()
    assert "Keep every sanction on the Lukashenka regime in place" in text
    assert "Copied" in opened.statusBar().currentMessage()


def test_print_to_file_keeps_the_text_as_text(opened: MainWindow, seam, tmp_path: Path) -> None:
    """Print → Print to File gives the vector page: text that can be read back, a small file."""
    from pypdf import PdfReader

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert opened.exporter.print(printer)
    assert seam.names() == ["print_setup"]
    data = (tmp_path / "printed.pdf").read_bytes()
    reader = PdfReader(tmp_path / "printed.pdf")
    assert len(reader.pages) == 1
    assert round(float(reader.pages[0].mediabox.width)) == 612  # Letter, as the brief says
    text = reader.pages[0].extract_text()
    assert contains_phrase(text, "Keep every sanction on the Lukashenka regime in place")
    assert "/Image" not in str(reader.pages[0].get("/Resources", {}).get("/XObject", {}))
    assert len(data) < 150_000  # a picture of the page at printer resolution was 1.1 MB
    assert "Printed to printed.pdf" in opened.statusBar().currentMessage()


def test_print_to_a_file_named_without_a_folder_goes_where_exports_go(
    opened: MainWindow, seam, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # the dialog's default name is relative to the current folder
    printer = QPrinter()
    printer.setOutputFileName("Leave-behind.pdf")
    assert opened.exporter.print(printer)
    assert (opened.document.path.parent / "Leave-behind.pdf").is_file()
    assert not (elsewhere / "Leave-behind.pdf").exists()


def test_a_printer_gets_the_pdf_through_cups(
    opened: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A real printer: the PDF itself goes to CUPS's lp, with the dialog's choices."""
    from briefer.gui.main import printing

    got = tmp_path / "job"
    lp = tmp_path / "bin" / "lp"
    lp.parent.mkdir()
    lp.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > {got}.args\ncat > {got}.pdf\n')
    lp.chmod(0o755)
    monkeypatch.setenv("PATH", f"{lp.parent}:/usr/bin:/bin")
    printer = QPrinter()
    printer.setCopyCount(2)
    printer.setColorMode(QPrinter.ColorMode.GrayScale)
    printer.setPageSize(printing.page_size("letter"))
    pdf = opened.preview.outcome.pdf
    printing.send_to_cups(pdf, "Office", printing.cups_options(printer), "Leave-behind")
    assert got.with_suffix(".pdf").read_bytes() == pdf
    args = got.with_suffix(".args").read_text().split("\n")
    assert args[:4] == ["-d", "Office", "-t", "Leave-behind"]
    assert args[4:6] == ["-n", "2"] and "print-color-mode=monochrome" in args
    assert "media=Letter" in args and args[-2] == "-"

    lp.write_text('#!/bin/sh\necho "lp: The printer or class does not exist." >&2\nexit 1\n')
    with pytest.raises(BrieferError, match="does not exist"):
        printing.send_to_cups(pdf, "Gone", [], "Leave-behind")


def test_without_a_print_system_the_page_is_painted_sharp(opened: MainWindow, tmp_path) -> None:
    """The fallback (Windows): the page painted at the printer's resolution."""
    from pypdf import PdfReader

    from briefer.gui.main.printing import paint_pdf

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "painted.pdf"))
    printer.setResolution(150)
    paint_pdf(opened.preview.outcome.pdf, printer)
    reader = PdfReader(tmp_path / "painted.pdf")
    assert len(reader.pages) == 1 and reader.pages[0].images


def test_a_cancelled_print_or_export_does_nothing(opened: MainWindow, seam, tmp_path) -> None:
    seam.print_answer = False
    assert not opened.exporter.print(QPrinter())
    seam.paths = [None]
    opened.actions.export_pdf.trigger()
    assert not list(tmp_path.glob("*.pdf"))


def test_export_into_an_unwritable_place_is_reported(opened: MainWindow, seam, tmp_path) -> None:
    seam.paths = [tmp_path / "no-such-folder" / "x.pdf"]
    opened.actions.export_pdf.trigger()
    assert seam.names()[-1] == "error"
    assert "folder does not exist" in seam.calls[-1][1][1].lower()


def test_export_names_are_safe_file_names() -> None:
    brief = parse_brief(SAMPLE_BRIEF)
    assert export_name(brief, ".pdf") == "2026-12-03 Jeanne Shaheen.pdf"
    odd = brief.model_copy(
        update={"meeting": brief.meeting.model_copy(update={"legislator": 'A/B: "C"\\ <D>?*'})}
    )
    assert export_name(odd, ".docx") == "2026-12-03 A B C D.docx"
    nobody = brief.model_copy(update={"meeting": brief.meeting.model_copy(update={"date": None})})
    assert export_name(nobody, ".pdf") == "Jeanne Shaheen.pdf"
    assert export_name(parse_brief("briefer: 1\n"), ".pdf") == "Leave-behind.pdf"


def test_export_after_the_preview_settled_reuses_its_plan(
    qtbot, opened: MainWindow, seam, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing changed since the preview was built: export writes that build, fits nothing again."""
    from briefer import pipeline
    from tests.gui.conftest import settle

    outcome = settle(qtbot, opened)
    calls: list[str] = []
    make_plan, render = pipeline.make_plan, pipeline.render

    def counted_plan(*args, **kwargs):
        calls.append("fit")
        return make_plan(*args, **kwargs)

    def counted_render(plan, fmt, *args, **kwargs):
        calls.append(f"render {fmt}")
        return render(plan, fmt, *args, **kwargs)

    monkeypatch.setattr(pipeline, "make_plan", counted_plan)
    monkeypatch.setattr(pipeline, "render", counted_render)
    seam.paths = [tmp_path / "out.pdf"]
    opened.actions.export_pdf.trigger()
    assert calls == []  # the preview's plan and its PDF bytes
    assert (tmp_path / "out.pdf").read_bytes() == outcome.pdf
    assert f"one page at {outcome.plan.body_size:g} pt" in opened.statusBar().currentMessage()

    # A change the preview has not built yet: export waits for the preview's build of it
    # rather than fitting the page again on the GUI thread.
    import threading

    on_gui_thread: list[str] = []

    def counted_on_thread(*args, **kwargs):
        if threading.current_thread() is threading.main_thread():
            on_gui_thread.append("fit")
        return make_plan(*args, **kwargs)

    monkeypatch.setattr(pipeline, "make_plan", counted_on_thread)
    opened.meeting_form.fields["ask"].setPlainText("Cosponsor S. 1234 this month.")
    assert opened.preview.queue.busy  # typing: the preview has not built it yet
    seam.paths = [tmp_path / "changed.pdf"]
    opened.actions.export_pdf.trigger()
    pages = pdf_pages((tmp_path / "changed.pdf").read_bytes())
    assert contains_phrase(pages[0], "Cosponsor S. 1234 this month.")
    assert on_gui_thread == []
    assert (tmp_path / "changed.pdf").read_bytes() == opened.preview.outcome.pdf


def test_the_exported_pdf_carries_no_false_date(qtbot, window, seam, tmp_path) -> None:
    """reportlab's reproducible output dated every PDF 2000-01-01; the page carries no date."""
    import io

    from pypdf import PdfReader

    from briefer.gui.main.exporting import PDF

    seam.ask_answer = True  # export without the sender's details
    seam.paths = [tmp_path / "page.pdf"]
    assert window.exporter.export(PDF)
    data = (tmp_path / "page.pdf").read_bytes()
    info = PdfReader(io.BytesIO(data)).metadata or {}
    assert "/CreationDate" not in info and "/ModDate" not in info
    assert b"D:2000" not in data
