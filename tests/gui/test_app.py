"""The app as a whole: start-up, crash handling, settings, keyboard and accessibility."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QTreeWidget,
    QWidget,
)

from briefer import __version__
from briefer.gui import app as gui_app
from briefer.gui.main.window import MainWindow
from briefer.support.crashlog import data_dir
from tests.gui.conftest import settle


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_logged_and_reported(
    qtbot, window: MainWindow, seam, monkeypatch
) -> None:
    reporter = gui_app.CrashReporter()
    reporter.install()
    try:

        def boom(*_args: object) -> None:
            raise RuntimeError("boom in a slot")

        monkeypatch.setattr(window.exporter, "_plan", boom)
        window.actions.export_pdf.trigger()  # Qt calls the slot; the exception escapes it
        qtbot.waitUntil(lambda: "error" in seam.names())
    finally:
        reporter.uninstall()
    assert sys.excepthook is reporter.previous
    title, text, details = seam.calls[-1][1]
    assert title == "Something went wrong" and "unexpected problem" in text
    assert "RuntimeError: boom in a slot" in details
    log = data_dir() / "briefer.log"
    assert str(log) in details
    assert "boom in a slot" in log.read_text(encoding="utf-8")
    assert "Traceback" in log.read_text(encoding="utf-8")


def test_run_opens_the_window_with_the_brief_and_returns_zero(
    qtbot, seam, sample_brief: Path, monkeypatch
) -> None:
    seen: list[str] = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)

    def close_when_ready() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        if not windows or windows[0].preview.outcome is None:
            QTimer.singleShot(20, close_when_ready)
            return
        seen.append(windows[0].windowTitle())
        windows[0].close()

    QTimer.singleShot(0, close_when_ready)
    assert gui_app.run(sample_brief) == 0
    assert seen == ["brief.yaml[*] — Briefer"]
    assert QApplication.applicationName() == "Briefer"
    assert QApplication.organizationName() == "Briefer"


def test_about_shows_the_version(window: MainWindow, seam) -> None:
    window.actions.about.trigger()
    assert seam.names() == ["about"]
    assert __version__ in seam.calls[0][1][1]


def test_the_sender_is_remembered_for_new_briefs(qtbot, make_window) -> None:
    first = make_window()
    first.show_tab(2)
    qtbot.keyClicks(first.sender_form.fields["sender.name"], "Ales B.")
    qtbot.keyClicks(first.sender_form.fields["sender.email"], "ales@example.org")
    first.shutdown()
    second = make_window()
    assert second.document.brief.sender.name == "Ales B."
    assert second.document.brief.sender.email == "ales@example.org"
    assert second.sender_form.fields["sender.name"].text() == "Ales B."
    footer = settle(qtbot, second).plan.footer[0].text
    assert "Ales B." in footer.replace("\xa0", " ")  # a name is kept on one line


def test_standard_shortcuts(window: MainWindow) -> None:
    a = window.actions
    keys = QKeySequence.StandardKey
    for action, key in (
        (a.new, keys.New),
        (a.open, keys.Open),
        (a.save, keys.Save),
        (a.save_as, keys.SaveAs),
        (a.print, keys.Print),
        (a.undo, keys.Undo),
        (a.redo, keys.Redo),
    ):
        assert action.shortcut() in QKeySequence.keyBindings(key)
    assert a.export_pdf.shortcut() == QKeySequence("Ctrl+E")
    menus = [m.title() for m in window.menuBar().findChildren(type(window.actions.recent_menu))]
    assert {"&File", "&Edit", "&View", "&Help"} <= set(menus)


def test_controls_have_names_and_are_reachable_by_tab(window: MainWindow) -> None:
    editors = (QLineEdit, QComboBox, QPlainTextEdit, QDateEdit, QTreeWidget, QCheckBox)
    controls = [
        w
        for w in window.findChildren(QWidget)
        if isinstance(w, editors) and not isinstance(w.parent(), QComboBox | QDateEdit)
    ]
    assert len(controls) > 20
    unnamed = [w.objectName() or type(w).__name__ for w in controls if not w.accessibleName()]
    assert not unnamed

    chain, widget = [], window.meeting_form.fields["meeting.legislator"]
    for _ in range(400):
        chain.append(widget)
        widget = widget.nextInFocusChain()
    fields = window.meeting_form.fields | window.sender_form.fields
    for name, field in fields.items():
        assert field in chain, name
    form = window.meeting_form.fields
    names = ("meeting.legislator", "meeting.state", "meeting.staffer", "ask", "bill")
    order = [chain.index(form[name]) for name in names]
    assert order == sorted(order)
    assert window.points.tree in chain and window.points.editor.edit in chain


def test_the_window_has_a_sensible_minimum_size(window: MainWindow) -> None:
    assert window.minimumSize().width() >= 900 and window.minimumSize().height() >= 560
    assert window.minimumSizeHint().width() <= 1366


def test_many_qt_calls_do_not_wear_out_none(qapp) -> None:
    """PySide6 6.12.0 on Python 3.11 loses a reference to None per call (see
    briefer.gui.common.compat)."""
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    for _ in range(20_000):
        label.setText("x")
    assert sys.getrefcount(None) > 20_000


def test_many_bool_signals_do_not_wear_out_true_and_false(qapp) -> None:
    """The same PySide6 loses references to True and False when signals are emitted."""
    from PySide6.QtCore import QObject, Signal

    class Emitter(QObject):
        flag = Signal(bool)
        value = Signal(object)

    emitter = Emitter()
    emitter.flag.connect(lambda _value: None)
    emitter.value.connect(lambda _value: None)
    for _ in range(20_000):
        emitter.flag.emit(False)
        emitter.value.emit(True)
    assert sys.getrefcount(True) > 20_000 and sys.getrefcount(False) > 20_000


def test_opening_a_file_builds_its_page_once_and_at_once(
    window: MainWindow, sample_brief, qtbot, monkeypatch
) -> None:
    """Opening a brief asks for its preview at once, and only once: the document's "replaced"
    and "changed" signals must not queue a second, debounced build of the same brief."""
    import briefer.gui.main.render_worker as render_worker

    built = []
    real = render_worker.build_preview

    def counting(brief):
        built.append(brief)
        return real(brief)

    monkeypatch.setattr(render_worker, "build_preview", counting)
    settle(qtbot, window)
    built.clear()
    assert window.files.open_path(sample_brief)
    settle(qtbot, window)
    qtbot.wait(render_worker.DELAY_MS + 150)  # a debounced request would have started by now
    assert [b for b in built if b == window.document.brief] == [window.document.brief]


def test_the_collector_paused_for_the_start_resumes_with_the_first_page(
    qtbot, seam, sample_brief: Path
) -> None:
    import gc

    gc.disable()  # as `briefer gui` starts (briefer.cli.main pauses it)
    try:
        window = gui_app.open_main_window(sample_brief)
        assert not gc.isenabled()
        qtbot.waitUntil(lambda: window.preview.outcome is not None, timeout=10_000)
        assert gc.isenabled()
        assert gc.get_freeze_count() > 0  # the start is out of the collector's sight
        assert window.windowTitle() == "brief.yaml[*] — Briefer"
    finally:
        gc.enable()
        gc.unfreeze()
        window.shutdown()
        window.close()


START = """
import sys, time
from pathlib import Path
import briefer.gui
before = set(sys.modules)
from briefer.gui.app import open_main_window
window = open_main_window(Path(sys.argv[1]))
from PySide6.QtWidgets import QApplication
end = time.monotonic() + 30
while window.preview.outcome is None and time.monotonic() < end:
    QApplication.processEvents()
    time.sleep(0.002)
