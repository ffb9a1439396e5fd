"""The undo command: every edit swaps one whole, immutable value for another (a Brief in the
main window, a pack Draft in the pack editor).

Consecutive typing in one field merges into one step: commands made with the same ``merge_key``
merge while they follow each other (Qt never merges into the command the file was saved at).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

_MERGE_IDS: dict[str, int] = {}


def merge_id(key: str | None) -> int:
    """A stable small number per merge key (-1: never merge)."""
    if key is None:
        return -1
    return _MERGE_IDS.setdefault(key, len(_MERGE_IDS) + 1)


class Replace(QUndoCommand):
    """Undo puts ``before`` back, redo ``after``, each through ``apply``."""

    def __init__(
        self,
        apply: Callable[[Any], None],
        before: Any,
        after: Any,
        text: str,
        merge_key: str | None = None,
    ) -> None:
        super().__init__(text)
        self._apply = apply
        self.before = before
        self.after = after
        self.merge_key = merge_key

    def redo(self) -> None:
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)

    def id(self) -> int:
        return merge_id(self.merge_key)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, Replace) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        self.setObsolete(self.after == self.before)
        return True
