"""Lobby day: one pack per meeting from a CSV, spread over the cores, plus the day's schedule
(``index.pdf``) and calendar (``schedule.ics``).

Used by `briefer batch` and by the desktop app's Lobby-day dialog; knows nothing of terminals or Qt.
The CSV streams: records are read, checked and named one at a time and handed to the workers in
chunks, a few chunks ahead, so memory stays bounded by the small slot kept per meeting for the
schedule. Every line of the file is accounted for in the result: the header, a meeting (built or
failed, with the reason), or a blank line.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import threading
import zoneinfo
from collections.abc import Callable, Collection
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from briefer.day import BUILT, FAILED, NOT_RUN, Slot
from briefer.legislators.model import slug
from briefer.legislators.store import Directory
from briefer.lobby import worker
from briefer.lobby.checks import check
from briefer.lobby.csvfile import CsvFile, Problem, open_csv
from briefer.lobby.rows import COLUMNS, Context, Planned, make_meeting
from briefer.lobby.worker import Job, RowResult
from briefer.meetings.recording import record_lobby_day
from briefer.page.brief import Brief
from briefer.page.decor import read_logo
from briefer.page.templates import find_template, load_template
from briefer.pipeline import pack_for, template_for
from briefer.support.errors import BrieferError
from briefer.support.fileio import ensure_folder, inside, safe_file_name, write_atomic
from briefer.support.references import outside_allowed
from briefer.support.validation import fold_lines
from briefer.support.when import DateOrder

INDEX_NAME = "index.pdf"
CALENDAR_NAME = "schedule.ics"
DEFAULT_TIMEZONE = "America/New_York"
SERIAL_BELOW = 8  # fewer meetings than this are built in this process: no pool to start
CHUNK = 16  # meetings per hand-over to a worker, at most
AHEAD = 3  # chunks queued per worker
__all__ = ["BatchResult", "Job", "RowResult", "run_batch"]


@dataclass
class BatchResult:
    total: int = 0  # meetings run (records of the CSV, or of the lines chosen to run again)
    results: list[RowResult] = field(default_factory=list)
    slots: list[Slot] = field(default_factory=list)  # every meeting of the file, by line
    lines: int = 0  # physical lines in the file
    blank: int = 0  # blank lines among them
    notice: str = ""  # about the file as a whole (e.g. its encoding)
    warnings: list[tuple[int, str]] = field(default_factory=list)  # (line, text) for the day
    index: Path | None = None
    calendar: Path | None = None
    cancelled: bool = False
    log_warning: str | None = None  # the meeting log could not record the packs

    @property
    def failed(self) -> list[RowResult]:
        return sorted((r for r in self.results if not r.ok), key=lambda r: r.line)

    @property
    def built(self) -> int:
        return sum(1 for r in self.results if r.ok)

    @property
    def files(self) -> int:
        return sum(len(r.files) for r in self.results)


def _stem(slot: Slot) -> str:
    """date_time_legislator, e.g. 2026-12-03_1430_jeanne-shaheen (times as 24-hour HHMM)."""
    parts = [slot.date.isoformat() if slot.date else "undated"]
    if slot.start:
        parts.append(f"{slot.start.hour:02d}{slot.start.minute:02d}")
    parts.append(slug(slot.name)[:60].strip("-") or "meeting")
    return safe_file_name("_".join(parts), limit=90)


def check_timezone(name: str) -> zoneinfo.ZoneInfo:
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise BrieferError(
            f"unknown time zone '{name}': use a name like America/New_York or Europe/Warsaw",
            field="timezone",
        ) from None


def _header(source: CsvFile) -> None:
    names = [name for name in source.header if name]
    unknown = [name for name in names if name not in COLUMNS]
    file = source.path
    if unknown:
        listed = ", ".join(f"'{name}'" for name in unknown)
        raise BrieferError(
            f"unknown column{'s' if len(unknown) > 1 else ''} {listed} "
            f"(the columns are: {', '.join(COLUMNS)})",
            file=file,
            line=1,
        )
    twice = sorted({name for name in names if names.count(name) > 1})
    if twice:
        raise BrieferError(f"the column '{twice[0]}' is there twice", file=file, line=1)
    if "legislator" not in names:
        raise BrieferError("the header needs a 'legislator' column", file=file, line=1)


@cache
def _template_problem(name: str, folder: Path) -> str | None:
    """Why a row's template cannot be used; a path is found from the CSV's folder by the one
    rule for files a file names (briefer.support.references)."""
    try:
        load_template(name, folder)
    except BrieferError as exc:
        return exc.message
    return None


def _row_template(name: str | None, folder: Path) -> str | None:
    """A row's template as the workers load it: a bundled name, or the path found for it."""
    if not name or not name.endswith((".yaml", ".yml")):
        return name
    return str(find_template(name, folder))


