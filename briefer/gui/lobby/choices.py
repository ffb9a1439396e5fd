"""The Lobby Day dialog's choices: the meetings CSV, the base brief, the output folder, which
points, the formats, how to read numeric dates, whether to replace files. A part of
:class:`~.dialog.LobbyDialog`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from briefer.editing.build import validated
from briefer.gui.common import dialogs
from briefer.gui.common.i18n import tr
from briefer.gui.lobby.roster import ROSTER_TIP, RosterPlanning
from briefer.lobby.messages import CSV_FILTER, DATE_ORDERS, FORMATS
from briefer.page.brief import Brief, load_brief

if TYPE_CHECKING:
    from briefer.gui.common.settings import Settings
    from briefer.gui.main.document import Document


class Choices(RosterPlanning):
    """The form of the Lobby Day dialog (which inherits this); planning from a roster is a
    part of its own (roster.py)."""

    if TYPE_CHECKING:  # what it uses of the dialog
        document: Document

    def _build_choices(self, settings: Settings, document: Document) -> QFormLayout:
        self.csv_edit = self._path_edit(
            tr("Meetings CSV"), tr("The meetings of the day, one per row")
        )
        self.csv_edit.setText(settings.lobby_csv)
        self.base_box = QComboBox()
        self.base_box.setAccessibleName(tr("Base brief"))
        self.base_box.setToolTip(
            tr("Every meeting starts from this brief: its sender, ask, template")
        )
        self.base_box.addItem(tr("The open brief ({name})").format(name=document.name), None)
        self.output_edit = self._path_edit(
            tr("Output folder"), tr("The folder for the files (created)")
        )
        self.output_edit.setText(settings.lobby_output or settings.export_folder)

        self.suggested = QRadioButton(tr("&Suggested for each member’s committees"))
        self.suggested.setToolTip(tr("As “Apply suggestions” does; a row’s own blocks column wins"))
        self.same = QRadioButton(tr("The base brief’s points for e&very meeting"))
        self.points_group = QButtonGroup(self)
        for button in (self.suggested, self.same):
            self.points_group.addButton(button)
        (self.suggested if settings.lobby_suggested else self.same).setChecked(True)
        self.format_boxes: dict[str, QCheckBox] = {}
        formats = QHBoxLayout()
        for fmt, label in FORMATS:
            box = QCheckBox(label)
            box.setChecked(fmt in settings.lobby_formats)
            self.format_boxes[fmt] = box
            formats.addWidget(box)
        formats.addStretch(1)
        self.force = QCheckBox(tr("&Replace files that already exist in the folder"))
        self.date_order = QComboBox()
        self.date_order.setAccessibleName(tr("Numeric dates"))
        self.date_order.setToolTip(tr("How to read a date like 3/12/2026 in the CSV"))
        for label, order in DATE_ORDERS:
            self.date_order.addItem(label, order)

        self._tab_chain: list[QWidget] = []
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, field, button, slot in (
            (tr("&Meetings:"), self.csv_edit, tr("Choose…"), self.choose_csv),
            (tr("B&ase brief:"), self.base_box, tr("Other…"), self.choose_base),
            (tr("&Output folder:"), self.output_edit, tr("Choose…"), self.choose_output),
        ):
            caption = QLabel(label)
            caption.setBuddy(field)
            row = self._with_button(field, button, slot)
            if field is self.csv_edit:  # or planned from who comes (roster.py)
                self.roster_button = QPushButton(tr("From Roster…"))
                self.roster_button.setAccessibleName(tr("Plan the meetings from a roster"))
                self.roster_button.setToolTip(tr(ROSTER_TIP))
                self.roster_button.clicked.connect(lambda _checked=False: self.plan_from_roster())
                row.addWidget(self.roster_button)
                self._tab_chain.append(self.roster_button)
            form.addRow(caption, row)
            if field is self.base_box:
                points = QVBoxLayout()
                points.addWidget(self.suggested)
                points.addWidget(self.same)
                form.addRow(tr("Points:"), points)
        form.addRow(tr("Formats:"), formats)
        dates = QLabel(tr("&Dates:"))
        dates.setBuddy(self.date_order)
        form.addRow(dates, self.date_order)
        form.addRow("", self.force)
        return form

    def _path_edit(self, name: str, tip: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        edit.setToolTip(tip)
        edit.setClearButtonEnabled(True)
        return edit

    def _with_button(self, field: QWidget, text: str, slot: object) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(field, 1)
        button = QPushButton(text)
        button.setAccessibleName(f"{text.rstrip('…')} {field.accessibleName().lower()}")
        button.clicked.connect(lambda _checked=False: slot())  # type: ignore[operator]
        row.addWidget(button)
        self._tab_chain += [field, button]
        return row

    def _folder_of(self, text: str) -> str:
        path = Path(text) if text else None
        if path is not None and path.is_file():
            path = path.parent
        if path is not None and path.is_dir():
            return str(path)
        doc = self.document.path
        return str(doc.parent) if doc else str(Path.home())

    # --- choices --------------------------------------------------------------------------------
    def choose_csv(self) -> None:
        path = dialogs.open_path(
            self, tr("Choose the meetings CSV"), self._folder_of(self.csv_edit.text()), CSV_FILTER
        )
        if path is not None:
            self.csv_edit.setText(str(path))

    def choose_base(self) -> None:
        path = dialogs.open_path(
            self, tr("Choose the base brief"), self._folder_of(""), tr(dialogs.YAML_FILTER)
        )
        if path is None:
            return
        index = self.base_box.findData(str(path))
        if index < 0:
            self.base_box.addItem(path.name, str(path))
            index = self.base_box.count() - 1
            self.base_box.setItemData(index, str(path), Qt.ItemDataRole.ToolTipRole)
        self.base_box.setCurrentIndex(index)

    def choose_output(self) -> None:
        folder = dialogs.choose_folder(
            self, tr("Choose the folder for the files"), self._folder_of(self.output_edit.text())
        )
        if folder is not None:
            self.output_edit.setText(str(folder))

    def formats(self) -> list[str]:
        return [fmt for fmt, box in self.format_boxes.items() if box.isChecked()]

    def _base(self) -> Brief:
        path = self.base_box.currentData()
        base = load_brief(Path(path)) if path else validated(self.document.brief)
        if self.suggested.isChecked():  # no points of its own: each meeting gets its suggestions
            base = base.model_copy(update={"blocks": []})
        return base
