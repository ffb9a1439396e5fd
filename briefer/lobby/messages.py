"""What the Lobby-day dialog says: its texts, what is wrong with the choices, and about a batch
the summary, the failed rows and each row's progress line (plain functions, no Qt)."""

from __future__ import annotations

from pathlib import Path, PurePath

from briefer.formats import FORMAT_LABELS
from briefer.lobby.batch import INDEX_NAME, BatchResult, RowResult

CSV_FILTER = "Meetings (*.csv);;All files (*)"
INTRO = (
    "Build one leave-behind per meeting from a spreadsheet of the day’s meetings (CSV with the "
    "columns <i>legislator, date, time, location, staffer, ask, blocks</i>; only "
    "<i>legislator</i> is needed), and a schedule of the day, <i>index.pdf</i>."
)
NO_DIRECTORY = (
    "No legislator list is imported: names are used as typed, with no titles, committees or "
    "suggestions. Use File → Import Legislators… first."
)
FORMATS = tuple((fmt, "&" + FORMAT_LABELS[fmt]) for fmt in ("pdf", "docx", "txt"))
_CLI_FORCE = "(use --force to replace)"
_GUI_FORCE = "(tick “Replace files that already exist” to replace it)"


def check_choices(csv_text: str, out_text: str, formats: list[str]) -> str:
    """Why the dialog cannot start with these choices ('' when it can)."""
    csv_text, out_text = csv_text.strip(), out_text.strip()
    if not csv_text:
        return "Choose the CSV file with the meetings."
    if not Path(csv_text).is_file():
        return f"The meetings file {csv_text} does not exist."
    if not out_text:
        return "Choose the folder to write the leave-behinds into."
    if not Path(out_text).is_dir():
        return f"The output folder {out_text} does not exist."
    if not formats:
        return "Tick at least one format: PDF, Word or text."
    return ""


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def reason(row: RowResult) -> str:
    """A failed row's reason in the dialog's words (the core speaks the command line's)."""
    return (row.error or "unknown error").replace(_CLI_FORCE, _GUI_FORCE)


def summary_text(result: BatchResult) -> str:
    """'Built 58 of 60 meetings, 116 files, and the schedule (index.pdf).'"""
    built = sum(1 for r in result.results if r.ok)
    text = f"Built {built} of {plural(result.total, 'meeting')}, {plural(result.files, 'file')}"
    if result.index is not None:
        text += f", and the schedule ({INDEX_NAME})"
    text += "."
    if result.cancelled:
        text = (
            f"Cancelled. {text} The schedule ({INDEX_NAME}) was not written; meetings already "
            "under way when you cancelled may have been written too."
        )
    failed = len(result.failed)
    if failed:
        text += f" {plural(failed, 'meeting')} could not be built:"
    return text


def failure_lines(result: BatchResult) -> list[str]:
    return [f"Line {row.line}: {reason(row)}" for row in result.failed]


def row_text(row: RowResult) -> str:
    """'Line 8: 2026-12-04_1200_sheldon-whitehouse (PDF, DOCX)'."""
    if row.ok and row.files:
        stem = PurePath(row.files[0]).stem
        kinds = ", ".join(PurePath(name).suffix.lstrip(".").upper() for name in row.files)
        return f"Line {row.line}: {stem} ({kinds})"
    return f"Line {row.line}: not built — {reason(row)}"
