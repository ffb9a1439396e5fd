"""The pack editor's languages: the pack's texts in another page language, side by side.

A picker above the form chooses the language the texts are edited in: the pack's own, or German,
French, Polish, Lithuanian (briefer.page.pack_languages). In another language the form shows, for
the chosen row (the pack's own fields, or a point), the pack's own text beside a box for the
same text in that language, its words counted against the same limits; a line counts the rows
with a text still to write, and the list marks them ○.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from briefer.gui.common.i18n import tr
from briefer.gui.main.pickers import PAGE_LANGUAGE_NAMES
from briefer.gui.packs.fields import OK_STYLE, Field
from briefer.gui.packs.points import ABOUT
from briefer.gui.packs.variants import audience_label
from briefer.packs.draft import Draft
from briefer.page.audience import IDS as AUDIENCE_IDS
from briefer.page.content import LONG_WORDS, SHORT_WORDS
from briefer.page.words import PAGE_LANGUAGES

if TYPE_CHECKING:
    from briefer.gui.packs.points import PointsPanel

MISSING = "○ "  # before a row of the list with a text still to write in the chosen language


def _captions() -> dict[str, str]:
    asks = {f"asks.{a}": f"{tr('The ask')} — {audience_label(a)}" for a in AUDIENCE_IDS}
    texts = {
        "claim": tr("The claim, as critics put it"),
        "short": tr("Short text"),
        "long": tr("Long text"),
    }
    title = tr("Title")
    variants = {  # a point's words for one audience: "Long text — European Parliament"
        f"variants.{a}.{n}": f"{caption} — {audience_label(a)}"
        for a in AUDIENCE_IDS
        for n, caption in (("title", title), *texts.items())
    }
    heads = {"subtitle": tr("Subtitle"), "credit": tr("Credit line"), "ask": tr("The ask")}
    return {"title": title, **heads, **asks, **texts, **variants}


LIMITS = {"short": ("25", SHORT_WORDS), "long": ("40–70", LONG_WORDS)}
LINES = {"title": 1, "subtitle": 1, "credit": 2, "ask": 3, "claim": 2, "short": 3, "long": 6}
LINES.update({f"asks.{a}": 3 for a in AUDIENCE_IDS})


class LanguageBar(QWidget):
    """ "Texts in: [English (the pack’s own) ▾]" and what is left to write in the chosen one."""

    chosen = Signal(str)  # a language code

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QComboBox()
        self.box.setObjectName("packLanguage")
        self.box.setAccessibleName(tr("Texts in"))
        self.box.activated.connect(lambda row: self.chosen.emit(str(self.box.itemData(row))))
        label = QLabel("<b>" + tr("Texts in") + "</b>")
        label.setBuddy(self.box)
        self.missing = QLabel()
        self.missing.setObjectName("missingInLanguage")
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet(OK_STYLE)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 0)
        layout.addLayout(row)
        layout.addWidget(self.missing)
        self.own = ""

    @property
    def language(self) -> str:
        return str(self.box.currentData() or self.own)

    def show_draft(self, draft: Draft, language: str) -> None:
        """The languages for this draft (its own first), ``language`` chosen, what is missing."""
        own = (draft.head.get("language") or "en").split("-")[0]
        if own != self.own or self.box.count() == 0:
            self.own = own
            self.box.clear()
            name = PAGE_LANGUAGE_NAMES.get(own, own)
            self.box.addItem(tr("{language} (the pack’s own)").format(language=name), own)
            for code in PAGE_LANGUAGES:
                if code != own:
                    self.box.addItem(PAGE_LANGUAGE_NAMES[code], code)
        self.box.setCurrentIndex(max(self.box.findData(language), 0))
        if self.language == own:
            self.missing.hide()
            return
        name = PAGE_LANGUAGE_NAMES[self.language]
        count = len(draft.missing(self.language))
        self.missing.setText(
            tr("%n text(s) to write in {language} (marked ○).", None, count).format(language=name)
            if count
            else tr("Every text is written in {language}.").format(language=name)
        )
        self.missing.show()


class TranslationForm(QWidget):
    """One row's texts: the pack's own beside the box for the chosen language."""

    edited = Signal(str, str)  # field name, text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.grid = QGridLayout()
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)
        self.own: dict[str, QLabel] = {}
        self.fields: dict[str, Field] = {}
        captions = _captions()
        for row, name in enumerate(captions):
            own = QLabel()
            own.setObjectName(f"own_{name}")
            own.setWordWrap(True)
            own.setTextFormat(Qt.TextFormat.PlainText)
            own.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            own.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            own.setStyleSheet("color:palette(placeholder-text); padding-top:22px;")
            last = name.rsplit(".", 1)[-1]  # "variants.eu-parliament.long": as a long text
            lines = LINES.get(name, LINES.get(last, 3))
            field = Field(
                captions[name],
                multiline=lines > 1,
                lines=lines,
                limits=LIMITS.get(name if name.startswith("asks.") else last),
            )
            field.setObjectName(f"translation_{name}")
            field.edited.connect(lambda text, name=name: self.edited.emit(name, text))
            self.own[name], self.fields[name] = own, field
            self.grid.addWidget(own, row, 0)
            self.grid.addWidget(field, row, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.heading)
        layout.addLayout(self.grid)
        layout.addStretch(1)

    def show_row(self, draft: Draft, language: str, index: int | None) -> None:
        """The row ``index`` (None: the pack's own fields) in ``language``."""
        if index is None:
            own = {k: str(draft.head.get(k) or "") for k in ("title", "subtitle")}
            own.update(credit=draft.source.get("credit", ""), ask=str(draft.rest.get("ask") or ""))
            asks = draft.rest.get("asks")
            own.update({f"asks.{a}": str(t) for a, t in (asks or {}).items()})
            self.heading.setText(tr("<h3 style='margin:0'>About this pack</h3>"))
        else:
            point = draft.points[index]
            own = point.data()
            for audience, words in point.variants.items():
                own.update({f"variants.{audience}.{k}": v for k, v in dict(words).items()})
            self.heading.setText(
                tr("<h3 style='margin:0'>Point {v0} of {v1}</h3>").format(
                    v0=index + 1, v1=len(draft.points)
                )
            )
        theirs = draft.translated(language, index)
        for name, field in self.fields.items():
            shown = name in theirs
            field.setVisible(shown)
            self.own[name].setVisible(shown)
            if shown:
                self.own[name].setText(str(own.get(name) or ""))
                field.set_text(theirs[name])
                field.set_problem(None)


class LanguageEdits:
    """The pack editor's languages (which inherits this): the chosen language, its edits, its
    rows marked in the list."""

    if TYPE_CHECKING:  # what it uses of the editor
        draft: Draft | None
        current: int
        points: PointsPanel
        forms: QStackedWidget
        language_bar: LanguageBar
        translation_form: TranslationForm

        def apply(
            self, after: Draft, text: str, merge_key: str | None = None, select: int | None = None
        ) -> None: ...
        def _show(self, draft: Draft, select: int) -> None: ...

    language = ""  # the language the texts are edited in ("": the pack's own)

    def _language_chosen(self, code: str) -> None:
        self.language = "" if code == self.language_bar.own else code
        if self.draft is not None:
            self._show(self.draft, self.current)

    def _edit_translation(self, name: str, text: str) -> None:
        if self.draft is None or not self.language:
            return
        index = None if self.current == ABOUT else self.current
        language = PAGE_LANGUAGE_NAMES.get(self.language, self.language)
        self.apply(
            self.draft.with_translation(self.language, index, name, text),
            tr("Edit the {language} text").format(language=language),
            f"{self.language}.{index}.{name}",
        )

    def _show_language(self, draft: Draft) -> bool:
        """Show the chosen language's form and marks; False in the pack's own language."""
        self.language_bar.show_draft(draft, self.language or self.language_bar.own)
        if self.language == self.language_bar.own:
            self.language = ""
        missing = set(draft.missing(self.language)) if self.language else set()
        for row in range(self.points.list.count()):
            item = self.points.list.item(row)
            text = item.text().removeprefix(MISSING)
            item.setText(MISSING + text if (None if row == 0 else row - 1) in missing else text)
        if not self.language:
            return False
        self.forms.setCurrentWidget(self.translation_form)
        index = None if self.current == ABOUT else self.current
        self.translation_form.show_row(draft, self.language, index)
        return True
