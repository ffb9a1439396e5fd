"""Logos on colour: whether a logo can be seen on the band or the column it is drawn on.

A logo is drawn on the sidebar's colour or the bold template's banner. Its visible pixels (a
small rendering of it, alpha at least half) are compared with the colour behind them by WCAG's
contrast ratio; when most of them are below 3:1 (the ratio WCAG asks of graphics), the logo would
all but vanish, so the page draws it on a plate of the page's colour and the user is told.
"""

from __future__ import annotations

import io
from threading import Lock

from briefer.page import images

GRAPHICS = 3.0  # WCAG 2.1, 1.4.11: the contrast a graphic needs against what is next to it
LOW_SHARE = 0.6  # a logo with this share of its visible pixels below GRAPHICS is hard to see
SAMPLE_WIDTH = 96  # pixels: the rendering the pixels are counted on
PLATE = "#ffffff"  # the page's colour: what goes behind a logo that vanishes on its band
PLATE_INSET = 0.14  # of the logo's shorter side: the plate's margin around the logo

_known: dict[tuple[str, str], float] = {}
_lock = Lock()


def _luminance(rgb: tuple[int, int, int]) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ratio(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    """WCAG's contrast ratio of two colours (1 to 21)."""
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def rgb(color: str) -> tuple[int, int, int]:
    value = color.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def low_share(logo: images.Logo, background: str) -> float:
    """The share of the logo's visible pixels with too little contrast against ``background``."""
    key = (logo.digest, background.lower())
    with _lock:
        if key in _known:
            return _known[key]
    from PIL import Image

    data = images.sample_png(logo.data, logo.kind, SAMPLE_WIDTH)
    with Image.open(io.BytesIO(data)) as opened:
        picture = opened.convert("RGBA")
        picture.thumbnail((SAMPLE_WIDTH, SAMPLE_WIDTH * 4))
        raw = picture.tobytes()
    behind = rgb(background)
    seen = [(raw[i], raw[i + 1], raw[i + 2]) for i in range(0, len(raw), 4) if raw[i + 3] >= 128]
    share = sum(ratio(p, behind) < GRAPHICS for p in seen) / len(seen) if seen else 0.0
    with _lock:
        _known[key] = share
    return share


def needs_plate(logo: images.Logo, background: str) -> bool:
    """Whether the logo all but vanishes on ``background`` (a #rrggbb colour)."""
    return low_share(logo, background) >= LOW_SHARE


def inset(width: float, height: float) -> tuple[float, float, float, float]:
    """Where a logo goes on its plate (x, y, width, height within a width x height plate): the
    same shape, a margin of PLATE_INSET of the shorter side around it."""
    pad = PLATE_INSET * min(width, height)
    scale = min((width - 2 * pad) / width, (height - 2 * pad) / height)
    w, h = width * scale, height * scale
    return (width - w) / 2, (height - h) / 2, w, h
