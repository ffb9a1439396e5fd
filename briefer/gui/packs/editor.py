"""The pack editor: the organisation's own talking points, edited in the app.

One pack at a time, as a :class:`~briefer.packs.draft.Draft`. Left, the pack's details and its
points (add, remove, reorder); middle, the selected point's kind, title, claim, short and long text,
each with its problem next to it and the words counted as you type; right, the page this pack
makes for the open brief, so the fit's effect shows while you write. Every change is one undoable
step (typing in one field merges); Save checks the whole pack and writes it atomically into the
user's packs; unsaved work is autosaved for recovery (gui/packs/recovery.py). The bundled packs are
never changed: "Start from …" makes a copy with a new id.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from briefer.editing.build import Outcome
from briefer.gui.common import dialogs
from briefer.gui.common.i18n import tr
from briefer.gui.packs.edits import PointEdits
from briefer.gui.packs.forms import AboutForm, PointForm, StartPage
from briefer.gui.packs.points import ABOUT, PointsPanel
from briefer.gui.packs.preview import PackPreview
from briefer.gui.packs.recovery import DraftAutosave
from briefer.gui.packs.saving import Saving
from briefer.gui.packs.toolbar import EditorToolbar
from briefer.gui.packs.translations import LanguageBar, LanguageEdits, TranslationForm
from briefer.packs.draft import Draft
from briefer.packs.store import (
    PackFile,
    bundled_path,
    find_installed,
    free_id,
    installed_file,
)
from briefer.page.audience import audience_for
from briefer.page.brief import Brief
from briefer.page.content import Pack, parse_pack
from briefer.support.errors import BrieferError

HOW = {"short": "its short text", "long": "its long text", "new": "a new point"}


class PackEditor(EditorToolbar, PointEdits, LanguageEdits, Saving, QMainWindow):
    """The window; its toolbar, its edits, its languages and saving are parts of their own
    (toolbar.py, edits.py, translations.py, saving.py)."""

    saved = Signal(str)  # the id of the pack just saved
    install_requested = Signal()  # the start page's "Install a Pack File…"
    use_requested = Signal(str)  # "Use in this brief"
    notice = Signal(str)

    def __init__(
        self,
        brief: Callable[[], Brief],
        brief_pack: Callable[[], str],
        parent: QWidget | None = None,
        *,
        autosave_ms: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setObjectName("packEditor")
        self._brief = brief  # the main window's brief, for the preview
        self._brief_pack = brief_pack  # the id of the pack that brief uses
        self.draft: Draft | None = None
        self.saved_id = ""  # the installed pack the draft was opened from or saved as
        self.logo: tuple[str, bytes] | None = None
        self.current = ABOUT
        self._shown_pack: Pack | None = None
        self._brief_audience = ""  # the brief's audience the words were last shown for
        self.stack = QUndoStack(self)
        self.stack.cleanChanged.connect(self._clean_changed)
        kwargs = {"interval_ms": autosave_ms} if autosave_ms else {}
        self.autosave = DraftAutosave(
            lambda: (self.draft, self.saved_id, self.modified), self, **kwargs
        )

        self._build_toolbar()
        self.start_page = StartPage()
        self.start_page.start.connect(self.start_from)
        self.start_page.open.connect(self.open_pack)
        self.start_page.install.connect(self.install_requested.emit)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.start_page)
        self.pages.addWidget(self._build_editor_page())
        self.setCentralWidget(self.pages)
        self.statusBar().setSizeGripEnabled(True)
        self.resize(1320, 820)
        self.setMinimumSize(980, 600)
        self._update_title()
        self.update_buttons()

    # --- building the window ----------------------------------------------------------------------
    def _build_editor_page(self) -> QWidget:
        # left: the pack's details and its points
        self.points = PointsPanel()
        self.points.chosen.connect(self._row_changed)
        self.points.add_requested.connect(lambda: self.add_point())
        self.points.remove_requested.connect(self.remove_point)
        self.points.move_requested.connect(self.move_point)

        # middle: the form of the pack's details, or of one point
        self.about_form = AboutForm()
        self.about_form.edited.connect(self._edit_about)
        self.about_fields = self.about_form.fields
        self.point_form = PointForm()
        self.point_form.edited.connect(self._edit_point)
        self.point_form.kind_chosen.connect(self._kind_chosen)
        self.point_form.variant_edited.connect(self._edit_variant)
        self.point_fields = self.point_form.fields
        self.kind_box, self.on_page = self.point_form.kind_box, self.point_form.on_page
        self.translation_form = TranslationForm()  # a text in another language, beside its own
        self.translation_form.edited.connect(self._edit_translation)
        self.forms = QStackedWidget()
        for form in (self.about_form, self.point_form, self.translation_form):
            self.forms.addWidget(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.forms)
        self.language_bar = LanguageBar()
        self.language_bar.chosen.connect(self._language_chosen)
        middle = QWidget()
        column = QVBoxLayout(middle)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.language_bar)
        column.addWidget(scroll, 1)

        # right: the preview
        self.preview = PackPreview()
        self.preview.ready.connect(self._preview_ready)
        self.preview.setContentsMargins(4, 8, 8, 4)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.points)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.preview)
        self.splitter.setSizes([300, 520, 500])
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 1)
        return self.splitter

    # --- the state --------------------------------------------------------------------------------
    @property
    def modified(self) -> bool:
        return self.draft is not None and not self.stack.isClean()

    @property
    def name(self) -> str:
        if self.draft is None:
            return tr("Packs")
        return self.draft.head.get("title") or self.draft.id or tr("New pack")

    @Slot(bool)
    def _clean_changed(self, _clean: bool) -> None:
        self._update_title()
        self.update_buttons()

    def _update_title(self) -> None:
        if self.draft is None:
            self.setWindowTitle(tr("Your Packs — Briefer"))
        else:
            self.setWindowTitle(
                tr("{name} ({v0})[*] — Pack Editor — Briefer").format(
                    name=self.name, v0=self.draft.id or tr("no id")
                )
            )
        self.setWindowModified(self.modified)

    def update_buttons(self) -> None:
        has = self.draft is not None
        self.save_action.setEnabled(has)
        usable = has and not self.modified and bool(self.saved_id)
        in_use = has and self._brief_pack() == self.saved_id
        self.use_action.setEnabled(usable and not in_use)
        self.use_action.setToolTip(
            tr("The open brief uses this pack")
            if in_use and not self.modified
            else tr("Save the pack first, then build the open brief with it")
            if not usable
            else tr("Build the open brief with this pack")
        )
        self.points.enable(has, self.current, len(self.draft.points) if self.draft else 0)

    # --- opening ----------------------------------------------------------------------------------
    def show_start(self) -> None:
        self.start_page.fill()
        if self.draft is None:
            self.pages.setCurrentIndex(0)
        self._raise()

    def _raise(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()

    def start_from(self, pack_id: str) -> bool:
        """A new pack: a copy of an installed one with a new id (not saved yet)."""
        if not self.maybe_save():
            return False
        source = self._installed(pack_id)
        if source is None:
            return False
        base = pack_id if pack_id.startswith("my-") else f"my-{pack_id}"
        draft = Draft.from_pack(source.pack).with_language_files(source.languages)
        draft = draft.copy_as(free_id(base))
        self._load(draft, saved_id="", logo=source.logo, modified=True)
        self.notice.emit(
            tr("A copy of “{title}”: change it, then Save.").format(title=source.pack.title)
        )
        return True

    def open_pack(self, pack_id: str) -> bool:
        """One of the user's packs, to edit (a bundled one opens as a copy)."""
        if self.draft is not None and self.saved_id == pack_id:
            self._raise()
            return True
        if bundled_path(pack_id) is not None:
            return self.start_from(pack_id)
        if not self.maybe_save():
            return False
        source = self._installed(pack_id)
        if source is None:
            return False
        self._load(_draft_of(source), saved_id=pack_id, logo=source.logo)
        return True

    def _installed(self, pack_id: str) -> PackFile | None:
        """The installed pack, or None when it cannot be read (the user is told why)."""
        try:
            return installed_file(pack_id)
        except BrieferError as exc:
            dialogs.error(self, tr("Cannot open the pack"), *dialogs.describe(exc))
            return None

    def reload_installed(self, pack_id: str) -> None:
        """The pack was installed anew (a file from a teammate): show that version."""
        if self.draft is None or self.saved_id != pack_id:
            return
        try:
            source = installed_file(pack_id)
        except BrieferError:
            return
        self._load(_draft_of(source), saved_id=pack_id, logo=source.logo)

    def restore(self, draft: Draft, saved_id: str) -> None:
        """Unsaved work found after a crash (it stays unsaved)."""
        logo = None
        if saved_id and find_installed(saved_id):
            try:
                logo = installed_file(saved_id).logo
            except BrieferError:
                logo = None
        self._load(draft, saved_id=saved_id, logo=logo, modified=True)
        self.autosave.save_now()

    def _load(
        self, draft: Draft, *, saved_id: str, logo: tuple[str, bytes] | None, modified: bool = False
    ) -> None:
        self.stack.clear()
        self.draft, self.saved_id, self.logo = draft, saved_id, logo
        self._brief_audience = audience_for(self._brief()).id  # the brief's words first
        self.point_form.variants.set_audience(self._brief_audience)
        if modified:
            self.stack.resetClean()
        self.pages.setCurrentIndex(1)
        self._show(draft, ABOUT if self.current == ABOUT else 0)
        self._update_title()
        self.update_buttons()
        self._raise()

    # --- showing the draft ------------------------------------------------------------------------
    def _apply_draft(self, draft: Draft, select: int | None) -> None:
        """The undo stack's way in: show ``draft`` (and select a row, for adds and moves)."""
        self.draft = draft
        self._show(draft, self.current if select is None else select)

    def _show(self, draft: Draft, select: int) -> None:
        problems = draft.problems()
        self.current = self.points.show_draft(draft, problems, select)
        self._show_form(draft, problems)
        self.update_buttons()
        self.request_preview()

    def _show_form(self, draft: Draft, problems: dict[str, str]) -> None:
        if self._show_language(draft):  # the texts in another language
            return
        if self.current == ABOUT:
            self.forms.setCurrentIndex(0)
            self.about_form.show_draft(draft, problems)
        else:
            self.forms.setCurrentIndex(1)
            self.point_form.show_point(draft, self.current, problems)

    def _row_changed(self, index: int) -> None:
        if self.draft is None:
            return
        self.current = index
        self._show_form(self.draft, self.draft.problems())
        self.update_buttons()
        self.request_preview(now=True)

    def follow_brief(self) -> None:
        """The brief's audience changed: show its words (one chosen here stays until then)."""
        audience = audience_for(self._brief()).id
        if audience != self._brief_audience:
            self._brief_audience = audience
            self.point_form.variants.set_audience(audience)
            if self.draft is not None:
                self._show_form(self.draft, self.draft.problems())

    def show_variant(self, block_id: str, audience: str) -> None:
        """Show a point's words for an audience, ready to type (from the main window's point)."""
        if self.draft is None:
            return
        ids = [p.id for p in self.draft.points]
        if block_id not in ids:
            return
        self.point_form.variants.set_audience(audience)
        self.current = ids.index(block_id)
        self._show(self.draft, self.current)
        self._raise()
        self.point_form.variants.fields["short"].input.setFocus()

    def _use(self) -> None:
        if self.saved_id and not self.modified:
            self.use_requested.emit(self.saved_id)
            self.update_buttons()

    # --- the preview ------------------------------------------------------------------------------
    def current_point_id(self) -> str | None:
        if self.draft is None or self.current == ABOUT:
            return None
        return self.draft.points[self.current].id

    def request_preview(self, *, now: bool = False) -> None:
        if self.draft is None:
            return
        languages = self.draft.language_files()  # the page in the brief's language
        point = self.current_point_id()
        self.preview.request(self._brief(), self.draft.yaml(), point, now=now, languages=languages)

    def _preview_ready(self, outcome: Outcome) -> None:
        try:
            pack = parse_pack(self.draft.yaml(), tr("the pack")) if self.draft else None
        except BrieferError:
            pack = None
        point = self.current_point_id()
        note = ""
        if outcome.plan is not None and point:
            variant = outcome.plan.variants.get(point)
            note = (
                tr("This point prints its <b>{variant}</b> text.").format(variant=variant)
                if variant
                else tr("This point is not on the page.")
            )
        self.on_page.setText(
            tr("<i>On the preview page:</i> {note}").format(note=note) if note else ""
        )
        if outcome.error is not None and outcome.plan is None and not outcome.too_long:
            pack = None
            if outcome.error.field == "language":  # a point not yet written in the page's
                note = html.escape(outcome.error.message, quote=False)
        self.preview.show_message(outcome, pack, note)

    # --- closing ----------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.maybe_save():
            event.accept()
        else:
            event.ignore()

    def shutdown(self) -> None:
        self.autosave.stop()
        self.preview.shutdown()


def _draft_of(source: PackFile) -> Draft:
    """An installed pack as a draft, with its texts in other languages."""
    return Draft.from_pack(source.pack).with_language_files(source.languages)
