"""What a brief names outside its folder, found for the app to ask about: the field, the value
as written and the file it leads to; a pipe marked as never read; what is inside, installed or
already allowed is not asked about."""

from __future__ import annotations

import os
from pathlib import Path

from briefer.editing.outside import outside_files, without
from briefer.page.brief import allowing_outside, checked, load_brief
from tests.conftest import SAMPLE_BRIEF


def brief(folder: Path, extra: str, logo: str = "") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "brief.yaml"
    text = SAMPLE_BRIEF.replace("template: classic\n", extra)
    if logo:
        text = text.replace("sender:\n", f"sender:\n  logo: {logo}\n")
    path.write_text(text, encoding="utf-8")
    return path


def test_each_field_that_leads_out_is_found_with_its_file(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.png")
    path = brief(tmp_path / "b", "template: ../t.yaml\npack: ~/pack.yaml\n", "../pipe.png")
    found = {f.field: f for f in outside_files(load_brief(path))}
    assert sorted(found) == ["pack", "sender.logo", "template"]
    assert found["template"].path == (tmp_path / "t.yaml").resolve() and not found["template"].never
    assert found["pack"].path == Path.home().resolve() / "pack.yaml"
    assert "never read" in found["sender.logo"].never  # a pipe: not asked about

    logo_less = without(load_brief(path), "sender.logo")
    assert logo_less.sender.logo == "" and logo_less.sender.organization
    assert without(logo_less, "pack").pack is None
    assert without(logo_less, "template").template == "classic"


def test_inside_installed_and_allowed_files_are_not_asked_about(tmp_path: Path) -> None:
    (tmp_path / "b" / "art").mkdir(parents=True)
    inside = load_brief(brief(tmp_path / "b", "template: modern\npack: belarus-sanctions\n"))
    assert outside_files(inside) == []  # by name: bundled or installed, not a path
    out = load_brief(brief(tmp_path / "c", "template: /etc/t.yaml\n"))
    allowed = allowing_outside(out, "template", "/etc/t.yaml")
    assert [f.field for f in outside_files(out)] == ["template"]
    assert outside_files(allowed) == [] and outside_files(checked(allowed)) == []
    assert allowed == out  # the leave is not part of what the brief says
