"""Templates: how a leave-behind looks. YAML files in templates/, one may extend another.

A template names the paper, margins, font, palette, the size of each style role (in ems of the body
size, which the fit chooses) and the order of the sections. See docs/templates.md.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field

from briefer.layout import fonts
from briefer.page.content import Labels
from briefer.support import references, yamlio
from briefer.support.errors import BrieferError
from briefer.support.formats import PAPER_SIZES, Paper
from briefer.support.resources import templates_dir
from briefer.support.validation import Model, Short, validate

SECTION_KINDS = (
    "header",
    "ask",
    "framing",
    "evidence",
    "misconceptions",
    "recommendations",
    "context",
)
_UNITS = {"pt": 1.0, "in": 72.0, "mm": 72 / 25.4, "cm": 72 / 2.54}
_COLOR = r"^#[0-9a-fA-F]{6}$"


def length(value: float | int | str) -> float:
    """A length in points from ``54``, ``"54pt"``, ``"0.75in"``, ``"19mm"`` or ``"1.9cm"``."""
    if isinstance(value, int | float):
        return float(value)
    match = re.fullmatch(r"\s*([0-9]*\.?[0-9]+)\s*(pt|in|mm|cm)?\s*", str(value))
    if not match:
        raise ValueError(f"'{value}' is not a length such as 54pt, 0.75in or 19mm")
    return float(match.group(1)) * _UNITS[match.group(2) or "pt"]


def _length_value(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ValueError("expected a length such as 54pt, 0.75in or 19mm")
    return length(value)


# A length in a template file, checked with its unit when the template is read; kept in points.
Length = Annotated[float, BeforeValidator(_length_value)]


def _font_family(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError("expected the name of a font family, such as Liberation Sans or Carlito")
    try:
        return fonts.check_family(value.strip())
    except fonts.FontProblem as exc:
        raise ValueError(str(exc)) from None


# An installed family under the SIL Open Font License (see briefer/layout/fonts.py), as its files
# spell it; the default is answered without looking at any font file.
FontFamily = Annotated[str, BeforeValidator(_font_family)]
MIN_FRAME = (3 * 72.0, 4 * 72.0)  # the smallest text frame a template may leave: 3 in x 4 in


class Margins(Model):
    top: Length = Field(ge=0)
    bottom: Length = Field(ge=0)
    left: Length = Field(ge=0)
    right: Length = Field(ge=0)


class Palette(Model):
    text: str = Field(pattern=_COLOR)
    accent: str = Field(pattern=_COLOR)
    muted: str = Field(pattern=_COLOR)
    rule: str = Field(pattern=_COLOR)
    callout: str = Field(pattern=_COLOR)
    table_header: str = Field(pattern=_COLOR)
    sidebar: str = Field(default="#1f3a4d", pattern=_COLOR)  # the sidebar's fill
    sidebar_text: str = Field(default="#ffffff", pattern=_COLOR)
    sidebar_accent: str = Field(default="#f2c14e", pattern=_COLOR)  # its labels


class Role(Model):
    size: float = Field(gt=0.3, le=4)  # ems of the body size
    leading: float = Field(default=1.25, ge=1.0, le=2.5)  # times the size
    color: str = "text"  # a palette name or #rrggbb
    bold: bool = False
    italic: bool = False
    upper: bool = False
    space_after: float = Field(default=0.0, ge=0, le=5)  # ems of the body size
    indent: float = Field(default=0.0, ge=0, le=5)  # ems of the body size


class Fit(Model):
    # The body is never set under 10 pt; 9.5 pt when the template says so (min_body: 9.5).
    max_body: float = Field(default=12, ge=9.5, le=14)
    min_body: float = Field(default=10, ge=9.5, le=14)
    step: float = Field(default=0.5, gt=0, le=2)
    prefer_long_down_to: float = Field(default=10.5, ge=9.5, le=14)
    footer_size: float = Field(default=8.5, ge=8.5, le=10)  # the contact: 8.5 pt at least


class LogoSlot(Model):
    """Where the sender's logo goes: its printed height (the width follows), at most max_width."""

    height: Length = Field(default="0.55in", ge=0, validate_default=True)
    max_width: Length = Field(default="2.4in", ge=0, validate_default=True)
    align: Literal["left", "right"] = "left"
    # below the band of the logo and the QR code:
    gap: Length = Field(default="10pt", ge=0, validate_default=True)


