"""Icons: the desktop theme's where it has one; a few drawn here for when it has none."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

from briefer.support.resources import assets_dir

ACCENT = "#9b1b30"
SIZES = (16, 24, 32, 48)


def _drawn(draw: Callable[[QPainter, float], None], sizes: tuple[int, ...] = SIZES) -> QIcon:
    icon = QIcon()
    for size in sizes:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(size / 24, size / 24)  # draw on a 24-unit grid
        draw(painter, size / 24)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def _pen() -> QPen:
    color = QApplication.palette().color(QPalette.ColorRole.WindowText)
    pen = QPen(color, 1.6)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


def _export(painter: QPainter, _scale: float) -> None:
    painter.setPen(_pen())
    page = QPainterPath()
    page.moveTo(13, 3.5)
    page.lineTo(5.5, 3.5)
    page.lineTo(5.5, 20.5)
    page.lineTo(18.5, 20.5)
    page.lineTo(18.5, 13)
    painter.drawPath(page)
    accent = QPen(QColor(ACCENT), 2.0)
    accent.setCapStyle(Qt.PenCapStyle.RoundCap)
    accent.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(accent)
    painter.drawLine(QPointF(11, 13), QPointF(20, 4))
    painter.drawPolyline([QPointF(14.5, 4), QPointF(20, 4), QPointF(20, 9.5)])


def _print(painter: QPainter, _scale: float) -> None:
    painter.setPen(_pen())
    painter.drawRect(QRectF(7, 3.5, 10, 5))
    painter.drawRoundedRect(QRectF(3.5, 8.5, 17, 8), 1.5, 1.5)
    painter.setBrush(QApplication.palette().color(QPalette.ColorRole.Base))
    painter.drawRect(QRectF(7, 13.5, 10, 7))
    painter.setBrush(QColor(ACCENT))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(QPointF(17.5, 11), 1, 1)


def _app(painter: QPainter, _scale: float) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(ACCENT))
    rect = QRectF(1.5, 1.5, 21, 21)
    painter.drawRoundedRect(rect, 4.5, 4.5)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(15)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "B")


def themed(name: str, fallback: QIcon) -> QIcon:
    return QIcon.fromTheme(name, fallback)


def standard(name: str, fallback: QStyle.StandardPixmap) -> QIcon:
    """The desktop theme's icon where there is one, else the style's own."""
    return QIcon.fromTheme(name, QApplication.style().standardIcon(fallback))


def export_icon() -> QIcon:
    return themed("document-export", _drawn(_export))


def print_icon() -> QIcon:
    return themed("document-print", _drawn(_print))


def app_icon() -> QIcon:
    """The app's icon: assets/icons/briefer.svg, or a drawn stand-in if it cannot be read."""
    svg = assets_dir() / "icons" / "briefer.svg"
    if svg.is_file():
        icon = QIcon(str(svg))
        if not icon.pixmap(32, 32).isNull():
            return icon
    return _drawn(_app, (16, 24, 32, 48, 64, 128, 256))
