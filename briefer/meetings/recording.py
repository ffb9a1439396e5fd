"""Recording which office got which page: the one call every export, print and lobby day makes.

:func:`record_export` keeps the file's name (never its folder), the format, template, paper, the
points with their variants, a SHA-256 of the bytes, and the inputs the page was built from — the
brief as built (filled from the directory), the content pack and the template as validated — as
content-addressed blobs, so that ``briefer log reprint`` rebuilds the same bytes. It never raises:
a log that cannot be written gives a warning, and the export itself has already succeeded.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from briefer import __version__
from briefer.page.audience import paper_for
from briefer.page.brief import Brief
from briefer.page.content import Pack
from briefer.page.office import printed_ask
from briefer.page.templates import Template
from briefer.plan import Plan
from briefer.support.errors import BrieferError

if TYPE_CHECKING:
    from briefer.meetings.db import Log
    from briefer.meetings.log import MeetingFields

BUSY_TRIES = 4  # each waits out the log's busy timeout (briefer.meetings.db.BUSY_MS)
OFF_ENV = "BRIEFER_NO_LOG"  # set to 1: record nothing (for scripts that cannot pass --no-log)


@dataclass(frozen=True)
class Page:
    """One page made, as the log records it; small and picklable (a lobby-day worker makes it,
    the main process writes it)."""

    brief: bytes  # the brief as built (JSON), its logo named by file name only
    template: bytes  # the template as validated (JSON)
    variants: tuple[tuple[str, str], ...]  # (block id, "short" | "long") in page order
    body_size: float
    paper: str
    template_name: str
    format: str
    file_name: str  # the name only: the folder is private
    sha256: str
    size: int
    source: str = "export"  # build | export | print | lobby
    member_id: str = ""
    logo: bytes | None = None
    given: bool = False  # left with the office: printed, or the user said so (else: exported)
    meeting: str = ""  # the meeting the user chose among the day's with this office ("": by time)
    logo_light: bytes | None = None  # its light version, for coloured bands
    ask: str | None = None  # the ask as printed (None: the brief's)


@dataclass(frozen=True)
class Moved:
    """When a brief's meeting was, as its last recorded page had it."""

    date: dt.date | None
    time: str


def make_page(
    brief: Brief,
    plan: Plan,
    data: bytes,
    fmt: str,
    template: Template,
    file_name: str = "",
    source: str = "export",
    member_id: str = "",
    given: bool | None = None,
) -> Page:
    """What the log keeps of one page made from ``brief`` (the brief as built). A page counts
    as given to the office when printed, or when ``given`` says so; an export is only a file
    until the user marks it given (a trial export must not tell the thank-you a page was left)."""
    brief, (logo, light) = _logo(brief)
    return Page(
        brief=_dump(brief),
        template=_template_json(template),
        variants=tuple(plan.variants.items()),
        body_size=plan.body_size,
        paper=plan.page.name,
        template_name=plan.template,
        format=fmt,
        file_name=Path(file_name).name,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        source=source,
        member_id=member_id,
        logo=logo,
        given=source == "print" if given is None else given,
        logo_light=light,
        ask=plan.meta.ask,
    )


def lobby_page(
    brief: Brief,
    plan: Plan,
    rendered: Sequence[tuple[str, bytes]],
    template: Template,
    member_id: str = "",
) -> tuple[Page, ...] | None:
    """In a lobby-day worker: the records of one meeting's files ((name, bytes) pairs) with the
    member's directory id; None when there is nothing to record or it cannot be made (the packs
    are what matter)."""
    if not names_a_legislator(brief) or _off(True):
        return None
    try:
        return tuple(
            make_page(brief, plan, data, Path(name).suffix[1:], template, name, "lobby", member_id)
            for name, data in rendered
        )
    except Exception:
        return None


def names_a_legislator(brief: Brief | None) -> bool:
    return brief is not None and bool(brief.meeting.legislator.strip())


def _attendees(brief: Brief) -> tuple[str, ...]:
    """Who of us went: the brief's attending constituents (and any attendees it lists)."""
    people = [
        *(getattr(brief, "constituents", None) or ()),
        *(getattr(brief.meeting, "attendees", None) or ()),
    ]
    names = (str(getattr(p, "name", None) or p).strip() for p in people)
    return tuple(dict.fromkeys(name for name in names if name))


def _paths_named(brief: Brief) -> Brief:
    """The brief with a pack or template given as a path named by its file name only: the log
    keeps no folder (the reprint is given the pack and template themselves)."""
    update = {}
    for key in ("pack", "template"):
        value = getattr(brief, key, None)
        if value and ("/" in value or "\\" in value):
            update[key] = Path(value.replace("\\", "/")).name
    return brief.model_copy(update=update) if update else brief


