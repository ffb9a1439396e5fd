"""Format → Template Gallery: every template drawn with the current brief, and the audience.

Each thumbnail is the real page: the brief built with that template (plan and PDF, by the core,
on a worker thread) and the PDF's page drawn small with QtPdf (on the GUI thread: pdfium, under
QtPdf, must not draw on two threads at once, and the preview draws too). Both are remembered per
brief and template, so reopening the gallery for the same brief is instant. Choosing one sets
the brief's template (undoable, like any edit).
"""

from __future__ import annotations

import datetime as dt
import json
from collections import OrderedDict

from PySide6.QtCore import QBuffer, QByteArray, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefer.editing.build import build_preview
from briefer.editing.ops import with_field
from briefer.gui.common.i18n import QT_TR_NOOP, core_text, tr
from briefer.gui.common.workers import Task
from briefer.gui.main.document import Document
from briefer.gui.main.pickers import own_label, template_choices
from briefer.page import audience, templates
from briefer.page.brief import Brief
from briefer.pipeline import template_for
from briefer.support.errors import BrieferError

THUMB = QSize(190, 246)
EXAMPLE_DATE = dt.date(2026, 12, 3)  # how dates read, when the brief has none
_PAGES: OrderedDict[tuple[str, str], bytes | str] = OrderedDict()  # (brief, template) -> PDF
_IMAGES: OrderedDict[tuple[str, str], QImage] = OrderedDict()  # the same, drawn (GUI thread)
_CACHE_SIZE = 64
_RUNNING: set[Task] = set()  # drawing tasks, held until a later refresh finds them finished
AUTOMATIC = QT_TR_NOOP("Automatic (from the chamber and the paper)")


def _reap() -> None:
    """Let go of the drawing tasks that have finished (on the GUI thread, never inside their own
    signal), so none outlives the app."""
    for done in [t for t in _RUNNING if t.isFinished()]:
        _RUNNING.discard(done)


def _key(brief: Brief) -> str:
    return json.dumps(brief.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)


def page_image(pdf: bytes, size: QSize) -> QImage:
    """The first page of a PDF drawn to fit ``size`` (safe on a worker thread)."""
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QBuffer.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    points = document.pagePointSize(0)
    scale = min(size.width() / points.width(), size.height() / points.height())
    target = QSize(round(points.width() * scale), round(points.height() * scale))
    options = QPdfDocumentRenderOptions()
    image = document.render(0, target, options).copy()  # its own pixels, not the renderer's
    document.close()
    buffer.close()
    return image


def page_pdf(brief: Brief, name: str) -> bytes | str:
    """The brief's page in template ``name`` as PDF bytes, or why it cannot be drawn (cached;
    safe on a worker thread)."""
    key = (_key(brief), name)
    found = _PAGES.get(key)
    if found is not None:
        return found
    outcome = build_preview(brief.model_copy(update={"template": name}))
    result: bytes | str
    if outcome.pdf is not None:
        result = outcome.pdf
    else:
        result = core_text(outcome.error.message) if outcome.error else tr("cannot be drawn")
    _PAGES[key] = result
    if len(_PAGES) > _CACHE_SIZE:
        _PAGES.popitem(last=False)
    return result


def thumbnail(brief: Brief, name: str, size: QSize = THUMB) -> QImage | str:
    """The page drawn small, or why it cannot be (GUI thread only; cached)."""
    key = (_key(brief), name)
    image = _IMAGES.get(key)
    if image is not None:
        return image
    pdf = page_pdf(brief, name)
    if isinstance(pdf, str):
        return pdf
    image = page_image(pdf, size)
    _IMAGES[key] = image
    if len(_IMAGES) > _CACHE_SIZE:
        _IMAGES.popitem(last=False)
    return image


def _framed(image: QImage, size: QSize, current: bool) -> QPixmap:
    """The page on a light card with a hairline, the way a sheet lies on a desk."""
    pixmap = QPixmap(size.width() + 8, size.height() + 8)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    x = (pixmap.width() - image.width()) // 2
    y = (pixmap.height() - image.height()) // 2
    painter.fillRect(x + 2, y + 2, image.width(), image.height(), QColor(0, 0, 0, 40))
    painter.fillRect(x, y, image.width(), image.height(), QColor("white"))  # pages are clear
    painter.drawImage(x, y, image)
    painter.setPen(QColor("#2a6fdb") if current else QColor("#b8bcc2"))
    painter.drawRect(x - 1, y - 1, image.width() + 1, image.height() + 1)
    painter.end()
    return pixmap


def _placeholder(size: QSize, text: str) -> QPixmap:
    pixmap = QPixmap(size.width() + 8, size.height() + 8)
    pixmap.fill(QColor("#f3f4f6"))
    painter = QPainter(pixmap)
    painter.setPen(QColor("#6b7280"))
    painter.drawText(pixmap.rect().adjusted(12, 12, -12, -12), Qt.TextFlag.TextWordWrap, text)
    painter.end()
    return pixmap


