"""The pack editor's languages on the real window: choose German, see the pack's own text beside
the German one, find what is missing marked, and save the pack with its German file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from briefer.gui.packs.translations import MISSING
from briefer.packs import user_packs_dir
from briefer.page.content import load_pack
from tests.conftest import pdf_pages
from tests.gui.packs.test_editor import (  # noqa: F401 (the fixture)
    MYTH_INDEX,
    _close_editors,
    select,
    settled,
    start,
)


def test_edit_the_german_texts_beside_the_packs_own_and_save_them(
    nine_points, qtbot, window
) -> None:
    menu = window.findChild(QMenu, "pageLanguageMenu")
    next(a for a in menu.actions() if a.data() == "de").trigger()  # the page in German
    editor = start(qtbot, window)
    bar, form = editor.language_bar, editor.translation_form
    assert bar.box.itemText(0) == "English (the pack’s own)" and not bar.missing.isVisible()
    bar.box.setFocus()
    qtbot.keyClick(bar.box, Qt.Key.Key_Down)  # Deutsch
    assert editor.language == "de" and editor.forms.currentWidget() is form
    assert bar.missing.text() == "Every text is written in Deutsch."
    assert form.fields["title"].text() == "Kurs halten bei den Sanktionen gegen Belarus"
    assert form.own["title"].text() == "Hold the Line on Belarus Sanctions"
    assert form.fields["asks.eu-parliament"].text().startswith("Bringen Sie Änderungsanträge")
    assert form.own["asks.eu-parliament"].text().startswith("Table and vote for amendments")

    select(editor, 0)  # a point's words for an audience, in German too
    variant = form.fields["variants.eu-parliament.long"]
    assert variant.isVisibleTo(editor) and variant.text().startswith("Die Rufe nach einer")
    assert form.own["variants.eu-parliament.long"].text().startswith("Calls to ease")
    assert not form.fields["variants.us-state.long"].isVisibleTo(editor)

    select(editor, MYTH_INDEX)
    assert form.own["title"].text() == "Only Democracy Pulls Belarus from Russia"
    assert form.fields["title"].text() == "Nur Demokratie löst Belarus von Russland"
    assert form.fields["claim"].isVisibleTo(editor) and not form.fields["ask"].isVisibleTo(editor)
    short = form.fields["short"].input
    short.setFocus()
    short.selectAll()
    qtbot.keyClick(short, Qt.Key.Key_Delete)
    assert bar.missing.text() == "1 text to write in Deutsch (marked ○)."
    assert editor.points.list.item(MYTH_INDEX + 1).text().startswith(MISSING)
    assert settled(qtbot, editor).error is not None  # the preview says which point, in German
    assert "the point 'myth-pushes-to-russia' has no text in German" in (
        editor.preview.indicator.text()
    )
    editor.save_action.trigger()  # saved as far as written: that point prints in English
    folder = user_packs_dir() / "my-belarus-sanctions"
    german = load_pack(folder / "pack.yaml").in_language("de")
    assert german is not None and german.untranslated == {"myth-pushes-to-russia"}

    qtbot.keyClicks(short, "Unsere eigenen Worte zu diesem Punkt.")
    assert form.fields["short"].count.text() == "6 / 30 words (aim for 25)"
    assert not editor.points.list.item(MYTH_INDEX + 1).text().startswith(MISSING)
    assert "Unsere eigenen Worte zu diesem Punkt" in pdf_pages(settled(qtbot, editor).pdf)[0]
    assert editor.save_action.isEnabled()
    editor.save_action.trigger()
    assert sorted(p.name for p in folder.iterdir()) == [
        "pack.de.yaml", "pack.fr.yaml", "pack.lt.yaml", "pack.pl.yaml", "pack.yaml",
    ]  # fmt: skip
    german = load_pack(folder / "pack.yaml").in_language("de")
    assert german is not None and german.id == "my-belarus-sanctions" and not german.untranslated
    assert german.block("myth-pushes-to-russia").short == "Unsere eigenen Worte zu diesem Punkt."

    editor.undo_action.trigger()  # the typing, then the clearing: the German text as it was
    assert form.fields["short"].text() == ""
    editor.undo_action.trigger()
    assert form.fields["short"].text().startswith("Lukaschenkos Annäherungen")
    bar.box.setFocus()
    qtbot.keyClick(bar.box, Qt.Key.Key_Up)  # back to the pack's own English
    assert editor.language == "" and editor.point_fields["short"].text().startswith("Lukashenka")
