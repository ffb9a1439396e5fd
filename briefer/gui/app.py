"""Starting the desktop app, and the last line of defence: an unexpected error is logged to the
user's data folder and reported in a dialog, never shown as a traceback.
"""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from briefer import __version__
from briefer.gui.common import dialogs
from briefer.gui.common.i18n import Translation, chosen_language, tr
from briefer.gui.common.icons import app_icon
from briefer.gui.common.settings import APPLICATION, ORGANIZATION, Settings
from briefer.gui.main.window import MainWindow
from briefer.support.crashlog import log_exception
from briefer.support.startup import resume

_translation: Translation | None = None
ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def configure(app: QApplication) -> None:
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("io.github.briefer.Briefer")  # packaging/linux/*.desktop
    app.setWindowIcon(app_icon())


class CrashReporter(QObject):
    """Receives unexpected errors from any thread and reports them on the GUI thread."""

    _report = Signal(str, str)

    def __init__(self) -> None:
        super().__init__()
        self._showing = False
        self._report.connect(self._show)
        self.previous: ExceptHook = sys.excepthook

    def hook(self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        if exc.__traceback__ is None and tb is not None:
            exc = exc.with_traceback(tb)
        log = log_exception(exc)
        self._report.emit(f"{kind.__name__}: {exc}", str(log))  # queued if off the GUI thread

    def _show(self, summary: str, log: str) -> None:
        if self._showing:  # one dialog at a time; the rest are in the log
            return
        self._showing = True
        try:
            dialogs.error(
                QApplication.activeWindow(),
                tr("Something went wrong"),
                tr(
                    "Briefer ran into an unexpected problem. Your brief is kept for recovery; "
                    "saving or exporting again usually works."
                ),
                tr("{summary}\n\nDetails were written to {log}").format(summary=summary, log=log),
            )
        finally:
            self._showing = False

    def install(self) -> None:
        sys.excepthook = self.hook
        threading.excepthook = lambda args: self.hook(
            args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback
        )

    def uninstall(self) -> None:
        sys.excepthook = self.previous
        threading.excepthook = threading.__excepthook__


def _close_on_interrupt(app: QApplication) -> Callable[[], None]:
    """Ctrl+C in the terminal closes the windows (asking about unsaved work), like Quit.

    Python sees signals only while Python code runs, so a quiet timer gives it the chance.
    Returns a function that puts the previous handler back.
    """
    previous = signal.getsignal(signal.SIGINT)
    signal.signal(signal.SIGINT, lambda *_args: QTimer.singleShot(0, app.closeAllWindows))
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(300)

    def restore() -> None:
        timer.stop()
        signal.signal(signal.SIGINT, previous)

    return restore


def open_main_window(path: Path | None = None) -> MainWindow:
    """The application and its main window, shown, with the brief at ``path`` (or a recovery);
    Python's cycle collector, paused while the app starts, resumes once the first page is shown
    (see :mod:`briefer.support.startup`)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    configure(app)
    global _translation
    if _translation is None:  # the advocate's language, before the first widget is made
        _translation = Translation(chosen_language(Settings().language))
        _translation.install(app)
    window = MainWindow()

    def started(_outcome: object) -> None:
        window.preview.preview_ready.disconnect(started)
        resume()

    window.preview.preview_ready.connect(started)
    window.show()
    window.open_initial(path)
    return window


def run(path: Path | None = None) -> int:
    """Open the main window (and the brief at ``path``); returns the exit code."""
    reporter = CrashReporter()
    reporter.install()
    window = open_main_window(path)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    restore_interrupt = _close_on_interrupt(app)
    try:
        return app.exec()
    finally:
        window.shutdown()
        restore_interrupt()
        reporter.uninstall()
