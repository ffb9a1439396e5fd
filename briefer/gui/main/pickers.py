"""Template and paper pickers: combo boxes for the toolbar and radio items for the Format menu.

Both show the brief's choice and change it through the document (one undoable step each).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QComboBox, QMenu, QWidget

from briefer.editing.ops import with_field
from briefer.gui.common.i18n import tr
from briefer.gui.main.document import Document
from briefer.page import templates
from briefer.page.brief import Brief
from briefer.page.words import PAGE_LANGUAGES
from briefer.support.errors import BrieferError
from briefer.support.formats import PAPER_LABELS

PAPERS = list(PAPER_LABELS.items())
# The page's languages, each named in itself (briefer.page.words.PAGE_LANGUAGES)
PAGE_LANGUAGE_NAMES = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "pl": "Polski",
    "lt": "Lietuvių",
}


def template_choices() -> list[tuple[str, str]]:
    """(name, label) of every bundled template; a broken one is listed by its name."""
    choices = []
    for name in templates.available():
        try:
            choices.append((name, templates.load_template(name).label))
        except BrieferError:
            choices.append((name, name))
    return choices


def own_label(brief: Brief) -> str:
    """How the brief's own template file (not a bundled one) is named in the pickers and the
    gallery: its label, marked as the user's; its file name when it cannot be read."""
    from briefer.pipeline import template_for

    try:
        return tr("{template} (yours)").format(template=template_for(brief).label)
    except BrieferError:
        return tr("{template} (yours)").format(template=Path(brief.template).name)


@cache
def _template_paper(name: str) -> str:
    try:
        return templates.load_template(name).paper
    except BrieferError:
        return "letter"


def paper_of(brief: Brief) -> str:
    """The paper the page will use: the brief's, or its template's."""
    from briefer.page.audience import paper_for  # an audience set in the brief brings its paper

    return paper_for(brief, _template_paper(brief.template))


class Pickers(QObject):
    def __init__(self, document: Document, parent: QWidget) -> None:
        super().__init__(parent)
        self.document = document
        self._updating = False
        self.template_box = QComboBox(parent)
        self.template_box.setAccessibleName(tr("Template"))
        self.template_box.setToolTip(tr("How the leave-behind looks"))
        self.paper_box = QComboBox(parent)
        self.paper_box.setAccessibleName(tr("Paper"))
        self.paper_box.setToolTip(tr("Letter for US offices, A4 for European ones"))
        self.template_menu = QMenu(tr("&Template"), parent)
        self.paper_menu = QMenu(tr("&Paper"), parent)
        self.language_menu = QMenu(tr("Page &Language"), parent)
        self.language_menu.setObjectName("pageLanguageMenu")
        self._template_group = QActionGroup(self)
        self._paper_group = QActionGroup(self)
        self._language_group = QActionGroup(self)
        for code in PAGE_LANGUAGES:
            name = PAGE_LANGUAGE_NAMES[code]
            self._add(self.language_menu, self._language_group, name, "language", code)
        self.language_menu.addSeparator()  # the user's say-so for a point not yet translated
        self.fallback_action = QAction(
            tr("Print the Pack’s Own Text Where It Has None in This Language"), self.language_menu
        )
        self.fallback_action.setObjectName("contentFallback")
        self.fallback_action.setCheckable(True)
        self.fallback_action.triggered.connect(self._fallback)
        self.language_menu.addAction(self.fallback_action)
        for name, label in template_choices():
            self.template_box.addItem(label, name)
            self._add(self.template_menu, self._template_group, label, "template", name)
        for name, label in PAPERS:
            self.paper_box.addItem(label, name)
            self._add(self.paper_menu, self._paper_group, label, "paper", name)
        self.template_box.activated.connect(
            lambda i: self.choose("template", self.template_box.itemData(i))
        )
        self.paper_box.activated.connect(lambda i: self.choose("paper", self.paper_box.itemData(i)))
        document.changed.connect(self.show_brief)
        self.show_brief(document.brief)

    def _add(self, menu: QMenu, group: QActionGroup, label: str, field: str, value: str) -> None:
        action = QAction(label, menu)
        action.setCheckable(True)
        action.setData(value)
        action.triggered.connect(lambda _checked=False: self.choose(field, value))
        group.addAction(action)
        menu.addAction(action)

    def choose(self, field: str, value: str) -> None:
        if self._updating or value is None:
            return
        brief = self.document.brief
        current = {"template": brief.template, "language": brief.language}.get(field)
        if field == "paper":
            current = paper_of(brief)
        if value != current:
            label = {
                "template": tr("Change template"),
                "paper": tr("Change paper"),
                "language": tr("Change the page’s language"),
            }[field]
            self.document.apply(with_field(brief, field, value), label)

    def _fallback(self, on: bool) -> None:
        """``content_fallback``: a point without text in the page's language prints the pack's
        own (else the page is refused, naming it)."""
        brief = self.document.brief
        value = self.document.pack.own_language if on else None
        if self._updating or value == brief.content_fallback:
            return
        self.document.apply(
            brief.model_copy(update={"content_fallback": value}),
            tr("Change what prints where a point has no text in the page’s language"),
        )

    def show_brief(self, brief: Brief) -> None:
        self._updating = True
        try:
            for box, group, value in (
                (self.template_box, self._template_group, brief.template),
                (self.paper_box, self._paper_group, paper_of(brief)),
            ):
                index = box.findData(value)
                if index < 0:  # the brief's own template file: its label, as the gallery shows it
                    box.addItem(own_label(brief), value)
                    index = box.count() - 1
                box.setCurrentIndex(index)
                for action in group.actions():
                    action.setChecked(action.data() == value)
            for action in self._language_group.actions():
                action.setChecked(action.data() == brief.language)
            self.fallback_action.setChecked(bool(brief.content_fallback))
        finally:
            self._updating = False