class TemplateGallery(QDialog):
    """Pick how the page looks, seeing each template with this brief's own content."""

    drawn = Signal(str)  # a template's thumbnail is in place (for tests and screenshots)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Template Gallery"))
        self.document = document
        self.list = QListWidget(self)
        self.list.setObjectName("templates")
        self.list.setAccessibleName(tr("Templates"))
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMB.width() + 8, THUMB.height() + 8))
        self.list.setGridSize(QSize(THUMB.width() + 40, THUMB.height() + 64))
        self.list.setMovement(QListView.Movement.Static)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setWordWrap(True)
        self.list.setSpacing(6)
        self.list.setUniformItemSizes(True)
        self.items: dict[str, QListWidgetItem] = {}
        for name, label in template_choices():
            try:
                tip = templates.load_template(name).description
            except Exception:  # a broken template is still listed; choosing it shows why
                tip = name
            self._add(name, label, tip)
        own = document.brief.template
        if own and own not in self.items:  # the brief's own template file, beside the bundled
            try:
                tip = f"{template_for(document.brief).description}\n{own}".strip()
            except BrieferError as exc:
                tip = str(exc)
            self._add(own, own_label(document.brief), tip)
        self.list.itemActivated.connect(self._choose_item)
        self.list.itemDoubleClicked.connect(self._choose_item)

        self.audience = QComboBox(self)
        self.audience.setObjectName("audience")
        self.audience.setAccessibleName(tr("Audience"))
        self.audience.addItem(tr(AUTOMATIC), None)
        for value in audience.AUDIENCES.values():
            self.audience.addItem(tr(value.label), value.id)
        self.audience.setToolTip(
            tr(
                "Whom the page addresses: the headings' wording, the date style and the default "
                "paper"
            )
        )
        self.audience.activated.connect(self._choose_audience)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.info.setObjectName("gallery_info")

        form = QFormLayout()
        form.addRow(tr("Audience:"), self.audience)
        buttons = QDialogButtonBox(self)
        self.use = buttons.addButton(
            tr("Use This Template"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self._use_selected)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(tr("Each page is drawn with this brief. Double-click one to use it."), self)
        )
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addWidget(self.info)
        layout.addWidget(buttons)
        across = max(4, min(len(self.items), 5))  # the bundled four, and the brief's own
        self.resize(across * (THUMB.width() + 46) + 40, THUMB.height() + 215)
        self._tasks: list[Task] = []
        self._generation = 0
        document.changed.connect(self.refresh)
        self.refresh(document.brief)

    def _add(self, name: str, label: str, tip: str) -> None:
        item = QListWidgetItem(QIcon(_placeholder(THUMB, tr("Drawing…"))), label)
        item.setData(Qt.ItemDataRole.UserRole, name)
        item.setToolTip(tip)
        self.list.addItem(item)
        self.items[name] = item

    # --- drawing ------------------------------------------------------------------------------
    def refresh(self, brief: Brief) -> None:
        """Show the brief's template and audience; redraw the thumbnails off the GUI thread."""
        self._show_choice(brief)
        names = list(self.items)
        self._generation += 1
        generation = self._generation

        def work(report) -> None:
            for name in names:
                report((generation, brief, name, page_pdf(brief, name)))

        # No parent: a QThread deleted while it runs aborts the program, and the window (with
        # its dialogs) may go first; the module holds each task until it has finished.
        task = Task(work, "template-gallery")
        _reap()
        _RUNNING.add(task)
        task.finished.connect(self._finished)  # queued to the GUI thread: let go of it there
        task.progress.connect(self._drawn)
        self._tasks = [t for t in self._tasks if t.isRunning()] + [task]
        task.start()

    def _finished(self) -> None:
        self._tasks = [t for t in self._tasks if not t.isFinished()]
        _reap()

    def _drawn(self, result: object) -> None:
        generation, brief, name, _pdf = result  # type: ignore[misc]
        item = self.items.get(name)
        if item is None or generation != self._generation:
            return  # drawn for a brief that has changed since
        image = thumbnail(brief, name)  # the PDF is cached: only drawing it is left
        current = name == self.document.brief.template
        if isinstance(image, QImage):
            framed = _framed(image, THUMB, current)
            icon = QIcon(framed)
            icon.addPixmap(framed, QIcon.Mode.Selected)  # the page as it is, not tinted
            item.setIcon(icon)
        else:
            item.setIcon(
                QIcon(
                    _placeholder(THUMB, tr("Does not fit this brief:\n{image}").format(image=image))
                )
            )
        self.drawn.emit(name)

    def _show_choice(self, brief: Brief) -> None:
        item = self.items.get(brief.template)
        if item is not None:
            self.list.setCurrentItem(item)
        index = self.audience.findData(brief.audience)
        self.audience.setCurrentIndex(max(index, 0))
        chosen = audience.audience_for(brief)
        example = brief.meeting.date or EXAMPLE_DATE  # the meeting's own date, as printed
        shown = audience.format_date(example, chosen.dates, weekday=False)
        self.info.setText(
            tr("Headings name {legislature}; dates read “{shown}”.").format(
                legislature=chosen.legislature, shown=shown
            )
        )

    # --- choosing -----------------------------------------------------------------------------
    def _choose_item(self, item: QListWidgetItem) -> None:
        self.choose(item.data(Qt.ItemDataRole.UserRole))

    def _use_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.choose(item.data(Qt.ItemDataRole.UserRole))
        self.accept()

    def choose(self, name: str) -> None:
        brief = self.document.brief
        if name and name != brief.template:
            self.document.apply(with_field(brief, "template", name), tr("Change template"))

    def _choose_audience(self, index: int) -> None:
        value = self.audience.itemData(index)
        brief = self.document.brief
        if value != brief.audience:
            self.document.apply(with_field(brief, "audience", value), tr("Change audience"))

    def stop(self) -> None:
        """Let a drawing in progress finish (a few hundred ms at most) before the gallery goes."""
        for task in self._tasks:
            task.wait(10_000)
        self._tasks.clear()
        _reap()

    def done(self, result: int) -> None:
        self.stop()
        super().done(result)

    def closeEvent(self, event) -> None:
        self.stop()
        super().closeEvent(event)


__all__ = ["TemplateGallery", "page_image", "thumbnail"]
