"""The pack editor and the Packs menu on the real window, driven through their widgets: start from
the bundled pack, change a point and see the page change, undo, save (checked, atomic), use the
pack in the brief, keep a meeting's wording, recover after a crash, install a shared file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QPushButton

from briefer.gui.common import dialogs
from briefer.gui.main.window import MainWindow
from briefer.gui.packs.editor import PackEditor
from briefer.gui.packs.recovery import orphan_drafts, pack_recovery_dir
from briefer.packs import export_pack, find_installed, user_packs_dir
from briefer.packs.bundle import pack_bytes
from briefer.page.content import load_pack
from briefer.support.resources import default_pack_path
from tests.conftest import SAMPLE_BRIEF, pdf_pages
from tests.gui.conftest import TIMEOUT, settle
from tests.packs.helpers import bundled_text, line_of, our_pack

MYTH = "myth-pushes-to-russia"  # point 7 of the bundled pack (index 6)
MYTH_INDEX = 6
OURS = " ".join(["Our own words that worked in the Shaheen office."] * 5)  # 45 words


@pytest.fixture(autouse=True)
def _close_editors(qtbot, make_window):
    """After each test, stop and delete every pack editor before its window goes."""
    yield
    for widget in QApplication.topLevelWidgets():
        editor = widget.packs.editor if isinstance(widget, MainWindow) else None
        if editor is not None:
            editor.shutdown()
            widget.packs.editor = None
            editor.deleteLater()
    qtbot.wait(10)


def settled(qtbot, editor: PackEditor):
    """Wait until the editor's preview shows its current draft; returns that outcome."""
    wanted = editor.draft

    def current() -> None:
        assert editor.preview.outcome is not None and not editor.preview.busy
        assert editor.draft == wanted

    qtbot.waitUntil(current, timeout=TIMEOUT)
    return editor.preview.outcome


def start(qtbot, window: MainWindow) -> PackEditor:
    """Packs › Edit Your Packs, then the start page's button for the bundled pack."""
    window.packs.edit_action.trigger()
    editor = window.packs.editor
    assert editor is not None and editor.pages.currentIndex() == 0
    buttons = [b for b in editor.findChildren(QPushButton) if b.text().startswith("Start from")]
    assert [b.text() for b in buttons] == ["Start from “Hold the Line on Belarus Sanctions”"]
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    assert editor.draft is not None and editor.pages.currentIndex() == 1
    return editor


def select(editor: PackEditor, index: int) -> None:
    editor.points.list.setCurrentRow(index + 1)


def type_into(qtbot, editor: PackEditor, name: str, text: str, *, clear: bool = True) -> None:
    box = editor.point_fields[name].input
    box.setFocus()
    if clear:
        box.selectAll()
        qtbot.keyClick(box, Qt.Key.Key_Delete)
    qtbot.keyClicks(box, text)


def test_start_from_the_bundled_pack_edit_and_see_the_page_change(
    nine_points, qtbot, window
) -> None:
    editor = start(qtbot, window)
    assert editor.draft.id == "my-belarus-sanctions" and editor.isWindowModified()
    rows = editor.points.list
    assert rows.count() == 20 and rows.item(0).text() == "About this pack"
    select(editor, MYTH_INDEX)
    fields = editor.point_fields
    assert fields["title"].text() == "Only Democracy Pulls Belarus from Russia"
    assert fields["claim"].isVisible() and fields["claim"].text().startswith("Sanctions push")
    assert "/ 30 words" in fields["short"].count.text()
    settled(qtbot, editor)

    type_into(qtbot, editor, "short", "Zebra-striped pressure keeps working on the regime.")
    assert editor.draft.points[MYTH_INDEX].short.startswith("Zebra-striped")
    assert fields["short"].count.text() == "7 / 30 words (aim for 25)"
    outcome = settled(qtbot, editor)
    assert outcome.fits and "Zebra-striped" in pdf_pages(outcome.pdf)[0]
    assert editor.preview.indicator.text().startswith("<b>Fits on one page")
    assert "This point prints its" in editor.on_page.text()
    assert editor.stack.count() == 1  # the typing is one step
    # the main window's page is not touched by an unsaved pack
    assert "Zebra-striped" not in pdf_pages(settle(qtbot, window).pdf)[0]

    editor.undo_action.trigger()
    assert fields["short"].text().startswith("Lukashenka’s overtures")
    assert "Zebra-striped" not in pdf_pages(settled(qtbot, editor).pdf)[0]
    editor.redo_action.trigger()
    assert fields["short"].text().startswith("Zebra-striped")


