"""The brief: one meeting's choices, saved as a small YAML file the user owns.

briefer: 1
template: classic
paper: letter
meeting: {legislator: ..., title: ..., date: 2026-12-03, time: "10:30", ...}
sender: {organization: ..., name: ..., email: ...}
ask: ...
bill: ...
blocks: [hold-the-line, myth-pushes-to-russia, ...]
edits: {hold-the-line: "our own text for this meeting"}
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BeforeValidator,
    Field,
    PrivateAttr,
    ValidationError,
    WithJsonSchema,
    field_validator,
)

from briefer.legislators.zips import normalize_zip
from briefer.page.words import PageLanguage
from briefer.support import when, yamlio
from briefer.support.errors import BrieferError
from briefer.support.fileio import write_atomic
from briefer.support.formats import Paper
from briefer.support.validation import Long, Model, Short, from_validation_error, validate

FORMAT = 1


def _date(value: Any) -> Any:
    """A date given as text ("Dec 3, 2026", "3 December 2026") read the one way dates are read."""
    if isinstance(value, str):
        return when.parse_date(value) if value.strip() else None
    if isinstance(value, int | float) and not isinstance(value, bool):  # 20261203, not a date
        raise ValueError(f"'{value}' is not a date: use a date like 2026-12-03 or Dec 3, 2026")
    if isinstance(value, dt.date):
        return when.check_year(value)
    return value


# In the JSON Schema a date is text: editors should accept "Dec 3, 2026" as Briefer does.
MeetingDate = Annotated[
    dt.date | None,
    BeforeValidator(_date),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "string", "format": "date"},  # 2026-12-03
                {"type": "string", "pattern": "[A-Za-z]{3}"},  # Dec 3, 2026
                {"type": "string", "pattern": "^\\s*\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}\\s*$"},
                {"type": "null"},
            ]
        }
    ),
]
MeetingTime = Annotated[Short, AfterValidator(when.normalize_time)]


class Filled(Model):
    """Which meeting fields hold the directory's values for a member (the rest the user typed).

    Saved with the brief, so that choosing another member replaces exactly these and nothing the
    user typed, and a value filled for one member never lands on another member's page.
    """

    legislator: Short  # the member the values were filled for, as ``meeting.legislator`` read
    fields: list[Short] = Field(default=[], max_length=20)


class Meeting(Model):
    legislator: Short = ""
    title: Short = ""
    chamber: Short = ""
    state: Short = ""
    district: Short = ""
    party: Short = ""
    committees: list[Short] = Field(default=[], max_length=50)
    subcommittees: list[Short] = Field(default=[], max_length=50)  # "Europe (Chair)"
    staffer: Short = ""  # the staffer's name ("Maria Lopez"): the thank-you greets them by it
    staffer_role: Short = ""  # their job ("foreign policy LA"), printed after the name
    date: MeetingDate = None
    time: MeetingTime = ""  # checked, and kept as printed: "10:30 AM"
    location: Short = ""
    from_directory: Filled | None = None

    @field_validator("from_directory")
    @classmethod
    def _known_fields(cls, value: Filled | None) -> Filled | None:
        names = set(cls.model_fields) - {"legislator", "from_directory"}
        for name in value.fields if value else []:
            if name not in names:
                raise ValueError(f"'{name}' is not a meeting field")
        return value


def staffer_named(meeting: Meeting) -> str:
    """The staffer as the page names them: "Maria Lopez, foreign policy LA" (or either part)."""
    return ", ".join(p for p in (meeting.staffer.strip(), meeting.staffer_role.strip()) if p)


def staffer_name(meeting: Meeting) -> str:
    """The staffer's name alone, to greet them ("Maria Lopez"; a brief from before the role had
    a field of its own may hold "Maria Lopez, foreign policy LA" in ``staffer``)."""
    return meeting.staffer.split(",")[0].strip()


class Sender(Model):
    organization: Short = ""
    name: Short = ""
    email: Short = ""
    phone: Short = ""
    website: Short = ""
    register_id: Short = ""
    about: Short = ""  # who we are, in one line
    logo: Short = ""  # a PNG, JPEG or SVG file, relative to the brief's folder
    logo_light: Short = ""  # its light version, printed on coloured bands (sidebar, banner)


Audience = Literal["us-congress", "us-state", "eu-parliament", "national-parliament"]


def _zip_text(value: Any) -> Any:
    """YAML reads ``zip: 03301`` as the number 3301: give it back its five digits."""
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 99999:
        return f"{value:05d}"
    return value


def _check_zip(value: str) -> str:
    if value:
        normalize_zip(value)  # a ValueError says what is wrong with it
    return value


ZipCode = Annotated[Short, BeforeValidator(_zip_text), AfterValidator(_check_zip)]


class Constituent(Model):
    """An advocate attending the meeting who lives in the member's state (checked at build)."""

    name: Short
    town: Short = ""
    zip: ZipCode = ""
    confirmed: bool = False  # the user confirms they live in a state legislator's district


