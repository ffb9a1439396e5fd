"""The ask as the page prints it, in the Ask field: a brief that leaves its ask as the pack's
prints the pack's ask for the meeting's audience, so the field shows that sentence, with a note
that it follows the audience (editing it makes it the brief's own)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from briefer.gui.common.i18n import tr
from briefer.gui.main.pickers import paper_of
from briefer.page.audience import audience_for
from briefer.page.brief import Brief
from briefer.page.content import Pack
from briefer.page.office import follows_audience, printed_ask


def shown_ask(pack: Pack, brief: Brief) -> str:
    """The ask as the page prints it: the brief's own, or — left as the pack's ask — the pack's
    ask for the meeting's audience, in the page's language. The brief's own text while it is
    what prints (a space just typed stays)."""
    printed = printed_ask(pack, brief, paper_of(brief))
    return brief.ask if brief.ask.strip() == printed else printed


class AskNote(QLabel):
    """ "Follows the audience: …" under the Ask field, while the brief's ask is the pack's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("askNote")
        self.setWordWrap(True)
        self.setForegroundRole(self.foregroundRole().PlaceholderText)
        self.hide()

    def show_for(self, pack: Pack, brief: Brief) -> None:
        following = follows_audience(pack, brief)
        if following:
            audience = audience_for(brief, paper_of(brief))  # named as the pack editor does
            text = tr(
                "Follows the audience: the pack's ask for {audience}, as the page prints it."
                " Edit it to write your own."
            )
            self.setText(text.format(audience=tr(audience.label)))
        self.setVisible(following)


def set_placeholder(box: QPlainTextEdit, text: str) -> None:
    """A new placeholder, painted whole: Qt repaints a plain text box only when its placeholder
    appears or goes, so a changed one kept lines of the old one under the new."""
    if box.placeholderText() != text:
        box.setPlaceholderText(text)
        box.viewport().update()
