"""Focus that shows: a list or a page view draws no focus frame of its own in Qt's styles, so a
keyboard user could not see where they were. A frame in the highlight colour marks it while it
has the focus (the same width when it has not, so nothing moves)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea


def show_focus(view: QAbstractScrollArea, name: str) -> None:
    """Mark ``view`` (named ``name``, for the style sheet) with a frame while it has the focus."""
    view.setObjectName(name)
    view.setStyleSheet(
        f"#{name} {{ border: 2px solid transparent; }}"
        f"#{name}:focus {{ border: 2px solid palette(highlight); }}"
    )
