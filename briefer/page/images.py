"""Pictures on the page: the sender's logo (PNG, JPEG or SVG) and QR codes. No Qt, no files written.

A logo is read and checked once per file version (path, size, modification time) and each decoded
form is made once per file content: the PDF's image or vector drawing, the DOCX's PNG. So a warm
build pays a dictionary look-up, not a decode.

Choices: Pillow decodes PNG and JPEG (reportlab and python-docx use it too) and guards against
decompression bombs; svglib turns an SVG into a reportlab drawing, so the logo stays vector in the
PDF; resvg (``resvg-py``: a self-contained Rust renderer, no system libraries) turns the SVG into
the high-resolution PNG the DOCX carries, because Word and LibreOffice do not all show SVG. QR
codes come from reportlab's own encoder: the PDF draws its modules as vector squares and the DOCX
gets a 1-bit PNG of the same matrix, a whole number of pixels per module, so it stays sharp.
"""

from __future__ import annotations

import hashlib
import io
import warnings
from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from briefer.page.svg_reader import SvgProblem, clean_svg

MAX_BYTES = 8 * 1024 * 1024  # a logo file larger than this is refused
MAX_PIXELS = 30_000_000  # width x height of a raster logo (a 50,000-pixel-wide image is refused)
MAX_SIDE = 16_000  # pixels on either side
MIN_DPI = 150  # a raster logo printed at less than this gets a warning
DOCX_DPI = 600  # the resolution of the PNGs the DOCX carries (SVG logos, QR codes)
QR_BORDER = 4  # modules of quiet zone around a QR code, as the standard asks
QR_LEVEL = "M"  # error correction: about 15 % of the code may be smudged

Kind = Literal["png", "jpeg", "svg"]


class ImageProblem(ValueError):
    """A logo that cannot be used: the message is for the user (the caller names the field)."""


@dataclass(frozen=True)
class Logo:
    data: bytes
    kind: Kind
    digest: str
    width: float  # pixels for a raster image, points for an SVG
    height: float

    @property
    def aspect(self) -> float:
        """Width over height."""
        return self.width / self.height

    def dpi(self, printed_width: float) -> float | None:
        """Pixels per inch at this printed width in points (None for an SVG: it has no pixels)."""
        if self.kind == "svg":
            return None
        return self.width / (printed_width / 72.0)


def _kind(data: bytes) -> Kind | None:
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<?xml", b"<svg", b"<!--", b"<!doctype svg")) and b"<svg" in head:
        return "svg"
    return None


_FILES: OrderedDict[tuple, Logo] = OrderedDict()


