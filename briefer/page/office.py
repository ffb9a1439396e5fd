"""What the page says to *this* office: why this member matters to the ask, the ask they can act
on, and the closing line that hands it to them by name.

- :func:`why_line` builds "Why this office" from the meeting (the directory fills its committees
  with the member's role): the committees that bear on the pack's subject first, then the seat.
  A brief may write its own line (``why: ...``) or remove it (``why: ""``).
- :func:`ask_for` is the ask the page prints: the brief's own, or the pack's ask for the brief's
  audience when the brief still holds one of the pack's.
- :func:`closing` hands the ask to the member by name ("We ask Senator Jeanne Shaheen to ...").
- :func:`ask_advice` says when an ask is a position rather than an action (advice, not an error).
"""

from __future__ import annotations

import re

from briefer.legislators.model import district_label
from briefer.page.brief import Brief
from briefer.page.content import Pack

# A committee from the directory reads "Senate Committee on Foreign Relations (Ranking Member)".
_ROLE = re.compile(r"^(?P<name>.*?)\s*\((?P<role>[^()]+)\)\s*$")
# Words in a committee's name that bear on sanctions: foreign affairs, finance, security, justice,
# human rights (the committees assets/suggestions.yaml names, in words any legislature uses).
_RELEVANT = (
    "foreign",
    "international",
    "europe",
    "afet",
    "banking",
    "financ",
    "armed services",
    "defen",
    "security",
    "judiciary",
    "justice",
    "human rights",
    "helsinki",
    "sanction",
    # the same in the page's other languages (de, fr, pl, lt)
    "auswärtig",
    "außen",
    "verteidig",
    "sicherheit",
    "finanz",
    "menschenrecht",
    "étrangère",
    "défense",
    "sécurité",
    "droits de l",
    "zagraniczn",
    "obrony",
    "bezpieczeństw",
    "finans",
    "praw człowieka",
    "užsienio",
    "gynybos",
    "saugumo",
    "žmogaus teisių",
)
# The verbs an ask that asks for an action starts with (or uses after "to").
ACTION_VERBS = frozenset(
    {
        "sign",
        "cosponsor",
        "co-sponsor",
        "sponsor",
        "introduce",
        "table",
        "vote",
        "ask",
        "raise",
        "press",
        "urge",
        "write",
        "call",
        "join",
        "question",
        "request",
        "demand",
        "amend",
        "pass",
        "adopt",
        "champion",
        "push",
        "send",
        "speak",
        "meet",
        "endorse",
        "file",
        "propose",
        "submit",
    }
)
# An ask that begins with one of these reads after "We ask Senator X to ...".
_IMPERATIVE = ACTION_VERBS | frozenset(
    {
        "keep",
        "oppose",
        "reject",
        "block",
        "maintain",
        "expand",
        "widen",
        "strengthen",
        "enforce",
        "protect",
        "ensure",
        "help",
        "make",
        "stand",
        "defend",
        "renew",
        "extend",
        "tighten",
    }
)
CHAMBER_WORDS = {"senate": "Senator", "house": "Representative"}


def _committee(entry: str) -> tuple[str, str]:
    match = _ROLE.match(entry.strip())
    if match:
        return match.group("name").strip(), match.group("role").strip()
    return entry.strip(), ""


def _named(name: str) -> str:
    """ "Foreign Relations" as typed reads "Foreign Relations Committee" mid-sentence."""
    if any(word in name.casefold() for word in ("committee", "commission", "caucus")):
        return name
    return f"{name} Committee"


def relevant(name: str) -> bool:
    """Whether a committee's name bears on sanctions (foreign affairs, finance, security…)."""
    folded = name.casefold()
    return any(word in folded for word in _RELEVANT)


# Sanctions are foreign policy first, then finance: those committees lead the line (the others
# keep the directory's order).
_FIRST = (
    ("foreign", "afet", "auswärtig", "außen", "étrangère", "zagraniczn", "užsienio"),
    ("banking", "financ", "finanz", "finans"),
)  # fmt: skip


def _rank(name: str) -> int:
    folded = name.casefold()
    return next((i for i, words in enumerate(_FIRST) if any(w in folded for w in words)), 2)


def member_name(brief: Brief) -> str:
    """ "Senator Jeanne Shaheen": the title and the name as the brief gives them."""
    m = brief.meeting
    return " ".join(part for part in (m.title.strip(), m.legislator.strip()) if part)


def is_state_seat(brief: Brief) -> bool:
    """Whether the member sits in a US state legislature (the brief's audience, or its chamber)."""
    from briefer.page import audience as audiences

    return (brief.audience or audiences.from_meeting(brief)) == "us-state"


def seat_place(brief: Brief) -> str:
    """Where the member's seat is, as the page names it: "NH", "NJ-4", "VT, at large",
    "Illinois House District 11" for a state seat."""
    m = brief.meeting
    if is_state_seat(brief):
        from briefer.legislators.states import seat_label  # the chamber's name, defined once

        return seat_label(m.chamber, m.state, m.district) if m.chamber or m.district else m.state
    if not (m.district and m.state):
        return m.state
    district = district_label(m.district)  # "At-large", "AL" or "0" are one seat
    if district[:1].isdigit():
        return f"{m.state}-{district}"
    return f"{m.state}, {'at large' if district == 'At-large' else district}"


def _seat(brief: Brief) -> str:
    place = seat_place(brief).strip()
    return f"represents {place}" if place else ""


