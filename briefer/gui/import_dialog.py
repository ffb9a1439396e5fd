"""File → Import Legislators: choose the congress-legislators folder (or its files, or a CSV),
import it off the GUI thread, store it, and hand the new directory to the window.
"""

from __future__ import annotations

from pathlib import Path

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

from briefer.errors import BrieferError
from briefer.gui import dialogs
from briefer.gui.legislators import (
    Imported,
    Legislators,
    date_text,
    import_and_save,
    imported_text,
)
from briefer.gui.settings import Settings
from briefer.gui.workers import Task

FILES_FILTER = (
    "Legislator files (*.yaml *.yml *.csv);;congress-legislators YAML (*.yaml *.yml);;"
    "CSV files (*.csv);;All files (*)"
)
EXPLAIN = (
    "Import the members of Congress and their committees from the public "
    "<b>congress&#8209;legislators</b> files. Choose the folder that holds them:"
    "<ul style='margin-left:-20px'><li>legislators-current.yaml</li><li>committees-current.yaml"
    "</li><li>committee-membership-current.yaml</li><li>legislators-district-offices.yaml "
    "(optional: the members’ offices)</li></ul>"
    "For another legislature, choose a CSV file whose first line names the columns: name, title, "
    "chamber, state, district, party, committees, office, phone, email."
    "<p>To find each advocate’s members from their ZIP code, also choose the public "
    "<b>ZIP-to-district</b> file (zccd.csv, columns state_fips, state_abbr, zcta, cd). District "
    "maps change, so the app shows the date of the data you import.</p>"
)


class ImportDialog(QDialog):
    def __init__(self, legislators: Legislators, settings: Settings, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import Legislators")
        self.legislators = legislators
        self.settings = settings
        self.paths: list[Path] = []
        self.task: Task | None = None

        explain = QLabel(EXPLAIN)
        explain.setWordWrap(True)
        self.source = QLineEdit()
        self.source.setReadOnly(True)
        self.source.setAccessibleName("Files to import")
        self.source.setPlaceholderText("Choose the folder, or the files")
        self.folder_button = QPushButton("Choose &Folder…")
        self.folder_button.clicked.connect(self.choose_folder)
        self.files_button = QPushButton("Choose F&iles…")
        self.files_button.clicked.connect(self.choose_files)
        self.current = QLabel()
        self.current.setWordWrap(True)
        self.current.setForegroundRole(self.current.foregroundRole().PlaceholderText)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName("Importing")
        self.busy.setTextVisible(False)
        self.busy.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(
            "&Import", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.import_button.setDefault(True)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)

        source_label = QLabel("&Source:")
        source_label.setBuddy(self.source)
        grid = QGridLayout()
        grid.addWidget(source_label, 0, 0)
        grid.addWidget(self.source, 0, 1)
        grid.addWidget(self.folder_button, 0, 2)
        grid.addWidget(self.files_button, 0, 3)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
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
            text = (
                f"Now imported: {len(directory)} members and {len(directory.committees)} "
                "committees. Importing again replaces them."
            )
        else:
            text = "No legislators imported yet."
        when = self.legislators.zips_date()
        if when is not None:
            text += f" ZIP data of {date_text(when)}."
        self.current.setText(text)

    def _start_folder(self) -> str:
        folder = self.settings.legislators_folder
        return folder if folder and Path(folder).exists() else str(Path.home())

    def choose_folder(self) -> None:
        folder = dialogs.choose_folder(
            self, "Choose the congress-legislators folder", self._start_folder()
        )
        if folder is not None:
            self.set_paths([folder])

    def choose_files(self) -> None:
        paths = dialogs.open_paths(
            self, "Choose legislator files", self._start_folder(), FILES_FILTER
        )
        if paths:
            self.set_paths(paths)

    def set_paths(self, paths: list[Path]) -> None:
        self.paths = [Path(p) for p in paths]
        shown = (
            str(self.paths[0]) if len(self.paths) == 1 else "; ".join(p.name for p in self.paths)
        )
        self.source.setText(shown)
        self.source.setToolTip("\n".join(str(p) for p in self.paths))
        self.import_button.setEnabled(bool(self.paths))

    # --- importing ------------------------------------------------------------------------------
    def start(self) -> None:
        if not self.paths or self.task is not None:
            return
        paths = list(self.paths)
        self.task = Task(lambda _report: import_and_save(paths), "briefer-import", self)
        self.task.succeeded.connect(self._imported)
        self.task.failed.connect(self._failed)
        self.task.finished.connect(self._finished)
        for widget in (self.import_button, self.folder_button, self.files_button):
            widget.setEnabled(False)
        self.busy.show()
        self.current.setText("Importing…")
        self.task.start()

    def _finished(self) -> None:
        self.busy.hide()
        for widget in (self.folder_button, self.files_button):
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
        dialogs.inform(self.parentWidget(), "Legislators imported", imported_text(result) + ".")

    def _failed(self, exc: BrieferError) -> None:
        self._show_current()
        text, details = dialogs.describe(exc)
        dialogs.error(self, "Cannot import the legislators", text, details)

    def wait(self) -> None:
        """Let an import in progress finish (the window is closing)."""
        if self.task is not None:
            self.task.wait()

    def reject(self) -> None:
        if self.task is None:  # an import in progress cannot be stopped half-way; it is short
            super().reject()
