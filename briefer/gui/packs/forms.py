"""The pack editor's pages: the start page (start from a pack, open one of yours, install a file),
the form of the pack's own details, and the form of one talking point. They show a Draft and its
problems; every change the user makes leaves as a signal for the editor to make undoable."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from briefer.gui.common.i18n import tr
from briefer.gui.packs.fields import PROBLEM_STYLE, Field
from briefer.gui.packs.variants import VariantsBox, audience_label, text_labels
from briefer.packs.draft import Draft
from briefer.packs.store import list_packs
from briefer.page.content import KIND_LABELS, KINDS, LONG_WORDS, SHORT_WORDS

KIND_NAMES = {kind: KIND_LABELS[kind].removesuffix("s") for kind in KINDS}


def show_problem(label: QLabel, problem: str | None) -> None:
    label.setText(problem or "")
    label.setVisible(bool(problem))


def _problem_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(PROBLEM_STYLE)
    label.hide()
    return label


class StartPage(QWidget):
    """What the editor shows before a pack is open."""

    start = Signal(str)  # the id of the pack to copy
    open = Signal(str)  # the id of one of the user's packs
    install = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 50, 60, 50)
        title = QLabel(tr("<h2>Your own talking points</h2>"))
        text = QLabel(
            tr(
                "Start from a pack and make it yours: change the wording that works for your "
                "offices, add a point for a new bill, keep a rebuttal that worked. The pack that "
                "comes with Briefer stays as it is; your copy keeps its point ids, so briefs that "
                "use them keep working."
            )
        )
        text.setWordWrap(True)
        text.setMaximumWidth(640)
        self.buttons = QVBoxLayout()
        self.buttons.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addSpacing(16)
        layout.addLayout(self.buttons)
        layout.addStretch(1)

    def fill(self) -> None:
        """One button per installed pack (and one to install a file)."""
        while self.buttons.count():
            item = self.buttons.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for info in list_packs():
            if info.problem:
                continue
            if info.where == "bundled":
                button = self._button(tr("Start from “{title}”").format(title=info.title))
                button.setToolTip(
                    tr("A copy of the {points} points, to change as you like").format(
                        points=info.points
                    )
                )
                button.clicked.connect(lambda _c=False, i=info.id: self.start.emit(i))
            else:
                button = self._button(
                    tr("Open your pack “{title}” ({id})").format(title=info.title, id=info.id)
                )
                button.clicked.connect(lambda _c=False, i=info.id: self.open.emit(i))
        install = self._button(tr("Install a Pack File a Teammate Sent…"))
        install.clicked.connect(self.install.emit)

    def _button(self, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setMinimumHeight(34)
        button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.buttons.addWidget(button)
        return button


class AboutForm(QWidget):
    """The pack's title, source, credit line, id and language."""

    edited = Signal(str, str)  # field ("title", "source.credit"...), text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, Field] = {
            "title": Field(tr("Title"), placeholder=tr("The page’s headline")),
            "subtitle": Field(tr("Subtitle"), placeholder=tr("One line under it (optional)")),
            "source.title": Field(
                tr("Source: title"), placeholder=tr("The article or report’s title")
            ),
            "source.publisher": Field(tr("Source: publisher"), placeholder=tr("Who published it")),
            "source.credit": Field(
                tr("Credit line"),
                multiline=True,
                lines=2,
                hint=tr(
                    "Printed in every page’s footer. Write the points in your own words and "
                    "credit where the arguments come from."
                ),
            ),
            "source.url": Field(tr("Source: web address"), placeholder=tr("https://… (optional)")),
            "id": Field(
                tr("Pack id"),
                hint=tr("Briefs name the pack by this id (lower-case letters, digits, hyphens)."),
            ),
            "language": Field(
                tr("Language"), placeholder="en", hint=tr("The document language: en, de…")
            ),
            "labels.claim": Field(
                tr("Label of a claim"),
                placeholder=tr("Empty: the template’s, else “Claim”"),
                hint=tr("Printed over a misconception’s claim (“They say”, “Claim”)."),
            ),
            "labels.response": Field(
                tr("Label of a response"),
                placeholder=tr("Empty: the template’s, else “Response”"),
                hint=tr("Printed over the response to it (“In fact”, “Response”)."),
            ),
        }
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(QLabel(tr("<h3 style='margin:0'>About this pack</h3>")))
        for name, field in self.fields.items():
            field.edited.connect(lambda text, name=name: self.edited.emit(name, text))
            layout.addWidget(field)
        layout.addStretch(1)

    def show_draft(self, draft: Draft, problems: dict[str, str]) -> None:
        for name, field in self.fields.items():
            group, _, key = name.rpartition(".")
            values = {"source": draft.source, "labels": draft.labels}.get(group, draft.head)
            value = values.get(key, "")
            field.set_text(str(value or ""))
            field.set_problem(problems.get(name))


