"""How the page names the member: the US parties by letter, any other party written out."""

from __future__ import annotations

import pytest

from briefer.page.brief import parse_brief
from briefer.page.compose import who
from tests.conftest import SAMPLE_BRIEF


def _meeting(**fields: str):
    brief = parse_brief(SAMPLE_BRIEF)
    return brief.model_copy(update={"meeting": brief.meeting.model_copy(update=fields)})


@pytest.mark.parametrize(
    ("fields", "named"),
    [
        ({}, "Senator Jeanne Shaheen (D-NH)"),
        ({"party": "Republican", "state": "ID"}, "Senator Jeanne Shaheen (R-ID)"),
        (
            {"title": "MEP", "legislator": "Petras Auštrevičius", "party": "Renew Europe",
             "state": "Lithuania"},
            "MEP Petras Auštrevičius (Renew Europe, Lithuania)",
        ),  # not "R-Lithuania", which reads as a Republican
        ({"party": "EPP", "state": ""}, "Senator Jeanne Shaheen (EPP)"),
        ({"party": "", "state": "NH"}, "Senator Jeanne Shaheen (NH)"),
        ({"title": "Representative", "district": "2"}, "Representative Jeanne Shaheen (D-NH-2)"),
    ],
)  # fmt: skip
def test_the_member_is_named_with_their_party_and_seat(fields: dict, named: str) -> None:
    assert who(_meeting(**fields)) == named


def test_a_time_never_ends_a_line_before_its_am_or_pm() -> None:
    from briefer.page.compose import meeting_line, sidebar_meeting

    brief = _meeting(time="2:30 PM")
    assert "2:30\u00a0PM" in meeting_line(brief, "letter")
    assert any("2:30\u00a0PM" in line for line in sidebar_meeting(brief))
