"""The notes on a meeting's attendees (who lives where: briefer.legislators.constituents), each a
whole sentence with its values named, marked for the app's translation (briefer.support.messages);
the command line says them in English."""

from __future__ import annotations

from collections.abc import Iterable

from briefer.support.messages import QT_TRANSLATE_NOOP, Message

EMPTY_ATTENDEE = Message(QT_TRANSLATE_NOOP("core", "an attendee is empty"))
BAD_ATTENDEE = QT_TRANSLATE_NOOP(
    "core", "'{value}': write an attendee as Name (ZIP), like Anna Kowalska (03301)"
)
NO_NAME = QT_TRANSLATE_NOOP("core", "'{value}' has no name before the ZIP")
MAY_LIVE = QT_TRANSLATE_NOOP(
    "core",
    "{person} may live in {where} (the ZIP spans {spans}): not named on the page; check the "
    "street address (then confirmed: true names them)",
)
NO_ZIP_DATA = Message(
    QT_TRANSLATE_NOOP(
        "core",
        "constituents not checked: no ZIP data imported (briefer legislators import zccd.csv); "
        "their town and state are used as given",
    )
)
NO_SEAT = Message(
    QT_TRANSLATE_NOOP("core", "constituents not checked: the meeting names no state and chamber")
)
GIVES = QT_TRANSLATE_NOOP("core", "{person} gives {given}, not {state}: not named as a constituent")
NO_ZIP = QT_TRANSLATE_NOOP("core", "{person} has no ZIP: not checked as a constituent")
UNKNOWN_ZIP = QT_TRANSLATE_NOOP(
    "core", "{person}: ZIP {zip} is not in the ZIP data (PO-box ZIPs are missing): not checked"
)
LIVES_ELSEWHERE = QT_TRANSLATE_NOOP(
    "core", "{person} lives in {places}, not {seat}: not named as a constituent"
)
STATE_SEAT_IN_STATE = QT_TRANSLATE_NOOP(
    "core",
    "{person} lives in {state}, but a ZIP does not tell the {place} district: confirm them as "
    "a constituent to name them on the page",
)
STATE_SEAT_UNKNOWN = QT_TRANSLATE_NOOP(
    "core",
    "{person} a ZIP does not tell the {place} district: confirm them as a constituent to name "
    "them on the page",
)


def _joined(template: str, words: Iterable[str]) -> str:
    """'A or B or C', each 'or' marked for translation (a Message when there are two or more)."""
    first, *rest = list(words) or [""]
    for word in rest:
        first = Message(template, first=first, second=word)
    return first


def or_words(words: Iterable[str]) -> str:
    return _joined(QT_TRANSLATE_NOOP("core", "{first} or {second}"), words)


def and_words(words: Iterable[str]) -> str:
    return _joined(QT_TRANSLATE_NOOP("core", "{first} and {second}"), words)
