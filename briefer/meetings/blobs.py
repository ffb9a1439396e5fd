"""The inputs a page was built from (brief, pack, template, logo), stored in the log once each,
compressed and named by their SHA-256, so a reprint has them and a damaged one is noticed."""

from __future__ import annotations

import hashlib
import sqlite3
import zlib

from briefer.meetings.db import Log
from briefer.support.errors import BrieferError


def blob_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def put_blob(conn: sqlite3.Connection, data: bytes) -> str:
    digest = blob_hash(data)
    if conn.execute("SELECT 1 FROM blobs WHERE hash = ?", (digest,)).fetchone():
        return digest
    conn.execute(
        "INSERT OR IGNORE INTO blobs (hash, data) VALUES (?, ?)", (digest, zlib.compress(data, 6))
    )
    return digest


def get_blob(log: Log, digest: str) -> bytes | None:
    rows = log.read("SELECT data FROM blobs WHERE hash = ?", (digest,))
    if not rows:
        return None
    data = zlib.decompress(rows[0]["data"])
    if blob_hash(data) != digest:
        raise BrieferError(f"a stored page input ({digest[:12]}) is damaged", file=log.path)
    return data


def drop_unused_blobs(conn: sqlite3.Connection) -> int:
    """Remove the inputs no recorded page names any more (after a purge or a deletion)."""
    return conn.execute(
        "DELETE FROM blobs WHERE hash NOT IN (SELECT brief_blob FROM exports UNION "
        "SELECT pack_blob FROM exports UNION SELECT template_blob FROM exports UNION "
        "SELECT value FROM exports, json_each(exports.files))"
    ).rowcount
