"""File → Import Legislators: choose the congress-legislators folder (or its files, or a CSV),
import it off the GUI thread, store it, and hand the new directory to the window.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefer.gui.common import dialogs
from briefer.gui.common.date_field import DateField
from briefer.gui.common.dates import one_stop, plain_date
from briefer.gui.common.i18n import QT_TR_NOOP, tr
from briefer.gui.common.settings import Settings
from briefer.gui.common.workers import Task
from briefer.gui.directory.import_texts import members_and_committees, stored_line
from briefer.gui.directory.legislators import (
    Imported,
    Legislators,
    import_and_save,
    imported_text,
)
from briefer.legislators import zip_file
from briefer.legislators.importing import imported_summary
from briefer.support.clock import SYSTEM
from briefer.support.errors import BrieferError

FILES_FILTER = QT_TR_NOOP(
    "Legislator files (*.yaml *.yml *.csv *.zip *.gz);;congress-legislators YAML (*.yaml *.yml);;"
    "HowTheyVote.eu export, MEPs (*.zip *.csv.gz *.csv);;CSV files (*.csv);;All files (*)"
)
EXPLAIN = QT_TR_NOOP(
    "Import the members of Congress and their committees from the public "
    "<b>congress&#8209;legislators</b> files. Choose the folder that holds them:"
    "<ul style='margin-left:-20px'><li>legislators-current.yaml</li><li>committees-current.yaml"
    "</li><li>committee-membership-current.yaml</li><li>legislators-district-offices.yaml "
    "(optional: the members’ offices)</li></ul>"
    "For another legislature, choose a CSV file whose first line names the columns: name, title, "
    "chamber, state, district, party, committees, office, phone, email."
    "<p>To find each advocate’s members from their ZIP code, also choose the public "
    "<b>ZIP-to-district</b> file (zccd.csv, columns state_fips, state_abbr, zcta, cd). District "
    "maps change, so the app shows the date of the data you import: give it below (where you "
    "got the file says when it was published).</p>"
)
MORE = QT_TR_NOOP(
    "<b>State legislators</b>: choose a checkout of Open States’ openstates/people data, or one "
    "state’s folder. <b>Members of the European Parliament</b>: choose HowTheyVote.eu’s export "
    "(the zip archive, or a folder of its tables). Each import adds to what is there and "
    "replaces only its own part."
)
AS_OF_TIP = QT_TR_NOOP(
    "When the ZIP-to-district data was published (not when the file was copied): the app and the "
    "page say which data the constituents were checked against"
)


class ImportDialog(QDialog):
    def __init__(self, legislators: Legislators, settings: Settings, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Import Legislators"))
        self.legislators = legislators
        self.settings = settings
        self.paths: list[Path] = []
        self.task: Task | None = None
        self._dated: Path | None = None  # the ZIP file the date field was started for

        explain = QLabel(tr(EXPLAIN))
        explain.setWordWrap(True)
        self.source = QLineEdit()
        self.source.setAccessibleName(tr("Files to import"))
        self.source.setPlaceholderText(tr("Choose, type or paste the folder and the files (;)"))
        self.source.textChanged.connect(self._typed)
        self.folder_button = QPushButton(tr("Choose &Folder…"))
        self.folder_button.clicked.connect(self.choose_folder)
        self.files_button = QPushButton(tr("Choose F&iles…"))
        self.files_button.clicked.connect(self.choose_files)
        for button in (self.folder_button, self.files_button):
            button.setAutoDefault(False)  # Enter is Import, whichever button was used last
        self.as_of = DateField(
            tr("ZIP data published on"), QT_TR_NOOP("e.g. {plain}"), example=dt.date(2024, 11, 12)
        )
        self.as_of.edit.setToolTip(tr(AS_OF_TIP))
        self.as_of_label = QLabel(tr("ZIP data &published:"))
        self.as_of_label.setBuddy(self.as_of)
        self.current = QLabel()
        self.current.setWordWrap(True)
        self.current.setForegroundRole(self.current.foregroundRole().PlaceholderText)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(tr("Importing"))
        self.busy.setTextVisible(False)
        self.busy.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(
            tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.import_button.setDefault(True)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)

        source_label = QLabel(tr("&Source:"))
        source_label.setBuddy(self.source)
        grid = QGridLayout()
        grid.addWidget(source_label, 0, 0)
        grid.addWidget(self.source, 0, 1)
        grid.addWidget(self.folder_button, 0, 2)
        grid.addWidget(self.files_button, 0, 3)
        grid.addWidget(self.as_of_label, 1, 0)
        grid.addWidget(self.as_of, 1, 1, Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(1, 1)
        self._show_as_of(None)
        self.source.setFocus()
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        more = QLabel(tr(MORE))
        more.setWordWrap(True)
        layout.addWidget(more)
        layout.addSpacing(6)
        layout.addLayout(grid)
        layout.addWidget(self.current)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self._show_current()
        width = max(560, self.sizeHint().width())
        self.resize(width, layout.totalHeightForWidth(width))

    def _show_current(self) -> None:
        directory = self.legislators.directory
        if directory is not None:
            text = tr("Now imported: {value}.").format(
                value=members_and_committees(len(directory), len(directory.committees))
            )
        else:
            text = tr("No legislators imported yet.")
        when = self.legislators.zips_date()
        if when is not None:
            text += one_stop(tr(" ZIP data of {value}.").format(value=plain_date(when)))
        if directory is not None and directory.sources:  # each directory, with its date
            text += "\n" + "\n".join(stored_line(line) for line in imported_summary(directory))
        self.current.setText(text)

    def _start_folder(self) -> str:
        folder = self.settings.legislators_folder
        return folder if folder and Path(folder).exists() else str(Path.home())

    def choose_folder(self) -> None:
        folder = dialogs.choose_folder(
            self, tr("Choose the congress-legislators folder"), self._start_folder()
        )
        if folder is not None:
            self.set_paths([folder])

    def choose_files(self) -> None:
        paths = dialogs.open_paths(
            self, tr("Choose legislator files"), self._start_folder(), tr(FILES_FILTER)
        )
        if paths:
            self.set_paths(paths)

    def set_paths(self, paths: list[Path]) -> None:
        """Add what was chosen: a ZIP-to-district file takes the place of an earlier one, the
        legislators' folder or files the place of earlier ones; the other kind stays, so the
        folder and the ZIP file are imported together."""
        chosen = [Path(p) for p in paths]
        new_zip = any(_is_zip(p) for p in chosen)
        new_rest = any(not _is_zip(p) for p in chosen)
        kept = [p for p in self.paths if (not new_zip if _is_zip(p) else not new_rest)]
        self.source.setText("; ".join(str(p) for p in [*kept, *chosen]))

    def _typed(self, text: str) -> None:
        """The paths in the Source field (chosen, typed or pasted; separated by ';')."""
        parts = (part.strip().strip("'\"") for part in text.replace("\n", ";").split(";"))
        self.paths = [Path(part).expanduser() for part in parts if part]
        self.source.setToolTip("\n".join(str(p) for p in self.paths))
        self.import_button.setEnabled(bool(self.paths) and self.task is None)
        self.import_button.setDefault(True)  # Enter imports (Qt gives it up while disabled)
        zips = [p for p in self.paths if _is_zip(p)]
        self._show_as_of(zips[0] if zips else None)

    def _show_as_of(self, zips: Path | None) -> None:
        """The ZIP data's date, asked for when a ZIP file is chosen: the date its name states,
        else empty to be given (never the file's date: when it was copied)."""
        shown = not self.as_of.isHidden()
        for widget in (self.as_of_label, self.as_of):
            widget.setVisible(zips is not None)
        if zips is not None and (not shown or zips != self._dated):
            self.as_of.set_date(zip_file.stated_date(zips))
        self._dated = zips
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as the text and the rows shown need at the dialog's width."""
        layout = self.layout()
        if layout is not None:
            width = max(560, self.width())
            self.resize(width, max(self.height(), layout.totalHeightForWidth(width)))

    def zips_as_of(self) -> dt.date | None:
        """The date given for the ZIP data (None when no ZIP file is chosen)."""
        return None if self.as_of.isHidden() else self.as_of.date()

    def _ready(self) -> bool:
        """Every path there, and the ZIP data dated (not in the future); else say what is not."""
        missing = [p for p in self.paths if not p.exists()]
        if missing:
            dialogs.error(
                self, tr("Cannot import"), tr("“{path}” was not found.").format(path=missing[0])
            )
            return False
        if self.as_of.isHidden():
            return True
        self.as_of.edit.editingFinished.emit()  # a date typed and not yet read
        day = self.as_of.date()
        today = getattr(self.parentWidget(), "clock", SYSTEM).today()
        problem = (
            tr("give the date the ZIP data was published (where you got the file says it)")
            if day is None
            else zip_file.future_date(day, today)
        )
        if problem and not self.as_of.problem.isVisible():
            self.as_of.say(problem)
        if problem or self.as_of.problem.isVisible():
            self.as_of.setFocus()
            return False
        return True

    # --- importing ------------------------------------------------------------------------------
    def start(self) -> None:
        if not self.paths or self.task is not None or not self._ready():
            return
        paths, as_of = list(self.paths), self.zips_as_of()
        self.task = Task(lambda _report: import_and_save(paths, as_of), "briefer-import", self)
        self.task.succeeded.connect(self._imported)
        self.task.failed.connect(self._failed)
        self.task.finished.connect(self._finished)
        for widget in (self.import_button, self.folder_button, self.files_button, self.source):
            widget.setEnabled(False)
        self.busy.show()
        self.current.setText(tr("Importing…"))
        self.task.start()

    def _finished(self) -> None:
        self.busy.hide()
        for widget in (self.folder_button, self.files_button, self.source):
            widget.setEnabled(True)
        self.import_button.setEnabled(bool(self.paths))
        if self.task is not None:
            self.task.deleteLater()
        self.task = None

    def _imported(self, result: Imported) -> None:
        first = self.paths[0]
        self.settings.legislators_folder = str(first if first.is_dir() else first.parent)
        if result.zips is not None:
            self.legislators.reload_zips()
        if result.directory is not None:
            self.legislators.problem = None
            self.legislators.set_directory(result.directory)
        self.accept()
        told = dialogs.left_out(imported_text(result), result.problems)
        dialogs.inform(self.parentWidget(), tr("Legislators imported"), *told)

    def _failed(self, exc: BrieferError) -> None:
        self._show_current()
        text, details = dialogs.describe(exc)
        dialogs.error(self, tr("Cannot import the legislators"), text, details)

    def wait(self) -> None:
        """Let an import in progress finish (the window is closing)."""
        if self.task is not None:
            self.task.wait()

    def reject(self) -> None:
        if self.task is None:  # an import in progress cannot be stopped half-way; it is short
            super().reject()


def _is_zip(path: Path) -> bool:
    return path.is_file() and zip_file.is_zip_file(path)