def test_word_counts_problems_next_to_the_field_and_no_save(qtbot, window, seam) -> None:
    editor = start(qtbot, window)
    select(editor, 0)
    long_field, short_field = editor.point_fields["long"], editor.point_fields["short"]
    type_into(qtbot, editor, "long", " ".join(["word"] * 85))
    assert long_field.count.text() == "85 words — 5 over the 80 allowed"
    assert "font-weight:600" in long_field.count.styleSheet()
    assert long_field.problem.isVisibleTo(editor) and "85 words" in long_field.problem.text()
    assert "⚠" in editor.points.summary.text() and not editor.points.list.item(1).icon().isNull()

    type_into(qtbot, editor, "long", "Three words only.")
    assert not long_field.problem.isVisibleTo(editor)
    assert "longer than the long one" in short_field.problem.text()
    editor.save_action.trigger()
    assert not user_packs_dir().exists(), "nothing saved"
    assert "Not saved" in editor.statusBar().currentMessage()

    type_into(qtbot, editor, "short", "")
    assert short_field.problem.text() == "this text is empty; write it"
    editor.point_fields["short"].input.insertPlainText("Tricky\u202etext")  # pasted
    assert "U+202E" in short_field.problem.text()
    type_into(qtbot, editor, "title", "")
    assert "empty" in editor.point_fields["title"].problem.text()
    assert editor.points.list.item(1).text() == "Framing · (no title yet)"
    assert seam.names() == []


