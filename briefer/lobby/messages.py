"""What the Lobby-day dialog says: its texts, what is wrong with the choices, and about a batch
the summary, the failed rows and each row's progress line (plain functions, no Qt)."""

from __future__ import annotations

from pathlib import Path, PurePath

from briefer.day import BUILT, FAILED, Slot
from briefer.lobby.batch import CALENDAR_NAME, INDEX_NAME, BatchResult, RowResult
from briefer.support.formats import FORMAT_LABELS
from briefer.support.when import format_time

CSV_FILTER = "Meetings (*.csv);;All files (*)"
INTRO = (
    "Build one leave-behind per meeting from a spreadsheet of the day’s meetings (CSV with the "
    "columns <i>legislator, date, time, duration, location, staffer, staffer_role, attendees, "
    "ask, bill, blocks, notes, template, paper, language</i>; only <i>legislator</i> is "
    "needed), the day’s schedule, <i>index.pdf</i>, and a calendar to import, "
    "<i>schedule.ics</i>."
)
TABLE_COLUMNS = ("Line", "When", "Member", "Status", "Pack, or why there is none")
RERUN = "Run &Failed Lines Again"
DATE_ORDERS = (  # the dialog's choices for numeric dates such as 3/12/2026
    ("A date like 3/12/2026 that reads two ways is an error", None),
    ("Month first (US): 3/12/2026 is March 12", "mdy"),
    ("Day first: 3/12/2026 is 3 December", "dmy"),
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
    if Path(out_text).exists() and not Path(out_text).is_dir():
        return f"The output folder {out_text} is a file, not a folder."
    if not formats:
        return "Tick at least one format: PDF, Word or text."
    return ""


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def reason(row: RowResult) -> str:
    """A failed row's reason in the dialog's words (the core speaks the command line's)."""
    return reason_text(row.error or "")


def summary_text(result: BatchResult) -> str:
    """'Built 58 of 60 meetings, 116 files, and the schedule (index.pdf).'"""
    built = sum(1 for r in result.results if r.ok)
    text = f"Built {built} of {plural(result.total, 'meeting')}, {plural(result.files, 'file')}"
    if result.index is not None:
        text += f", the schedule ({INDEX_NAME}) and the calendar ({CALENDAR_NAME})"
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


def slot_cells(slot: Slot) -> tuple[str, ...]:
    """The table's cells for a meeting: line, when, member, status, pack or reason."""
    when = " ".join(
        part
        for part in (
            f"{slot.date:%a %b} {slot.date.day}" if slot.date else "",
            format_time(slot.start) if slot.start else "",
        )
        if part
    )
    if slot.status == BUILT:
        status, detail = "Built", pack_names(slot.files)
    elif slot.status == FAILED:
        status, detail = "Not built", reason_text(slot.error)
    else:
        status, detail = "Not run", slot.error or "not in this run"
    if slot.warnings:
        status += " — check"
    return (str(slot.line), when or "—", slot.name or slot.legislator or "—", status, detail)


def pack_names(files: tuple[str, ...] | list[str]) -> str:
    """A row's pack in a few words: "2026-12-03_1030_jeanne-shaheen (PDF, DOCX)" for files that
    share a name, else the names."""
    stems = {name.rpartition(".")[0] for name in files}
    if len(stems) == 1 and all("." in name for name in files):
        kinds = ", ".join(name.rpartition(".")[2].upper() for name in files)
        return f"{stems.pop()} ({kinds})"
    return ", ".join(files)


def reason_text(error: str) -> str:
    return (error or "unknown error").replace(_CLI_FORCE, _GUI_FORCE)


def slot_tooltip(slot: Slot) -> str:
    """Everything about a row: why it has no pack, and the day's warnings about it."""
    lines = [f"Line {slot.line}: {slot.legislator or slot.name or 'no legislator'}"]
    if slot.status == BUILT:
        lines.append("Built: " + ", ".join(slot.files) + " (double-click to open)")
    elif slot.error:
        lines.append(f"Not built: {reason_text(slot.error)}")
    lines += [f"Check: {warning}" for warning in slot.warnings]
    return "\n".join(lines)