class QrSlot(Model):
    # the printed side of the QR code, quiet zone included:
    size: Length = Field(default="0.72in", ge=0, validate_default=True)


class Banner(Model):
    """A coloured banner across the top holding the logo, the organisation's name, the QR code."""

    height: Length = Field(default="0.95in", ge=0, validate_default=True)
    padding: Length = Field(default="12pt", ge=0, validate_default=True)
    fill: str = "accent"  # a palette name or #rrggbb
    text: str = Field(default="#ffffff", pattern=_COLOR)  # the name's colour
    size: float = Field(default=13, ge=8, le=24)  # the name's size in points


class Sidebar(Model):
    """The sidebar layout's coloured column: the logo, the ask, the meeting and the contact."""

    width: Length = Field(default="2.15in", ge=0, validate_default=True)
    # between the column and the points:
    gap: Length = Field(default="0.28in", ge=0, validate_default=True)
    padding: Length = Field(default="14pt", ge=0, validate_default=True)
    size: float = Field(default=9.0, ge=8.5, le=12)  # its text (the contact), pt; roles in ems


class Template(Model):
    format: Literal[1] = Field(alias="briefer-template")
    name: Short
    label: Short
    description: Short = ""
    extends: Short | None = None
    paper: Paper = "letter"
    margins: Margins
    font: FontFamily = fonts.FAMILY
    palette: Palette
    fit: Fit = Fit()
    section_gap: float = Field(default=0.9, ge=0, le=5)
    roles: dict[str, Role]
    sections: list[Literal[SECTION_KINDS]]  # type: ignore[valid-type]
    misconceptions: Literal["list", "table"] = "list"
    labels: Labels | None = None  # a misconception's labels; else the pack's, else the default
    headings: dict[str, Short] = {}
    layout: Literal["single", "sidebar"] = "single"
    max_points: int | None = Field(default=None, ge=1, le=50)  # the first N chosen points only
    logo: LogoSlot = LogoSlot()
    qr: QrSlot = QrSlot()
    sidebar: Sidebar = Sidebar()
    banner: Banner | None = None

    def margin_points(self) -> tuple[float, float, float, float]:
        m = self.margins
        return length(m.top), length(m.bottom), length(m.left), length(m.right)


REQUIRED_ROLES = (
    "kicker",
    "title",
    "subtitle",
    "meta",
    "ask_label",
    "ask",
    "heading",
    "lead",
    "body",
    "bullet",
    "myth",
    "fact",
    "table_head",
    "table_cell",
    "footer",
)
SIDEBAR_ROLES = ("side_label", "side_ask", "side_text", "side_last")


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def available() -> list[str]:
    return sorted(path.stem for path in templates_dir().glob("*.yaml"))


def find_template(name: str, relative_to: Path | None = None, field: str = "template") -> Path:
    """A template by name (from templates/) or by path. A path named in a file is found in
    ``relative_to`` (the folder of the brief or template that names it) by the one rule for files
    a file names (briefer.support.references); one typed by the user (None) is taken as it is."""
    path = Path(name)
    if path.suffix in (".yaml", ".yml"):
        if relative_to is not None:
            found = references.resolve(name, relative_to, field)
            if found.is_file():
                return found
        elif path.exists():
            references.check_kind(path, field)
            return path
    candidate = templates_dir() / f"{name}.yaml"
    if candidate.is_file():
        return candidate
    raise BrieferError(
        f"unknown template '{name}' (available: {', '.join(available())})", field="template"
    )


def _raw(path: Path, depth: int = 0, text: str | None = None) -> tuple[dict[str, Any], Any]:
    data = yamlio.load(path) if text is None else yamlio.parse(text, path)
    if not isinstance(data, dict):
        raise BrieferError("expected a mapping of keys to values", file=path, line=1)
    parent = data.get("extends")
    if parent:
        if depth > 5:
            raise BrieferError(
                "templates extend each other in a loop",
                file=path,
                line=yamlio.line_of(data, ["extends"]),
                field="extends",
            )
        try:
            base, _ = _raw(find_template(str(parent), path.parent, "extends"), depth + 1)
        except BrieferError as exc:
            if exc.file is None:
                exc.file, exc.line = str(path), yamlio.line_of(data, ["extends"])
            raise
        return _merge(base, dict(data)), data
    return dict(data), data


