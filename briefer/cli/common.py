"""What every command module shares: the exit codes, the message helpers, the choices."""

from __future__ import annotations

import argparse
import sys
from enum import IntEnum
from typing import NoReturn

from briefer.support.formats import FORMATS, PAPERS

__all__ = ["FORMATS", "PAPERS", "ExitCode", "Parser", "error", "warn"]


class ExitCode(IntEnum):
    """What ``briefer`` returns; every command returns one of these."""

    OK = 0
    FAILED = 1  # an unexpected failure, or nothing matched
    BAD_INPUT = 2
    DOES_NOT_FIT = 3
    INTERRUPTED = 130


def one_line(message: str) -> str:
    """A message as one line a terminal shows as it is: line breaks become spaces, other control
    characters (a terminal escape from a file, say) are shown as \\x1b and the like."""
    flat = " ".join(part.strip() for part in message.splitlines() if part.strip())
    return "".join(
        char if char.isprintable() or char == " " else ascii(char)[1:-1] for char in flat
    )


def error(message: str) -> None:
    """One line on stderr, prefixed with the program's name."""
    print(f"briefer: {one_line(message)}", file=sys.stderr)


def warn(warnings: tuple[str, ...] | list[str], where: str = "") -> None:
    """Each warning as one ``briefer: warning:`` line."""
    for warning in warnings:
        error(f"warning: {where}{warning}")


class Parser(argparse.ArgumentParser):
    """argparse with its usage errors as one line (and exit 2), like every other error."""

    def error(self, message: str) -> NoReturn:
        print(one_line(f"{self.prog}: {message} (see {self.prog} --help)"), file=sys.stderr)
        sys.exit(ExitCode.BAD_INPUT)
