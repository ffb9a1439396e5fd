"""The meeting location chosen from the member's offices: Washington, or a district office.

A button at the end of the Location field opens a menu of the member's offices (from the
imported district-offices file); typing in the field offers the matching ones. Choosing one puts
its address in the field as one undoable edit. With no member or no offices, the button hides.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QPointF, QStringListModel, Qt
from PySide6.QtGui import QAction, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QCompleter, QLineEdit, QMenu

from briefer.gui.common.i18n import QT_TR_NOOP, tr
from briefer.gui.directory.legislators import Legislators, meeting_member
from briefer.gui.main.document import Document
from briefer.legislators.model import Legislator
from briefer.page.brief import Brief

WASHINGTON = QT_TR_NOOP("Washington, DC")


def offices_of(member: Legislator) -> list[tuple[str, str]]:
    """(label, location) for each office: Washington first, then the district offices."""
    out = []
    if member.office and member.source:  # a state capitol ('Springfield office'), not Washington
        city = _CITY.search(member.office)
        place = city.group(1) if city else member.chamber
        out.append((tr("{city} office").format(city=place), member.office))
    elif member.office:
        out.append((tr(WASHINGTON), member.office))
    for office in member.offices:
        place = office.city or office.address[:40]
        out.append((tr("{city} office").format(city=place), office.location()))
    return out


_CITY = re.compile(r",\s*([^,]+),\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?$")  # '…, Springfield, IL 62706'


def _pin_icon() -> QIcon:
    """A map pin, drawn in the text colour."""
    icon = QIcon()
    for size in (16, 24, 32):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(size / 24, size / 24)
        color = QApplication.palette().color(QPalette.ColorRole.WindowText)
        painter.setPen(QPen(color, 1.8))
        path = QPainterPath()
        path.moveTo(12, 21)
        path.cubicTo(7, 15, 5.5, 12, 5.5, 9.5)
        path.arcTo(5.5, 3, 13, 13, 180, -180)
        path.cubicTo(18.5, 12, 17, 15, 12, 21)
        painter.drawPath(path)
        painter.drawEllipse(QPointF(12, 9.5), 2.4, 2.4)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


class OfficePicker:
    """Offers the meeting's member's offices for the Location field."""

    def __init__(
        self,
        edit: QLineEdit,
        document: Document,
        legislators: Legislators,
        apply: Callable[[str], None],
    ) -> None:
        self.edit = edit
        self.document = document
        self.legislators = legislators
        self.apply = apply
        self.offices: list[tuple[str, str]] = []
        self._member_id: str | None = None
        self.menu = QMenu(edit)
        self.menu.setObjectName("officeMenu")
        self.action = QAction(_pin_icon(), tr("Choose one of the member’s offices"), edit)
        self.action.setObjectName("chooseOffice")
        self.action.triggered.connect(self.show_menu)
        edit.addAction(self.action, QLineEdit.ActionPosition.TrailingPosition)
        self.model = QStringListModel(edit)
        self.completer = QCompleter(self.model, edit)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.activated[str].connect(self.choose)
        edit.setCompleter(self.completer)
        document.changed.connect(self.show_brief)
        legislators.changed.connect(lambda _d: self.show_brief(document.brief, force=True))
        self.show_brief(document.brief, force=True)

    def show_brief(self, brief: Brief, force: bool = False) -> None:
        member = meeting_member(brief, self.legislators.directory)
        key = member.id if member else None
        if key == self._member_id and not force:
            return
        self._member_id = key
        self.offices = offices_of(member) if member else []
        self.model.setStringList([location for _label, location in self.offices])
        self.menu.clear()
        section = None
        for label, location in self.offices:
            heading = tr("Washington") if label == tr(WASHINGTON) else tr("District offices")
            if heading != section:
                self.menu.addSection(heading)
                section = heading
            item = self.menu.addAction(location)
            item.triggered.connect(lambda _checked=False, text=location: self.choose(text))
        self.action.setVisible(bool(self.offices))
        who = member.name if member else ""
        self.action.setToolTip(tr("Choose one of {who}’s offices").format(who=who) if who else "")

    def show_menu(self) -> None:
        if self.offices:
            self.menu.popup(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))

    def choose(self, location: str) -> None:
        """Put the office's address in the field, as an edit the user can undo."""
        self.edit.setText(location)
        self.apply(location)
