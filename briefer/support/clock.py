"""Where "now" comes from: one value the faces hand in, never read deep inside the core.

The commands and the app use :data:`SYSTEM`, the computer's clock. Everything below them that
means "today" (a meeting that has passed, a follow-up due, the starter brief's date) takes the
date or the time as an argument, so a test passes a fixed :class:`Clock` and gets the same answer
on any day.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Clock:
    """The local date and time; ``fixed`` pins them (a test's clock)."""

    fixed: dt.datetime | None = None

    def now(self) -> dt.datetime:
        return self.fixed if self.fixed is not None else dt.datetime.now()

    def today(self) -> dt.date:
        return self.now().date()


SYSTEM = Clock()
