"""The preview when the page stops fitting: one clean page, the last that fitted, marked as such
(issue 9, item 7) — never the old page and a dimmed copy drawn over each other."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage
from PySide6.QtPdf import QPdfDocument

from briefer.gui.main.preview import STALE_TOO_LONG, PageView
from briefer.gui.main.window import MainWindow
from tests.gui.conftest import TIMEOUT, settle

LONG_EDIT = " ".join(["Sanctions"] + ["work"] * 79)


def drawn(qtbot, view: PageView) -> QImage:
    """The page as the window draws it (its parent paints it, with any effect on it), once the
    view has painted the page (it renders in the background)."""
    images: list[QImage] = []
    viewport = view.viewport()

    def grab() -> QImage:
        parent = view.parentWidget()
        if parent is None:
            image = viewport.grab().toImage()
        else:
            area = viewport.geometry().translated(view.geometry().topLeft())
            image = parent.grab(area).toImage()
        return image.convertToFormat(QImage.Format.Format_RGB32)

    def painted() -> None:
        qtbot.wait(150)
        image = grab()
        qtbot.wait(150)
        again = grab()
        assert image == again and image.pixelColor(image.width() // 2, 5) != image.pixelColor(
            image.width() // 2, image.height() // 3
        )
        images.append(again)

    qtbot.waitUntil(painted, timeout=TIMEOUT)
    return images[-1]


@pytest.mark.parametrize("fit_page", [True, False], ids=["fit page", "fit width"])
def test_a_page_too_long_leaves_the_last_page_that_fitted_untouched(
    qtbot, window: MainWindow, fit_page: bool
) -> None:
    window.resize(1200, 800)
    window.set_fit_page(fit_page)
    fitted = settle(qtbot, window)
    assert fitted.fits
    banner = window.preview.stale
    assert banner.isHidden()

    pack = window.document.pack
    too_long = window.document.brief.model_copy(
        update={
            "blocks": [b.id for b in pack.blocks],
            "edits": {b.id: LONG_EDIT for b in pack.blocks},
        }
    )
    window.document.apply(too_long, "Choose everything")
    assert settle(qtbot, window).too_long
    assert banner.isVisible() and banner.text() == STALE_TOO_LONG
    assert window.preview.document.pageCount() == 1
    window.set_fit_page(fit_page)  # choosing the zoom again changes nothing either
    view = window.preview.view
    shown = drawn(qtbot, view)

    # A fresh view of the same size showing the last page that fitted draws exactly the same.
    buffer = QBuffer()
    buffer.setData(QByteArray(fitted.pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    fresh = PageView()
    qtbot.addWidget(fresh)
    fresh.setDocument(document)
    fresh.resize(view.size())
    fresh.show()
    fresh.set_fit_page(fit_page)
    clean = drawn(qtbot, fresh)
    assert shown.size() == clean.size()
    assert shown == clean  # one page at one scale, not dimmed, nothing drawn over it
    # white paper between the lines: not greyed out (a dimmed page has next to none; the ask's
    # tinted box and the lines by it take their share)
    assert paper_share(shown) > 0.3

    window.actions.undo.trigger()
    assert settle(qtbot, window).fits
    assert banner.isHidden()


def paper_share(image: QImage) -> float:
    """The share of white pixels in the middle of the image (where the page is)."""
    w, h = image.width(), image.height()
    points = [(w // 4 + i * w // 40, h // 4 + j * h // 40) for i in range(20) for j in range(20)]
    return sum(image.pixelColor(x, y) == QColor("white") for x, y in points) / len(points)


def test_an_ask_that_crowds_out_the_points_is_named_first(
    nine_points, qtbot, window: MainWindow
) -> None:
    from briefer.editing.ops import with_field

    settle(qtbot, window)
    long_ask = "Keep every sanction in place. " * 66
    window.document.apply(with_field(window.document.brief, "ask", long_ask), "Edit ask")
    assert not settle(qtbot, window).fits
    text = window.preview.indicator.text()
    assert text.startswith("<b>Too long:</b> Shorten the ask first: with the meeting details")
    assert ("Or leave out" in text) == bool(window.preview.outcome.error.candidates)


def test_the_page_is_drawn_again_at_its_new_size_when_the_pane_changes(qtbot, make_window) -> None:
    """A time that is not one, typed: the indicator and the "not updated" banner change the
    page's pane: the page must be drawn again at its new size, not the picture drawn at the old
    size stretched over it, letters doubled or dropped ("Rus sia", "SAiNCTIONS") until the next
    edit. (Seen by picking a member too: the "not in the directory" note goes.)"""
    from PySide6.QtCore import Qt

    window = make_window()
    window.resize(1440, 900)
    assert settle(qtbot, window).fits
    view = window.preview.view
    time = window.meeting_form.fields["meeting.time"]
    time.setFocus()
    qtbot.keyClicks(time, "Dec 3")
    qtbot.keyClick(time, Qt.Key.Key_Tab)
    qtbot.waitUntil(window.preview.stale.isVisible, timeout=TIMEOUT)
    qtbot.wait(1000)  # every picture QPdfView was drawing has come
    shown = view.viewport().grab().toImage()
    # The same view drawing the page from scratch at its size (a new document drops every
    # picture QPdfView kept) draws exactly the same.
    document = view.document()
    view.setDocument(QPdfDocument(view))
    view.setDocument(document)
    qtbot.wait(1000)
    assert view.viewport().grab().toImage() == shown


def test_a_brief_that_cannot_be_built_never_shows_another_briefs_page(
    qtbot, window: MainWindow, tmp_path
) -> None:
    """Opened after the start-up brief's page was built: no "last version that was built"
    (it was another brief's), an empty preview and the error, until this brief builds."""
    from briefer.support.resources import default_pack_path
    from tests.conftest import SAMPLE_BRIEF

    settle(qtbot, window)
    assert window.preview.document.pageCount() == 1  # the start-up brief's page
    (tmp_path / "pack.yaml").write_text(default_pack_path().read_text(encoding="utf-8"))
    brief = tmp_path / "lt.yaml"  # its pack has no Lithuanian text beside it
    brief.write_text(SAMPLE_BRIEF.replace("template:", "pack: pack.yaml\nlanguage: lt\ntemplate:"))
    assert window.files.load(brief)
    outcome = settle(qtbot, window)
    assert outcome.pdf is None and outcome.error is not None
    assert window.preview.document.pageCount() == 0 and window.preview.stale.isHidden()
    assert "Lithuanian" in window.preview.indicator.text()
