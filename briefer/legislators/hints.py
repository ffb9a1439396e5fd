"""“Did you mean …?” for a legislator the directory does not know: the closest names, with seat.

The directory's own search finds parts of names ('Shaheen'); a misspelling ('Jeane Shaheen') needs
a similarity measure. ``difflib`` over all ~540 members costs about 1 ms a name, too slow for a
10,000-line file of new names, so a trigram index picks a few candidates first and difflib ranks
only those; answers are cached per name (lobby-day files repeat names).
"""

from __future__ import annotations

from collections import Counter
from difflib import SequenceMatcher
from functools import lru_cache

from briefer.legislators.model import Legislator, fold
from briefer.legislators.store import Directory, Entry

CANDIDATES = 16
CUTOFF = 0.6
MARGIN = 0.12


def seat_label(member: Legislator) -> str:
    """'Jeanne Shaheen (NH, Senate)', 'Mike Rogers (AL-3, House)'."""
    seat = ", ".join(part for part in (member.seat_code(), member.chamber) if part)
    return f"{member.name} ({seat})" if seat else member.name


def _grams(text: str) -> set[str]:
    padded = f"  {text} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


class Hints:
    def __init__(self, directory: Directory) -> None:
        self.directory = directory
        self._keys: list[tuple[str, Entry]] = []
        self._index: dict[str, list[int]] = {}
        for entry in directory.name_entries():  # a stored directory's members stay unread
            for key in entry.keys | {entry.last}:
                number = len(self._keys)
                self._keys.append((key, entry))
                for gram in _grams(key):
                    self._index.setdefault(gram, []).append(number)
        self.closest = lru_cache(maxsize=4096)(self._closest)

    def _closest(self, text: str, limit: int = 3) -> tuple[Legislator, ...]:
        if text.count(",") == 1:  # "Shaheen, Jeanne"
            last, first = (part.strip() for part in text.split(","))
            text = f"{first} {last}"
        found = list(self.directory.find(text, limit=limit))
        query = fold(text)
        if len(found) < limit and query:
            shared = Counter(n for gram in _grams(query) for n in self._index.get(gram, ()))
            scored: dict[str, tuple[float, Entry]] = {}
            matcher = SequenceMatcher()
            matcher.set_seq2(query)  # difflib caches what it learns about the second sequence
            for number, _count in shared.most_common(CANDIDATES):
                key, entry = self._keys[number]
                matcher.set_seq1(key)
                if matcher.real_quick_ratio() < CUTOFF or matcher.quick_ratio() < CUTOFF:
                    continue
                ratio = matcher.ratio()
                if ratio >= CUTOFF and ratio > scored.get(entry.id, (0.0, entry))[0]:
                    scored[entry.id] = (ratio, entry)
            members = self.directory.resolve([entry.ref for _, entry in scored.values()])
            made = {member.id: member for member in members}  # a member since removed: none
            ranked = sorted(
                ((ratio, made[entry.id]) for ratio, entry in scored.values() if entry.id in made),
                key=lambda hit: (-hit[0], hit[1].name),
            )
            best = ranked[0][0] if ranked else 0.0
            for ratio, member in ranked:  # only the near-best: one clear answer stays alone
                if ratio >= best - MARGIN and member not in found:
                    found.append(member)
        return tuple(found[:limit])

    def message(self, text: str) -> str:
        """ "unknown legislator 'X' — did you mean A (NH, Senate) or B (MA, Senate)?"."""
        close = [seat_label(member) for member in self.closest(text)]
        if not close:
            return f"unknown legislator '{text}' (not in the imported directory)"
        names = close[0] if len(close) == 1 else f"{', '.join(close[:-1])} or {close[-1]}"
        return f"unknown legislator '{text}' — did you mean {names}?"


_LAST: tuple[Directory, Hints] | None = None  # the directory asked about last, and its index


def hints_for(directory: Directory) -> Hints:
    """The index for ``directory``, made once while it is the one asked about (a preview asks
    again at every keystroke; making the index takes ~10 ms)."""
    global _LAST
    last = _LAST
    if last is not None and last[0] is directory:
        return last[1]
    hints = Hints(directory)
    _LAST = (directory, hints)
    return hints
