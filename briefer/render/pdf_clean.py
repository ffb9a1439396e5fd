"""PDFs without tool boilerplate: reportlab writes a comment naming itself after the header and
after the trailer's /ID, "anonymous" and "untitled" for what was not given, and a creation date;
Briefer's PDFs (pages, lobby-day schedules, every PDF made in the process) carry none of these."""

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


def _info(self: pdfdoc.PDFInfo, document: pdfdoc.PDFDocument) -> bytes:
    """The document info: the fields given (none "anonymous" or "untitled"), and no date.

    No /CreationDate or /ModDate: reportlab's reproducible output dates every file 2000-01-01,
    which is wrong; the real day would say when the user worked on it, and the same brief would
    no longer give the same bytes (a reprint must). Both are optional."""
    entries = {
        "Title": self.title,
        "Author": self.author,
        "Subject": self.subject,
        "Keywords": self.keywords,
    }
    data = {key: pdfdoc.PDFString(value) for key, value in entries.items() if value}
    data["Creator"] = pdfdoc.PDFString(PRODUCER)
    data["Producer"] = pdfdoc.PDFString(PRODUCER)
    data["Trapped"] = pdfdoc.PDFName("False")
    return pdfdoc.PDFDictionary(data).format(document)


def without_boilerplate() -> None:
    """Make every reportlab document in this process write no comment naming the tool."""
    pdfdoc.PDFFile = _File  # type: ignore[misc]
    pdfdoc.PDFDocument.ID = _file_id  # type: ignore[method-assign]
    pdfdoc.PDFInfo.producer = PRODUCER  # the default /Producer names reportlab
    pdfdoc._default_producer = PRODUCER
    pdfdoc.PDFInfo.format = _info  # type: ignore[method-assign]
    for unset in ("creator", "title", "author", "subject"):  # "anonymous", "untitled", …
        setattr(pdfdoc.PDFInfo, unset, "")
