"""The live preview: the real PDF bytes in a QPdfView, and the fit indicator under it.

The pane asks its RenderQueue for a new build after each change and shows what comes back. When
the brief stops fitting, the last page that fitted stays, exactly as it was drawn, under a banner
that says so, and the indicator says what to cut; nothing ever shows (or exports) a page that does
not fit. (No opacity effect on the view: a QGraphicsEffect on a scroll area draws stale pixmaps of
the page at the old scale over the new one.)
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QBuffer, QByteArray, QEventLoop, QIODevice, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QTextDocumentFragment
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from briefer.editing.build import Outcome
from briefer.editing.contact import NO_CONTACT, NO_CONTACT_HINT, has_contact
from briefer.editing.labels import in_words
from briefer.gui.common.dates import number
from briefer.gui.common.focus import show_focus
from briefer.gui.common.i18n import QT_TR_NOOP, core_text, field_name, tr
from briefer.gui.main.fit_advice import banner_text
from briefer.gui.main.render_worker import RenderQueue
from briefer.gui.packs.variants import audience_label
from briefer.page.audience import audience_for
from briefer.page.audience_words import default_words
from briefer.page.brief import Brief
from briefer.page.content import Pack
from briefer.support.errors import FitError

OK_STYLE = "background:#e6f4ea; color:#14532d; border:1px solid #b7dfc2;"
WARN_STYLE = "background:#fff4d6; color:#5c4300; border:1px solid #e9cf7a;"
BAD_STYLE = "background:#fdecea; color:#7f1d1d; border:1px solid #f2b8b5;"
SETTLE_MS = 10_000  # the longest an export waits for the preview's build before building itself
WAIT_STYLE = (
    "background:palette(window); color:palette(window-text); border:1px solid palette(mid);"
)
STALE_STYLE = (
    "QLabel#staleBanner { background:#fff4d6; color:#5c4300; border:1px solid #e9cf7a;"
    " padding:4px 10px; }"
)
STALE_TOO_LONG = QT_TR_NOOP(
    "Not updated: the page is too long — showing the last version that fitted."
)
STALE_ERROR = QT_TR_NOOP(
    "Not updated: the page cannot be built — showing the last version that was built."
)


def fit_message(outcome: Outcome, pack: Pack) -> tuple[str, bool]:
    """The indicator's text (rich text) and whether the page fits."""
    text, fits = _fit_text(outcome, pack)
    if fits and not has_contact(outcome.brief):
        said = core_text(NO_CONTACT)
        sentence = said[:1].upper() + said[1:]
        text += f"<br><b>{escape(sentence)}.</b> {escape(core_text(NO_CONTACT_HINT))}"
    return text, fits


def indicator_style(outcome: Outcome, fits: bool) -> str:
    """Green when the page fits and is complete, amber when it fits but lacks a way to reach
    the sender, red when it does not fit or cannot be built."""
    if not fits:
        return BAD_STYLE
    return OK_STYLE if has_contact(outcome.brief) else WARN_STYLE


def default_words_note(outcome: Outcome, pack: Pack) -> str:
    """ "2 points use their default words for European Parliament, which name another body:
    …" (rich text, from a line break); empty when no point on the page does."""
    plan = outcome.plan
    if plan is None:
        return ""
    audience = audience_for(outcome.brief).id
    found = default_words(pack, list(plan.variants), audience, outcome.brief.edits)
    named = [d for d in found if d.names]
    if not named:
        return ""
    text = tr(
        "%n point(s) use their default words for {audience}, which name another body:",
        None,
        len(named),
    ).format(audience=audience_label(audience))
    points = ", ".join(f"“{escape(d.title)}” ({escape(d.names)})" for d in named)
    return f"<br><b>{escape(text)}</b> {points}"


