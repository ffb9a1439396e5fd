"""Turning a pydantic validation failure into one clear line that names the file and the line."""

from __future__ import annotations

import re
from difflib import get_close_matches
from pathlib import Path
from typing import Annotated, Any, TypeVar, get_args

from pydantic import AfterValidator, BaseModel, ConfigDict, StringConstraints, ValidationError

from briefer.support import yamlio
from briefer.support.errors import BrieferError

M = TypeVar("M", bound=BaseModel)

# The control characters (Unicode category Cc) but tab, line feed and carriage return; the
# surrogates (Cs); and the two non-characters U+FFFE and U+FFFF.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


# The marks that reorder the text after them (embeddings, overrides, isolates): U+202E shows
# "txt.exe" as "exe.txt", on a page, in a label, in a terminal. Nobody types them.
_REORDER = re.compile("[\u202a-\u202e\u2066-\u2069]")
_UNSHOWN = "\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069"
_UNSHOWN_IN_TEXT = re.compile(f"[{_UNSHOWN}]")  # tabs and line ends stay
_UNSHOWN_IN_LINE = re.compile(f"[\t\n{_UNSHOWN}]")


def _check_text(value: str) -> str:
    found = _FORBIDDEN.search(value)
    if found:
        raise ValueError(f"contains a control character (U+{ord(found.group()):04X}); remove it")
    if "\r" in value:  # a carriage return alone would print one line over another: a line end
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    if not value.isascii():
        value = _REORDER.sub("", value)
    return value


def readable(value: str, *, lines: bool = False) -> str:
    """Text from a file as a person is shown it (a pack's title, a log's notes, a roster's
    names): control characters and the marks that reorder text gone, line breaks as spaces
    (kept with ``lines``: CR LF and CR as LF)."""
    if value.isprintable():
        return value
    if lines:
        value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\u2029", "\n")
        return _UNSHOWN_IN_TEXT.sub(_space, value)
    return _UNSHOWN_IN_LINE.sub(_space, value.replace("\r\n", " "))


def _space(match: re.Match[str]) -> str:
    return " " if match.group() in "\t\n\r\u2028\u2029" else ""


_BREAKS = re.compile("\r\n|[\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


def fold_lines(value: Any) -> Any:
    """A one-line field's text from someone else's file: every kind of line break (a carriage
    return that would print one line over another, a line feed that would start a line of its
    own) becomes a space. Anything but a string is left for the type to judge."""
    return _BREAKS.sub(" ", value) if isinstance(value, str) else value


def text(max_length: int) -> Any:
    """A text field type: stripped, at most ``max_length`` characters, no control characters."""
    return Annotated[
        str,
        StringConstraints(strip_whitespace=True, max_length=max_length),
        AfterValidator(_check_text),
    ]


Short = text(200)
Long = text(2000)

# An address as people write it: one @, something before it, a domain with a dot after it, no
# spaces. Enough to catch "jesus garcia at senate" before an email draft goes out with no
# recipient; whether the mailbox exists is for the mail program to find out.
_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")


def _check_email(value: str) -> str:
    if value and not _EMAIL.fullmatch(value):
        raise ValueError(f"'{value}' is not an email address: write it like name@example.org")
    return value


Email = Annotated[Short, AfterValidator(_check_email)]


class Model(BaseModel):
    """Base for the file formats: unknown keys are errors, numbers given for text become text."""

    model_config = ConfigDict(
        extra="forbid", coerce_numbers_to_str=True, frozen=True, populate_by_name=True
    )


_MESSAGES = {
    "extra_forbidden": "unknown key",
    "missing": "this field is required",
    "string_type": "expected text",
    "list_type": "expected a list",
    "dict_type": "expected a mapping of keys to values",
    "model_type": "expected a mapping of keys to values",
    "date_from_datetime_parsing": "expected a date like 2026-12-03",
    "date_parsing": "expected a date like 2026-12-03",
    "date_type": "expected a date like 2026-12-03",
    "date_from_datetime_inexact": "expected a date like 2026-12-03",  # a number: 20261203
    "int_type": "expected a whole number",
    "int_parsing": "expected a whole number",
    "float_type": "expected a number",
    "float_parsing": "expected a number",
    "bool_type": "expected true or false",
    "bool_parsing": "expected true or false",
}


def _message(error: dict[str, Any]) -> str:
    kind = error["type"]
    ctx = error.get("ctx") or {}
    if kind == "string_too_long":
        got = len(error["input"]) if isinstance(error.get("input"), str) else "?"
        return f"too long: {got} characters, at most {ctx.get('max_length')}"
    if kind == "too_long":
        return f"too many items: at most {ctx.get('max_length')}"
    if kind in ("literal_error", "enum"):
        return f"must be one of {ctx.get('expected', '')}".replace("'", "")
    if kind == "value_error":
        said = ctx.get("error")
        if said is not None and len(said.args) == 1 and isinstance(said.args[0], str):
            return said.args[0]  # as it was made: a Message the app can translate stays one
        return str(said or error["msg"])
    if kind == "string_pattern_mismatch":
        return "use lower-case letters, digits and hyphens only"
    bounds = {
        "greater_than_equal": ("ge", "{} or more"),
        "less_than_equal": ("le", "{} or less"),
        "greater_than": ("gt", "more than {}"),
        "less_than": ("lt", "less than {}"),
    }
    if kind in bounds:
        name, words = bounds[kind]
        limit = ctx.get(name, "?")
        return "must be " + words.format(f"{limit:g}" if isinstance(limit, float) else limit)
    return _MESSAGES.get(kind, error["msg"])


def validate(model: type[M], data: Any, file: str | Path) -> M:
    """Validate located YAML data against ``model``; the first problem becomes a BrieferError."""
    if not isinstance(data, dict):
        raise BrieferError(
            "expected a mapping of keys to values at the top level",
            file=file,
            line=getattr(data, "line", None) or 1,
        )
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise from_validation_error(exc, data, file, model) from None


def from_validation_error(
    exc: ValidationError, data: Any, file: str | Path | None, model: type[BaseModel] | None = None
) -> BrieferError:
    """The first problem as one BrieferError; with the ``model`` validated, an unknown key gets
    the nearest known one ("did you mean 'ask'?")."""
    error = exc.errors(include_url=False)[0]
    loc = [part for part in error["loc"] if not (isinstance(part, str) and "[" in part)]
    field = ".".join(str(part) for part in loc) or None
    message = _message(error)
    if error["type"] == "extra_forbidden" and model is not None and loc:
        close = get_close_matches(str(loc[-1]), _keys_at(model, loc[:-1]), 1)
        if close:
            message += f" — did you mean '{close[0]}'?"
    return BrieferError(message, file=file, line=yamlio.line_of(data, loc), field=field)


def _model_in(annotation: Any) -> type[BaseModel] | None:
    """The model an annotation holds: itself, or inside ``list[...]``, ``X | None``, ..."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for inner in get_args(annotation):
        found = _model_in(inner)
        if found is not None:
            return found
    return None


def _keys_at(model: type[BaseModel], loc: list[str | int]) -> list[str]:
    """The keys a file may use at ``loc`` inside ``model`` (as the file spells them)."""
    current: type[BaseModel] | None = model
    for part in loc:
        if isinstance(part, int):  # an item of a list: the list's model
            continue
        fields = current.model_fields if current is not None else {}
        info = fields.get(part) or next((f for f in fields.values() if f.alias == part), None)
        current = _model_in(info.annotation) if info is not None else None
        if current is None:
            return []
    return [info.alias or name for name, info in current.model_fields.items()]
