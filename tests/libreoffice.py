"""LibreOffice, as the tests use it: DOCX files in, LibreOffice's PDFs of them out.

One definition of the call every DOCX-as-Word-would-show-it test makes: a profile of its own
(never the user's), headless, no restore, and many files per call in chunks, because one
``soffice`` call silently skips the files after about the 247th.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Mapping, Sequence
from pathlib import Path

CHUNK = 200


def soffice() -> str:
    """The LibreOffice command; the test fails saying what to install when there is none."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    assert found, "LibreOffice is needed (scripts/dev.sh installs libreoffice-writer-nogui)"
    return found


def to_pdf(
    files: Sequence[Path],
    out: Path,
    profiles: Path,
    *,
    parallel: int = 1,
    env: Mapping[str, str] | None = None,
    timeout: float = 900,
) -> list[Path]:
    """Each DOCX in ``files`` as LibreOffice's PDF in ``out`` (same stem), in calls of at most
    CHUNK files, ``parallel`` calls at a time, each with its own profile under ``profiles``."""
    command = soffice()
    chunks = [list(files[i : i + CHUNK]) for i in range(0, len(files), CHUNK)]
    running: list[subprocess.Popen] = []
    for index, chunk in enumerate(chunks):
        if len(running) == parallel:
            assert running.pop(0).wait(timeout=timeout) == 0
        profile = (profiles / f"lo-profile-{index % parallel}").as_uri()
        running.append(
            subprocess.Popen(
                [
                    command,
                    f"-env:UserInstallation={profile}",
                    "--headless",
                    "--norestore",
                    *("--convert-to", "pdf", "--outdir", str(out)),
                    *map(str, chunk),
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                env=dict(env) if env is not None else None,
            )
        )
    for process in running:
        assert process.wait(timeout=timeout) == 0
    return [out / f"{path.stem}.pdf" for path in files]