def _subcommittee(name: str) -> str:
    """ "Europe" reads "the Subcommittee on Europe"."""
    return name if "subcommittee" in name.casefold() else f"Subcommittee on {name}"


def _seats(brief: Brief) -> list[tuple[str, str]]:
    """The seats the line names, as (name, role): at most two committees that bear on the
    subject and one subcommittee (the directory fills only those of such committees), leadership
    roles first, a subcommittee on Europe before any other (in English, named mid-sentence)."""
    m = brief.meeting
    committees = [_committee(entry) for entry in m.committees if entry.strip()]
    subs = [_committee(entry) for entry in m.subcommittees if entry.strip()]
    first = sorted(
        (s for s in committees if relevant(s[0])), key=lambda s: (not s[1], _rank(s[0]))
    )[:2]
    subs = [s for s in subs if s[1] or relevant(s[0])]  # a role on it, or its subject
    sub = sorted(subs, key=lambda s: ("europe" not in s[0].casefold(), not s[1]))[:1]
    if brief.language != "en":  # named as the brief gives them
        return first + sub
    return [(_named(n), r) for n, r in first] + [(_subcommittee(n), r) for n, r in sub]


def why_line(brief: Brief) -> str:
    """Why this member matters to the ask, from their committees, subcommittee and seat, in the
    page's language; the brief's own line when it writes one (empty: no line)."""
    if brief.why is not None:
        return brief.why.strip()
    if not brief.meeting.legislator.strip():
        return ""
    seats = _seats(brief)
    if brief.language != "en":  # the committees and the seat after the name, in its words
        from briefer.page.words import words_for

        words = words_for(brief.language)
        named = [f"{name} ({role})" if role else name for name, role in seats]
        parts = [words.why_committees.format(committees=", ".join(named))] if named else []
        place = seat_place(brief).strip()
        if place:
            parts.append(words.why_seat.format(place=place))
        return f"{member_name(brief)} – {'; '.join(parts)}." if parts else ""
    parts = [f"is {role} of the {name}" for name, role in seats if role]
    member_of = [name for name, role in seats if not role]
    if member_of:
        last = member_of.pop()
        parts.append("sits on the " + "".join(f"{n}, the " for n in member_of[:-1])
                     + (f"{member_of[-1]} and the " if member_of else "") + last)  # fmt: skip
    seat = _seat(brief)
    if seat:
        parts.append(seat)
    if not parts:
        return ""
    last = ", and " if len(parts) > 2 or " and " in parts[-2:][0] else " and "
    text = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + last + parts[-1]
    return f"{member_name(brief)} {text}."


def bill_line(brief: Brief) -> str:
    """ "S. 1234, Belarus Democracy Act": the bill's number and title, as the brief gives them."""
    return ", ".join(part for part in (brief.bill.strip(), brief.bill_title.strip()) if part)


def ask_for(pack: Pack, brief: Brief, audience: str) -> str:
    """The ask the page prints: the brief's own, or — when it is one of the pack's own asks (in
    any of its languages), as a new brief starts — the pack's ask for this audience."""
    ask = brief.ask.strip()
    if ask in pack.own_asks():  # in the page's language, the pack's own in any
        return pack.ask_for(audience).strip() or ask
    return ask


def printed_ask(pack: Pack, brief: Brief, paper: str | None = None) -> str:
    """The ask the page prints for ``brief`` on ``paper`` (its audience follows from both), in
    the page's language: what the Ask field shows and the meeting log records."""
    from briefer.page.audience import audience_for

    found = pack.in_language(brief.language) or pack
    return ask_for(found, brief, audience_for(brief, paper).id)


def follows_audience(pack: Pack, brief: Brief) -> bool:
    """Whether the brief's ask is left as one of the pack's own: the page prints the pack's ask
    for the audience (in the page's language), not the brief's sentence."""
    found = pack.in_language(brief.language) or pack
    return bool(brief.ask.strip()) and brief.ask.strip() in found.own_asks()


def _first_word(text: str) -> str:
    match = re.match(r"[\w-]+", text.strip())
    return match.group().casefold() if match else ""


def closing(brief: Brief, ask: str) -> str:
    """ "We ask Senator Jeanne Shaheen to sign ..." — or, when the ask does not start with a verb
    (or the page's language does not say it so), "Senator Jeanne Shaheen, we ask you: ...";
    empty without an ask or a member."""
    from briefer.page.words import words_for  # the page's words in the brief's language

    words = words_for(brief.language)
    name = member_name(brief)
    ask = ask.strip()
    if not ask or not brief.meeting.legislator.strip():
        return ""
    first = _first_word(ask)
    verb = first in _IMPERATIVE and ask[:1].isupper() and ask[1:2].islower()
    if verb and words.ask_to:
        return words.ask_to.format(name=name, ask=f"{ask[:1].lower()}{ask[1:]}")
    return words.ask_you.format(name=name, ask=ask)


def ask_advice(ask: str) -> str | None:
    """Advice when the ask states a position without an action the member can take."""
    words = {w.casefold() for w in re.findall(r"[\w-]+", ask)}
    if not ask.strip() or words & ACTION_VERBS:
        return None
    return (
        "the ask states a position, not an action: say what the member can do "
        "(cosponsor or sign, ask in a hearing, vote, press the government)"
    )


__all__ = [
    "ACTION_VERBS",
    "ask_advice",
    "ask_for",
    "bill_line",
    "closing",
    "member_name",
    "why_line",
]
