"""Looking up the legislator as the user types: the meeting form's name field completes from the
imported directory, and choosing a member fills in their details.

The completer lists "Jeanne Shaheen — Senator, NH" for what ``Directory.find`` returns for the
text so far (a name in any case and with or without accents, a state "NH", a seat "CA-12"). It is
attached with ``setWidget`` rather than ``QLineEdit.setCompleter``, so browsing the list never
rewrites the field: only choosing a member does, through ``chosen``, as one undoable step that
the form makes. With no directory imported, the field is a plain line edit and a link under it
offers the import.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QLabel, QLineEdit

from briefer.gui.legislators import Legislators, member_label
from briefer.legislators.model import Legislator
from briefer.legislators.store import Directory

ID_ROLE = Qt.ItemDataRole.UserRole + 1
MIN_CHARS = 2  # "NH" is a state; a single letter matches half the directory
LIMIT = 12

PLACEHOLDER = "Type a name, a state (NH) or a seat (CA-12), then pick the member"
PLAIN_PLACEHOLDER = "e.g. Jeanne Shaheen"
NO_DIRECTORY = (
    "To fill in a member’s title, seat, party and committees from their name, "
    '<a href="import">import legislators…</a>'
)
DAMAGED = 'The legislator list could not be read. <a href="import">Import legislators…</a> again.'


class WrappedLabel(QLabel):
    """A word-wrapped label as tall as its text at its width: a form layout inside a scroll area
    asks only for the size hint, which QLabel works out for a narrower, taller label."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self.width() > 0:
            hint.setHeight(self.heightForWidth(self.width()))
        return hint

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
        popup = self.completer.popup()
        popup.setAccessibleName("Matching legislators")
        popup.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        edit.textEdited.connect(self.search)

        self.hint = WrappedLabel()
        self.hint.setObjectName("legislatorHint")
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName("Import legislators")
        self.hint.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.hint.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.hint.setForegroundRole(self.hint.foregroundRole().PlaceholderText)
        self.hint.linkActivated.connect(lambda _link: self.import_requested.emit())
        legislators.changed.connect(self._directory_changed)
        self._directory_changed(legislators.directory)

    @property
    def directory(self) -> Directory | None:
        return self.legislators.directory

    def _directory_changed(self, directory: Directory | None) -> None:
        self.model.clear()
        self.completer.popup().hide()
        if directory is not None:
            self.edit.setPlaceholderText(PLACEHOLDER)
            self.edit.setToolTip("Pick a member from the list to fill in their details")
            self.hint.hide()
            return
        self.edit.setPlaceholderText(PLAIN_PLACEHOLDER)
        self.edit.setToolTip("")
        self.hint.setText(DAMAGED if self.legislators.problem else NO_DIRECTORY)
        self.hint.show()

    def search(self, text: str) -> list[Legislator]:
        """Offer the members matching ``text`` (what the user typed so far)."""
        directory = self.directory
        found = directory.find(text, LIMIT) if directory and len(text.strip()) >= MIN_CHARS else []
        self.model.clear()
        for member in found:
            item = QStandardItem(member_label(member))
            item.setData(member.id, ID_ROLE)
            item.setToolTip(member.office or member.name)
            item.setEditable(False)
            self.model.appendRow(item)
        if found and self.edit.isVisible():
            self.completer.complete()
        else:
            self.completer.popup().hide()
        return found

    def offered(self) -> list[str]:
        """The labels the list shows now."""
        return [self.model.item(row).text() for row in range(self.model.rowCount())]

    def _activated(self, index: QModelIndex) -> None:
        directory = self.directory
        member = directory.get(str(index.data(ID_ROLE))) if directory else None
        if member is not None:
            self.chosen.emit(member)
