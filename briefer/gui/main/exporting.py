"""Export (PDF, DOCX), print and copy the read-ahead text, for the document of one window.

Each uses the plan of the current brief: the one the preview built when the preview shows the brief
as it is now (nothing is built again on the GUI thread), else one built here. While the brief does
not fit on one page, it refuses with the reason instead of writing a two-page "one-pager".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QWidget

from briefer.editing.build import Outcome, plan_for, render
from briefer.editing.contact import NO_CONTACT, NO_CONTACT_HINT, has_contact
from briefer.editing.ops import export_name
from briefer.gui.common import dialogs
from briefer.gui.common.i18n import QT_TR_NOOP, core_text, tr
from briefer.gui.common.settings import Settings
from briefer.gui.main.document import Document
from briefer.gui.main.fit_advice import cut_text
from briefer.gui.main.printing import Route, page_size, print_pdf
from briefer.gui.meetings.page_log import record_page
from briefer.plan import Plan
from briefer.support.errors import BrieferError, FitError
from briefer.support.fileio import write_atomic


@dataclass(frozen=True)
class Format:
    fmt: str
    label: str
    suffix: str
    filters: str


PDF = Format("pdf", "PDF", ".pdf", QT_TR_NOOP("PDF documents (*.pdf)"))
DOCX = Format("docx", QT_TR_NOOP("Word document"), ".docx", QT_TR_NOOP("Word documents (*.docx)"))


def _cannot(doing: str) -> str:
    """The error dialog's title when ``doing`` (export, print, copy the text) cannot be done."""
    if doing == "print":
        return tr("Cannot print")
    if doing == "export":
        return tr("Cannot export")
    return tr("Cannot copy the text")


