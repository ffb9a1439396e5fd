"""GUI test set-up: the real main window, offscreen; settings in a temporary folder; dialogs faked
through the one seam (briefer.gui.common.dialogs), so a test never blocks on a modal dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from briefer.editing.build import Outcome
from briefer.gui.common import dialogs
from briefer.gui.common.i18n import ENGLISH, Translation
from briefer.gui.common.settings import Settings
from briefer.gui.main.window import MainWindow
from briefer.support.clock import Clock
from tests.conftest import NOW

TIMEOUT = 15_000


class FakeDialogs:
    """Stands in for briefer.gui.common.dialogs: records every call and answers as the test set it
    up."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[Any, ...]]] = []
        self.save_answer: dialogs.Choice | None = None
        self.ask_answer: bool | None = None
        self.outside_answers: list[bool] = []  # a file a brief names outside its folder
        self.paths: list[Path | None] = []
        self.print_answer = True
        self.folders: list[Path | None] = []
        self.file_lists: list[list[Path]] = []
        self.opened_folders: list[Path] = []
        self.choices: list[int | None] = []

    def names(self) -> list[str]:
        return [name for name, _ in self.calls]

    def texts(self, name: str) -> list[str]:
        return [" ".join(str(a) for a in args) for n, args in self.calls if n == name]

    def _record(self, name: str, *args: Any) -> None:
        self.calls.append((name, args))

    def ask_save_changes(self, _parent: object, name: str) -> dialogs.Choice:
        self._record("ask_save_changes", name)
        assert self.save_answer is not None, "unexpected unsaved-changes prompt"
        return self.save_answer

    def ask(self, _parent: object, title: str, text: str, **_kw: Any) -> bool:
        self._record("ask", title, text)
        assert self.ask_answer is not None, f"unexpected question: {text}"
        return self.ask_answer

    def ask_outside(self, _parent: object, field: str, path: Path) -> bool:
        self._record("ask_outside", field, path)
        assert self.outside_answers, f"unexpected question about {field}: {path}"
        return self.outside_answers.pop(0)

    def choose(self, _parent: object, title: str, text: str, items: list[str]) -> int | None:
        self._record("choose", title, text, *items)
        assert self.choices, f"unexpected choice: {text}"
        return self.choices.pop(0)

    def path(self, name: str) -> Callable[..., Path | None]:
        def answer(_parent: object, title: str, default: object, filters: str) -> Path | None:
            self._record(name, title, default, filters)
            assert self.paths, f"unexpected file dialog: {title}"
            return self.paths.pop(0)

        return answer

    def message(self, name: str) -> Callable[..., None]:
        def show(_parent: object, *args: Any) -> None:
            self._record(name, *args)

        return show

    def choose_folder(self, _parent: object, title: str, folder: str) -> Path | None:
        self._record("choose_folder", title, folder)
        assert self.folders, f"unexpected folder dialog: {title}"
        return self.folders.pop(0)

    def open_paths(self, _parent: object, title: str, folder: str, filters: str) -> list[Path]:
        self._record("open_paths", title, folder, filters)
        assert self.file_lists, f"unexpected file dialog: {title}"
        return self.file_lists.pop(0)

    def open_folder(self, path: Path) -> bool:
        self._record("open_folder", path)
        self.opened_folders.append(path)
        return True

    def print_setup(self, _parent: object, printer: object) -> bool:
        self._record("print_setup", printer)
        return self.print_answer


@pytest.fixture(autouse=True, scope="session")
def english(qapp: Any) -> Iterator[Translation]:
    """The app's English, as the app starts with it: its plural forms ("1 point", "5 points")."""
    translation = Translation(ENGLISH)
    assert translation.install(qapp) == ENGLISH and translation.translators
    yield translation
    translation.uninstall(qapp)


