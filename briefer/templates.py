"""Templates: how a leave-behind looks. YAML files in templates/, one may extend another.

A template names the paper, margins, font, palette, the size of each style role (in ems of the body
size, which the fit chooses) and the order of the sections. See docs/templates.md.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Literal

from pydantic import Field

from briefer import yamlio
from briefer.errors import BrieferError
from briefer.formats import Paper
from briefer.resources import templates_dir
from briefer.validation import Model, Short, validate

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


class Margins(Model):
    top: float | str
    bottom: float | str
    left: float | str
    right: float | str


class Palette(Model):
    text: str = Field(pattern=_COLOR)
    accent: str = Field(pattern=_COLOR)
    muted: str = Field(pattern=_COLOR)
    rule: str = Field(pattern=_COLOR)
    callout: str = Field(pattern=_COLOR)
    table_header: str = Field(pattern=_COLOR)


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
    max_body: float = Field(default=12, ge=9, le=14)
    min_body: float = Field(default=9, ge=9, le=14)
    step: float = Field(default=0.5, gt=0, le=2)
    prefer_long_down_to: float = Field(default=10.5, ge=9, le=14)
    footer_size: float = Field(default=7.5, ge=6, le=10)


class Template(Model):
    format: Literal[1] = Field(alias="briefer-template")
    name: Short
    label: Short
    description: Short = ""
    extends: Short | None = None
    paper: Paper = "letter"
    margins: Margins
    font: Literal["Liberation Sans"] = "Liberation Sans"
    palette: Palette
    fit: Fit = Fit()
    section_gap: float = Field(default=0.9, ge=0, le=5)
    roles: dict[str, Role]
    sections: list[Literal[SECTION_KINDS]]  # type: ignore[valid-type]
    misconceptions: Literal["list", "table"] = "list"
    headings: dict[str, Short] = {}

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


def find_template(name: str) -> Path:
    path = Path(name)
    if path.suffix in (".yaml", ".yml") and path.exists():
        return path
    candidate = templates_dir() / f"{name}.yaml"
    if candidate.is_file():
        return candidate
    raise BrieferError(
        f"unknown template '{name}' (available: {', '.join(available())})", field="template"
    )


def _raw(path: Path, depth: int = 0) -> tuple[dict[str, Any], Any]:
    data = yamlio.load(path)
    if not isinstance(data, dict):
        raise BrieferError("expected a mapping of keys to values", file=path, line=1)
    parent = data.get("extends")
    if parent:
        if depth > 5:
            raise BrieferError("templates extend each other in a loop", file=path, field="extends")
        try:
            base, _ = _raw(find_template(str(parent)), depth + 1)
        except BrieferError as exc:
            if exc.file is None:
                exc.file, exc.line = str(path), yamlio.line_of(data, ["extends"])
            raise
        return _merge(base, dict(data)), data
    return dict(data), data


def load_template(name_or_path: str | Path) -> Template:
    """Load a template by name (from templates/) or path, merging what it extends."""
    path = find_template(str(name_or_path))
    merged, own = _raw(path)
    located = yamlio.LocDict(merged)
    located.line = getattr(own, "line", 1)
    located.key_lines = getattr(own, "key_lines", {})
    template = validate(Template, located, path)
    missing = [role for role in REQUIRED_ROLES if role not in template.roles]
    if missing:
        raise BrieferError(f"missing style roles: {', '.join(missing)}", file=path, field="roles")
    for role_name, role in template.roles.items():
        if not role.color.startswith("#") and role.color not in Palette.model_fields:
            raise BrieferError(
                f"unknown colour '{role.color}' (a palette name or #rrggbb)",
                file=path,
                line=yamlio.line_of(own, ["roles", role_name, "color"]),
                field=f"roles.{role_name}.color",
            )
    return template
