"""Lobby Day's table in the app's language: its columns, a meeting's status and the notes on its
attendees (the core's messages, marked: lobby/messages.py, legislators/constituents.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from briefer.day import BUILT, Slot
from briefer.gui.lobby.table import MeetingsTable
from briefer.legislators.constituents import note_for
from briefer.page.brief import parse_brief
from tests.conftest import SAMPLE_BRIEF

GUEST = "constituents:\n  - {name: Pavel, town: 'Albany, NY'}\n"


def test_a_meeting_s_status_and_its_attendee_note_in_german(qtbot: Any, speaking: Any) -> None:
    note = note_for(parse_brief(SAMPLE_BRIEF + GUEST), zips=None).warnings[-1]
    assert note == "Pavel gives NY, not NH: not named as a constituent"  # the command line's
    speaking("de")
    table = MeetingsTable()
    qtbot.addWidget(table)
    slot = Slot(2, name="Jeanne Shaheen", status=BUILT, files=("a.pdf",), warnings=[note])
    table.meetings.set_slots([slot])
    model, horizontal = table.model(), Qt.Orientation.Horizontal
    assert [model.headerData(c, horizontal) for c in range(3)] == [
        "Zeile",
        "Wann",
        "Abgeordnete(r)",
    ]
    assert model.data(model.index(0, 3)) == "Erstellt — prüfen"
    tip = model.data(model.index(0, 3), Qt.ItemDataRole.ToolTipRole)
    assert "Prüfen: Pavel gibt NY an, nicht NH: nicht als Wähler genannt" in tip, tip
    assert "Erstellt: a.pdf (Doppelklick öffnet)" in tip, tip