assert window.preview.outcome is not None and window.preview.outcome.pdf, "no first page"
late = set(sys.modules) - before
print(" ".join(sorted(m for m in late if m.split(".")[0] in sys.argv[2:] or (
    m.startswith("briefer.") and not m.startswith("briefer.gui")))))
window.shutdown()
"""


@pytest.mark.parametrize("date", ["2001-01-05", "2998-06-01"], ids=["passed", "ahead"])
def test_the_core_the_first_window_uses_is_imported_before_qt(
    sample_brief: Path, tmp_path: Path, date: str
) -> None:
    """PySide6 reads the source of every module imported after it: `briefer.gui` imports what
    the start needs of the core first (BEFORE_QT), so nothing of it comes after Qt. The app runs
    with the computer's clock here, so the meeting is put long past (the window then asks the
    meeting log whether a report is due) and far ahead: the same on any day."""
    import os
    import subprocess

    from tests.conftest import REPO

    text = sample_brief.read_text(encoding="utf-8")
    sample_brief.write_text(text.replace("2026-12-03", date), encoding="utf-8")

    libraries = ["reportlab", "pydantic", "pydantic_core", "yaml", "PIL", "annotated_types"]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    done = subprocess.run(
        [sys.executable, "-c", START, str(sample_brief), *libraries],
        capture_output=True, text=True, env=env, cwd=REPO, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    late = done.stdout.split()
    assert late == [], f"imported after Qt at start (add them to briefer.gui.BEFORE_QT): {late}"
