"""The pack commands: ``packs`` lists the installed content packs, ``pack import``, ``pack export``
and ``pack remove`` install, share and remove the user's own (see docs/content-packs.md)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from briefer.cli.common import ExitCode, error


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``packs`` and ``pack …`` to the top-level parser."""
    p = sub.add_parser("packs", help="list the content packs: bundled and your own")
    p.add_argument("--json", action="store_true", help="print a JSON list")
    p.set_defaults(func=cmd_packs)

    p = sub.add_parser("pack", help="install, share or remove a content pack")
    actions = p.add_subparsers(dest="pack_command", metavar="ACTION", required=True)
    q = actions.add_parser("import", help="check a pack file and install it")
    q.add_argument("file", metavar="FILE", help="a .brieferpack, or a pack .yaml")
    q.add_argument("--replace", action="store_true", help="replace an installed pack of that id")
    q.set_defaults(func=cmd_import)
    q = actions.add_parser("export", help="write an installed pack to one file to share")
    q.add_argument("id", metavar="ID", help="the pack's id (see: briefer packs)")
    q.add_argument("-o", "--output", required=True, help="FILE.brieferpack (or FILE.yaml)")
    q.add_argument("--force", action="store_true", help="replace FILE if it exists")
    q.set_defaults(func=cmd_export)
    q = actions.add_parser("remove", help="remove one of your packs")
    q.add_argument("id", metavar="ID")
    q.set_defaults(func=cmd_remove)


def cmd_packs(args: argparse.Namespace) -> ExitCode:
    from briefer.packs import list_packs

    packs = list_packs()
    if args.json:
        rows = [
            {
                "id": p.id,
                "title": p.title,
                "points": p.points,
                "source": p.source,
                "where": p.where,
                "path": str(p.path),
                **({"problem": p.problem} if p.problem else {}),
            }
            for p in packs
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return ExitCode.OK
    rows = [("ID", "TITLE", "POINTS", "SOURCE", "WHERE")]
    for p in packs:
        title = p.title if not p.problem else "(cannot be read: see below)"
        rows.append((p.id, _clip(title, 48), str(p.points), _clip(p.source, 28), p.where))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for row in rows:
        print("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row[:4])) + "  " + row[4])
    for p in packs:
        if p.problem:
            error(f"warning: {p.problem}")
    return ExitCode.OK


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def cmd_import(args: argparse.Namespace) -> ExitCode:
    from briefer.packs import install_pack

    info = install_pack(Path(args.file), replace=args.replace)
    print(f"Installed “{info.title}” ({info.id}, {info.points} points).")
    print(f"Use it in a brief with: pack: {info.id}")
    return ExitCode.OK


def cmd_export(args: argparse.Namespace) -> ExitCode:
    from briefer.packs import export_pack

    out = export_pack(args.id, Path(args.output), replace=args.force)
    print(f"Wrote {out}. Send it to a teammate: they open it with Briefer to install it.")
    return ExitCode.OK


def cmd_remove(args: argparse.Namespace) -> ExitCode:
    from briefer.packs import remove_pack

    remove_pack(args.id)
    print(f"Removed the pack '{args.id}'.")
    return ExitCode.OK
