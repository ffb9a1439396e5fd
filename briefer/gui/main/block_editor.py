"""The selected talking point: its short and long text, which one the fit chose, and this meeting's
own wording (``brief.edits[block_id]``) with a visible "edited" state and a reset to the original.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from briefer.editing.build import Outcome
from briefer.editing.ops import chosen, with_edit
from briefer.gui.common.focus import show_text_focus
from briefer.gui.common.i18n import tr
from briefer.gui.main.document import Document
from briefer.gui.main.meeting_form import set_plain_text
from briefer.gui.packs.variants import audience_label, text_labels
from briefer.page.audience import AUDIENCES, audience_for
from briefer.page.brief import Brief
from briefer.page.content import KIND_LABELS, LONG_WORDS, Block

BADGE = "QLabel#editedBadge { background:#fff4d6; color:#6b4e00; border:1px solid #e9cf7a;"
BADGE += " border-radius:8px; padding:1px 8px; font-weight:600; }"


def _text_label(accessible: str) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # a pack's text is plain: "<b>" shows as typed
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(accessible)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label


class BlockEditor(QWidget):
    keep_requested = Signal(str, str, str)  # block id, this meeting's text, "short"/"long"/"new"
    variant_requested = Signal(str, str)  # block id, audience: write its words in the pack editor

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.block_id: str | None = None
        self._variant: str | None = None
        self._updating = False
        self._brief_audience = audience_for(document.brief).id

        self.title = QLabel(tr("Select a talking point to see and edit its text."))
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.badge = QLabel(tr("Edited"))
        self.badge.setObjectName("editedBadge")
        self.badge.setStyleSheet(BADGE)
        self.badge.setAccessibleName(tr("This point uses your own text"))
        self.badge.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.audience_box = QComboBox()  # whose words are shown: the brief's audience at first
        self.audience_box.setObjectName("pointAudience")
        self.audience_box.setAccessibleName(tr("Words for the audience"))
        for audience in AUDIENCES:
            self.audience_box.addItem(audience_label(audience), audience)
        self.audience_box.setCurrentIndex(self.audience_box.findData(self._brief_audience))
        self.audience_box.activated.connect(lambda _row: self._show_texts())
        self.audience_caption = QLabel(tr("Words for:"))
        self.audience_caption.setBuddy(self.audience_box)
        self.audience_state = QLabel()
        self.audience_state.setObjectName("audienceState")
        self.audience_state.setWordWrap(True)
        self.variant_button = QPushButton()
        self.variant_button.setObjectName("writeVariant")
        self.variant_button.setToolTip(
            tr(
                "Write this point’s words for the audience in your own pack (opens the pack "
                "editor; nothing changes until you save)"
            )
        )
        self.variant_button.clicked.connect(self._write_variant)
        self.claim = _text_label(tr("The claim"))
        self.claim.setTextFormat(Qt.TextFormat.RichText)
        self.short_caption = QLabel()
        self.short_text = _text_label(tr("Short text"))
        self.long_caption = QLabel()
        self.long_text = _text_label(tr("Long text"))

        self.edit = QPlainTextEdit()
        self.edit.setObjectName("blockEdit")
        show_text_focus(self.edit)
        self.edit.setTabChangesFocus(True)
        self.edit.setAccessibleName(tr("Your text for this meeting"))
        self.edit.setPlaceholderText(
            tr("Empty: the pack’s text is used. Type here to use your own words for this meeting.")
        )
        self.edit.setMinimumHeight(self.edit.fontMetrics().lineSpacing() * 4 + 14)
        self.edit.textChanged.connect(self._typed)
        self.words = QLabel()
        self.words.setWordWrap(True)  # on a narrow panel it wraps, never pushes the buttons out
        self.start_button = QPushButton(tr("Start from the pack’s text"))
        self.start_button.setToolTip(
            tr("Copy the long text into your text, to shorten or adapt it")
        )
        self.start_button.clicked.connect(self._start_from_pack)
        self.reset_button = QPushButton(tr("Reset to original"))
        self.reset_button.setToolTip(tr("Remove your text and use the pack’s again"))
        self.reset_button.clicked.connect(self.reset)
        # A push button with a menu: its size makes room for the menu's arrow beside the text (a
        # tool button's drew the arrow over the text's end), in every language.
        self.keep_button = QPushButton(tr("Keep in My Pack"))
        self.keep_button.setToolTip(
            tr(
                "Keep this wording for the next meetings: in your own pack, as this point’s short "
                "or long text or as a new point (opens the pack editor; nothing changes until you "
                "save)"
            )
        )
        keep_menu = QMenu(self.keep_button)
        for how, text in (
            ("long", tr("As This Point’s Long Text")),
            ("short", tr("As This Point’s Short Text")),
            ("new", tr("As a New Point")),
        ):
            action = keep_menu.addAction(text)
            action.triggered.connect(lambda _checked=False, how=how: self._keep(how))
        self.keep_button.setMenu(keep_menu)
        self.keep_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        buttons.addWidget(self.words, 1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.reset_button)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(heading)
        layout.addWidget(self.status)
        audience_row = QHBoxLayout()
        audience_row.addWidget(self.audience_caption)
        audience_row.addWidget(self.audience_box, 1)
        layout.addLayout(audience_row)
        layout.addWidget(self.audience_state)
        layout.addWidget(self.variant_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.claim)
        texts = QGridLayout()  # short and long side by side, to compare them
        texts.setContentsMargins(0, 4, 0, 4)
        texts.setHorizontalSpacing(16)
        texts.addWidget(self.short_caption, 0, 0)
        texts.addWidget(self.long_caption, 0, 1)
        texts.addWidget(self.short_text, 1, 0)
        texts.addWidget(self.long_text, 1, 1)
        texts.setColumnStretch(0, 2)
        texts.setColumnStretch(1, 3)
        layout.addLayout(texts)
        self.edit_caption = QLabel(tr("<b>Your text for this meeting</b>"))
        self.edit_caption.setBuddy(self.edit)
        caption_row = QHBoxLayout()  # the caption, and keeping the text beyond this meeting
        caption_row.addWidget(self.edit_caption, 1)
        caption_row.addWidget(self.keep_button)
        layout.addLayout(caption_row)
        layout.addWidget(self.edit, 1)
        layout.addLayout(buttons)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.details = [self.status, self.claim, self.short_caption, self.short_text]
        self.details += [self.audience_caption, self.audience_box, self.audience_state]
        self.details += [self.variant_button]
        self.details += [self.long_caption, self.long_text, self.edit_caption, self.edit]
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop: it scrolls to the field
        self.details += [self.words, self.start_button, self.reset_button, self.keep_button]
        document.changed.connect(self._refresh)
        self.show_block(None)

    def tab_stops(self) -> list[QWidget]:
        """Its fields and buttons in the order they are on screen, for Tab."""
        stops: list[QWidget] = [self.audience_box, self.variant_button, self.keep_button]
        return [*stops, self.edit, self.start_button, self.reset_button]

    def _block(self, block_id: str) -> Block:
        """The point in the words of the brief's audience, as the page prints it."""
        brief = self.document.brief
        return self.document.pack.block(block_id, audience_for(brief).id)

    def show_block(self, block_id: str | None) -> None:
        self.block_id = block_id
        self._variant = None
        for widget in self.details:
            widget.setVisible(block_id is not None)
        if block_id is None:
            self.title.setText(tr("Select a talking point to see and edit its text."))
            self.badge.hide()
            return
        self._show_texts()

    def show_outcome(self, outcome: Outcome) -> None:
        """Mark the text the fit chose for the selected point."""
        plan = outcome.plan
        self._variant = plan.variants.get(self.block_id) if plan and self.block_id else None
        if self.block_id is not None:
            self._refresh(self.document.brief)

    def _refresh(self, brief: Brief) -> None:
        if self.block_id is None:
            return
        audience = audience_for(brief).id
        if audience != self._brief_audience:  # the brief's audience changed: show its words
            self._brief_audience = audience
            self.audience_box.setCurrentIndex(self.audience_box.findData(audience))
        block = self._shown_block()
        self._show_texts(refresh=False)  # the pack may have changed (saved in the pack editor)
        edit = brief.edits.get(self.block_id, "")
        is_chosen = self.block_id in chosen(brief, self.document.pack)
        used = None if edit or not is_chosen else self._variant
        if self.audience != self._brief_audience:
            used = None  # another audience's words: not the page's
        labels = text_labels(block.kind)
        for caption, name, variant, words in (
            (self.short_caption, labels["short"], "short", len(block.short.split())),
            (self.long_caption, labels["long"], "long", len(block.long.split())),
        ):
            on_page = tr("on the page")
            mark = f" — <span style='color:#14532d'>{on_page}</span>" if used == variant else ""
            count = tr("%n word(s)", None, words)
            caption.setText(f"<b>{name}</b> ({count}){mark}")
        kind = tr(KIND_LABELS[block.kind].removesuffix("s"))
        where = tr("On the page") if is_chosen else tr("Not chosen")
        state = tr("your text is used") if edit else ""
        if not edit and used == "short":
            state = tr("the fit uses the short text")
        elif not edit and used == "long":
            state = tr("the fit uses the long text")
        self.status.setText(f"{kind} · {where}" + (f" · {state}" if state and is_chosen else ""))
        self.badge.setVisible(bool(edit))
        self.reset_button.setEnabled(bool(edit))
        self.keep_button.setEnabled(bool(edit.strip()))
        self.start_button.setEnabled(not edit)
        count = len(edit.split())
        limit = tr("%n word(s) (the pack’s long texts keep to {limit})", None, count).format(
            limit=LONG_WORDS
        )
        self.words.setText(limit if edit else "")
        if self.edit.toPlainText() != edit:
            self._updating = True
            try:
                set_plain_text(self.edit, edit)
            finally:
                self._updating = False

    @property
    def audience(self) -> str:
        """The audience whose words the editor shows."""
        return str(self.audience_box.currentData())

    def _shown_block(self) -> Block:
        return self.document.pack.block(self.block_id or "", self.audience)

    def _show_texts(self, *, refresh: bool = True) -> None:
        """The point in the words of the chosen audience, and whether it has words of its own
        for it or uses its default text."""
        if self.block_id is None:
            return
        block = self._shown_block()
        labels = text_labels(block.kind)
        self.title.setText(block.title)
        self.claim.setVisible(bool(block.claim))
        claim = escape(block.claim or "")
        self.claim.setText(f"<b>{escape(labels['claim'])}:</b> “{claim}”" if block.claim else "")
        self.short_text.setText(block.short)
        self.long_text.setText(block.long)
        name = audience_label(self.audience)
        own = self.audience in self.document.pack.block(self.block_id).variants
        self.audience_state.setText(
            tr("Its own words for {audience}.").format(audience=name)
            if own
            else tr("Uses the default text for {audience}.").format(audience=name)
        )
        self.variant_button.setText(
            (tr("Edit Words for {audience}…") if own else tr("Write Words for {audience}…")).format(
                audience=name
            )
        )
        if refresh:
            self._refresh(self.document.brief)

    def _write_variant(self) -> None:
        if self.block_id is not None:
            self.variant_requested.emit(self.block_id, self.audience)

    def _typed(self) -> None:
        if self._updating or self.block_id is None:
            return
        title = self._block(self.block_id).title
        brief = with_edit(self.document.brief, self.block_id, self.edit.toPlainText())
        self.document.apply(
            brief,
            tr("Edit text of “{title}”").format(title=title),
            merge_key=f"edit:{self.block_id}",
        )

    def _start_from_pack(self) -> None:
        if self.block_id is None:
            return
        block = self._block(self.block_id)
        brief = with_edit(self.document.brief, self.block_id, block.long)
        self.document.apply(brief, tr("Edit text of “{title}”").format(title=block.title))
        self.edit.setFocus()

    def _keep(self, how: str) -> None:
        if self.block_id is None:
            return
        text = self.document.brief.edits.get(self.block_id, "")
        if text.strip():
            self.keep_requested.emit(self.block_id, text, how)

    def reset(self) -> None:
        """Back to the pack's text for the selected point."""
        if self.block_id is None:
            return
        title = self._block(self.block_id).title
        self.document.apply(
            with_edit(self.document.brief, self.block_id, ""),
            tr("Reset “{title}”").format(title=title),
        )
