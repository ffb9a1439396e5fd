"""The pack editor's words of one point for an audience: pick the audience (the open brief's at
first) and see that audience's own title, claim, short and long text, or — where a field is empty —
the point's default text as its placeholder ("uses the default text"). Typing writes the variant;
clearing a field falls back to the default text (an empty variant goes from the pack)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from briefer.gui.common.i18n import tr
from briefer.gui.packs.fields import Field
from briefer.packs.draft import Point
from briefer.page.audience import AUDIENCES
from briefer.page.content import LONG_WORDS, SHORT_WORDS

PROBLEM_STYLE = "color:#b42318;"


def audience_label(audience: str) -> str:
    """ "the European Parliament": an audience as a sentence names it."""
    found = AUDIENCES.get(audience)
    return tr(found.label) if found else audience


def text_labels(kind: str) -> dict[str, str]:
    """The labels of a point's texts as the forms show them: a misconception's claim and its
    response, each named for what it is."""
    if kind == "misconception":
        return {
            "title": tr("Title"),
            "claim": tr("Claim (what its proponents conclude)"),
            "short": tr("Response, short"),
            "long": tr("Response, long"),
        }
    return {"title": tr("Title"), "claim": tr("Claim"), "short": tr("Short text"),
            "long": tr("Long text")}  # fmt: skip


class VariantsBox(QFrame):
    """One point's words for the audience chosen in its box."""

    edited = Signal(str, str, str)  # audience, field ("short"...), text
    audience_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("variantsBox")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.audience_box = QComboBox()
        self.audience_box.setObjectName("variantAudience")
        self.audience_box.setAccessibleName(tr("Words for the audience"))
        for audience in AUDIENCES:
            self.audience_box.addItem(audience_label(audience), audience)
        self.audience_box.activated.connect(
            lambda row: self.audience_chosen.emit(str(self.audience_box.itemData(row)))
        )
        caption = QLabel("<b>" + tr("Words for:") + "</b>")
        caption.setBuddy(self.audience_box)
        self.state = QLabel()
        self.state.setObjectName("variantState")
        self.state.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.hide()
        self.fields: dict[str, Field] = {
            "title": Field(tr("Title")),
            "claim": Field(tr("Claim"), multiline=True, lines=2),
            "short": Field(tr("Short text"), multiline=True, lines=3, limits=("25", SHORT_WORDS)),
            "long": Field(tr("Long text"), multiline=True, lines=5, limits=("40–70", LONG_WORDS)),
        }
        row = QHBoxLayout()
        row.addWidget(caption)
        row.addWidget(self.audience_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(row)
        layout.addWidget(self.state)
        layout.addWidget(self.problem)
        for name, field in self.fields.items():
            field.edited.connect(
                lambda text, name=name: self.edited.emit(self.audience, name, text)
            )
            layout.addWidget(field)

    @property
    def audience(self) -> str:
        return str(self.audience_box.currentData())

    def set_audience(self, audience: str) -> None:
        self.audience_box.setCurrentIndex(max(self.audience_box.findData(audience), 0))

    def show_point(self, point: Point, problems: Mapping[str, str]) -> None:
        """The point's words for the chosen audience; ``problems`` by field within the variant
        (``""`` for the variant itself)."""
        audience = self.audience
        words = point.variant(audience)
        labels = text_labels(point.kind)
        name = audience_label(audience)
        for row in range(self.audience_box.count()):  # the audiences with words of their own
            own = bool(point.variant(str(self.audience_box.itemData(row))))
            label = audience_label(str(self.audience_box.itemData(row)))
            self.audience_box.setItemText(row, f"{label} ✓" if own else label)
        self.state.setText(
            tr("Its own words for {audience}. Clear a field to use the default text.").format(
                audience=name
            )
            if words
            else tr(
                "Uses the default text for {audience}. Type in a field to write its words for "
                "{audience}."
            ).format(audience=name)
        )
        problem = problems.get("")
        self.problem.setText(problem or "")
        self.problem.setVisible(bool(problem))
        for field_name, field in self.fields.items():
            label = labels[field_name]
            field.caption.setText(f"<b>{label}</b> — {name}")
            field.input.setAccessibleName(f"{label} ({name})")
            default = getattr(point, field_name)
            field.input.setPlaceholderText(
                tr("Uses the default text: {text}").format(text=default) if default else ""
            )
            field.set_text(str(words.get(field_name) or ""))
            if not words.get(field_name) and field.limits is not None:  # counts the default's
                field.count.setText(
                    tr("the default text: {count} words").format(count=len(default.split()))
                )
                field.count.setStyleSheet("color:palette(placeholder-text);")
            field.set_problem(problems.get(field_name))
            field.setVisible(field_name != "claim" or point.kind == "misconception")


__all__ = ["VariantsBox", "audience_label", "text_labels"]