class PointForm(QWidget):
    """One talking point: kind, title, claim (misconceptions only), short and long text, id."""

    edited = Signal(str, str)  # field ("title", "short"...), text
    kind_chosen = Signal(str)
    variant_edited = Signal(str, str, str)  # audience, field, text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.problem = _problem_label()  # a problem of the whole point (it cannot fit alone)
        self.kind_box = QComboBox()
        for kind in KINDS:
            self.kind_box.addItem(tr(KIND_NAMES[kind]), kind)
        self.kind_box.setAccessibleName(tr("Kind"))
        self.kind_box.activated.connect(
            lambda row: self.kind_chosen.emit(str(self.kind_box.itemData(row)))
        )
        kind_label = QLabel("<b>" + tr("Kind") + "</b>")
        kind_label.setBuddy(self.kind_box)
        self.kind_problem = _problem_label()
        self.fields: dict[str, Field] = {
            "title": Field(tr("Title"), placeholder=tr("Four to eight words")),
            "claim": Field(
                tr("The claim, as critics put it"),
                multiline=True,
                lines=2,
                placeholder=tr("The misconception this point answers"),
            ),
            "short": Field(
                tr("Short text"),
                multiline=True,
                lines=3,
                limits=("25", SHORT_WORDS),
                hint=tr("Used when the page is full."),
            ),
            "long": Field(tr("Long text"), multiline=True, lines=6, limits=("40–70", LONG_WORDS)),
            "id": Field(
                tr("Point id"),
                hint=tr("Briefs name the point by its id: change it only for a new point."),
            ),
        }
        self.variants = VariantsBox()
        self.variants.edited.connect(self.variant_edited.emit)
        self.variants.audience_chosen.connect(lambda _a: self._show_variant())
        self._shown: tuple[Draft, int, dict[str, str]] | None = None
        self.on_page = QLabel()
        self.on_page.setObjectName("onPage")
        self.on_page.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.problem)
        kind_row = QHBoxLayout()
        kind_row.addWidget(kind_label)
        kind_row.addWidget(self.kind_box, 1)
        layout.addLayout(kind_row)
        layout.addWidget(self.kind_problem)
        for name, field in self.fields.items():
            field.edited.connect(lambda text, name=name: self.edited.emit(name, text))
            layout.addWidget(field)
        layout.addWidget(self.variants)
        layout.addWidget(self.on_page)
        layout.addStretch(1)

    def show_point(self, draft: Draft, index: int, problems: dict[str, str]) -> None:
        point = draft.points[index]
        prefix = f"blocks.{index}."
        self.heading.setText(
            tr("<h3 style='margin:0'>Point {v0} of {v1}</h3>").format(
                v0=index + 1, v1=len(draft.points)
            )
        )
        self.kind_box.setCurrentIndex(max(self.kind_box.findData(point.kind), 0))
        show_problem(self.kind_problem, problems.get(prefix + "kind"))
        self._shown = (draft, index, problems)
        labels = text_labels(point.kind)
        for name, field in self.fields.items():
            if name in labels:
                field.caption.setText(f"<b>{labels[name]}</b>")
                field.input.setAccessibleName(labels[name])
            field.set_text(getattr(point, name))
            field.set_problem(problems.get(prefix + name))
        self.fields["claim"].setVisible(point.kind == "misconception")
        self._show_variant()

    def _show_variant(self) -> None:
        """The chosen audience's words; a problem of another audience's words shows as the
        point's, named by the audience and the field's label."""
        if self._shown is None:
            return
        draft, index, problems = self._shown
        point = draft.points[index]
        prefix = f"blocks.{index}.variants."
        here = prefix + self.variants.audience
        mine = {k[len(here) + 1 :]: v for k, v in problems.items() if k.startswith(here + ".")}
        if here in problems:
            mine[""] = problems[here]
        self.variants.show_point(point, mine)
        labels = text_labels(point.kind)
        other = None
        for key, problem in problems.items():
            if key.startswith(prefix) and not key.startswith(here):
                audience, _, name = key[len(prefix) :].partition(".")
                where = audience_label(audience) + (f", {labels.get(name, name)}" if name else "")
                other = f"{where}: {problem}"
                break
        show_problem(self.problem, problems.get(f"blocks.{index}") or other)
