"""Recording which office got which page: the one call every export, print and lobby day makes.

:func:`record_export` keeps the file's name (never its folder), the format, template, paper, the
points with their variants, a SHA-256 of the bytes, and the inputs the page was built from — the
brief as built (filled from the directory), the content pack and the template as validated — as
content-addressed blobs, so that ``briefer log reprint`` rebuilds the same bytes. It never raises:
a log that cannot be written gives a warning, and the export itself has already succeeded.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from briefer import __version__
from briefer.brief import Brief
from briefer.content import Pack
from briefer.errors import BrieferError
from briefer.plan import Plan
from briefer.templates import Template

if TYPE_CHECKING:
    from briefer.meetings.log import MeetingFields

OFF_ENV = "BRIEFER_NO_LOG"  # set to 1: record nothing (for scripts that cannot pass --no-log)


@dataclass(frozen=True)
class Page:
    """One page made, as the log records it."""

    brief: Brief  # as built: the meeting filled in, the points chosen
    plan: Plan
    data: bytes
    format: str
    file_name: str = ""  # the name only: the folder is private
    source: str = "export"  # build | export | print | lobby
    member_id: str = ""


def names_a_legislator(brief: Brief | None) -> bool:
    return brief is not None and bool(brief.meeting.legislator.strip())


def _attendees(brief: Brief) -> tuple[str, ...]:
    people = getattr(brief.meeting, "attendees", None) or ()
    return tuple(getattr(p, "name", None) or str(p) for p in people)


def _logo(brief: Brief) -> tuple[Brief, bytes | None]:
    """The brief with its logo named by file name only (no folder), and the logo's bytes."""
    logo = str(getattr(brief.sender, "logo", "") or "").strip()
    if not logo:
        return brief, None
    path = Path(logo).expanduser()
    if not path.is_absolute() and brief.file:
        path = Path(brief.file).parent / path
    data = path.read_bytes()
    sender = brief.sender.model_copy(update={"logo": path.name})
    return brief.model_copy(update={"sender": sender}), data


def _dump(model: object) -> bytes:
    return model.model_dump_json(by_alias=True).encode("utf-8")  # type: ignore[attr-defined]


_TEMPLATES: dict[tuple, Template] = {}


def _template(brief: Brief, override: str | None) -> Template:
    """``pipeline.template_for``, remembered while no template file changes (it reads YAML)."""
    from briefer import pipeline
    from briefer.resources import templates_dir

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


def meeting_fields(brief: Brief, member_id: str = "") -> MeetingFields:
    """What the log keeps of the meeting, from the brief as built."""
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
        staffer=m.staffer,
        attendees=_attendees(brief),
        ask=brief.ask,
        bill=brief.bill,
    )


def record_pages(
    pages: Sequence[Page], pack: Pack, template: Template, *, path: Path | None = None
) -> None:
    """Record pages made from one pack and template, in one transaction (raises BrieferError)."""
    from briefer.meetings.db import Log
    from briefer.meetings.log import new_id, now_utc, put_blob, upsert_meeting

    pack_data, template_data = _dump(pack), _dump(template)
    with Log(path) as log, log.write() as conn:
        pack_hash = put_blob(conn, pack_data)
        template_hash = put_blob(conn, template_data)
        for page in pages:
            brief, plan = page.brief, page.plan
            stamp = now_utc()
            fields = meeting_fields(brief, page.member_id)
            meeting_id = upsert_meeting(conn, fields, stamp)
            brief, logo = _logo(brief)
            files = {"sender.logo": put_blob(conn, logo)} if logo is not None else {}
            brief_hash = put_blob(conn, _dump(brief))
            conn.execute(
                "INSERT INTO exports (id, meeting_id, at, source, file_name, format, template,"
                " paper, points, body_size, sha256, size, version, brief_blob, pack_blob,"
                " template_blob, files) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    new_id(),
                    meeting_id,
                    stamp,
                    page.source,
                    Path(page.file_name).name,
                    page.format,
                    plan.template,
                    plan.page.name,
                    json.dumps([[b, v] for b, v in plan.variants.items()]),
                    plan.body_size,
                    hashlib.sha256(page.data).hexdigest(),
                    len(page.data),
                    __version__,
                    brief_hash,
                    pack_hash,
                    template_hash,
                    json.dumps(files),
                ),
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
) -> str | None:
    """Record one page made from ``brief`` (the brief as the user has it: it is filled in again
    the way the build did). Returns a warning for the user when recording failed, else None."""
    if _off(enabled) or not names_a_legislator(brief):
        return None
    try:
        built, pack, tpl, member = built_inputs(brief, template)
        page = Page(built, plan, data, fmt, file_name, source, member)
        record_pages([page], pack, tpl, path=path)
    except BrieferError as exc:
        return f"the page was not recorded in the meeting log: {exc}"
    except Exception as exc:  # the export is done; the log must never undo it
        return f"the page was not recorded in the meeting log: {exc.__class__.__name__}: {exc}"
    return None


def record_batch(
    results: Iterable[object],
    out_dir: Path,
    pack: Pack,
    template: Template,
    *,
    enabled: bool = True,
    path: Path | None = None,
) -> str | None:
    """Record a lobby day's packs in one transaction; a warning for the user, or None.

    ``results`` are the batch's row results: each with ``ok``, ``brief`` (filled in), ``plan``
    and ``files`` (names inside ``out_dir``, just written).
    """
    if _off(enabled):
        return None
    try:
        pages = []
        for row in results:
            brief, plan = getattr(row, "brief", None), getattr(row, "plan", None)
            if not getattr(row, "ok", False) or plan is None or not names_a_legislator(brief):
                continue
            for name in getattr(row, "files", ()):
                data = (Path(out_dir) / name).read_bytes()
                pages.append(Page(brief, plan, data, Path(name).suffix[1:], name, "lobby"))
        if pages:
            record_pages(pages, pack, template, path=path)
    except BrieferError as exc:
        return f"the packs were not recorded in the meeting log: {exc}"
    except Exception as exc:
        return f"the packs were not recorded in the meeting log: {exc.__class__.__name__}: {exc}"
    return None
