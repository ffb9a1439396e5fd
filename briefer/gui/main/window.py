"""The main window: wires the parts together. Left, the brief (meeting, talking points, sender);
right, the live preview and the fit indicator. The parts do the work; this only connects them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QMainWindow, QSplitter, QTabWidget, QVBoxLayout, QWidget

from briefer import __version__
from briefer.editing.ops import new_brief
from briefer.gui.common import clean_input, dialogs
from briefer.gui.common.i18n import QT_TR_NOOP, tr
from briefer.gui.common.settings import Settings
from briefer.gui.directory.constituents import Constituents
from briefer.gui.directory.legislators import Legislators
from briefer.gui.main.actions import Actions
from briefer.gui.main.blocks_panel import BlocksPanel
from briefer.gui.main.document import Document
from briefer.gui.main.exporting import Exporter
from briefer.gui.main.files import FileController
from briefer.gui.main.meeting_form import MeetingForm, SenderForm
from briefer.gui.main.pickers import Pickers
from briefer.gui.main.preview import PreviewPane
from briefer.gui.main.recovery import INTERVAL_MS, Autosave, orphans
from briefer.gui.main.suggestions_panel import SuggestionsPanel
from briefer.gui.main.window_keys import WindowKeys
from briefer.gui.meetings.menu import Meetings
from briefer.gui.packs.menu import PackActions
from briefer.packs.bundle import PACK_SUFFIX, is_pack_file
from briefer.page.content import load_pack
from briefer.support.clock import SYSTEM, Clock

if TYPE_CHECKING:  # the dialogs and windows load when first opened: a faster start
    from briefer.gui.directory.import_dialog import ImportDialog
    from briefer.gui.lobby.dialog import LobbyDialog
    from briefer.gui.main.help_window import GuideWindow

MINIMUM = (960, 600)
TABS = (QT_TR_NOOP("Meeting"), QT_TR_NOOP("Talking points"), QT_TR_NOOP("Sender"))


class MainWindow(QMainWindow):
    def __init__(
        self,
        settings: Settings | None = None,
        *,
        autosave_ms: int = INTERVAL_MS,
        clock: Clock = SYSTEM,
    ) -> None:
        super().__init__()
        self.clock = clock  # what "now" is for this window: the computer's, or a test's
        self.settings = settings or Settings()
        pack = load_pack()
        self.document = Document(new_brief(pack, self.settings.sender), pack, self)

        self.legislators = Legislators(self)
        self.import_dialog: ImportDialog | None = None
        self.lobby_dialog: LobbyDialog | None = None
        self.guide_window: GuideWindow | None = None

        self.meeting_form = MeetingForm(self.document, self.legislators)
        self.suggestions = SuggestionsPanel(self.document, self.legislators, self.settings)
        self.points = BlocksPanel(self.document)
        self.sender_form = SenderForm(self.document)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for widget, name in zip(
            (self.meeting_form, _points_tab(self.suggestions, self.points), self.sender_form),
            TABS,
            strict=True,
        ):
            self.tabs.addTab(widget, tr(name))
        self.constituents = Constituents(self)  # ZIP, your members, attendees, offices
        self.preview = PreviewPane(pack)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 6)
        self.preview.setContentsMargins(0, 6, 6, 0)
        self.setCentralWidget(self.splitter)

        self.files = FileController(self.document, self.settings, self)
        self.exporter = Exporter(self.document, self.settings, self, self.preview.settled)
        self.meetings = Meetings(self)  # the meeting log: menu, report bar, Meetings window
        self.pickers = Pickers(self.document, self)
        self.packs = PackActions(self)
        self.actions = Actions(self)
        self.actions.build_menus()
        self.toolbar = self.actions.build_toolbar()
        self.keys = WindowKeys(self, self.actions.undo, self.actions.redo)  # Ctrl+E in a field
        self.statusBar().setSizeGripEnabled(True)
        self.autosave = Autosave(self.document, autosave_ms)
        self._connect()
        self._restore_layout()
        self.setAcceptDrops(True)
        self._closed = False
        self._update_title()
        # Control characters never reach a field (pasted, dropped, typed): the fields made so
        # far at once, those made later by a filter that comes once the first page is shown.
        clean_input.clean_all()
        self.preview.preview_ready.connect(self._started)
        # The first page as soon as the event loop runs: for the brief then open, so a file
        # opened right after the window is made is the first page built.
        QTimer.singleShot(0, lambda: self.preview.request(self.document.brief))

    def _connect(self) -> None:
        doc = self.document
        doc.changed.connect(self.preview.request)
        doc.opened.connect(self.preview.forget)  # no page of another brief stays on screen
        doc.replaced.connect(self._replaced)
        doc.modified_changed.connect(self._update_title)
        doc.path_changed.connect(self._update_title)
        self.preview.preview_ready.connect(self.points.show_outcome)
        self.sender_form.sender_edited.connect(self._remember_sender)
        self.meeting_form.lookup.import_requested.connect(self.import_legislators)
        for source in (self.files.done, self.exporter.done, self.points.notice):
            source.connect(self.show_status)
        self.suggestions.notice.connect(self.show_status)
        self.packs.notice.connect(self.show_status)
        self.points.editor.keep_requested.connect(self.packs.keep_text)
        self.points.editor.variant_requested.connect(self.packs.write_variant)

    def _started(self, _outcome: object) -> None:
        self.preview.preview_ready.disconnect(self._started)
        clean_input.install()

    def _replaced(self, brief: object) -> None:
        self.preview.set_pack(self.document.pack)
        self.preview.request(brief, now=True)

    def _remember_sender(self, sender: object) -> None:
        self.settings.sender = sender

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    def _update_title(self) -> None:
        self.setWindowTitle(tr("{name}[*] — Briefer").format(name=self.document.name))
        self.setWindowModified(self.document.modified)

    # --- layout ---------------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        self.setMinimumSize(*MINIMUM)
        if not self.settings.geometry or not self.restoreGeometry(
            QByteArray(self.settings.geometry)
        ):
            screen = QGuiApplication.primaryScreen().availableGeometry()
            width = min(max(MINIMUM[0], int(screen.width() * 0.9)), 1600)
            height = min(max(MINIMUM[1], int(screen.height() * 0.9)), 1000)
            self.resize(width, height)
            self.move(screen.center() - self.rect().center())
            # The preview as wide as a full-height page needs; the form gets the rest.
            preview = min(int(height * 0.8) + 40, width * 11 // 20)
            self.splitter.setSizes([width - preview, preview])
        if self.settings.splitter:
            self.splitter.restoreState(QByteArray(self.settings.splitter))
        if self.settings.points_splitter:
            restored = self.points.splitter.restoreState(QByteArray(self.settings.points_splitter))
            self.points.sized = restored

    def _save_layout(self) -> None:
        self.settings.geometry = bytes(self.saveGeometry().data())
        self.settings.splitter = bytes(self.splitter.saveState().data())
        self.settings.points_splitter = bytes(self.points.splitter.saveState().data())

    def tab_names(self) -> tuple[str, ...]:
        return tuple(tr(name) for name in TABS)

    def show_tab(self, index: int) -> None:
        """Ctrl+1, 2, 3: the tab, the focus in its first field (typing goes there at once; the
        tab's scrolling column itself took the focus, and what was typed went nowhere)."""
        self.tabs.setCurrentIndex(index)
        page = self.tabs.currentWidget()
        if page.focusProxy() is not None:
            page.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        widget = page.nextInFocusChain()
        while widget is not page and widget is not None:
            if (
                page.isAncestorOf(widget)
                and widget.isVisibleTo(page)
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return
            widget = widget.nextInFocusChain()
        page.setFocus()

    def focus_name(self) -> None:
        """The Meeting tab, the focus in its first field, the legislator's Name: where a new
        brief starts (at start-up and after File › New no field had the focus)."""
        self.tabs.setCurrentIndex(0)
        self.meeting_form.fields["meeting.legislator"].setFocus(Qt.FocusReason.OtherFocusReason)

    def new_brief(self) -> bool:
        """File › New: a new brief (the unsaved one saved first, if asked), typed into at once."""
        if not self.files.new():
            return False
        self.focus_name()
        return True

    def set_fit_page(self, on: bool) -> None:
        self.preview.view.set_fit_page(on)

    def show_gallery(self):
        """Format → Template Gallery: every template drawn with this brief, and the audience."""
        from briefer.gui.main.template_gallery import TemplateGallery

        gallery = TemplateGallery(self.document, self)
        gallery.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        gallery.show()
        return gallery

    # --- legislators and lobby day ---------------------------------------------------------------
    def import_legislators(self) -> ImportDialog:
        """File → Import Legislators (and the link under an empty legislator field)."""
        from briefer.gui.directory.import_dialog import ImportDialog

        if self.import_dialog is not None and self.import_dialog.task is None:
            self.import_dialog.deleteLater()
        self.import_dialog = ImportDialog(self.legislators, self.settings, self)
        self.import_dialog.open()
        return self.import_dialog

    def lobby_day(self) -> LobbyDialog:
        """File → Lobby Day: a leave-behind for each meeting in a CSV."""
        from briefer.gui.lobby.dialog import LobbyDialog

        if self.lobby_dialog is not None and self.lobby_dialog.task is None:
            self.lobby_dialog.deleteLater()
        self.lobby_dialog = LobbyDialog(self.document, self.legislators, self.settings, self)
        self.lobby_dialog.open()
        return self.lobby_dialog

    def show_guide(self) -> GuideWindow:
        """Help → Briefer Guide (F1): the user guide, from the files shipped with Briefer."""
        from briefer.gui.main.help_window import GuideWindow

        if self.guide_window is None:
            self.guide_window = GuideWindow(self)
        self.guide_window.show()
        self.guide_window.raise_()
        self.guide_window.activateWindow()
        return self.guide_window

    def show_about(self) -> None:
        dialogs.about(
            self,
            tr("About Briefer"),
            tr(
                "<h3>Briefer {version}</h3>"
                "<p>Tailored one-page leave-behinds for meetings with legislators.</p>"
                "<p>Choose the talking points for this office, see the page as you edit, and "
                "export a PDF or Word document that always fits on one page.</p>"
            ).format(version=__version__),
        )

    # --- start-up, recovery, closing ------------------------------------------------------------
    def offer_recovery(self) -> bool:
        """If an earlier session ended without saving, offer its work back. True if restored."""
        found = orphans()
        if not found:
            return False
        newest = found[0]
        name = newest.original.name if newest.original else tr("an untitled brief")
        restore = dialogs.ask(
            self,
            tr("Recover unsaved work"),
            tr(
                "Briefer did not close properly last time. Restore the unsaved changes to {name}?"
            ).format(name=name),
            yes=tr("Restore"),
            no=tr("Discard"),
        )
        if restore:
            pack = self.document.pack
            self.document.replace(newest.brief, pack, newest.original, modified=True)
            self.autosave.save_now()
        for item in found:
            item.remove()
        return restore

    def open_initial(self, path: Path | None) -> None:
        """At start-up: offer a recovery, else open the brief named on the command line."""
        restored = self.offer_recovery()
        self.packs.offer_recovery()
        if not restored and path is not None:
            self.open_file(path)
        self.focus_name()

    def open_file(self, path: Path) -> bool:
        """A file given to the app (command line, double-click, drop): a brief or a pack."""
        if is_pack_file(path):
            return self.packs.offer_install(path)
        return self.files.open_path(path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_brief(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_brief(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.open_file(path)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closed or (self.packs.maybe_close() and self.files.maybe_save()):
            self.shutdown()
            event.accept()
        else:
            event.ignore()

    def shutdown(self) -> None:
        """Stop the worker and autosave and keep the layout; the window may then close."""
        if self._closed:
            return
        self._closed = True
        self._save_layout()
        self.autosave.stop()
        self.packs.shutdown()
        if self.lobby_dialog is not None:  # before the preview: a lobby day holds the core
            self.lobby_dialog.stop()
        if self.import_dialog is not None:
            self.import_dialog.wait()
        self.preview.shutdown()
        self.settings.sync()


def _points_tab(suggestions: QWidget, points: QWidget) -> QWidget:
    """The Talking points tab: what fits this office above the points themselves."""
    tab = QWidget()
    layout = QVBoxLayout(tab)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    holder = QVBoxLayout()
    holder.setContentsMargins(10, 8, 10, 0)
    holder.addWidget(suggestions)
    layout.addLayout(holder)
    layout.addWidget(points, 1)
    tab.setFocusProxy(points)
    return tab


def _dropped_brief(event: QDragEnterEvent | QDropEvent) -> Path | None:
    mime = event.mimeData()
    if not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile() and url.toLocalFile().lower().endswith((".yaml", ".yml", PACK_SUFFIX)):
            return Path(url.toLocalFile())
    return None
