"""The Meetings window: every logged meeting, filtered by member, date and outcome, follow-ups due
or overdue marked; the selected meeting's report and the pages it was given beside the list.

It opens the log for each read or write and closes it again, so ``briefer log`` may work on it at
the same time; it reloads when this app writes to it and when the window comes back to the front.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from briefer.gui.common import dialogs
from briefer.gui.common.i18n import QT_TR_NOOP, tr
from briefer.gui.meetings.access import brief_for, open_log
from briefer.gui.meetings.model import SORT, MeetingsModel, position_label
from briefer.gui.meetings.page_log import notifier
from briefer.gui.meetings.texts import detail_html, summary_line
from briefer.meetings.model import POSITIONS, Meeting
from briefer.page.brief import Brief
from briefer.support.clock import SYSTEM, Clock
from briefer.support.errors import BrieferError

WHEN = (QT_TR_NOOP("Any date"), QT_TR_NOOP("Upcoming"), QT_TR_NOOP("Past"),
        QT_TR_NOOP("Last 30 days"), QT_TR_NOOP("This year"))  # fmt: skip


class MeetingsWindow(QWidget):
    """Meetings → Meetings Log. ``report_requested(meeting)`` asks the app to open the form."""

    report_requested = Signal(object)
    thank_you_requested = Signal(object)

    def __init__(
        self,
        parent: QWidget | None = None,
        brief_of: Callable[[Meeting], Brief] | None = None,
        clock: Clock = SYSTEM,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.clock = clock
        self.setObjectName("meetingsWindow")
        self.setWindowTitle(tr("Meetings — Briefer"))
        self.brief_of = brief_of or brief_for
        self._full: Meeting | None = None
        self.model = MeetingsModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT)

        self.member = QLineEdit()
        self.member.setPlaceholderText(tr("Filter by member…"))
        self.member.setClearButtonEnabled(True)
        self.when = QComboBox()
        self.when.addItems([tr(when) for when in WHEN])
        self.outcome = QComboBox()
        self.outcome.addItem(tr("Any position"), "")
        for key in POSITIONS:
            self.outcome.addItem(position_label(key), key)
        self.due = QCheckBox(tr("Follow-ups due"))
        self.due.setToolTip(
            tr("Only meetings whose follow-up is overdue or due in the next two days")
        )
        filters = QHBoxLayout()
        filters.addWidget(self.member, 2)
        filters.addWidget(self.when)
        filters.addWidget(self.outcome)
        filters.addWidget(self.due)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(False)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.table.doubleClicked.connect(lambda _i: self.write_report())

        self.empty = QLabel(
            tr(
                "<h3>No meetings yet</h3><p>Every page you export, print or build for a lobby day "
                "is recorded here against its meeting — so you can see what each office was given, "
                "write the report after the meeting and send the thank-you.</p>"
                "<p>The log stays on this computer. File → Export a brief that names a legislator "
                "to begin.</p>"
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setContentsMargins(40, 40, 40, 40)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        self.detail = QTextBrowser()
        self.detail.setObjectName("meetingDetail")
        self.detail.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.stack)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        self.report_button = QPushButton(tr("Write Report…"))
        self.report_button.clicked.connect(self.write_report)
        self.thanks_button = QPushButton(tr("Thank-you Email…"))
        self.thanks_button.setToolTip(tr("An email draft (.eml) to the staffer, the page attached"))
        self.thanks_button.clicked.connect(self.request_thank_you)
        self.copy_button = QPushButton(tr("Copy Thank-you Text"))
        self.copy_button.clicked.connect(self.copy_thank_you)
        self.reprint_button = QPushButton(tr("Reprint Page…"))
        self.reprint_button.setToolTip(
            tr("Save the newest page this office was given, exactly as it was")
        )
        self.reprint_button.clicked.connect(self.reprint)
        self.given_button = QPushButton(tr("Mark Page &Given"))
        self.given_button.setToolTip(
            tr("You left the newest page with the office: the thank-you will say so")
        )
        self.given_button.clicked.connect(self.mark_given)
        self.delete_button = QPushButton(tr("Delete"))
        self.delete_button.clicked.connect(self.delete)
        export = QPushButton(tr("Export Log…"))
        export.setToolTip(tr("Write every meeting to a CSV or JSON file for your coordinator"))
        export.clicked.connect(self.export_log)
        self.import_button = QPushButton(tr("Import Log…"))
        self.import_button.setToolTip(tr("Merge another team's exported log"))
        self.import_button.clicked.connect(self.import_log)
        buttons = QHBoxLayout()
        self.actions = (self.report_button, self.thanks_button, self.copy_button)
        for button in (*self.actions, self.reprint_button, self.given_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (export, self.import_button, self.delete_button):
            buttons.addWidget(button)

        self.summary = QLabel()
        self.summary.setObjectName("meetingsSummary")
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)

        self.member.textChanged.connect(self.reload)
        self.when.currentIndexChanged.connect(self.reload)
        self.outcome.currentIndexChanged.connect(self.reload)
        self.due.toggled.connect(self.reload)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        notifier().changed.connect(self.reload)
        QShortcut(QKeySequence.StandardKey.Refresh, self, activated=self.reload)
        QShortcut(QKeySequence.StandardKey.Close, self, activated=self.close)
        self.resize(1100, 640)
        self.reload()

    # --- loading -------------------------------------------------------------------------------
    def which(self) -> Any:
        from briefer.meetings.log import Filter

        today = self.clock.today()
        since = until = None
        when = WHEN[self.when.currentIndex()]
        if when == "Upcoming":
            since = today
        elif when == "Past":
            until = today - dt.timedelta(days=1)
        elif when == "Last 30 days":
            since, until = today - dt.timedelta(days=30), today
        elif when == "This year":
            since, until = dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
        position = self.outcome.currentData()
        return Filter(
            member=self.member.text(),
            since=since,
            until=until,
            positions=(position,) if position else (),
            due=self.due.isChecked(),
            today=today,
        )

    def reload(self) -> None:
        from briefer.meetings.log import list_meetings

        keep = self.listed().id if self.listed() else None
        try:
            with open_log() as log:
                meetings = list_meetings(log, self.which(), full=False)
                every = meetings if self._unfiltered() else list_meetings(log, full=False)
        except BrieferError as exc:
            meetings, every = [], []
            self.summary.setText(exc.message[:1].upper() + exc.message[1:] + ".")
            self.summary.setStyleSheet("color: #b3261e;")
        else:
            self.summary.setStyleSheet("")
            self.summary.setText(summary_line(every, len(meetings), self.clock.now()))
        self.model.set_meetings(meetings, self.clock.now())
        self.stack.setCurrentWidget(self.table if every else self.empty)
        self._select(keep)
        self._selected()

    def _unfiltered(self) -> bool:
        return (
            not (self.member.text() or self.when.currentIndex() or self.outcome.currentIndex())
            and not self.due.isChecked()
        )

    def _select(self, meeting_id: str | None) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(Qt.ItemDataRole.UserRole).id == meeting_id or meeting_id is None:
                self.table.selectRow(row)
                return

    def listed(self) -> Meeting | None:
        """The selected row's meeting, as listed (its report's text not read)."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].data(Qt.ItemDataRole.UserRole) if rows else None

    def current(self) -> Meeting | None:
        """The selected meeting in full: its report and the pages it was given."""
        from briefer.meetings.log import get_meeting

        listed = self.listed()
        if listed is None:
            return None
        if self._full is None or self._full.id != listed.id:
            try:
                with open_log() as log:
                    self._full = get_meeting(log, listed.id)
            except BrieferError:
                return listed
        return self._full

    def _selected(self, *_args: object) -> None:
        self._full = None
        m = self.current()
        for button in (*self.actions, self.delete_button):
            button.setEnabled(m is not None)
        self.reprint_button.setEnabled(m is not None and m.export_count > 0)
        self.given_button.setEnabled(m is not None and m.export_count > 0)
        given = m is not None and bool(m.exports) and m.exports[-1].given
        self.given_button.setText(tr("Not &Given") if given else tr("Mark Page &Given"))
        self.detail.setHtml(detail_html(m, self.clock.now()) if m else "")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.reload()  # briefer log may have changed it meanwhile

    # --- actions -------------------------------------------------------------------------------
    def write_report(self) -> None:
        if self.current() is not None:
            self.report_requested.emit(self.current())

    def request_thank_you(self) -> None:
        if self.current() is not None:
            self.thank_you_requested.emit(self.current())

    def copy_thank_you(self) -> str | None:
        from briefer.gui.meetings.ahead import thank_you_now
        from briefer.meetings.followup import as_text

        m = self.current()
        if m is None or not thank_you_now(self, m.who, m.date, m.time, self.clock.now()):
            return None
        text = as_text(self.brief_of(m), m)
        QGuiApplication.clipboard().setText(text)
        self.summary.setText(tr("Copied the thank-you text to the clipboard."))
        return text

    def reprint(self) -> Path | None:
        from briefer.meetings.reprint import reprint
        from briefer.support.fileio import write_atomic

        m = self.current()
        if m is None or not m.exports:
            return None
        page = m.exports[-1]
        suffix = f".{page.format}"
        name = page.file_name or f"{m.date or 'meeting'} {m.legislator}{suffix}"
        path = dialogs.save_path(self, tr("Reprint Page"), Path.home() / name, f"*{suffix}")
        if path is None:
            return None
        try:
            with open_log() as log:
                again = reprint(log, page)
            write_atomic(path, again.data)
        except BrieferError as exc:
            dialogs.error(self, tr("Cannot reprint the page"), *dialogs.describe(exc))
            return None
        same = (
            tr("exactly as given")
            if again.same
            else tr("rebuilt (this Briefer makes it differently)")
        )
        self.summary.setText(tr("Saved {name}: {same}.").format(name=path.name, same=same))
        return path

    def delete(self) -> None:
        from briefer.meetings.log import delete_meeting

        m = self.current()
        if m is None:
            return
        if not dialogs.ask(
            self,
            tr("Delete meeting"),
            tr(
                "Delete the meeting with {who} and its report? The pages already made are kept; "
                "only the log forgets them."
            ).format(who=m.who),
            yes=tr("Delete"),
            no=tr("Cancel"),
        ):
            return
        try:
            with open_log() as log:
                delete_meeting(log, m.id)
        except BrieferError as exc:
            dialogs.error(self, tr("Cannot delete the meeting"), *dialogs.describe(exc))
        self.reload()

    def export_log(self) -> Path | None:
        from briefer.gui.meetings.sharing import export_log

        return export_log(self)

    def import_log(self) -> None:
        from briefer.gui.meetings.sharing import import_log

        import_log(self)

    def mark_given(self) -> None:
        """The selected meeting's newest page was left with the office (or, pressed again, was
        not): the thank-you then says the page was left."""
        from briefer.meetings.log import mark_given

        m = self.current()
        if m is None or not m.exports:
            return
        page = m.exports[-1]
        try:
            with open_log() as log:
                mark_given(log, page.id, not page.given)
        except BrieferError as exc:
            dialogs.error(self, tr("Cannot mark the page"), *dialogs.describe(exc))
            return
        self.reload()
        self.summary.setText(
            tr("{name} is marked as left with the office.").format(name=page.file_name or "")
            if not page.given
            else tr("{name} is marked as exported only, not given.").format(
                name=page.file_name or ""
            )
        )
