"""A lobby-day worker process: plans, renders and writes the packs of a chunk of meetings.

Workers come from a forkserver that has imported this module (and so the composer, the fit and the
PDF renderer) once; each worker then warms its caches — the fonts, the paragraph parses — with one
throw-away build in :func:`start`, so the first real meeting costs what the others cost. Meetings
arrive in chunks, so a worker pays the hand-over once per chunk, not once per meeting.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass
from pathlib import Path

import briefer.render.pdf  # noqa: F401  (imported by the forkserver, so every worker has it)
from briefer.layout.fonts import register_pdf_fonts
from briefer.meetings.recording import lobby_page
from briefer.page.brief import Brief
from briefer.page.content import Pack
from briefer.page.templates import Template, load_template
from briefer.pipeline import make_plan, render
from briefer.support.errors import BrieferError, FitError
from briefer.support.fileio import inside, write_atomic
from briefer.support.references import set_outside_allowed


@dataclass(frozen=True)
class Job:
    line: int
    brief: Brief
    files: tuple[tuple[str, str], ...]  # (format, file name)
    template: str | None = None  # the row's own template, by name
    paper: str | None = None  # the row's own paper
    member_id: str = ""  # the directory's id of the member (kept in the meeting log)


@dataclass(frozen=True)
class RowResult:
    line: int
    ok: bool
    files: tuple[str, ...] = ()
    error: str | None = None
    points: tuple[str, ...] = ()
    does_not_fit: bool = False  # the row was right but its points do not fit one page
    logged: tuple | None = None  # what the meeting log keeps of its pages (briefer.meetings)


_STATE: dict[str, object] = {}
_TEMPLATES: dict[str, Template] = {}


def start(
    pack: Pack, template: Template, paper: str | None, out_dir: str, formats: tuple[str, ...]
) -> None:
    """Set a worker up for one batch; with ``warm``, build one page and throw it away."""
    _STATE.update(pack=pack, template=template, paper=paper, out_dir=out_dir)
    _TEMPLATES.clear()
    register_pdf_fonts()


def warm(sample: Brief, formats: tuple[str, ...]) -> None:
    """One throw-away build in each format, so the caches are full before the first meeting."""
    try:
        plan = make_plan(
            sample,
            pack=_STATE["pack"],  # type: ignore[arg-type]
            template=_STATE["template"],  # type: ignore[arg-type]
            paper=_STATE["paper"],  # type: ignore[arg-type]
            directory=None,
        )
        for fmt in formats:
            render(plan, fmt)
    except BrieferError:
        pass  # the sample itself may not fit; the real meetings say so themselves


def start_warm(
    pack: Pack,
    template: Template,
    paper: str | None,
    out_dir: str,
    formats: tuple[str, ...],
    sample: Brief | None,
    outside_allowed: bool = False,
) -> None:
    """The pool's initializer: :func:`start`, then :func:`warm` with a sample meeting;
    ``outside_allowed`` carries the user's ``--allow-outside`` into the worker process."""
    set_outside_allowed(outside_allowed)
    start(pack, template, paper, out_dir, formats)
    if sample is not None:
        warm(sample, formats)
    # What the worker holds now (modules, fonts, caches) lives as long as it does: out of the
    # cycle collector's sight, its collections during the day walk only the day's objects.
    gc.freeze()


def _template(name: str | None) -> Template:
    if not name:
        return _STATE["template"]  # type: ignore[return-value]
    if name not in _TEMPLATES:
        _TEMPLATES[name] = load_template(name)
    return _TEMPLATES[name]


def build(job: Job) -> RowResult:
    pack: Pack = _STATE["pack"]  # type: ignore[assignment]
    try:
        plan = make_plan(
            job.brief,
            pack=pack,
            template=_template(job.template),
            paper=job.paper or _STATE["paper"],  # type: ignore[arg-type]
            directory=None,  # already filled in by the planning step
        )
        out_dir = Path(str(_STATE["out_dir"]))
        rendered = [(name, render(plan, fmt)) for fmt, name in job.files]  # all, before writing
        for name, data in rendered:
            write_atomic(inside(out_dir, name), data)
    except BrieferError as exc:
        fit = isinstance(exc, FitError)
        return RowResult(job.line, False, error=exc.message, does_not_fit=fit)
    except Exception as exc:
        return RowResult(job.line, False, error=f"internal error: {exc}")
    titles = tuple(pack.block(b).title for b in plan.variants)
    logged = lobby_page(job.brief, plan, rendered, _template(job.template), job.member_id)
    return RowResult(job.line, True, tuple(n for _, n in job.files), points=titles, logged=logged)


def build_chunk(jobs: list[Job]) -> list[RowResult]:
    return [build(job) for job in jobs]
