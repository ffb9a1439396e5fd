"""Whether a leave-behind tells its reader how to reach whoever left it.

A page with no organisation, name, email or phone leaves the office nobody to call back. It may be
on purpose (an advocate at risk can leave their name off), so it is flagged, never refused: in the
app's fit indicator and once more before export or print.
"""

from __future__ import annotations

from briefer.page.brief import Brief
from briefer.support.messages import QT_TRANSLATE_NOOP, Message

CONTACT_FIELDS = ("organization", "name", "email", "phone")

NO_CONTACT = Message(
    QT_TRANSLATE_NOOP(
        "core", "the page has no way to reach you: no organisation, name, email or phone"
    )
)
NO_CONTACT_HINT = Message(
    QT_TRANSLATE_NOOP(
        "core", "Add at least one on the Sender tab, so the office knows whom to call back."
    )
)


def has_contact(brief: Brief) -> bool:
    """True when the sender has an organisation, a name, an email or a phone."""
    sender = brief.sender
    return any(str(getattr(sender, field) or "").strip() for field in CONTACT_FIELDS)
