"""Help → Briefer Guide (F1) opens the user guide from the files shipped with Briefer: offline,
Markdown rendered, pictures in, links to its sections followed (issue 9, item 10)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument

from briefer.gui.main.help_window import slug
from briefer.gui.main.window import MainWindow
from briefer.support.resources import guide_path


def test_f1_opens_the_guide_with_its_pictures(qtbot, window: MainWindow) -> None:
    assert guide_path().is_file()
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    assert window.actions.guide in help_menu.actions()
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.guide_window
    assert guide is not None and guide.isVisible()
    browser = guide.browser
    assert browser.source() == QUrl.fromLocalFile(str(guide_path()))
    document = browser.document()
    assert document.toPlainText().startswith("Briefer user guide")
    assert "#" not in document.toPlainText().splitlines()[0]  # Markdown rendered, not shown raw
    html = document.toHtml()
    assert "images/guide-meeting-tab.png" in html
    picture = document.resource(
        QTextDocument.ResourceType.ImageResource, QUrl("images/guide-meeting-tab.png")
    )
    assert picture is not None and not picture.isNull()  # read from disk, nothing fetched

    top = browser.verticalScrollBar().value()
    browser.anchorClicked.emit(QUrl("#4-a-lobby-day-from-a-spreadsheet"))
    assert browser.verticalScrollBar().value() > top
    assert browser.textCursor().block().text() == "4. A lobby day from a spreadsheet"
    assert window.show_guide() is guide  # one guide window, brought to the front


def test_heading_anchors_as_markdown_makes_them() -> None:
    assert slug("1. Getting Briefer") == "1-getting-briefer"
    assert slug("6. Checking files in your editor") == "6-checking-files-in-your-editor"