class _Runner:
    """Hands jobs to the workers (or builds them here) and gathers what comes back."""

    def __init__(
        self,
        result: BatchResult,
        slots: dict[int, Slot],
        init: tuple,
        workers: int,
        progress: Callable[[int, int, RowResult], None] | None,
        estimate: Callable[[], int],
        cancel: threading.Event | None,
    ) -> None:
        self.result, self.slots, self.init, self.workers = result, slots, init, workers
        self.progress, self.estimate, self.cancel = progress, estimate, cancel
        self.chunk: list[Job] = []
        self.pool: ProcessPoolExecutor | None = None
        self.pending: set[Future[list[RowResult]]] = set()
        self.serial = workers == 1
        if self.serial:
            worker.start_warm(*init[:5], None, init[6])

    def cancelled(self) -> bool:
        if self.cancel is not None and self.cancel.is_set():
            self.result.cancelled = True
        return self.result.cancelled

    def record(self, outcome: RowResult) -> None:
        self.result.results.append(outcome)
        slot = self.slots[outcome.line]
        if outcome.ok:
            slot.status, slot.files = BUILT, outcome.files
        else:
            slot.status, slot.error = FAILED, outcome.error or "unknown error"
        if self.progress:
            done = len(self.result.results)
            self.progress(done, max(self.estimate(), done), outcome)

    def add(self, job: Job) -> None:
        if self.serial:
            self.record(worker.build(job))
            return
        self.chunk.append(job)
        # small days in small chunks: the work spreads evenly and Cancel stops soon
        if len(self.chunk) >= max(1, min(CHUNK, self.estimate() // (self.workers * 8))):
            self.flush()

    def flush(self) -> None:
        if not self.chunk:
            return
        if self.pool is None:
            self.pool = ProcessPoolExecutor(
                self.workers,
                mp_context=_context(),
                initializer=worker.start_warm,
                initargs=self.init,
            )
        self.pending.add(self.pool.submit(worker.build_chunk, self.chunk))
        self.chunk = []
        while len(self.pending) >= self.workers * AHEAD and not self.cancelled():
            self._collect(timeout=0.2)

    def _collect(self, timeout: float | None) -> None:
        finished, self.pending = wait(self.pending, timeout=timeout, return_when=FIRST_COMPLETED)
        for future in finished:
            for outcome in future.result():
                self.record(outcome)

    def finish(self) -> None:
        if not self.cancelled():
            self.flush()
        while self.pending and not self.cancelled():
            self._collect(timeout=0.2)
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            # chunks a worker had already started are finished: count their files
            for future in self.pending:
                if future.done() and not future.cancelled():
                    for outcome in future.result():
                        self.record(outcome)
            self.pending = set()


def run_batch(
    csv_path: Path,
    out_dir: Path,
    *,
    base: Brief | None = None,
    formats: list[str] | None = None,
    template: str | None = None,
    paper: str | None = None,
    jobs: int | None = None,
    force: bool = False,
    directory: Directory | None = None,
    progress: Callable[[int, int, RowResult], None] | None = None,
    cancel: threading.Event | None = None,
    date_order: DateOrder | None = None,
    timezone: str = DEFAULT_TIMEZONE,
    lines: Collection[int] | None = None,
    zips: object = "stored",
    log: bool = True,
) -> BatchResult:
    """Build every meeting in the CSV into out_dir (created if missing). Bad lines are reported;
    the others complete. ``lines``: run only the meetings starting on these lines (after fixing
    the CSV); the schedule still lists every meeting, and is replaced."""
    formats = formats or ["pdf"]
    tz = check_timezone(timezone)
    out_dir = ensure_folder(Path(out_dir))
    if not force and lines is None:
        for name in (INDEX_NAME, CALENDAR_NAME):
            if (out_dir / name).exists():
                raise BrieferError(f"{name} exists (use --force to replace)", file=out_dir)
    base = base or Brief()
    pack = pack_for(base)
    tpl = template_for(base, template)
    read_logo(base)  # a bad logo is the base brief's own line, once, not every meeting's
    read_logo(base, "logo_light")
    source = open_csv(Path(csv_path), COLUMNS)
    folder = Path(csv_path).parent
    _header(source)
    if zips == "stored":
        from briefer.legislators.zips import stored_zips

        zips = stored_zips()
    ctx = Context(
        base,
        pack,
        directory,
        date_order,
        zips,  # type: ignore[arg-type]
        template_ok=lambda name: None if name == template else _template_problem(name, folder),
    )
    result = BatchResult(lines=source.lines, notice=source.notice)
    slots: dict[int, Slot] = {}
    chosen = set(lines) if lines is not None else None
    estimate = len(chosen) if chosen is not None else source.lines - 1
    workers = max(1, min(jobs or os.cpu_count() or 1, 64))
    if estimate < SERIAL_BELOW or (chosen is not None and len(chosen) < SERIAL_BELOW):
        workers = 1
    sample, allowed = _sample(base, pack, directory), outside_allowed()
    init = (pack, tpl, paper, str(out_dir), tuple(formats), sample, allowed)
    runner = _Runner(result, slots, init, workers, progress, lambda: estimate, cancel)
    used = {INDEX_NAME, CALENDAR_NAME}
    for item in source.records():
        if runner.cancelled():
            break
        planned = _plan(item, source, ctx)
        slot = planned.slot
        slots[slot.line] = slot
        run = chosen is None or slot.line in chosen
        if run:
            result.total += 1
        if planned.errors:
            if run:
                runner.record(RowResult(slot.line, False, error=planned.error))
            continue
        names, n = None, 1
        while names is None or any(name in used for name in names):
            stem = _stem(slot) + (f"-{n}" if n > 1 else "")
            names, n = [f"{stem}.{fmt}" for fmt in formats], n + 1
        used.update(names)
        if not run:
            if all((out_dir / name).exists() for name in names):
                slot.status, slot.files = BUILT, tuple(names)  # built by an earlier run
            continue
        existing = [name for name in names if (out_dir / name).exists()]
        if existing and not force:
            runner.record(
                RowResult(slot.line, False, error=f"{existing[0]} exists (use --force to replace)")
            )
            continue
        slot.files = tuple(names)
        assert planned.enriched is not None
        brief = planned.enriched.brief
        runner.add(
            Job(
                slot.line,
                brief,
                tuple(zip(formats, names, strict=True)),
                planned.template
                if planned.template == template
                else _row_template(planned.template, folder),
                planned.paper,
                planned.enriched.member.id if planned.enriched.member else "",
            )
        )
        estimate = max(estimate, result.total)
    estimate = result.total  # all read: the progress counts to the real number
    runner.finish()
    result.log_warning = record_lobby_day((r.logged for r in result.results), pack, enabled=log)
    if runner.cancelled():
        for slot in slots.values():
            if slot.status == NOT_RUN and not slot.error:
                slot.error = "not built: the run was cancelled"
    result.blank = source.blank
    result.slots = [slots[line] for line in sorted(slots)]
    result.warnings = check(result.slots)
    if result.slots and not result.cancelled:
        _write_schedule(result, out_dir, paper or base.paper or tpl.paper, pack.title, tz)
    return result


def _plan(item: object, source: CsvFile, ctx: Context) -> Planned:
    """A record's plan; a line that could not be read still gets a slot, from what it shows."""
    cells = dict(zip((n for n in source.header), item.cells, strict=False))  # type: ignore[attr-defined]
    cells = {  # a line break in a one-line cell (a CR would print over a line) folds to a space
        name: (value if name == "notes" else fold_lines(value)).strip()
        for name, value in cells.items()
        if name
    }
    planned = make_meeting(item.line, item.span, cells, ctx)  # type: ignore[attr-defined]
    if isinstance(item, Problem):
        planned.errors[:] = [item.message]
        planned.enriched = None
        planned.slot.status, planned.slot.error = FAILED, item.message
    return planned


def _sample(base: Brief, pack: object, directory: Directory | None) -> Brief | None:
    """A meeting like the day's, to warm each worker with (the base brief with a member)."""
    member = directory.first() if directory is not None else None
    if member is None:
        return base if base.meeting.legislator else None
    return base.model_copy(
        update={
            "meeting": base.meeting.model_copy(
                update={
                    "legislator": member.name,
                    "title": member.title,
                    "chamber": member.chamber,
                    "state": member.state,
                    "district": member.district,
                    "party": member.party,
                    "location": member.office,
                    "date": dt.date(2026, 12, 3),
                    "time": "10:30 AM",
                }
            )
        }
    )


def _write_schedule(
    result: BatchResult, out_dir: Path, paper: str, title: str, tz: zoneinfo.ZoneInfo
) -> None:
    from briefer.render.calendar import render_calendar
    from briefer.render.schedule import render_schedule

    ordered = sorted(result.slots, key=Slot.sort_key)
    index = inside(out_dir, INDEX_NAME)
    write_atomic(index, render_schedule(ordered, paper, title, zone=tz.key))
    result.index = index
    calendar = inside(out_dir, CALENDAR_NAME)
    write_atomic(calendar, render_calendar(ordered, tz, title))
    result.calendar = calendar


def _context() -> multiprocessing.context.BaseContext:
    """Fresh worker processes: forking a process that runs threads (the desktop app) is unsafe.
    The forkserver imports the worker module (and with it the renderers) once for all workers."""
    methods = multiprocessing.get_all_start_methods()
    if "forkserver" not in methods:
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["briefer.lobby.worker"])
    return context
