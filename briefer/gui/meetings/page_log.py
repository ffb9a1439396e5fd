"""The app's one call into the meeting log when a page is made (exported or printed).

Recording never stops an export: when the log cannot be written the status bar says so. Windows
that show the log listen to :data:`notifier` to refresh.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal

from briefer.gui.common.i18n import tr
from briefer.page.brief import Brief
from briefer.plan import Plan


class _Notifier(QObject):
    changed = Signal()  # the log was written by this app


_NOTIFIER: list[_Notifier] = []


def notifier() -> _Notifier:
    """The app's one notifier, made on first use and owned by the application (so it goes when
    the application goes, not at interpreter exit)."""
    if not _NOTIFIER:
        _NOTIFIER.append(_Notifier(QCoreApplication.instance()))
    return _NOTIFIER[0]


def record_page(
    exporter: object, brief: Brief, plan: Plan, data: bytes, fmt: str, name: str, source: str
) -> None:
    """Record the page in the meeting log unless the user turned that off in the settings."""
    from briefer.meetings.recording import Moved, names_a_legislator, record_export

    settings = getattr(exporter, "settings", None)
    if not getattr(settings, "log_exports", True) or not names_a_legislator(brief):
        return
    m = brief.meeting
    now = Moved(m.date, m.time)
    last = getattr(exporter, "logged_meeting", None)  # (legislator, Moved) of its last page
    moved = last[1] if last is not None and last[0] == m.legislator and last[1] != now else None
    warning = record_export(brief, plan, data, fmt, name, source=source, moved_from=moved)
    if hasattr(exporter, "logged_meeting") and not warning:
        exporter.logged_meeting = (m.legislator, now)  # type: ignore[attr-defined]
    if warning:
        done = "Printed" if source == "print" else "Exported"
        exporter.done.emit(tr("{done}, but {warning}").format(done=done, warning=warning))  # type: ignore[attr-defined]
    else:
        notifier().changed.emit()
