"""``briefer lobby plan ROSTER.csv -o meetings.csv``: a lobby day's meetings from who comes.

The roster (columns ``name``, ``zip``, optionally ``town``) becomes one meeting line per member
who represents someone in the group, each senator once, with those people as ``attendees`` and
empty date and time cells: the meetings CSV that ``briefer batch`` builds the packs from.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from briefer.cli.common import ExitCode
from briefer.support.errors import BrieferError


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``lobby`` with its subcommand ``plan``."""
    parser = subparsers.add_parser(
        "lobby",
        help="plan a lobby day from the group's roster",
        description="Plan a lobby day: the meetings that the group's constituents make.",
    )
    commands = parser.add_subparsers(dest="lobby_command", metavar="COMMAND", required=True)
    planner = commands.add_parser(
        "plan",
        help="one meeting per member who represents someone on the roster",
        description="Read a roster CSV (columns name, zip, and optionally town and "
        "state_district, like 'IL House 11; IL Senate 6', for state legislators) and write a "
        "meetings CSV for `briefer batch`: one line per member who represents someone in the "
        "group (each senator once), those people as attendees 'Name (ZIP)', and empty date "
        "and time cells to fill in. Needs the legislators and the ZIP data imported.",
    )
    planner.add_argument("roster", metavar="ROSTER.csv", help="the group's roster")
    planner.add_argument("-o", "--output", required=True, metavar="FILE", help="the meetings CSV")
    planner.add_argument("--force", action="store_true", help="replace the output if it exists")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> ExitCode:
    """0 every person planned; 2 some roster lines could not be (the rest are written)."""
    from briefer.legislators.stored import load
    from briefer.legislators.zips import stored_zips
    from briefer.lobby.roster import meetings_csv, plan_roster, read_roster_file
    from briefer.support.fileio import check_writable_folder, write_atomic

    roster, out = Path(args.roster), Path(args.output)
    if out.exists() and not args.force:
        raise BrieferError(
            "already exists; it may hold dates you filled in: give another name, or --force",
            file=out,
        )
    check_writable_folder(out)
    if out.resolve() == roster.resolve():
        raise BrieferError("the output would replace the roster", file=out)
    directory = load()
    zips = stored_zips()
    if zips is None:
        raise BrieferError(
            "no ZIP data imported yet; run `briefer legislators import zccd.csv` with the "
            "ZIP-to-district file"
        )
    entries, problems, notice = read_roster_file(roster)
    if notice:
        print(f"briefer: note: {roster}: {notice}", file=sys.stderr)
    plan = plan_roster(entries, directory, zips)
    problems = sorted([*problems, *plan.problems], key=lambda p: p.line)
    for problem in problems:
        field = f"{problem.field}: " if problem.field else ""
        print(f"briefer: {roster}:{problem.line}: {field}{problem.message}", file=sys.stderr)
    for note in plan.notes:
        print(f"briefer: note: {roster}: {note}", file=sys.stderr)
    if not plan.meetings:
        raise BrieferError("no one on the roster could be planned: nothing written", file=roster)
    write_atomic(out, ("\ufeff" + meetings_csv(plan, directory)).encode("utf-8"))
    senators = sum(1 for m in plan.meetings if m.member.chamber == "Senate")
    state = sum(1 for m in plan.meetings if m.member.source.startswith("openstates:"))
    in_state = f", {state} with state legislators" if state else ""
    print(
        f"Planned {len(plan.meetings)} meetings ({senators} with senators, "
        f"{len(plan.meetings) - senators - state} in the House{in_state}) for {plan.people} of "
        f"{plan.people + len(problems)} people into {out} (ZIP data as of "
        f"{zips.as_of.isoformat()}); fill in the dates and times, then: "
        f"briefer batch {out} -o FOLDER"
    )
    return ExitCode.BAD_INPUT if problems else ExitCode.OK