def _logo(brief: Brief) -> tuple[Brief, tuple[bytes | None, bytes | None]]:
    """The brief with its logo (and light logo) named by file name only (no folder), and their
    bytes."""
    from briefer.page.decor import logo_path

    update: dict[str, str] = {}
    data: list[bytes | None] = []
    for field in ("logo", "logo_light"):
        if not str(getattr(brief.sender, field, "") or "").strip():
            data.append(None)
            continue
        path = logo_path(brief, field)  # the one rule for what a brief names (as built)
        data.append(path.read_bytes())
        update[field] = path.name
    if update:
        brief = brief.model_copy(update={"sender": brief.sender.model_copy(update=update)})
    return _paths_named(brief), (data[0], data[1])


def _dump(model: object) -> bytes:
    return model.model_dump_json(by_alias=True).encode("utf-8")  # type: ignore[attr-defined]


_JSON: dict[int, tuple[object, bytes]] = {}


def _template_json(template: Template) -> bytes:
    """A template's JSON, made once per template object (templates are frozen)."""
    known = _JSON.get(id(template))
    if known is None or known[0] is not template:
        known = (template, _dump(template))
        if len(_JSON) > 32:
            _JSON.clear()
        _JSON[id(template)] = known
    return known[1]


_TEMPLATES: dict[tuple, Template] = {}


def _template(brief: Brief, override: str | None) -> Template:
    """``pipeline.template_for``, remembered while no template file changes (it reads YAML)."""
    from briefer import pipeline
    from briefer.support.resources import templates_dir

    name = override or brief.template
    files = [*templates_dir().glob("*.yaml"), Path(name)]
    stamp = tuple(sorted((str(f), f.stat().st_mtime_ns) for f in files if f.is_file()))
    key = (name, stamp)
    if key not in _TEMPLATES:
        _TEMPLATES.clear()
        _TEMPLATES[key] = pipeline.template_for(brief, override)
    return _TEMPLATES[key]


def built_inputs(brief: Brief, template: str | None = None) -> tuple[Brief, Pack, Template, str]:
    """The brief as built, its pack and template, and the member's id: what the pipeline used."""
    from briefer import pipeline

    pack = pipeline.pack_for(brief)
    tpl = _template(brief, template)
    enriched = pipeline.prepare(brief, pack)
    member = enriched.member.id if enriched.member is not None else ""
    return enriched.brief, pack, tpl, member


def planned_fields(brief: Brief) -> MeetingFields:
    """The log's meeting before any page: as built, the ask as printed (or BrieferError)."""
    built, pack, tpl, member = built_inputs(brief)
    return meeting_fields(built, member, printed_ask(pack, built, paper_for(built, tpl.paper)))


def meeting_fields(brief: Brief, member_id: str = "", ask: str | None = None) -> MeetingFields:
    """What the log keeps of the meeting, from the brief as built; ``ask``: as printed."""
    from briefer.meetings.log import MeetingFields

    m = brief.meeting
    return MeetingFields(
        legislator=m.legislator.strip(),
        member_id=member_id,
        title=m.title,
        chamber=m.chamber,
        state=m.state,
        district=m.district,
        party=m.party,
        date=m.date,
        time=m.time,
        location=m.location,
        staffer=m.staffer.strip(),  # whom we met: "Maria Lopez"
        staffer_role=m.staffer_role.strip(),  # and their job: "foreign policy LA"
        attendees=_attendees(brief),
        ask=brief.ask if ask is None else ask,
        bill=brief.bill,
    )


def record_pages(
    pages: Iterable[Page],
    pack: Pack,
    *,
    path: Path | None = None,
    moved_from: Moved | None = None,
    into: list[str] | None = None,
) -> int:
    """Write pages made from one pack, in one transaction (raises BrieferError); the count.
    ``moved_from``: the date and time the brief's meeting had when its last page was made (the
    user has since changed them): that meeting moves, rather than stay behind without a page.
    While another Briefer holds the log past the busy timeout, it tries again a few times.
    ``into`` is given the id of each page's meeting."""
    from briefer.meetings.db import LogBusy, shared_log

    pages = list(pages)
    log = shared_log(path)
    for attempt in range(1, BUSY_TRIES + 1):  # an import or another build holds the log a moment
        written: list[str] = []
        try:
            count = _write_pages(log, pages, pack, moved_from, written)
            if into is not None:
                into += written
            return count
        except LogBusy:
            if attempt == BUSY_TRIES:
                raise
            time.sleep(0.25 * attempt)
    return 0


