"""The Sender form's logo picker: choose a PNG, JPEG or SVG file, see it, see if it prints well.

The file is checked the way a build checks it (briefer.page.images): a broken or unsafe file is
refused with the reason and the brief keeps its old logo. The preview is drawn from what the DOCX
would carry (an SVG as a PNG), so it shows what prints.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from briefer.editing.ops import logo_named
from briefer.gui.common import dialogs
from briefer.gui.common.i18n import QT_TR_NOOP, tr
from briefer.page import images

FILTERS = QT_TR_NOOP("Logos (*.png *.jpg *.jpeg *.svg);;All files (*)")
PREVIEW_W, PREVIEW_H = 220, 72
BAND = "#17464d"  # the light logo's preview: on a coloured band, as the sidebar's
PRINTED_HEIGHT = 0.55 * 72  # points: the classic template's logo height, for the dpi hint


def describe(logo: images.Logo) -> str:
    if logo.kind == "svg":
        return tr("SVG: stays sharp at any size.")
    printed_width = PRINTED_HEIGHT * logo.aspect
    dpi = logo.dpi(printed_width) or 0
    if dpi >= images.MIN_DPI:
        text = tr("{kind}, {width} × {height} pixels: prints sharply.")
    else:
        text = tr("{kind}, {width} × {height} pixels: may print blurred: use a larger one.")
    return text.format(
        kind=logo.kind.upper(), width=f"{logo.width:.0f}", height=f"{logo.height:.0f}"
    )


class LogoPicker(QWidget):
    """A preview, "Choose…" and "Remove"; ``edit(path)`` stores the choice in the brief.
    ``light``: the picker of the logo's light version, printed on coloured bands (the sidebar,
    the bold banner): its preview shows it on such a colour."""

    def __init__(
        self, edit: Callable[[str], None], parent: QWidget | None = None, *, light: bool = False
    ) -> None:
        super().__init__(parent)
        self._edit = edit
        self.light = light
        self._path = ""
        self._brief_file: str | None = None
        self.preview = QLabel(self)
        suffix = "_light" if light else ""
        self.preview.setObjectName("logo_preview" + suffix)
        self.preview.setFixedSize(PREVIEW_W, PREVIEW_H)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        background = f"{BAND}; color: white" if light else "white"
        self.preview.setStyleSheet(
            f"QLabel {{ border: 1px solid #c9ccd1; background: {background}; }}"
        )
        self.status = QLabel(self)
        self.status.setObjectName("logo_status" + suffix)
        self.status.setWordWrap(True)
        self.choose_button = QPushButton(tr("Choose…"), self)
        self.choose_button.setObjectName("choose_logo" + suffix)
        self.choose_button.setAccessibleName(
            tr("Choose light logo") if light else tr("Choose logo")
        )
        self.choose_button.clicked.connect(self.choose)
        self.remove_button = QPushButton(tr("Remove"), self)
        self.remove_button.setObjectName("remove_logo" + suffix)
        self.remove_button.setAccessibleName(
            tr("Remove light logo") if light else tr("Remove logo")
        )
        self.remove_button.clicked.connect(lambda: self._edit(""))
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.preview)
        row.addLayout(buttons)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.show_logo("")

    def choose(self) -> None:
        full = self._full(self._path)
        if full is not None:
            folder = str(full.parent)
        elif self._brief_file:
            folder = str(Path(self._brief_file).parent)
        else:
            folder = str(Path.home())
        title = tr("Choose a Light Logo") if self.light else tr("Choose a Logo")
        path = dialogs.open_path(self, title, folder, tr(FILTERS))
        if path is not None:
            self.use(path)

    def use(self, path: Path) -> bool:
        """Check the file and, if it is usable, store it; else say why and keep the old one."""
        try:
            images.load_logo(path)
        except images.ImageProblem as exc:
            dialogs.error(self, tr("Logo"), tr("This logo cannot be used: {exc}.").format(exc=exc))
            return False
        folder = Path(self._brief_file).parent if self._brief_file else None
        self._edit(logo_named(path, folder))  # beside the brief: relative, so they move together
        return True

    def show_logo(self, path: str, brief_file: str | None = None) -> None:
        """Show the brief's logo (a path as the brief holds it, relative to its folder)."""
        self._path = path
        self._brief_file = brief_file
        self.remove_button.setEnabled(bool(path))
        if not path and self.light:
            self.preview.setText(tr("  No light logo"))
            self.status.setText(
                tr(
                    "Optional: a light version for coloured bands (the sidebar, the bold banner); "
                    "without it a dark logo is printed there on a white plate."
                )
            )
            return
        if not path:
            self.preview.setText(tr("  No logo"))
            self.status.setText(tr("PNG, JPEG or SVG; shown in the page's header."))
            return
        full = self._full(path) or Path(path)
        try:
            logo = images.load_logo(full)
            data = images.docx_picture(logo.data, logo.kind, PREVIEW_W / 2)
        except images.ImageProblem as exc:
            self.preview.setText(tr("  Cannot be shown"))
            self.status.setText(
                tr(
                    "{problem} (looked for {path}): the page is made without it. Choose it again, "
                    "or remove it."
                ).format(problem=exc, path=full)
            )
            return
        pixmap = QPixmap()
        pixmap.loadFromData(data)
        ratio = self.devicePixelRatioF()
        scaled = pixmap.scaled(
            round((PREVIEW_W - 8) * ratio),
            round((PREVIEW_H - 8) * ratio),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        scaled.setDevicePixelRatio(ratio)
        self.preview.setPixmap(scaled)
        self.status.setText(f"{full.name} — {describe(logo)}")

    def _full(self, path: str) -> Path | None:
        """The logo file a brief's path names (relative: from the brief's folder)."""
        if not path:
            return None
        full = Path(path).expanduser()
        if not full.is_absolute() and self._brief_file:
            full = Path(self._brief_file).parent / full
        return full


__all__ = ["LogoPicker"]
