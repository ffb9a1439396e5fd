"""The faster fragment comparison answers exactly as reportlab's own, on every kind of pair."""

from __future__ import annotations

import itertools
import random

from reportlab.lib.colors import HexColor
from reportlab.platypus import paragraph
from reportlab.platypus.paraparser import ParaFrag

from briefer.layout import reportlab_speed, typeset
from briefer.layout.reportlab_speed import same_frag

_rl_accel = __import__("_rl_accel")  # the C accelerator reportlab uses by default


def _frags() -> list[ParaFrag]:
    """Fragments differing in each compared attribute, in absent ones, and in merge blockers."""
    red, red_again = HexColor("#aa0000"), HexColor("#aa0000")
    values = {
        "fontName": ["LiberationSans", "LiberationSans-Bold"],
        "fontSize": [10, 10.5],
        "textColor": [red, red_again, HexColor("#222222"), None],
        "rise": [0, 2],
        "us_lines": [[], [("underline", 1)]],
        "link": [None, "https://example.org"],
        "backColor": [None, red],
        "nobr": [None, True],
        "cbDefn": [None],
        "lineBreak": [True],
    }
    rng = random.Random(3)
    made = []
    for _ in range(300):
        attrs = {k: rng.choice(v) for k, v in values.items() if rng.random() < 0.8}
        if rng.random() < 0.85:  # most fragments are plain text
            attrs.pop("cbDefn", None)
            attrs.pop("lineBreak", None)
        made.append(ParaFrag(text="word", **attrs))
    return made


def test_same_frag_agrees_with_reportlab_everywhere() -> None:
    frags = _frags()
    pairs = list(itertools.product(frags[:60], frags[:60])) + [(f, f.clone()) for f in frags]
    disagree = [(f, g) for f, g in pairs if bool(_rl_accel.sameFrag(f, g)) != same_frag(f, g)]
    assert not disagree, disagree[:3]
    assert any(same_frag(f, g) for f, g in pairs) and not all(same_frag(f, g) for f, g in pairs)


def test_paragraphs_break_with_it_once_typesetting_is_imported() -> None:
    assert typeset.Paragraph is paragraph.Paragraph
    assert paragraph.sameFrag is same_frag  # installed by importing briefer.layout.typeset
    reportlab_speed.install()  # again: no harm
    assert paragraph.sameFrag is same_frag


def test_another_comparison_than_rl_accels_is_left_as_it_is(monkeypatch) -> None:
    def theirs(f: object, g: object) -> bool:
        return False

    monkeypatch.setattr(paragraph, "sameFrag", theirs)
    reportlab_speed.install()
    assert paragraph.sameFrag is theirs
