"""The calendar's own line folding writes exactly what icalendar's serialiser writes, for lines of
every length and script, escapes at the fold included; and the folded file parses back."""

from __future__ import annotations

import datetime as dt
import random

from icalendar import Calendar, Event

from briefer.render.calendar import FOLD_AT, _fold, _serialise

PIECES = ["a", "Z", " ", ",", ";", "\\", "\n", "^", "é", "ł", "Ж", "ў", "中", "😀", "Belarus "]


def _calendar(texts: list[str]) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", "-//test//EN")
    calendar.add("version", "2.0")
    for n, text in enumerate(texts):
        event = Event()
        event.add("uid", f"{n}@test")
        event.add("dtstamp", dt.datetime(2026, 12, 1, tzinfo=dt.UTC))
        event.add("summary", text[:90])
        event.add("description", text)
        calendar.add_component(event)
    return calendar


def test_the_fold_is_the_librarys_byte_for_byte() -> None:
    rng = random.Random(11)
    texts = ["", "x" * (FOLD_AT - 14), "x" * 200]
    texts += ["".join(rng.choice(PIECES) for _ in range(rng.randint(1, 400))) for _ in range(400)]
    calendar = _calendar(texts)
    ours = _serialise(calendar)
    assert ours == calendar.to_ical()
    back = list(Calendar.from_ical(ours).walk("VEVENT"))
    assert [str(event["DESCRIPTION"]) for event in back] == texts


def test_no_folded_line_is_longer_than_the_rfc_allows() -> None:
    line = "DESCRIPTION:" + "Жыве Беларусь! \\n" * 40
    lines = _fold(line).split(b"\r\n")
    assert len(lines) > 1
    assert all(len(part) <= FOLD_AT for part in lines)
    assert all(part.startswith(b" ") for part in lines[1:])
    assert b"".join(part.removeprefix(b" ") for part in lines).decode() == line
