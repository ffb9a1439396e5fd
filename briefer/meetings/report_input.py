"""A meeting report as the user writes it (a YAML file, the command line, the app's form),
checked with the same one-line messages as a brief, and made into the log's :class:`Report`."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Annotated, Any

from pydantic import BeforeValidator, Field

from briefer.meetings.model import POSITIONS, Question, Report
from briefer.support import when, yamlio
from briefer.support.errors import BrieferError
from briefer.support.validation import Email, Model, Short, text, validate


def normalize_position(value: str) -> str:
    """ "Leaning-Yes", "leaning_yes" and "leaning yes" are one position; others are errors."""
    key = re.sub(r"[\s_-]+", " ", str(value).strip().lower())
    if key not in POSITIONS:
        raise ValueError(f"'{value}' is not a position (one of: {', '.join(POSITIONS)})")
    return key


def _date(value: Any) -> Any:
    if isinstance(value, str):
        return when.parse_date(value) if value.strip() else None
    return value


def _single_line(value: Any) -> Any:
    if isinstance(value, str) and ("\n" in value or "\r" in value):
        raise ValueError("write it on one line (the notes may have several)")
    return value


Line = Annotated[Short, BeforeValidator(_single_line)]
LongLine = Annotated[text(1000), BeforeValidator(_single_line)]
Position = Annotated[str, BeforeValidator(normalize_position)]
FollowUp = Annotated[dt.date | None, BeforeValidator(_date)]


class QuestionInput(Model):
    question: LongLine
    answer: LongLine = ""


def _question(value: Any) -> Any:
    return {"question": value} if isinstance(value, str) else value


class ReportInput(Model):
    """A meeting report as the user writes it (``briefer log report ID --file report.yaml``)."""

    met: Line = ""
    staffer_email: Email = ""
    position: Position = "unknown"
    questions: list[Annotated[QuestionInput, BeforeValidator(_question)]] = Field(
        default=[], max_length=100
    )
    requests: list[LongLine] = Field(default=[], max_length=100)
    our_commitments: list[LongLine] = Field(default=[], max_length=100)
    their_commitments: list[LongLine] = Field(default=[], max_length=100)
    follow_up: FollowUp = None
    follow_up_done: bool = False
    notes: Annotated[text(20000), Field()] = ""
    attendees: list[Line] | None = Field(default=None, max_length=100)


def report_from_input(given: ReportInput) -> Report:
    return Report(
        met=given.met,
        staffer_email=given.staffer_email,
        position=given.position,
        questions=tuple(Question(q.question, q.answer) for q in given.questions),
        requests=tuple(given.requests),
        our_commitments=tuple(given.our_commitments),
        their_commitments=tuple(given.their_commitments),
        follow_up=given.follow_up,
        follow_up_done=given.follow_up_done,
        notes=given.notes,
    )


def check_report(data: Any, file: str | Path = "<report>") -> ReportInput:
    """Validate report data; errors name the file, the line and the field."""
    if data is None:
        data = {}
    return validate(ReportInput, data, file)


def load_report(path: Path) -> ReportInput:
    path = Path(path)
    data = yamlio.parse(yamlio.read_text(path), path)
    if data is not None and not isinstance(data, dict):
        raise BrieferError(
            "a report is a mapping of fields (met:, position:, ...)", file=path, line=1
        )
    return check_report(data, path)


__all__ = [
    "Line",
    "LongLine",
    "ReportInput",
    "check_report",
    "load_report",
    "normalize_position",
    "report_from_input",
]
