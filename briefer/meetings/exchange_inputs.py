"""The page inputs an exchange file carries (briefs, packs, templates, logos), read as data.

They come from someone else's computer. Each is unpacked with a cap — reading stops as soon as
it passes :data:`MAX_INPUT`, so a small file that would unpack to gigabytes is refused after a few
megabytes — and checked against its hash. A stored brief may name its logo, pack and template by
file name only: a path (``/home/…``, ``~``, ``..``) would let a reprint read a file of this
computer onto the page.
"""

from __future__ import annotations

import base64
import binascii
import zlib
from collections.abc import Iterable, Mapping

from pydantic import ValidationError

from briefer.meetings.blobs import blob_hash
from briefer.page.brief import Brief
from briefer.support.errors import BrieferError

MAX_INPUT = 8 * 2**20  # one input unpacked: a logo may be 8 MB (briefer.page.images.MAX_BYTES)
MAX_INPUTS = 128 * 2**20  # all of a file's inputs unpacked
FILES = (
    "sender.logo",
    "sender.logo_light",
)  # the files a page may keep besides its brief, pack and template


def inflate(packed: str, file: str, field: str, limit: int = MAX_INPUT) -> bytes:
    """One input's bytes: base64, then zlib, stopped as soon as it passes ``limit``."""
    damaged = BrieferError("a page input is damaged", file=file, field=field)
    if len(packed) > 2 * limit:
        raise BrieferError(f"a page input is over {limit // 2**20} MB", file=file, field=field)
    try:
        raw = base64.b64decode(packed, validate=True)
        unpacker = zlib.decompressobj()
        data = unpacker.decompress(raw, limit + 1)
    except (ValueError, binascii.Error, zlib.error):
        raise damaged from None
    if len(data) > limit or unpacker.unconsumed_tail:
        raise BrieferError(
            f"a page input unpacks to over {limit // 2**20} MB: refused", file=file, field=field
        )
    if not unpacker.eof:
        raise damaged
    return data


def read_inputs(packed: Mapping[str, str], file: str) -> dict[str, bytes]:
    """Every input of a file, by hash, each unpacked with a cap and checked against its hash."""
    inputs: dict[str, bytes] = {}
    total = 0
    for digest, text in packed.items():
        field = f"blobs.{digest}"
        data = inflate(text, file, field, min(MAX_INPUT, MAX_INPUTS - total))
        if blob_hash(data) != digest:
            raise BrieferError("a page input is damaged", file=file, field=field)
        total += len(data)
        inputs[digest] = data
    return inputs


def _plain_name(value: str) -> bool:
    text = value.strip()
    return not text or (
        "/" not in text
        and "\\" not in text
        and not text.startswith("~")
        and text not in (".", "..")
        and ":" not in text
    )


def check_briefs(
    pages: Iterable[tuple[str, str, Iterable[str]]], inputs: Mapping[str, bytes], file: str
) -> None:
    """Each page's stored brief names its logo, pack and template by file name only, and keeps
    no file but its logo. ``pages``: (where, brief hash, names of the files kept)."""
    seen: set[str] = set()
    for where, digest, kept in pages:
        for name in kept:
            if name not in FILES:
                raise BrieferError(
                    f"a page keeps a file Briefer never keeps ('{name[:40]}')",
                    file=file,
                    field=f"{where}.files",
                )
        if not digest or digest in seen or digest not in inputs:
            continue
        seen.add(digest)
        try:
            brief = Brief.model_validate_json(inputs[digest])
        except (ValidationError, ValueError):
            raise BrieferError(
                "a page's stored brief does not read", file=file, field=f"{where}.brief_blob"
            ) from None
        named = {
            "sender.logo": brief.sender.logo,
            "sender.logo_light": brief.sender.logo_light,
            "pack": brief.pack or "",
            "template": brief.template,
        }
        for key, value in named.items():
            if not _plain_name(value):
                raise BrieferError(
                    f"a page's stored brief names a file on this computer as its {key} "
                    f"('{value[:60]}'): refused, a stored page keeps its files itself",
                    file=file,
                    field=f"{where}.brief_blob",
                )


__all__ = ["MAX_INPUT", "MAX_INPUTS", "check_briefs", "inflate", "read_inputs"]
