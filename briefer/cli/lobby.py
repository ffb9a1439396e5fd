"""`briefer batch`: a lobby day's packs from a meetings CSV, with progress on stderr."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from briefer.cli.common import ExitCode, one_line, rewrite_line
from briefer.support.errors import BrieferError
from briefer.support.formats import FORMATS, PAPERS

if TYPE_CHECKING:  # the batch machinery loads only when `briefer batch` runs
    from briefer.lobby.batch import BatchResult, RowResult


def _formats(value: str) -> list[str]:
    chosen = [part.strip().lower() for part in value.split(",") if part.strip()]
    bad = [part for part in chosen if part not in FORMATS]
    if bad or not chosen:
        raise argparse.ArgumentTypeError(f"formats are {', '.join(FORMATS)} (got '{value}')")
    return list(dict.fromkeys(chosen))


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "batch",
        help="build one pack per meeting from a lobby-day CSV, with the schedule and a calendar",
        description="Columns: legislator (id or name), date, time, duration (minutes), location, "
        "staffer, attendees (names separated by ';', each may be 'Name (ZIP)'), ask, bill, "
        "blocks (point ids separated by ';'), notes, template, paper, language. Empty cells fall "
        "back to the base brief, then to the suggestions for the member's committees. Writes one "
        "pack per meeting, index.pdf (the schedule, every meeting in time order) and schedule.ics "
        "(the calendar). Exit 0 when every line was built, 2 when a line failed, 3 when the "
        "only failures are meetings whose points do not fit one page.",
    )
    p.add_argument("meetings", help="the meetings CSV (UTF-8, UTF-16 or Windows-1252; , or ;)")
    p.add_argument("-o", "--output", required=True, help="the folder to write into (created)")
    p.add_argument("--base", help="a brief whose sender, ask and points every meeting starts from")
    p.add_argument("--format", type=_formats, default=["pdf"], help="pdf,docx,txt,md (default pdf)")
    p.add_argument("--template", help="template name or file (a row's template column wins)")
    p.add_argument("--paper", choices=PAPERS)
    p.add_argument(
        "--audience",
        choices=("us-congress", "us-state", "eu-parliament", "national-parliament"),
        help="whom the packs address: headings, date style and default paper (default: from "
        "each meeting's chamber and the paper)",
    )
    p.add_argument(
        "--language",
        choices=("en", "de", "fr", "pl", "lt"),
        help="the packs' fixed words and dates in this language (a row's language column wins)",
    )
    p.add_argument(
        "--date-order",
        choices=("mdy", "dmy"),
        help="how to read numeric dates like 3/12/2026 (month/day/year or day/month/year); "
        "without it a date that reads both ways is an error",
    )
    p.add_argument(
        "--timezone",
        default="America/New_York",
        help="the meetings' local time zone, for the calendar (default America/New_York)",
    )
    p.add_argument("--jobs", type=int, help="worker processes (default: the number of cores)")
    p.add_argument("--force", action="store_true", help="replace files that already exist")
    p.add_argument("--no-log", action="store_true", help="do not record them in the meeting log")
    p.set_defaults(func=run)


class _Progress:
    """A bar with the time left on a terminal; plain lines when stderr is a file or a pipe."""

    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()
        self.started = time.perf_counter()
        self.shown = 0.0

    def __call__(self, done: int, total: int, result: RowResult) -> None:
        if self.tty:
            now = time.perf_counter()
            if done < total and now - self.shown < 0.1:
                return
            self.shown = now
            width = 30
            filled = int(width * done / max(total, 1))
            bar = "█" * filled + "·" * (width - filled)
            elapsed = now - self.started
            left = elapsed / done * (total - done) if done else 0.0
            eta = f"about {left:.0f} s left" if done < total else f"{elapsed:.1f} s"
            rewrite_line(f"[{bar}] {done}/{total} meetings, {eta}   ")
            if done == total:
                sys.stderr.write("\n")
        else:
            state = ", ".join(result.files) if result.ok else f"failed: {result.error}"
            sys.stderr.write(f"[{done}/{total}] line {result.line}: {state}\n")
        sys.stderr.flush()


def run(args: argparse.Namespace) -> ExitCode:
    from briefer.legislators.enrich import stored_directory
    from briefer.lobby.batch import run_batch
    from briefer.page.brief import load_brief
    from briefer.support.startup import resume

    base = load_brief(Path(args.base)) if args.base else None
    if args.audience:  # every meeting starts from the base brief
        from briefer.page.brief import Brief

        base = (base or Brief()).model_copy(update={"audience": args.audience})
    if args.language:  # the page's language for every meeting, unless its row says another
        from briefer.page.brief import Brief

        base = (base or Brief()).model_copy(update={"language": args.language})
    if args.jobs is not None and args.jobs < 1:
        raise BrieferError("--jobs must be 1 or more")
    directory = stored_directory()
    if directory is None:
        print(
            "briefer: warning: no legislator directory imported; names are used as typed "
            "(briefer legislators import PATH)",
            file=sys.stderr,
        )
    progress = _Progress()
    resume()  # a lobby day runs long: collect cycles again, the start frozen out of sight
    result = run_batch(
        Path(args.meetings),
        Path(args.output),
        base=base,
        formats=args.format,
        template=args.template,
        paper=args.paper,
        jobs=args.jobs,
        force=args.force,
        directory=directory,
        progress=progress,
        date_order=args.date_order,
        timezone=args.timezone,
        log=not args.no_log,
    )
    return summarize(
        result, args.meetings, Path(args.output), time.perf_counter() - progress.started
    )


def _n(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def summarize(result: BatchResult, csv_name: str, out_dir: Path, seconds: float) -> ExitCode:
    """The closing summary on stdout; each failed line, then each warning, on stderr; the exit
    code. The summary's counts add up to the lines of the file."""
    meeting_lines = sum(slot.span for slot in result.slots)
    written = [p.name for p in (result.index, result.calendar) if p is not None]
    print(
        f"Built {result.built} of {_n(result.total, 'meeting')} ({_n(result.files, 'file')}) "
        f"in {out_dir} "
        f"in {seconds:.1f} s" + (f"; schedule: {', '.join(written)}" if written else "")
    )
    meetings = _n(len(result.slots), "meeting")
    if meeting_lines != len(result.slots):
        meetings += f" on {meeting_lines} lines"
    print(
        f"{result.lines} lines read: the header, {meetings} ({result.built} built, "
        f"{len(result.failed)} failed), {result.blank} blank"
    )
    if result.notice:
        print(f"briefer: {csv_name}: warning: {result.notice}", file=sys.stderr)
    for failure in result.failed:  # one line each, whatever a cell held
        print(one_line(f"briefer: {csv_name}:{failure.line}: {failure.error}"), file=sys.stderr)
    for line, text in result.warnings:
        print(one_line(f"briefer: {csv_name}:{line}: warning: {text}"), file=sys.stderr)
    if result.log_warning:
        print(f"briefer: warning: {result.log_warning}", file=sys.stderr)
    if result.cancelled:
        print("briefer: cancelled before every meeting was built", file=sys.stderr)
    if result.cancelled or any(not f.does_not_fit for f in result.failed):
        return ExitCode.BAD_INPUT
    return ExitCode.DOES_NOT_FIT if result.failed else ExitCode.OK
