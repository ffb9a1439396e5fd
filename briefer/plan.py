"""The page plan: format-neutral, plain data that both renderers consume.

``compose`` builds a *draft* (every talking point still carries its short and long text as a
:class:`Choice`); ``fit`` resolves the choices and the type size into a :class:`Plan`. Renderers
see only resolved plans, so the PDF and the DOCX cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Variant = Literal["short", "long"]


@dataclass(frozen=True)
class Span:
    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Para:
    role: str
    spans: tuple[Span, ...]
    block: str | None = None
    bullet: str | None = None  # "•" or a number label such as "1."

    @property
    def text(self) -> str:
        return "".join(span.text for span in self.spans)


@dataclass(frozen=True)
class Row:
    cells: tuple[Para, ...]
    block: str | None = None


@dataclass(frozen=True)
class Choice:
    """A talking point before fitting: the items for its short and its long text."""

    block: str
    short: tuple[Para | Row, ...]
    long: tuple[Para | Row, ...]

    def pick(self, variant: Variant) -> tuple[Para | Row, ...]:
        return self.short if variant == "short" else self.long


@dataclass(frozen=True)
class Table:
    header: Row
    rows: tuple[Row | Choice, ...]
    widths: tuple[float, ...]  # fractions of the frame width


Item = Para | Choice | Table


@dataclass(frozen=True)
class Section:
    kind: str  # header, ask, framing, evidence, misconceptions, recommendations, context
    items: tuple[Item, ...]
    heading: Para | None = None
    boxed: bool = False


@dataclass(frozen=True)
class Style:
    role: str
    size: float
    leading: float
    color: str
    bold: bool = False
    italic: bool = False
    space_after: float = 0.0
    indent: float = 0.0
    upper: bool = False


@dataclass(frozen=True)
class Box:
    """A rectangle on the page in points, from the page's bottom-left corner (as PDF counts)."""

    x: float
    y: float
    width: float
    height: float

    @property
    def top(self) -> float:
        return self.y + self.height


@dataclass(frozen=True)
class Picture:
    """The sender's logo: the file's bytes (PNG, JPEG or SVG) and where it is drawn."""

    data: bytes
    kind: Literal["png", "jpeg", "svg"]
    digest: str  # of the bytes: the key of every decoded form (see briefer/page/images.py)
    box: Box
    alt: str = "Logo"  # what it is, for a screen reader: the organisation's name
    plate: str | None = None  # a colour drawn behind the logo (it vanishes on its band without)


@dataclass(frozen=True)
class QrCode:
    """A web address drawn as a QR code, with the address printed small beside it."""

    url: str
    box: Box  # the code, quiet zone included
    caption: Para  # the address as printed (role "qr_caption")
    caption_box: Box
    caption_align: Literal["left", "right", "center"] = "right"


@dataclass(frozen=True)
class Sidebar:
    """The sidebar layout's coloured column and what it holds, sized once (not by the fit)."""

    box: Box
    fill: str
    padding: float
    items: tuple[Para, ...]
    styles: tuple[tuple[str, Style], ...]  # role -> sized style, for its own roles
    gap: float  # between the column and the points

    def style(self, role: str) -> Style:
        return dict(self.styles)[role]


@dataclass(frozen=True)
class Decor:
    """What is drawn outside the body frame: the band of the logo and the QR code, the sidebar.

    Compose places them and grows the page's margins by the room they take, so the fit (which
    measures the frame) accounts for them without knowing they exist.
    """

    logo: Picture | None = None
    qr: QrCode | None = None
    sidebar: Sidebar | None = None
    band: Box | None = None  # the strip above the body holding the logo and the QR code
    frame_left: float = 0.0  # the left margin of the paper before the sidebar took its room
    qr_style: Style | None = None
    band_fill: str | None = None  # a banner: the band drawn in this colour, padded
    band_pad: float = 0.0
    name: Para | None = None  # the organisation's name in the banner (role "banner_name")
    name_box: Box | None = None
    name_style: Style | None = None


@dataclass(frozen=True)
class Page:
    name: str  # "letter" | "a4"
    width: float  # points
    height: float
    top: float
    bottom: float
    left: float
    right: float
    decor: Decor | None = None

    @property
    def frame_width(self) -> float:
        return self.width - self.left - self.right

    @property
    def frame_height(self) -> float:
        return self.height - self.top - self.bottom


@dataclass(frozen=True)
class Meta:
    title: str
    subject: str
    author: str | None
    language: str
    keywords: tuple[str, ...] = ()
    # the points printed in the pack's own language on a page in another (content_fallback),
    # "" for its title; and that language: their elements in the PDF say so
    other_language: str = ""
    in_other_language: tuple[str, ...] = ()
    ask: str = ""  # the ask as printed (the brief's own, or the pack's for the audience)


@dataclass(frozen=True)
class Palette:
    text: str
    accent: str
    muted: str
    rule: str
    callout: str
    table_header: str
    sidebar: str = "#1f3a4d"
    sidebar_text: str = "#ffffff"
    sidebar_accent: str = "#f2c14e"

    def resolve(self, color: str) -> str:
        """A palette name ("accent") or a literal "#rrggbb" as "#rrggbb"."""
        return color if color.startswith("#") else getattr(self, color)


@dataclass(frozen=True)
class RoleSpec:
    """A style role before sizing: sizes and spaces in ems of the body size."""

    size: float
    leading: float = 1.25  # times the size
    color: str = "text"  # a palette name or #rrggbb
    bold: bool = False
    italic: bool = False
    upper: bool = False
    space_after: float = 0.0
    indent: float = 0.0


@dataclass(frozen=True)
class Draft:
    page: Page
    palette: Palette
    font: str
    meta: Meta
    sections: tuple[Section, ...]
    footer: tuple[Para, ...]
    template: str
    section_gap: float  # in em of the body size
    fit_sizes: tuple[float, ...]  # body sizes to try, largest first
    prefer_long_down_to: float
    role_specs: dict[str, RoleSpec]
    footer_size: float
    warnings: tuple[str, ...] = ()
    titles: dict[str, str] = field(default_factory=dict)  # block id -> title, for messages


@dataclass(frozen=True)
class Plan:
    """A resolved, sized page: what the renderers draw."""

    page: Page
    palette: Palette
    font: str
    meta: Meta
    styles: dict[str, Style]
    sections: tuple[Section, ...]  # no Choice left anywhere
    footer: tuple[Para, ...]
    section_gap: float  # points
    body_size: float
    variants: dict[str, Variant]
    template: str
    warnings: tuple[str, ...] = ()
