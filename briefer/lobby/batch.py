"""Lobby day: one pack per meeting from a CSV, spread over the cores, plus a schedule index.

Used by `briefer batch` and by the desktop app's Lobby-day dialog; knows nothing of terminals or Qt.
"""

from __future__ import annotations

import multiprocessing
import os
import re
import threading
import unicodedata
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

from briefer.brief import Brief
from briefer.compose import format_date, who
from briefer.content import Pack
from briefer.errors import BrieferError, FitError
from briefer.fileio import write_atomic
from briefer.legislators.store import Directory
from briefer.lobby.rows import Planned, make_meeting, read_rows
from briefer.pipeline import make_plan, pack_for, render, template_for
from briefer.templates import Template
from briefer.when import DateOrder
from briefer.yamlio import read_text

INDEX_NAME = "index.pdf"


@dataclass(frozen=True)
class Job:
    line: int
    brief: Brief
    files: tuple[tuple[str, str], ...]  # (format, file name)


@dataclass(frozen=True)
class RowResult:
    line: int
    ok: bool
    files: tuple[str, ...] = ()
    error: str | None = None
    brief: Brief | None = None
    points: tuple[str, ...] = ()
    does_not_fit: bool = False  # the row was right but its points do not fit one page


@dataclass
class BatchResult:
    total: int
    results: list[RowResult] = field(default_factory=list)
    index: Path | None = None
    cancelled: bool = False

    @property
    def failed(self) -> list[RowResult]:
        return sorted((r for r in self.results if not r.ok), key=lambda r: r.line)

    @property
    def files(self) -> int:
        return sum(len(r.files) for r in self.results)


def safe_name(*parts: str) -> str:
    """A readable file name of letters, digits, '.', '_' and '-' only."""
    out = []
    for part in parts:
        ascii_part = unicodedata.normalize("NFKD", part).encode("ascii", "ignore").decode()
        cleaned = re.sub(r"[^A-Za-z0-9.]+", "-", ascii_part).strip("-.").lower()
        if cleaned:
            out.append(cleaned)
    return ("_".join(out) or "meeting")[:80]


def _stem(brief: Brief) -> str:
    """date_time_legislator, e.g. 2026-12-03_1430_jeanne-shaheen (times as 24-hour HHMM)."""
    m = brief.meeting
    minutes = _minutes(m.time) if m.time else None
    clock = (
        f"{minutes // 60:02d}{minutes % 60:02d}" if minutes is not None and minutes < 1440 else ""
    )
    return safe_name(m.date.isoformat() if m.date else "undated", clock or m.time, m.legislator)


# -- the work each process does -------------------------------------------------------------

_STATE: dict[str, object] = {}


def _init(pack: Pack, template: Template, paper: str | None, out_dir: str) -> None:
    _STATE.update(pack=pack, template=template, paper=paper, out_dir=out_dir)


def _build(job: Job) -> RowResult:
    try:
        plan = make_plan(
            job.brief,
            pack=_STATE["pack"],  # type: ignore[arg-type]
            template=_STATE["template"],  # type: ignore[arg-type]
            paper=_STATE["paper"],  # type: ignore[arg-type]
            directory=None,  # already filled in by the planning step
        )
        out_dir = Path(str(_STATE["out_dir"]))
        rendered = [(name, render(plan, fmt)) for fmt, name in job.files]  # all, before writing
        for name, data in rendered:
            write_atomic(out_dir / name, data)
    except BrieferError as exc:
        fit = isinstance(exc, FitError)
        return RowResult(job.line, False, error=exc.message, brief=job.brief, does_not_fit=fit)
    except Exception as exc:
        return RowResult(job.line, False, error=f"internal error: {exc}", brief=job.brief)
    titles = tuple(_STATE["pack"].block(b).title for b in plan.variants)  # type: ignore[attr-defined]
    return RowResult(job.line, True, tuple(n for _, n in job.files), brief=job.brief, points=titles)


# -- planning and running ------------------------------------------------------------------


