"""What an import of legislators read, in the app's language: the core writes its lines in
English for the command line (``briefer.legislators.importing``: "537 members and 230
committees", "Congress: 537 members, imported 2026-12-01"); the app says the counts with their
plural forms and the dates as its language writes them. A line of another shape is shown as the
core wrote it (tests/gui/directory/test_import_texts.py holds the shapes to the core's)."""

from __future__ import annotations

import datetime as dt
import re

from briefer.gui.common.dates import plain_date
from briefer.gui.common.i18n import QT_TR_NOOP, tr

LABELS = {
    "Congress": QT_TR_NOOP("Congress"),
    "Other legislators (CSV)": QT_TR_NOOP("Other legislators (CSV)"),
    "European Parliament": QT_TR_NOOP("European Parliament"),
}
_READ = re.compile(r"^([\d,]+) members and ([\d,]+) committees$")
_MEPS = re.compile(r"^([\d,]+) Members of the European Parliament from (.+)$")
_STORED = re.compile(r"^(.+): ([\d,]+) members, imported (\d{4}-\d\d-\d\d)(.*)$")
_DATA = re.compile(r"^, data of (\d{4}-\d\d-\d\d)(.*)$")


def _count(text: str) -> int:
    return int(text.replace(",", ""))


def members_and_committees(members: int, committees: int) -> str:
    """ "1 member and 2 committees" ("1 Abgeordnete(r) und 2 Ausschüsse")."""
    return tr("{members} and {committees}").format(
        members=tr("%n member(s)", None, members),
        committees=tr("%n committee(s)", None, committees),
    )


def read_line(line: str) -> str:
    """One line of what an import read, in the app's language."""
    if found := _READ.match(line):
        return members_and_committees(_count(found[1]), _count(found[2]))
    if found := _MEPS.match(line):
        said = tr("%n Member(s) of the European Parliament from {source}", None, _count(found[1]))
        return said.format(source=found[2])
    return line


def stored_line(line: str) -> str:
    """One line of what is imported ("Congress: 537 members, imported 2026-12-01")."""
    found = _STORED.match(line)
    if not found:
        return line
    label = tr(LABELS[found[1]]) if found[1] in LABELS else found[1]
    if label.startswith("States: "):  # "States: Illinois, New Hampshire"
        label = tr("States: {names}").format(names=label.removeprefix("States: "))
    when = plain_date(dt.date.fromisoformat(found[3]))
    said = tr("{label}: %n member(s), imported {date}", None, _count(found[2]))
    rest = found[4]
    if data := _DATA.match(rest):
        date = plain_date(dt.date.fromisoformat(data[1]))
        rest = tr(", data of {date}").format(date=date) + data[2]
    return said.format(label=label, date=when) + rest
