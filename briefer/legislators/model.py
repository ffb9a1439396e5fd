"""A member of a legislature and the small text rules shared by every reader of the directory.

Plain data and pure functions: the store, the readers, the enrichment of a brief and the
suggestions all import this module, and it imports none of them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_ROLE_NAMES = {
    "chair": "Chair",
    "chairman": "Chair",
    "chairwoman": "Chair",
    "chairperson": "Chair",
    "vice chair": "Vice Chair",
    "vice chairman": "Vice Chair",
    "vice chairwoman": "Vice Chair",
    "vice chairperson": "Vice Chair",
    "co chair": "Co-Chair",
    "cochair": "Co-Chair",
    "cochairman": "Co-Chair",
    "co chairman": "Co-Chair",
    "cochairwoman": "Co-Chair",
    "co chairwoman": "Co-Chair",
    "ranking member": "Ranking Member",
    "ranking minority member": "Ranking Member",
    "ex officio": "Ex Officio",
    "substitute": "Substitute",
    "substitute member": "Substitute",
    "member": None,
    "full member": None,
}
# What a role in brackets after a committee's name holds ("Budget (Rapporteur)"), as against a
# bracket that is part of the name ("Subcommittee on Human Rights (DROI)").
_ROLE_WORDING = (
    "chair chairman chairwoman chairperson cochair member ranking officio substitute vice deputy "
    "rapporteur coordinator president convenor convener secretary speaker whip spokesperson leader"
)
_ROLE_WORDS = frozenset(_ROLE_WORDING.split())
_ROLE_RANK = {"Chair": 0, "Co-Chair": 1, "Ranking Member": 2, "Vice Chair": 3, "Ex Officio": 5}
_ROLE_RANK["Substitute"] = 5


def _role_key(text: str) -> str:
    """'Vice-Chair', 'vice  chair' -> 'vice chair': how the names of roles are compared."""
    return " ".join(text.replace("-", " ").casefold().split())


_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'"})
_QUOTED = re.compile(r"\s*[\"'][^\"']+[\"']\s*")
SEAT_CODE = re.compile(r"^([A-Za-z]{2})[-\s]?(\d{1,2}|AL|AT-?LARGE)$", re.IGNORECASE)


def normalize_role(title: str | None) -> str | None:
    """'Chairman' / 'Chairwoman' -> 'Chair', 'Vice Chairman' -> 'Vice Chair'; None for members."""
    text = " ".join(str(title or "").split())
    if not text:
        return None
    key = _role_key(text)
    return _ROLE_NAMES[key] if key in _ROLE_NAMES else text[:1].upper() + text[1:]


def is_role(text: str) -> bool:
    """Whether a bracket after a committee's name gives the member's role there ('Ranking
    Member', 'Vice-Chair', 'Rapporteur'), not a part of the name ('DROI', 'Europe')."""
    key = _role_key(text)
    return key in _ROLE_NAMES or any(word in _ROLE_WORDS for word in key.split())


def role_rank(role: str | None) -> int:
    """Leadership first: Chair, Co-Chair, Ranking Member, Vice Chair, members, Ex Officio."""
    return _ROLE_RANK.get(role or "", 4)


def normalize_quotes(text: str) -> str:
    """Curly and angle quotes become straight ones, so “Chuy” and "Chuy" compare equal."""
    return text.translate(_QUOTES)


def without_accents(text: str) -> str:
    """'García' -> 'Garcia': the accents dropped, the case kept."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold(text: str) -> str:
    """Lower case, accents dropped, punctuation as spaces: 'Jesús G. "Chuy" García' ->
    'jesus g chuy garcia'."""
    plain = without_accents(text).casefold()
    return " ".join(re.sub(r"[^\w]+", " ", plain).split())


def slug(text: str) -> str:
    return fold(text).replace(" ", "-").replace("_", "-")


def district_label(value: object) -> str:
    """0, 'AL' or 'at-large' -> 'At-large'; '05' -> '5'; '' stays ''."""
    text = str(value if value is not None else "").strip()
    if text.casefold() in {"0", "00", "al", "at-large", "at large", "atlarge"}:
        return "At-large"
    return str(int(text)) if text.isdigit() else text


# Terminal escape sequences (CSI, OSC and two-character ones, 7-bit and 8-bit), then any other
# control character, and the invisible marks that reorder text (bidirectional overrides).
_ESCAPES = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"
    r"|(?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -~]?"
)
_INVISIBLE = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F])


def clean_text(value: object) -> str:
    """Text from a directory file made safe to store, print and put on a page: terminal escapes,
    control characters and direction overrides removed, runs of white space as one space."""
    if isinstance(value, str) and value.isprintable() and "  " not in value:
        return value.strip()  # already clean (most text): no escapes, controls or marks
    text = _ESCAPES.sub("", "" if value is None else str(value)).translate(_INVISIBLE)
    text = "".join(
        " " if ch in "\t\n\r" else ch for ch in text if ch in "\t\n\r" or ch.isprintable()
    )
    return " ".join(text.split())


# The longest value each field of a member may have: longer ones are refused when a directory is
# imported (naming the member and the field), and never put on a page from an older directory.
FIELD_LIMITS = {
    "name": 100,
    "id": 120,
    "first": 60,
    "last": 60,
    "nickname": 60,
    "title": 60,
    "chamber": 60,
    "state": 60,
    "district": 30,
    "party": 60,
    "office": 150,
    "phone": 40,
    "email": 120,
    "url": 300,
    "committee": 150,
}


def short_name(text: str, limit: int = 40) -> str:
    """A name cut for a message: 'Maria Cantwell Junior Jun…'."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def too_long(member: Legislator) -> tuple[str, int, int] | None:
    """The first field of ``member`` over its limit: (field, length, limit), or None."""
    for field, limit in FIELD_LIMITS.items():
        values = (
            [s.name for s in member.committees]
            if field == "committee"
            else [getattr(member, field)]
        )
        for value in values:
            if len(value) > limit:
                return field, len(value), limit
    return None


@dataclass(frozen=True)
class CommitteeSeat:
    id: str
    name: str
    role: str | None
    parent: str | None = None


@dataclass(frozen=True)
class Office:
    """A district office (from ``legislators-district-offices.yaml``)."""

    city: str
    state: str
    address: str = ""
    suite: str = ""
    building: str = ""
    zip: str = ""
    phone: str = ""

    def street(self) -> str:
        """'Carl Elliott Building, 1710 Alabama Ave., 247'."""
        return ", ".join(part for part in (self.building, self.address, self.suite) if part)

    def location(self) -> str:
        """As the page prints a meeting's place: '1710 Alabama Ave., 247, Jasper, AL 35501'."""
        place = " ".join(part for part in (self.state, self.zip) if part)
        return ", ".join(part for part in (self.street(), self.city, place) if part)


@dataclass(frozen=True)
class Legislator:
    id: str
    name: str
    first: str
    last: str
    title: str
    chamber: str
    state: str
    district: str
    party: str
    committees: tuple[CommitteeSeat, ...]
    office: str
    phone: str
    email: str
    url: str
    nickname: str = ""
    offices: tuple[Office, ...] = ()  # district offices; ``office`` is the Washington one
    source: str = ""  # the import: '' Congress, 'csv', 'openstates:il', 'howtheyvote'

    def seat_code(self) -> str:
        """'NH' for a senator, 'CA-12', 'SD-AL' for an at-large member; a state legislator's
        seat names the chamber ('IL House 11', 'NH House Rockingham 30'), never 'IL-11'."""
        if self.source.startswith("openstates:"):
            words = self.chamber.split()
            house = " ".join(words[-1:] if words[-1:] != ["Delegates"] else words[-3:])
            return " ".join(part for part in (self.state, house, self.district) if part)
        if not self.district:
            return self.state
        return f"{self.state}-{'AL' if self.district == 'At-large' else self.district}"

    def name_keys(self) -> set[str]:
        """Folded full names this member answers to exactly (with and without nickname)."""
        keys = {fold(self.name), fold(_QUOTED.sub(" ", normalize_quotes(self.name)))}
        for given in (self.first, self.nickname):
            if given:
                keys.add(fold(f"{given} {self.last}"))
        return keys - {""}