def plan_jobs(
    planned: list[Planned], formats: list[str], out_dir: Path, force: bool
) -> tuple[list[Job], list[RowResult]]:
    """Name each meeting's files (uniquely, inside out_dir) and set aside the rows that failed."""
    jobs, failed, used = [], [], {INDEX_NAME}
    for item in planned:
        if item.error or item.enriched is None:
            failed.append(RowResult(item.line, False, error=item.error or "unknown error"))
            continue
        brief = item.enriched.brief
        stem, n = _stem(brief), 2
        while any(f"{stem}.{fmt}" in used for fmt in formats):
            stem, n = f"{_stem(brief)}-{n}", n + 1
        names = [f"{stem}.{fmt}" for fmt in formats]
        existing = [name for name in names if (out_dir / name).exists()]
        used.update(names)
        if existing and not force:
            failed.append(
                RowResult(item.line, False, error=f"{existing[0]} exists (use --force to replace)")
            )
            continue
        jobs.append(Job(item.line, brief, tuple(zip(formats, names, strict=True))))
    return jobs, failed


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
) -> BatchResult:
    """Build every meeting in the CSV into out_dir. Bad rows are reported; the others complete."""
    formats = formats or ["pdf"]
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise BrieferError("the output folder does not exist", file=out_dir)
    if not os.access(out_dir, os.W_OK):
        raise BrieferError("the output folder cannot be written", file=out_dir)
    if (out_dir / INDEX_NAME).exists() and not force:
        raise BrieferError(f"{INDEX_NAME} exists (use --force to replace)", file=out_dir)
    base = base or Brief()
    pack = pack_for(base)
    tpl = template_for(base, template)
    rows = read_rows(read_text(Path(csv_path)), str(csv_path))
    planned = [make_meeting(row, base, pack, directory, date_order) for row in rows]
    job_list, failed = plan_jobs(planned, formats, out_dir, force)
    result = BatchResult(total=len(rows), results=list(failed))
    done = 0
    for item in failed:
        done += 1
        if progress:
            progress(done, result.total, item)
    workers = max(1, min(jobs or os.cpu_count() or 1, len(job_list)))
    if workers == 1 or len(job_list) < 4:
        _init(pack, tpl, paper, str(out_dir))
        for job in job_list:
            if cancel is not None and cancel.is_set():
                result.cancelled = True
                break
            outcome = _build(job)
            result.results.append(outcome)
            done += 1
            if progress:
                progress(done, result.total, outcome)
    else:
        with ProcessPoolExecutor(
            workers,
            mp_context=_context(),
            initializer=_init,
            initargs=(pack, tpl, paper, str(out_dir)),
        ) as pool:
            pending: set[Future[RowResult]] = {pool.submit(_build, job) for job in job_list}
            while pending:
                finished, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
                for future in finished:
                    outcome = future.result()
                    result.results.append(outcome)
                    done += 1
                    if progress:
                        progress(done, result.total, outcome)
                if cancel is not None and cancel.is_set():
                    result.cancelled = True
                    pool.shutdown(wait=True, cancel_futures=True)
                    # meetings a worker had already started are finished: count their files
                    for future in pending:
                        if future.done() and not future.cancelled():
                            result.results.append(future.result())
                    break
    built = [r for r in result.results if r.ok]
    if built and not result.cancelled:
        from briefer.render.schedule import render_schedule

        entries = sorted(built, key=lambda r: _sort_key(r.brief))
        index = out_dir / INDEX_NAME
        page = paper or base.paper or tpl.paper
        write_atomic(index, render_schedule([_entry(r, page) for r in entries], page, pack.title))
        result.index = index
    return result


def _context() -> multiprocessing.context.BaseContext:
    """Fresh worker processes: forking a process that runs threads (the desktop app) is unsafe."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def _sort_key(brief: Brief | None) -> tuple:
    if brief is None:
        return ("",)
    m = brief.meeting
    return (m.date.isoformat() if m.date else "9999", _minutes(m.time), m.legislator)


def _minutes(time: str) -> int:
    match = re.match(r"\s*(\d{1,2})(?::(\d{2}))?\s*([ap])?\.?m?\.?", time.lower())
    if not match:
        return 24 * 60
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if match.group(3) == "p" and hour < 12:
        hour += 12
    if match.group(3) == "a" and hour == 12:
        hour = 0
    return hour * 60 + minute


def _entry(result: RowResult, paper: str) -> dict[str, str]:
    brief = result.brief
    assert brief is not None
    m = brief.meeting
    return {
        "date": format_date(m.date, paper) if m.date else "",
        "time": m.time,
        "office": who(brief),
        "room": m.location,
        "staffer": m.staffer,
        "points": "; ".join(result.points),
        "file": result.files[0] if result.files else "",
    }