def _fit_text(outcome: Outcome, pack: Pack) -> tuple[str, bool]:
    if outcome.plan is not None:
        plan = outcome.plan
        shorts = sum(1 for v in plan.variants.values() if v == "short")
        letter = plan.page.name == "letter"
        paper = tr("Letter") if letter else plan.page.name.upper()
        detail = f"{paper} · " + tr("%n point(s)", None, len(plan.variants))
        if shorts:
            detail += ", " + tr("%n in short form", None, shorts)
        size = number(plan.body_size)  # "10,5" where the language writes a decimal comma
        fits_text = tr("Fits on one page at {size} pt").format(size=size)
        text = f"<b>{escape(fits_text)}</b> &nbsp;·&nbsp; {escape(detail)}"
        if plan.warnings:
            notes = (escape(in_words(core_text(w), pack)) for w in plan.warnings)
            note = tr("Note: {note}")
            text += "<br>" + "<br>".join(note.format(note=n) for n in notes)
        text += default_words_note(outcome, pack)
        return text, True
    error = outcome.error
    if isinstance(error, FitError):  # what to cut: the core's advice, in the app's words
        return banner_text(error, pack), False
    message = (
        in_words(core_text(error.message), pack)
        if error is not None
        else tr("the page could not be built")
    )
    label = field_name(error.field, pack) if error is not None else ""
    where = f" — {escape(label[:1].upper() + label[1:])}" if label else ""
    cannot = escape(tr("Cannot build the page"))
    return f"<b>{cannot}{where}:</b> {escape(message)}", False


SETTLE_REDRAW_MS = 400  # a page is drawn in well under this, even on a busy machine


