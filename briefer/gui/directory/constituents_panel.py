"""The Meeting tab's "Constituents attending": who comes from the member's state or district.

A small table (name, town, ZIP) bound to the brief's ``constituents``; each row says whether the
ZIP data confirms the person as a constituent of this member ("may be" when their ZIP spans
districts, never more). "Add me" adds the advocate with the ZIP from the Sender tab. A meeting
with no constituent attending is pointed out, gently: offices weigh their own constituents most.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefer.gui.common.dates import one_stop, plain_date
from briefer.gui.common.focus import show_focus
from briefer.gui.common.i18n import QT_TR_NOOP, tr
from briefer.gui.directory.legislator_field import WrappedLabel
from briefer.gui.directory.legislators import Legislators, meeting_member
from briefer.gui.main.document import Document
from briefer.legislators.constituents import (
    Checked,
    Person,
    chamber_of,
    describe,
    join_words,
    state_seat,
)
from briefer.legislators.states import seat_label
from briefer.legislators.zips import normalize_zip
from briefer.page.brief import Brief, Constituent
from briefer.support.errors import BrieferError

COLUMNS = (
    QT_TR_NOOP("Name"),
    QT_TR_NOOP("Town"),
    QT_TR_NOOP("ZIP"),
    QT_TR_NOOP("Checked"),
    QT_TR_NOOP("Confirmed"),
)
STATUS_COLOURS = {"yes": "#1b6e34", "maybe": "#8a5a00", "no": "#6b6b6b", "bad": "#b00020"}
NAME, TOWN, ZIP, STATUS, CONFIRMED = range(5)  # Confirmed: shown for a state legislator
SHORT = 200  # the longest text a Short field takes (briefer.support.validation)


def with_constituents(brief: Brief, people: list[Constituent]) -> Brief:
    return brief.model_copy(update={"constituents": list(people)})


class ConstituentsPanel(QGroupBox):
    """The attending constituents of the open brief's meeting, editable."""

    add_me_requested = Signal()

    def __init__(
        self, document: Document, legislators: Legislators, parent: QWidget | None = None
    ) -> None:
        super().__init__(tr("Constituents attending"), parent)
        self.document = document
        self.legislators = legislators
        self._updating = False
        self.me: Constituent | None = None  # the advocate, when name and ZIP are known

        self.table = QTableWidget(0, len(COLUMNS))
        show_focus(self.table, "constituents")
        self.table.setAccessibleName(tr("Constituents attending"))
        self.table.setHorizontalHeaderLabels([tr(column) for column in COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TOWN, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ZIP, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CONFIRMED, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnHidden(CONFIRMED, True)
        self.table.setColumnWidth(TOWN, 120)
        self.table.itemChanged.connect(self._item_changed)
        self.table.model().rowsInserted.connect(self._fit_height)
        self.table.model().rowsRemoved.connect(self._fit_height)
        self._fit_height()

        self.add_button = QPushButton(tr("&Add Person"))
        self.add_button.clicked.connect(self.add_row)
        self.me_button = QPushButton(tr("Add M&yself"))
        self.me_button.setToolTip(tr("Add yourself, with the ZIP from the Sender tab"))
        self.me_button.clicked.connect(self.add_me)
        self.remove_button = QPushButton(tr("&Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.me_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)

        self.note = WrappedLabel()
        self.note.setObjectName("constituents_note")
        self.note.setWordWrap(True)
        self.note.setFrameShape(QFrame.Shape.StyledPanel)
        self.note.setContentsMargins(8, 6, 8, 6)
        self.note.setStyleSheet(
            "#constituents_note { background: palette(alternate-base); border-radius: 4px; }"
        )
        self.dated = QLabel()
        self.dated.setObjectName("constituents_dated")
        self.dated.setWordWrap(True)
        self.dated.setForegroundRole(self.dated.foregroundRole().PlaceholderText)

        intro = WrappedLabel(
            tr(
                "Advocates at this meeting who live in the member’s state (for a representative, "
                "the district). The page names them as constituents only when the ZIP data agrees."
            )
        )
        intro.setWordWrap(True)
        intro.setForegroundRole(intro.foregroundRole().PlaceholderText)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        layout.addWidget(self.dated)

        document.changed.connect(self.show_brief)
        legislators.home_changed.connect(lambda: self.show_brief(self.document.brief))
        legislators.changed.connect(lambda _d: self.show_brief(self.document.brief))
        self.show_brief(document.brief)
        self._selection_changed()

    # --- showing --------------------------------------------------------------------------------
    def rows(self) -> list[tuple[str, str, str]]:
        """What the table holds: (name, town, ZIP) as typed."""
        out = []
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, column) for column in (NAME, TOWN, ZIP)]
            out.append(tuple(" ".join((c.text() if c else "").split()) for c in cells))
        return out  # type: ignore[return-value]

    def confirmed(self, row: int) -> bool:
        """Whether the row's Confirmed box is ticked (a state legislator's constituent)."""
        item = self.table.item(row, CONFIRMED)
        return item is not None and item.checkState() == Qt.CheckState.Checked

    def people(self) -> list[Constituent]:
        """The rows as the brief keeps them: named rows, with a ZIP only when it is valid."""
        out = []
        for row, (name, town, code) in enumerate(self.rows()):
            if name:  # as long as a brief's text field may be
                zip_code, sure = _valid_zip(code), self.confirmed(row)
                out.append(
                    Constituent(name=name[:SHORT], town=town[:SHORT], zip=zip_code, confirmed=sure)
                )
        return out

    def show_brief(self, brief: Brief) -> None:
        if self.people() != list(brief.constituents):
            self._updating = True
            try:
                self.table.setRowCount(0)
                for person in brief.constituents:
                    self._append(person.name, person.town, person.zip, person.confirmed)
            finally:
                self._updating = False
        self._show_checks(brief)

    def _fit_height(self) -> None:
        """As tall as its rows (two at least, eight at most), so the form does not sprawl."""
        rows = min(max(self.table.rowCount(), 2), 8)
        height = self.table.horizontalHeader().sizeHint().height()
        height += rows * self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(height + 2 * self.table.frameWidth() + 2)

    def _append(self, name: str, town: str, code: str, confirmed: bool = False) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in ((NAME, name), (TOWN, town), (ZIP, code)):
            self.table.setItem(row, column, QTableWidgetItem(text))
        status = QTableWidgetItem("")
        status.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.table.setItem(row, STATUS, status)
        sure = QTableWidgetItem("")
        sure.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        sure.setCheckState(Qt.CheckState.Checked if confirmed else Qt.CheckState.Unchecked)
        self.table.setItem(row, CONFIRMED, sure)
        return row

    def _show_checks(self, brief: Brief) -> None:
        member = meeting_member(brief, self.legislators.directory)
        seat = member if member is not None else brief.meeting
        zips = self.legislators.zips
        people = [Person(c.name, c.zip, c.town, c.confirmed) for c in brief.constituents]
        self.table.setColumnHidden(CONFIRMED, not state_seat(seat))  # type: ignore[arg-type]
        try:
            checked = describe(seat, people, zips).checked  # type: ignore[arg-type]
        except BrieferError:  # a damaged ZIP store: the rows show "not checked"
            checked = describe(seat, people, None).checked  # type: ignore[arg-type]
            zips = None
        by_name = iter(checked)
        self._updating = True
        try:
            for row, (name, _town, code) in enumerate(self.rows()):
                item = self.table.item(row, STATUS)
                if item is None:
                    continue
                status = ""
                if code and not _valid_zip(code):
                    text, status = tr("ZIP: {value}").format(value=_zip_problem(code)), "bad"
                elif name:
                    check = next(by_name)
                    text, status = status_text(check, seat, zips is not None), check.status
                else:
                    text = tr("Type the name")
                item.setText(text)
                item.setToolTip(text)
                item.setForeground(
                    QBrush(QColor(STATUS_COLOURS[status])) if status in STATUS_COLOURS else QBrush()
                )
        finally:
            self._updating = False
        self.note.setText(gentle_note(brief, seat, checked))
        self.note.setVisible(bool(self.note.text()))
        when = self.legislators.zips_date()
        self.dated.setText(
            one_stop(tr("Checked against the ZIP data of {v0}.").format(v0=plain_date(when)))
            if when
            else tr(
                "No ZIP data imported: the people are taken as given, not checked "
                "(File → Import Legislators, the ZIP-to-district file)."
            )
        )

    # --- editing --------------------------------------------------------------------------------
    def _item_changed(self, _item: QTableWidgetItem) -> None:
        if self._updating:
            return
        self._commit(tr("Edit constituents"))

    def _commit(self, label: str) -> None:
        brief = self.document.brief
        people = self.people()
        if people != list(brief.constituents):
            self.document.apply(with_constituents(brief, people), label)
        else:
            self._show_checks(brief)

    def add_row(self) -> None:
        row = self._append("", "", "")
        self.table.setCurrentCell(row, NAME)
        self.table.editItem(self.table.item(row, NAME))

    def add_me(self) -> None:
        """The advocate, from the Sender tab's name and ZIP."""
        if self.me is None:
            return
        if any(p.name == self.me.name for p in self.document.brief.constituents):
            return
        people = [*self.document.brief.constituents, self.me]
        self.document.apply(with_constituents(self.document.brief, people), tr("Add me"))

    def set_me(self, name: str, code: str) -> None:
        self.me = Constituent(name=name, zip=code) if name.strip() and code else None
        self.me_button.setEnabled(self.me is not None)
        self.me_button.setToolTip(
            tr("Add {name} ({code})").format(name=name, code=code)
            if self.me
            else tr("Fill in your name and your ZIP on the Sender tab to add yourself")
        )

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        if not rows:
            return
        self._updating = True
        for row in rows:
            self.table.removeRow(row)
        self._updating = False
        self._commit(tr("Remove constituents"))

    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectedIndexes()))


