"""Autosave of the pack being edited, as for briefs (gui/main/recovery.py): while the editor has
unsaved changes its draft is written every few seconds to ``data_dir()/recovery/packs/``; saving,
or closing without keeping the changes, removes the file. A lock per running app keeps a second
app from offering the first one's work."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject

from briefer.gui.main.recovery import INTERVAL_MS, Autosaver, orphans_in, recovery_dir
from briefer.packs.draft import Draft
from briefer.support import yamlio
from briefer.support.errors import BrieferError
from briefer.support.fileio import write_atomic

HEADER = "# Briefer pack recovery file. saved as: "


LANGUAGES_KEY = "x-briefer-languages"  # a recovery file's texts in other languages


def pack_recovery_dir() -> Path:
    return recovery_dir() / "packs"


@dataclass(frozen=True)
class FoundDraft:
    path: Path
    draft: Draft
    saved_id: str  # the installed pack it was opened from ("" for a new one)

    def remove(self) -> None:
        for file in (self.path, self.path.with_suffix(".lock")):
            file.unlink(missing_ok=True)


def write_draft(path: Path, draft: Draft, saved_id: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    header = HEADER + json.dumps(saved_id, ensure_ascii=False) + "\n"
    data = draft.data()
    if draft.languages:  # its texts in other languages, kept with it (never in a pack file)
        data[LANGUAGES_KEY] = {code: dict(texts) for code, texts in draft.languages.items()}
    write_atomic(path, (header + yamlio.dump(data)).encode("utf-8"))


def read_draft(path: Path) -> FoundDraft:
    text = yamlio.read_text(path)
    first = text.split("\n", 1)[0]
    saved = json.loads(first[len(HEADER) :]) if first.startswith(HEADER) else ""
    data = yamlio.parse(text, path)
    if not isinstance(data, dict):
        raise BrieferError("not a pack recovery file", file=path)
    languages = data.pop(LANGUAGES_KEY, None)
    draft = Draft.from_data(data)
    if isinstance(languages, dict):
        draft = draft.with_languages(languages)
    return FoundDraft(path, draft, str(saved))


def orphan_drafts() -> list[FoundDraft]:
    """Drafts left by apps that are no longer running, newest first."""
    return orphans_in(pack_recovery_dir(), read_draft)


class DraftAutosave(Autosaver):
    """Keeps the editor's unsaved draft on disk; ``source()`` gives (draft, saved id, modified)."""

    def __init__(
        self,
        source: Callable[[], tuple[Draft | None, str, bool]],
        parent: QObject | None = None,
        interval_ms: int = INTERVAL_MS,
    ) -> None:
        self.source = source
        self._saved_id = ""
        super().__init__(pack_recovery_dir() / f"{uuid.uuid4().hex[:12]}.yaml", parent, interval_ms)

    def unsaved(self) -> Draft | None:
        draft, self._saved_id, modified = self.source()
        return draft if draft is not None and modified else None

    def write(self, work: object) -> None:
        write_draft(self.path, work, self._saved_id)  # type: ignore[arg-type]
