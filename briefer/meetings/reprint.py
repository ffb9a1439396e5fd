"""Rebuilding a page the log recorded, from the inputs it kept: the same bytes as that day."""

from __future__ import annotations

import hashlib
import tempfile
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from briefer.meetings.blobs import get_blob
from briefer.meetings.db import Log
from briefer.meetings.model import Export, Meeting
from briefer.page.brief import Brief
from briefer.page.content import Pack
from briefer.page.templates import Template
from briefer.support.errors import BrieferError
from briefer.support.validation import from_validation_error


@dataclass(frozen=True)
class Reprint:
    data: bytes
    format: str
    same: bool  # the bytes hash to what was recorded


def _load(log: Log, digest: str, what: str, model: type) -> object:
    data = get_blob(log, digest) if digest else None
    if data is None:
        raise BrieferError(
            f"the log has no copy of the {what} this page was built from (it came from another "
            "computer's log without its pages), so it cannot be rebuilt here",
            file=log.path,
        )
    try:
        return model.model_validate_json(data)
    except ValidationError as exc:
        why = from_validation_error(exc, None, None)  # what no longer reads, and why
        raise BrieferError(
            f"the stored {what} of this page no longer reads here "
            f"({why.field + ': ' if why.field else ''}{why.message})",
            file=log.path,
        ) from None


def reprint(log: Log, export: Export, fmt: str | None = None) -> Reprint:
    """The page of ``export`` built again (in ``fmt`` if another format is wanted).

    Only what the log kept is read: the brief, pack, template and logo it stored (a file of this
    computer that a stored brief names is never looked at). The page is built in the format it
    was given first, and refused if its bytes are not the recorded page's: whatever the log
    holds, a reprint prints only what the office was given."""
    brief = _load(log, export.brief_blob, "brief", Brief)
    pack = _load(log, export.pack_blob, "content pack", Pack)
    template = _load(log, export.template_blob, "template", Template)
    fmt = fmt or export.format
    with tempfile.TemporaryDirectory(prefix="briefer-reprint-") as folder:
        brief._file = str(Path(folder) / "brief.yaml")  # type: ignore[attr-defined]
        for field in ("logo", "logo_light"):
            name = str(getattr(brief.sender, field, "") or "").strip()  # type: ignore[attr-defined]
            if not name:
                continue
            digest = dict(export.files).get(f"sender.{field}")
            data = get_blob(log, digest) if digest else None
            what = "logo" if field == "logo" else "light logo"
            if data is None:
                raise BrieferError(f"the log has no copy of this page's {what}", file=log.path)
            if Path(name).name != name or name in (".", ".."):
                raise BrieferError(
                    f"the stored brief names its {what} by a path ('{name[:60]}'), not a file "
                    "name: it did not come from Briefer, and is not rebuilt",
                    file=log.path,
                )
            (Path(folder) / name).write_bytes(data)
        plan, data = _build(brief, pack, template, export)
    if hashlib.sha256(data).hexdigest() != export.sha256:
        raise BrieferError(
            f"page {export.short_id} built again from what the log kept is not the page "
            f"recorded (Briefer {export.version or 'of another version'} made it, or the log's "
            "copy was changed): nothing written",
            file=log.path,
        )
    if fmt != export.format:
        from briefer.pipeline import render

        data = render(plan, fmt)
    return Reprint(data, fmt, True)


def _build(brief: object, pack: object, template: object, export: Export) -> tuple[object, bytes]:
    from briefer.pipeline import make_plan, render

    plan = make_plan(
        brief,  # type: ignore[arg-type]
        pack=pack,  # type: ignore[arg-type]
        template=template,  # type: ignore[arg-type]
        paper=export.paper,
        directory=None,  # filled in already, as it was that day
    )
    return plan, render(plan, export.format)


def latest_brief(log: Log, meeting: Meeting) -> Brief | None:
    """The brief of the newest page the meeting was given (as it was built), if any."""
    for export in reversed(meeting.exports):
        data = get_blob(log, export.brief_blob) if export.brief_blob else None
        if data is not None:
            try:
                return Brief.model_validate_json(data)
            except ValidationError:
                continue
    return None


def leave_behind_pdf(log: Log, meeting: Meeting) -> tuple[bytes, str] | None:
    """The PDF the office got (the newest page, rebuilt as PDF) and its file name; None if the
    meeting was given no page whose inputs the log has."""
    for export in reversed(meeting.exports):
        try:
            again = reprint(log, export, "pdf")
        except BrieferError:
            continue
        name = export.file_name or "leave-behind.pdf"
        stem = name.rsplit(".", 1)[0] if "." in name else name
        return again.data, f"{stem}.pdf"
    return None


def stand_in_brief(meeting: Meeting, sender: object | None = None) -> Brief:
    """A brief with what the log knows of a meeting (for a thank-you when no page was logged)."""
    from briefer.page.brief import Meeting as BriefMeeting
    from briefer.page.brief import Sender

    return Brief(
        meeting=BriefMeeting(
            legislator=meeting.legislator,
            title=meeting.title,
            chamber=meeting.chamber,
            state=meeting.state,
            district=meeting.district,
            party=meeting.party,
            staffer=meeting.staffer,
            staffer_role=meeting.staffer_role,
            date=meeting.date,
            location=meeting.location,
        ),
        sender=sender if isinstance(sender, Sender) else Sender(),
        ask=meeting.ask,
        bill=meeting.bill,
    )


def choose_page(meeting: Meeting, wanted: str = "", page: str | None = None) -> Export:
    """Which of a meeting's pages to reprint: ``page`` as the user gave it (its number in the
    order they were given, 1 the first, or its id), else the one page of the ``wanted`` format
    (a page given more than once with the same bytes is one page). Several different pages are
    never chosen among silently: the error lists them by number, for ``--page``."""
    pages = list(meeting.exports)
    if not pages:
        raise BrieferError(f"meeting {meeting.short_id} was given no page yet", field="ID")
    if page is not None:
        return _numbered(meeting, pages, page)
    same_format = [e for e in pages if e.format == wanted] or pages
    if len({e.sha256 for e in same_format}) == 1:
        return same_format[-1]
    listed = "; ".join(f"{pages.index(e) + 1} = {_label(e)}" for e in _distinct(same_format))
    raise BrieferError(
        f"meeting {meeting.short_id} was given {len(_distinct(same_format))} different pages; "
        f"choose one with --page: {listed}",
        field="ID",
    )


def _distinct(pages: list[Export]) -> list[Export]:
    """The last of each set of pages with the same bytes, in the order given."""
    last = {e.sha256: e for e in pages}
    return [e for e in pages if last[e.sha256] is e]


def _label(export: Export) -> str:
    name = export.file_name or f"({export.source})"
    return f"{name}, {export.format.upper()}, {export.at[:10]}, page {export.short_id}"


def _numbered(meeting: Meeting, pages: list[Export], given: str) -> Export:
    text = given.strip().lower()
    if text.isdigit() and 1 <= int(text) <= len(pages):
        return pages[int(text) - 1]
    found = [e for e in pages if text and len(text) >= 4 and e.id.startswith(text)]
    if len(found) == 1:
        return found[0]
    raise BrieferError(
        f"meeting {meeting.short_id} has no page '{given}': give a number from 1 to "
        f"{len(pages)} (in the order given) or a page's id",
        field="--page",
    )