class Brief(Model):
    briefer: Literal[1] = 1
    template: Short = "classic"
    paper: Paper | None = None
    audience: Audience | None = None  # by default from the chamber and the paper
    language: PageLanguage = "en"  # the page's fixed words and dates: en, de, fr, pl, lt
    # the pack's language to print when it has no text in ``language`` (else that is an error)
    content_fallback: PageLanguage | None = None
    pack: Short | None = None
    meeting: Meeting = Meeting()
    sender: Sender = Sender()
    constituents: list[Constituent] = Field(default=[], max_length=60)
    ask: Long = ""
    bill: Short = ""
    bill_title: Short = ""
    why: Long | None = None  # why this office: None builds it, "" removes it
    qr: Short = ""  # a web address printed as a QR code (the organisation's page, the source)
    blocks: list[Short] = Field(default=[], max_length=200)
    edits: dict[str, Long] = Field(default={}, max_length=200)

    _file: str | None = PrivateAttr(default=None)
    _data: Any = PrivateAttr(default=None)
    # (field, value) pairs the user allowed to name a file outside the brief's folder, in the
    # app, for this brief only (never saved: the next file opened asks again)
    _outside: frozenset[tuple[str, str]] = PrivateAttr(default=frozenset())

    def __eq__(self, other: object) -> bool:
        """Equal when the content is: where a brief was read from does not matter."""
        return isinstance(other, Brief) and self.model_dump() == other.model_dump()

    __hash__ = None  # type: ignore[assignment]

    def line_of(self, *path: Any) -> int | None:
        """The line in the file this brief was read from for a field path, when known."""
        return yamlio.line_of(self._data, path) if self._data is not None else None

    @property
    def file(self) -> str | None:
        return self._file

    def allows_outside(self, field: str, value: str | None) -> bool:
        """Whether the user allowed ``value`` of ``field`` to name a file outside the brief's
        folder (briefer.support.references: the app asks)."""
        return (field, str(value or "").strip()) in self._outside

    def error(self, message: str, *path: Any) -> BrieferError:
        return BrieferError(
            message,
            file=self._file,
            line=self.line_of(*path),
            field=".".join(str(p) for p in path) or None,
        )


def _not_a_mapping(source: str) -> str:
    """Why a text whose top level is not a mapping is not a brief: a lobby day's CSV, or else."""
    first = source.lstrip("\ufeff").partition("\n")[0].casefold()
    if "," in first and "legislator" in first:
        return (
            "not a brief but a lobby day's meetings (a CSV): open it with File › Lobby Day… "
            "in the app, or `briefer batch`"
        )
    return "not a Briefer brief: a brief is YAML text of keys and values that starts 'briefer: 1'"


def parse_brief(source: str, file: str | Path = "<brief>") -> Brief:
    data = yamlio.parse(source, file)
    if not isinstance(data, dict):
        raise BrieferError(_not_a_mapping(source), file=file, line=1)
    if isinstance(data, dict):
        version = data.get("briefer")
        if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT:
            raise BrieferError(
                f"this brief was written by a newer version of Briefer (format {version}); "
                f"this version reads format {FORMAT}",
                file=file,
                line=yamlio.line_of(data, ["briefer"]),
                field="briefer",
            )
        if "briefer" not in data:
            raise BrieferError(
                "not a Briefer brief: the first key should be 'briefer: 1'",
                file=file,
                line=getattr(data, "line", 1),
            )
    brief = validate(Brief, data, file)
    brief._file = str(file)
    brief._data = data
    return brief


def checked(brief: Brief) -> Brief:
    """The brief validated again, as if it were read from a file.

    ``model_copy`` skips validation, so a brief changed in code (by the app, or one lobby-day row)
    may hold a field that is too long or a control character; this raises the BrieferError that
    reading it would give. Where the brief came from is kept (a pack path is relative to it).
    """
    data = brief.model_dump()
    try:
        again = Brief.model_validate(data)
    except ValidationError as exc:
        raise from_validation_error(exc, data, None, Brief) from None
    again._file = brief._file
    again._outside = brief._outside
    return again


def allowing_outside(brief: Brief, field: str, value: str) -> Brief:
    """The brief with the user's leave for ``value`` of ``field`` to name a file outside its
    folder (for this brief value and the edits made from it; nothing is saved)."""
    allowed = brief.model_copy()
    allowed._outside = brief._outside | {(field, value.strip())}
    return allowed


def load_brief(path: Path) -> Brief:
    return parse_brief(yamlio.read_text(Path(path)), path)


def to_data(brief: Brief) -> dict[str, Any]:
    """Plain data for saving: defaults that say nothing are left out, the order is fixed."""
    data = brief.model_dump(exclude_none=True)
    for part in ("meeting", "sender"):
        data[part] = {
            key: value for key, value in data[part].items() if value not in ("", [], None)
        }
    for key in ("ask", "bill", "bill_title", "qr", "edits"):
        if data.get(key) in ("", {}):
            data.pop(key)
    data["constituents"] = [{k: v for k, v in c.items() if v} for c in data["constituents"]]
    if not data["constituents"]:
        data.pop("constituents")
    return data


def dumps(brief: Brief) -> str:
    return yamlio.dump(to_data(brief))


def save_brief(brief: Brief, path: Path) -> None:
    """Save atomically: the old file is replaced only by a complete new one."""
    write_atomic(Path(path), dumps(brief).encode("utf-8"))
