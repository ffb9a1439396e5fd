"""``briefer log reprint``: the page the office got, rebuilt byte for byte from the log."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.meetings import log as mlog
from briefer.meetings.blobs import get_blob
from briefer.meetings.db import Log
from briefer.meetings.reprint import reprint
from briefer.page.brief import Brief
from tests.meetings.conftest import sample


def beside(brief: Brief, folder: Path) -> Brief:
    """The brief as if saved in ``folder``: what it names is found there."""
    brief._file = str(folder / "brief.yaml")
    return brief


@pytest.mark.parametrize("fmt", ["pdf", "docx", "txt", "md"])
def test_a_reprint_has_the_same_bytes(record, fmt: str) -> None:
    data = record(fmt=fmt)
    with Log() as log:
        (meeting,) = mlog.list_meetings(log, with_exports=True)
        again = reprint(log, meeting.exports[0])
    assert again.same and again.data == data


def test_a_reprint_needs_neither_the_brief_nor_the_pack_nor_the_directory(
    record, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pack's file may change and the directory go: the log kept what the page used."""
    pack = tmp_path / "pack.yaml"
    from briefer.support.resources import default_pack_path

    pack.write_text(default_pack_path().read_text(encoding="utf-8"), encoding="utf-8")
    brief = beside(sample().model_copy(update={"pack": "pack.yaml"}), tmp_path)
    data = record(brief)
    text = pack.read_text(encoding="utf-8").replace("Hold the line", "Changed title", 1)
    pack.write_text(text, encoding="utf-8")
    pack.unlink()
    with Log() as log:
        (meeting,) = mlog.list_meetings(log, with_exports=True)
        page = meeting.exports[0]
        assert reprint(log, page).data == data
        kept = get_blob(log, page.brief_blob)
        assert kept is not None and b"pack.yaml" in kept and str(tmp_path).encode() not in kept


def test_a_reprint_of_a_page_with_a_logo(record, tmp_path) -> None:
    from PIL import Image as image

    logo = tmp_path / "org-logo.png"
    image.new("RGB", (600, 200), (20, 90, 160)).save(logo)
    brief = sample()
    brief = brief.model_copy(update={"sender": brief.sender.model_copy(update={"logo": logo.name})})
    data = record(beside(brief, tmp_path))
    logo.unlink()
    with Log() as log:
        (meeting,) = mlog.list_meetings(log, with_exports=True)
        page = meeting.exports[0]
        assert dict(page.files).keys() == {"sender.logo"}
        assert reprint(log, page).data == data
        kept = get_blob(log, page.brief_blob)
        assert kept is not None and b"org-logo.png" in kept and str(tmp_path).encode() not in kept


def test_a_reprint_of_a_sidebar_page_with_a_light_logo(record, tmp_path) -> None:
    from PIL import Image as image

    image.new("RGB", (600, 200), (20, 30, 40)).save(tmp_path / "dark.png")
    image.new("RGB", (600, 200), (250, 250, 250)).save(tmp_path / "light.png")
    brief = sample()
    sender = brief.sender.model_copy(update={"logo": "dark.png", "logo_light": "light.png"})
    brief = brief.model_copy(update={"sender": sender, "template": "sidebar"})
    data = record(beside(brief, tmp_path))
    (tmp_path / "dark.png").unlink()
    (tmp_path / "light.png").unlink()
    with Log() as log:
        (meeting,) = mlog.list_meetings(log, with_exports=True)
        page = meeting.exports[0]
        assert dict(page.files).keys() == {"sender.logo", "sender.logo_light"}
        assert reprint(log, page).data == data


def test_a_reprint_whose_font_is_gone_says_so(
    record, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The template's own font was uninstalled since: the reprint names the font, not only
    "no longer reads"."""
    from briefer.layout import fonts
    from briefer.support.errors import BrieferError
    from tests.fontkit import carlito_files, upright_family

    folder = upright_family(carlito_files(), tmp_path / "fonts", "Briefer Reprint Test")
    monkeypatch.setenv("BRIEFER_FONT_DIR", str(folder))
    template = tmp_path / "ours.yaml"
    template.write_text(
        "briefer-template: 1\nname: ours\nlabel: Ours\nextends: classic\n"
        "font: Briefer Reprint Test\n",
        encoding="utf-8",
    )
    record(beside(sample().model_copy(update={"template": template.name}), tmp_path))
    monkeypatch.delenv("BRIEFER_FONT_DIR")
    monkeypatch.setattr(fonts, "_FAMILIES", {})  # as in a new session, after the uninstall
    with Log() as log:
        (meeting,) = mlog.list_meetings(log, with_exports=True)
        with pytest.raises(BrieferError) as caught:
            reprint(log, meeting.exports[0])
    message = str(caught.value)
    assert "no longer reads" in message
    assert "font: the font family 'Briefer Reprint Test' is not installed" in message
