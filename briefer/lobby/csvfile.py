"""Reading a meetings CSV as spreadsheets export it, one record at a time, every line accounted for.

Excel and Google Sheets write UTF-8 (with or without a byte-order mark), UTF-16 ("Unicode text",
always with a mark) or the Windows code page (Western Europe: Windows-1252, a superset of
Latin-1); commas, or semicolons where the comma is the decimal mark; CRLF line ends. The encoding
is found by reading the file once in blocks (bounded memory; the lines are counted on the way, for
the progress), the separator from the header line, and then the records stream.

The file is never trusted to be well formed. Each physical line ends up in exactly one of:
the header, a :class:`Record` (a meeting; a quoted cell may span lines), a :class:`Problem`
(reported by its line, e.g. a ragged line or an unclosed quote) or the blank lines. A quote that
opens and is not closed where a spreadsheet would close it is reported at the line where it opens,
and the lines after it are read again on their own, so nothing is merged into it silently.
"""

from __future__ import annotations

import codecs
import csv
import re
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from briefer.support.csvcells import read_cell
from briefer.support.errors import BrieferError

BLOCK = 1 << 20
MAX_CELL_LINES = 50  # a quoted cell spanning more lines than this is taken for an unclosed quote
SEPARATORS = (",", ";", "\t")
_SEPARATOR_NAMES = {",": "commas", ";": "semicolons", "\t": "tabs"}
_NOT_CP1252 = re.compile(rb"[\x81\x8d\x8f\x90\x9d]")
# Three letters in a row from the top half of a code page: a word of Cyrillic (Windows-1251),
# Greek... rather than Western text, whose accented letters sit between plain ones.
_RUN_OF_HIGH = re.compile(rb"[\xc0-\xff]{3,}")
_UTF8_PAIR = re.compile(rb"[\xc2-\xf4][\x80-\xbf]")  # UTF-8 mixed with another encoding
_SAVE_AS = "save it from the spreadsheet as “CSV UTF-8”"


@dataclass(frozen=True)
class Record:
    line: int  # the first physical line
    span: int  # physical lines it covers (more than 1 when a quoted cell holds line breaks)
    cells: list[str]


@dataclass(frozen=True)
class Problem:
    line: int
    span: int
    message: str
    cells: list[str]  # what could be read of it, for the schedule (may be empty)


@dataclass
class CsvFile:
    """An opened meetings CSV: how it is written, its header, and its records as they stream."""

    path: Path
    encoding: str
    separator: str
    header: list[str]
    lines: int  # physical lines in the file (counted while the encoding was checked)
    notice: str = ""  # e.g. read as Windows-1252: said once, not an error
    blank: int = 0  # blank lines seen so far
    read: int = 0  # physical lines consumed so far (the header included)

    def records(self) -> Iterator[Record | Problem]:
        with self.path.open(encoding=self.encoding, newline="") as stream:
            stream.readline()  # the header
            yield from _records(self, stream)


def open_csv(path: Path, known: tuple[str, ...]) -> CsvFile:
    """Check the file's encoding and header (a BrieferError at line 1 if either is wrong)."""
    path = Path(path)
    encoding, notice, lines = detect_encoding(path)
    try:
        with path.open(encoding=encoding, newline="") as stream:
            first = stream.readline()
    except OSError as exc:
        raise BrieferError(f"cannot read: {exc.strerror or exc}", file=path) from None
    if not first.strip():
        raise BrieferError(
            "the first line must be the header (legislator, date, time, …)", file=path, line=1
        )
    separator = _separator(first, known)
    header = [_column(name) for name in next(csv.reader([first], delimiter=separator))]
    return CsvFile(path, encoding, separator, header, max(lines, 1), notice, read=1)


def _column(name: str) -> str:
    return "_".join(name.strip().casefold().replace("-", " ").split())


