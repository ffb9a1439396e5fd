"""The typesetter's remembered paragraphs, shared by threads that build the same page."""

from __future__ import annotations

import io
import threading

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas

from briefer.layout.typeset import Typesetter


def test_two_threads_drawing_one_remembered_paragraph_each_draw_on_their_own_canvas() -> None:
    """The app's preview and the pack editor's build the same page at once: one remembered
    paragraph is drawn on two canvases. The second waits for the first (before, it took the
    first's canvas away mid-draw: the first drew on the other page, then the second failed)."""
    para = Typesetter().paragraph("key", "Hold the line.", ParagraphStyle("body"), None)
    para.wrap(300, 100)
    inside, go_on = threading.Event(), threading.Event()
    draw = para.draw

    def slow_draw() -> None:  # the first thread stays inside its draw until told
        if not inside.is_set():
            inside.set()
            go_on.wait(2)
        draw()

    para.draw = slow_draw  # type: ignore[method-assign]
    canvases = [Canvas(io.BytesIO()) for _ in range(2)]
    failed: list[str] = []

    def run(index: int) -> None:
        try:
            para.drawOn(canvases[index], 0, 0)
        except AttributeError as exc:  # what the thread met, for the test to see
            failed.append(str(exc))

    first = threading.Thread(target=run, args=(0,))
    first.start()
    assert inside.wait(2)
    second = threading.Thread(target=run, args=(1,))
    second.start()
    second.join(0.2)  # the second cannot draw while the first is drawing
    go_on.set()
    first.join(2)
    second.join(2)
    assert failed == []
    assert ["Hold the line" in " ".join(c._code) for c in canvases] == [True, True]
    assert not hasattr(para, "canv")
