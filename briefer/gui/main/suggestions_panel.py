"""Suggested for this office: above the talking points, the points worth stressing for the
meeting's member (found in the directory by name or id) and for the committees on the Meeting tab,
each with its reason and the committee area that brought it ("Foreign affairs").

"Apply suggestions" makes the choice of points the suggested ones plus the pack's opening framing
(``suggested_blocks``, as the command line and lobby day do), in one undoable step. With nothing
to suggest the panel shows a one-line hint instead.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefer.editing.ops import chosen, with_blocks
from briefer.gui.common.focus import show_focus
from briefer.gui.common.i18n import QT_TR_NOOP, tr
from briefer.gui.common.settings import Settings
from briefer.gui.directory.legislators import Legislators, office_suggestions
from briefer.gui.main.document import Document
from briefer.legislators.model import Legislator
from briefer.legislators.suggest import Suggestion, suggested_blocks
from briefer.page.brief import Brief

HINT = QT_TR_NOOP(
    "Name a legislator on the Meeting tab, or their committees, to see the points that fit."
)
NOT_FOUND = QT_TR_NOOP(
    "No suggestions for “{name}”: the name is not in the legislator list. Pick the member "
    "from the list on the Meeting tab, or type their committees there."
)
NO_DIRECTORY = QT_TR_NOOP(
    "No suggestions yet: import legislators (File menu), or type the member’s committees on the "
    "Meeting tab."
)
NO_MATCH_MEMBER = QT_TR_NOOP(
    "No suggestions: none of the member’s committees match a topic of this pack."
)
NO_MATCH_LISTED = QT_TR_NOOP(
    "No suggestions: none of the listed committees match a topic of this pack."
)
LEGEND = QT_TR_NOOP(
    "✓ on the page now. Apply puts these and the framing in place of the current choice."
)
ON = "✓"
OFF = "+"
MAX_LINES = 10  # the list scrolls beyond this, so the talking points keep their room


class SuggestionsPanel(QFrame):
    notice = Signal(str)  # a short message for the status bar

    def __init__(
        self,
        document: Document,
        legislators: Legislators,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("suggestionsPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.document = document
        self.legislators = legislators
        self.settings = settings
        self.member: Legislator | None = None
        self.suggestions: list[Suggestion] = []
        self._shown: tuple[object, ...] | None = None

        self.opened = settings.suggestions_open
        self.toggle = QToolButton()
        self.toggle.setObjectName("suggestionsToggle")
        self.toggle.setText(tr("Suggested for this office"))
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setAutoRaise(True)
        self.toggle.clicked.connect(lambda: self.set_opened(not self.opened))
        font = self.toggle.font()
        font.setBold(True)
        self.toggle.setFont(font)
        self.summary = QLabel()
        self.summary.setObjectName("suggestionsSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)  # under the heading: "7 points for Senator …", whole
        self.apply_button = QPushButton(tr("Apply suggestions"))
        self.apply_button.setObjectName("applySuggestions")
        self.apply_button.clicked.connect(self.apply)

        self.items = QLabel()
        self.items.setObjectName("suggestionsList")
        self.items.setWordWrap(True)
        self.items.setTextFormat(Qt.TextFormat.RichText)
        self.items.setAccessibleName(tr("Suggested points and why"))
        self.items.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.items.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.items)
        show_focus(self.scroll, "suggestionsScroll")  # a Tab stop (arrows scroll it): seen
        self.scroll.viewport().setAutoFillBackground(False)
        self.items.setAutoFillBackground(False)
        self.legend = QLabel(tr(LEGEND))
        self.legend.setWordWrap(True)
        self.legend.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.hint = QLabel()
        self.hint.setObjectName("suggestionsHint")
        self.hint.setWordWrap(True)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.toggle)
        header.addStretch(1)
        header.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 8, 6)
        layout.setSpacing(2)
        layout.addLayout(header)
        layout.addWidget(self.summary)
        layout.addWidget(self.scroll)
        layout.addWidget(self.legend)
        layout.addWidget(self.hint)

        document.changed.connect(self.refresh)
        document.replaced.connect(self.refresh)
        legislators.changed.connect(lambda _directory: self.refresh())
        self.refresh()

    # --- showing --------------------------------------------------------------------------------
    def refresh(self, _brief: Brief | None = None) -> None:
        brief, pack = self.document.brief, self.document.pack
        self.member, self.suggestions = office_suggestions(brief, pack, self.legislators.directory)
        on = set(chosen(brief, pack))
        wanted = suggested_blocks(pack, self.suggestions) if self.suggestions else []
        state = (self.member, tuple(self.suggestions), frozenset(on), self.opened)
        state += (brief.meeting.legislator, brief.meeting.title)
        if state == self._shown:
            return
        self._shown = state
        opened = self.opened
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if opened else Qt.ArrowType.RightArrow)
        self.toggle.setAccessibleName(
            tr("Hide the suggested points") if opened else tr("Show the suggested points")
        )
        if not self.suggestions:
            self.summary.setText("")
            self.summary.hide()
            self.apply_button.hide()
            self.scroll.hide()
            self.legend.hide()
            self.hint.setText(self._hint(brief))
            self.hint.setVisible(opened)
            return
        self.hint.hide()
        self.apply_button.show()
        applied = set(wanted) == on
        self.apply_button.setEnabled(not applied)
        self.apply_button.setToolTip(
            tr("These points are on the page")
            if applied
            else tr(
                "Choose the suggested points and the opening framing instead of the current "
                "choice (Undo brings it back)"
            )
        )
        areas = list(dict.fromkeys(s.because for s in self.suggestions))
        count = len(self.suggestions)
        self.summary.setText(tr("%n point(s) for {who}", None, count).format(who=self._who(brief)))
        self.summary.show()
        self.summary.setToolTip(tr("From: ") + ", ".join(areas))
        self.items.setText(self._list_html(on))
        self.scroll.setVisible(opened)
        self.legend.setVisible(opened)
        self._fit_list()

    def _fit_list(self) -> None:
        """The list as tall as its text, up to MAX_LINES lines; beyond that it scrolls."""
        width = self.scroll.viewport().width() or self.width()
        needed = self.items.heightForWidth(max(width, 200))
        cap = self.items.fontMetrics().lineSpacing() * MAX_LINES + 8
        self.scroll.setFixedHeight(min(needed, cap) if needed > 0 else cap)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.scroll.isVisible():
            self._fit_list()

    def _who(self, brief: Brief) -> str:
        m = brief.meeting
        if self.member is not None:
            return " ".join(
                part for part in (m.title or self.member.title, self.member.name) if part
            )
        return tr("the committees on the Meeting tab")

    def _hint(self, brief: Brief) -> str:
        name = brief.meeting.legislator.strip()
        if self.member is not None:
            return tr(NO_MATCH_MEMBER)
        if brief.meeting.committees:
            return tr(NO_MATCH_LISTED)
        if name and self.legislators.directory is not None:
            return tr(NOT_FOUND).format(name=name)
        if name:
            return tr(NO_DIRECTORY)
        return tr(HINT)

    def _list_html(self, on: set[str]) -> str:
        pack = self.document.pack
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        rows = []
        for s in self.suggestions:
            mark = ON if s.block in on else OFF
            title = pack.block(s.block).title if pack.has(s.block) else s.block
            rows.append(
                f"<tr><td width='18' align='center'>{mark}</td>"
                f"<td><b>{escape(title)}</b> <span style='color:{muted}'>· "
                f"{escape(s.because)}</span><br>{escape(s.reason)}</td></tr>"
            )
        return "<table cellspacing='0' cellpadding='2'>" + "".join(rows) + "</table>"

    def set_opened(self, opened: bool) -> None:
        """Show or fold away the list (remembered on this computer)."""
        self.opened = opened
        self.settings.suggestions_open = opened
        self.refresh()

    # --- the action -----------------------------------------------------------------------------
    def apply(self) -> None:
        brief, pack = self.document.brief, self.document.pack
        if not self.suggestions:
            return
        blocks = suggested_blocks(pack, self.suggestions)
        who = self.member.name if self.member is not None else tr("these committees")
        self.document.apply(
            with_blocks(brief, blocks), tr("Apply suggestions for {who}").format(who=who)
        )
        self.notice.emit(
            tr("Chose %n point(s) suggested for {who}.", None, len(blocks)).format(who=who)
        )
