"""Printing the page as the vector PDF it is: text stays text, sharp at any resolution.

Qt cannot hand a PDF to a printer: QPdfDocument only renders pictures, and whatever is painted on a
QPrinter is what the printer gets. So the PDF itself is sent:

- "Print to File (PDF)" in the dialog: the file is our PDF, written as an export is;
- a printer on Linux or macOS: the PDF goes to CUPS with ``lp`` (on standard input, so no copy is
  left on disk), with the copies, sides and colour chosen in the dialog; CUPS turns it into what
  the printer speaks, from the vectors;
- where there is no CUPS (Windows): the page is painted at the printer's resolution — a picture,
  but a sharp one — and the status bar says so.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from briefer.gui.common.i18n import tr
from briefer.support.errors import BrieferError
from briefer.support.fileio import write_atomic

LP_TIMEOUT = 60  # seconds for lp to take the job
RASTER_DPI = 600  # at most, for the fallback


class Route(Enum):
    FILE = "file"  # our PDF bytes, written to the file the dialog named
    CUPS = "cups"  # our PDF bytes, handed to the print system
    RASTER = "raster"  # a picture of the page, painted on the printer (no print system to ask)


@dataclass(frozen=True)
class Sent:
    route: Route
    where: str  # the file or the printer


def lp_command() -> str | None:
    """The CUPS client, where there is one."""
    return shutil.which("lp")


def route_for(printer: QPrinter) -> Route:
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        return Route.FILE
    if printer.printerName() and lp_command() is not None:
        return Route.CUPS
    return Route.RASTER


def print_pdf(pdf: bytes, printer: QPrinter, title: str = "Leave-behind") -> Sent:
    """Print ``pdf`` as ``printer`` (set up by the print dialog) says (BrieferError if it fails)."""
    route = route_for(printer)
    if route is Route.FILE:
        name = printer.outputFileName()
        if not name:
            raise BrieferError("no file was chosen to print to")
        write_atomic(Path(name), pdf)
        return Sent(route, name)
    if route is Route.CUPS:
        send_to_cups(pdf, printer.printerName(), cups_options(printer), title)
        return Sent(route, printer.printerName())
    paint_pdf(pdf, printer)
    return Sent(route, printer.printerName() or "the printer")


def cups_options(printer: QPrinter) -> list[str]:
    """The dialog's choices as ``lp`` options."""
    options = ["-n", str(max(1, printer.copyCount()))]
    media = printer.pageLayout().pageSize().key()
    if media:
        options += ["-o", f"media={media}"]
    sides = {
        QPrinter.DuplexMode.DuplexNone: "one-sided",
        QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
        QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge",
    }.get(printer.duplex())
    if sides:
        options += ["-o", f"sides={sides}"]
    if printer.colorMode() == QPrinter.ColorMode.GrayScale:
        options += ["-o", "print-color-mode=monochrome"]
    return options


def send_to_cups(pdf: bytes, printer_name: str, options: list[str], title: str) -> None:
    """Hand the PDF to CUPS on standard input (no temporary file left anywhere)."""
    import subprocess  # only to print: it costs ~5 ms of the app's start, imported after Qt

    lp = lp_command()
    if lp is None:
        raise BrieferError("there is no print system (CUPS) to send the page to")
    command = [lp, "-d", printer_name, "-t", title, *options, "-"]
    try:
        done = subprocess.run(
            command, input=pdf, capture_output=True, timeout=LP_TIMEOUT, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise BrieferError(
            tr("the print system did not take the page ({exc})").format(exc=exc)
        ) from None
    if done.returncode != 0:
        reason = done.stderr.decode("utf-8", "replace").strip().splitlines()
        detail = reason[-1] if reason else tr("lp exited with {code}").format(code=done.returncode)
        raise BrieferError(
            tr("the printer “{name}” did not take the page: {detail}").format(
                name=printer_name, detail=detail
            )
        )


def paint_pdf(pdf: bytes, printer: QPrinter) -> None:
    """The fallback: each page rendered at the printer's resolution and painted on its paper."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    printer.setFullPage(True)
    dpi = min(printer.resolution(), RASTER_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise BrieferError("the printer could not be started")
    try:
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            points = document.pagePointSize(index)
            image = document.render(
                index, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            )
            paper = painter.viewport()
            scaled = image.size().scaled(paper.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(paper.topLeft(), scaled)
            target.moveCenter(paper.center())
            painter.drawImage(target, image)
    finally:
        painter.end()
        document.close()


def page_size(paper: str) -> QPageSize:
    return QPageSize(QPageSize.PageSizeId.Letter if paper == "letter" else QPageSize.PageSizeId.A4)
