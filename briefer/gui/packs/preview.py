"""The pack editor's preview: the page the pack makes for the open brief, rebuilt off the GUI
thread a moment after each change (the newest request wins), with the fit indicator above it."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    Qt,
    Signal,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from briefer.editing.build import Outcome
from briefer.gui.common.i18n import tr
from briefer.gui.main.preview import BAD_STYLE, OK_STYLE, WAIT_STYLE, PageView, fit_message
from briefer.gui.main.render_worker import RenderQueue
from briefer.packs.preview import build_pack_preview
from briefer.page.brief import Brief
from briefer.page.content import Pack

DELAY_MS = 300


def _build(job: tuple[Brief, str, str | None, dict[str, str]]) -> Outcome:
    brief, text, point, languages = job
    return build_pack_preview(brief, text, point, languages)


class PackPreview(QWidget):
    ready = Signal(object)  # Outcome

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outcome: Outcome | None = None
        self.queue = RenderQueue(self, DELAY_MS, build=_build, name="briefer-pack-preview")
        self.queue.ready.connect(self._done)

        self.caption = QLabel(tr("<b>Preview</b> — your open brief with this pack’s texts"))
        self.indicator = QLabel(tr("Building the preview…"))
        self.indicator.setObjectName("packFit")
        self.indicator.setWordWrap(True)
        self.indicator.setTextFormat(Qt.TextFormat.RichText)
        self.indicator.setAccessibleName(tr("Fit on the page"))
        self._style(WAIT_STYLE)
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.view = PageView(self)
        self.view.setDocument(self.document)
        self.view.setAccessibleName(tr("Preview of the page with this pack"))
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
        return self.queue.busy

    def request(
        self,
        brief: Brief,
        text: str,
        point: str | None,
        *,
        now: bool = False,
        languages: dict[str, str] | None = None,
    ) -> None:
        """Build the page for the pack's text (and its texts in other languages, by code)."""
        self.queue.request((brief, text, point, dict(languages or {})), now=now)

    def _done(self, outcome: Outcome) -> None:
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
            text = tr(
                "<b>Not updated:</b> the page below is the last one that could be built. Fix "
                "the problems marked in red to see your changes."
            )
            fits = False
        self._style(OK_STYLE if fits else BAD_STYLE)
        self.indicator.setText(text + (f"<br>{note}" if note else ""))

    def _style(self, style: str) -> None:
        self.indicator.setStyleSheet(f"QLabel#packFit {{{style} padding:6px 10px;}}")

    def shutdown(self) -> None:
        self.queue.shutdown()
