"""Control characters pasted into any text field are removed on the way in; nobody is told about
a character they cannot see (issue 9, item 9)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QRegularExpressionValidator
from PySide6.QtWidgets import QDialog, QLineEdit, QPlainTextEdit, QVBoxLayout

from briefer.gui.common.clean_input import clean_line, clean_text
from briefer.gui.main.window import MainWindow
from tests.gui.conftest import settle

DIRTY = "Russell\x07 506\x1b[31m\x00"  # a bell, a terminal escape, a NUL


def paste(qtbot, widget, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_pasted_control_characters_never_reach_the_brief(qtbot, window: MainWindow, seam) -> None:
    form = window.meeting_form
    location = form.fields["meeting.location"]
    paste(qtbot, location, DIRTY)
    assert location.text() == "Russell 506[31m"
    assert window.document.brief.meeting.location == "Russell 506[31m"

    title = form.fields["meeting.title"]  # an editable combo box
    paste(qtbot, title.lineEdit(), "Sen\x08ator")
    assert window.document.brief.meeting.title == "Senator"

    ask = form.fields["ask"]
    ask.clear()
    paste(qtbot, ask, "Support\x0b S. 1234.\r\nThank you.\x7f")
    assert ask.toPlainText() == "Support S. 1234.\nThank you."
    assert window.document.brief.ask == "Support S. 1234.\nThank you."

    window.show_tab(1)
    window.points.tree.setCurrentItem(window.points.item("hold-the-line"))
    editor = window.points.editor.edit
    paste(qtbot, editor, "Our\x0c words.")
    assert window.document.brief.edits["hold-the-line"] == "Our words."

    assert settle(qtbot, window).fits  # no "contains a control character" anywhere
    assert "control character" not in window.preview.indicator.text()
    assert seam.names() == []
    window.actions.undo.trigger()  # the paste and its cleaning are one step
    assert "hold-the-line" not in window.document.brief.edits


def test_fields_made_later_are_cleaned_too_and_keep_their_own_validator(
    qtbot, window: MainWindow
) -> None:
    dialog = QDialog(window)
    layout = QVBoxLayout(dialog)
    zip_code = QLineEdit()
    zip_code.setValidator(QRegularExpressionValidator(r"\d{0,5}"))
    note = QPlainTextEdit()
    layout.addWidget(zip_code)
    layout.addWidget(note)
    dialog.show()
    qtbot.waitExposed(dialog)
    paste(qtbot, zip_code, "033\x0001")
    assert zip_code.text() == "03301"
    paste(qtbot, zip_code, "x")  # the field's own validator still refuses letters
    assert zip_code.text() == "03301"
    paste(qtbot, note, "a\x1bb\tc")
    assert note.toPlainText() == "ab\tc"
    dialog.close()


def test_one_line_and_many_lines() -> None:
    assert clean_line("one\ntwo\tthree\r\nfour\x00") == "one two three four"
    assert clean_text("one\r\ntwo\rthree\x1b\x9b") == "one\ntwo\nthree"
    assert clean_line("Святлана Ціханоўская") == "Святлана Ціханоўская"


REVERSED = "\u202eevil.exe\u202c"  # would show as "exe.live" in a label


def test_text_from_files_is_shown_without_controls_or_reversal(
    qtbot, window: MainWindow, tmp_path, seam
) -> None:
    """A partner's pack, a teammate's log (one written before the readers dropped the marks that
    reorder text) and a lobby day's CSV: what the app shows of them is cleaned."""
    import datetime as dt

    from briefer.day import Slot
    from briefer.gui.lobby.table import MeetingsModel as DayModel
    from briefer.gui.meetings.model import MeetingsModel
    from briefer.gui.meetings.texts import detail_html
    from briefer.meetings.model import Meeting, Report
    from briefer.support.resources import default_pack_path
    from tests.conftest import SAMPLE_BRIEF

    def clean(text: str) -> bool:
        return not any(c in text for c in "\u202e\u202c\x1b\x07\r")

    pack = default_pack_path().read_text(encoding="utf-8")
    pack = pack.replace('"Keep the Pressure On Belarus"', f'"Keep {REVERSED} the Pressure"', 1)
    (tmp_path / "pack.yaml").write_text(pack, encoding="utf-8")
    brief = tmp_path / "brief.yaml"
    brief.write_text(SAMPLE_BRIEF.replace("template:", "pack: pack.yaml\ntemplate:"), "utf-8")
    loaded = window.files.load(brief)  # a pack hiding a reorder mark is refused, naming it
    shown = " ".join(str(args) for _, args in seam.calls)
    outcome = settle(qtbot, window)
    assert "U+202E" in shown or (outcome.error is not None and "U+202E" in str(outcome.error))
    assert loaded or shown
    titles = [
        window.points.tree.topLevelItem(i).child(j).text(0)
        for i in range(window.points.tree.topLevelItemCount())
        for j in range(window.points.tree.topLevelItem(i).childCount())
    ]
    assert all(clean(t) for t in titles)

    meeting = Meeting(
        id="0" * 32,
        legislator=f"Jeanne {REVERSED}Shaheen\x1b[2J",
        location="Russell\r506",
        report=Report(notes=f"They said {REVERSED}.\x07\nAnd more."),
    )
    model = MeetingsModel()
    model.set_meetings([meeting], dt.datetime(2026, 12, 1))
    member = model.data(model.index(0, 2), Qt.ItemDataRole.DisplayRole)
    assert member == "Jeanne evil.exeShaheen[2J"
    html = detail_html(meeting, dt.datetime(2026, 12, 1))
    assert clean(html) and "They said evil.exe.<br>And more." in html

    day = DayModel()
    day.set_slots([Slot(2, name=f"Anna {REVERSED}", legislator=f"Anna {REVERSED}\r")])
    cells = [day.data(day.index(0, c), Qt.ItemDataRole.DisplayRole) for c in range(4)]
    tip = day.data(day.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert all(clean(str(cell)) for cell in [*cells, tip]) and "Anna evil.exe" in " ".join(cells)
