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
from briefer.support.messages import QT_TRANSLATE_NOOP, Message

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
        # the labels marked for the app's messages (briefer.support.messages)
        Audience(
            "us-congress", QT_TRANSLATE_NOOP("core", "US Congress"), "Congress", "letter", "mdy"
        ),
        Audience(
            "us-state",
            QT_TRANSLATE_NOOP("core", "US state legislature"),
            "the Legislature",
            "letter",
            "mdy",
        ),
        Audience(
            "eu-parliament",
            QT_TRANSLATE_NOOP("core", "European Parliament"),
            "the European Parliament",
            "a4",
            "dmy",
        ),
        Audience(
            "national-parliament",
            QT_TRANSLATE_NOOP("core", "National parliament"),
            "Parliament",
            "a4",
            "dmy",
        ),
    )
}
IDS = tuple(AUDIENCES)
_US_STATE = ("state", "assembly", "legislature", "delegates")
# National parliaments by their own names and by the English ones (compared without accents and
# case): "Assemblée nationale" is not a US state's assembly.
_NATIONAL_CHAMBERS = (
    "parliament", "parlament", "national", "nationale", "bundestag", "bundesrat", "sejm",
    "seimas", "saeima", "riigikogu", "eduskunta", "riksdag", "storting", "folketing", "althing",
    "tweede kamer", "eerste kamer", "deputies", "deputes", "deputati", "diputados", "senat",
    "senato", "senado", "house of commons", "house of lords", "oireachtas", "dail", "rada",
    "snemovna", "orszaggyules", "assembleia", "camera", "chambre", "cortes",
)  # fmt: skip
# A member's title in national parliaments (folded the same way): "Député", "MdB", "Poseł".
_NATIONAL_TITLES = frozenset(
    (
        "mp", "member of parliament", "depute", "deputee", "deputy", "deputado", "deputada",
        "deputato", "deputata", "diputado", "diputada", "abgeordneter", "abgeordnete", "mdb",
        "posel", "poseł", "poslanka", "poslanec", "poslankyne", "kansanedustaja", "riksdagsledamot",
        "ledamot", "kamerlid", "tweede kamerlid", "volksvertegenwoordiger", "senateur",
        "senatrice", "senatore", "senador", "senadora", "seimo narys", "saeimas deputats",
        "riigikogu liige", "td", "teachta dala", "folketingsmedlem", "stortingsrepresentant",
        "nationalrat", "nationalratsabgeordneter", "nationalratsabgeordnete",
    )
)  # fmt: skip


def _folded(text: str) -> str:
    from briefer.legislators.model import without_accents  # accents dropped, defined once

    return " ".join(without_accents(text).casefold().replace("-", " ").split())


def from_chamber(chamber: str) -> str | None:
    """The audience a chamber's name implies, if it says."""
    c = _folded(chamber)
    if not c:
        return None
    if "europe" in c:
        return "eu-parliament"
    from briefer.legislators.states import names_state  # the states' names, defined once

    if names_state(c):  # "Illinois House", "Ohio Senate"
        return "us-state"
    if c in ("senate", "house", "house of representatives", "congress"):
        return "us-congress"
    words = f" {c} "
    if any(f" {name} " in words for name in _NATIONAL_CHAMBERS):
        return "national-parliament"
    if any(word in c for word in _US_STATE):
        return "us-state"
    return None


US_TITLES = ("senator", "representative", "delegate", "resident commissioner")


def _national_title(title: str, state: str) -> bool:
    """A title national parliaments give ("Député", "Member of Parliament", "MdB"), or a
    senator's of a country that is no US state ("Senator", Poland)."""
    t = _folded(title.replace(".", ""))
    if t in _NATIONAL_TITLES:
        return True
    if t.startswith("member of the "):  # "Member of the Bundestag", "... the National Assembly"
        return from_chamber(t.removeprefix("member of the ")) == "national-parliament"
    from briefer.legislators.zips import STATES

    place = state.strip().upper()
    return t == "senator" and bool(place) and place not in STATES


def from_meeting(brief: Brief) -> str | None:
    """The audience the meeting's chamber implies, or its title and a US state's code."""
    m = brief.meeting
    from briefer.legislators.states import STATE_TITLES  # defined once, with the chambers

    if m.title.strip().lower() in STATE_TITLES:  # "State Representative", even with "House"
        return "us-state"
    found = from_chamber(m.chamber)
    if found:
        return found
    from briefer.legislators.zips import STATES  # the US states' codes, defined once

    if m.title.strip().lower() in US_TITLES and m.state.strip().upper() in STATES:
        return "us-congress"
    if m.title.strip().upper() in ("MEP", "MEMBER OF THE EUROPEAN PARLIAMENT"):
        return "eu-parliament"
    if _national_title(m.title, m.state):
        return "national-parliament"
    return None


def mismatch(brief: Brief) -> str | None:
    """What is wrong when the audience the brief names is not the one its meeting implies (a US
    senator under "European Parliament"): the page would speak to the wrong body."""
    found = from_meeting(brief) if brief.audience else None
    if found is None or found == brief.audience:
        return None
    m = brief.meeting
    who = " ".join(part for part in (m.title.strip(), m.legislator.strip()) if part)
    wrong = QT_TRANSLATE_NOOP(
        "core",
        "the audience is {audience} ({id}), but {who} sits in {body}: the headings, dates and "
        "paper speak to the wrong body; choose {found}, or no audience to follow the meeting",
    )
    named = Message(AUDIENCES[brief.audience].label)  # type: ignore[index]
    who_sits = who or Message(QT_TRANSLATE_NOOP("core", "the member"))
    body = Message(AUDIENCES[found].label)
    return Message(wrong, audience=named, id=brief.audience, who=who_sits, body=body, found=found)


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
