"""The app's one call into the meeting log when a page is made (exported or printed).

Recording never stops an export: when the log cannot be written the status bar says so. Windows
that show the log listen to :data:`notifier` to refresh.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

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
) -> bool | None:
    """Record the page in the meeting log unless the user turned that off in the settings: True
    when recorded, None when not to be, False when it failed (the status bar was told why)."""
    from briefer.meetings.recording import Moved, names_a_legislator, record_export

    settings = getattr(exporter, "settings", None)
    if not getattr(settings, "log_exports", True) or not names_a_legislator(brief):
        return None
    m = brief.meeting
    now = Moved(m.date, m.time)
    last = getattr(exporter, "logged_meeting", None)  # (legislator, Moved) of its last page
    moved = last[1] if last is not None and last[0] == m.legislator and last[1] != now else None
    chosen = _which_meeting(exporter, brief)
    warning = record_export(
        brief, plan, data, fmt, name, source=source, moved_from=moved, meeting=chosen
    )
    if hasattr(exporter, "logged_meeting") and not warning:
        exporter.logged_meeting = (m.legislator, now)  # type: ignore[attr-defined]
    if warning:
        done = tr("Printed") if source == "print" else tr("Exported")
        exporter.done.emit(tr("{done}, but {warning}").format(done=done, warning=warning))  # type: ignore[attr-defined]
        return False
    notifier().changed.emit()
    return True


def _which_meeting(exporter: object, brief: Brief) -> str:
    """When the office has several meetings that day and the brief's time cannot tell which the
    page is for, the one the user picks ("" when it is clear, or they cancel: by time)."""
    from briefer.gui.common import dialogs
    from briefer.gui.meetings.access import open_log
    from briefer.meetings.days import unclear_choice
    from briefer.meetings.db import log_path
    from briefer.support.errors import BrieferError

    m = brief.meeting
    if not log_path().exists():
        return ""
    try:
        with open_log() as log:
            rows = unclear_choice(log, m.legislator, m.date, m.time)
    except BrieferError:
        return ""
    if not rows:
        return ""
    items = [
        tr("The meeting at {time} ({id})").format(time=at, id=meeting_id[:8])
        if at
        else tr("The meeting with no time ({id})").format(id=meeting_id[:8])
        for meeting_id, at in rows
    ]
    picked = dialogs.choose(
        getattr(exporter, "window", None),
        tr("Which meeting?"),
        tr(
            "The meeting log has {count} meetings with {name} that day. Which one is this page "
            "for? (Giving the brief the meeting's time also tells them apart.)"
        ).format(count=len(rows), name=m.legislator),
        items,
    )
    return rows[picked][0] if picked is not None else ""


def page_chooser(parent: QWidget) -> Callable[[list[str]], int | None]:
    """Asks the user which of the pages (by file name) they left with the office."""
    from briefer.gui.common import dialogs

    def choose(names: list[str]) -> int | None:
        title = tr("Mark the Page as Given")
        return dialogs.choose(parent, title, tr("Which page did you leave with the office?"), names)

    return choose


def mark_brief_given(brief: Brief, choose: Callable[[list[str]], int | None] | None = None) -> str:
    """Meetings › Mark the Page as Given: the newest page recorded for the brief's meeting was
    left with the office. When its last export made several pages not yet given (a PDF, then a
    DOCX), ``choose`` is asked which (the PDF offered first; None: nothing marked); without it,
    the PDF. What to tell the user (in the status bar)."""
    from briefer.gui.meetings.access import open_log
    from briefer.meetings.db import log_path
    from briefer.meetings.log import mark_given, meeting_for
    from briefer.support.errors import BrieferError

    m = brief.meeting
    try:
        meeting = None
        if log_path().exists():
            with open_log() as log:
                meeting = meeting_for(log, m.legislator.strip(), m.date, m.time)
        if meeting is None or not meeting.exports:
            return tr(
                "No page of this meeting is in the meeting log yet: export or print it first."
            )
        pages = meeting.last_run() or meeting.exports[-1:]
        index = 0
        if len(pages) > 1 and choose is not None:  # asked with the log closed
            index = choose([p.file_name or tr("The printed page") for p in pages])
            if index is None:
                return tr("No page was marked as given.")
        with open_log() as log:
            page = mark_given(log, pages[index].id)
    except BrieferError as exc:
        return tr("The page was not marked: {why}").format(why=exc.message)
    notifier().changed.emit()
    return tr("{name} is marked as left with the office.").format(
        name=page.file_name or tr("The printed page")
    )
