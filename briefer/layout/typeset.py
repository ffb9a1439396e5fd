"""What typesetting remembers between builds: parsed markup and paragraphs broken into lines.

One :class:`Typesetter` owns both caches, bounded (least recently used out first) and guarded by
its own lock, so the app's preview thread, an export and a lobby day can share one safely. A
paragraph's markup is parsed once; at another size its parsed fragments are copied with the new
font size instead of parsing the text again.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from briefer.layout import reportlab_speed

reportlab_speed.install()

# A fit touches 50-150 paragraphs and each broken one holds ~30 KiB of lines, so a few briefs'
# worth are kept (~50 MB at most); parsed fragments are small.
MAX_PARAGRAPHS = 1_500
MAX_PARSED = 4_000


class BrokenParagraph(Paragraph):
    """A paragraph that remembers its last wrap, so measuring and drawing break lines once.

    Remembered, one paragraph is shared by every thread that builds the same page (the app's
    preview, the pack editor's, the gallery, an export): reportlab keeps the canvas it draws on
    in the paragraph while it draws, so each wrap and draw holds the paragraph's own lock (two
    at once drew into each other's canvas, or failed and left the page untagged)."""

    _wrapped: tuple[float, tuple[float, float]] | None = None

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self._use = threading.RLock()

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        with self._use:
            if self._wrapped is not None and self._wrapped[0] == availWidth:
                return self._wrapped[1]
            size = super().wrap(availWidth, availHeight)
            self._wrapped = (availWidth, size)
            return size

    def wrapOn(self, canv: object, aW: float, aH: float) -> tuple[float, float]:
        with self._use:
            return super().wrapOn(canv, aW, aH)

    def drawOn(self, canvas: object, x: float, y: float, _sW: float = 0) -> None:
        with self._use:
            super().drawOn(canvas, x, y, _sW)


class Typesetter:
    """Makes reportlab paragraphs, remembering them; safe to share across threads."""

    def __init__(self, max_paragraphs: int = MAX_PARAGRAPHS, max_parsed: int = MAX_PARSED):
        self._lock = threading.Lock()
        self._paragraphs: OrderedDict[Hashable, BrokenParagraph] = OrderedDict()
        self._parsed: OrderedDict[Hashable, list] = OrderedDict()
        self._max_paragraphs = max_paragraphs
        self._max_parsed = max_parsed

    def paragraph(
        self, key: Hashable, markup: str, style: ParagraphStyle, bullet: str | None
    ) -> BrokenParagraph:
        """The paragraph for ``key``: remembered, or made from ``markup`` in ``style``."""
        with self._lock:
            found = self._paragraphs.get(key)
            if found is not None:
                self._paragraphs.move_to_end(key)
                return found
            parsed_key = (markup, style.fontName, str(style.textColor), bullet)
            frags = self._parsed.get(parsed_key)
            if frags is not None:
                self._parsed.move_to_end(parsed_key)
        if frags is None:
            made = BrokenParagraph(markup, style, bulletText=bullet)
            frags = [frag.clone() for frag in made.frags]
            self._remember(self._parsed, parsed_key, frags, self._max_parsed)
        else:
            size = style.fontSize
            made = BrokenParagraph(
                markup, style, bulletText=bullet, frags=[f.clone(fontSize=size) for f in frags]
            )
        self._remember(self._paragraphs, key, made, self._max_paragraphs)
        return made

    def _remember(self, cache: OrderedDict, key: Hashable, value: object, limit: int) -> None:
        with self._lock:
            cache[key] = value
            if len(cache) > limit:
                cache.popitem(last=False)

    def clear(self) -> None:
        """Forget everything (for honest cold measurements)."""
        with self._lock:
            self._paragraphs.clear()
            self._parsed.clear()


_SHARED = Typesetter()


def shared_typesetter() -> Typesetter:
    """The process's typesetter: what the CLI, the app and the renderers use by default."""
    return _SHARED
