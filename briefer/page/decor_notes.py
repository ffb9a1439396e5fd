"""What the page's decoration says: the notes on the sender's logo that a plan carries, and the
QR code's problems (marked for the app's translation: see briefer.support.messages; the command
line prints them in English)."""

from __future__ import annotations

from briefer.support.messages import QT_TRANSLATE_NOOP, Message, translate

LOGO_WITHOUT_NAME = Message(
    QT_TRANSLATE_NOOP(
        "core",
        "the logo has no organisation name to describe it to a screen reader (it is read as "
        "'Logo'): fill in sender.organization",
    )
)
# where the logo prints on a colour (the plate notes' {where})
BANNER = Message(QT_TRANSLATE_NOOP("core", "banner's colour"))
SIDEBAR = Message(QT_TRANSLATE_NOOP("core", "sidebar's colour"))
PLATE_LIGHT = QT_TRANSLATE_NOOP(
    "core",
    "the light version of the logo has too little contrast with the {where} ({background}): "
    "it is printed on a white plate",
)
PLATE = QT_TRANSLATE_NOOP(
    "core",
    "the logo has too little contrast with the {where} ({background}): it is printed on a white "
    "plate; a light version of the logo (sender.logo_light) would print without one",
)
BLURRED = QT_TRANSLATE_NOOP(
    "core",
    "the logo {name} prints at {dpi} dpi and will look blurred: use one at least {need} pixels "
    "wide (or an SVG)",
)
NOT_AN_ADDRESS = QT_TRANSLATE_NOOP(
    "core", "'{url}' is not a web address: write it in full, such as https://example.org/report"
)
QR_TOO_LONG = Message(
    QT_TRANSLATE_NOOP("core", "the QR code's address is too long: use a shorter link")
)


def sidebar_too_long(lines: int) -> Message:
    """The sidebar's text does not fit by about ``lines`` lines."""
    return translate(
        "core",
        "the sidebar is too long by about %n lines: shorten the ask or the meeting details, or "
        "choose another template",
        None,
        lines,
    )