def _valid_zip(code: str) -> str:
    try:
        return normalize_zip(code) if code else ""
    except ValueError:
        return ""


def _zip_problem(code: str) -> str:
    try:
        normalize_zip(code)
    except ValueError as exc:
        return str(exc)
    return ""


def _place(seat: object) -> str:
    state = str(getattr(seat, "state", "") or "").upper()
    if state_seat(seat):  # type: ignore[arg-type]
        return seat_label(str(getattr(seat, "chamber", "")), state, str(seat.district))  # type: ignore[attr-defined]
    if chamber_of(seat) == "house" and state:  # type: ignore[arg-type]
        district = str(getattr(seat, "district", ""))
        return f"{state}-{'AL' if district == 'At-large' else district}"
    return state


def status_text(item: Checked, seat: object, have_data: bool) -> str:
    """One row's check, in words: 'Constituent (NH-2)', 'May be: ZIP spans NH-1 and NH-2'."""
    place = _place(seat)
    if item.status == "yes":
        return tr("✓ Constituent ({place})").format(place=place)
    if item.status == "maybe":
        codes = join_words([d.code() for d in item.districts])
        return tr("May be: the ZIP spans {codes}").format(codes=codes)
    if item.status == "no":
        by_state = chamber_of(seat) == "senate" or state_seat(seat)  # type: ignore[arg-type]
        if by_state or len({d.state for d in item.districts}) > 1:
            places = list(dict.fromkeys(d.state for d in item.districts))
        else:
            places = [d.code() for d in item.districts]
        where = " or ".join(places) or tr("another state")
        return tr("Lives in {where}: not a constituent").format(where=where)
    if state_seat(seat):  # type: ignore[arg-type]
        return tr("Confirm if they live in {place}").format(place=place)
    if not have_data:
        return tr("Not checked: no ZIP data")
    if not place or chamber_of(seat) is None:  # type: ignore[arg-type]
        return tr("Not checked: choose the legislator")
    if not item.person.zip:
        return tr("Not checked: no ZIP")
    return tr("Not checked: ZIP not in the data")


def gentle_note(brief: Brief, seat: object, checked: tuple[Checked, ...]) -> str:
    """A word when no constituent attends; nothing when someone does."""
    if not brief.meeting.legislator.strip():
        return ""
    if any(item.status in ("yes", "maybe", "unchecked") for item in checked):
        return ""
    place = _place(seat) or tr("the member’s state")
    name = brief.meeting.legislator.strip()
    if not checked:
        return tr(
            "No constituents listed for {name} yet. Offices give the most weight to the people "
            "they represent: if anyone coming lives in {place}, add them here and the page will "
            "say so."
        ).format(name=name, place=place)
    return tr(
        "No one listed lives in {place}, so the page calls no one a constituent. If someone from "
        "{place} can join, this meeting will carry more weight."
    ).format(place=place)
