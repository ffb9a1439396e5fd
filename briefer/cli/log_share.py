"""``briefer log export``, ``import`` and ``reprint``: the meeting log shared with a team, and a
page given printed again. Registered with the other log commands in :mod:`briefer.cli.log`."""

from __future__ import annotations

import argparse
from pathlib import Path

from briefer.cli.common import ExitCode, warn
from briefer.cli.log_open import _count, check_new, open_log
from briefer.support.errors import BrieferError


def cmd_export(args: argparse.Namespace) -> ExitCode:
    from briefer.meetings.exchange import export_log

    out = Path(args.output)
    check_new(out, args.force)
    with open_log(create=False) as log:
        count = export_log(log, out)
    print(
        f"Wrote {_count(count, 'meeting')} to {out} "
        "(it holds your reports: share it only with your team)"
    )
    return ExitCode.OK


def cmd_import(args: argparse.Namespace) -> ExitCode:
    from briefer.meetings.merge import import_log

    with open_log() as log:
        merged = import_log(log, Path(args.file), theirs=args.theirs)
    print(
        f"Imported {args.file}: {merged.added} new, {merged.updated} updated, "
        f"{merged.unchanged} already here; {_count(merged.reports, 'report')} and "
        f"{_count(merged.pages, 'page')} added"
    )
    warn([f"conflict: {c}" for c in merged.conflicts])
    warn([f"possible duplicate: {d}" for d in merged.duplicates])
    return ExitCode.OK


def cmd_reprint(args: argparse.Namespace) -> ExitCode:
    from briefer.meetings.log import get_export, get_meeting, resolve
    from briefer.meetings.reprint import choose_page, reprint
    from briefer.pipeline import format_for
    from briefer.support.fileio import check_writable_folder, write_atomic

    out = Path(args.output)
    check_new(out, args.force)
    check_writable_folder(out)
    with open_log(create=False) as log:
        kind, full = resolve(log, args.id)
        if kind == "meeting":
            meeting = get_meeting(log, full)
            export = choose_page(meeting, out.suffix.lower().lstrip("."), args.page)
        else:
            if args.page is not None:
                raise BrieferError("--page chooses among a meeting's pages: give its id")
            export = get_export(log, full)
        fmt = format_for(out) if out.suffix else export.format
        result = reprint(log, export, fmt)
    write_atomic(out, result.data)
    if fmt != export.format:
        print(
            f"Wrote {out}: page {export.short_id} again, as {fmt.upper()} "
            f"(it was given as {export.format.upper()})"
        )
    elif result.same:
        print(
            f"Wrote {out}: page {export.short_id} exactly as given ({export.at[:10]}, same bytes)"
        )
    else:
        warn(
            [
                f"{out}: rebuilt, but the bytes differ from the page given "
                f"(Briefer {export.version} made it)"
            ]
        )
    return ExitCode.OK
