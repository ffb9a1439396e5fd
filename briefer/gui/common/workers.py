"""Slow work (importing legislators, building a lobby day) on a thread of its own.

A :class:`Task` runs one function off the GUI thread. The function gets a ``report`` callable for
progress; what it returns, or the BrieferError it raises, comes back through signals. Those
signals are emitted on the worker thread and delivered, queued, on the GUI thread: the widgets
connected to them are only ever touched there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from briefer.support.crashlog import log_exception
from briefer.support.errors import BrieferError

Work = Callable[[Callable[[object], None]], Any]


class Task(QThread):
    progress = Signal(object)  # whatever the work reports
    succeeded = Signal(object)  # what the work returned
    failed = Signal(object)  # the BrieferError that stopped it

    def __init__(self, work: Work, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._work = work

    def run(self) -> None:
        try:
            result = self._work(self.progress.emit)
        except BrieferError as exc:
            self.failed.emit(exc)
        except Exception as exc:  # a bug: logged, and reported as a failure, never a crash
            log = log_exception(exc)
            self.failed.emit(BrieferError(f"internal error: {exc} (details in {log})"))
        else:
            self.succeeded.emit(result)
