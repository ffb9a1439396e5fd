"""The meeting log on the command line: ``briefer log ...``; and recording a built page.

Only argparse loads with the parser; the log and SQLite load when a command runs.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from briefer.cli.common import ExitCode, one_line
from briefer.cli.log_open import _count, _date, no_log_yet, open_log
from briefer.cli.log_share import cmd_export, cmd_import, cmd_reprint
from briefer.cli.log_text import list_json, meeting_row, show_text, text_table
from briefer.support.errors import BrieferError


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``log`` (with its subcommands) and ``followup``."""
    log = sub.add_parser(
        "log",
        help="the meeting log: what each office got, the reports, follow-ups",
        description="The meeting log, kept on this computer only. IDs may be shortened to any "
        "unique prefix of four or more characters.",
    )
    cmds = log.add_subparsers(dest="log_command", metavar="COMMAND", required=True)

    p = cmds.add_parser("list", help="list the meetings, newest first")
    p.add_argument("--json", action="store_true", help="print JSON objects")
    p.add_argument("--member", help="only this member (part of the name, or the id)")
    p.add_argument("--due", action="store_true", help="only follow-ups due or overdue")
    p.add_argument("--since", metavar="DATE", help="only meetings on or after DATE")
    p.add_argument("--until", metavar="DATE", help="only meetings on or before DATE")
    p.add_argument("--position", action="append", help="only this position (repeatable)")
    p.set_defaults(func=cmd_list)

    p = cmds.add_parser("show", help="a meeting: its report and the pages it was given")
    p.add_argument("id", metavar="ID")
    p.add_argument("--json", action="store_true", help="print it as JSON")
    p.set_defaults(func=cmd_show)

    p = cmds.add_parser("add", help="log a meeting from a brief without exporting a page")
    p.add_argument("brief", help="the brief (YAML)")
    p.set_defaults(func=cmd_add)

    p = cmds.add_parser("report", help="write or change the report of a meeting")
    p.add_argument("id", metavar="ID")
    p.add_argument("--file", help="the report as YAML (met, position, questions, ...)")
    p.add_argument(
        "--position", help="supportive, leaning yes, undecided, leaning no, opposed, unknown"
    )
    p.add_argument("--met", help="whom we met")
    p.add_argument("--email", help="the staffer's email, for the thank-you")
    p.add_argument("--question", action="append", help='their question; "QUESTION => ANSWER"')
    p.add_argument("--request", action="append", help="what they asked of us (repeatable)")
    p.add_argument("--we-promised", action="append", help="our commitment (repeatable)")
    p.add_argument("--they-promised", action="append", help="their commitment (repeatable)")
    p.add_argument("--follow-up", metavar="DATE", help="when to follow up")
    p.add_argument("--done", action="store_true", help="the follow-up is done")
    p.add_argument("--notes", help="free notes, replacing the notes before (\\n: a new line)")
    p.set_defaults(func=cmd_report)

    p = cmds.add_parser("export", help="write the log as JSON (everything) or CSV")
    p.add_argument("-o", "--output", required=True, help="FILE.json or FILE.csv")
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p.set_defaults(func=cmd_export)

    p = cmds.add_parser("import", help="merge another team's exported log (no duplicates)")
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--theirs",
        action="store_true",
        help="where their meeting or report differs from yours, take theirs (default: keep yours)",
    )
    p.set_defaults(func=cmd_import)

    p = cmds.add_parser("summary", help="meetings by outcome, and follow-ups due")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_summary)

    p = cmds.add_parser("reprint", help="rebuild a page exactly as it was given")
    p.add_argument("id", metavar="ID", help="a page's id, or a meeting's")
    p.add_argument("-o", "--output", required=True, help="the file to write")
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p.add_argument(
        "--page",
        metavar="N",
        help="which of the meeting's pages: its number in the order given (1 the first), or its "
        "id; asked for when the meeting was given different pages",
    )
    p.set_defaults(func=cmd_reprint)

    p = cmds.add_parser(
        "given",
        help="mark a page as left with the office (an export counts only once marked or printed)",
    )
    p.add_argument("id", metavar="ID", help="a page's id, or a meeting's (then its newest page)")
    p.add_argument("--undo", action="store_true", help="mark it as only exported, not given")
    p.set_defaults(func=cmd_given)

    p = cmds.add_parser("delete", help="delete one meeting, its report and its pages")
    p.add_argument("id", metavar="ID")
    p.set_defaults(func=cmd_delete)

    p = cmds.add_parser("purge", help="delete every meeting before a date")
    p.add_argument("--before", required=True, metavar="DATE")
    p.set_defaults(func=cmd_purge)

    p = cmds.add_parser("path", help="print where the log is kept")
    p.set_defaults(func=cmd_path)


