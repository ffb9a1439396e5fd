"""Make every icon file from the one source, assets/icons/briefer.svg.

    python packaging/make-icons.py [OUT]        (default OUT: build/icons)

Writes, with Qt's SVG renderer (QtSvg ships in PySide6-Essentials) and no other tool:

- ``png/briefer-<N>.png`` for N in 16 … 1024;
- ``briefer.ico`` (Windows: 16–256 px, PNG-compressed entries, Windows Vista and later);
- ``briefer.icns`` (macOS: 16–1024 px, PNG entries; ``iconutil`` would make the same);
- ``hicolor/<N>x<N>/apps/io.github.briefer.Briefer.png`` and ``hicolor/scalable/apps/…svg``,
  the freedesktop icon theme layout for Linux (copy ``hicolor`` into ``~/.local/share/icons``).
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCE = REPO / "assets" / "icons" / "briefer.svg"
APP_ID = "io.github.briefer.Briefer"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# ICNS entry types holding PNG data: (type, pixel size)
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),  # 512@2x
    (b"ic11", 32),  # 16@2x
    (b"ic12", 64),  # 32@2x
    (b"ic13", 256),  # 128@2x
    (b"ic14", 512),  # 256@2x
)


def render_pngs(source: Path, sizes: tuple[int, ...]) -> dict[int, bytes]:
    """The SVG rendered at each size, as PNG bytes (transparent background)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"make-icons: cannot read {source}")
    out = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        out[size] = bytes(data.data())
    return out


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding the PNG images (one entry per size)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    entries, blobs = b"", b""
    offset = 6 + 16 * len(pngs)
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding PNG images."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def make_icons(out: Path, source: Path = SOURCE) -> list[Path]:
    """Write all icon files into ``out``; returns the paths written."""
    out = Path(out)
    pngs = render_pngs(source, PNG_SIZES)
    written: list[Path] = []

    def write(path: Path, data: bytes) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        written.append(path)

    for size, png in pngs.items():
        write(out / "png" / f"briefer-{size}.png", png)
    for size in HICOLOR_SIZES:
        write(out / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png", pngs[size])
    write(out / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg", source.read_bytes())
    write(out / "briefer.ico", ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    write(out / "briefer.icns", icns_bytes(pngs))
    return written


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else REPO / "build" / "icons"
    if out.exists():
        shutil.rmtree(out)
    written = make_icons(out)
    print(f"make-icons: wrote {len(written)} files into {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
