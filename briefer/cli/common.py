"""What every command module shares: the exit codes, the message helpers, the choices."""

from __future__ import annotations

import argparse
import io
import sys
from enum import IntEnum
from typing import NoReturn, TextIO

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


def terminal_text(text: str) -> str:
    """Text as a terminal shows it as it is: line ends and tabs kept, every other control or
    format character (an escape sequence, a carriage return, a right-to-left override from a
    teammate's file) shown as \\x1b and the like."""
    if text.isprintable():
        return text
    return "".join(
        char if char.isprintable() or char in "\n\t" else ascii(char)[1:-1] for char in text
    )


class TerminalOutput(io.TextIOBase):
    """Standard output through :func:`terminal_text`: whatever a command prints of names, asks,
    notes or CSV cells reaches the terminal as text, never as commands to it."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        self.stream.write(terminal_text(text))
        return len(text)

    def flush(self) -> None:
        self.stream.flush()

    def fileno(self) -> int:
        return self.stream.fileno()

    def isatty(self) -> bool:
        return self.stream.isatty()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self.stream, "encoding", None) or "utf-8"


def rewrite_line(text: str) -> None:
    """Back to the start of the terminal's line (Briefer's own carriage return, for a progress
    bar) and ``text`` over it, cleaned like everything else."""
    stream = getattr(sys.stderr, "stream", sys.stderr)  # past TerminalOutput, for the CR only
    stream.write("\r" + terminal_text(text))


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