def test_kinds_ids_add_move_remove(qtbot, window) -> None:
    editor = start(qtbot, window)
    select(editor, 0)
    qtbot.mouseClick(editor.points.add_button, Qt.MouseButton.LeftButton)
    assert len(editor.draft.points) == 20 and editor.current == 1
    new = editor.draft.points[1]
    assert new.id == "new-point" and new.kind == "framing"
    editor.kind_box.setCurrentIndex(editor.kind_box.findData("misconception"))
    editor.kind_box.activated.emit(editor.kind_box.currentIndex())  # as a click does
    assert editor.draft.points[1].kind == "misconception"
    assert editor.point_fields["claim"].isVisibleTo(editor)
    assert "claim" in editor.point_fields["claim"].problem.text()

    id_field = editor.point_fields["id"]
    id_field.input.setFocus()
    id_field.input.selectAll()
    qtbot.keyClicks(id_field.input, "hold-the-line")
    assert "already used by point 1" in id_field.problem.text()
    qtbot.keyClicks(id_field.input, "-again")
    assert not id_field.problem.isVisibleTo(editor)

    qtbot.mouseClick(editor.points.up_button, Qt.MouseButton.LeftButton)
    assert editor.draft.points[0].id == "hold-the-line-again" and editor.current == 0
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    assert editor.points.list.hasFocus()  # Move Up leaves the focus on the list, for the next move
    qtbot.keyClick(editor.points.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert editor.draft.points[1].id == "hold-the-line-again"
    qtbot.mouseClick(editor.points.remove_button, Qt.MouseButton.LeftButton)
    assert [p.id for p in editor.draft.points][:2] == ["hold-the-line", "belarusian-agency"]
    for _ in range(6):
        editor.undo_action.trigger()
    assert [p.id for p in editor.draft.points][:2] == ["hold-the-line", "belarusian-agency"]
    assert len(editor.draft.points) == 19 and editor.stack.index() == 0


def test_save_use_in_the_brief_and_undo_it(qtbot, window, seam) -> None:
    editor = start(qtbot, window)
    select(editor, 0)
    type_into(qtbot, editor, "title", "Pressure Is Working")
    about = editor.about_fields
    select(editor, -1)
    about["source.credit"].input.setFocus()
    about["source.credit"].input.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(about["source.credit"].input, " Adapted by our group.")
    editor.save_action.trigger()
    path = user_packs_dir() / "my-belarus-sanctions" / "pack.yaml"
    assert path.is_file() and not editor.isWindowModified()
    saved = load_pack(path)
    assert saved.blocks[0].title == "Pressure Is Working"
    assert saved.source.credit.endswith("Adapted by our group.")
    assert [b.id for b in saved.blocks] == [b.id for b in load_pack(default_pack_path()).blocks]
    assert default_pack_path().read_text(encoding="utf-8") == bundled_text()
    languages = [path.with_name(f"pack.{code}.yaml") for code in ("de", "fr", "lt", "pl")]
    assert sorted(path.parent.iterdir()) == [*languages, path]  # no temporary file left

    assert editor.use_action.isEnabled()
    chosen = list(window.document.brief.blocks)
    editor.use_action.trigger()
    assert window.document.brief.pack == "my-belarus-sanctions"
    assert window.document.pack.id == "my-belarus-sanctions"
    assert list(window.document.brief.blocks) == chosen  # the same point ids work
    assert "Pressure Is Working" in pdf_pages(settle(qtbot, window).pdf)[0]
    assert window.points.item("hold-the-line").text(0) == "Pressure Is Working"
    assert not editor.use_action.isEnabled()
    window.actions.undo.trigger()
    assert window.document.pack.id == "belarus-sanctions"
    assert "Pressure Is Working" not in pdf_pages(settle(qtbot, window).pdf)[0]
    window.actions.redo.trigger()

    # a later save shows in the brief that uses the pack
    select(editor, 0)
    type_into(qtbot, editor, "title", "Pressure Works")
    editor.save_action.trigger()
    assert window.document.pack.block("hold-the-line").title == "Pressure Works"
    assert "Pressure Works" in pdf_pages(settle(qtbot, window).pdf)[0]


def test_keep_a_meetings_text_in_my_pack(qtbot, window) -> None:
    window.show_tab(1)
    window.points.tree.setCurrentItem(window.points.item("hold-the-line"))
    block_editor = window.points.editor
    assert not block_editor.keep_button.isEnabled()
    qtbot.keyClicks(block_editor.edit, OURS)
    assert block_editor.keep_button.isEnabled()
    menu = block_editor.keep_button.menu()
    [as_long] = [a for a in menu.actions() if a.text() == "As This Point’s Long Text"]
    as_long.trigger()
    editor = window.packs.editor
    assert editor is not None and editor.isVisible() and editor.modified
    assert editor.draft.id == "my-belarus-sanctions"
    assert editor.current == 0
    assert editor.point_fields["long"].text() == OURS
    assert not editor.point_fields["long"].problem.isVisibleTo(editor)
    assert "Save the pack" in editor.statusBar().currentMessage()

    [as_new] = [a for a in menu.actions() if a.text() == "As a New Point"]
    as_new.trigger()  # the same draft: it has the point
    new = editor.draft.points[1]
    assert (new.id, new.kind) == ("hold-the-line-ours", "framing")
    assert new.title == "Keep the Pressure On Belarus (our wording)"
    assert new.long == OURS and new.short == ""  # 45 words: too long for a short text
    assert editor.point_fields["short"].problem.text() == "this text is empty; write it"
    assert not editor.save()
    type_into(qtbot, editor, "short", "Our own short words.")
    assert editor.save()
    assert load_pack(find_installed("my-belarus-sanctions")).has("hold-the-line-ours")


def test_unsaved_pack_work_survives_a_crash(qtbot, window, make_window, seam) -> None:
    editor = start(qtbot, window)
    select(editor, 0)
    type_into(qtbot, editor, "title", "Unsaved Title")
    assert editor.autosave.save_now()
    [file] = pack_recovery_dir().glob("*.yaml")
    assert "Unsaved Title" in file.read_text(encoding="utf-8")
    assert orphan_drafts() == []  # its app is still running: not offered
    editor.autosave._lock.unlock()  # the app is gone (as after a crash), its file stays
    editor.autosave._lock = None
    editor.autosave.timer.stop()

    seam.ask_answer = True
    second = make_window()
    second.open_initial(None)
    assert any("Restore" in text for text in seam.texts("ask"))
    restored = second.packs.editor
    assert restored is not None and restored.modified
    assert restored.draft.points[0].title == "Unsaved Title"
    assert restored.draft.id == "my-belarus-sanctions" and restored.saved_id == ""
    assert not file.exists()


def test_install_a_dropped_pack_file(qtbot, window, seam, tmp_path: Path) -> None:
    shared = tmp_path / "partner.brieferpack"
    shared.write_bytes(pack_bytes(our_pack("partner-points")))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(shared))])
    seam.ask_answer = True
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    [question] = seam.texts("ask")
    assert "Install the pack “Hold the Line on Belarus Sanctions”" in question
    assert "19 talking points" in question and "partner-points" in question
    assert find_installed("partner-points") is not None
    assert "Installed" in window.statusBar().currentMessage()
    assert window.packs.use_pack("partner-points")
    assert window.document.brief.pack == "partner-points"

    # the same file again: replacing is asked, with the word "Replace"
    window.open_file(shared)
    assert "already have a pack" in seam.texts("ask")[-1]


