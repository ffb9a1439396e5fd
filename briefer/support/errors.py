"""Errors the user can act on: each names the file and the place in it."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path


class BrieferError(Exception):
    """Bad input: a file that cannot be read, or a value that is wrong.

    ``str()`` gives one line: ``file:line: field: message`` (parts that are unknown are left out).
    """

    def __init__(
        self,
        message: str,
        *,
        file: str | Path | None = None,
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.file = str(file) if file is not None else None
        self.line = line
        self.field = field

    def where(self) -> str:
        parts = []
        if self.file:
            parts.append(self.file + (f":{self.line}" if self.line else ""))
        elif self.line:
            parts.append(f"line {self.line}")
        if self.field:
            parts.append(self.field)
        return ": ".join(parts)

    def __str__(self) -> str:
        where = self.where()
        return f"{where}: {self.message}" if where else self.message


class FitError(BrieferError):
    """The chosen points cannot fit on one page, even at the smallest type and short texts."""

    def __init__(
        self, message: str, *, candidates: Sequence[str] = (), fixed_share: float = 0.0
    ) -> None:
        super().__init__(message)
        self.candidates = list(candidates)
        # the share of the page the parts that are not talking points take, when it is so large
        # that they are what to shorten first (the ask, mostly); 0 when it is not
        self.fixed_share = fixed_share
