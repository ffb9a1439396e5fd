"""What the app tells the user to cut when the page does not fit, in the user's language: the
preview's "Too long" banner and the export and print dialogs say the same words.

The advice is the core's (``briefer.page.advice.cut_advice``): every point it names is to be left
out (together they make the page fit; one of them alone may not), or the ask is to be shortened
first when it crowds the points out.
"""

from __future__ import annotations

from html import escape

from briefer.editing.labels import in_words
from briefer.gui.common.i18n import core_text, tr
from briefer.page.advice import cut_advice
from briefer.page.content import Pack
from briefer.support.errors import FitError


def _title(block_id: str, pack: Pack | None) -> str:
    title = pack.block(block_id).title if pack is not None and pack.has(block_id) else block_id
    return f"“{title}”"


def _ask_first(share: float) -> str:
    if share >= 1:
        return tr(
            "Shorten the ask first: with the meeting details it takes more than the whole page."
        )
    text = tr("Shorten the ask first: with the meeting details it takes {share} of the page.")
    return text.format(share=f"{share:.0%}")


def cut_text(error: FitError, pack: Pack | None = None, *, rich: bool = False) -> str:
    """The advice as sentences: plain text, or rich text (escaped) for a label."""
    advice = cut_advice(error)
    esc = escape if rich else str
    titles = ", ".join(esc(_title(b, pack)) for b in advice.points)
    count = len(advice.points)
    sentences: list[str] = []
    if advice.ask_first:
        sentences.append(esc(_ask_first(advice.share)))
        if count:
            leave = tr("Or leave out these %n point(s) to fit: {points}.", None, count)
            sentences.append(esc(leave).replace("{points}", titles))
    elif count:
        leave = tr("Leave out these %n point(s) to fit: {points}.", None, count)
        sentences.append(esc(leave).replace("{points}", titles))
        sentences.append(esc(tr("Or shorten your text for them.", None, count)))
    else:
        message = in_words(core_text(advice.message), pack)
        sentences.append(esc(message[:1].upper() + message[1:].rstrip(".") + "."))
    return " ".join(sentences)


def banner_text(error: FitError, pack: Pack | None = None) -> str:
    """The preview indicator's rich text: "Too long:" in bold, then the advice."""
    too_long = tr("Too long:")
    return f"<b>{escape(too_long)}</b> {cut_text(error, pack, rich=True)}"


__all__ = ["banner_text", "cut_text"]
