"""``briefer followup``: the thank-you draft for a meeting, from its brief and its report."""

from __future__ import annotations

import argparse
from pathlib import Path

from briefer.cli.common import ExitCode, warn
from briefer.cli.log_open import check_new, no_log_yet, open_log


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``followup``."""
    p = sub.add_parser("followup", help="write the thank-you email draft (.eml) for a meeting")
    p.add_argument("brief", help="the meeting's brief (YAML)")
    p.add_argument("-o", "--output", required=True, help="thanks.eml (or .txt for the text)")
    p.add_argument(
        "--meeting", metavar="ID", help="the logged meeting (default: by member and date)"
    )
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p.set_defaults(func=cmd_followup)


def cmd_followup(args: argparse.Namespace) -> ExitCode:
    from briefer.editing.ops import export_name
    from briefer.meetings.followup import body, subject, thank_you_eml
    from briefer.meetings.log import find_meeting, meeting_for
    from briefer.page.brief import load_brief
    from briefer.pipeline import make_plan, pack_for, prepare, render
    from briefer.support.errors import BrieferError
    from briefer.support.fileio import check_writable_folder, write_atomic

    out = Path(args.output)
    if out.suffix.lower() not in (".eml", ".txt"):
        raise BrieferError(
            f"cannot write a thank-you as '{out.suffix or 'no suffix'}': use .eml (an email "
            "draft) or .txt (its text)",
            file=out,
        )
    check_new(out, args.force)
    check_writable_folder(out)
    brief = load_brief(Path(args.brief))
    plan = make_plan(brief)
    brief = prepare(brief, pack_for(brief)).brief  # as the page has it: the directory's title
    meeting = None
    if args.meeting or not no_log_yet():
        with open_log(create=False) as log:
            if args.meeting:
                meeting = find_meeting(log, args.meeting)
            else:
                m = brief.meeting
                meeting = meeting_for(log, m.legislator, m.date, m.time)
    if meeting is None or meeting.report is None:
        warn(
            [
                "no meeting report in the log for this brief: the draft has the thanks and the ask "
                "only (briefer log report ID ...)"
            ]
        )
    if out.suffix.lower() == ".txt":
        data = f"Subject: {subject(brief)}\n\n{body(brief, meeting, paper=plan.page.name)}".encode()
    else:
        pdf = render(plan, "pdf")
        data = thank_you_eml(brief, meeting, pdf, export_name(brief, ".pdf"), paper=plan.page.name)
    write_atomic(out, data)
    to = meeting.report.staffer_email if meeting and meeting.report else ""
    print(f"Wrote {out}" + (f" (to {to})" if to else " (add the staffer's address before sending)"))
    return ExitCode.OK
