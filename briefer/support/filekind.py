"""What a file is when it is not a brief: "a PDF document", "a picture (PNG)".

A brief is YAML text. When someone opens a PDF or a picture by mistake, "Not UTF-8 text" helps
nobody; this names what the file seems to be, from its first bytes (``filetype`` knows the
signatures), so the message can say "this is a PDF document, not a brief".
"""

from __future__ import annotations

from pathlib import Path

HEAD = 8192  # the bytes looked at

_NAMES = {
    "application/pdf": "a PDF document",
    "application/zip": "a ZIP archive",
    "application/msword": "a Word document",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "a Word document",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "a spreadsheet",
    "application/vnd.ms-excel": "a spreadsheet",
    "application/vnd.oasis.opendocument.text": "a text document (ODT)",
    "application/vnd.oasis.opendocument.spreadsheet": "a spreadsheet (ODS)",
    "application/rtf": "an RTF document",
    "application/epub+zip": "an e-book",
}


def binary_kind(head: bytes) -> str | None:
    """What the file that begins with ``head`` is, when it is not text; None for text."""
    import filetype

    kind = filetype.guess(head)
    if kind is not None:
        mime = kind.mime
        if mime in _NAMES:
            return _NAMES[mime]
        family = mime.partition("/")[0]
        ext = kind.extension.upper()
        if family == "image":
            return f"a picture ({ext})"
        if family in ("audio", "video"):
            return f"a{'n audio' if family == 'audio' else ' video'} file ({ext})"
        return f"a {ext} file"
    if b"\x00" in head:
        return "not a text file"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # not just a character cut at the end of the sample
            return None if _mostly_text(head) else "not a text file"
    return None


def _mostly_text(head: bytes) -> bool:
    """Text in another encoding (Latin-1, a mis-saved brief) reads as text, not as binary."""
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 13))
    return controls * 100 < len(head)


def file_kind(path: Path) -> str | None:
    """``binary_kind`` of a file on disk (None when it cannot be read: the reader says why)."""
    try:
        with open(path, "rb") as handle:
            return binary_kind(handle.read(HEAD))
    except OSError:
        return None