class Exporter(QObject):
    """File → Export, Print and Copy read-ahead text, for the document of one window."""

    done = Signal(str)  # a message for the status bar

    def __init__(
        self,
        document: Document,
        settings: Settings,
        window: QWidget,
        latest: Callable[[], Outcome | None] | None = None,
    ) -> None:
        super().__init__(window)
        self.document = document
        self.settings = settings
        self.window = window
        self.latest = latest  # the preview's newest build
        # the office and the day this document's last recorded page had (a new date moves it)
        self.logged_meeting: tuple[str, object] | None = None
        document.replaced.connect(self._forget_meeting)

    def _forget_meeting(self, _brief: object) -> None:
        self.logged_meeting = None  # another document: its meeting is its own

    def built(self) -> Outcome | None:
        """The preview's build when it is of the brief as it is now (else None)."""
        outcome = self.latest() if self.latest is not None else None
        if outcome is None or outcome.brief != self.document.brief:
            return None
        return outcome

    def _pdf(self, plan: Plan) -> bytes:
        """The PDF of ``plan``: the preview's bytes when it built this very plan."""
        outcome = self.built()
        if outcome is not None and outcome.plan is plan and outcome.pdf is not None:
            return outcome.pdf
        return render(plan, "pdf")

    def _plan(self, doing: str) -> Plan | None:
        """The plan of the brief, or None after telling the user why there is none (or when they
        chose not to go on with a page that has no way to reach them)."""
        plan = self._build(doing)
        if plan is None or has_contact(self.document.brief) or doing == "copy the text":
            return plan
        printing = doing == "print"
        said = core_text(NO_CONTACT)
        sentence = said[:1].upper() + said[1:]
        if dialogs.ask(
            self.window,
            tr("Print without your details?") if printing else tr("Export without your details?"),
            f"{sentence}. {core_text(NO_CONTACT_HINT)}",
            yes=tr("Print Anyway") if printing else tr("Export Anyway"),
            no=tr("Cancel"),
        ):
            return plan
        self.done.emit(tr("Add your organisation, name, email or phone on the Sender tab."))
        return None

    def _build(self, doing: str) -> Plan | None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            outcome = self.built()
            if outcome is None:
                return plan_for(self.document.brief)
            if outcome.error is not None:
                raise outcome.error
            return outcome.plan
        except FitError as exc:
            dialogs.error(
                self.window,
                _cannot(doing),
                tr("The leave-behind does not fit on one page, so it cannot be printed yet.")
                if doing == "print"
                else tr("The leave-behind does not fit on one page, so it cannot be exported yet."),
                cut_text(exc, self.document.pack),
            )
        except BrieferError as exc:
            text, details = dialogs.describe(exc, self.document.pack)
            dialogs.error(self.window, _cannot(doing), text, details)
        finally:
            QApplication.restoreOverrideCursor()
        return None

    def default_path(self, fmt: Format) -> Path:
        folder = self.settings.export_folder
        if not folder or not Path(folder).is_dir():
            doc_path = self.document.path
            folder = str(doc_path.parent) if doc_path else str(Path.home())
        return Path(folder) / export_name(self.document.brief, fmt.suffix)

    def export(self, fmt: Format) -> Path | None:
        """Ask where, then write the file; returns its path once written."""
        plan = self._plan("export")
        if plan is None:
            return None
        label = tr(fmt.label)
        title = tr("Export {label}").format(label=label)
        filters = tr(fmt.filters)
        path = dialogs.save_path(self.window, title, self.default_path(fmt), filters)
        if path is None:
            return None
        if path.suffix.lower() != fmt.suffix:
            path = path.with_name(path.name + fmt.suffix)
        try:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                data = self._pdf(plan) if fmt.fmt == "pdf" else render(plan, fmt.fmt)
                write_atomic(path, data)
            finally:
                QApplication.restoreOverrideCursor()
        except BrieferError as exc:
            text, details = dialogs.describe(exc, self.document.pack)
            dialogs.error(
                self.window, tr("Cannot export the {label}").format(label=label), text, details
            )
            return None
        self.settings.export_folder = str(path.parent)
        recorded = record_page(self, self.document.brief, plan, data, fmt.fmt, path.name, "export")
        if recorded is False:
            return path  # the status bar says the page was exported but not recorded
        text = tr("Exported {name} ({label}, one page at {size} pt).").format(
            name=path.name, label=label, size=f"{plan.body_size:g}"
        )
        if recorded:  # a trial export is not a page given until the user says so
            text += " " + tr(
                "Once you leave it with the office: Meetings › Mark the Page as Given."
            )
        self.done.emit(text)
        return path

    def copy_text(self) -> str | None:
        """The read-ahead text (for an email to the office before the meeting) on the clipboard."""
        plan = self._plan("copy the text")
        if plan is None:
            return None
        text = render(plan, "txt").decode("utf-8")
        QGuiApplication.clipboard().setText(text)
        self.done.emit(tr("Copied the read-ahead text to the clipboard."))
        return text

    def print(self, printer: QPrinter | None = None) -> bool:
        """Print the page as the vector PDF it is (True when it went to the printer or file)."""
        plan = self._plan("print")
        if plan is None:
            return False
        printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(page_size(plan.page.name))
        printer.setDocName(export_name(self.document.brief, ""))
        if not dialogs.print_setup(self.window, printer):
            return False
        name = printer.outputFileName()
        if name and not Path(name).is_absolute():  # the dialog's default: where exports go
            printer.setOutputFileName(str(self.default_path(PDF).parent / name))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        pdf = self._pdf(plan)
        try:
            sent = print_pdf(pdf, printer, export_name(self.document.brief, ""))
        except BrieferError as exc:
            QApplication.restoreOverrideCursor()
            text, details = dialogs.describe(exc, self.document.pack)
            dialogs.error(self.window, tr("Cannot print"), text, details)
            return False
        QApplication.restoreOverrideCursor()
        if sent.route is Route.FILE:
            where = Path(sent.where)
            self.done.emit(
                tr("Printed to {name} in {parent} (a PDF, text kept as text).").format(
                    name=where.name, parent=where.parent
                )
            )
        elif sent.route is Route.CUPS:
            self.done.emit(tr("Sent the leave-behind to {where}.").format(where=sent.where))
        else:
            self.done.emit(
                tr(
                    "Sent the leave-behind to {where} as a picture of the page (no print system "
                    "here to take the PDF itself)."
                ).format(where=sent.where)
            )
        record_page(self, self.document.brief, plan, pdf, "pdf", "", "print")
        return True
