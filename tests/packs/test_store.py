"""Installed packs: list, find by id, install (checked first, nothing written when bad), export,
the .brieferpack file, and a brief that names a user pack."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from briefer.packs import (
    export_pack,
    find_installed,
    install_pack,
    is_pack_file,
    list_packs,
    read_pack_file,
    remove_pack,
    user_packs_dir,
)
from briefer.packs.bundle import pack_bytes
from briefer.packs.store import free_id, save_user_pack
from briefer.page.brief import load_brief
from briefer.page.content import load_pack
from briefer.pipeline import make_plan, pack_for
from briefer.support.errors import BrieferError
from briefer.support.resources import default_pack_path
from tests.conftest import SAMPLE_BRIEF, private_strings
from tests.packs.helpers import SMALL, bundled_text, line_of, our_pack, write


def test_the_bundled_pack_is_listed_and_found() -> None:
    [info] = list_packs()
    assert (info.id, info.where, info.points) == ("belarus-sanctions", "bundled", 19)
    assert info.source == "Belarus Freedom Forum"
    assert find_installed("belarus-sanctions") == default_pack_path()
    assert find_installed("nothing-here") is None
    assert find_installed("../etc") is None
    assert find_installed("belarus-sanctions.fr") is None  # its French texts, not a pack


def test_install_lists_and_finds_a_user_pack(tmp_path: Path) -> None:
    info = install_pack(write(tmp_path, "ours.yaml", our_pack()))
    assert (info.id, info.where, info.points) == ("our-sanctions", "yours", 19)
    assert info.path == user_packs_dir() / "our-sanctions" / "pack.yaml"
    assert [p.id for p in list_packs()] == ["belarus-sanctions", "our-sanctions"]
    assert find_installed("our-sanctions") == info.path
    assert load_pack(info.path).id == "our-sanctions"


def test_a_brief_names_a_user_pack_by_id_and_keeps_its_point_ids(tmp_path: Path) -> None:
    text = our_pack().replace("title: Hold the Line on Belarus Sanctions", "title: Our Own Page", 1)
    install_pack(write(tmp_path, "ours.yaml", text))
    brief_path = write(tmp_path, "brief.yaml", SAMPLE_BRIEF + "pack: our-sanctions\n")
    brief = load_brief(brief_path)
    pack = pack_for(brief)
    assert pack.id == "our-sanctions"
    plan = make_plan(brief, directory=None)  # the brief's point ids work in the copy
    assert set(plan.variants) == {
        "hold-the-line",
        "myth-pushes-to-russia",
        "rec-enforce-and-prosecute",
    }
    assert default_pack_path().read_text(encoding="utf-8") == bundled_text()  # never changed


def test_a_brief_naming_a_missing_pack_says_which_and_how_to_get_it(tmp_path: Path) -> None:
    brief_path = write(tmp_path, "brief.yaml", SAMPLE_BRIEF + "pack: partner-points\n")
    with pytest.raises(BrieferError) as info:
        pack_for(load_brief(brief_path))
    error = info.value
    assert error.file == str(brief_path) and error.field == "pack"
    assert error.line == SAMPLE_BRIEF.count("\n") + 1
    assert "'partner-points'" in error.message and "not installed" in error.message
    assert ".brieferpack" in error.message and "briefer pack import" in error.message


def test_an_existing_id_needs_replace_and_is_kept_until_then(tmp_path: Path) -> None:
    first = install_pack(write(tmp_path, "a.yaml", our_pack()))
    before = first.path.read_bytes()
    changed = our_pack().replace("title: Hold the Line on Belarus Sanctions", "title: Changed", 1)
    source = write(tmp_path, "b.yaml", changed)
    with pytest.raises(BrieferError) as info:
        install_pack(source)
    assert "already installed" in info.value.message and "--replace" in info.value.message
    assert (info.value.file, info.value.field) == (str(source), "id")
    assert info.value.line == line_of(changed, "id: our-sanctions")
    assert first.path.read_bytes() == before
    assert install_pack(source, replace=True).title == "Changed"
    assert load_pack(first.path).title == "Changed"


def test_a_bundled_id_cannot_be_taken(tmp_path: Path) -> None:
    with pytest.raises(BrieferError) as info:
        install_pack(write(tmp_path, "copy.yaml", bundled_text()))
    assert "comes with Briefer" in info.value.message
    assert not user_packs_dir().exists() or not any(user_packs_dir().iterdir())


def test_export_import_round_trip_through_a_brieferpack(tmp_path: Path, monkeypatch) -> None:
    install_pack(write(tmp_path, "ours.yaml", our_pack()))
    out = export_pack("our-sanctions", tmp_path / "share")
    assert out.name == "share.brieferpack" and is_pack_file(out)
    with zipfile.ZipFile(out) as archive:
        assert archive.namelist() == ["pack.yaml"]
        assert all(info.date_time == (1980, 1, 1, 0, 0, 0) for info in archive.infolist())
    data = out.read_bytes()
    for private in private_strings():
        assert private.encode() not in data
    assert export_pack("our-sanctions", tmp_path / "again.brieferpack").read_bytes() == data
    # another machine: another data folder
    monkeypatch.setenv("BRIEFER_DATA_DIR", str(tmp_path / "other-machine"))
    assert find_installed("our-sanctions") is None
    info = install_pack(out)
    assert info.where == "yours" and info.path.read_text(encoding="utf-8") == our_pack()


def test_export_as_yaml_and_of_the_bundled_pack(tmp_path: Path) -> None:
    out = export_pack("belarus-sanctions", tmp_path / "bundled.yaml")
    assert out.read_text(encoding="utf-8") == bundled_text()
    with pytest.raises(BrieferError, match="no pack with the id 'nope'"):
        export_pack("nope", tmp_path / "x.brieferpack")
    with pytest.raises(BrieferError, match="brieferpack"):
        export_pack("belarus-sanctions", tmp_path / "x.pdf")


def test_a_pack_file_carries_its_logo(tmp_path: Path) -> None:
    """A pack that names a logo (`logo:` — when the format has one) travels with it."""
    text = SMALL + "logo: logo.png\n"
    with pytest.raises(BrieferError, match="unknown key"):  # not in the format yet
        read_pack_file(write(tmp_path, "small.yaml", text))
    shared = tmp_path / "small.brieferpack"
    shared.write_bytes(pack_bytes(SMALL, ("logo.png", b"\x89PNG fake")))
    with zipfile.ZipFile(shared) as archive:
        assert archive.read("logo.png") == b"\x89PNG fake"
    assert read_pack_file(shared).pack.id == "small-pack"  # a logo it does not name is ignored


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.write_bytes(b"not a zip"), "not a zip archive"),
        (lambda p: _zip(p, {"other.yaml": SMALL}), "no pack.yaml inside"),
        (lambda p: _zip(p, {f"f{i}": "x" for i in range(20)}), "too many files"),
        (lambda p: _zip(p, {"pack.yaml": "x" * 2_100_000}), "too large"),
        (lambda p: _zip(p, {"pack.yaml": b"\xff\xfe bad"}), "not UTF-8"),
    ],
)
def test_a_broken_pack_file_is_refused(tmp_path: Path, make, message: str) -> None:
    path = tmp_path / "bad.brieferpack"
    make(path)
    with pytest.raises(BrieferError, match=message):
        install_pack(path)
    assert not user_packs_dir().exists()


def test_a_bad_pack_inside_a_brieferpack_names_the_line(tmp_path: Path) -> None:
    text = our_pack().replace("kind: evidence", "kind: anecdote", 1)
    path = tmp_path / "bad.brieferpack"
    path.write_bytes(pack_bytes(text))
    with pytest.raises(BrieferError) as info:
        install_pack(path)
    assert info.value.file == f"{path} (pack.yaml)"
    assert info.value.line == line_of(text, "kind: anecdote")
    assert "must be one of" in info.value.message


def test_a_two_megabyte_pack_is_refused(tmp_path: Path) -> None:
    big = our_pack() + "# " + "x" * 2_000_000 + "\n"
    with pytest.raises(BrieferError, match="too large"):
        install_pack(write(tmp_path, "big.yaml", big))
    assert not user_packs_dir().exists()


def test_save_user_pack_and_remove(tmp_path: Path) -> None:
    info = save_user_pack(SMALL, replace=False)
    assert find_installed("small-pack") == info.path
    assert free_id("small-pack") == "small-pack-2" and free_id("fresh") == "fresh"
    with pytest.raises(BrieferError, match="cannot be removed"):
        remove_pack("belarus-sanctions")
    remove_pack("small-pack")
    assert find_installed("small-pack") is None
    with pytest.raises(BrieferError, match="no pack"):
        remove_pack("small-pack")


def test_an_unreadable_user_pack_is_listed_with_its_problem() -> None:
    folder = user_packs_dir() / "broken"
    folder.mkdir(parents=True)
    (folder / "pack.yaml").write_text("briefer-pack: 1\nid: [oops\n", encoding="utf-8")
    broken = [p for p in list_packs() if p.id == "broken"]
    assert broken and "not valid YAML" in broken[0].problem


def test_is_pack_file_tells_packs_from_briefs(tmp_path: Path) -> None:
    assert is_pack_file(write(tmp_path, "p.yaml", SMALL))
    assert not is_pack_file(write(tmp_path, "b.yaml", SAMPLE_BRIEF))
    assert is_pack_file(tmp_path / "x.brieferpack")


def _zip(path: Path, members: dict[str, str | bytes]) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)


def test_a_packs_languages_travel_with_it(tmp_path: Path, monkeypatch) -> None:
    german = (default_pack_path().with_name("belarus-sanctions.de.yaml")).read_text("utf-8")
    german = german.replace("pack: belarus-sanctions", "pack: our-sanctions", 1)
    write(tmp_path, "ours.de.yaml", german)
    install_pack(write(tmp_path, "ours.yaml", our_pack()))  # with the file beside it
    folder = user_packs_dir() / "our-sanctions"
    assert sorted(p.name for p in folder.iterdir()) == ["pack.de.yaml", "pack.yaml"]
    out = export_pack("our-sanctions", tmp_path / "share")
    with zipfile.ZipFile(out) as archive:
        assert archive.namelist() == ["pack.yaml", "pack.de.yaml"]
    monkeypatch.setenv("BRIEFER_DATA_DIR", str(tmp_path / "other-machine"))
    installed = load_pack(install_pack(out).path)
    assert installed.languages() == ("en", "de")
    assert installed.in_language("de").title == "Kurs halten bei den Sanktionen gegen Belarus"  # type: ignore[union-attr]
    # a language file that does not match its pack installs nothing, naming its line
    write(tmp_path, "ours.de.yaml", german.replace("  hold-the-line:", "  hold-the-lie:", 1))
    monkeypatch.setenv("BRIEFER_DATA_DIR", str(tmp_path / "third-machine"))
    with pytest.raises(BrieferError) as caught:
        install_pack(tmp_path / "ours.yaml")
    assert str(caught.value).startswith(f"{tmp_path / 'ours.de.yaml'}:")
    assert "blocks.hold-the-lie: the pack 'our-sanctions' has no block" in str(caught.value)
    assert find_installed("our-sanctions") is None
