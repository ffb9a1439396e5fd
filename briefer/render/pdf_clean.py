"""PDFs without tool boilerplate: reportlab writes a comment naming itself after the header and
after the trailer's /ID; Briefer's PDFs (pages and schedules) carry neither."""

from __future__ import annotations

from reportlab.pdfbase import pdfdoc

PRODUCER = "Briefer"
_MARKER = b"\n%\223\214\213\236\n"  # the binary-marker comment line the PDF standard recommends


class _File(pdfdoc.PDFFile):
    """reportlab's output collector, with a bare header."""

    def __init__(self, pdfVersion: tuple[int, int] = pdfdoc.PDF_VERSION_DEFAULT) -> None:
        self.strings: list[bytes] = []
        self.write = self.strings.append
        self.offset = 0
        major, minor = pdfVersion
        self.add(f"%PDF-{major}.{minor}".encode("ascii") + _MARKER)


def _file_id(document: pdfdoc.PDFDocument) -> bytes:
    """The trailer's /ID pair, without the comment reportlab puts after it."""
    if not document._ID:
        digest = pdfdoc.PDFText(document.signature.digest(), enc="raw").format(pdfdoc.DummyDoc())
        document._ID = b"\n[" + digest + digest + b"]\n"
    return document._ID


def without_boilerplate() -> None:
    """Make every reportlab document in this process write no comment naming the tool."""
    pdfdoc.PDFFile = _File  # type: ignore[misc]
    pdfdoc.PDFDocument.ID = _file_id  # type: ignore[method-assign]
    pdfdoc.PDFInfo.producer = PRODUCER  # the default /Producer names reportlab
    pdfdoc._default_producer = PRODUCER
