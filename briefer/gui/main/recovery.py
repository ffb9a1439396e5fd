"""Autosave for recovery: while there are unsaved changes, the brief is written every few seconds to
``data_dir()/recovery/<session>.yaml`` (atomically). Saving or closing cleanly removes the file.

Each running app holds a lock file beside its recovery file, so a second running app never offers
to restore the first one's work: only files whose lock is free (their app is gone) are offered.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QLockFile, QObject, QTimer

from briefer.gui.main.document import Document
from briefer.page.brief import Brief, dumps, parse_brief
from briefer.support.crashlog import data_dir, log_exception
from briefer.support.errors import BrieferError
from briefer.support.fileio import write_atomic

T = TypeVar("T")

INTERVAL_MS = 5000
HEADER = "# Briefer recovery file. original: "


def recovery_dir() -> Path:
    return data_dir() / "recovery"


def write_recovery(path: Path, brief: Brief, original: Path | None) -> None:
    """Write one recovery file: a comment naming the original file, then the brief as YAML."""
    path.parent.mkdir(parents=True, exist_ok=True)
    header = HEADER + json.dumps(str(original) if original else "", ensure_ascii=False) + "\n"
    write_atomic(path, (header + dumps(brief)).encode("utf-8"))


@dataclass(frozen=True)
class Found:
    """A recovery file left behind by an app that did not close cleanly."""

    path: Path
    brief: Brief
    original: Path | None

    def remove(self) -> None:
        for file in (self.path, self.path.with_suffix(".lock")):
            file.unlink(missing_ok=True)


def read_recovery(path: Path) -> Found:
    text = path.read_text(encoding="utf-8")
    first = text.split("\n", 1)[0]
    original = json.loads(first[len(HEADER) :]) if first.startswith(HEADER) else ""
    brief = parse_brief(text, path)
    return Found(path, brief, Path(original) if original else None)


def orphans() -> list[Found]:
    """Recovery files of apps that are no longer running, newest first (unreadable ones removed)."""
    return orphans_in(recovery_dir(), read_recovery)


def orphans_in(folder: Path, read: Callable[[Path], T]) -> list[T]:
    """The files in ``folder`` of apps that are no longer running, read by ``read``, newest
    first; one that cannot be read is logged and removed."""
    if not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.glob("*.yaml"), key=lambda p: p.stat().st_mtime, reverse=True):
        lock = QLockFile(str(path.with_suffix(".lock")))
        lock.setStaleLockTime(0)
        if not lock.tryLock(0):
            continue  # its app is still running
        lock.unlock()
        try:
            found.append(read(path))
        except (OSError, ValueError, BrieferError) as exc:
            log_exception(exc)
            path.unlink(missing_ok=True)
    return found


class Autosaver(QObject):
    """Keeps one session's recovery file while there is unsaved work: written when the work
    changes, held by a lock while the app runs (so others know it is not orphaned), removed when
    the work is saved or dropped and on a clean exit. Subclasses say what the work is."""

    def __init__(self, path: Path, parent: QObject | None, interval_ms: int) -> None:
        super().__init__(parent)
        self.path = path
        self._lock: QLockFile | None = None
        self._written: object | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.save_now)
        self.timer.start()

    def unsaved(self) -> object | None:
        """The work to keep now, or None when there is nothing unsaved."""
        raise NotImplementedError

    def write(self, work: object) -> None:
        """Write ``work`` to ``self.path`` (atomically)."""
        raise NotImplementedError

    def save_now(self) -> bool:
        """Write the recovery file if there is something new to keep; True if written."""
        work = self.unsaved()
        if work is None or work == self._written:
            return False
        try:
            self._hold_lock()
            self.write(work)
        except (OSError, BrieferError) as exc:  # autosave must never interrupt the user
            log_exception(exc)
            return False
        self._written = work
        return True

    def _hold_lock(self) -> None:
        if self._lock is None:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            self._lock = QLockFile(str(self.path.with_suffix(".lock")))
            self._lock.setStaleLockTime(0)
            self._lock.tryLock(0)

    def discard(self) -> None:
        """Remove this session's recovery file (the work is saved, or deliberately dropped)."""
        self.path.unlink(missing_ok=True)
        self._written = None

    def stop(self) -> None:
        """A clean exit: stop, remove the file, release the lock."""
        self.timer.stop()
        self.discard()
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None


class Autosave(Autosaver):
    """Writes the document's recovery file while it has unsaved changes."""

    def __init__(self, document: Document, interval_ms: int = INTERVAL_MS) -> None:
        self.session = uuid.uuid4().hex[:12]
        super().__init__(recovery_dir() / f"{self.session}.yaml", document, interval_ms)
        self.document = document
        document.modified_changed.connect(self._modified_changed)

    def unsaved(self) -> Brief | None:
        return self.document.brief if self.document.modified else None

    def write(self, work: object) -> None:
        write_recovery(self.path, work, self.document.path)  # type: ignore[arg-type]

    def _modified_changed(self, modified: bool) -> None:
        if not modified:
            self.discard()
