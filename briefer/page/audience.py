"""Audiences: whom the page is written for — the legislature it names, its date style, its paper.

A brief may say ``audience:``; otherwise it follows from the meeting's chamber and the paper.
Template headings may name the legislature as ``{legislature}``: "What {legislature} can do"
reads "What Congress can do" or "What the European Parliament can do".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from briefer.page.brief import Brief

DateOrder = Literal["mdy", "dmy"]


@dataclass(frozen=True)
class Audience:
    id: str
    label: str  # shown in the app
    legislature: str  # as a heading names it, mid-sentence
    paper: str  # the default paper
    dates: DateOrder


AUDIENCES: dict[str, Audience] = {
    a.id: a
    for a in (
        Audience("us-congress", "US Congress", "Congress", "letter", "mdy"),
        Audience("us-state", "US state legislature", "the Legislature", "letter", "mdy"),
        Audience("eu-parliament", "European Parliament", "the European Parliament", "a4", "dmy"),
        Audience("national-parliament", "National parliament", "Parliament", "a4", "dmy"),
    )
}
IDS = tuple(AUDIENCES)
_US_STATE = ("state", "assembly", "legislature", "delegates")


def from_chamber(chamber: str) -> str | None:
    """The audience a chamber's name implies, if it says."""
    c = chamber.strip().lower()
    if not c:
        return None
    if "europe" in c:
        return "eu-parliament"
    if any(word in c for word in _US_STATE):
        return "us-state"
    if c in ("senate", "house", "house of representatives", "congress"):
        return "us-congress"
    if "parliament" in c or c in ("bundestag", "sejm", "seimas", "saeima", "riigikogu"):
        return "national-parliament"
    return None


US_TITLES = ("senator", "representative", "delegate", "resident commissioner")


def from_meeting(brief: Brief) -> str | None:
    """The audience the meeting's chamber implies, or its title and a US state's code."""
    m = brief.meeting
    found = from_chamber(m.chamber)
    if found:
        return found
    from briefer.legislators.zips import STATES  # the US states' codes, defined once

    if m.title.strip().lower() in US_TITLES and m.state.strip().upper() in STATES:
        return "us-congress"
    if m.title.strip().upper() in ("MEP", "MEMBER OF THE EUROPEAN PARLIAMENT"):
        return "eu-parliament"
    return None


def audience_for(brief: Brief, paper: str | None = None) -> Audience:
    """The brief's audience: as it says, else from the meeting, else from the paper."""
    if brief.audience:
        return AUDIENCES[brief.audience]
    found = from_meeting(brief)
    if found:
        return AUDIENCES[found]
    if (paper or brief.paper) == "a4":
        return AUDIENCES["eu-parliament" if brief.sender.register_id else "national-parliament"]
    return AUDIENCES["us-congress"]


def paper_for(brief: Brief, template_paper: str) -> str:
    """The paper when neither the command nor the brief names one: the audience's, if it is set
    or follows from the chamber; else the template's."""
    if brief.paper:
        return brief.paper
    if brief.audience or from_meeting(brief):
        return audience_for(brief).paper
    return template_paper


def wording(text: str, audience: Audience) -> str:
    return text.replace("{legislature}", audience.legislature)


def format_date(date: dt.date, style: str, weekday: bool = True) -> str:
    """US order ("Thursday, December 3, 2026") for ``mdy`` or ``letter``; else day first
    ("Thursday 3 December 2026")."""
    month = date.strftime("%B")
    if style in ("mdy", "letter"):
        text = f"{month} {date.day}, {date.year}"
        return f"{date.strftime('%A')}, {text}" if weekday else text
    text = f"{date.day} {month} {date.year}"
    return f"{date.strftime('%A')} {text}" if weekday else text


__all__ = ["AUDIENCES", "IDS", "Audience", "audience_for", "format_date", "paper_for", "wording"]
