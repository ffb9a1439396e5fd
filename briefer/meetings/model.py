"""What the meeting log holds: meetings, their reports and the pages each office was given, as
plain frozen dataclasses. A report as the user types it is checked in :mod:`.report_input`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from briefer.support import when

POSITIONS: tuple[str, ...] = (
    "supportive",
    "leaning yes",
    "undecided",
    "leaning no",
    "opposed",
    "unknown",
)
POSITION_LABELS = {p: p[:1].upper() + p[1:] for p in POSITIONS}
SOURCES = {"build": "briefer build", "export": "exported", "print": "printed", "lobby": "lobby day"}


@dataclass(frozen=True)
class Question:
    question: str
    answer: str = ""


@dataclass(frozen=True)
class Report:
    """After the meeting: whom we met, where the office stands, what was asked and promised."""

    met: str = ""
    staffer_email: str = ""
    position: str = "unknown"
    questions: tuple[Question, ...] = ()
    requests: tuple[str, ...] = ()  # what they asked of us
    our_commitments: tuple[str, ...] = ()
    their_commitments: tuple[str, ...] = ()
    follow_up: dt.date | None = None
    follow_up_done: bool = False
    notes: str = ""
    updated: str = ""

    def content(self) -> dict[str, Any]:
        """The report's content (not when it was written), for comparing two copies."""
        return {
            "met": self.met,
            "staffer_email": self.staffer_email,
            "position": self.position,
            "questions": [[q.question, q.answer] for q in self.questions],
            "requests": list(self.requests),
            "our_commitments": list(self.our_commitments),
            "their_commitments": list(self.their_commitments),
            "follow_up": self.follow_up.isoformat() if self.follow_up else "",
            "follow_up_done": self.follow_up_done,
            "notes": self.notes,
        }


@dataclass(frozen=True)
class Export:
    """One page made for an office: exported, printed, or built for a lobby day. It counts as
    given to the office once printed or marked given by the user (:attr:`given`)."""

    id: str
    meeting_id: str
    at: str  # UTC, ISO 8601
    source: str  # build | export | print | lobby
    file_name: str
    format: str
    template: str
    paper: str
    points: tuple[tuple[str, str], ...]  # (block id, "short" | "long"), in page order
    body_size: float
    sha256: str
    size: int
    version: str  # the Briefer that made it
    brief_blob: str = ""
    pack_blob: str = ""
    template_blob: str = ""
    files: tuple[tuple[str, str], ...] = ()  # (field, blob): files the page used (the logo)
    given: bool = True  # left with the office (printed, or the user said so); else only exported

    @property
    def short_id(self) -> str:
        return self.id[:8]


@dataclass(frozen=True)
class MeetingFields:
    """What the log keeps of the meeting itself, from the brief as it was built."""

    legislator: str
    member_id: str = ""
    title: str = ""
    chamber: str = ""
    state: str = ""
    district: str = ""
    party: str = ""
    date: dt.date | None = None
    time: str = ""
    location: str = ""
    staffer: str = ""  # their name ("Maria Lopez")
    attendees: tuple[str, ...] = ()
    ask: str = ""
    bill: str = ""
    staffer_role: str = ""  # their job ("foreign policy LA")

    @property
    def staffer_named(self) -> str:
        """ "Maria Lopez, foreign policy LA": the staffer as a reader is told of them."""
        return ", ".join(p for p in (self.staffer, self.staffer_role) if p)


@dataclass(frozen=True, kw_only=True)
class Meeting(MeetingFields):
    """A meeting in the log: its details, its id and report, and the pages made for it."""

    id: str
    created: str = ""
    updated: str = ""
    report: Report | None = None
    export_count: int = 0
    last_export: str = ""  # when the latest page was made (UTC ISO), or ""
    given_count: int = 0  # of those pages, how many were left with the office
    exports: tuple[Export, ...] = field(default=(), compare=False)
    partial: bool = field(default=False, compare=False)  # listed in short: get_meeting for all

    @property
    def short_id(self) -> str:
        return self.id[:8]

    @property
    def position(self) -> str:
        return self.report.position if self.report else "unknown"

    def last_run(self) -> tuple[Export, ...]:
        """The pages not yet given made from the brief as its newest page was (a PDF and a DOCX
        exported one after the other): the PDF first (the one printed and left), then newest."""
        if not self.exports:
            return ()
        made = lambda e: (e.brief_blob, e.pack_blob, e.template_blob)  # noqa: E731
        newest = made(self.exports[-1])
        run = [e for e in reversed(self.exports) if not e.given and made(e) == newest]
        return tuple(sorted(run, key=lambda e: e.format != "pdf"))

    @property
    def who(self) -> str:
        return " ".join(part for part in (self.title, self.legislator) if part)

    def passed(self, now: dt.datetime) -> bool:
        """Whether the meeting is over (its day is past, or today at a time already past)."""
        if self.date is None:
            return False
        return meeting_passed(self.date, self.time, now)

    def follow_up_state(self, today: dt.date) -> str:
        """ "overdue", "due" (today or within 2 days), "upcoming", "done" or "" (none set)."""
        report = self.report
        if report is None or report.follow_up is None:
            return ""
        if report.follow_up_done:
            return "done"
        if report.follow_up < today:
            return "overdue"
        if (report.follow_up - today).days <= 2:
            return "due"
        return "upcoming"

    def identity(self) -> dict[str, Any]:
        """The meeting's own fields, for comparing two copies."""
        return {
            "legislator": self.legislator,
            "member_id": self.member_id,
            "title": self.title,
            "chamber": self.chamber,
            "state": self.state,
            "district": self.district,
            "party": self.party,
            "date": self.date.isoformat() if self.date else "",
            "time": self.time,
            "location": self.location,
            "staffer": self.staffer,
            "staffer_role": self.staffer_role,
            "attendees": list(self.attendees),
            "ask": self.ask,
            "bill": self.bill,
        }


def meeting_passed(date: dt.date, time: str, now: dt.datetime) -> bool:
    """Whether a meeting on ``date`` at ``time`` is over at ``now`` (no time: once its day is
    past)."""
    if date < now.date():
        return True
    if date > now.date():
        return False
    try:
        return when.parse_time(time) <= now.time() if time else False
    except ValueError:
        return False


__all__ = ["POSITIONS", "Export", "Meeting", "MeetingFields", "Question", "Report"]
