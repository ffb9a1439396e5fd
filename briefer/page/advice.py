"""Advice after the fit: when the type gets small, offer the template made for few, large points."""

from __future__ import annotations

from dataclasses import replace

from briefer.page.templates import Template
from briefer.plan import Plan
from briefer.support.errors import FitError

BOLD = "bold"
BOLD_BELOW = 10.0  # points: smaller body text (9.5 pt, a template's say-so) is hard to read


def _offer(template: Template) -> str:
    return (
        f"the '{BOLD}' template prints the ask with a response, a recommendation and the "
        "evidence in large type "
        f"(--template {BOLD}; in the app, Format › Template Gallery)"
    )


def offer_bold(plan: Plan, template: Template) -> Plan:
    """The plan, with a note offering the bold template when its body is below 10 pt."""
    if template.name == BOLD or plan.body_size >= BOLD_BELOW:
        return plan
    note = f"the text is set at {plan.body_size:g} pt, small for a busy reader: " + _offer(template)
    return replace(plan, warnings=(*plan.warnings, note))


def offer_bold_instead(error: FitError, template: Template) -> FitError:
    """The fit's error, ending with the same offer (unless the template is already bold)."""
    if template.name != BOLD and "'bold' template" not in error.message:
        error.message = f"{error.message}; or: {_offer(template)}"
    return error


__all__ = ["BOLD_BELOW", "offer_bold", "offer_bold_instead"]