# --- commands ----------------------------------------------------------------------------------


def cmd_list(args: argparse.Namespace) -> ExitCode:

    from briefer.meetings.log import Filter, list_meetings
    from briefer.meetings.report_input import normalize_position

    positions = []
    for value in args.position or []:
        try:
            positions.append(normalize_position(value))
        except ValueError as exc:
            raise BrieferError(str(exc), field="--position") from None
    from briefer.support.clock import SYSTEM

    today = SYSTEM.today()
    which = Filter(
        member=args.member or "",
        since=_date(args.since, "--since"),
        until=_date(args.until, "--until"),
        positions=tuple(positions),
        due=args.due,
        today=today,
    )
    if no_log_yet():
        meetings = []
    else:
        with open_log() as log:
            meetings = list_meetings(log, which, with_exports=args.json, full=args.json)
    if args.json:
        print(json.dumps([list_json(m, today) for m in meetings], ensure_ascii=False, indent=1))
        return ExitCode.OK
    if not meetings:
        print("No meetings in the log" + (" match." if args.member or args.due else " yet."))
        return ExitCode.OK
    header = ["ID", "DATE", "TIME", "MEMBER", "POSITION", "FOLLOW-UP", "PAGES", "GIVEN"]
    print(text_table([meeting_row(m, today) for m in meetings], header))
    return ExitCode.OK


def cmd_show(args: argparse.Namespace) -> ExitCode:
    from briefer.meetings.log import find_meeting
    from briefer.support.clock import SYSTEM

    with open_log(create=False) as log:
        meeting = find_meeting(log, args.id)
    if args.json:
        print(json.dumps(list_json(meeting, SYSTEM.today()), ensure_ascii=False, indent=1))
    else:
        print(show_text(meeting, SYSTEM.today()))
    return ExitCode.OK


def cmd_add(args: argparse.Namespace) -> ExitCode:
    from briefer.meetings.log import add_meeting
    from briefer.meetings.recording import planned_fields
    from briefer.page.brief import load_brief

    brief = load_brief(Path(args.brief))
    if not brief.meeting.legislator.strip():
        raise brief.error("the brief names no legislator", "meeting", "legislator")
    fields = planned_fields(brief)  # the ask as a page would print it
    with open_log() as log:
        meeting_id = add_meeting(log, fields)
    print(f"Logged meeting {meeting_id[:8]} with {fields.legislator}")
    return ExitCode.OK


def _question(text: str) -> dict[str, str]:
    question, _, answer = text.partition("=>")
    return {"question": question.strip(), "answer": answer.strip()}


