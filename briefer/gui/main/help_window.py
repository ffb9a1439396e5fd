"""Help → Briefer Guide (F1): the user guide, docs/guide.md, shown in the app, offline.

The guide ships with Briefer (in the wheel and the bundle, beside the templates), so it is read
from disk and drawn by Qt's own Markdown reader: pictures included, links inside the guide (to
its sections, to the other pages in docs/) followed in the same window. A link to the web opens
only when clicked, in the browser — nothing is fetched to show the guide.
"""

from __future__ import annotations

import re
import unicodedata

from PySide6.QtCore import QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QImage,
    QKeySequence,
    QPixmap,
    QResizeEvent,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from briefer.gui.common.i18n import tr
from briefer.support.resources import guide_path


def slug(heading: str) -> str:
    """The anchor a Markdown heading gets ("1. Getting Briefer" → "1-getting-briefer")."""
    text = unicodedata.normalize("NFKC", heading).strip().lower()
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


class GuideBrowser(QTextBrowser):
    """A QTextBrowser that follows the guide's "#section" links to their headings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self.follow)

    def follow(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)  # the user's choice: their browser, not this window
            return
        target = self.source().resolved(url) if url.isRelative() else url
        source = self.source()
        if (target.scheme(), target.path()) != (source.scheme(), source.path()):
            if not target.isLocalFile() or not target.toLocalFile().endswith((".md", ".txt")):
                QDesktopServices.openUrl(target)  # a schema, a picture: the desktop's viewer
                return
            self.setSource(
                QUrl.fromLocalFile(target.toLocalFile()),
                QTextDocument.ResourceType.MarkdownResource,
            )
        if target.hasFragment():
            self.go_to(target.fragment())

    def setSource(self, url: QUrl, kind: QTextDocument.ResourceType | None = None) -> None:
        if kind is None:
            super().setSource(url)
        else:
            super().setSource(url, kind)
        self.fit_images()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_images()

    def fit_images(self) -> None:
        """Pictures no wider than the window (the screenshots are wider than a reading column)."""
        room = self.viewport().width() - 2 * self.document().documentMargin() - 4
        if room <= 0:
            return
        document = self.document()
        block = document.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if fmt.isImageFormat():
                    image_format = fmt.toImageFormat()
                    width, height = self._natural_size(image_format.name())
                    wanted = min(width, room)
                    if width and abs(image_format.width() - wanted) > 0.5:
                        image_format.setWidth(wanted)
                        image_format.setHeight(height * wanted / width)
                        cursor = QTextCursor(document)
                        cursor.setPosition(fragment.position())
                        cursor.setPosition(
                            fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                        )
                        cursor.setCharFormat(image_format)
                it += 1
            block = block.next()

    def _natural_size(self, name: str) -> tuple[float, float]:
        image = self.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        if isinstance(image, QImage | QPixmap) and not image.isNull():
            return float(image.width()), float(image.height())
        return 0.0, 0.0

    def go_to(self, anchor: str) -> bool:
        """Scroll to the heading whose slug is ``anchor``; False when there is none."""
        block = self.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() and slug(block.text()) == anchor:
                cursor = QTextCursor(block)
                self.setTextCursor(cursor)
                bar = self.verticalScrollBar()
                bar.setValue(bar.maximum())  # so that the heading ends up at the top
                self.ensureCursorVisible()
                return True
            block = block.next()
        return False


class GuideWindow(QDialog):
    """The guide in a window of its own, beside the main window (not modal)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Briefer Guide"))
        self.setModal(False)
        self.browser = GuideBrowser(self)
        self.browser.setAccessibleName(tr("Briefer user guide"))
        self.browser.document().setDocumentMargin(18)
        path = guide_path()
        if path.is_file():
            self.browser.setSearchPaths([str(path.parent)])
            self.browser.setSource(
                QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource
            )
        else:  # a broken installation: say where the guide should have been
            self.browser.setPlainText(
                tr("The user guide is missing: {path} was not found.").format(path=path)
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        self.back_button = QPushButton(tr("Back"))
        self.back_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Back))
        self.back_button.setEnabled(False)
        self.back_button.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.addWidget(self.browser, 1)
        holder = QVBoxLayout()
        holder.setContentsMargins(10, 0, 10, 0)
        holder.addWidget(buttons)
        layout.addLayout(holder)
        self.resize(820, 760)
