"""Constituents first, wired into the window: the advocate's ZIP on the Sender tab, the attending
constituents on the Meeting tab, the member's offices for the location, "Your members" in the
legislator field (which asks the shared :class:`~briefer.gui.directory.legislators.Legislators`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QGroupBox, QScrollArea, QWidget

from briefer.gui.directory.constituents_panel import ConstituentsPanel
from briefer.gui.directory.home_zip import HomeZipBox
from briefer.gui.directory.office_picker import OfficePicker
from briefer.page.brief import Brief

if TYPE_CHECKING:
    from briefer.gui.common.settings import Settings
    from briefer.gui.directory.legislators import Legislators
    from briefer.gui.main.document import Document
    from briefer.gui.main.meeting_form import MeetingForm, SenderForm


class Window(Protocol):
    """The main window as the constituents part sees it (a QMainWindow)."""

    document: Document
    legislators: Legislators
    meeting_form: MeetingForm
    sender_form: SenderForm
    settings: Settings

    def import_legislators(self) -> object: ...


def add_group(form: QWidget, group: QWidget, after: str | None = None) -> None:
    """Put ``group`` into a form tab's scrolling column: after the group whose object name is
    ``after`` (a title is translated: "Meeting" matched only in the English UI), or last
    (before the closing stretch)."""
    scroll = form.findChild(QScrollArea)
    layout = scroll.widget().layout() if scroll is not None else None
    if layout is None:
        raise RuntimeError("the form has no scrolling column")
    index = layout.count() - 1  # the stretch
    for position in range(layout.count()):
        widget = layout.itemAt(position).widget()
        if after and isinstance(widget, QGroupBox) and widget.objectName() == after:
            index = position + 1
    layout.insertWidget(index, group)


class Constituents:
    """The parts of the window that know where the advocates live."""

    def __init__(self, window: Window) -> None:
        self.window = window
        legislators, document = window.legislators, window.document
        self.home = HomeZipBox(legislators)
        add_group(window.sender_form, self.home)
        self.panel = ConstituentsPanel(document, legislators)
        self.panel.setObjectName("constituentsGroup")
        add_group(window.meeting_form, self.panel, after="meetingGroup")
        location = window.meeting_form.fields["meeting.location"]
        # Tab follows the screen: Location, the constituents under it, then the ask
        panel = self.panel
        chain = [location, panel.table, panel.add_button, panel.me_button, panel.remove_button]
        for first, second in zip(
            chain, [*chain[1:], window.meeting_form.fields["ask"]], strict=True
        ):
            QWidget.setTabOrder(first, second)
        self.offices = OfficePicker(
            location,  # type: ignore[arg-type]
            document,
            legislators,
            lambda text: window.meeting_form.edited("meeting.location", text),
        )
        self.home.set_zip(window.settings.home_zip)
        self.home.zip_changed.connect(self._remember)
        self.home.import_requested.connect(window.import_legislators)
        document.changed.connect(self._update_me)
        legislators.home_changed.connect(lambda: self._update_me(document.brief))
        self._update_me(document.brief)

    def _remember(self, code: str) -> None:
        self.window.settings.home_zip = code

    def _update_me(self, brief: Brief) -> None:
        self.panel.set_me(brief.sender.name, self.window.legislators.home_zip)