def _write_pages(
    log: Log, pages: list[Page], pack: Pack, moved_from: Moved | None, into: list[str]
) -> int:
    from briefer.meetings.blobs import put_blob
    from briefer.meetings.log import DayIndex, new_id, now_utc, upsert_meeting

    pack_data = _dump(pack)
    count = 0
    with log.write() as conn:
        if moved_from is not None and pages:
            _move_meeting(conn, Brief.model_validate_json(pages[0].brief), moved_from)
        pack_hash = put_blob(conn, pack_data)
        index = DayIndex(conn)
        for page in pages:
            brief = Brief.model_validate_json(page.brief)
            stamp = now_utc()
            fields = meeting_fields(brief, page.member_id, page.ask)
            meeting_id = upsert_meeting(conn, fields, stamp, index, page.file_name, page.meeting)
            into.append(meeting_id)
            kept = (("sender.logo", page.logo), ("sender.logo_light", page.logo_light))
            files = {field: put_blob(conn, data) for field, data in kept if data is not None}
            conn.execute(
                "INSERT INTO exports (id, meeting_id, at, source, file_name, format, template,"
                " paper, points, body_size, sha256, size, version, brief_blob, pack_blob,"
                " template_blob, files, given)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    new_id(),
                    meeting_id,
                    stamp,
                    page.source,
                    page.file_name,
                    page.format,
                    page.template_name,
                    page.paper,
                    json.dumps([list(v) for v in page.variants]),
                    page.body_size,
                    page.sha256,
                    page.size,
                    __version__,
                    put_blob(conn, page.brief),
                    pack_hash,
                    put_blob(conn, page.template),
                    json.dumps(files),
                    int(page.given),
                ),
            )
            count += 1
    return count


def _move_meeting(conn: object, brief: Brief, moved_from: Moved) -> None:
    """Inside the transaction: the meeting at the old date and time takes the brief's new ones,
    unless the office already has a meeting then (two meetings are never merged)."""
    from briefer.meetings.days import find_meeting_id

    m = brief.meeting
    old = find_meeting_id(conn, m.legislator, moved_from.date, moved_from.time)  # type: ignore[arg-type]
    if old is None or find_meeting_id(conn, m.legislator, m.date, m.time) is not None:  # type: ignore[arg-type]
        return
    conn.execute(  # type: ignore[attr-defined]
        "UPDATE meetings SET date = ?, time = ? WHERE id = ?",
        (m.date.isoformat() if m.date else "", m.time, old),
    )


def _off(enabled: bool) -> bool:
    return not enabled or os.environ.get(OFF_ENV, "") not in ("", "0")


def record_export(
    brief: Brief,
    plan: Plan,
    data: bytes,
    fmt: str,
    file_name: str = "",
    *,
    source: str = "export",
    template: str | None = None,
    enabled: bool = True,
    path: Path | None = None,
    moved_from: Moved | None = None,
    given: bool | None = None,
    meeting: str = "",
    into: list[str] | None = None,
) -> str | None:
    """Record one page made from ``brief`` (the brief as the user has it: it is filled in again
    the way the build did). Returns a warning for the user when recording failed, else None.
    ``moved_from``, ``into``: see :func:`record_pages`; ``given``: see :func:`make_page`;
    ``meeting``: the meeting the user chose among the day's with this office."""
    if _off(enabled) or not names_a_legislator(brief):
        return None
    try:
        built, pack, tpl, member = built_inputs(brief, template)
        page = make_page(built, plan, data, fmt, tpl, file_name, source, member, given)
        if meeting:
            page = replace(page, meeting=meeting)
        record_pages([page], pack, path=path, moved_from=moved_from, into=into)
    except BrieferError as exc:
        return f"the page was not recorded in the meeting log: {exc}"
    except Exception as exc:  # the export is done; the log must never undo it
        return f"the page was not recorded in the meeting log: {exc.__class__.__name__}: {exc}"
    return None


def record_lobby_day(
    pages: Iterable[Sequence[Page] | None], pack: Pack, *, enabled: bool = True
) -> str | None:
    """In the main process, after a lobby day: write every pack's records in one transaction.
    ``pages`` are what :func:`lobby_page` gave for each meeting. A warning, or None."""
    if _off(enabled):
        return None
    chosen = [page for group in pages if group for page in group]
    if not chosen:
        return None
    try:
        record_pages(chosen, pack)
    except BrieferError as exc:
        return f"the packs were not recorded in the meeting log: {exc}"
    except Exception as exc:
        return f"the packs were not recorded in the meeting log: {exc.__class__.__name__}: {exc}"
    return None
