"""Advice after the fit: what to cut when the page does not fit (the one source every face words),
and, when the type gets small, the template made for few, large points."""

from __future__ import annotations

from dataclasses import dataclass, replace

from briefer.page.templates import Template
from briefer.plan import Plan
from briefer.support.errors import FitError
from briefer.support.messages import QT_TRANSLATE_NOOP, Message

BOLD = "bold"
BOLD_BELOW = 10.0  # points: smaller body text (9.5 pt, a template's say-so) is hard to read


def _offer(template: Template) -> Message:
    how = QT_TRANSLATE_NOOP("core", "(--template {name}; in the app, Format › Template Gallery)")
    offer = QT_TRANSLATE_NOOP(
        "core",
        "the '{name}' template prints the ask with a response, a recommendation and the "
        "evidence in large type {how}",
    )  # the app's translations say only the app's way: they are shown only there
    return Message(offer, name=BOLD, how=Message(how, name=BOLD))


@dataclass(frozen=True)
class CutAdvice:
    """What to do when the page does not fit, as the fit measured it.

    ``points``: leaving out all of them (not one of them) makes the page fit, least important
    first; empty when no set of points would. ``ask_first``: the ask with the meeting details
    takes so much of the page (``share`` of it; 1 or more: all of it) that it is what to shorten
    first. Neither: ``message`` says what to shorten."""

    points: tuple[str, ...]
    ask_first: bool
    share: float
    message: str


def cut_advice(error: FitError) -> CutAdvice:
    """The advice the fit's error carries, for the app and the command line alike."""
    share = error.fixed_share
    return CutAdvice(tuple(error.candidates), share > 0, share, error.message)


def offer_bold(plan: Plan, template: Template) -> Plan:
    """The plan, with a note offering the bold template when its body is below 10 pt."""
    if template.name == BOLD or plan.body_size >= BOLD_BELOW:
        return plan
    small = QT_TRANSLATE_NOOP(
        "core", "the text is set at {size} pt, small for a busy reader: {offer}"
    )
    note = Message(small, size=f"{plan.body_size:g}", offer=_offer(template))
    return replace(plan, warnings=(*plan.warnings, note))


def offer_bold_instead(error: FitError, template: Template) -> FitError:
    """The fit's error, ending with the same offer (unless the template is already bold)."""
    if template.name != BOLD and "'bold' template" not in error.message:
        error.message = f"{error.message}; or: {_offer(template)}"
    return error


__all__ = ["BOLD_BELOW", "CutAdvice", "cut_advice", "offer_bold", "offer_bold_instead"]
