"""The Meetings window's sharing: writing the log for a coordinator, merging a teammate's."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QLabel

from briefer.gui.common import dialogs
from briefer.gui.common.i18n import tr
from briefer.gui.meetings.access import open_log
from briefer.support.clock import Clock
from briefer.support.errors import BrieferError


class Window(Protocol):
    """What the Meetings window gives these (see ``gui/meetings/window.py``)."""

    clock: Clock
    summary: QLabel

    def reload(window) -> None: ...


def export_log(window: Window) -> Path | None:
    from briefer.meetings.exchange import export_log

    path = dialogs.save_path(
        window,
        tr("Export Meeting Log"),
        Path.home() / f"meetings-{window.clock.today().isoformat()}.csv",
        tr("Spreadsheet (*.csv);;Everything, for another Briefer (*.json)"),
    )
    if path is None:
        return None
    if path.suffix.lower() not in (".csv", ".json"):
        path = path.with_name(path.name + ".csv")
    try:
        with open_log() as log:
            count = export_log(log, path)
    except BrieferError as exc:
        dialogs.error(window, tr("Cannot export the log"), *dialogs.describe(exc))
        return None
    window.summary.setText(
        tr(
            "Wrote {count} meetings to {name}: it holds your reports — share it only with "
            "your team."
        ).format(count=count, name=path.name)
    )
    return path


def import_log(window: Window) -> None:
    from briefer.meetings.merge import import_log

    path = dialogs.open_path(
        window, tr("Import Meeting Log"), str(Path.home()), tr("Meeting logs (*.csv *.json)")
    )
    if path is None:
        return
    try:
        with open_log() as log:
            merged = import_log(log, path)
    except BrieferError as exc:
        dialogs.error(window, tr("Cannot import the log"), *dialogs.describe(exc))
        return
    text = tr(
        "{added} new meetings, {updated} updated, {unchanged} already here; {reports} "
        "reports added."
    ).format(
        added=merged.added,
        updated=merged.updated,
        unchanged=merged.unchanged,
        reports=merged.reports,
    )
    if merged.conflicts or merged.duplicates:
        lines = [*merged.conflicts, *merged.duplicates]
        text += "\n\n" + "\n".join(lines[:10]) + ("\n…" if len(lines) > 10 else "")
    dialogs.inform(window, tr("Imported the meeting log"), text)
    window.reload()
