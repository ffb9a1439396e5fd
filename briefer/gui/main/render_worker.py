"""Building a preview off the GUI thread: debounced requests, and the latest one wins.

``RenderQueue.request(job)`` may be called on every keystroke; the queue's ``build`` makes an
Outcome of a job (the main window's: a Brief; the pack editor's: the brief, the pack's text and
the point shown). The first request after a quiet
spell starts at once; later ones wait until typing pauses for ``delay_ms``. A worker object in its
own QThread builds (plan + PDF bytes); a request that a newer one has overtaken is skipped, and a
result for anything but the newest request is dropped. Results come back to the GUI thread by a
queued signal, so widgets are only ever touched there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QElapsedTimer, QObject, QThread, QTimer, Signal, Slot

from briefer.editing.build import Outcome, build_preview, warm_up

DELAY_MS = 250


class _Latest:
    """The newest generation asked for; read by the worker (one int: safe under the GIL)."""

    value = 0


class _Worker(QObject):
    done = Signal(int, object)  # generation, Outcome

    def __init__(self, latest: _Latest, build: Callable[[Any], Outcome] | None) -> None:
        super().__init__()
        self._latest = latest
        self._build = build

    @Slot()
    def warm_up(self) -> None:
        warm_up()

    @Slot(int, object)
    def build(self, generation: int, job: object) -> None:
        if generation != self._latest.value:
            return  # a newer request is already queued behind this one
        build = self._build or build_preview  # the main window's, looked up when it builds
        self.done.emit(generation, build(job))


class RenderQueue(QObject):
    ready = Signal(object)  # Outcome of the newest request
    started = Signal()
    _submit = Signal(int, object)

    def __init__(
        self,
        parent: QObject | None = None,
        delay_ms: int = DELAY_MS,
        build: Callable[[Any], Outcome] | None = None,
        name: str = "briefer-preview",
    ) -> None:
        super().__init__(parent)
        self._latest = _Latest()
        self._pending: object | None = None
        self._just_submitted: object | None = None  # until the event loop turns
        self._thread = QThread()
        self._thread.setObjectName(name)
        self._worker = _Worker(self._latest, build)
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.build)
        self._worker.done.connect(self._on_done)
        self._thread.started.connect(self._worker.warm_up)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)
        self._quiet = QElapsedTimer()
        self._busy = False
        self._thread.start()

    @property
    def busy(self) -> bool:
        """Whether a request is waiting or being built."""
        return self._busy or self._timer.isActive()

    def request(self, job: object, *, now: bool = False) -> None:
        if not now and self._pending is None and job is self._just_submitted:
            return  # asked again in the same turn (a document emits replaced, then changed)
        self._pending = job
        quiet = not self._quiet.isValid() or self._quiet.elapsed() >= self._timer.interval()
        self._quiet.start()
        if now or (quiet and not self._timer.isActive()):
            self.flush()
        else:
            self._timer.start()

    @Slot()
    def flush(self) -> None:
        self._timer.stop()
        if self._pending is None or not self._thread.isRunning():
            return
        job, self._pending = self._pending, None
        self._just_submitted = job
        QTimer.singleShot(0, self._forget_submitted)
        self._latest.value += 1
        self._busy = True
        self.started.emit()
        self._submit.emit(self._latest.value, job)

    @Slot()
    def _forget_submitted(self) -> None:
        self._just_submitted = None

    @Slot(int, object)
    def _on_done(self, generation: int, outcome: Outcome) -> None:
        if generation != self._latest.value:
            return
        self._busy = False
        self.ready.emit(outcome)

    def shutdown(self) -> None:
        """Stop the worker thread (waits for a build in progress). Safe to call twice."""
        self._timer.stop()
        self._pending = None
        self._latest.value = -1
        if self._thread.isRunning():
            self._thread.quit()
            self._thread.wait()