class PageView(QPdfView):
    """A QPdfView whose "fit page" really fits: Qt's FitInView leaves out the margins.

    When the zoom changes (the pane grows or shrinks: a note or the "not updated" banner comes or
    goes) while QPdfView is still drawing the page at the old size, it keeps that picture and
    shows it stretched to the new size, one pixel column dropped or doubled here and there:
    "Rus sia", "SAiNCTIONS", until the next edit. So after each new zoom the page is drawn
    again from the document (Qt keeps no other way to drop its pictures: the document is
    swapped out and back)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fit_page = True
        self.setPageMode(QPdfView.PageMode.SinglePage)
        self.setPageSpacing(0)
        show_focus(self, "pageView")
        self._blank = QPdfDocument(self)
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(0)  # once the resizes of one layout pass are done
        self._redraw.timeout.connect(self._draw_again)
        # And once more when the pictures asked for at the old size have come: QPdfView draws
        # one page at a time and keeps whichever comes, so one asked for just before the zoom
        # changed can still land after the first redraw, stretched (seen under Xvfb after
        # picking a member: "SAiNCTIONS", "Rus sia").
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_REDRAW_MS)
        self._settle.timeout.connect(self._draw_again)

    def _draw_again(self) -> None:
        document = self.document()
        if document is not None and document is not self._blank:
            self.setDocument(self._blank)
            self.setDocument(document)

    def set_fit_page(self, on: bool) -> None:
        self.fit_page = on
        if on:
            self.refit()
        else:
            self.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def refit(self) -> None:
        document = self.document()
        if not self.fit_page or document is None or document.pageCount() < 1:
            return
        page = document.pagePointSize(0)
        margins = self.documentMargins()
        room = self.viewport().size()
        width = room.width() - margins.left() - margins.right()
        height = room.height() - margins.top() - margins.bottom()
        dpi = self.logicalDpiX() / 72.0
        factor = min(width / (page.width() * dpi), height / (page.height() * dpi))
        zoom = max(0.05, factor * 0.999)
        if self.zoomMode() == QPdfView.ZoomMode.Custom and abs(zoom - self.zoomFactor()) < 1e-6:
            return
        self.setZoomMode(QPdfView.ZoomMode.Custom)
        self.setZoomFactor(zoom)
        self._redraw.start()
        self._settle.start()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.refit()


class PreviewPane(QWidget):
    preview_ready = Signal(object)  # Outcome, after the view shows it

    def __init__(self, pack: Pack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pack = pack
        self.outcome: Outcome | None = None
        self.queue = RenderQueue(self)
        self.queue.ready.connect(self._show)

        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.view = PageView(self)
        self.view.setDocument(self.document)
        self.document.pageCountChanged.connect(self.view.refit)
        self.view.setAccessibleName(tr("Preview of the leave-behind"))
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.stale = QLabel(self)
        self.stale.setObjectName("staleBanner")
        self.stale.setStyleSheet(STALE_STYLE)
        self.stale.setWordWrap(True)
        self.stale.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stale.setAccessibleName(tr("The preview is not up to date"))
        self.stale.hide()

        self.indicator = QLabel(tr("Building the preview…"), self)
        self.indicator.setObjectName("fitIndicator")
        self.indicator.setWordWrap(True)
        self.indicator.setTextFormat(Qt.TextFormat.RichText)
        self.indicator.setAccessibleName(tr("Fit on the page"))
        self.indicator.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.indicator.setStyleSheet(f"QLabel#fitIndicator {{{WAIT_STYLE} padding:6px 10px;}}")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.indicator)
        page = QVBoxLayout()  # the banner sits on the page's frame: it is about the page
        page.setSpacing(0)
        page.addWidget(self.stale)
        page.addWidget(self.view, 1)
        layout.addLayout(page, 1)

    def set_pack(self, pack: Pack) -> None:
        self._pack = pack

    def forget(self) -> None:
        """Another brief (New, Open, Restore): the last page built was another brief's, so it
        goes; until this one builds the preview is empty (with the error, if it cannot)."""
        self.outcome = None
        self.document.close()
        if self._buffer is not None:
            self._buffer.deleteLater()
            self._buffer = None
        self.stale.hide()
        self.indicator.setStyleSheet(f"QLabel#fitIndicator {{{WAIT_STYLE} padding:6px 10px;}}")
        self.indicator.setText(tr("Building the preview…"))

    def request(self, brief: Brief, *, now: bool = False) -> None:
        self.queue.request(brief, now=now)

    def settled(self, timeout_ms: int = SETTLE_MS) -> Outcome | None:
        """The newest build, waiting for the one on its way (an export right after an edit uses
        the preview's build instead of building again on the GUI thread); None if none came."""
        queue = self.queue
        if queue.busy:
            loop = QEventLoop()
            queue.ready.connect(loop.quit)
            QTimer.singleShot(timeout_ms, loop.quit)
            queue.flush()  # a request still waiting for the pause in typing goes now
            if queue.busy:
                loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
            queue.ready.disconnect(loop.quit)
        return self.outcome

    @property
    def fits(self) -> bool:
        return self.outcome is not None and self.outcome.fits

    def _show(self, outcome: Outcome) -> None:
        self.outcome = outcome
        if outcome.pdf is not None:
            self._load(outcome.pdf)
        old = outcome.pdf is None and self.document.pageCount() > 0
        self.stale.setText(tr(STALE_TOO_LONG if outcome.too_long else STALE_ERROR))
        self.stale.setVisible(old)
        text, fits = fit_message(outcome, self._pack)
        style = f"QLabel#fitIndicator {{{indicator_style(outcome, fits)} padding:6px 10px;}}"
        if self.indicator.styleSheet() != style:
            self.indicator.setStyleSheet(style)
        self.indicator.setText(text)
        plain = QTextDocumentFragment.fromHtml(text).toPlainText()
        self.indicator.setAccessibleDescription(plain)
        self.view.setAccessibleDescription(plain)
        self.preview_ready.emit(outcome)

    def _load(self, pdf: bytes) -> None:
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)  # reads from the buffer: keep it until the next load
        self.view.refit()  # the paper may have changed
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer

    def shutdown(self) -> None:
        self.queue.shutdown()
