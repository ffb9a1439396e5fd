"""``briefer legislators``: import the legislator directory and search it.

briefer legislators import PATH... [--csv] [--as-of DATE]
                                    congress-legislators folder/files, an Open States checkout
                                    or state folder, a HowTheyVote.eu export, CSV files, the
                                    ZIP file
briefer legislators find TEXT... [--json] [--limit N]
briefer legislators zip ZIP [--json]  who represents a ZIP: two senators and the House member
briefer legislators status           which directories are imported, and their dates
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefer.cli.common import ExitCode, one_line
from briefer.support.errors import BrieferError

if TYPE_CHECKING:  # the directory loads only when a ``legislators`` command runs
    from briefer.legislators.constituents import Representation
    from briefer.legislators.model import Legislator
_TOP_COMMITTEES = 3
_COMMITTEE_PREFIX = re.compile(
    r"^(?:(?:House|Senate|Joint)\s+)?(?:Select\s+)?Committee\s+on\s+(?:the\s+)?"
)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``legislators`` with its subcommands ``import``, ``find``, ``zip`` and ``status``."""
    parser = subparsers.add_parser(
        "legislators",
        help="import and search the legislator directory",
        description="Import the legislator directory, and search it.",
    )
    commands = parser.add_subparsers(dest="legislators_command", metavar="COMMAND", required=True)
    importer = commands.add_parser(
        "import",
        help="import legislators: Congress, state legislatures, MEPs, or a CSV file",
        description="Add to the stored legislator directory; each import replaces only its own "
        "part. Give the congress-legislators folder (or its YAML files); an Open States "
        "checkout of openstates/people, its data folder or one state's folder (state "
        "legislators); HowTheyVote.eu's export, a zip archive or a folder of its tables (MEPs); "
        "or CSV files with a header line: name, title, chamber, "
        "state, district, party, committees (separated by ';'), office, phone, email. "
        "The ZIP-to-district file (header state_fips,state_abbr,zcta,cd) is recognised by its "
        "header and stored beside the directory.",
    )
    importer.add_argument("paths", nargs="+", metavar="PATH", help="folder or file(s)")
    importer.add_argument("--csv", action="store_true", help="read the files as CSV")
    importer.add_argument(
        "--as-of",
        type=_iso_date,
        metavar="DATE",
        help="the date of the ZIP data, like 2024-11-12 (default: the file's date)",
    )
    finder = commands.add_parser(
        "find",
        help="search by name, state (NH), seat (CA-12) or id",
        description="Search the imported legislators by name (accents optional), state code, "
        "state and district (CA-12) or bioguide id.",
    )
    finder.add_argument("text", nargs="+", metavar="TEXT", help="what to look for")
    finder.add_argument("--json", action="store_true", help="print the matches as JSON")
    finder.add_argument("--limit", type=_positive, default=20, metavar="N", help="at most N")
    zipper = commands.add_parser(
        "zip",
        help="who represents a ZIP: the two senators and the House member",
        description="The senators and the representative (or delegate) for a ZIP code "
        "(03301 or 03301-1234). A ZIP that spans districts lists every candidate.",
    )
    zipper.add_argument("zip", metavar="ZIP", help="five digits, or ZIP+4 with a dash")
    zipper.add_argument("--json", action="store_true", help="print the members as JSON")
    commands.add_parser(
        "status",
        help="which directories are imported, and their dates",
        description="Each imported directory (Congress, the states, the MEPs, a CSV) with its "
        "number of members, the day it was imported and the date of its data.",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> ExitCode:
    """Run a ``legislators`` subcommand: 0 done, 1 nothing found, 2 bad input."""
    command = getattr(args, "legislators_command", None)
    if command == "import":
        return _import(args)
    if command == "find":
        return _find(args)
    if command == "zip":
        return _zip(args)
    if command == "status":
        return _status()
    raise BrieferError(
        "choose a command: briefer legislators import PATH | find TEXT | zip ZIP | status"
    )


def _status() -> ExitCode:
    from briefer.legislators.importing import imported_summary
    from briefer.legislators.stored import default_store_path, load

    directory = load()  # none yet: the message says how to import
    for line in imported_summary(directory) or [f"{len(directory):,} members"]:
        _emit(line)
    _emit(f"Stored in {default_store_path()}")
    return ExitCode.OK


def _iso_date(text: str) -> Any:
    """A date as dates are read everywhere (2024-11-12, Nov 12, 2024; briefer.support.when)."""
    from briefer.support import when

    try:
        return when.parse_date(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, not {text!r}")
    return value


def _import(args: argparse.Namespace) -> ExitCode:
    from briefer.legislators.zip_file import is_zip_file
    from briefer.support.clock import SYSTEM

    paths = [Path(p) for p in args.paths]
    zip_files = [p for p in paths if p.is_file() and is_zip_file(p)]
    if len(zip_files) > 1:
        raise BrieferError("give one ZIP-to-district file at a time", file=zip_files[1])
    if args.as_of and not zip_files:
        raise BrieferError("--as-of dates the ZIP-to-district file: give that file too")
    if args.as_of:
        from briefer.legislators.zip_file import future_date

        problem = future_date(args.as_of, SYSTEM.today())
        if problem:
            raise BrieferError(problem, field="--as-of")
    others = [p for p in paths if p not in zip_files]
    # Everything is read and checked before anything is stored: a bad file keeps what was there.
    zip_data = _read_zips(zip_files[0]) if zip_files else None
    read = None
    if others:
        from briefer.legislators.importing import read_paths

        read = read_paths(others, SYSTEM.today(), args.csv)
    if read is not None:
        from briefer.legislators.importing import store

        directory, target = store(read)
        for problem in read.problems:
            print(f"briefer: {one_line(problem)}", file=sys.stderr)
        for warning in read.warnings:
            print(f"briefer: warning: {one_line(warning)}", file=sys.stderr)
        _emit(f"Imported {'; '.join(read.lines)} into {target}")
        if len(directory) != len(read.directory):  # the others imported before are kept
            _emit(f"The directory now holds {len(directory):,} members.")
    if zip_data is not None:
        from briefer.legislators.zip_file import file_date
        from briefer.legislators.zips import save_zips

        as_of = args.as_of or file_date(zip_files[0])
        target = save_zips(zip_data, as_of, zip_files[0].name)
        _emit(
            f"Imported {len(zip_data.zips):,} ZIPs ({zip_data.rows:,} rows; "
            f"{zip_data.spanning():,} span more than one district), data as of "
            f"{as_of.isoformat()}, into {target}"
        )
    return ExitCode.BAD_INPUT if read is not None and read.problems else ExitCode.OK


def _read_zips(path: Path) -> Any:
    from briefer.legislators.zip_file import read_zip_csv

    return read_zip_csv(path)


def _find(args: argparse.Namespace) -> ExitCode:
    from briefer.legislators.stored import load

    text = " ".join(args.text)
    found = load().find(text, limit=args.limit)
    if args.json:
        _emit(json.dumps([as_json(m) for m in found], ensure_ascii=False, indent=2))
    elif found:
        _emit(format_table(found))
    else:
        print(f"briefer: no legislators match {text!r}", file=sys.stderr)
    return ExitCode.OK if found else ExitCode.FAILED


def _zip(args: argparse.Namespace) -> ExitCode:
    from briefer.legislators.constituents import members_for_zip
    from briefer.legislators.stored import load
    from briefer.legislators.zips import normalize_zip, stored_zips

    try:
        code = normalize_zip(args.zip)
    except ValueError as exc:
        raise BrieferError(str(exc), field="ZIP") from None
    zips = stored_zips()
    if zips is None:
        raise BrieferError(
            "no ZIP data imported yet; run `briefer legislators import zccd.csv` with the "
            "ZIP-to-district file"
        )
    found = members_for_zip(code, load(), zips)
    as_of = zips.as_of.isoformat()
    if not found.districts:
        raise BrieferError(
            f"ZIP {code} is not in the ZIP data (as of {as_of}); PO-box-only and some "
            "single-organisation ZIPs are missing: try the ZIP of a home address"
        )
    if args.json:
        items = [{**zip_json(r.member), "ambiguous": r.ambiguous} for r in found.members]
        _emit(json.dumps(items, ensure_ascii=False, indent=2))
    else:
        _emit(format_representation(found, as_of))
    return ExitCode.OK


def zip_json(member: Legislator) -> dict[str, Any]:
    """A member as ``zip --json`` prints it: chamber as 'senate' or 'house'."""
    fields = ("id", "name", "title", "state", "district", "party", "office", "phone", "url")
    item: dict[str, Any] = {name: getattr(member, name) for name in fields}
    item["chamber"] = "senate" if member.chamber.casefold() == "senate" else "house"
    item["seat"] = member.seat_code()
    return item


def format_representation(found: Representation, as_of: str) -> str:
    """The plain-text answer of ``zip``: a heading, a table, and what a spanning ZIP means."""
    codes = "; ".join(d.label() for d in found.districts)
    lines = [f"ZIP {found.zip}: {codes} (ZIP data as of {as_of})"]
    rows = [
        (r.member.title, r.member.name, r.member.seat_code(), r.member.party)
        + (("may be yours",) if r.ambiguous else ("",))
        for r in found.members
    ]
    widths = [max((len(row[i]) for row in rows), default=0) for i in range(5)]
    for row in rows:
        lines.append("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    for seat in found.vacant:
        lines.append(
            f"  no member in the directory for {seat} (vacant, or re-import the legislators)"
        )
    if found.spans_states:
        lines.append(
            f"This ZIP spans {len({d.state for d in found.districts})} states and "
            f"{len(found.districts)} districts: which members are yours depends on the street "
            "address."
        )
    elif found.spans_districts:
        lines.append(
            f"This ZIP spans {len(found.districts)} districts: the representative is one of "
            "those marked 'may be yours', depending on the street address; the senators are "
            "certain."
        )
    return "\n".join(lines)


def as_json(member: Legislator) -> dict[str, Any]:
    """One member as the plain object that ``find --json`` prints."""
    fields = ("id", "name", "title", "chamber", "state", "district", "party", "office", "phone")
    item: dict[str, Any] = {name: getattr(member, name) for name in fields}
    item["url"] = member.url
    item["committees"] = [
        {"id": s.id, "name": s.name, "role": s.role, "parent": s.parent} for s in member.committees
    ]
    item["offices"] = [offices_json(office) for office in member.offices]
    return item


def offices_json(office: Any) -> dict[str, str]:
    """A district office: its fields, and ``location`` as a meeting's place would read."""
    from dataclasses import asdict

    return {**asdict(office), "location": office.location()}


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
