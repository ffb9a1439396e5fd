"""The pack editor's preview: the page the pack makes for the open brief, rebuilt off the GUI
thread a moment after each change (the newest request wins), with the fit indicator above it."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QObject,
    Qt,
    QThread,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from briefer.brief import Brief
from briefer.content import Pack
from briefer.editing.build import Outcome, warm_up
from briefer.gui.preview import BAD_STYLE, OK_STYLE, WAIT_STYLE, PageView, fit_message
from briefer.packs.preview import build_pack_preview

DELAY_MS = 300


class _Worker(QObject):
    done = Signal(int, object)

    def __init__(self) -> None:
        super().__init__()
        self.latest = 0

    @Slot()
    def warm_up(self) -> None:
        warm_up()

    @Slot(int, object, str, object)
    def build(self, generation: int, brief: Brief, text: str, point: object) -> None:
        if generation != self.latest:
            return
        point_id = point if isinstance(point, str) else None
        self.done.emit(generation, build_pack_preview(brief, text, point_id))


class PackPreview(QWidget):
    ready = Signal(object)  # Outcome
    _submit = Signal(int, object, str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outcome: Outcome | None = None
        self._generation = 0
        self._shown = 0
        self._pending: tuple[Brief, str, str | None] | None = None
        self._thread = QThread()
        self._thread.setObjectName("briefer-pack-preview")
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.build)
        self._worker.done.connect(self._done)
        self._thread.started.connect(self._worker.warm_up)
        self._thread.start()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.flush)

        self.caption = QLabel("<b>Preview</b> — your open brief with this pack’s texts")
        self.indicator = QLabel("Building the preview…")
        self.indicator.setObjectName("packFit")
        self.indicator.setWordWrap(True)
        self.indicator.setTextFormat(Qt.TextFormat.RichText)
        self.indicator.setAccessibleName("Fit on the page")
        self._style(WAIT_STYLE)
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.view = PageView(self)
        self.view.setDocument(self.document)
        self.view.setAccessibleName("Preview of the page with this pack")
        self.document.pageCountChanged.connect(self.view.refit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.caption)
        layout.addWidget(self.indicator)
        layout.addWidget(self.view, 1)

    @property
    def busy(self) -> bool:
        """Whether a request is waiting or being built."""
        return self._pending is not None or self._generation != self._shown

    def request(self, brief: Brief, text: str, point: str | None, *, now: bool = False) -> None:
        self._pending = (brief, text, point)
        if now:
            self.flush()
        elif not self._timer.isActive():
            self._timer.start()

    @Slot()
    def flush(self) -> None:
        self._timer.stop()
        if self._pending is None or not self._thread.isRunning():
            return
        brief, text, point = self._pending
        self._pending = None
        self._generation += 1
        self._worker.latest = self._generation
        self._submit.emit(self._generation, brief, text, point)

    @Slot(int, object)
    def _done(self, generation: int, outcome: Outcome) -> None:
        if generation != self._generation:
            return
        self._shown = generation
        self.outcome = outcome
        if outcome.pdf is not None:
            buffer = QBuffer(self)
            buffer.setData(QByteArray(outcome.pdf))
            buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.document.load(buffer)
            self.view.refit()
            if self._buffer is not None:
                self._buffer.deleteLater()
            self._buffer = buffer
        self.ready.emit(outcome)

    def show_message(self, outcome: Outcome, pack: Pack | None, note: str = "") -> None:
        if pack is not None:
            if outcome.plan is not None:  # the brief's own notes (no sender...) belong elsewhere
                outcome = replace(outcome, plan=replace(outcome.plan, warnings=()))
            text, fits = fit_message(outcome, pack)
        else:
            text = "<b>Not updated:</b> the page below is the last one that could be built. Fix "
            text += "the problems marked in red to see your changes."
            fits = False
        self._style(OK_STYLE if fits else BAD_STYLE)
        self.indicator.setText(text + (f"<br>{note}" if note else ""))

    def _style(self, style: str) -> None:
        self.indicator.setStyleSheet(f"QLabel#packFit {{{style} padding:6px 10px;}}")

    def shutdown(self) -> None:
        self._timer.stop()
        self._pending = None
        self._generation = -1
        self._worker.latest = -1
        if self._thread.isRunning():
            self._thread.quit()
            self._thread.wait()