def test_a_bad_pack_file_is_refused_with_its_line(qtbot, window, seam, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    text = our_pack().replace("kind: evidence", "kind: anecdote", 1)
    bad.write_text(text, encoding="utf-8")
    assert not window.open_file(bad)
    [message] = seam.texts("error")
    assert "Cannot install bad.yaml" in message and "must be one of" in message.lower()
    assert f"Line: {line_of(text, 'anecdote')}" in message and "4" in message
    assert not user_packs_dir().exists()
    assert seam.texts("ask") == []


def test_a_brief_whose_pack_is_missing_says_how_to_get_it(qtbot, window, seam, tmp_path) -> None:
    brief = tmp_path / "brief.yaml"
    brief.write_text(SAMPLE_BRIEF + "pack: partner-points\n", encoding="utf-8")
    assert not window.files.load(brief)
    [message] = seam.texts("error")
    assert "partner-points" in message and "not installed" in message
    assert "pack file (.brieferpack)" in message


def test_share_the_briefs_pack(qtbot, window, seam, tmp_path: Path) -> None:
    editor = start(qtbot, window)
    assert editor.save()
    window.packs.use_pack("my-belarus-sanctions")
    seam.paths.append(tmp_path / "ours.brieferpack")
    assert window.packs.export_current()
    assert (tmp_path / "ours.brieferpack").is_file()
    assert (
        export_pack("my-belarus-sanctions", tmp_path / "b.brieferpack").read_bytes()
        == (tmp_path / "ours.brieferpack").read_bytes()
    )


def test_markup_in_a_pack_prints_as_typed(qtbot, window) -> None:
    editor = start(qtbot, window)
    select(editor, 0)
    for field in ("short", "long"):  # whichever the fit prints
        type_into(qtbot, editor, field, "<b>Bold?</b> <img src='x'> & more")
        assert not editor.point_fields[field].problem.isVisibleTo(editor)
    page = pdf_pages(settled(qtbot, editor).pdf)[0]
    assert "<b>Bold?</b> <img src='x'> & more" in page
    assert editor.save()
    window.packs.use_pack("my-belarus-sanctions")
    window.show_tab(1)
    window.points.tree.setCurrentItem(window.points.item("hold-the-line"))
    label = window.points.editor.short_text
    assert label.text() == "<b>Bold?</b> <img src='x'> & more"
    assert label.textFormat() == Qt.TextFormat.PlainText


def test_closing_with_unsaved_pack_changes_asks(qtbot, window, seam) -> None:
    editor = start(qtbot, window)
    seam.save_answer = dialogs.Choice.CANCEL
    assert not window.packs.maybe_close()
    seam.save_answer = dialogs.Choice.DISCARD
    assert window.packs.maybe_close()
    assert not list(pack_recovery_dir().glob("*.yaml")) if pack_recovery_dir().exists() else True
    assert editor.draft is not None


def test_ctrl_z_in_a_text_box_undoes_the_pack_edit(qtbot, window) -> None:
    editor = start(qtbot, window)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    select(editor, 0)
    type_into(qtbot, editor, "short", "New words.")
    box = editor.point_fields["short"].input
    qtbot.keyClick(box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.draft.points[0].short.startswith("Calls to ease Belarus")
    assert box.toPlainText().startswith("Calls to ease Belarus") and editor.stack.index() == 0
    redo = editor.redo_action.shortcut()[0]  # the platform's Redo key
    qtbot.keyClick(box, redo.key(), redo.keyboardModifiers())
    assert editor.draft.points[0].short == "New words."


def test_the_editor_keeps_a_points_audience_words_through_edits(qtbot, window) -> None:
    """The editor keeps a point's words for each audience (edited in the file, not here) while
    the point's own texts are typed over, and writes them back."""
    editor = start(qtbot, window)
    index = next(i for i, p in enumerate(editor.draft.points) if p.id == "rec-expand-gradually")
    select(editor, index)
    before = editor.draft.points[index].variants
    assert set(before) == {"us-congress", "us-state", "eu-parliament", "national-parliament"}
    type_into(qtbot, editor, "long", "Keep widening the sanctions, step by step, with allies.")
    assert editor.draft.points[index].long.startswith("Keep widening")
    assert editor.draft.points[index].variants == before
    assert not editor.point_form.problem.isVisible()
    assert "eu-parliament:" in editor.draft.yaml() and "The EU should keep" in editor.draft.yaml()


def test_esc_closes_the_editor_asking_about_unsaved_changes(qtbot, window, seam) -> None:
    """Esc, as in a dialog: with a change not saved it asks as Ctrl+W does (Cancel keeps the
    editor open), then closes."""
    editor = start(qtbot, window)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    select(editor, 0)
    type_into(qtbot, editor, "short", "New words.")
    box = editor.point_fields["short"].input
    seam.save_answer = dialogs.Choice.CANCEL
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert seam.names() == ["ask_save_changes"] and editor.isVisible()
    seam.save_answer = dialogs.Choice.DISCARD
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert seam.names() == ["ask_save_changes"] * 2 and not editor.isVisible()
