"""The core calls the GUI makes: check a brief, plan it, render it. No Qt here.

The core is safe to call from several threads at once (the preview's worker, an export, a lobby
day): what it remembers between builds is owned by one thread-safe Typesetter, and everything
else is made per build. So there is no lock here.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace

from briefer import pipeline
from briefer.page.brief import Brief, checked
from briefer.page.decor import logo_path
from briefer.plan import Plan
from briefer.support.crashlog import log_exception
from briefer.support.errors import BrieferError, FitError


def validated(brief: Brief) -> Brief:
    """The brief as it would load from its file, or the BrieferError it would give."""
    return checked(brief)


def plan_for(brief: Brief) -> Plan:
    """The one-page plan (FitError when it does not fit, BrieferError when the brief is wrong).

    A logo that cannot be used never stops the page: it is made without the logo, and a note
    says where the logo was looked for and where to choose it again."""
    brief = validated(brief)
    try:
        return pipeline.make_plan(brief)
    except FitError:
        raise
    except BrieferError as exc:
        if exc.field not in ("sender.logo", "sender.logo_light"):
            raise
        problem, key = exc.message, exc.field.partition(".")[2]
    bare = brief.model_copy(update={"sender": brief.sender.model_copy(update={key: ""})})
    plan = plan_for(bare)  # the other logo may be unusable too
    return replace(plan, warnings=(logo_note(brief, problem, key), *plan.warnings))


def logo_note(brief: Brief, problem: str, field: str = "logo") -> str:
    """Why the page has no logo (or no light logo), where it was looked for, and where to
    choose another."""
    try:
        looked = f" (looked for {logo_path(brief, field)})"
    except BrieferError:  # outside the brief's folder: the problem says so, and was not looked for
        looked = ""
    if field == "logo_light":
        return (
            f"the page is made without the light logo: {problem}{looked}. "
            "Choose it again under Sender › Logo › Light version, or remove it there"
        )
    return (
        f"the page is made without the logo: {problem}{looked}. "
        "Choose it again under Sender › Logo, or remove it there"
    )


def render(plan: Plan, fmt: str) -> bytes:
    """The bytes of a plan in one format."""
    return pipeline.render(plan, fmt)


@dataclass(frozen=True)
class Outcome:
    """What one preview build gave: the plan and PDF, or the error that stopped it."""

    brief: Brief
    plan: Plan | None = None
    pdf: bytes | None = None
    error: BrieferError | None = None
    seconds: float = 0.0

    @property
    def fits(self) -> bool:
        return self.pdf is not None

    @property
    def too_long(self) -> bool:
        return isinstance(self.error, FitError)


def build_outcome(brief: Brief, plan_of: Callable[[], tuple[Brief, Plan]]) -> Outcome:
    """Run ``plan_of`` (the brief shown and its plan), then render the PDF; never raises: an
    error comes back in the Outcome, an unexpected one logged first."""
    start = time.perf_counter()
    try:
        shown, plan = plan_of()
        pdf = render(plan, "pdf")
    except BrieferError as exc:
        return Outcome(brief, error=exc, seconds=time.perf_counter() - start)
    except Exception as exc:
        log = log_exception(exc)
        failure = BrieferError(f"internal error while building the page (details in {log})")
        return Outcome(brief, error=failure, seconds=time.perf_counter() - start)
    return Outcome(shown, plan=plan, pdf=pdf, seconds=time.perf_counter() - start)


def build_preview(brief: Brief) -> Outcome:
    """Plan and render a brief for the preview; never raises."""
    return build_outcome(brief, lambda: (brief, plan_for(brief)))


def warm_up() -> None:
    """Import the renderer and load the fonts ahead of the first real request."""
    from briefer.render import pdf  # noqa: F401
