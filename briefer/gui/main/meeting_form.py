"""The meeting form (legislator, meeting, the ask) and the sender form.

Each widget is bound to one field of the brief. A user edit becomes an undoable change of that field
(consecutive typing merges into one step); a new brief (undo, open) is shown field by field, and a
widget is only touched when what it shows differs from the brief, so the cursor stays put.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from briefer.editing.ops import (
    FIELD_LABELS,
    get_field,
    with_field,
    with_logo_for,
    with_member,
    with_why_left_out,
)
from briefer.gui.common.date_field import DateField
from briefer.gui.common.focus import follow_focus, show_text_focus
from briefer.gui.common.i18n import tr
from briefer.gui.directory.legislator_field import LegislatorLookup
from briefer.gui.directory.legislators import Legislators
from briefer.gui.main.ask_field import AskNote, set_placeholder, shown_ask
from briefer.gui.main.document import Document
from briefer.gui.main.logo_picker import LogoPicker
from briefer.legislators.model import Legislator
from briefer.page.brief import Brief, Sender
from briefer.page.office import why_line

SHORT = 200  # the longest text a Short field takes (briefer.support.validation)
TITLES = ["Senator", "Representative", "Delegate", "Member of the European Parliament", "MP"]
CHAMBERS = ["Senate", "House", "European Parliament", "Parliament"]
PARTIES = ["Democrat", "Republican", "Independent"]


def parse_committees(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


class _BoundForm(QWidget):
    """Widgets bound to fields of the document's brief."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.fields: dict[str, QWidget] = {}
        self._bindings: dict[str, tuple[Callable[[], Any], Callable[[Any], None]]] = {}
        self._shown: dict[str, Callable[[Brief], Any]] = {}  # a field shown as it prints
        self._updating = False
        document.changed.connect(self.show_brief)

    # --- making bound widgets -------------------------------------------------------------------
    def _bind(self, field: str, widget: QWidget, read: Callable[[], Any], write: Callable) -> None:
        self.fields[field] = widget
        self._bindings[field] = (read, write)
        widget.setObjectName(field.replace(".", "_"))

    def line(self, field: str, label: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(SHORT)
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(label)
        edit.setClearButtonEnabled(True)
        edit.textEdited.connect(lambda text: self.edited(field, text))
        self._bind(field, edit, edit.text, lambda text: set_line_text(edit, text))
        return edit

    def combo(self, field: str, label: str, items: list[str], placeholder: str = "") -> QComboBox:
        box = QComboBox()
        box.setEditable(True)
        box.addItems(items)
        box.setCurrentIndex(-1)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(6)
        box.lineEdit().setMaxLength(SHORT)
        box.lineEdit().setPlaceholderText(placeholder)
        box.setAccessibleName(label)
        box.currentTextChanged.connect(lambda text: self.edited(field, text))
        self._bind(field, box, box.currentText, box.setCurrentText)
        return box

    def text_box(self, field: str, label: str, placeholder: str, lines: int = 3) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setTabChangesFocus(True)
        box.setPlaceholderText(placeholder)
        box.setAccessibleName(label)
        box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
        box.textChanged.connect(lambda: self.edited(field, box.toPlainText()))
        self._bind(field, box, box.toPlainText, lambda text: set_plain_text(box, text or ""))
        show_text_focus(box)  # named by _bind
        return box

    # --- edits and updates ----------------------------------------------------------------------
    def edited(self, field: str, value: Any, *, merge: bool = True) -> None:
        """A user edit; ``merge``: typing, merged with the last edit of the field into one step
        (a date read once the field is left is a step of its own)."""
        if self._updating:
            return
        brief = self.document.brief
        self.document.apply(
            with_field(brief, field, value),
            tr("Edit {field}").format(field=FIELD_LABELS[field]),
            merge_key=field if merge else None,
        )

    def show_brief(self, brief: Brief) -> None:
        self._updating = True
        try:
            for field, (read, write) in self._bindings.items():
                shown = self._shown.get(field)
                value = shown(brief) if shown else get_field(brief, field)
                if read() != value:
                    write(value)
        finally:
            self._updating = False


def set_line_text(edit: QLineEdit, text: str) -> None:
    """Show a value filled in (from the directory, a file, undo) from its start: Qt leaves a
    line scrolled to its end, so a long committee list showed "…mittee on Small Business"."""
    edit.setText(text)
    if not edit.hasFocus():
        edit.setCursorPosition(0)


def set_plain_text(box: QPlainTextEdit, text: str) -> None:
    """Replace the text, keeping the cursor where it was as far as the new text allows."""
    position = box.textCursor().position()
    box.setPlainText(text)
    cursor = box.textCursor()
    cursor.setPosition(min(position, len(text)))
    box.setTextCursor(cursor)


def _row(*parts: tuple[str, QWidget]) -> QWidget:
    """Several labelled widgets on one form row; the first label belongs to the form."""
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for index, (label, widget) in enumerate(parts):
        if index:
            caption = QLabel(label)
            caption.setBuddy(widget)
            layout.addSpacing(6)
            layout.addWidget(caption)
        widget.setMinimumWidth(70)
        layout.addWidget(widget, 1)
    return holder


def _form(title: str, name: str) -> tuple[QGroupBox, QFormLayout]:
    """A titled group named ``name`` (a stable key: parts placed beside it find it in any
    language)."""
    group = QGroupBox(title)
    group.setObjectName(name)
    form = QFormLayout(group)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return group, form


def _scrolling(*groups: QWidget, note: str = "") -> QScrollArea:
    content = QWidget()
    layout = QVBoxLayout(content)
    layout.setContentsMargins(10, 10, 10, 10)
    layout.setSpacing(10)
    if note:
        label = QLabel(note)
        label.setWordWrap(True)
        label.setForegroundRole(label.foregroundRole().PlaceholderText)
        layout.addWidget(label)
    for group in groups:
        layout.addWidget(group)
    layout.addStretch(1)
    scroll = QScrollArea()
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop: it scrolls to the focused field
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(content)
    follow_focus(scroll)
    return scroll


class MeetingForm(_BoundForm):
    """Who the meeting is with, when and where, and what we ask."""

    def __init__(
        self,
        document: Document,
        legislators: Legislators | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(document, parent)
        who, who_form = _form(tr("Legislator"), "legislatorGroup")
        legislator = self.line("meeting.legislator", tr("Legislator"), tr("e.g. Jeanne Shaheen"))
        self.lookup = LegislatorLookup(legislator, legislators or Legislators(self))
        self.lookup.chosen.connect(self.fill_member)
        who_form.addRow(tr("Name:"), legislator)
        who_form.addRow("", self.lookup.hint)  # no label: a hidden hint takes no room
        title = self.combo("meeting.title", tr("Title"), TITLES, tr("e.g. Senator"))
        chamber = self.combo("meeting.chamber", tr("Chamber"), CHAMBERS, tr("e.g. Senate"))
        who_form.addRow(tr("Title:"), _row((tr("Title"), title), (tr("Chamber:"), chamber)))
        state = self.line("meeting.state", tr("State"), tr("e.g. NH"))
        district = self.line("meeting.district", tr("District"), tr("e.g. 12"))
        party = self.combo("meeting.party", tr("Party"), PARTIES)
        who_form.addRow(
            tr("State:"),
            _row((tr("State"), state), (tr("District:"), district), (tr("Party:"), party)),
        )
        committees = self.line(
            "meeting.committees",
            tr("Committees"),
            tr("Comma-separated, e.g. Foreign Relations, Banking"),
        )
        self._bindings["meeting.committees"] = (
            lambda: parse_committees(committees.text()),
            lambda value: set_line_text(committees, ", ".join(value)),
        )
        committees.textEdited.disconnect()
        committees.textEdited.connect(
            lambda text: self.edited("meeting.committees", parse_committees(text))
        )
        who_form.addRow(tr("Committees:"), committees)

        when, when_form = _form(tr("Meeting"), "meetingGroup")
        staffer = self.line("meeting.staffer", tr("Staffer"), tr("Whom you meet: their name"))
        role = self.line("meeting.staffer_role", tr("Staffer's role"), tr("e.g. foreign policy LA"))
        when_form.addRow(tr("Staffer:"), _row((tr("Staffer"), staffer), (tr("Role:"), role)))
        when_form.addRow(tr("Date:"), self._date_field())
        when_form.addRow(tr("Time:"), self.line("meeting.time", tr("Time"), tr("e.g. 10:30")))
        when_form.addRow(
            tr("Location:"), self.line("meeting.location", tr("Location"), tr("e.g. Russell 506"))
        )

        ask, ask_form = _form(tr("The ask"), "askGroup")
        self.ask = self.text_box(
            "ask", tr("The ask"), tr("One explicit sentence: what you ask this office to do")
        )
        # shown as it prints: the audience's ask while the brief's is left as the pack's
        self._shown["ask"] = lambda brief: shown_ask(self.document.pack, brief)
        document.replaced.connect(self.show_brief)  # another pack: its ask
        self.ask_note = AskNote()
        ask_form.addRow(tr("Ask:"), _stacked(self.ask, self.ask_note))
        ask_form.addRow(
            tr("Bill:"), self.line("bill", tr("Bill"), tr("e.g. S. 1234 (if there is one)"))
        )
        ask_form.addRow(
            tr("Bill title:"),
            self.line("bill_title", tr("Bill title"), tr("e.g. Belarus Democracy Act")),
        )
        self.why = self.text_box(
            "why", tr("Why this office"), tr("Empty: the line built from the committees"), 2
        )
        self.why_off = QCheckBox(tr("Leave out this line"))
        self.why_off.setObjectName("why_off")
        self.why_off.setAccessibleName(tr("Leave out why this office"))
        self.why_off.setToolTip(tr("Print no line on why this office matters to the ask"))
        self.why_off.toggled.connect(self._leave_out_why)
        ask_form.addRow(tr("Why this office:"), _stacked(self.why, self.why_off))
        qr = self.line("qr", tr("QR code address"), tr("https://… printed as a QR code (optional)"))
        ask_form.addRow(tr("QR code:"), qr)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_scrolling(who, when, ask))
        self.show_brief(document.brief)

    def show_brief(self, brief: Brief) -> None:
        super().show_brief(brief)
        if hasattr(self, "ask_note"):
            self.ask_note.show_for(self.document.pack, brief)
        if hasattr(self, "why"):  # empty: the page prints the line built for this member
            built = why_line(brief.model_copy(update={"why": None}))
            set_placeholder(self.why, built or tr("Empty: the line built from the committees"))
            self._updating = True
            try:
                self.why_off.setChecked(brief.why == "")  # "" in the brief: left out
            finally:
                self._updating = False
            self.why.setEnabled(brief.why != "")

    def _leave_out_why(self, off: bool) -> None:
        if self._updating:
            return
        self.document.apply(
            with_why_left_out(self.document.brief, off),
            tr("Leave out why this office") if off else tr("Print why this office"),
        )

    def fill_member(self, member: Legislator) -> None:
        """The member chosen from the directory: their details, as one undoable step."""
        brief = self.document.brief
        self.document.apply(
            with_member(brief, member), tr("Fill in {name}").format(name=member.name)
        )

    def _date_field(self) -> DateField:
        """The meeting's date, typed ("Dec 3, 2026", "2026-12-03") or picked; empty: no date."""
        self.date = DateField(tr("Date"))
        self.date.edited.connect(lambda value: self.edited("meeting.date", value, merge=False))
        self._bind("meeting.date", self.date, self.date.date, self.date.set_date)
        return self.date


class SenderForm(_BoundForm):
    """Who we are: remembered on this computer and used for every new brief."""

    sender_edited = Signal(object)  # Sender, after the user changed a field

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        group, form = _form(tr("Sender"), "senderGroup")
        for field, label, hint in (
            ("organization", tr("Organisation"), tr("e.g. Belarus Freedom Forum")),
            ("name", tr("Name"), tr("Shown in the footer and as the author")),
            ("email", tr("Email"), "name@example.org"),
            ("phone", tr("Phone"), "+1 202 555 0100"),
            ("website", tr("Website"), "example.org"),
            ("about", tr("About us"), tr("Who you are, in one line")),
            ("register_id", tr("Register id"), tr("EU Transparency Register id, for EU meetings")),
        ):
            caption = tr("{label}:").format(label=label)
            form.addRow(caption, self.line(f"sender.{field}", label, hint))
        self.logo = LogoPicker(self._logo_chosen, self)
        self._bind("sender.logo", self.logo, lambda: self.logo._path, self._show_logo)
        form.addRow(tr("Logo:"), self.logo)
        self.logo_light = LogoPicker(
            lambda path: self._logo_chosen(path, "sender.logo_light"), self, light=True
        )
        self._bind(
            "sender.logo_light",
            self.logo_light,
            lambda: self.logo_light._path,
            lambda path: self.logo_light.show_logo(path, self.document.brief.file),
        )
        form.addRow(tr("Light logo:"), self.logo_light)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        note = tr("Your details are remembered on this computer and filled in for every new brief.")
        layout.addWidget(_scrolling(group, note=note))
        self.show_brief(document.brief)

    def edited(self, field: str, value: Any, *, merge: bool = True) -> None:
        if self._updating:
            return
        super().edited(field, value, merge=merge)
        # remembered for new briefs, which have no folder: the logo by its full path
        self.sender_edited.emit(with_logo_for(self.document.brief, None).sender)

    def _logo_chosen(self, path: str, field: str = "sender.logo") -> None:
        """A logo (or light logo) the user chose (or removed): theirs to use, wherever it is."""
        if path:
            self.document.allow_outside(field, path)
        self.edited(field, path)

    def show_brief(self, brief: Brief) -> None:
        if brief.file != self.logo._brief_file:  # another folder: the same name, another file
            self.logo.show_logo(brief.sender.logo, brief.file)
            self.logo_light.show_logo(brief.sender.logo_light, brief.file)
        super().show_brief(brief)

    def _show_logo(self, path: str) -> None:
        self.logo.show_logo(path, self.document.brief.file)

    @property
    def sender(self) -> Sender:
        return self.document.brief.sender


def _stacked(*widgets: QWidget) -> QWidget:
    """Widgets one under the other, close together, as one row of a form (a field and its note)."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    for widget in widgets:
        layout.addWidget(widget)
    return box
