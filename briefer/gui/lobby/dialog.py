"""File → Lobby Day: one leave-behind per meeting from a CSV, the day's schedule (index.pdf) and
its calendar (schedule.ics).

The dialog gathers the choices and checks them; ``briefer.lobby.batch.run_batch`` does the work on a
worker thread (workers.Task) while a progress bar follows it; Cancel sets the batch's cancel event.
At the end the dialog sums up what was built and shows every meeting of the CSV in a table with its
status: a built row opens its pack (double click or Enter), a failed row says why, and once the
CSV is fixed "Run Failed Lines Again" builds only those lines.
"""

from __future__ import annotations

import threading
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from briefer.day import BUILT
from briefer.gui.common import dialogs
from briefer.gui.common.i18n import core_text, tr
from briefer.gui.common.outside import confirm_outside, tell_left_out
from briefer.gui.common.settings import Settings
from briefer.gui.common.workers import Task
from briefer.gui.directory.legislators import Legislators
from briefer.gui.lobby.choices import Choices
from briefer.gui.lobby.table import MeetingsTable
from briefer.gui.main.document import Document
from briefer.lobby.batch import CALENDAR_NAME, INDEX_NAME, BatchResult, RowResult, run_batch
from briefer.lobby.messages import (
    INTRO,
    NO_DIRECTORY,
    RERUN,
    check_choices,
    failure_lines,
    row_text,
    slot_tooltip,
    summary_text,
)
from briefer.support.errors import BrieferError


