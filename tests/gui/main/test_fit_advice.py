"""The "Too long" banner and the export dialog: every point they name is to be left out (leaving
out all of them makes the page fit), or the ask is to be shortened first; plural-correct."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from briefer.gui.main.fit_advice import banner_text, cut_text
from briefer.gui.main.window import MainWindow
from briefer.page.content import load_pack
from briefer.support.errors import FitError
from tests.gui.conftest import settle


def test_the_advice_names_every_point_to_leave_out_in_the_right_number() -> None:
    pack = load_pack()
    one = FitError("too long", candidates=["hold-the-line"])
    title = pack.block("hold-the-line").title
    assert (
        cut_text(one, pack)
        == f"Leave out this point to fit: “{title}”. Or shorten your text for it."
    )
    three = ["context-2020-protests", "myth-no-regime-change", "rec-expand-gradually"]
    titles = ", ".join(f"“{pack.block(b).title}”" for b in three)
    assert cut_text(FitError("too long", candidates=three), pack) == (
        f"Leave out these 3 points to fit: {titles}. Or shorten your texts for them."
    )
    ask = FitError("too long", candidates=three[:2], fixed_share=0.62)
    assert cut_text(ask, pack).startswith(
        "Shorten the ask first: with the meeting details it takes 62% of the page. "
        "Or leave out these 2 points to fit: “"
    )
    whole = FitError("too long", fixed_share=1.3)
    assert cut_text(whole, pack) == (
        "Shorten the ask first: with the meeting details it takes more than the whole page."
    )
    assert cut_text(FitError("the sidebar is too long")) == "The sidebar is too long."
    rich = banner_text(FitError("x", candidates=["a<b"]))
    assert (
        rich
        == "<b>Too long:</b> Leave out this point to fit: “a&lt;b”. Or shorten your text for it."
    )


def test_ticking_every_point_names_the_points_whose_leaving_out_makes_it_fit(
    qtbot, window: MainWindow
) -> None:
    window.show_tab(1)
    tree = window.points.tree
    for block in window.document.pack.blocks:  # tick each point as a keyboard user does
        item = window.points.item(block.id)
        if item.checkState(0) != Qt.CheckState.Checked:
            tree.setCurrentItem(item)
            qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert len(window.document.brief.blocks) == len(window.document.pack.blocks)
    outcome = settle(qtbot, window)
    named = outcome.error.candidates
    assert outcome.too_long and len(named) > 1
    banner = window.preview.indicator.text()
    assert banner.startswith(f"<b>Too long:</b> Leave out these {len(named)} points to fit: “")
    assert all(f"“{window.document.pack.block(b).title}”" in banner for b in named)
    assert banner.endswith(". Or shorten your texts for them.")

    for block_id in named:  # leave out exactly those: the page fits
        tree.setCurrentItem(window.points.item(block_id))
        qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert settle(qtbot, window).fits
    assert window.preview.indicator.text().startswith("<b>Fits on one page at")


def test_the_fit_s_own_advice_shows_in_the_app_s_language(speaking: Any) -> None:
    """No point to leave out: the core's message (marked) is the advice, in German too."""
    from briefer.support.messages import Message, translate

    long = "too long for one page by about %n lines even at {size} pt with short texts"
    head = translate("core", long, None, 3, size="9")  # as page/fit.py makes it
    shorten = "{head}: shorten the ask, the edits or the contact details"
    error = FitError(Message(shorten, head=head))
    assert error.message.startswith("too long for one page by about 3 lines even at 9 pt")
    speaking("de")
    assert cut_text(error) == (
        "Um etwa 3 Zeilen zu lang für eine Seite, selbst bei 9 pt und mit kurzen Texten: kürzen "
        "Sie die Bitte, Ihre Änderungen oder die Kontaktangaben."
    )
