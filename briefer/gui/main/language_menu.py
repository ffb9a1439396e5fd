"""View ▸ Language: the app's language, the system's or one chosen; used from the next start."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from briefer.gui.common.i18n import LANGUAGES, tr
from briefer.gui.common.settings import Settings


def language_menu(parent: QWidget, settings: Settings, notify: Callable[[str], None]) -> QMenu:
    """The menu: "System Language" and each language named in itself, the setting checked."""
    menu = QMenu(tr("&Language"), parent)
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    choices = [("", tr("System Language"))]
    choices += sorted(LANGUAGES.items(), key=lambda item: item[1])

    def choose(code: str, name: str) -> None:
        settings.language = code
        notify(tr("Briefer speaks {language} from its next start.").format(language=name))

    for code, name in choices:
        action = menu.addAction(name)
        action.setCheckable(True)
        action.setChecked(code == (settings.language if settings.language in LANGUAGES else ""))
        action.setData(code)
        group.addAction(action)
        action.triggered.connect(lambda _checked=False, c=code, n=name: choose(c, n))
        if not code:
            menu.addSeparator()
    return menu