@pytest.fixture(autouse=True)
def temporary_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """QSettings (and so the app's Settings) write to a fresh folder in every test."""
    folder = tmp_path_factory.mktemp("settings")
    previous = QSettings.defaultFormat()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder
    QSettings.setDefaultFormat(previous)


@pytest.fixture(autouse=True)
def seam(monkeypatch: pytest.MonkeyPatch) -> FakeDialogs:
    fake = FakeDialogs()
    monkeypatch.setattr(dialogs, "ask_save_changes", fake.ask_save_changes)
    monkeypatch.setattr(dialogs, "ask", fake.ask)
    monkeypatch.setattr(dialogs, "ask_outside", fake.ask_outside)
    monkeypatch.setattr(dialogs, "choose", fake.choose)
    monkeypatch.setattr(dialogs, "open_path", fake.path("open_path"))
    monkeypatch.setattr(dialogs, "save_path", fake.path("save_path"))
    monkeypatch.setattr(dialogs, "print_setup", fake.print_setup)
    monkeypatch.setattr(dialogs, "choose_folder", fake.choose_folder)
    monkeypatch.setattr(dialogs, "open_paths", fake.open_paths)
    monkeypatch.setattr(dialogs, "open_folder", fake.open_folder)
    for name in ("error", "inform", "about"):
        monkeypatch.setattr(dialogs, name, fake.message(name))
    return fake


@pytest.fixture
def make_window(qtbot: Any) -> Iterator[Callable[..., MainWindow]]:
    """Open real main windows (waiting for their first preview); closed after the test."""
    windows: list[MainWindow] = []

    def make(**kwargs: Any) -> MainWindow:
        kwargs.setdefault("clock", Clock(NOW))  # tests say what "now" is
        window = MainWindow(Settings(), **kwargs)
        windows.append(window)
        with qtbot.waitSignal(window.preview.preview_ready, timeout=TIMEOUT):
            window.show()
        return window

    yield make
    for window in windows:
        window.shutdown()
        window.close()
        window.deleteLater()


@pytest.fixture
def window(make_window: Callable[..., MainWindow]) -> MainWindow:
    return make_window()


# The nine points the bundled pack started a brief with before it started with five: the tests
# that move points within full sections, or edit a point's short text on a page that prints the
# short texts, start from these.
NINE_POINTS = [
    "hold-the-line",
    "indicator-regime-statements",
    "indicator-security-costs",
    "myth-pushes-to-russia",
    "myth-trade-for-prisoners",
    "myth-hurts-ordinary-people",
    "rec-expand-gradually",
    "rec-consistent-with-russia",
    "rec-enforce-and-prosecute",
]


@pytest.fixture
def nine_points(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """New briefs in the windows this test opens have NINE_POINTS (list it before ``window``)."""
    from briefer.gui.main import window as main_window

    real = main_window.new_brief

    def new_brief(*args: Any, **kwargs: Any) -> Any:
        return real(*args, **kwargs).model_copy(update={"blocks": list(NINE_POINTS)})

    monkeypatch.setattr(main_window, "new_brief", new_brief)
    return NINE_POINTS


def settle(qtbot: Any, window: MainWindow) -> Outcome:
    """Wait until the preview shows the document's current brief; returns that outcome."""

    def current() -> None:
        outcome = window.preview.outcome
        assert outcome is not None and not window.preview.queue.busy
        assert outcome.brief == window.document.brief

    qtbot.waitUntil(current, timeout=TIMEOUT)
    assert window.preview.outcome is not None
    return window.preview.outcome


@pytest.fixture
def speaking(qapp: Any, english: Translation) -> Any:
    """Switch the app to a language for one test, and back to English after it."""
    installed: list[Translation] = []

    def switch(language: str) -> Translation:
        english.uninstall(qapp)
        translation = Translation(language)
        installed.append(translation)
        translation.install(qapp)
        return translation

    yield switch
    for translation in installed:
        translation.uninstall(qapp)
    english.install(qapp)
