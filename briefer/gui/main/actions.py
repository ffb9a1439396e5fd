"""The window's actions (with their standard shortcuts), its menus and its toolbar, in one place."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu, QSizePolicy, QStyle, QToolBar, QToolButton, QWidget

from briefer.gui.common.i18n import tr
from briefer.gui.common.icons import export_icon, print_icon, standard
from briefer.gui.main.exporting import DOCX, PDF
from briefer.gui.main.language_menu import language_menu

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenuBar

    from briefer.gui.common.settings import Settings
    from briefer.gui.main.document import Document
    from briefer.gui.main.exporting import Exporter
    from briefer.gui.main.files import FileController
    from briefer.gui.main.pickers import Pickers
    from briefer.gui.meetings.menu import Meetings
    from briefer.gui.packs.menu import PackActions


class Window(Protocol):
    """The main window as its actions see it (a QMainWindow): the parts they trigger."""

    document: Document
    exporter: Exporter
    files: FileController
    meetings: Meetings
    packs: PackActions
    pickers: Pickers
    settings: Settings

    def import_legislators(self) -> object: ...
    def lobby_day(self) -> object: ...
    def new_brief(self) -> bool: ...
    def set_fit_page(self, on: bool) -> None: ...
    def show_about(self) -> None: ...
    def show_gallery(self) -> object: ...
    def show_guide(self) -> object: ...
    def show_status(self, text: str) -> None: ...
    def show_tab(self, index: int) -> None: ...
    def tab_names(self) -> tuple[str, ...]: ...
    def close(self) -> bool: ...
    def menuBar(self) -> QMenuBar: ...
    def addToolBar(self, toolbar: QToolBar) -> None: ...


Shortcut = QKeySequence.StandardKey | str | None


class Actions:
    """Every command the window offers, as a QAction that menus and the toolbar share."""

    def __init__(self, window: Window) -> None:
        self.window = window
        w = window
        sp = QStyle.StandardPixmap
        keys = QKeySequence.StandardKey
        self.new = self._make(tr("&New"), keys.New, w.new_brief, tr("Start a new brief"))
        self.new.setIcon(standard("document-new", sp.SP_FileIcon))
        self.open = self._make(tr("&Open…"), keys.Open, w.files.open, tr("Open a brief"))
        self.open.setIcon(standard("document-open", sp.SP_DialogOpenButton))
        self.save = self._make(tr("&Save"), keys.Save, w.files.save, tr("Save the brief"))
        self.save.setIcon(standard("document-save", sp.SP_DialogSaveButton))
        self.save_as = self._make(
            tr("Save &As…"), keys.SaveAs, w.files.save_as, tr("Save the brief under a new name")
        )
        self.export_pdf = self._make(
            tr("&Export PDF…"),
            "Ctrl+E",
            lambda: w.exporter.export(PDF),
            tr("Export the page as a PDF"),
        )
        self.export_docx = self._make(
            tr("Export &Word Document…"),
            "Ctrl+Shift+E",
            lambda: w.exporter.export(DOCX),
            tr("Export the page as a Word document (DOCX)"),
        )
        self.export_pdf.setIcon(export_icon())
        self.print = self._make(tr("&Print…"), keys.Print, w.exporter.print, tr("Print the page"))
        self.print.setIcon(print_icon())
        self.copy_text = self._make(
            tr("Copy Read-ahead &Text"),
            "Ctrl+Shift+C",
            w.exporter.copy_text,
            tr("Copy the text for an email to the office before the meeting"),
        )
        self.import_legislators = self._make(
            tr("&Import Legislators…"),
            None,
            w.import_legislators,
            tr("Import the members and their committees, to look them up by name"),
        )
        self.lobby_day = self._make(
            tr("&Lobby Day…"),
            "Ctrl+L",
            w.lobby_day,
            tr("Build a leave-behind for every meeting in a CSV, and the day's schedule"),
        )
        self.close = self._make(tr("&Close Window"), QKeySequence.StandardKey.Close, w.close)
        self.quit = self._make(tr("&Quit"), QKeySequence.StandardKey.Quit, w.close)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)

        stack = w.document.stack
        self.undo = stack.createUndoAction(w, tr("&Undo"))
        self.undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo.setIcon(standard("edit-undo", sp.SP_ArrowBack))
        self.redo = stack.createRedoAction(w, tr("&Redo"))
        self.redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.redo.setIcon(standard("edit-redo", sp.SP_ArrowForward))

        self.tabs = [
            self._make(f"&{label}", f"Ctrl+{n}", lambda n=n: w.show_tab(n - 1))
            for n, label in enumerate(w.tab_names(), 1)
        ]
        self.fit_page = self._make(tr("Fit &Page"), "Ctrl+0", lambda: w.set_fit_page(True))
        self.fit_width = self._make(tr("Fit &Width"), "Ctrl+9", lambda: w.set_fit_page(False))
        self.guide = self._make(
            tr("Briefer &Guide"),
            QKeySequence.StandardKey.HelpContents,
            w.show_guide,
            tr("Open the user guide (it is part of Briefer: no internet needed)"),
        )
        self.guide.setIcon(standard("help-contents", sp.SP_DialogHelpButton))
        self.about = self._make(tr("&About Briefer"), None, w.show_about)
        self.gallery = self._make(
            tr("Template &Gallery…"),
            "Ctrl+Shift+T",
            w.show_gallery,
            tr("Every template with this brief"),
        )
        self.about.setMenuRole(QAction.MenuRole.AboutRole)

    def _make(
        self, text: str, shortcut: Shortcut, slot: Callable[[], object], tip: str = ""
    ) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({keys})" if keys else tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    # --- menus and toolbar ----------------------------------------------------------------------
    def build_menus(self) -> None:
        w = self.window
        bar = w.menuBar()
        file = bar.addMenu(tr("&File"))
        file.addActions([self.new, self.open])
        self.recent_menu = file.addMenu(tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self.fill_recent)
        file.addSeparator()
        file.addActions([self.save, self.save_as])
        file.addSeparator()
        file.addActions([self.export_pdf, self.export_docx, self.copy_text])
        file.addSeparator()
        file.addAction(self.print)
        file.addSeparator()
        file.addActions([self.import_legislators, self.lobby_day])
        file.addSeparator()
        file.addActions([self.close, self.quit])

        edit = bar.addMenu(tr("&Edit"))
        edit.addActions([self.undo, self.redo])

        fmt = bar.addMenu(tr("F&ormat"))
        fmt.addMenu(w.pickers.template_menu)
        fmt.addMenu(w.pickers.paper_menu)
        fmt.addMenu(w.pickers.language_menu)
        fmt.addSeparator()
        fmt.addAction(self.gallery)

        bar.addMenu(w.packs.menu)
        bar.addMenu(w.meetings.menu)
        view = bar.addMenu(tr("&View"))
        view.addActions(self.tabs)
        view.addSeparator()
        view.addActions([self.fit_page, self.fit_width])
        view.addSeparator()
        self.language_menu = language_menu(view, w.settings, w.show_status)
        view.addMenu(self.language_menu)

        help_menu = bar.addMenu(tr("&Help"))
        help_menu.addAction(self.guide)
        help_menu.addSeparator()
        help_menu.addAction(self.about)

    def fill_recent(self) -> None:
        menu: QMenu = self.recent_menu
        menu.clear()
        files = self.window.settings.recent_files
        for number, name in enumerate(files, 1):
            path = Path(name)
            label = f"&{number} {path.name}" if number < 10 else path.name
            action = menu.addAction(label)
            action.setStatusTip(str(path))
            action.setToolTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.window.files.open_path(p))
        if not files:
            menu.addAction(tr("No recent briefs")).setEnabled(False)
        menu.addSeparator()
        clear = menu.addAction(tr("Clear Menu"))
        clear.setEnabled(bool(files))
        clear.triggered.connect(self._clear_recent)

    def _clear_recent(self) -> None:
        self.window.settings.recent_files = []

    def build_toolbar(self) -> QToolBar:
        w = self.window
        bar = QToolBar(tr("Main toolbar"), w)
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setIconSize(QSize(18, 18))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addActions([self.new, self.open, self.save])
        bar.addSeparator()
        bar.addActions([self.undo, self.redo])
        for action in (self.undo, self.redo):  # their text names the step: keep the bar steady
            button = bar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        bar.addSeparator()
        bar.addWidget(_caption(tr("Template:"), w.pickers.template_box))
        bar.addWidget(w.pickers.template_box)
        bar.addWidget(_caption(tr("Paper:"), w.pickers.paper_box))
        bar.addWidget(w.pickers.paper_box)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        bar.addActions([self.export_pdf, self.print])
        w.addToolBar(bar)
        return bar


def _caption(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    label.setContentsMargins(8, 0, 4, 0)
    return label
