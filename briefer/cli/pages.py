"""The page commands: ``new``, ``blocks``, ``templates``, ``build``, ``check`` and ``schema``.

Only argparse and the exit codes load with the parser; each command imports what it needs when
it runs, so a cold ``briefer build`` pays for nothing else.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from briefer.cli.common import FORMATS, PAPERS, ExitCode, error, warn
from briefer.support.errors import BrieferError, FitError

if TYPE_CHECKING:
    from briefer.pipeline import Built


def register(sub: argparse._SubParsersAction) -> None:
    """Add the page commands to the top-level parser."""
    p = sub.add_parser("new", help="write a commented starter brief")
    p.add_argument("-o", "--output", help="file to write (default: print it)")
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("blocks", help="list the talking points of the content pack")
    p.add_argument("--json", action="store_true", help="print a JSON list of {id, kind, title}")
    p.add_argument("--pack", help="a content pack file (default: the bundled one)")
    p.set_defaults(func=cmd_blocks)

    p = sub.add_parser("templates", help="list the templates")
    p.set_defaults(func=cmd_templates)

    p = sub.add_parser("build", help="build the one-page leave-behind from a brief")
    p.add_argument("brief", help="the brief (YAML)")
    p.add_argument("-o", "--output", required=True, help="OUT.pdf, OUT.docx, OUT.txt or OUT.md")
    p.add_argument("--format", choices=FORMATS, help="force the format")
    p.add_argument("--paper", choices=PAPERS, help="override the brief's paper")
    p.add_argument("--template", help="override the brief's template (name or file)")
    p.add_argument("--no-log", action="store_true", help="do not record it in the meeting log")
    p.add_argument(
        "--given",
        action="store_true",
        help="record the page as left with the office (else only exported, until "
        "briefer log given ID)",
    )
    p.add_argument(
        "--meeting",
        metavar="ID",
        help="the meeting in the log to record it to, when the office has several that day",
    )
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("check", help="validate briefs, content packs and templates")
    p.add_argument("files", nargs="+", metavar="FILE", help="files to check; - is standard input")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("schema", help="write JSON Schemas of the brief and the pack for editors")
    p.add_argument(
        "-o",
        "--output",
        default=".",
        help="the folder to write into, created if need be (default: here)",
    )
    p.set_defaults(func=cmd_schema)


def cmd_new(args: argparse.Namespace) -> ExitCode:
    from briefer.page.content import load_pack
    from briefer.page.starter import starter_brief
    from briefer.support.clock import SYSTEM
    from briefer.support.fileio import write_atomic

    text = starter_brief(load_pack(), SYSTEM.today())
    if args.output is None:
        sys.stdout.write(text)
        return ExitCode.OK
    out = Path(args.output)
    if out.suffix.lower() not in (".yaml", ".yml"):
        raise BrieferError(
            f"a brief is a YAML file: name it .yaml, not '{out.suffix or 'no suffix'}' (the page "
            "comes from briefer build)",
            file=out,
        )
    if out.exists() and not args.force:
        raise BrieferError("already exists; use --force to replace it", file=out)
    write_atomic(out, text.encode("utf-8"))
    print(f"Wrote {out}. Edit it, then: briefer build {out} -o leave-behind.pdf")
    return ExitCode.OK


def cmd_blocks(args: argparse.Namespace) -> ExitCode:
    from briefer.page.content import KIND_LABELS, load_pack

    pack = load_pack(Path(args.pack) if args.pack else None)
    if args.json:
        rows = [
            {"id": b.id, "kind": b.kind, "title": b.title, "default": b.id in pack.defaults}
            for b in pack.blocks
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return ExitCode.OK
    print(f"{pack.title} ({pack.id}): {len(pack.blocks)} talking points; * = chosen by default")
    for kind, blocks in pack.by_kind().items():
        if blocks:
            print(f"\n{KIND_LABELS[kind]}")
            for b in blocks:
                mark = "*" if b.id in pack.defaults else " "
                print(f" {mark} {b.id:<30} {b.title}")
    return ExitCode.OK


def cmd_templates(args: argparse.Namespace) -> ExitCode:
    from briefer.page.templates import available, load_template

    for name in available():
        template = load_template(name)
        print(f"{name:<14} {template.label} ({template.paper}): {template.description}")
    return ExitCode.OK


def cmd_build(args: argparse.Namespace) -> ExitCode:
    from briefer.pipeline import build_file

    chosen = "" if args.no_log else _chosen_meeting(getattr(args, "meeting", None))
    built = build_file(
        Path(args.brief),
        Path(args.output),
        fmt=args.format,
        template=args.template,
        paper=args.paper,
    )
    warn(built.plan.warnings, f"{args.brief}: ")
    _record(args, built, chosen)  # the meeting log: which office got which page
    plan = built.plan
    shorts = sum(1 for v in plan.variants.values() if v == "short")
    print(
        f"Wrote {built.path} ({built.format.upper()}, {plan.page.name}, one page, "
        f"body {plan.body_size:g} pt, {len(plan.variants)} points, {shorts} in short form)"
    )
    return ExitCode.OK


def _record(args: argparse.Namespace, built: Built, chosen: str = "") -> None:
    """After ``briefer build``: record the page in the meeting log, unless --no-log."""
    if getattr(args, "no_log", False):
        return
    from briefer.meetings.recording import names_a_legislator, record_export

    if not names_a_legislator(built.brief):
        return
    into: list[str] = []
    warning = record_export(
        built.brief,
        built.plan,
        built.data,
        built.format,
        Path(built.path).name,
        source="build",
        template=args.template,
        given=bool(getattr(args, "given", False)),
        meeting=chosen,
        into=into,
    )
    if warning:
        print(f"briefer: warning: {warning}", file=sys.stderr)
    elif into and not chosen:
        _say_which_meeting(built, into[0])


def _chosen_meeting(given: str | None) -> str:
    """The full id of the meeting ``--meeting`` names (a unique prefix), or ""."""
    if not given:
        return ""
    from briefer.meetings.db import open_log
    from briefer.meetings.log import resolve

    try:
        with open_log() as log:
            kind, full = resolve(log, given)
    except BrieferError as exc:
        raise BrieferError(exc.message, field="--meeting") from None
    if kind != "meeting":
        raise BrieferError(f"'{given}' is a page's id, not a meeting's", field="--meeting")
    return full


def _say_which_meeting(built: Built, meeting_id: str) -> None:
    """When the office has several meetings that day and the page's time cannot tell which it is
    for: which one it was recorded to, and how to choose another."""
    from briefer.meetings.days import unclear_choice
    from briefer.meetings.db import open_log

    m = built.brief.meeting
    try:
        with open_log() as log:
            rows = unclear_choice(log, m.legislator, m.date, m.time)
    except BrieferError:
        return
    if not rows:
        return
    listed = ", ".join(f"{i[:8]} at {at}" if at else f"{i[:8]} with no time" for i, at in rows)
    print(
        f"briefer: note: the log has {len(rows)} meetings with {m.legislator} on "
        f"{m.date or 'no date'} ({listed}); the page was recorded to {meeting_id[:8]}. To record "
        "it to another, build again with --meeting ID (or give the brief the meeting's time)",
        file=sys.stderr,
    )


def _kind_of(data: object) -> str:
    if isinstance(data, dict):
        pairs = (
            ("briefer-pack", "pack"),
            ("briefer-pack-language", "pack language"),
            ("briefer-template", "template"),
        )
        for key, kind in pairs:
            if key in data:
                return kind
    return "brief"


def _check_one(name: str) -> str:
    """Check one file (``-`` is standard input), read once; the line that says what it holds."""
    from briefer.page.brief import parse_brief
    from briefer.page.content import load_pack, parse_pack
    from briefer.page.label_room import check_template_labels
    from briefer.page.templates import load_template
    from briefer.pipeline import make_plan
    from briefer.support import yamlio

    path = Path(name)
    shown = yamlio.display_name(name)
    text = yamlio.read_text(path)
    kind = _kind_of(yamlio.parse(text, shown))
    if kind == "pack":
        pack = parse_pack(text, shown)
        if name != "-" and path.is_file():  # and its texts in other languages, beside it
            from briefer.page.pack_languages import language_path

            pack = load_pack(path)  # each language whole: every text of the pack in it
            for code in pack.languages()[1:]:
                other = language_path(path, code)
                pack.translated(yamlio.read_text(other), yamlio.display_name(other), strict=True)
        languages = ", ".join(pack.languages())
        return f"ok: {shown}: content pack '{pack.id}', {len(pack.blocks)} blocks, in {languages}"
    if kind == "pack language":
        return _check_language(path, text, shown)
    if kind == "template":
        template = load_template(shown, text=text)
        check_template_labels(template, Path(shown), text)  # before a build meets it
        return f"ok: {shown}: template '{template.name}'"
    brief = parse_brief(text, shown)  # "<stdin>": its template and pack are found from here
    plan = make_plan(brief, other_bodies=True)
    warn(plan.warnings, f"{shown}: ")
    return (
        f"ok: {shown}: brief, {len(plan.variants)} points, "
        f"fits one {plan.page.name} page at {plan.body_size:g} pt"
    )


def _check_language(path: Path, text: str, shown: str) -> str:
    """A pack's language file, checked against the pack beside it (NAME.yaml for NAME.de.yaml)."""
    from briefer.page.content import load_pack
    from briefer.page.pack_languages import language_of
    from briefer.support.errors import BrieferError

    code = language_of(text, shown)
    base = path.with_name(path.name.rsplit(".", 2)[0] + ".yaml")
    if not base.is_file():
        raise BrieferError(f"no pack {base.name} beside it to check it against", file=shown)
    pack = load_pack(base).translated(text, shown, strict=True)
    return f"ok: {shown}: content pack '{pack.id}' in {code}, {len(pack.blocks)} blocks"


def cmd_check(args: argparse.Namespace) -> ExitCode:
    """Every file is checked, whatever the ones before it held; the worst result is the exit."""
    from briefer.support import yamlio

    worst = ExitCode.OK
    for name in args.files:
        shown = yamlio.display_name(name)
        try:
            print(_check_one(name))
        except FitError as exc:
            error(f"{shown}: {exc}" if not exc.file else str(exc))
            worst = max(worst, ExitCode.DOES_NOT_FIT)
        except BrieferError as exc:
            error(str(exc) if exc.file else f"{shown}: {exc}")
            worst = max(worst, ExitCode.BAD_INPUT)
    return worst


def cmd_schema(args: argparse.Namespace) -> ExitCode:
    from briefer.page.schema import write_schemas

    folder = Path(args.output)
    if folder.exists() and not folder.is_dir():
        raise BrieferError("is a file, not a folder", file=folder)
    try:
        written = write_schemas(folder)  # the folder is created, parents too
    except OSError as exc:
        raise BrieferError(
            f"cannot write: {exc.strerror or exc}", file=exc.filename or folder
        ) from None
    for path in written:
        print(f"Wrote {path}")
    return ExitCode.OK
