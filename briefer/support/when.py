"""Reading and printing meeting dates and times: the one place that knows their forms.

Dates: ISO (``2026-12-03``), month names in English (``Dec 3, 2026``, ``3 December 2026``,
``December 3 2026``, ``Thursday, December 3, 2026``) and numeric dates (``12/3/2026``,
``3.12.2026``). A numeric date that reads two ways (day and month both 12 or less) is an error
that shows both readings, unless the order is given; one that reads only one way is accepted.

Times: ``10:30``, ``9:05``, ``14:30``, ``2:30 pm``, ``2 PM``, ``2:30 p.m.``, ``14h30``, ``noon``.
They are printed one way, by :func:`format_time` (``10:30 AM``).

``ValueError`` messages are for the user and name no file or field: the caller adds those.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal, get_args

from briefer.support.messages import QT_TRANSLATE_NOOP, Message

DateOrder = Literal["mdy", "dmy"]
DATE_ORDERS: tuple[str, ...] = get_args(DateOrder)

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_WEEKDAYS = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?"
_MONTH = r"(?P<month>[a-z]+)\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_NAMED = [
    re.compile(rf"{_MONTH}\s+{_DAY},?\s+{_YEAR}"),  # Dec 3, 2026 / December 3 2026
    re.compile(rf"{_DAY}\s+{_MONTH},?\s+{_YEAR}"),  # 3 December 2026 / 3 Dec. 2026
    re.compile(rf"{_YEAR}\s+{_MONTH}\s+{_DAY}"),  # 2026 Dec 3
]
_NUMERIC = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_EXAMPLE = Message(QT_TRANSLATE_NOOP("core", "use a date like 2026-12-03 or Dec 3, 2026"))


def _not_a_date(raw: str, why: str) -> Message:
    return Message(QT_TRANSLATE_NOOP("core", "'{raw}' is not a date: {why}"), raw=raw, why=why)


def _unknown_month(name: str) -> Message:
    return Message(QT_TRANSLATE_NOOP("core", "unknown month '{name}'"), name=name)


def _no_month(month: int) -> Message:
    return Message(QT_TRANSLATE_NOOP("core", "there is no month {month}"), month=month)


def _no_day(day: int) -> Message:
    return Message(QT_TRANSLATE_NOOP("core", "that month has no day {day}"), day=day)


FIRST_YEAR, LAST_YEAR = 1900, 2999  # a meeting's year: what a calendar and a log can hold


def check_year(date: dt.date, raw: str | None = None) -> dt.date:
    """The date, if its year is one a meeting can have (a schedule, a calendar and the log
    count days around it: the year 1 or 9999 ran off the end)."""
    if not FIRST_YEAR <= date.year <= LAST_YEAR:
        years = QT_TRANSLATE_NOOP(
            "core", "'{raw}' is not a meeting's date: the year must be from {first} to {last}"
        )
        raise ValueError(
            Message(years, raw=raw or date.isoformat(), first=FIRST_YEAR, last=LAST_YEAR)
        )
    return date


def parse_date(text: str, order: DateOrder | None = None) -> dt.date:
    """The date ``text`` names; ``order`` says how to read numeric dates like 3/12/2026."""
    if order is not None and order not in DATE_ORDERS:
        unknown = QT_TRANSLATE_NOOP("core", "unknown date order '{order}': use mdy or dmy")
        raise ValueError(Message(unknown, order=order))
    raw = " ".join(str(text).split())
    value = raw.lower()
    if not value:
        raise ValueError(
            Message(QT_TRANSLATE_NOOP("core", "the date is empty: {example}"), example=_EXAMPLE)
        )
    weekday = re.match(rf"^({_WEEKDAYS}),?\s+", value)  # "Thursday, December 3, 2026"
    if weekday:
        value = value[weekday.end() :]
    date = _read_date(value, raw, order)
    if weekday and weekday.group(1)[:2] != date.strftime("%a").lower()[:2]:
        disagree = QT_TRANSLATE_NOOP("core", "'{raw}' does not agree: {date} is a {weekday}")
        raise ValueError(Message(disagree, raw=raw, date=plain_date(date), weekday=f"{date:%A}"))
    return check_year(date, raw)


def _read_date(value: str, raw: str, order: DateOrder | None) -> dt.date:
    """The date of ``value`` (lower case, no weekday); ``raw`` as the user wrote it."""
    match = _ISO.fullmatch(value)
    if match:
        year, month, day = (int(part) for part in match.groups())
        return _date(year, month, day, raw)
    for pattern in _NAMED:
        match = pattern.fullmatch(value)
        if match:
            month_name = match["month"]
            if month_name not in _MONTHS:
                raise ValueError(_not_a_date(raw, _unknown_month(month_name)))
            return _date(int(match["year"]), _MONTHS[month_name], int(match["day"]), raw)
    match = _NUMERIC.fullmatch(value)
    if match:
        first, _sep, second, year_text = match.groups()
        return _numeric(int(first), int(second), int(year_text), order, raw)
    raise ValueError(_not_a_date(raw, _EXAMPLE))


def _numeric(first: int, second: int, year: int, order: DateOrder | None, raw: str) -> dt.date:
    readings = {
        "mdy": _try_date(year, first, second),
        "dmy": _try_date(year, second, first),
    }
    if order is not None:
        found = readings[order]
        if found is None:
            in_order = QT_TRANSLATE_NOOP("core", "'{raw}' is not a date in {order} order")
            raise ValueError(Message(in_order, raw=raw, order=_order_words(order)))
        return found
    possible = [value for value in readings.values() if value is not None]
    if not possible:
        raise ValueError(_not_a_date(raw, _EXAMPLE))
    if len(possible) == 2 and possible[0] != possible[1]:
        mdy, dmy = (plain_date(value) for value in possible)
        two_ways = QT_TRANSLATE_NOOP(
            "core",
            "'{raw}' reads two ways: {mdy} (month first) or {dmy} (day first); "
            "write {first} or {second}",
        )
        first, second = (value.isoformat() for value in possible)
        raise ValueError(Message(two_ways, raw=raw, mdy=mdy, dmy=dmy, first=first, second=second))
    return possible[0]


def _order_words(order: DateOrder) -> Message:
    if order == "mdy":
        return Message(QT_TRANSLATE_NOOP("core", "month/day/year"))
    return Message(QT_TRANSLATE_NOOP("core", "day/month/year"))


def plain_date(value: dt.date) -> str:
    """ "November 12, 2024": a date with no weekday (the ZIP data's, in messages)."""
    return f"{value.strftime('%B')} {value.day}, {value.year}"


# How the app itself writes a date (the page's own follows its paper: briefer.page.audience), one
# way everywhere: "Thu Dec 3, 2026" in lists and fields, "Thursday, December 3, 2026" in full.
def short_date(value: dt.date) -> str:
    """ "Thu Dec 3, 2026"."""
    return f"{value.strftime('%a %b')} {value.day}, {value.year}"


def long_date(value: dt.date) -> str:
    """ "Thursday, December 3, 2026"."""
    return f"{value.strftime('%A')}, {plain_date(value)}"


def _try_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _date(year: int, month: int, day: int, raw: str) -> dt.date:
    found = _try_date(year, month, day)
    if found is None:
        if not 1 <= month <= 12:
            raise ValueError(_not_a_date(raw, _no_month(month)))
        raise ValueError(_not_a_date(raw, _no_day(day)))
    return found


_TIME = re.compile(
    r"(?P<hour>\d{1,2})(?:\s*[:.h]\s*(?P<minute>\d{2}))?(?:\s*(?P<half>[ap])\.?\s*(?:m\.?)?)?"
)
_TIME_EXAMPLE = Message(QT_TRANSLATE_NOOP("core", "use a time like 10:30, 2:30 pm or 14:30"))
# A bare hour from 1 to 6 ("2:30") is taken for the afternoon it most likely means only if the
# writer says so: it is refused, with both readings offered. "02:30" (24-hour) is the night.
EARLY_FIRST, EARLY_LAST = 1, 6

_AM_PM = Message(QT_TRANSLATE_NOOP("core", "with am/pm the hour is 1 to 12"))


def _not_a_time(raw: str, why: str) -> Message:
    return Message(QT_TRANSLATE_NOOP("core", "'{raw}' is not a time: {why}"), raw=raw, why=why)


def parse_time(text: str) -> dt.time:
    """The time of day ``text`` names: ``10:30``, ``9:05``, ``2:30 pm``, ``2 PM``, ``14h30``."""
    raw = " ".join(str(text).split())
    value = raw.lower()
    if not value:
        raise ValueError(
            Message(
                QT_TRANSLATE_NOOP("core", "the time is empty: {example}"), example=_TIME_EXAMPLE
            )
        )
    if value in ("noon", "midday", "12 noon"):
        return dt.time(12, 0)
    match = _TIME.fullmatch(value)
    if match is None or (match["minute"] is None and match["half"] is None):
        # a lone number ("10") could be an hour or a typo: ask for the minutes
        raise ValueError(_not_a_time(raw, _TIME_EXAMPLE))
    hour = int(match["hour"])
    minute = int(match["minute"] or 0)
    half = match["half"]
    if minute > 59:
        raise ValueError(
            _not_a_time(raw, Message(QT_TRANSLATE_NOOP("core", "minutes go up to 59")))
        )
    if half:
        if not 1 <= hour <= 12:
            raise ValueError(_not_a_time(raw, _AM_PM))
        hour = hour % 12 + (12 if half == "p" else 0)
    elif hour > 23:
        raise ValueError(_not_a_time(raw, Message(QT_TRANSLATE_NOOP("core", "hours go up to 23"))))
    elif EARLY_FIRST <= hour <= EARLY_LAST and not match["hour"].startswith("0"):
        # "2:30" for a meeting is the afternoon; printed as 2:30 AM it would send people at night
        early = QT_TRANSLATE_NOOP(
            "core", "'{raw}' reads as {time} AM: write {time} pm, or {early} for the early morning"
        )
        time, morning = f"{hour}:{minute:02d}", f"{hour:02d}:{minute:02d}"
        raise ValueError(Message(early, raw=raw, time=time, early=morning))
    return dt.time(hour, minute)


def format_time(value: dt.time) -> str:
    """The one way a time is printed: ``10:30 AM``, ``2:05 PM``, ``12:00 PM``."""
    hour = value.hour % 12 or 12
    return f"{hour}:{value.minute:02d} {'AM' if value.hour < 12 else 'PM'}"


def normalize_time(text: str) -> str:
    """A time as text, checked and printed the one way; empty stays empty."""
    return format_time(parse_time(text)) if str(text).strip() else ""
