"""Read-ahead text: the plan as plain text and as Markdown for an email before the meeting."""

from __future__ import annotations

from dataclasses import replace

import pytest

from briefer.page.brief import parse_brief
from briefer.page.content import load_pack
from briefer.pipeline import make_plan, render
from briefer.plan import Para, Plan
from briefer.render.text import md_escape
from tests.conftest import SAMPLE_BRIEF

SAMPLE_BLOCKS = "blocks: [hold-the-line, myth-pushes-to-russia, rec-enforce-and-prosecute]"
BLOCKS = [
    "hold-the-line",
    "indicator-security-costs",
    "myth-pushes-to-russia",
    "myth-no-regime-change",
    "rec-enforce-and-prosecute",
    "rec-expand-gradually",
    "context-2020-protests",
]
ASK = "ask: Keep every sanction on the Lukashenka regime in place."


def plan_for(template: str = "classic", ask: str | None = None, blocks: list[str] = BLOCKS) -> Plan:
    text = SAMPLE_BRIEF.replace(SAMPLE_BLOCKS, "blocks: [" + ", ".join(blocks) + "]")
    if ask is not None:
        text = text.replace(ASK, "ask: " + ask)
    return make_plan(parse_brief(text), template=template)


def marker(block_id: str) -> str:
    """What names a point in the text: a misconception's claim, else its title."""
    block = load_pack().block(block_id)
    return block.claim or block.title.rstrip(".")


def as_text(plan: Plan, fmt: str) -> str:
    return render(plan, fmt).decode("utf-8")


@pytest.mark.parametrize("fmt", ["txt", "md"])
@pytest.mark.parametrize("template", ["classic", "myth-fact"])
def test_ask_first_then_meeting_then_points_then_contact(template: str, fmt: str) -> None:
    plan = plan_for(template)
    text = as_text(plan, fmt)
    pack = load_pack()
    ask = text.index("Keep every sanction on the Lukashenka regime in place.")
    assert "Our ask:" in text[:ask]
    bill = text.index("S. 1234")
    meeting = text.index("Jesús García")
    positions = [text.index(marker(b)) for b in BLOCKS]
    contact = text.index("Святлана Ціханоўская")
    credit = text.index("Source: “Hold the Line on Belarus Sanctions”, Belarus Freedom Forum")
    assert ask < bill < meeting < min(positions)
    assert max(positions) < contact < credit
    assert "office@example.org" in text and "+1 202 555 0100" in text
    for block_id in ("myth-pushes-to-russia", "myth-no-regime-change"):
        assert pack.block(block_id).claim in text


@pytest.mark.parametrize("template", ["classic", "myth-fact"])
def test_points_follow_the_plan_order(template: str) -> None:
    plan = plan_for(template)
    order = []
    for section in plan.sections:
        for item in section.items:
            blocks = [item.block] if isinstance(item, Para) else [r.block for r in item.rows]
            order += [b for b in blocks if b and b not in order]
    text = as_text(plan, "txt")
    positions = [text.index(marker(b)) for b in order]
    assert positions == sorted(positions)
    assert set(order) == set(BLOCKS)


def test_plain_text_paragraphs_are_single_lines_with_blank_lines_between() -> None:
    plan = plan_for()
    text = as_text(plan, "txt")
    assert text.endswith("\n") and "\n\n\n" not in text
    paragraphs = text.strip("\n").split("\n\n")
    assert all("\n" not in p for p in paragraphs)
    lead = next(p for p in plan.sections if p.kind == "framing").items[0]
    assert " ".join(lead.text.split()) in paragraphs
    assert "1. Enforce Sanctions, Prosecute Violators." in text
    assert "2. Keep Expanding Sanctions Gradually." in text
    assert "• Higher Costs for the Security Apparatus." in text
    for mark in ("**", "##", "\\"):
        assert mark not in text


def test_markdown_structure() -> None:
    text = as_text(plan_for(), "md")
    lines = text.splitlines()
    assert "## Hold the Line on Belarus Sanctions" in lines
    assert "## What critics claim" in lines
    assert "## What we recommend" in lines
    assert lines[0].startswith("**Our ask:** Keep every sanction")
    assert "**Bill:** S. 1234" in lines
    assert any(line.startswith("1. **Enforce Sanctions, Prosecute Violators.** ") for line in lines)
    assert any(line.startswith("2. **Keep Expanding Sanctions Gradually.** ") for line in lines)
    assert any(line.startswith("- **Higher Costs for the Security Apparatus.** ") for line in lines)
    claim = "Sanctions push Belarus toward Russia and China, so they should be eased."
    assert f"**They say:** *{claim}*" in lines
    assert any(line.startswith("**In fact:** ") for line in lines)
    assert "\n\n\n" not in text


def test_markdown_escapes_what_the_user_typed() -> None:
    ask = "'1. Support *S. 1234* and <b>HR_5</b> [now](http://x) #1 & co &amp; `x`'"
    text = as_text(plan_for(ask=ask), "md")
    first = text.splitlines()[0]
    assert first == (
        "**Our ask:** 1. Support \\*S. 1234\\* and \\<b\\>HR\\_5\\</b\\> \\[now\\](http://x) "
        "\\#1 & co \\&amp; \\`x\\`"
    )
    assert md_escape("a_b*c") == "a\\_b\\*c"


def test_markdown_escapes_list_markers_at_a_line_start() -> None:
    plan = plan_for()
    header = plan.sections[0]
    items = tuple(
        replace(p, spans=(replace(p.spans[0], text="1. " + p.spans[0].text),))
        if p.role == "meta"
        else p
        for p in header.items
    )
    plan = replace(plan, sections=(replace(header, items=items), *plan.sections[1:]))
    assert "\n1\\. For Senator" in as_text(plan, "md")


def test_control_characters_are_stripped() -> None:
    plan = plan_for()
    ask = plan.sections[1]
    items = tuple(
        replace(p, spans=tuple(replace(s, text=s.text + "\x07\x0b") for s in p.spans))
        for p in ask.items
    )
    plan = replace(plan, sections=(plan.sections[0], replace(ask, items=items), *plan.sections[2:]))
    for fmt in ("txt", "md"):
        text = as_text(plan, fmt)
        assert "\x07" not in text and "\x0b" not in text
        assert "Keep every sanction on the Lukashenka regime in place." in text


def test_no_ask_no_ask_line() -> None:
    text = as_text(plan_for(ask="''"), "txt")
    assert "Our ask" not in text
    assert text.startswith("For Senator Jeanne Shaheen")
