"""Format › Page Language › the pack's own text where it has none in that language: the brief's
content_fallback, one undoable step."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from briefer.page.brief import dumps


def test_the_users_say_so_for_the_packs_own_text(window) -> None:
    menu = window.findChild(QMenu, "pageLanguageMenu")
    action = window.findChild(QAction, "contentFallback")
    assert action in menu.actions() and not action.isChecked()
    action.trigger()
    assert window.document.brief.content_fallback == "en" and action.isChecked()
    assert "content_fallback: en" in dumps(window.document.brief)
    window.document.stack.undo()
    assert window.document.brief.content_fallback is None and not action.isChecked()
