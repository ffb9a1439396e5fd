"""The command line: headless builds, checks and listings. Never imports Qt (but for `gui`)."""

from __future__ import annotations

import argparse
import json
import sys
from enum import IntEnum
from pathlib import Path

from . import __version__
from .errors import BrieferError, FitError


class ExitCode(IntEnum):
    OK = 0
    FAILED = 1  # an unexpected failure, or nothing matched
    BAD_INPUT = 2
    DOES_NOT_FIT = 3
    INTERRUPTED = 130


def _err(message: str) -> None:
    print(f"briefer: {message}", file=sys.stderr)


def _warn(warnings: tuple[str, ...] | list[str], where: str = "") -> None:
    for warning in warnings:
        _err(f"warning: {where}{warning}")


def cmd_new(args: argparse.Namespace) -> int:
    from .content import load_pack
    from .fileio import write_atomic
    from .starter import starter_brief

    text = starter_brief(load_pack())
    if args.output is None:
        sys.stdout.write(text)
        return ExitCode.OK
    out = Path(args.output)
    if out.exists() and not args.force:
        raise BrieferError("already exists; use --force to replace it", file=out)
    write_atomic(out, text.encode("utf-8"))
    print(f"Wrote {out}. Edit it, then: briefer build {out} -o leave-behind.pdf")
    return ExitCode.OK


def cmd_blocks(args: argparse.Namespace) -> int:
    from .content import KIND_LABELS, load_pack

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


def cmd_templates(args: argparse.Namespace) -> int:
    from .templates import available, load_template

    for name in available():
        template = load_template(name)
        print(f"{name:<14} {template.label} ({template.paper}): {template.description}")
    return ExitCode.OK


def cmd_build(args: argparse.Namespace) -> int:
    from .pipeline import build_file

    built = build_file(
        Path(args.brief),
        Path(args.output),
        fmt=args.format,
        template=args.template,
        paper=args.paper,
    )
    _warn(built.plan.warnings, f"{args.brief}: ")
    plan = built.plan
    shorts = sum(1 for v in plan.variants.values() if v == "short")
    print(
        f"Wrote {built.path} ({built.format.upper()}, {plan.page.name}, one page, "
        f"body {plan.body_size:g} pt, {len(plan.variants)} points, {shorts} in short form)"
    )
    return ExitCode.OK


def _kind_of(path: Path) -> str:
    from . import yamlio

    data = yamlio.load(path)
    if isinstance(data, dict):
        for key, kind in (("briefer-pack", "pack"), ("briefer-template", "template")):
            if key in data:
                return kind
    return "brief"


def cmd_check(args: argparse.Namespace) -> int:
    from .brief import load_brief
    from .content import load_pack
    from .pipeline import make_plan
    from .templates import load_template

    worst = ExitCode.OK
    for name in args.files:
        path = Path(name)
        try:
            kind = _kind_of(path)
            if kind == "pack":
                pack = load_pack(path)
                print(f"ok: {path}: content pack '{pack.id}', {len(pack.blocks)} blocks")
            elif kind == "template":
                template = load_template(path)
                print(f"ok: {path}: template '{template.name}'")
            else:
                plan = make_plan(load_brief(path))
                _warn(plan.warnings, f"{path}: ")
                print(
                    f"ok: {path}: brief, {len(plan.variants)} points, "
                    f"fits one {plan.page.name} page at {plan.body_size:g} pt"
                )
        except FitError as exc:
            _err(f"{path}: {exc}" if not exc.file else str(exc))
            worst = max(worst, ExitCode.DOES_NOT_FIT)
        except BrieferError as exc:
            _err(str(exc) if exc.file else f"{path}: {exc}")
            worst = max(worst, ExitCode.BAD_INPUT)
    return worst


def cmd_schema(args: argparse.Namespace) -> int:
    from .schema import write_schemas

    folder = Path(args.output)
    if not folder.is_dir():
        raise BrieferError("the folder does not exist", file=folder)
    for path in write_schemas(folder):
        print(f"Wrote {path}")
    return ExitCode.OK


def cmd_gui(args: argparse.Namespace) -> int:
    try:
        from .gui.app import run
    except ImportError as exc:
        _err(f"the desktop app cannot start: {exc}")
        return ExitCode.FAILED
    return run(Path(args.brief) if getattr(args, "brief", None) else None)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefer",
        description="Tailored one-page leave-behinds for meetings with legislators.",
        epilog="With no command, the desktop app opens. Exit codes: 0 done, 2 bad input, "
        "3 does not fit on one page.",
    )
    parser.add_argument("--version", action="version", version=f"briefer {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

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
    p.add_argument("--format", choices=["pdf", "docx", "txt", "md"], help="force the format")
    p.add_argument("--paper", choices=["letter", "a4"], help="override the brief's paper")
    p.add_argument("--template", help="override the brief's template (name or file)")
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("check", help="validate briefs, content packs and templates")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("schema", help="write JSON Schemas of the brief and the pack for editors")
    p.add_argument("-o", "--output", default=".", help="the folder to write into (default: here)")
    p.set_defaults(func=cmd_schema)

    p = sub.add_parser("gui", help="open the desktop app")
    p.add_argument("brief", nargs="?", help="a brief to open")
    p.set_defaults(func=cmd_gui)

    try:
        from . import cli_legislators
    except ImportError:  # pragma: no cover - the module ships with the package
        cli_legislators = None
    if cli_legislators is not None:
        cli_legislators.register(sub)
    try:
        from . import cli_batch
    except ImportError:
        cli_batch = None
    if cli_batch is not None:
        cli_batch.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args.brief = None
        args.func = cmd_gui
    try:
        if args.command == "legislators":
            from . import cli_legislators

            return cli_legislators.run(args)
        return int(args.func(args))
    except FitError as exc:
        _err(str(exc))
        return ExitCode.DOES_NOT_FIT
    except BrieferError as exc:
        _err(str(exc))
        return ExitCode.BAD_INPUT
    except KeyboardInterrupt:
        _err("interrupted")
        return ExitCode.INTERRUPTED
    except BrokenPipeError:  # output piped into `head` and the like
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return ExitCode.OK
    except Exception as exc:
        from .crashlog import log_exception

        log = log_exception(exc)
        _err(f"internal error: {exc.__class__.__name__}: {exc} (details in {log})")
        return ExitCode.FAILED
