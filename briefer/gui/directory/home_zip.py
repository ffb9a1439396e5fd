"""The Sender tab's "Where you live": the advocate's ZIP code and the members it gives.

The ZIP is remembered on this computer (a setting, never part of a brief or a page). With the
legislators and the ZIP data imported, the box lists the advocate's two senators and their
representative — every candidate, said plainly, when the ZIP spans districts — with the date of
the ZIP data, since district maps change.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from briefer.gui.common.dates import one_stop, plain_date
from briefer.gui.common.i18n import QT_TR_NOOP, core_text, tr
from briefer.gui.directory.legislator_field import WrappedLabel
from briefer.gui.directory.legislators import Legislators
from briefer.legislators.constituents import join_words
from briefer.legislators.zips import normalize_zip

IMPORT_LINK = QT_TR_NOOP(
    'To see your members, <a href="import">import the legislators and the ZIP-to-district file…</a>'
)


class HomeZipBox(QGroupBox):
    """Your ZIP code, checked as you type, and who represents it."""

    zip_changed = Signal(str)  # a valid five-digit ZIP, or '' — to remember
    import_requested = Signal()

    def __init__(self, legislators: Legislators, parent: QWidget | None = None) -> None:
        super().__init__(tr("Where you live"), parent)
        self.legislators = legislators
        self.edit = QLineEdit()
        self.edit.setObjectName("home_zip")
        self.edit.setAccessibleName(tr("Your ZIP code"))
        self.edit.setPlaceholderText(tr("e.g. 03301"))
        self.edit.setMaxLength(10)
        self.edit.setClearButtonEnabled(True)
        self.edit.setMaximumWidth(160)
        self.edit.textEdited.connect(self._edited)
        self.problem = QLabel()
        self.problem.setObjectName("home_zip_problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.members = WrappedLabel()
        self.members.setObjectName("your_members")
        self.members.setWordWrap(True)
        self.members.setTextFormat(Qt.TextFormat.RichText)
        self.members.setAccessibleName(tr("Your members"))
        self.members.linkActivated.connect(lambda _link: self.import_requested.emit())
        note = WrappedLabel(
            tr(
                "Used on this computer only, to find your members and whether you are their "
                "constituent. It is never printed on a page."
            )
        )
        note.setWordWrap(True)
        note.setForegroundRole(note.foregroundRole().PlaceholderText)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(tr("Your ZIP:"), self.edit)
        form.addRow("", self.problem)
        form.addRow(tr("Your members:"), self.members)
        form.addRow("", note)
        legislators.home_changed.connect(self.show_members)
        self.show_members()

    def set_zip(self, text: str) -> None:
        """Show a remembered ZIP (from the settings) and use it."""
        self.edit.setText(text)
        self._edited(text)

    def _edited(self, text: str) -> None:
        value = text.strip()
        try:
            five = normalize_zip(value) if value else ""
        except ValueError as exc:
            self.problem.setText(f"<span style='color:#b00020'>{exc}</span>")
            self.problem.show()
            return
        self.problem.hide()
        if five != self.legislators.home_zip:
            self.legislators.set_home_zip(five)
            self.zip_changed.emit(five)

    def show_members(self) -> None:
        self.members.setText(members_html(self.legislators))


def members_html(legislators: Legislators) -> str:
    """What the box says about the advocate's members, as the label's rich text."""
    if legislators.directory is None or legislators.zips is None:
        return tr(IMPORT_LINK)
    if not legislators.home_zip:
        return tr("<i>Type your ZIP code to see your two senators and your representative.</i>")
    found = legislators.home()
    when = legislators.zips_date()
    dated = (
        one_stop(tr("<br><small>ZIP data of {value}.</small>").format(value=plain_date(when)))
        if when
        else ""
    )
    if found is None or not found.districts:
        return tr(
            "ZIP {home_zip} is not in the ZIP data (PO-box-only ZIPs are missing): try the ZIP "
            "of your home address.{dated}"
        ).format(home_zip=legislators.home_zip, dated=dated)
    lines = []
    for item in found.members:
        member = item.member
        seat = f" ({member.seat_code()})" if member.district else f" ({member.state})"
        maybe = tr(" — <i>may be yours</i>") if item.ambiguous else ""
        lines.append(f"{_escape(member.title)} {_escape(member.name)}{seat}{maybe}")
    lines += [
        tr("No member in the directory for {seat}").format(seat=core_text(seat))
        for seat in found.vacant
    ]
    text = "<br>".join(lines)
    if found.spans_districts:
        codes = join_words([d.code() for d in found.districts])
        text += tr(
            "<br><small>Your ZIP spans {codes}: which of them is yours depends on your street "
            "address.</small>"
        ).format(codes=codes)
    return text + dated


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
