"""``briefer legislators``: import the legislator directory and search it.

briefer legislators import PATH... [--csv]      congress-legislators folder/files, or CSV files
briefer legislators find TEXT... [--json] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefer.cli.common import ExitCode
from briefer.errors import BrieferError

if TYPE_CHECKING:  # the directory loads only when a ``legislators`` command runs
    from briefer.legislators.model import Legislator
    from briefer.legislators.store import Directory

_TOP_COMMITTEES = 3
_COMMITTEE_PREFIX = re.compile(
    r"^(?:(?:House|Senate|Joint)\s+)?(?:Select\s+)?Committee\s+on\s+(?:the\s+)?"
)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``legislators`` with its subcommands ``import`` and ``find``."""
    parser = subparsers.add_parser(
        "legislators",
        help="import and search the legislator directory",
        description="Import the legislator directory, and search it.",
    )
    commands = parser.add_subparsers(dest="legislators_command", metavar="COMMAND", required=True)
    importer = commands.add_parser(
        "import",
        help="import legislators from congress-legislators YAML files or a CSV file",
        description="Replace the stored legislator directory. Give the congress-legislators "
        "folder (or its YAML files), or CSV files with a header line: name, title, chamber, "
        "state, district, party, committees (separated by ';'), office, phone, email.",
    )
    importer.add_argument("paths", nargs="+", metavar="PATH", help="folder or file(s)")
    importer.add_argument("--csv", action="store_true", help="read the files as CSV")
    finder = commands.add_parser(
        "find",
        help="search by name, state (NH), seat (CA-12) or id",
        description="Search the imported legislators by name (accents optional), state code, "
        "state and district (CA-12) or bioguide id.",
    )
    finder.add_argument("text", nargs="+", metavar="TEXT", help="what to look for")
    finder.add_argument("--json", action="store_true", help="print the matches as JSON")
    finder.add_argument("--limit", type=_positive, default=20, metavar="N", help="at most N")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> ExitCode:
    """Run a ``legislators`` subcommand: 0 done, 1 nothing found, 2 bad input."""
    command = getattr(args, "legislators_command", None)
    if command == "import":
        return _import(args)
    if command == "find":
        return _find(args)
    raise BrieferError("choose a command: briefer legislators import PATH | find TEXT")


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, not {text!r}")
    return value


def _import(args: argparse.Namespace) -> ExitCode:
    from briefer.legislators.congress import import_congress
    from briefer.legislators.csv_reader import import_csv
    from briefer.legislators.store import save

    paths = [Path(p) for p in args.paths]
    as_csv = [args.csv or p.suffix.casefold() == ".csv" for p in paths]
    if all(as_csv):
        directory = _merge([import_csv(p) for p in paths], paths)
    elif any(as_csv):
        raise BrieferError("give either CSV files or congress-legislators YAML files, not both")
    else:
        directory = import_congress(paths)
    target = save(directory)
    _emit(
        f"Imported {len(directory.members)} members and {len(directory.committees)} committees "
        f"into {target}"
    )
    return ExitCode.OK


def _merge(directories: list[Directory], paths: list[Path]) -> Directory:
    from briefer.legislators.store import Directory

    members: dict[str, Legislator] = {}
    committees: dict[str, str] = {}
    for directory, path in zip(directories, paths, strict=True):
        for member in directory.members:
            if member.id.casefold() in members:
                raise BrieferError(f"{member.id} is also in an earlier file", file=path)
            members[member.id.casefold()] = member
        committees.update(directory.committees)
    return Directory(members.values(), committees)


def _find(args: argparse.Namespace) -> ExitCode:
    from briefer.legislators.store import load

    text = " ".join(args.text)
    found = load().find(text, limit=args.limit)
    if args.json:
        _emit(json.dumps([as_json(m) for m in found], ensure_ascii=False, indent=2))
    elif found:
        _emit(format_table(found))
    else:
        print(f"briefer: no legislators match {text!r}", file=sys.stderr)
    return ExitCode.OK if found else ExitCode.FAILED


def as_json(member: Legislator) -> dict[str, Any]:
    """One member as the plain object that ``find --json`` prints."""
    fields = ("id", "name", "title", "chamber", "state", "district", "party", "office", "phone")
    item: dict[str, Any] = {name: getattr(member, name) for name in fields}
    item["url"] = member.url
    item["committees"] = [
        {"id": s.id, "name": s.name, "role": s.role, "parent": s.parent} for s in member.committees
    ]
    return item


def top_committees(member: Legislator, count: int = _TOP_COMMITTEES) -> str:
    """'Foreign Relations (Ranking Member); Appropriations; +4 more' (full committees only)."""
    from briefer.legislators.model import role_rank

    seats = sorted(
        (s for s in member.committees if s.parent is None), key=lambda s: role_rank(s.role)
    )
    parts = [
        _COMMITTEE_PREFIX.sub("", s.name) + (f" ({s.role})" if s.role else "")
        for s in seats[:count]
    ]
    if len(seats) > count:
        parts.append(f"+{len(seats) - count} more")
    return "; ".join(parts)


def format_table(members: list[Legislator]) -> str:
    """A plain-text table: name, title, state-district, party, top committees."""
    rows = [("Name", "Title", "Seat", "Party", "Committees")]
    rows += [(m.name, m.title, m.seat_code(), m.party, top_committees(m)) for m in members]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=False)) + "  " + row[4]
        for row in rows
    ]
    return "\n".join(line.rstrip() for line in lines)


def _emit(text: str) -> None:
    """Print, replacing characters the console cannot show instead of failing."""
    try:
        print(text)
    except UnicodeEncodeError:
        encoding = getattr(sys.stdout, "encoding", None) or "ascii"
        print(text.encode(encoding, "replace").decode(encoding))