class LobbyDialog(Choices, QDialog):
    """The dialog; its form of choices is a part of its own (choices.py)."""

    def __init__(
        self, document: Document, legislators: Legislators, settings: Settings, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Lobby Day"))
        self.document = document
        self.legislators = legislators
        self.settings = settings
        self.task: Task | None = None
        self.cancel_event = threading.Event()
        self.result: BatchResult | None = None
        self._close_when_done = False

        intro = QLabel(INTRO)
        intro.setWordWrap(True)
        form = self._build_choices(settings, document)

        self.note = QLabel(NO_DIRECTORY)
        self.note.setWordWrap(True)
        self.note.setObjectName("lobbyNote")
        self.note.setForegroundRole(self.note.foregroundRole().PlaceholderText)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(tr("Meetings built"))
        self.progress.setFormat(tr("%v of %m meetings"))
        self.status = QLabel()
        self.status.setObjectName("lobbyStatus")
        self.summary = QLabel()
        self.summary.setObjectName("lobbySummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.failures = QPlainTextEdit()
        self.failures.setReadOnly(True)
        self.failures.setAccessibleName(tr("Meetings that could not be built"))
        self.table = MeetingsTable()
        self.table.open_requested.connect(self.open_pack)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._explain())
        self.explain = QLabel()
        self.explain.setObjectName("lobbyExplain")
        self.explain.setWordWrap(True)
        self.explain.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rerun_button = QPushButton(core_text(RERUN))
        self.rerun_button.setToolTip(tr("After fixing the CSV: build only the lines that failed"))
        self.rerun_button.clicked.connect(self.run_failed_again)

        self.open_button = QPushButton(tr("Open Fo&lder"))
        self.open_button.setToolTip(tr("Show the folder with the files"))
        self.open_button.clicked.connect(self.open_folder)
        self.schedule_button = QPushButton(tr("Open Sc&hedule"))
        self.schedule_button.setToolTip(
            tr("Open the day's schedule ({INDEX_NAME}) to print it").format(INDEX_NAME=INDEX_NAME)
        )
        self.schedule_button.clicked.connect(self.open_schedule)
        self.buttons = QDialogButtonBox()
        self.run_button = self.buttons.addButton(
            tr("&Build"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.run_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(
            tr("Cancel"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        done = QHBoxLayout()
        done.addWidget(self.summary, 1)
        side = QVBoxLayout()
        side.addWidget(self.schedule_button)
        side.addWidget(self.open_button)
        side.addWidget(self.rerun_button)
        done.addLayout(side)
        layout.addLayout(done)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.explain)
        layout.addWidget(self.failures)
        layout.addWidget(self.buttons)
        self._set_tab_order()
        self._set_running(False)
        for widget in (self.progress, self.status, self.summary, self.failures, self.open_button,
                       self.schedule_button):  # fmt: skip
            widget.hide()
        for widget in (self.table, self.explain, self.rerun_button):
            widget.hide()
        self.failures.setVisible(False)
        legislators.changed.connect(self._directory_changed)
        self._directory_changed(legislators.directory)
        self.resize(max(720, self.sizeHint().width()), self.sizeHint().height())  # the table fits

    # --- building the form ----------------------------------------------------------------------
    def _set_tab_order(self) -> None:
        """Tab goes through the form as it reads, top to bottom, then to the buttons."""
        chain = [*self._tab_chain[:5], self.suggested, self.same, *self._tab_chain[5:]]
        chain += [*self.format_boxes.values(), self.date_order, self.force, self.schedule_button]
        chain += [self.open_button]
        chain += [self.rerun_button]
        chain += [self.table]
        chain += [self.run_button, self.cancel_button, self.close_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _directory_changed(self, directory: object) -> None:
        self.note.setVisible(directory is None)

    # --- running --------------------------------------------------------------------------------
    def run_failed_again(self) -> bool:
        """Build again only the lines that failed (the user has fixed the CSV meanwhile)."""
        if self.result is None or not self.result.failed:
            return False
        return self.start([row.line for row in self.result.failed])

    def start(self, lines: list[int] | None = None) -> bool:
        """Check the choices and start building; False (after saying why) if it cannot start.
        ``lines``: only these CSV lines (the schedule still lists every meeting)."""
        if self.task is not None:
            return False
        problem = self._check()
        if problem:
            dialogs.error(self, tr("Cannot build the lobby day"), problem)
            return False
        csv_path = Path(self.csv_edit.text().strip())
        out_dir = Path(self.output_edit.text().strip())
        try:
            base, left_out = confirm_outside(self, self._base())
        except BrieferError as exc:
            text, details = dialogs.describe(exc)
            dialogs.error(self, tr("Cannot use the base brief"), text, details)
            return False
        tell_left_out(self, tr("The base brief"), left_out)
        day = [name for name in (INDEX_NAME, CALENDAR_NAME) if (out_dir / name).exists()]
        if lines is None and not self.force.isChecked() and day:
            if not dialogs.ask(
                self,
                tr("Replace the files?"),
                tr("{name} already holds a lobby day ({v0}). Replace its files?").format(
                    name=out_dir.name, v0=day[0]
                ),
                yes=tr("Replace"),
                no=tr("Cancel"),
            ):
                return False
            self.force.setChecked(True)
        self._remember(csv_path, out_dir)
        job = dict(
            base=base,
            formats=self.formats(),
            force=self.force.isChecked(),
            lines=lines,
            date_order=self.date_order.currentData(),
            log=self.settings.log_exports,  # Meetings › Record Pages in the Meeting Log
        )
        directory, cancel = self.legislators.directory, threading.Event()
        self.cancel_event = cancel

        def work(report) -> BatchResult:  # on the worker thread
            return run_batch(
                csv_path,
                out_dir,
                directory=directory,
                progress=lambda done, total, row: report((done, total, row)),
                cancel=cancel,
                **job,  # type: ignore[arg-type]
            )

        self.result = None
        self.task = Task(work, "briefer-lobby-day", self)
        self.task.progress.connect(self._progress)
        self.task.succeeded.connect(self._done)
        self.task.failed.connect(self._failed)
        self.task.finished.connect(self._finished)
        self.progress.setRange(0, 0)  # until the rows are read
        self.status.setText(tr("Reading the meetings…"))
        for widget in (self.summary, self.failures, self.open_button, self.explain):
            widget.hide()
        self.schedule_button.hide()
        self._set_running(True)
        self._grow()
        self.task.start()
        return True

    def _check(self) -> str:
        return check_choices(self.csv_edit.text(), self.output_edit.text(), self.formats())

    def _remember(self, csv_path: Path, out_dir: Path) -> None:
        self.settings.lobby_csv = str(csv_path)
        self.settings.lobby_output = str(out_dir)
        self.settings.lobby_formats = self.formats()
        self.settings.lobby_suggested = self.suggested.isChecked()

    def _set_running(self, running: bool) -> None:
        for widget in self.findChildren(QWidget):
            if isinstance(widget, QLineEdit | QComboBox | QCheckBox | QRadioButton | QPushButton):
                widget.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.cancel_button.setVisible(running)
        self.close_button.setVisible(not running)
        self.run_button.setVisible(not running)
        self.progress.setVisible(running or self.result is not None)
        self.status.setVisible(running)

    def _grow(self) -> None:
        """Taller when the progress or the summary shows, never narrower."""
        layout = self.layout()
        layout.activate()
        if layout.hasHeightForWidth():
            wanted = layout.totalHeightForWidth(self.width())
        else:
            wanted = layout.totalSizeHint().height()
        if wanted > self.height():
            self.resize(self.width(), wanted)

    def _progress(self, report: tuple[int, int, RowResult]) -> None:
        done, total, row = report
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.status.setText(core_text(row_text(row)))

    def cancel(self) -> None:
        if self.task is not None:
            self.cancel_event.set()
            self.cancel_button.setEnabled(False)
            self.status.setText(tr("Cancelling after the meetings in progress…"))

    def _done(self, result: BatchResult) -> None:
        self.result = result
        self.progress.setRange(0, max(result.total, 1))
        self.progress.setValue(len(result.results))
        self.summary.setText(core_text(summary_text(result)))
        self.failures.setPlainText("\n".join(map(core_text, failure_lines(result))))  # to copy from
        self.table.meetings.set_slots(result.slots)
        self.table.setVisible(bool(result.slots))
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 8)
        if result.failed:
            self.table.select_line(result.failed[0].line)
        self.summary.show()
        self.open_button.setVisible(True)
        self.schedule_button.setVisible(self._schedule().is_file())
        self.rerun_button.setVisible(bool(result.failed))
        self._explain()
        self._grow()

    def _failed(self, exc: BrieferError) -> None:
        text, details = dialogs.describe(exc)
        dialogs.error(self, tr("Cannot build the lobby day"), text, details)

    def _finished(self) -> None:
        if self.task is not None:
            self.task.deleteLater()
        self.task = None
        self._set_running(False)
        self.open_button.setEnabled(True)
        self.schedule_button.setEnabled(True)
        self.rerun_button.setEnabled(self.result is not None and bool(self.result.failed))
        if self._close_when_done:
            self._close_when_done = False
            super().reject()

    def _explain(self) -> None:
        slot = self.table.current_slot()
        self.explain.setText(slot_tooltip(slot, core_text) if slot is not None else "")
        self.explain.setVisible(slot is not None and self.table.isVisible())

    def open_pack(self) -> None:
        """Open the selected meeting's pack; for a meeting without one, say why."""
        slot = self.table.current_slot()
        if slot is None:
            return
        path = Path(self.output_edit.text().strip()) / slot.files[0] if slot.files else None
        if slot.status != BUILT or path is None or not path.is_file():
            why = slot_tooltip(slot, core_text)
            dialogs.error(self, tr("No leave-behind for this meeting"), why)
            return
        self.show_file(path)

    def _schedule(self) -> Path:
        return Path(self.output_edit.text().strip()) / INDEX_NAME

    def open_schedule(self) -> None:
        """The day's schedule (index.pdf), to read or print."""
        path = self._schedule()
        if not path.is_file():
            dialogs.error(
                self,
                tr("No schedule"),
                tr("{path} is not there: build the lobby day first.").format(path=path),
            )
            return
        self.show_file(path)

    def show_file(self, path: Path) -> None:
        """Open a file in the program this computer opens its kind with; when there is none,
        say so and offer its folder instead."""
        if dialogs.open_folder(path):
            return
        if dialogs.ask(
            self,
            tr("Cannot show the file"),
            tr(
                "“{name}” cannot be shown: this computer has no program set to open {v0} files. "
                "Show the folder that holds it?"
            ).format(name=path.name, v0=path.suffix.lstrip(".").upper() or "such"),
            yes=tr("Show Folder"),
            no=tr("Close"),
        ) and not dialogs.open_folder(path.parent):
            dialogs.error(
                self,
                tr("Cannot open the folder"),
                tr("{parent} cannot be shown.").format(parent=path.parent),
            )

    def open_folder(self) -> None:
        folder = Path(self.output_edit.text())
        if not folder.is_dir() or not dialogs.open_folder(folder):
            dialogs.error(
                self,
                tr("Cannot open the folder"),
                tr("{folder} cannot be shown.").format(folder=folder),
            )

    # --- closing --------------------------------------------------------------------------------
    def reject(self) -> None:
        """Close; while building, cancel first and close once the meetings in progress end."""
        if self.task is None:
            super().reject()
            return
        self._close_when_done = True
        self.cancel()

    def stop(self) -> None:
        """Cancel a build in progress and wait for it (the window is closing)."""
        if self.task is not None:
            self.cancel_event.set()
            self.task.wait()
