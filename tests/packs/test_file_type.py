"""The .brieferpack file type: the desktop file opens it, the MIME package names it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from xml.etree import ElementTree

import pytest

from briefer.packs import PACK_SUFFIX
from tests.conftest import REPO

LINUX = REPO / "packaging" / "linux"
NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}


def test_the_mime_package_and_the_desktop_file_agree(tmp_path: Path) -> None:
    root = ElementTree.parse(LINUX / "io.github.briefer.Briefer.mime.xml").getroot()
    [kind] = root.findall("m:mime-type", NS)
    assert [g.get("pattern") for g in kind.findall("m:glob", NS)] == [f"*{PACK_SUFFIX}"]
    desktop = (LINUX / "io.github.briefer.Briefer.desktop").read_text(encoding="utf-8")
    mime_line = next(line for line in desktop.splitlines() if line.startswith("MimeType="))
    assert kind.get("type") in mime_line.removeprefix("MimeType=").split(";")
    tool = shutil.which("update-mime-database")
    if tool is None:
        pytest.fail("update-mime-database is not installed (Debian: shared-mime-info)")
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(LINUX / "io.github.briefer.Briefer.mime.xml", packages)
    subprocess.run([tool, str(tmp_path / "mime")], check=True, capture_output=True)
    globs = (tmp_path / "mime" / "globs2").read_text(encoding="utf-8")
    assert f"{kind.get('type')}:*{PACK_SUFFIX}" in globs