def cmd_report(args: argparse.Namespace) -> ExitCode:
    from briefer.meetings.log import find_meeting, save_report
    from briefer.meetings.report_input import (
        check_report,
        load_report,
        normalize_position,
        report_from_input,
    )

    with open_log(create=False) as log:
        meeting = find_meeting(log, args.id)
        if args.file:
            given = load_report(Path(args.file))
            data = given.model_dump()
            attendees = given.attendees
        else:
            data = meeting.report.content() if meeting.report else {}
            if "questions" in data:
                data["questions"] = [{"question": q, "answer": a} for q, a in data["questions"]]
            data["follow_up"] = data.get("follow_up") or None
            attendees = None
        if args.position is not None:
            try:
                data["position"] = normalize_position(args.position)
            except ValueError as exc:
                raise BrieferError(str(exc), field="--position") from None
        for flag, key in (("met", "met"), ("email", "staffer_email"), ("notes", "notes")):
            if getattr(args, flag) is not None:
                data[key] = (
                    getattr(args, flag).replace("\\n", "\n")
                    if key == "notes"
                    else getattr(args, flag)
                )
        for flag, key in (
            ("request", "requests"),
            ("we_promised", "our_commitments"),
            ("they_promised", "their_commitments"),
        ):
            if getattr(args, flag):
                data[key] = [*data.get(key, []), *getattr(args, flag)]
        if args.question:
            data["questions"] = [*data.get("questions", []), *(_question(q) for q in args.question)]
        if args.follow_up is not None:
            data["follow_up"] = _date(args.follow_up, "--follow-up")
        if args.done:
            data["follow_up_done"] = True
        data.pop("attendees", None)
        report = report_from_input(check_report(data, "command line"))
        save_report(log, meeting.id, report, attendees)
    print(
        f"Saved the report of {meeting.short_id} ({meeting.who}, "
        f"{meeting.date or 'undated'}): {report.position}"
    )
    return ExitCode.OK


def cmd_summary(args: argparse.Namespace) -> ExitCode:
    from briefer.meetings.log import summarize
    from briefer.support.clock import SYSTEM

    if no_log_yet():
        print("No meetings in the log yet.")
        return ExitCode.OK
    with open_log() as log:
        today = SYSTEM.today()
        s = summarize(log, today)
    if args.json:
        print(
            json.dumps(
                {
                    "meetings": s.total,
                    "reported": s.reported,
                    "by_position": s.by_position,
                    "awaiting_report": [m.id for m in s.awaiting_report],
                    "follow_ups_due": [m.id for m in s.follow_ups],
                },
                indent=1,
            )
        )
        return ExitCode.OK
    print(f"{_count(s.total, 'meeting')}, {s.reported} with a report")
    width = max(len(p) for p in s.by_position)
    for position, count in s.by_position.items():
        print(f"  {position:<{width}}  {count:>4}")
    if s.awaiting_report:
        print(f"\nAwaiting a report ({len(s.awaiting_report)}):")
        for m in s.awaiting_report:
            print(f"  {m.short_id}  {m.date or 'undated'}  {one_line(m.who)}")
    if s.follow_ups:
        print(f"\nFollow-ups due ({len(s.follow_ups)}):")
        for m in s.follow_ups:
            assert m.report is not None and m.report.follow_up is not None
            print(
                f"  {m.short_id}  {m.report.follow_up}  {m.follow_up_state(today)}  "
                + one_line(m.who)
            )
    return ExitCode.OK


def cmd_given(args: argparse.Namespace) -> ExitCode:
    from briefer.meetings.log import mark_given

    with open_log(create=False) as log:
        page = mark_given(log, args.id, not args.undo)
    what = "given to the office" if page.given else "only exported, not given"
    print(f"Page {page.short_id} ({page.file_name or page.source}) is marked {what}")
    return ExitCode.OK


def cmd_delete(args: argparse.Namespace) -> ExitCode:
    from briefer.meetings.log import delete_meeting, find_meeting

    with open_log(create=False) as log:
        meeting = find_meeting(log, args.id)
        delete_meeting(log, meeting.id)
    print(f"Deleted meeting {meeting.short_id} ({meeting.who}, {meeting.date or 'undated'})")
    return ExitCode.OK


def cmd_purge(args: argparse.Namespace) -> ExitCode:
    from briefer.meetings.log import purge

    before = _date(args.before, "--before")
    with open_log(create=False) as log:
        done = purge(log, before)
    print(
        f"Deleted {_count(done.meetings, 'meeting')} before {before.isoformat()} and "
        f"{_count(done.exports, 'record')} of pages"
        + (f"; removed {done.backups} backups that held copies" if done.backups else "")
    )
    return ExitCode.OK


def cmd_path(args: argparse.Namespace) -> ExitCode:
    from briefer.meetings.db import log_path

    print(log_path())
    return ExitCode.OK