def detect_encoding(path: Path) -> tuple[str, str, int]:
    """(codec, notice, physical lines) for the file, or a BrieferError saying how to fix it."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise BrieferError(f"cannot read: {exc.strerror or exc}", file=path) from None
    with handle:
        head = handle.read(4)
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16", "", _count_utf16_lines(handle, head)
        encoding = "utf-8-sig" if head.startswith(codecs.BOM_UTF8) else "utf-8"
        handle.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        lines, last, utf8, cp1252_ok, western, mixed = 0, b"\n", True, True, True, False
        line = 1
        while block := handle.read(BLOCK):
            if b"\x00" in block:
                offset = block.index(b"\x00")
                raise BrieferError(
                    "this is not a text file (it holds NUL bytes)"
                    + (": UTF-16 without a byte-order mark? " + _SAVE_AS if offset < 4 else ""),
                    file=path,
                    line=line + block[:offset].count(b"\n"),
                )
            if utf8:
                try:
                    decoder.decode(block)
                except UnicodeDecodeError as exc:
                    utf8 = False
                    bad_line = line + block[: exc.start].count(b"\n")
            cp1252_ok = cp1252_ok and not _NOT_CP1252.search(block)
            western = western and not _RUN_OF_HIGH.search(block)
            mixed = mixed or bool(_UTF8_PAIR.search(block))
            count = block.count(b"\n")
            lines += count
            line += count
            last = block[-1:]
        if utf8:
            try:
                decoder.decode(b"", final=True)
            except UnicodeDecodeError:
                utf8, bad_line = False, line
    lines += last != b"\n"  # a last line without a line end
    if utf8:
        return encoding, "", lines
    if cp1252_ok and western and not mixed:
        notice = "not UTF-8: read as Windows-1252 (Western European); check accented names"
        return "cp1252", notice, lines
    raise BrieferError(
        "the file is not UTF-8 and not Western European (Windows-1252) text — another code "
        f"page, such as Cyrillic? To read it, {_SAVE_AS}",
        file=path,
        line=bad_line,
    )


def _count_utf16_lines(handle: IO[bytes], head: bytes) -> int:
    decoder = codecs.getincrementaldecoder("utf-16")()
    text, lines, last = decoder.decode(head), 0, ""
    while True:
        lines += text.count("\n")
        last = text[-1:] or last
        block = handle.read(BLOCK)
        if not block:
            break
        try:
            text = decoder.decode(block)
        except UnicodeDecodeError:
            raise BrieferError(f"damaged UTF-16 text; {_SAVE_AS}", file=handle.name) from None
    return lines + (last not in ("\n", ""))


def _separator(header: str, known: tuple[str, ...]) -> str:
    """The separator that splits the header into the most known column names (',' on a tie)."""
    best, best_score = ",", 0
    for separator in SEPARATORS:
        names = [_column(n) for n in next(csv.reader([header], delimiter=separator))]
        score = sum(name in known for name in names)
        if score > best_score:
            best, best_score = separator, score
    return best


def separator_name(separator: str) -> str:
    return _SEPARATOR_NAMES.get(separator, repr(separator))


def _in_quote(line: str, separator: str, inside: bool) -> bool:
    """Whether a quoted cell is still open at the end of ``line`` (as csv reads it)."""
    i, n, at_start = 0, len(line), not inside
    while i < n:
        if inside:
            j = line.find('"', i)
            if j < 0:
                return True
            if j + 1 < n and line[j + 1] == '"':
                i = j + 2
                continue
            inside, at_start, i = False, False, j + 1
        elif at_start and line[i] == '"':
            inside, i = True, i + 1
        else:
            j = line.find(separator, i)
            if j < 0:
                return False
            at_start, i = True, j + 1
    return inside


def _cells(lines: list[str], separator: str) -> list[str]:
    try:
        cells = next(csv.reader(lines, delimiter=separator), [])
    except csv.Error:
        return []
    return [read_cell(cell) for cell in cells]  # a guarded '=… cell, as Briefer wrote it


def _records(source: CsvFile, stream: IO[str]) -> Iterator[Record | Problem]:
    """Every physical line after the header, as records, problems or blank lines."""
    separator, width = source.separator, len(source.header)
    pending: deque[tuple[int, str]] = deque()  # lines to read again after an unclosed quote
    number = 1

    def next_line() -> tuple[int, str] | None:
        nonlocal number
        if pending:
            return pending.popleft()
        text = stream.readline()
        if not text:
            return None
        number += 1
        return number, text

    while (item := next_line()) is not None:
        start, text = item
        lines = [text]
        inside = _in_quote(text, separator, False)
        while inside and len(lines) <= MAX_CELL_LINES:
            more = next_line()
            if more is None:
                break
            lines.append(more[1])
            inside = _in_quote(more[1], separator, True)
        cells = _cells(lines, separator)
        if inside or (len(lines) > 1 and _looks_swallowed(lines, cells, separator, width)):
            again = [(start + k, line) for k, line in enumerate(lines) if k]
            pending.extendleft(reversed(again))  # next, in their order
            source.read += 1
            alone = _cells([text.rstrip("\r\n") + '"'], separator)
            column = source.header[len(alone) - 1] if 0 < len(alone) <= width else ""
            where = f" in the '{column}' cell" if column else ""
            after = "; the lines after it were read on their own" if len(lines) > 1 else ""
            yield Problem(start, 1, f'a quote (") opens{where} and is not closed{after}', alone)
            continue
        source.read += len(lines)
        if not any(cell.strip() for cell in cells):
            source.blank += len(lines)
            continue
        if len(cells) != width:  # strict: a shifted line would put cells in the wrong columns
            hint = (
                f" — a {separator_name(separator)[:-1]} inside a cell that is not in quotes?"
                if len(cells) > width
                else ""
            )
            yield Problem(
                start,
                len(lines),
                f"{len(cells)} cells but the header has {width}{hint}",
                cells,
            )
            continue
        yield Record(start, len(lines), cells[:width])


def _looks_swallowed(lines: list[str], cells: list[str], separator: str, width: int) -> bool:
    """A multi-line cell that is really an unclosed quote: the record came out ragged, or a line
    inside the cell reads as a whole record of its own."""
    if len(cells) != width:
        return True
    return width >= 3 and any(len(_cells([line], separator)) >= width for line in lines[1:])