def load_logo(path: Path) -> Logo:
    """Read and check a logo file; the same file version is read only once."""
    path = Path(path)
    try:
        stat = path.stat()
    except OSError:
        raise ImageProblem(f"the logo file '{path.name}' was not found") from None
    if not path.is_file():
        raise ImageProblem(f"the logo '{path.name}' is not a file")
    key = (str(path.resolve()), stat.st_size, stat.st_mtime_ns)
    found = _FILES.get(key)
    if found is not None:
        return found
    if stat.st_size > MAX_BYTES:
        raise ImageProblem(
            f"the logo file '{path.name}' is {stat.st_size / 1e6:.0f} MB; "
            f"use one under {MAX_BYTES // 2**20} MB (a logo needs far less)"
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImageProblem(f"cannot read the logo file '{path.name}': {exc.strerror}") from None
    logo = logo_from_bytes(data, path.name)
    _FILES[key] = logo
    if len(_FILES) > 32:
        _FILES.popitem(last=False)
    return logo


def logo_from_bytes(data: bytes, name: str = "logo") -> Logo:
    """Check a logo's bytes: the type from its content (not its name), its size, a full decode."""
    if len(data) > MAX_BYTES:
        raise ImageProblem(f"the logo '{name}' is larger than {MAX_BYTES // 2**20} MB")
    kind = _kind(data)
    if kind is None:
        raise ImageProblem(f"'{name}' is not a PNG, JPEG or SVG image")
    if kind == "svg":  # from here on, the checked plain SVG is what both renderers draw
        try:
            data = clean_svg(data)
        except SvgProblem as exc:
            raise ImageProblem(f"the SVG logo '{name}' cannot be read: {exc}") from None
    digest = hashlib.sha256(data).hexdigest()
    if kind == "svg":
        drawing = _svg_drawing(data, digest, name)
        width, height = float(drawing.width), float(drawing.height)
    else:
        width, height = _check_raster(data, kind, name)
    if not (width > 0 and height > 0):
        raise ImageProblem(f"the logo '{name}' has no size")
    if max(width / height, height / width) > 20:
        raise ImageProblem(f"the logo '{name}' is {width:g} × {height:g}: far too thin to print")
    return Logo(data, kind, digest, width, height)


def _check_raster(data: bytes, kind: Kind, name: str) -> tuple[int, int]:
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS  # Pillow refuses twice this; warns above it
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                width, height = image.size
                if image.format != kind.upper():
                    raise ImageProblem(f"'{name}' is not a valid {kind.upper()} image")
                if width * height > MAX_PIXELS or max(width, height) > MAX_SIDE:
                    raise ImageProblem(
                        f"the logo '{name}' is {width:,} × {height:,} pixels: too large to be "
                        f"safe; scale it down (a logo needs at most a few thousand pixels)"
                    )
                image.load()  # decode it all: a truncated or corrupt file fails here
    except ImageProblem:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageProblem(
            f"the logo '{name}' has too many pixels: too large to be safe; scale it down"
        ) from None
    except (OSError, SyntaxError, ValueError, Image.UnidentifiedImageError) as exc:
        raise ImageProblem(
            f"the logo '{name}' is damaged or not a valid {kind.upper()} ({exc})"
        ) from None
    return width, height


# --- decoded forms, each made once per content ----------------------------------------------


_SVG: dict[str, Any] = {}
_SVG_FACES: dict[str, frozenset[str]] = {}  # the PDF names of the faces each one's text uses


def _svg_drawing(data: bytes, digest: str, name: str = "logo"):
    """The SVG as a reportlab Drawing (vector), parsed once."""
    found = _SVG.get(digest)
    if found is not None:
        return found
    import logging

    from svglib.svglib import svg2rlg

    logging.getLogger("svglib").setLevel(logging.ERROR)  # unsupported bits: drawn without them
    try:
        drawing = svg2rlg(io.BytesIO(data))
    except Exception as exc:  # svglib raises lxml's and its own errors on bad input
        raise ImageProblem(f"the SVG logo '{name}' cannot be read ({exc})") from None
    if drawing is None or not drawing.width or not drawing.height:
        raise ImageProblem(f"the SVG logo '{name}' cannot be read or has no size")
    faces: set[str] = set()
    _embedded_text(drawing, faces)
    if len(_SVG) > 16:  # emptied before this one goes in (its faces were lost with the rest)
        _SVG.clear()
        _SVG_FACES.clear()
    _SVG_FACES[digest] = frozenset(faces)
    _SVG[digest] = drawing
    return drawing


def _embedded_text(node: Any, used: set[str]) -> None:
    """Text in an SVG logo set in the page's own Liberation Sans. svglib names fonts the PDF
    does not carry (Helvetica, Times-Roman, Arial-Bold standing in for Helvetica-Bold…): a viewer
    stands in whatever it has, and a print shop asks for every font embedded. Liberation Sans has
    Helvetica's and Arial's widths. (Lettering that must look as drawn belongs in paths, not
    text.) ``used`` gathers the PDF names of the faces the text is now set in."""
    from reportlab.graphics.shapes import Group, String

    from briefer.layout.fonts import PDF_NAMES

    ours = set(PDF_NAMES.values())
    for child in node.getContents() if isinstance(node, Group) else ():
        if isinstance(child, String):
            name = str(child.fontName)
            if name not in ours:
                weight = "bold" if "bold" in name.lower() else ""
                slant = "italic" if any(s in name.lower() for s in ("italic", "oblique")) else ""
                child.fontName = PDF_NAMES[weight + slant or "regular"]
            used.add(str(child.fontName))
        elif isinstance(child, Group):
            _embedded_text(child, used)


def pdf_drawing(logo: Logo):
    """A reportlab Drawing of an SVG logo (its own size in points: scale it to the box)."""
    return _svg_drawing(logo.data, logo.digest)


def pdf_drawing_faces(logo: Logo) -> frozenset[str]:
    """The PDF names of the faces the text of an SVG logo is set in (to register first)."""
    _svg_drawing(logo.data, logo.digest)
    return _SVG_FACES[logo.digest]


_READERS: dict[str, Any] = {}


def pdf_image(data: bytes, digest: str):
    """A reportlab ImageReader for a PNG or JPEG, made once per content."""
    found = _READERS.get(digest)
    if found is None:
        from reportlab.lib.utils import ImageReader

        found = ImageReader(io.BytesIO(data))
        if len(_READERS) > 16:
            _READERS.clear()
        _READERS[digest] = found
    return found


def scaled_for_print(data: bytes, printed_width: float, max_dpi: float) -> bytes:
    """A raster logo no sharper than ``max_dpi`` at its printed width (a PNG when scaled down;
    the bytes as they are when they already are small enough)."""
    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:
        need = max(1, round(printed_width / 72.0 * max_dpi))
        if image.width <= need:
            return data
        height = max(1, round(image.height * need / image.width))
        image.load()
        if image.mode not in ("RGB", "RGBA", "L", "LA"):
            image = image.convert("RGBA" if "transparency" in image.info else "RGB")
        smaller = image.resize((need, height), Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    smaller.save(buffer, "PNG", optimize=False)
    return buffer.getvalue()


@lru_cache(maxsize=16)
def _svg_png(data: bytes, width_px: int) -> bytes:
    import resvg_py

    try:
        return bytes(
            resvg_py.svg_to_bytes(svg_string=data.decode("utf-8", "replace"), width=width_px)
        )
    except ValueError as exc:
        raise ImageProblem(f"the SVG logo cannot be drawn as a picture ({exc})") from None


def sample_png(data: bytes, kind: Kind, width_px: int) -> bytes:
    """A small rendering of a logo to look at its colours: an SVG drawn, a raster as it is."""
    return _svg_png(data, width_px) if kind == "svg" else data


def docx_picture(data: bytes, kind: Kind, printed_width: float) -> bytes:
    """What the DOCX embeds: a PNG or JPEG as it is; an SVG drawn as a PNG at DOCX_DPI."""
    if kind != "svg":
        return data
    return _svg_png(data, max(64, round(printed_width / 72.0 * DOCX_DPI)))


# --- QR codes --------------------------------------------------------------------------------


@lru_cache(maxsize=64)
def qr_matrix(text: str) -> tuple[tuple[bool, ...], ...]:
    """The modules of a QR code for ``text`` (dark = True), without the quiet zone."""
    from reportlab.graphics.barcode import qrencoder

    level = getattr(qrencoder.QRErrorCorrectLevel, QR_LEVEL)
    code = qrencoder.QRCode(None, level)
    code.addData(text)
    code.make()
    return tuple(tuple(bool(cell) for cell in row) for row in code.modules)


def qr_modules(text: str) -> int:
    """Modules on a side, quiet zone included."""
    return len(qr_matrix(text)) + 2 * QR_BORDER


@lru_cache(maxsize=64)
def qr_runs(text: str) -> tuple[tuple[int, int, int], ...]:
    """The dark modules as horizontal runs (row, first column, length), quiet zone included in
    the coordinates: what the PDF draws as rectangles."""
    runs = []
    for r, row in enumerate(qr_matrix(text)):
        c, count = 0, len(row)
        while c < count:
            if not row[c]:
                c += 1
                continue
            start = c
            while c < count and row[c]:
                c += 1
            runs.append((r + QR_BORDER, start + QR_BORDER, c - start))
    return tuple(runs)


@lru_cache(maxsize=64)
def qr_png(text: str, printed_size: float) -> bytes:
    """A 1-bit PNG of the QR code: whole pixels per module, at least DOCX_DPI when printed."""
    from PIL import Image

    matrix = qr_matrix(text)
    modules = qr_modules(text)
    per_module = max(4, -(-round(printed_size / 72.0 * DOCX_DPI) // modules))
    side = modules * per_module
    image = Image.new("1", (modules, modules), 1)
    pixels = image.load()
    for r, row in enumerate(matrix):
        for c, dark in enumerate(row):
            if dark:
                pixels[c + QR_BORDER, r + QR_BORDER] = 0
    image = image.resize((side, side), Image.Resampling.NEAREST)
    buffer = io.BytesIO()
    dpi = side / (printed_size / 72.0)
    image.save(buffer, "PNG", optimize=True, dpi=(dpi, dpi))
    return buffer.getvalue()


__all__ = [
    "MIN_DPI",
    "ImageProblem",
    "Logo",
    "docx_picture",
    "load_logo",
    "logo_from_bytes",
    "pdf_drawing",
    "pdf_drawing_faces",
    "pdf_image",
    "qr_matrix",
    "qr_png",
    "qr_runs",
]
