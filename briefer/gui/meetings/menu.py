"""The window's Meetings part: the Meetings menu, the gentle bar that offers the report once the
open brief's meeting is over, and the wiring to the Meetings window and the report form.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolBar,
    QToolButton,
    QWidget,
)

from briefer.gui.common import dialogs
from briefer.gui.common.i18n import tr
from briefer.gui.meetings.access import brief_for, open_log
from briefer.gui.meetings.page_log import mark_brief_given, notifier, page_chooser
from briefer.gui.meetings.window import MeetingsWindow
from briefer.meetings.model import Meeting, Report, meeting_passed
from briefer.page.brief import Brief
from briefer.page.compose import format_date
from briefer.support.errors import BrieferError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QToolBar

    from briefer.gui.common.settings import Settings
    from briefer.gui.main.document import Document
    from briefer.gui.meetings.report_dialog import ReportDialog
    from briefer.support.clock import Clock


class Window(Protocol):
    """The main window as its Meetings part sees it (a QMainWindow)."""

    clock: Clock
    document: Document
    settings: Settings

    def show_status(self, text: str) -> None: ...
    def addToolBar(self, area: Qt.ToolBarArea, toolbar: QToolBar) -> None: ...


BAR_STYLE = """
QWidget#reportBarBody { background: #e8f0fe; border: 1px solid #c3d3f4; border-radius: 6px; }
QWidget#reportBarBody QLabel { color: #1f3763; }
"""


class ReportBar(QToolBar):
    """ "Your meeting with … was on …" with a button to write the report, and a close button."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(tr("Meeting report"), parent)
        self.setObjectName("reportBar")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
        body = QWidget()
        body.setObjectName("reportBarBody")
        body.setStyleSheet(BAR_STYLE)
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QPushButton(tr("Write the Meeting Report…"))
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(tr("Not now"))
        row = QHBoxLayout(body)
        row.setContentsMargins(12, 6, 6, 6)
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
        row.addWidget(self.close_button)
        self.addWidget(body)
        self.setStyleSheet("QToolBar#reportBar { border: none; padding: 4px 8px 2px 8px; }")
        self.hide()


