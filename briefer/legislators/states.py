"""US states by name, and how each state legislature names its chambers and their members.

"Assemblymember" in California, "Delegate" in Maryland's House of Delegates, "State Senator"
everywhere: the title a page gives a state legislator, and the chamber as the page names a
seat ("Illinois House District 11"), never a form that reads as a congressional seat.
"""

from __future__ import annotations

import re

from briefer.legislators.zips import STATE_NAMES

# The states' and territories' names as a sentence writes them ("Illinois", "District of
# Columbia"), from the one table of them in zips.py.
NAMES: dict[str, str] = {code: name.removeprefix("the ") for code, name in STATE_NAMES.items()}

# The titles a page gives state legislators (lower case): they make the audience ``us-state``.
STATE_TITLES = ("state senator", "state representative", "assemblymember", "councilmember")
STATE_TITLES += ("assemblyman", "assemblywoman", "state delegate", "legislator")

# The lower chamber where it is not called the House, and the title of its members.
_LOWER = {
    "CA": ("Assembly", "Assemblymember"),
    "NV": ("Assembly", "Assemblymember"),
    "NY": ("Assembly", "Assemblymember"),
    "WI": ("Assembly", "State Representative"),
    "NJ": ("General Assembly", "Assemblymember"),
    "MD": ("House of Delegates", "Delegate"),
    "VA": ("House of Delegates", "Delegate"),
    "WV": ("House of Delegates", "Delegate"),
}
# One-chamber legislatures (Open States' ``legislature`` type).
_SINGLE = {"NE": ("Legislature", "State Senator"), "DC": ("Council", "Councilmember")}


def seat_names(state: str, kind: str) -> tuple[str, str]:
    """(chamber, title) for an Open States role type ``upper``, ``lower`` or ``legislature``:
    ('Illinois Senate', 'State Senator'), ('California Assembly', 'Assemblymember')."""
    code = state.upper()
    name = NAMES.get(code, code)
    if kind == "upper":
        chamber, title = "Senate", "State Senator"
    elif kind == "lower":
        chamber, title = _LOWER.get(code, ("House", "State Representative"))
    else:
        chamber, title = _SINGLE.get(code, ("Legislature", "Legislator"))
    return f"{name} {chamber}", title


def state_code(text: str) -> str | None:
    """'IL', 'il' or 'Illinois' -> 'IL'; None for anything else."""
    value = " ".join(text.split())
    if value.upper() in NAMES:
        return value.upper()
    for code, name in NAMES.items():
        if name.casefold() == value.casefold():
            return code
    return None


_NAMED = re.compile(
    "^(?:" + "|".join(re.escape(name) for name in NAMES.values()) + r")\s", re.IGNORECASE
)


def names_state(chamber: str) -> bool:
    """Whether a chamber's name starts with a US state's: 'Illinois House' does, 'House' not."""
    return bool(_NAMED.match(chamber.strip()))


def seat_label(chamber: str, state: str, district: str) -> str:
    """A state legislative seat as a page names it: 'Illinois House District 11',
    'New Hampshire House, Rockingham 30' (districts that are words), 'Nebraska Legislature
    District 5'; the state's name is added to a bare 'House'."""
    name = NAMES.get(state.strip().upper(), state.strip())
    house = " ".join(chamber.split()) or "Legislature"
    if name and not house.casefold().startswith(name.casefold()):
        house = f"{name} {house}"
    seat = " ".join(district.split())
    if not seat:
        return house
    if seat[:1].isdigit() and seat.replace("-", "").replace(" ", "").isalnum() and len(seat) <= 4:
        return f"{house} District {seat}"
    return f"{house}, {seat}"
