"""`briefer batch`: a lobby day's packs from a meetings CSV, with progress on stderr."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from briefer.cli.common import ExitCode
from briefer.errors import BrieferError
from briefer.formats import FORMATS, PAPERS

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
        help="build one pack per meeting from a lobby-day CSV",
        description="Columns: legislator (id or name), date, time, location, staffer, ask, "
        "blocks (ids separated by ';'). Empty cells fall back to the base brief, then to the "
        "suggestions for the member's committees.",
    )
    p.add_argument("meetings", help="the meetings CSV")
    p.add_argument("-o", "--output", required=True, help="the folder to write into (must exist)")
    p.add_argument("--base", help="a brief whose sender, ask and points every meeting starts from")
    p.add_argument("--format", type=_formats, default=["pdf"], help="pdf,docx,txt,md (default pdf)")
    p.add_argument("--template", help="template name or file")
    p.add_argument("--paper", choices=PAPERS)
    p.add_argument("--jobs", type=int, help="worker processes (default: the number of cores)")
    p.add_argument("--force", action="store_true", help="replace files that already exist")
    p.add_argument(
        "--date-order",
        choices=("mdy", "dmy"),
        help="how to read numeric dates like 3/12/2026 (month/day/year or day/month/year)",
    )
    p.set_defaults(func=run)


class _Progress:
    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()
        self.started = time.perf_counter()

    def __call__(self, done: int, total: int, result: RowResult) -> None:
        if self.tty:
            width = 30
            filled = int(width * done / max(total, 1))
            bar = "█" * filled + "·" * (width - filled)
            sys.stderr.write(f"\r[{bar}] {done}/{total}")
            if done == total:
                sys.stderr.write("\n")
        else:
            state = ", ".join(result.files) if result.ok else f"failed: {result.error}"
            sys.stderr.write(f"[{done}/{total}] line {result.line}: {state}\n")
        sys.stderr.flush()


def run(args: argparse.Namespace) -> ExitCode:
    from briefer.brief import load_brief
    from briefer.legislators.enrich import stored_directory
    from briefer.lobby.batch import run_batch

    base = load_brief(Path(args.base)) if args.base else None
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
    )
    return summarize(
        result, args.meetings, Path(args.output), time.perf_counter() - progress.started
    )


def summarize(result: BatchResult, csv_name: str, out_dir: Path, seconds: float) -> ExitCode:
    """The closing summary on stdout, one line per failed row on stderr; the exit code."""
    built = result.total - len(result.failed)
    print(
        f"Built {built} of {result.total} meetings ({result.files} files) in {out_dir} "
        f"in {seconds:.1f} s" + (f"; schedule: {result.index.name}" if result.index else "")
    )
    for failure in result.failed:
        print(f"briefer: {csv_name}:{failure.line}: {failure.error}", file=sys.stderr)
    if result.cancelled:
        print("briefer: cancelled before every meeting was built", file=sys.stderr)
    if result.cancelled or any(not f.does_not_fit for f in result.failed):
        return ExitCode.BAD_INPUT
    return ExitCode.DOES_NOT_FIT if result.failed else ExitCode.OK
