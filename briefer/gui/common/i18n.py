"""The app in the advocate's language, the Qt way: ``tr`` calls that ``pyside6-lupdate`` collects
into ``translations/briefer_<language>.ts``, compiled by ``pyside6-lrelease`` into ``.qm`` files
that a ``QTranslator`` loads, with Qt's own ``qtbase_<language>.qm`` for its dialogs where
PySide6 ships one (``scripts/translations.py`` runs the tools).

Every text the user sees is written ``tr("Text")`` (plurals: ``tr("%n point(s)", None, n)``;
one context for the whole app, so a text has one translation wherever it shows); a text made
before the translator is installed (a module's constant) is marked ``QT_TR_NOOP("Text")`` and
shown as ``tr(CONSTANT)``. The core's messages (no Qt there: ``briefer.support.messages``) are
in the context ``core`` and shown through ``core_text``. The command line stays English. A
missing or damaged translation leaves the app in English, with a line in the log saying why.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TR_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from briefer.editing.labels import LABELS, field_label
from briefer.page.content import Pack
from briefer.support.messages import CONTEXT, Message
from briefer.support.resources import translations_dir

__all__ = ["QT_TR_NOOP", "core_error", "core_text", "field_name", "tr"]

ENGLISH = "en"
# The languages the app speaks, each named in itself (the menu shows them so).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "be": "Беларуская",
    "de": "Deutsch",
    "pl": "Polski",
    "ru": "Русский",
    "uk": "Українська",
}

log = logging.getLogger("briefer.i18n")
_speaking = ENGLISH  # the language the app's texts are shown in (Translation.install sets it)


def speaking() -> str:
    """The language the app speaks now ("de"): its dates and numbers follow it too."""
    return _speaking


# The core's words the app shows (briefer.page.content.KIND_LABELS, singular and plural, and the
# audiences' labels), for
# lupdate to collect: the core imports no Qt. tests/gui/common/test_i18n.py holds them complete.
CORE_WORDS = (
    QT_TR_NOOP("Framing"), QT_TR_NOOP("Evidence"), QT_TR_NOOP("Misconceptions"),
    QT_TR_NOOP("Misconception"), QT_TR_NOOP("Recommendations"), QT_TR_NOOP("Recommendation"),
    QT_TR_NOOP("Context"),
    # the audiences (briefer.page.audience.AUDIENCES' labels)
    QT_TR_NOOP("US Congress"), QT_TR_NOOP("US state legislature"),
    QT_TR_NOOP("European Parliament"), QT_TR_NOOP("National parliament"),
)  # fmt: skip


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the app's language (``%n`` in it: ``n`` with its plural form)."""
    return QCoreApplication.translate("", text, disambiguation, n)


def core_text(message: str) -> str:
    """A message of the core in the app's language: a marked one (a ``Message``) translated
    and filled in again; any other as it is (English)."""
    if isinstance(message, Message):
        return message.translated(_translate_core)
    return message


def field_name(field: str | None, pack: Pack | None = None) -> str:
    """The label the user sees for a brief's field, in the app's language (the form's label;
    a part of one, such as "Committees (item 2)", is said in English as the core words it)."""
    if field in LABELS:
        return QCoreApplication.translate(CONTEXT, LABELS[field])
    return field_label(field, pack)


def core_error(error: BaseException) -> str:
    """What a ``ValueError`` of the core says, in the app's language."""
    said = error.args[0] if len(error.args) == 1 else None
    return core_text(said) if isinstance(said, str) else str(error)


def _translate_core(template: str, n: int) -> str:
    return QCoreApplication.translate(CONTEXT, template, None, n)


def system_language(locale: QLocale | None = None) -> str:
    """The first of the system's preferred languages that the app speaks, else English."""
    for name in (locale or QLocale.system()).uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return ENGLISH


def chosen_language(setting: str, locale: QLocale | None = None) -> str:
    """The settings' choice when the app speaks it, else the system's."""
    return setting if setting in LANGUAGES else system_language(locale)


class Translation:
    """The translators installed for one language. English has one too: its plural forms
    ("1 point", "5 points") come from ``briefer_en.qm`` like every other language's."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.translators: list[QTranslator] = []

    def install(self, app: QCoreApplication) -> str:
        """Install the language's translators; returns the language the app now speaks."""
        global _speaking
        _speaking = self.language = self._install(app)
        return self.language

    def _install(self, app: QCoreApplication) -> str:
        if not self._load(app, self.language):
            log.warning(
                "%s: missing or damaged; the app is shown in English",
                translations_dir() / f"briefer_{self.language}.qm",
            )
            self.language = ENGLISH
            self._load(app, ENGLISH)
            return ENGLISH
        qt = QTranslator(app)  # Qt's own words: its dialogs' buttons, the file dialog
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if self.language != ENGLISH and qt.load(f"qtbase_{self.language}", qt_folder):
            app.installTranslator(qt)
            self.translators.append(qt)
        return self.language

    def _load(self, app: QCoreApplication, language: str) -> bool:
        path = translations_dir() / f"briefer_{language}.qm"
        own = QTranslator(app)
        if not path.is_file() or not own.load(str(path)) or own.isEmpty():
            return False
        app.installTranslator(own)
        self.translators.append(own)
        return True

    def uninstall(self, app: QCoreApplication) -> None:
        for translator in self.translators:
            app.removeTranslator(translator)
        self.translators.clear()