def _origin(data: Any, path: Path, keys: list[str], depth: int = 0) -> tuple[str, int | None]:
    """The file (and line) that sets a key (``["palette", "accent"]``): this template's
    (``data``, read from ``path``) or the nearest one it extends."""
    if not isinstance(data, dict) or keys[0] in data or not data.get("extends") or depth > 5:
        return str(path), yamlio.line_of(data, keys) if isinstance(data, dict) else None
    parent = find_template(str(data["extends"]), path.parent, "extends")
    return _origin(yamlio.load(parent), parent, keys, depth + 1)


def origin(path: Path, keys: list[str], text: str | None = None) -> tuple[str, int | None]:
    """The file and line that set a key (``["labels", "claim"]``) of the template at ``path``
    (``text``: its content, when read already), or of the nearest one it extends."""
    data = yamlio.load(path) if text is None else yamlio.parse(text, path)
    return _origin(data, path, keys)


def _check_frame(template: Template, own: Any, path: Path) -> None:
    """The margins leave a usable text frame on every paper (the template's paper can change)."""
    top, bottom, left, right = template.margin_points()
    for paper, (width, height) in PAPER_SIZES.items():
        for across, (first, second), need, names in (
            (width, (left, right), MIN_FRAME[0], ("left", "right")),
            (height, (top, bottom), MIN_FRAME[1], ("top", "bottom")),
        ):
            if across - first - second < need:
                raise BrieferError(
                    f"the {names[0]} and {names[1]} margins ({first:g} + {second:g} pt) leave "
                    f"{max(0.0, across - first - second):g} pt of a {paper} page; at least "
                    f"{need / 72:g} in must stay for the text",
                    file=path,
                    line=yamlio.line_of(own, ["margins", names[0]]),
                    field=f"margins.{names[0]}",
                )
    if template.layout == "sidebar":
        side = template.sidebar
        narrowest = min(width for width, _ in PAPER_SIZES.values()) - left - right
        for problem, field in (
            (narrowest - side.width - side.gap < MIN_FRAME[0] / 2, "width"),
            (side.width - 2 * side.padding < 72, "padding"),
        ):
            if problem:
                raise BrieferError(
                    f"the sidebar ({side.width:g} pt wide, {side.gap:g} pt gap, {side.padding:g} "
                    f"pt padding) leaves too little room for its text or the points beside it",
                    file=path,
                    line=yamlio.line_of(own, ["sidebar", field])
                    or yamlio.line_of(own, ["sidebar"]),
                    field=f"sidebar.{field}",
                )


def load_template(
    name_or_path: str | Path, relative_to: Path | None = None, text: str | None = None
) -> Template:
    """Load a template by name (from templates/) or path, merging what it extends; ``text`` is
    the file's content when it has been read already (standard input is read once)."""
    path = Path(name_or_path) if text is not None else find_template(str(name_or_path), relative_to)
    merged, own = _raw(path, text=text)
    located = yamlio.LocDict(merged)
    located.line = getattr(own, "line", 1)
    located.key_lines = getattr(own, "key_lines", {})
    try:
        template = validate(Template, located, path)
    except BrieferError as exc:
        keys = exc.field.split(".") if exc.field else []
        if keys and not (isinstance(own, dict) and keys[0] in own):
            exc.file, exc.line = _origin(own, path, keys)  # set by a template this extends
        raise
    _check_frame(template, own, path)
    needed = REQUIRED_ROLES + (SIDEBAR_ROLES if template.layout == "sidebar" else ())
    missing = [role for role in needed if role not in template.roles]
    if missing:
        raise BrieferError(
            f"missing style roles: {', '.join(missing)}",
            file=path,
            line=yamlio.line_of(own, ["roles"]) or 1,
            field="roles",
        )
    for role_name, role in template.roles.items():
        if not role.color.startswith("#") and role.color not in Palette.model_fields:
            raise BrieferError(
                f"unknown colour '{role.color}' (a palette name or #rrggbb)",
                file=path,
                line=yamlio.line_of(own, ["roles", role_name, "color"]),
                field=f"roles.{role_name}.color",
            )
    if template.banner is not None:
        fill = template.banner.fill
        if not re.fullmatch(_COLOR, fill) and fill not in Palette.model_fields:
            raise BrieferError(
                f"unknown colour '{fill}' (a palette name or #rrggbb)",
                file=path,
                line=yamlio.line_of(own, ["banner", "fill"]),
                field="banner.fill",
            )
    return template
