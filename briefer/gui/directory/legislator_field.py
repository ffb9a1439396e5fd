"""Looking up the legislator as the user types: the meeting form's name field completes from the
imported directory, and choosing a member fills in their details.

The completer lists "Jeanne Shaheen — Senator, NH" for what ``Directory.find`` returns for the
text so far (a name in any case and with or without accents, a state "NH", a seat "CA-12"). It is
attached with ``setWidget`` rather than ``QLineEdit.setCompleter``, so browsing the list never
rewrites the field: only choosing a member does, through ``chosen``, as one undoable step that
the form makes. With no directory imported, the field is a plain line edit and a link under it
offers the import.

"Your members" come first: with the advocate's ZIP set (the Sender tab) and the ZIP data
imported, clicking into the empty field lists their two senators and their representative, and
those of them that match what is typed head the list.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QFont, QResizeEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QLabel, QLineEdit

from briefer.gui.common.dates import plain_date
from briefer.gui.common.i18n import QT_TR_NOOP, tr
from briefer.gui.directory.legislators import Legislators, member_label
from briefer.legislators.importing import credited
from briefer.legislators.model import Legislator
from briefer.legislators.store import Directory
from briefer.support.errors import BrieferError

ID_ROLE = Qt.ItemDataRole.UserRole + 1
MIN_CHARS = 2  # "NH" is a state; a single letter matches half the directory
LIMIT = 12
STEPS = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}  # in the list, stepping over its headings

PLACEHOLDER = QT_TR_NOOP("Type a name, a state (NH) or a seat (CA-12), then pick the member")
PLAIN_PLACEHOLDER = QT_TR_NOOP("e.g. Jeanne Shaheen")
NO_DIRECTORY = QT_TR_NOOP(
    "To fill in a member’s title, seat, party and committees from their name, "
    '<a href="import">import legislators…</a>'
)
DAMAGED = QT_TR_NOOP(
    'The legislator list could not be read. <a href="import">Import legislators…</a> again.'
)


class WrappedLabel(QLabel):
    """A word-wrapped label as tall as its text at its width: a form layout inside a scroll area
    asks only for the size hint, which QLabel works out for a narrower, taller label."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self.width() > 0:
            hint.setHeight(self.heightForWidth(self.width()))
        return hint

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Tab lands on the link itself: one stop, not the label and then its link."""
        super().focusInEvent(event)
        reason = event.reason()
        links = self.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        if links and reason in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            super().focusNextPrevChild(reason == Qt.FocusReason.TabFocusReason)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()


class LegislatorLookup(QObject):
    chosen = Signal(object)  # Legislator: the user picked this member from the list
    import_requested = Signal()

    def __init__(self, edit: QLineEdit, legislators: Legislators) -> None:
        super().__init__(edit)
        self.edit = edit
        self.legislators = legislators
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(LIMIT)
        self.completer.setWidget(edit)
        self.completer.activated[QModelIndex].connect(self._activated)
        self._popup_made = False  # the list is made when first shown: it costs a window at start
        edit.textEdited.connect(self.search)
        edit.editingFinished.connect(self._typed_in_full)
        edit.installEventFilter(self)

        self.hint = WrappedLabel()
        self.hint.setObjectName("legislatorHint")
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(tr("Import legislators"))
        self.hint.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.hint.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.hint.setForegroundRole(self.hint.foregroundRole().PlaceholderText)
        self.hint.linkActivated.connect(lambda _link: self.import_requested.emit())
        legislators.changed.connect(self._directory_changed)
        legislators.home_changed.connect(self.model.clear)
        self._directory_changed(legislators.directory)

    def _make_popup(self) -> None:
        if not self._popup_made:
            popup = self.completer.popup()
            popup.setAccessibleName(tr("Matching legislators"))
            popup.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            popup.installEventFilter(self)  # after the completer's own: this one sees keys first
            self._popup_made = True

    def _hide_popup(self) -> None:
        if self._popup_made:
            self.completer.popup().hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A click into the empty field offers "Your members"; Up and Down in the list step over
        its headings."""
        if (
            event.type() == QEvent.Type.KeyPress
            and self._popup_made
            and self.completer.popup().isVisible()
            and event.key() in STEPS  # type: ignore[attr-defined]
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier  # type: ignore[attr-defined]
        ):
            self._step(STEPS[event.key()])  # type: ignore[attr-defined]
            return True
        if (
            watched is self.edit
            and event.type() == QEvent.Type.MouseButtonRelease
            and not self.edit.text().strip()
            and not (self._popup_made and self.completer.popup().isVisible())
        ):
            self.search("")
        return False

    def _step(self, step: int) -> None:
        """Move the list's cursor to the next member up or down, never onto a heading; past
        the first or the last member, back to the typed text (as Qt's own list does)."""
        popup = self.completer.popup()
        model = popup.model()
        rows = model.rowCount()
        current = popup.currentIndex()
        chosen = current.isValid() and popup.selectionModel().hasSelection()
        row = current.row() if chosen else (-1 if step > 0 else rows)  # Qt marks, unselected,
        # the likeliest member when the list opens: the first key selects from the top
        row += step
        while 0 <= row < rows and not model.index(row, 0).flags() & Qt.ItemFlag.ItemIsSelectable:
            row += step
        if 0 <= row < rows:
            index = model.index(row, 0)
            popup.setCurrentIndex(index)
            popup.scrollTo(index)
        else:
            popup.setCurrentIndex(QModelIndex())
            if step < 0:
                popup.scrollToTop()

    @property
    def directory(self) -> Directory | None:
        return self.legislators.directory

    def _directory_changed(self, directory: Directory | None) -> None:
        self.model.clear()
        self._hide_popup()
        if directory is not None:
            self.edit.setPlaceholderText(tr(PLACEHOLDER))
            self.edit.setToolTip(tr("Pick a member from the list to fill in their details"))
            self.hint.hide()
            return
        self.edit.setPlaceholderText(tr(PLAIN_PLACEHOLDER))
        self.edit.setToolTip("")
        self.hint.setText(tr(DAMAGED) if self.legislators.problem else tr(NO_DIRECTORY))
        self.hint.show()

    def _ask(self, question: Callable[[Directory], Any], default: Any) -> Any:
        """The directory's answer; a store file damaged or gone since it was opened (the
        directory reads it as asked) is said under the field, and gives nothing."""
        directory = self.directory
        if directory is None:
            return default
        try:
            return question(directory)
        except BrieferError as exc:
            self.legislators.problem = exc
            self.hint.setText(tr(DAMAGED))
            self.hint.show()
            return default

    def search(self, text: str) -> list[Legislator]:
        """Offer the members matching ``text`` (what the user typed so far), the advocate's own
        members first; with nothing typed, only those."""
        directory = self.directory
        wanted = len(text.strip()) >= MIN_CHARS
        found = self._ask(lambda d: d.find(text, LIMIT), []) if wanted else []
        home = self.legislators.home_members() if directory else []
        if len(text.strip()) >= MIN_CHARS:
            ids = {m.id for m in found}
            home = [m for m in home if m.id in ids]
        elif text.strip():
            home = []
        self.model.clear()
        if home:
            found = home + [m for m in found if m not in home]
            self._heading(
                tr("Your members (ZIP {home_zip})").format(home_zip=self.legislators.home_zip)
            )
            when = self.legislators.zips_date()
            if when is not None:
                self.model.item(0).setToolTip(
                    tr("From the ZIP data of {v0}").format(v0=plain_date(when))
                )
        for index, member in enumerate(found):
            if home and index == len(home) and index < len(found):
                self._heading(tr("Other members"))
            item = QStandardItem(member_label(member))
            item.setData(member.id, ID_ROLE)
            item.setToolTip(credited(member, member.office or member.name))
            item.setEditable(False)
            self.model.appendRow(item)
        if found and self.edit.isVisible():
            self._make_popup()
            self.completer.complete()
            self._likeliest_member()
        else:
            self._hide_popup()
        return found

    def _likeliest_member(self) -> None:
        """Qt marks the first line of the list as what Enter takes; when that is a heading, the
        first member is (marked, not selected: Down still goes to the first member)."""
        popup = self.completer.popup()
        model = popup.model()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if index.flags() & Qt.ItemFlag.ItemIsSelectable:
                if popup.currentIndex() != index:
                    popup.selectionModel().setCurrentIndex(
                        index, QItemSelectionModel.SelectionFlag.NoUpdate
                    )
                return

    def _heading(self, text: str) -> None:
        """A line in the list that names a group; it cannot be chosen."""
        item = QStandardItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
        self.model.appendRow(item)

    def offered(self) -> list[str]:
        """The labels the list shows now (headings included)."""
        return [self.model.item(row).text() for row in range(self.model.rowCount())]

    def _typed_in_full(self) -> None:
        """A member's full name (or id) typed and the field left: filled in as if picked, so
        the form shows what the page prints."""
        text = self.edit.text().strip()
        member = self._ask(lambda d: d.get(text), None) if text else None
        if member is not None:
            self._hide_popup()
            self.chosen.emit(member)

    def _activated(self, index: QModelIndex) -> None:
        member = self._ask(lambda d: d.get(str(index.data(ID_ROLE))), None)
        if member is not None:
            self.chosen.emit(member)
