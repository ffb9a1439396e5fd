"""The command line: headless builds, checks, the directory and the lobby day. Never imports Qt
(but for ``gui``).

One module per command group (:mod:`.pages`, :mod:`.legislators`, :mod:`.lobby`); each adds its
parsers with ``register`` and its commands return an :class:`~briefer.cli.common.ExitCode`.
Errors reach :func:`main` as exceptions and leave as one line on stderr.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path

from briefer import __version__
from briefer.cli import followup, legislators, lobby, log, packs, pages, plan
from briefer.cli.common import ExitCode, Parser, TerminalOutput, error
from briefer.support.errors import BrieferError, FitError
from briefer.support.startup import collector_paused

__all__ = ["ExitCode", "build_parser", "main"]


def cmd_gui(args: argparse.Namespace) -> ExitCode:
    try:
        from briefer.gui.app import run
    except ImportError as exc:
        error(f"the desktop app cannot start: {exc}")
        return ExitCode.FAILED
    return run(Path(args.brief) if getattr(args, "brief", None) else None)


def build_parser() -> argparse.ArgumentParser:
    """The ``briefer`` parser with every command group."""
    parser = Parser(
        prog="briefer",
        description="Tailored one-page leave-behinds for meetings with legislators.",
        epilog="With no command, the desktop app opens. Exit codes: 0 done, 2 bad input, "
        "3 does not fit on one page.",
    )
    parser.add_argument("--version", action="version", version=f"briefer {__version__}")
    parser.add_argument(
        "--allow-outside",
        action="store_true",
        help="follow what a brief, template or pack names outside its own folder (an absolute "
        "path, ~, ..): only for files you trust; may be given after the command too",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    pages.register(sub)
    p = sub.add_parser("gui", help="open the desktop app")
    p.add_argument("brief", nargs="?", help="a brief to open")
    p.set_defaults(func=cmd_gui)
    legislators.register(sub)
    lobby.register(sub)
    plan.register(sub)  # `briefer lobby plan`
    packs.register(sub)
    log.register(sub)
    followup.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    stdout, stderr = sys.stdout, sys.stderr
    sys.stdout = TerminalOutput(stdout)  # type: ignore[assignment]  # no file's text commands it
    sys.stderr = TerminalOutput(stderr)  # type: ignore[assignment]
    try:
        with collector_paused():  # a command is short; the app and a lobby day resume it
            return _main(argv)
    finally:
        with contextlib.suppress(Exception):
            sys.stdout.flush()
        sys.stdout, sys.stderr = stdout, stderr


def _outside_option(argv: list[str]) -> tuple[list[str], bool]:
    """``--allow-outside`` taken from anywhere before ``--`` (it belongs to no one command)."""
    end = argv.index("--") if "--" in argv else len(argv)
    kept = [arg for arg in argv[:end] if arg != "--allow-outside"] + argv[end:]
    return kept, len(kept) != len(argv)


def _main(argv: list[str] | None) -> int:
    from briefer.support.references import set_outside_allowed

    argv, allowed = _outside_option(list(sys.argv[1:] if argv is None else argv))
    set_outside_allowed(allowed)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args.brief = None
        args.func = cmd_gui
    try:
        return int(args.func(args))
    except FitError as exc:
        error(str(exc))
        return ExitCode.DOES_NOT_FIT
    except BrieferError as exc:
        error(str(exc))
        return ExitCode.BAD_INPUT
    except KeyboardInterrupt:
        error("interrupted")
        return ExitCode.INTERRUPTED
    except BrokenPipeError:  # output piped into `head` and the like
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return ExitCode.OK
    except Exception as exc:
        from briefer.support.crashlog import log_exception

        log = log_exception(exc)
        error(f"internal error: {exc.__class__.__name__}: {exc} (details in {log})")
        return ExitCode.FAILED
