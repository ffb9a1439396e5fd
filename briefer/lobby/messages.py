"""What the Lobby-day dialog says: its texts, what is wrong with the choices, and about a batch
the summary, the failed rows and each row's progress line (plain functions, no Qt)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path, PurePath

from briefer.day import BUILT, FAILED, Slot
from briefer.lobby.batch import CALENDAR_NAME, INDEX_NAME, BatchResult, RowResult
from briefer.support.formats import FORMAT_LABELS
from briefer.support.messages import QT_TRANSLATE_NOOP, Message, translate
from briefer.support.when import format_time

CSV_FILTER = "Meetings (*.csv);;All files (*)"
INTRO = (
    "Build one leave-behind per meeting from a spreadsheet of the day’s meetings (CSV with the "
    "columns <i>legislator, date, time, duration, location, staffer, staffer_role, attendees, "
    "ask, bill, blocks, notes, template, paper, language</i>; only <i>legislator</i> is "
    "needed), the day’s schedule, <i>index.pdf</i>, and a calendar to import, "
    "<i>schedule.ics</i>."
)
# The table's columns, its statuses, the summary and each line's text are marked (the core's
# context: briefer.support.messages); the app shows them through i18n.core_text.
TABLE_COLUMNS = (
    Message(QT_TRANSLATE_NOOP("core", "Line")),
    Message(QT_TRANSLATE_NOOP("core", "When")),
    Message(QT_TRANSLATE_NOOP("core", "Member")),
    Message(QT_TRANSLATE_NOOP("core", "Status")),
    Message(QT_TRANSLATE_NOOP("core", "Pack, or why there is none")),
)
RERUN = Message(QT_TRANSLATE_NOOP("core", "Run &Failed Lines Again"))
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


def reason(row: RowResult) -> str:
    """A failed row's reason in the dialog's words (the core speaks the command line's)."""
    return reason_text(row.error or "")


def summary_text(result: BatchResult) -> Message:
    """'Built 58 of 60 meetings, 116 files, and the schedule (index.pdf).'"""
    built = sum(1 for r in result.results if r.ok)
    meetings = translate("core", "Built {built} of %n meeting(s)", None, result.total, built=built)
    files = translate("core", "%n file(s)", None, result.files)
    if result.index is not None:
        text = Message(
            QT_TRANSLATE_NOOP(
                "core", "{meetings}, {files}, the schedule ({index}) and the calendar ({calendar})."
            ),
            meetings=meetings,
            files=files,
            index=INDEX_NAME,
            calendar=CALENDAR_NAME,
        )
    else:
        text = Message(
            QT_TRANSLATE_NOOP("core", "{meetings}, {files}."), meetings=meetings, files=files
        )
    if result.cancelled:
        text = Message(
            QT_TRANSLATE_NOOP(
                "core",
                "Cancelled. {text} The schedule ({index}) was not written; meetings already "
                "under way when you cancelled may have been written too.",
            ),
            text=text,
            index=INDEX_NAME,
        )
    failed = len(result.failed)
    if failed:
        text = Message(
            QT_TRANSLATE_NOOP("core", "{text} {failed}"),
            text=text,
            failed=translate("core", "%n meeting(s) could not be built:", None, failed),
        )
    return text


def failure_lines(result: BatchResult) -> list[Message]:
    return [
        Message(
            QT_TRANSLATE_NOOP("core", "Line {line}: {reason}"), line=row.line, reason=reason(row)
        )
        for row in result.failed
    ]


def row_text(row: RowResult) -> Message:
    """'Line 8: 2026-12-04_1200_sheldon-whitehouse (PDF, DOCX)'."""
    if row.ok and row.files:
        stem = PurePath(row.files[0]).stem
        kinds = ", ".join(PurePath(name).suffix.lstrip(".").upper() for name in row.files)
        return Message(
            QT_TRANSLATE_NOOP("core", "Line {line}: {stem} ({kinds})"),
            line=row.line,
            stem=stem,
            kinds=kinds,
        )
    return Message(
        QT_TRANSLATE_NOOP("core", "Line {line}: not built — {reason}"),
        line=row.line,
        reason=reason(row),
    )


BUILT_STATUS = Message(QT_TRANSLATE_NOOP("core", "Built"))
NOT_BUILT = Message(QT_TRANSLATE_NOOP("core", "Not built"))
NOT_RUN = Message(QT_TRANSLATE_NOOP("core", "Not run"))
NOT_IN_RUN = Message(QT_TRANSLATE_NOOP("core", "not in this run"))


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
    status: Message
    if slot.status == BUILT:
        status, detail = BUILT_STATUS, pack_names(slot.files)
    elif slot.status == FAILED:
        status, detail = NOT_BUILT, reason_text(slot.error)
    else:
        status, detail = NOT_RUN, slot.error or NOT_IN_RUN
    if slot.warnings:
        status = Message(QT_TRANSLATE_NOOP("core", "{status} — check"), status=status)
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
    if error and _CLI_FORCE not in error:
        return error  # a core message (a Message) stays one, for the app to translate
    return (error or "unknown error").replace(_CLI_FORCE, _GUI_FORCE)


def slot_tooltip(slot: Slot, say: Callable[[str], str] = str) -> str:
    """Everything about a row: why it has no pack, and the day's warnings about it (each line
    said by ``say``: the app's is i18n.core_text)."""
    who = slot.legislator or slot.name or Message(QT_TRANSLATE_NOOP("core", "no legislator"))
    lines = [Message(QT_TRANSLATE_NOOP("core", "Line {line}: {who}"), line=slot.line, who=who)]
    if slot.status == BUILT:
        files = ", ".join(slot.files)
        lines.append(
            Message(QT_TRANSLATE_NOOP("core", "Built: {files} (double-click to open)"), files=files)
        )
    elif slot.error:
        reason = reason_text(slot.error)
        lines.append(Message(QT_TRANSLATE_NOOP("core", "Not built: {reason}"), reason=reason))
    lines += [
        Message(QT_TRANSLATE_NOOP("core", "Check: {warning}"), warning=w) for w in slot.warnings
    ]
    return "\n".join(say(line) for line in lines)
