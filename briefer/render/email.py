"""An email draft as RFC 5322 / MIME bytes (an ``.eml`` file), written with Python's ``email``.

``X-Unsent: 1`` makes Outlook, Apple Mail and Thunderbird open it as a draft to edit and send.
No Date, Message-ID or User-Agent is written: the mail program adds what it needs when the user
sends it, and nothing names this computer.
"""

from __future__ import annotations

from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP


@dataclass(frozen=True)
class Attachment:
    file_name: str
    data: bytes
    mime: str = "application/pdf"


@dataclass(frozen=True)
class Draft:
    subject: str
    body: str  # plain text, lines separated by "\n"
    to_name: str = ""
    to_address: str = ""
    from_name: str = ""
    from_address: str = ""
    attachments: tuple[Attachment, ...] = ()


def _address(name: str, address: str) -> Address | None:
    if not address or "@" not in address:
        return None
    user, _, domain = address.strip().rpartition("@")
    try:
        return Address(display_name=" ".join(name.split()), username=user, domain=domain)
    except (ValueError, IndexError):
        return None


def render_email(draft: Draft) -> bytes:
    """The draft as the bytes of an ``.eml`` file (CRLF line ends, UTF-8 where needed)."""
    message = EmailMessage(policy=SMTP)
    to = _address(draft.to_name, draft.to_address)
    sender = _address(draft.from_name, draft.from_address)
    if to is not None:
        message["To"] = to
    if sender is not None:
        message["From"] = sender
    message["Subject"] = " ".join(draft.subject.split())
    message["X-Unsent"] = "1"
    message.set_content(draft.body.replace("\r\n", "\n"), subtype="plain", charset="utf-8")
    for item in draft.attachments:
        maintype, _, subtype = item.mime.partition("/")
        message.add_attachment(
            item.data, maintype=maintype, subtype=subtype, filename=item.file_name
        )
    return message.as_bytes()
