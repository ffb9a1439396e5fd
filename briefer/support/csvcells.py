"""Cells of the CSV files Briefer writes, made safe for a spreadsheet to open.

A spreadsheet runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` (and some with a tab or
a carriage return first) as a formula: an ask of ``=HYPERLINK("http://…")`` from a teammate's
file would become a link that sends data away. Such a cell is written with an apostrophe in
front, which spreadsheets show as text and hide; Briefer takes it off again when it reads the
file back, so the value goes round unchanged.
"""

from __future__ import annotations

from collections.abc import Iterable

RUNS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """The cell as text a spreadsheet shows and never runs."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(RUNS) else text


def safe_row(values: Iterable[object]) -> list[str]:
    return [safe_cell(value) for value in values]


def read_cell(text: str) -> str:
    """A cell as Briefer wrote it, its guarding apostrophe taken off."""
    return text[1:] if text.startswith("'") and text[1:].startswith(RUNS) else text


__all__ = ["RUNS", "read_cell", "safe_cell", "safe_row"]
