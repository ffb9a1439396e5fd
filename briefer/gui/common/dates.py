"""How the app shows a date and a number: in the language the app speaks (CLDR's patterns and
names through Qt's QLocale, already loaded: no start-up cost). In English as
:mod:`briefer.support.when` writes dates everywhere else ("Thu Dec 3, 2026"; "November 12, 2024"
for a data's date); in German "Do., 3. Dez. 2026" and "12. November 2024", in Belarusian
"чц, 3 сне 2026 г." and "12 лістапада 2024 г.". A date field reads back what it shows
(``read_date``)."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QLocale

from briefer.gui.common.i18n import ENGLISH, speaking
from briefer.support import when

DATE_FIELD = "ddd MMM d, yyyy"  # when.short_date, in Qt's notation (the report's date box)
DATA_DATE = "MMMM d, yyyy"  # when.plain_date


def _locale() -> QLocale:
    return QLocale(speaking())


def _pattern(weekday: bool, month: str = "MMMM") -> str:
    """The language's long date pattern (CLDR's, through Qt), with or without the weekday and
    with the month's name long ("MMMM") or short ("MMM")."""
    pattern = _locale().dateFormat(QLocale.FormatType.LongFormat)
    pattern = pattern.replace("dddd", "ddd") if weekday else re.sub(r"dddd[,.]?\s*", "", pattern)
    return pattern.replace("MMMM", month)


def _shown(value: dt.date, pattern: str) -> str:
    return _locale().toString(QDate(value.year, value.month, value.day), pattern)


def short_date(value: dt.date) -> str:
    """ "Thu Dec 3, 2026" (German "Do., 3. Dez. 2026"): in lists and date fields."""
    if speaking() == ENGLISH:
        return when.short_date(value)
    return _shown(value, _pattern(weekday=True, month="MMM"))


def plain_date(value: dt.date) -> str:
    """ "November 12, 2024" (German "12. November 2024"): a date with no weekday."""
    if speaking() == ENGLISH:
        return when.plain_date(value)
    return _shown(value, _pattern(weekday=False))


def one_stop(text: str) -> str:
    """A sentence that ends with a date ending in an abbreviation ("… 2024 г.") ends with its
    stop, not two: "ад 12 лістапада 2024 г.." reads "ад 12 лістапада 2024 г."."""
    return re.sub(r"(?<=\w)\.\.(?=$|<|\s)", ".", text)


def long_date(value: dt.date) -> str:
    """ "Thursday, December 3, 2026" (German "Donnerstag, 3. Dezember 2026")."""
    if speaking() == ENGLISH:
        return when.long_date(value)
    return _shown(value, _locale().dateFormat(QLocale.FormatType.LongFormat))


def month_day(value: dt.date) -> str:
    """ "Dec 3" (German "3. Dez."): a day of this year or the next, in a table's cell."""
    if speaking() == ENGLISH:
        return f"{value:%b} {value.day}"
    pattern = re.sub(r"[\s,]*yyyy.*$", "", _pattern(weekday=False, month="MMM"))
    return _shown(value, pattern)


def number(value: float) -> str:
    """10.5 as the app's language writes it: "10.5", German "10,5"."""
    return QLocale(speaking()).toString(float(value), "g", 6)


def read_date(text: str) -> dt.date | None:
    """A date written as the app's language shows it ("Do., 3. Dez. 2026", "3 снежня 2026"):
    a day, a month's name or abbreviation, a four-digit year, the weekday ignored; else None."""
    language = speaking()
    if language == ENGLISH:
        return None
    locale = QLocale(language)
    months: dict[str, int] = {}
    for month in range(1, 13):
        for width in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
            for name in (locale.monthName(month, width), locale.standaloneMonthName(month, width)):
                months[name.casefold().rstrip(".")] = month
    day = year = month = None
    for token in re.findall(r"\w+", text.casefold()):
        if token.isdigit():
            if len(token) == 4 and year is None:
                year = int(token)
            elif len(token) <= 2 and day is None:
                day = int(token)
            else:
                return None
        elif token in months:
            if month is not None:
                return None
            month = months[token]
    if day is None or month is None or year is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