class Meetings(QObject):
    """Meetings → Meetings Log, Write the Meeting Report, the thank-you; the report bar."""

    def __init__(self, window: Window) -> None:
        super().__init__(window)
        self.window = window
        self.view: MeetingsWindow | None = None
        self.dialog: ReportDialog | None = None
        self._bar_key: tuple | None = None
        self._dismissed: set[tuple] = set()
        w = window

        self.open_log = self._action(tr("Meetings &Log…"), "Ctrl+Shift+M", self.show_log)
        self.open_log.setStatusTip(
            tr("Every meeting, what each office was given, reports, follow-ups")
        )
        self.report = self._action(
            tr("Write the Meeting &Report…"), "Ctrl+Shift+R", self.report_for_brief
        )
        self.report.setStatusTip(
            tr("Whom you met, where the office stands, what each side promised")
        )
        self.copy_thanks = self._action(tr("&Copy Thank-you Text"), None, self.copy_thank_you)
        self.copy_thanks.setStatusTip(tr("A thank-you message for the staffer, on the clipboard"))
        self.email_thanks = self._action(tr("Thank-you &Email…"), None, self.email_for_brief)
        self.email_thanks.setStatusTip(
            tr("An email draft (.eml) to the staffer with the page attached")
        )
        self.given = self._action(tr("Mark the Page as &Given"), None, self.mark_given)
        self.given.setStatusTip(tr("You left the page you exported with the office"))
        self.record = QAction(tr("Record &Pages in the Meeting Log"), w)
        self.record.setCheckable(True)
        self.record.setChecked(w.settings.log_exports)
        self.record.setStatusTip(
            tr("Keep a record of each page exported or printed for a legislator")
        )
        self.record.toggled.connect(self._set_recording)
        self.menu = QMenu(tr("&Meetings"), w)
        self.menu.addActions([self.open_log, self.given, self.report])
        self.menu.addSeparator()
        self.menu.addActions([self.copy_thanks, self.email_thanks])
        self.menu.addSeparator()
        self.menu.addAction(self.record)

        self.bar = ReportBar(w)
        self.bar.button.clicked.connect(self.report_for_brief)
        self.bar.close_button.clicked.connect(self._dismiss)
        w.document.changed.connect(self.update_bar)
        w.document.replaced.connect(self.update_bar)
        notifier().changed.connect(self._log_changed)
        QTimer.singleShot(0, self._place_bar)  # once the window is laid out
        self._update_actions()

    def _action(self, text: str, keys: str | None, slot: object) -> QAction:
        action = QAction(text, self.window)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        return action

    def _place_bar(self) -> None:
        # At the foot of the window: when it appears, the form and the page stay where they are
        # (above them, it pushed everything down as the user was reading).
        self.window.addToolBar(Qt.ToolBarArea.BottomToolBarArea, self.bar)
        self.update_bar()

    def _set_recording(self, on: bool) -> None:
        self.window.settings.log_exports = on
        self.window.show_status(
            tr("Pages you export or print are recorded in the meeting log.")
            if on
            else tr("Pages are no longer recorded in the meeting log.")
        )

    # --- the open brief ---------------------------------------------------------------------
    def _brief(self) -> Brief:
        return self.window.document.brief

    def _update_actions(self) -> None:
        named = bool(self._brief().meeting.legislator.strip())
        for action in (self.report, self.given, self.copy_thanks, self.email_thanks):
            action.setEnabled(named)

    def _key(self) -> tuple:
        m = self._brief().meeting
        return (m.legislator.strip().casefold(), m.date, m.time)

    def update_bar(self, *_args: object, now: dt.datetime | None = None) -> None:
        """Show the bar when the open brief's meeting is over and has no report yet."""
        self._update_actions()
        m = self._brief().meeting
        key = self._key()
        passed = bool(m.legislator.strip()) and m.date is not None
        now = now or self.window.clock.now()
        passed = passed and meeting_passed(m.date, m.time, now)  # type: ignore[arg-type]
        if not passed or key in self._dismissed:
            self._bar_key = key
            self.bar.hide()
            return
        if key == self._bar_key and not self.bar.isHidden():
            return
        self._bar_key = key
        meeting = self._logged()
        if meeting is not None and meeting.report is not None:
            self.bar.hide()
            return
        paper = self._brief().paper or "letter"
        name = " ".join(p for p in (m.title, m.legislator) if p)
        self.bar.text.setText(
            tr(
                "Your meeting with {name} was on {v0}. How did it go? Write the report while it "
                "is fresh — it stays on this computer."
            ).format(name=name, v0=format_date(m.date, paper))
        )
        self.bar.show()

    def _dismiss(self) -> None:
        self._dismissed.add(self._key())
        self.bar.hide()

    def _log_changed(self) -> None:
        self._bar_key = None
        self.update_bar()

    def _logged(self) -> Meeting | None:
        from briefer.meetings.db import log_path
        from briefer.meetings.log import meeting_for

        m = self._brief().meeting
        if not log_path().exists():
            return None
        try:
            with open_log() as log:
                return meeting_for(log, m.legislator.strip(), m.date)
        except BrieferError:
            return None

    def _unsaved_meeting(self) -> Meeting:
        """The open brief's meeting as the log would keep it (stored when the report is)."""
        from briefer.meetings.recording import meeting_fields, planned_fields

        try:
            f = planned_fields(self._brief())  # the ask as the page prints it
        except BrieferError:
            f = meeting_fields(self._brief())
        return Meeting(id="", **vars(f))

    def mark_given(self) -> None:  # asks which page when the last export made several
        self.window.show_status(mark_brief_given(self._brief(), page_chooser(self.window)))

    def report_for_brief(self) -> ReportDialog | None:
        if not self._brief().meeting.legislator.strip():
            return None
        return self.open_report(self._logged() or self._unsaved_meeting())

    # --- the report form --------------------------------------------------------------------
    def open_report(self, meeting: Meeting) -> ReportDialog:
        from briefer.gui.meetings.report_dialog import ReportDialog  # loaded when first opened

        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        paper = self._brief().paper or "letter"
        self.dialog = ReportDialog(
            meeting,
            self._saver(meeting),
            self.save_thank_you,
            self.window,
            paper=paper,
            brief_of=self.brief_of,
            clock=self.window.clock,
        )
        self.dialog.saved.connect(lambda _id: self._saved())
        self.dialog.open()
        return self.dialog

    def _saver(self, meeting: Meeting):
        def save(report: Report, team: list[str]) -> Meeting:
            from briefer.meetings.log import add_meeting, get_meeting, save_report

            with open_log() as log:
                meeting_id = meeting.id
                if not meeting_id:
                    meeting_id = add_meeting(log, meeting)  # a Meeting is its fields too
                save_report(log, meeting_id, report, team)
                return get_meeting(log, meeting_id)

        return save

    def _saved(self) -> None:
        self.window.show_status(tr("Saved the meeting report in your meeting log."))
        notifier().changed.emit()

    # --- the thank-you ----------------------------------------------------------------------
    def _is_open_brief(self, meeting: Meeting) -> bool:
        return self._key()[:2] == (meeting.legislator.strip().casefold(), meeting.date)

    def brief_of(self, meeting: Meeting) -> Brief:
        """The open brief for its own meeting; else the brief of the meeting's newest page."""
        if self._is_open_brief(meeting):
            return self._brief()
        return brief_for(meeting, self.window.settings.sender)

    def _thank_you_now(self, brief: Brief) -> bool:
        from briefer.gui.meetings.ahead import thank_you_now
        from briefer.page.compose import who

        m = brief.meeting
        return thank_you_now(self.window, who(brief), m.date, m.time, self.window.clock.now())

    def copy_thank_you(self) -> str | None:
        from briefer.meetings.followup import as_text

        if not self._thank_you_now(self._brief()):
            return None
        text = as_text(self._brief(), self._logged())
        QGuiApplication.clipboard().setText(text)
        self.window.show_status(tr("Copied the thank-you text to the clipboard."))
        return text

    def email_for_brief(self) -> Path | None:
        """The thank-you draft for the open brief, its current page attached."""
        if not self._thank_you_now(self._brief()):
            return None
        return self._write_current_page(self._brief(), self._logged())

    def _write_current_page(self, brief: Brief, meeting: Meeting | None) -> Path | None:
        from briefer.editing.build import plan_for, render
        from briefer.editing.ops import export_name

        try:
            pdf = render(plan_for(brief), "pdf")
        except BrieferError as exc:
            dialogs.error(self.window, tr("Cannot write the thank-you"), *dialogs.describe(exc))
            return None
        return self._write_eml(brief, meeting, pdf, export_name(brief, ".pdf"))

    def save_thank_you(self, meeting: Meeting) -> Path | None:
        """From the report form or the Meetings window: the page the office got, attached."""
        from briefer.gui.meetings.ahead import thank_you_now
        from briefer.meetings.reprint import leave_behind_pdf

        now = self.window.clock.now()
        if not thank_you_now(self.window, meeting.who, meeting.date, meeting.time, now):
            return None
        brief = self.brief_of(meeting)
        try:
            with open_log() as log:
                found = leave_behind_pdf(log, meeting)
        except BrieferError:
            found = None
        if found is None and self._is_open_brief(meeting):
            return self._write_current_page(brief, meeting)  # never logged: the page it shows
        pdf, name = found if found is not None else (None, "")
        return self._write_eml(brief, meeting, pdf, name)

    def _write_eml(
        self, brief: Brief, meeting: Meeting | None, pdf: bytes | None, name: str
    ) -> Path | None:
        from briefer.editing.ops import export_name
        from briefer.meetings.followup import thank_you_eml
        from briefer.support.fileio import write_atomic

        folder = self.window.settings.export_folder or str(Path.home())
        default = Path(folder) / export_name(brief, " thank-you.eml")
        path = dialogs.save_path(
            self.window, tr("Save Thank-you Email"), default, tr("Email drafts (*.eml)")
        )
        if path is None:
            return None
        if path.suffix.lower() != ".eml":
            path = path.with_name(path.name + ".eml")
        try:
            write_atomic(path, thank_you_eml(brief, meeting, pdf, name, paper=brief.paper))
        except BrieferError as exc:
            dialogs.error(self.window, tr("Cannot save the thank-you"), *dialogs.describe(exc))
            return None
        to = meeting.report.staffer_email if meeting and meeting.report else ""
        attached = tr("with the page attached") if pdf else tr("(no page was recorded to attach)")
        hint = tr(" to {to}").format(to=to) if to else tr("; add the staffer’s address")
        self.window.show_status(
            tr("Saved {name} {attached}{hint}. Open it to edit and send.").format(
                name=path.name, attached=attached, hint=hint
            )
        )
        return path

    # --- the Meetings window ----------------------------------------------------------------
    def show_log(self) -> MeetingsWindow:
        if self.view is None:
            self.view = MeetingsWindow(self.window, brief_of=self.brief_of, clock=self.window.clock)
            self.view.report_requested.connect(self.open_report)
            self.view.thank_you_requested.connect(self.save_thank_you)
            # Esc closes it, as it does a dialog (it is a window of its own, so Qt does not)
            QShortcut(QKeySequence(Qt.Key.Key_Escape), self.view, activated=self.view.close)
        self.view.reload()
        self.view.show()
        self.view.raise_()
        self.view.activateWindow()
        return self.view

    def shutdown(self) -> None:
        if self.view is not None:
            self.view.close()
