"""View ▸ Language: the system's language or one chosen, remembered for the next start."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMenu

from briefer.gui.common.i18n import LANGUAGES
from briefer.gui.common.settings import Settings


def test_choosing_a_language_is_remembered_for_the_next_start(window: Any) -> None:
    menu = window.findChild(QMenu, "languageMenu")
    names = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert names[0] == "System Language" and set(names[1:]) == set(LANGUAGES.values())
    assert [a.text() for a in menu.actions() if a.isChecked()] == ["System Language"]
    belarusian = next(a for a in menu.actions() if a.data() == "be")
    belarusian.trigger()
    assert Settings().language == "be" and belarusian.isChecked()
    assert "Беларуская" in window.statusBar().currentMessage()
    next(a for a in menu.actions() if a.data() == "").trigger()
    assert Settings().language == ""


def test_format_page_language_sets_the_brief_and_undo_brings_it_back(window: Any) -> None:
    menu = window.findChild(QMenu, "pageLanguageMenu")
    assert [a.text() for a in menu.actions()][:5] == [
        "English",
        "Deutsch",
        "Français",
        "Polski",
        "Lietuvių",
    ]  # fmt: skip (then the pack's own text where it has none: test_content_fallback.py)
    assert [a.data() for a in menu.actions() if a.isChecked()] == ["en"]
    next(a for a in menu.actions() if a.data() == "pl").trigger()
    assert window.document.brief.language == "pl"
    assert [a.data() for a in menu.actions() if a.isChecked()] == ["pl"]
    window.document.stack.undo()
    assert window.document.brief.language == "en"
    assert [a.data() for a in menu.actions() if a.isChecked()] == ["en"]
