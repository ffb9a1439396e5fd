"""The meeting report: whom we met, where the office stands, their questions (and our answers),
what was asked and promised, when to follow up, notes. Also the thank-you, as text or a draft.

The form is checked by the same rules as ``briefer log report --file``; a problem is shown under
the form, naming the label the user sees, and nothing is saved until it is fixed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefer.gui.common.dates import DATE_FIELD
from briefer.gui.common.i18n import QT_TR_NOOP, tr
from briefer.gui.meetings.model import position_label
from briefer.meetings.model import POSITIONS, Meeting, Report
from briefer.meetings.report_input import check_report, report_from_input
from briefer.page.brief import Brief
from briefer.page.compose import format_date
from briefer.support.clock import SYSTEM, Clock
from briefer.support.errors import BrieferError

LABELS = {
    "met": QT_TR_NOOP("Whom we met"),
    "staffer_email": QT_TR_NOOP("Staffer’s email"),
    "attendees": QT_TR_NOOP("Our team"),
    "position": QT_TR_NOOP("Their position"),
    "questions": QT_TR_NOOP("Their questions"),
    "requests": QT_TR_NOOP("They asked of us"),
    "our_commitments": QT_TR_NOOP("We promised"),
    "their_commitments": QT_TR_NOOP("They promised"),
    "follow_up": QT_TR_NOOP("Follow up by"),
    "notes": QT_TR_NOOP("Notes"),
}


def when_text(meeting: Meeting, paper: str = "letter") -> str:
    day = format_date(meeting.date, paper) if meeting.date else tr("no date")
    return ", ".join(part for part in (day, meeting.time) if part)


def _lines(edit: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]


def _list_edit(items: tuple[str, ...], placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit("\n".join(items))
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 14)
    return edit


class QuestionsTable(QTableWidget):
    """Their questions and our answers; an empty row at the end is always there to type into."""

    def __init__(self, questions: tuple[tuple[str, str], ...]) -> None:
        super().__init__(0, 2)
        self.setHorizontalHeaderLabels(
            [tr("Question"), tr("Our answer (leave empty if we owe one)")]
        )
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setVisible(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.setTabKeyNavigation(False)
        self.setWordWrap(True)
        for question, answer in questions:
            self._add(question, answer)
        self._add("", "")
        self.itemChanged.connect(self._keep_an_empty_row)
        self.setMinimumHeight(self.verticalHeader().defaultSectionSize() * 4 + 30)

    def _add(self, question: str, answer: str) -> None:
        row = self.rowCount()
        self.insertRow(row)
        self.setItem(row, 0, QTableWidgetItem(question))
        self.setItem(row, 1, QTableWidgetItem(answer))

    def _keep_an_empty_row(self, _item: QTableWidgetItem) -> None:
        last = self.rowCount() - 1
        if last < 0 or any(self._text(last, c) for c in (0, 1)):
            self.blockSignals(True)
            self._add("", "")
            self.blockSignals(False)

    def _text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text().strip() if item is not None else ""

    def pairs(self) -> list[dict[str, str]]:
        out = []
        for row in range(self.rowCount()):
            question, answer = self._text(row, 0), self._text(row, 1)
            if question or answer:
                out.append({"question": question or tr("(no question)"), "answer": answer})
        return out

    def set_row(self, row: int, question: str, answer: str = "") -> None:
        """Fill one row (as typing would), adding rows as needed."""
        while self.rowCount() <= row:
            self._add("", "")
        self.item(row, 0).setText(question)
        self.item(row, 1).setText(answer)


class ReportDialog(QDialog):
    """Write or change the report of one meeting. ``saved(meeting_id)`` once it is stored."""

    saved = Signal(str)

    def __init__(
        self,
        meeting: Meeting,
        save: Callable[[Report, list[str]], Meeting],
        thank_you: Callable[[Meeting], None] | None = None,
        parent: QWidget | None = None,
        paper: str = "letter",
        brief_of: Callable[[Meeting], Brief] | None = None,
        clock: Clock = SYSTEM,
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self.meeting = meeting
        self._brief_of = brief_of or _brief_of
        self._save = save
        self._thank_you = thank_you
        self.setWindowTitle(tr("Meeting report — {who}").format(who=meeting.who))
        self.setObjectName("reportDialog")
        report = meeting.report or Report()

        title = QLabel(
            f"<span style='font-size:15pt; font-weight:600'>{_escape(meeting.who)}</span>"
        )
        title.setTextFormat(Qt.TextFormat.RichText)
        subtitle = QLabel(
            when_text(meeting, paper) + (f" · {meeting.location}" if meeting.location else "")
        )
        subtitle.setStyleSheet("color: #4a4f57;")
        from briefer.gui.meetings.ahead import still_ahead

        hint = QLabel(
            tr(
                "The meeting is still ahead: note what you know now, and finish the report after "
                "it. "
                "It stays on this computer, in your meeting log."
            )
            if still_ahead(meeting.date, meeting.time, self.clock.now())
            else tr(
                "Write it while it is fresh: it stays on this computer, in your meeting log, "
                "and feeds the thank-you email."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5f6368;")

        self.met = QLineEdit(report.met or meeting.staffer_named)
        self.met.setPlaceholderText(tr("e.g. Jesús García, foreign policy adviser"))
        self.email = QLineEdit(report.staffer_email)
        self.email.setPlaceholderText(tr("for the thank-you, e.g. jesus.garcia@senate.gov"))
        self.team = QLineEdit(", ".join(meeting.attendees))
        self.team.setPlaceholderText(tr("who of us went, separated by commas"))
        self.position = QComboBox()
        for key in POSITIONS:
            self.position.addItem(position_label(key), key)
        self.position.setCurrentIndex(POSITIONS.index(report.position))
        self.questions = QuestionsTable(tuple((q.question, q.answer) for q in report.questions))
        self.requests = _list_edit(
            report.requests, tr("one per line: what the office asked us for")
        )
        self.ours = _list_edit(report.our_commitments, tr("one per line: what we said we would do"))
        self.theirs = _list_edit(
            report.their_commitments, tr("one per line: what they offered to do")
        )
        self.follow_up = QDateEdit()
        self.follow_up.setCalendarPopup(True)
        self.follow_up.setDisplayFormat(DATE_FIELD)  # as the app writes dates: when.short_date
        self.has_follow_up = QCheckBox(tr("Follow up by"))
        default = report.follow_up or _default_follow_up(meeting, self.clock.today())
        self.follow_up.setDate(QDate(default.year, default.month, default.day))
        self.has_follow_up.setChecked(report.follow_up is not None or meeting.report is None)
        self.follow_up.setEnabled(self.has_follow_up.isChecked())
        self.has_follow_up.toggled.connect(self.follow_up.setEnabled)
        self.done_box = QCheckBox(tr("Done"))
        self.done_box.setChecked(report.follow_up_done)
        self.notes = QPlainTextEdit(report.notes)
        self.notes.setPlaceholderText(
            tr("anything else worth remembering: mood, names, next steps")
        )
        self.notes.setTabChangesFocus(True)
        self.problem = QLabel()
        self.problem.setObjectName("reportProblem")
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.setWordWrap(True)
        self.problem.hide()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(tr("{label}:").format(label=tr(LABELS["met"])), self.met)
        form.addRow(tr("{label}:").format(label=tr(LABELS["staffer_email"])), self.email)
        form.addRow(tr("{label}:").format(label=tr(LABELS["attendees"])), self.team)
        form.addRow(tr("{label}:").format(label=tr(LABELS["position"])), self.position)
        form.addRow(tr("{label}:").format(label=tr(LABELS["questions"])), self.questions)
        form.addRow(tr("{label}:").format(label=tr(LABELS["requests"])), self.requests)
        form.addRow(tr("{label}:").format(label=tr(LABELS["our_commitments"])), self.ours)
        form.addRow(tr("{label}:").format(label=tr(LABELS["their_commitments"])), self.theirs)
        follow = QHBoxLayout()
        follow.addWidget(self.follow_up)
        follow.addWidget(self.done_box)
        follow.addStretch(1)
        form.addRow(self.has_follow_up, follow)
        form.addRow(tr("{label}:").format(label=tr(LABELS["notes"])), self.notes)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.copy_button = QPushButton(tr("Copy Thank-you Text"))
        self.copy_button.setToolTip(
            tr("Save the report, then copy a thank-you message to paste into your email")
        )
        self.copy_button.clicked.connect(self.copy_thank_you)
        self.email_button = QPushButton(tr("Thank-you Email…"))
        self.email_button.setToolTip(
            tr("Save the report, then write an email draft (.eml) with the leave-behind attached")
        )
        self.email_button.clicked.connect(self.write_thank_you)
        self.email_button.setEnabled(thank_you is not None)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addWidget(self.email_button)
        row.addStretch(1)
        row.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addWidget(hint)
        layout.addSpacing(6)
        layout.addLayout(form, 1)
        layout.addWidget(self.problem)
        layout.addLayout(row)
        self.resize(720, 760)
        self.met.setFocus()

    # --- reading the form ----------------------------------------------------------------------
    def data(self) -> dict[str, object]:
        follow = self.follow_up.date().toPython() if self.has_follow_up.isChecked() else None
        return {
            "met": self.met.text(),
            "staffer_email": self.email.text(),
            "position": self.position.currentData(),
            "questions": self.questions.pairs(),
            "requests": _lines(self.requests),
            "our_commitments": _lines(self.ours),
            "their_commitments": _lines(self.theirs),
            "follow_up": follow,
            "follow_up_done": self.done_box.isChecked() and follow is not None,
            "notes": self.notes.toPlainText(),
        }

    def team_names(self) -> list[str]:
        return [name.strip() for name in self.team.text().split(",") if name.strip()]

    def store(self) -> bool:
        """Check and save; on a problem, say which field (by its label) and keep the dialog."""
        try:
            report = report_from_input(check_report(self.data(), tr("the report")))
            self.meeting = self._save(report, self.team_names())
        except BrieferError as exc:
            field = (exc.field or "").split(".")[0]
            label = LABELS.get(field, field.replace("_", " ").capitalize())
            message = exc.message[:1].upper() + exc.message[1:]
            self.problem.setStyleSheet("color: #b3261e;")
            self.problem.setText(f"{label}: {message}." if label else f"{message}.")
            self.problem.show()
            return False
        self.problem.hide()
        self.saved.emit(self.meeting.id)
        return True

    def accept(self) -> None:
        if self.store():
            super().accept()

    def copy_thank_you(self) -> str | None:
        from briefer.gui.meetings.ahead import thank_you_now
        from briefer.meetings.followup import as_text

        if not self.store():
            return None
        m = self.meeting
        if not thank_you_now(self, m.who, m.date, m.time, self.clock.now()):
            return None

        text = as_text(self._brief_of(self.meeting), self.meeting)
        QGuiApplication.clipboard().setText(text)
        self.problem.setStyleSheet("color: #1f3763;")
        self.problem.setText(tr("Report saved; the thank-you text is on the clipboard."))
        self.problem.show()
        return text

    def write_thank_you(self) -> None:
        if self._thank_you is not None and self.store():
            self._thank_you(self.meeting)


def _brief_of(meeting: Meeting) -> Brief:
    """The brief the meeting's page was built from, or one made of what the log knows."""
    from briefer.gui.meetings.access import brief_for

    return brief_for(meeting)


def _default_follow_up(meeting: Meeting, today: dt.date) -> dt.date:
    from briefer.meetings.followup import due_date

    return due_date(meeting.date or today)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
