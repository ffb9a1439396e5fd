"""A template's own font: found on the system, checked for the SIL Open Font License and for
outlines reportlab can embed; every problem one line with the template's file, line and `font`."""

from __future__ import annotations

import zlib
from pathlib import Path

import pytest

from briefer.layout import font_search, fonts, sfnt
from briefer.page.templates import load_template
from briefer.support.errors import BrieferError
from tests.cli.test_check_inputs import briefer, one_error
from tests.conftest import SAMPLE_BRIEF
from tests.fontkit import carlito_files, renamed, upright_family


@pytest.fixture(scope="module")
def carlito() -> dict[str, Path]:
    return carlito_files()


@pytest.fixture
def known_fonts(monkeypatch: pytest.MonkeyPatch, carlito) -> None:
    """Briefer's font search sees only Carlito's, Liberation Sans's and DejaVu Sans's files, so
    what a missing family is told does not depend on which other fonts this machine has."""
    files = [*carlito.values()]
    for family in ("Liberation Sans", "DejaVu Sans"):
        files += [Path(f) for f in font_search.fontconfig(family)]
    monkeypatch.setattr(font_search, "all_paths", lambda: sorted(set(files)))


def template(folder: Path, font: str, extends: str = "classic") -> Path:
    path = folder / "ours.yaml"
    path.write_text(
        f"briefer-template: 1\nname: ours\nlabel: Ours\nextends: {extends}\nfont: {font}\n",
        encoding="utf-8",
    )
    return path


def test_carlito_is_read_from_its_name_table(carlito: dict[str, Path]) -> None:
    faces = {face: sfnt.read_faces(path)[0] for face, path in carlito.items()}
    assert {info.family for info in faces.values()} == {"Carlito"}
    assert all(info.is_ofl and info.outlines == "truetype" for info in faces.values())
    assert [(faces[f].bold, faces[f].italic) for f in fonts.FACES] == [
        (False, False),
        (True, False),
        (False, True),
        (True, True),
    ]


def test_a_template_may_name_carlito_in_any_case(tmp_path: Path, carlito) -> None:
    loaded = load_template(template(tmp_path, "carlito"))
    assert loaded.font == "Carlito"  # as its files spell it
    family = fonts.family("Carlito")
    assert family.files == carlito
    assert len(set(family.pdf.values())) == 4
    assert not set(family.pdf.values()) & set(fonts.PDF_NAMES.values())


def test_dejavu_is_refused_for_its_licence(tmp_path: Path) -> None:
    path = template(tmp_path, "DejaVu Sans")
    with pytest.raises(BrieferError) as info:
        load_template(path)
    assert info.value.file == str(path) and info.value.line == 5 and info.value.field == "font"
    assert "not under the SIL Open Font License" in info.value.message
    assert "Bitstream Vera" in info.value.message  # what DejaVu's name table says


def test_a_missing_family_suggests_installed_ofl_ones(tmp_path: Path, known_fonts) -> None:
    with pytest.raises(BrieferError) as info:
        load_template(template(tmp_path, "Carlitto"))
    assert info.value.line == 5 and info.value.field == "font"
    assert "'Carlitto' is not installed (did you mean 'Carlito'?)" in info.value.message
    with pytest.raises(BrieferError) as info:
        load_template(template(tmp_path, "No Such Font"))
    message = info.value.message
    assert "'No Such Font' is not installed" in message
    assert "Carlito" in message and "Liberation Sans" in message
    assert "DejaVu" not in message  # not offered: not OFL


def test_the_default_font_never_looks_for_fonts(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_scan(*_args):
        raise AssertionError("the default font must not scan the font folders")

    monkeypatch.setattr(font_search, "all_paths", no_scan)
    monkeypatch.setattr(font_search, "fontconfig", no_scan)
    monkeypatch.setattr(font_search, "quick_paths", no_scan)
    for name in ("classic", "myth-fact", "sidebar", "bold"):
        assert load_template(name).font == "Liberation Sans"
    assert fonts.check_family("liberation  SANS") == "Liberation Sans"
    assert fonts.pdf_names("Liberation Sans") is fonts.PDF_NAMES


def test_briefer_font_dir_holds_a_family_of_its_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, carlito
) -> None:
    """A family with only regular and bold: its italics fall back to them (documented)."""
    folder = tmp_path / "fonts"
    upright_family(carlito, folder, "Briefer Upright")
    monkeypatch.setenv("BRIEFER_FONT_DIR", str(folder))
    assert load_template(template(tmp_path, "Briefer Upright")).font == "Briefer Upright"
    family = fonts.family("Briefer Upright")
    assert family.files["italic"] == family.files["regular"] == folder / "Upright-Regular.ttf"
    assert family.pdf["bolditalic"] == family.pdf["bold"]
    assert not family.has("italic")


@pytest.mark.parametrize(
    ("faces", "words"),
    [
        ({"Regular": {}}, "has no bold face installed"),
        ({"Regular": {"cff": True}, "Bold": {"cff": True}}, "PostScript (CFF) outlines"),
        (
            {"Regular": {"licence": "Apache License, Version 2.0", "url": ""}, "Bold": {}},
            "not under the SIL Open Font License (Refused-Regular.ttf names the Apache License)",
        ),
        (
            {"Regular": {"licence": "All rights reserved.", "url": ""}, "Bold": {}},
            "names “All rights reserved.”",
        ),
    ],
)
def test_fonts_briefer_cannot_use_are_refused_with_the_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, carlito, faces: dict, words: str
) -> None:
    folder = tmp_path / "fonts"
    family = f"Refused {zlib.crc32(words.encode())}"  # its own name: families are kept per run
    for style, options in faces.items():
        source = carlito[style.lower()]
        renamed(source, folder / f"Refused-{style}.ttf", family, style, **options)
    monkeypatch.setenv("BRIEFER_FONT_DIR", str(folder))
    with pytest.raises(BrieferError) as info:
        load_template(template(tmp_path, family))
    assert info.value.field == "font" and info.value.line == 5
    assert words in info.value.message


def test_not_a_font_is_not_a_family(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "fonts"
    folder.mkdir()
    (folder / "broken.ttf").write_bytes(b"\x00\x01\x00\x00" + b"\xff" * 40)
    (folder / "empty.otf").write_bytes(b"")
    monkeypatch.setenv("BRIEFER_FONT_DIR", str(folder))
    with pytest.raises(fonts.FontProblem, match="'Broken' is not installed"):
        fonts.family("Broken")


def test_briefer_check_and_build_report_the_font_on_one_line(tmp_path: Path, known_fonts) -> None:
    bad = template(tmp_path, "No Such Font")
    done = briefer("check", str(bad))
    assert done.returncode == 2
    line = one_error(done, str(bad), 5)
    assert "font: the font family 'No Such Font' is not installed" in line
    assert "did you mean '" in line or "installed families Briefer can use: " in line
    brief = tmp_path / "brief.yaml"
    brief.write_text(SAMPLE_BRIEF.replace("template: classic", "template: ours.yaml"), "utf-8")
    out = tmp_path / "page.pdf"
    done = briefer("build", str(brief), "-o", str(out))
    assert done.returncode == 2 and not out.exists()
    one_error(done, str(bad), 5)
    template(tmp_path, "Carlito")
    assert briefer("check", str(bad)).returncode == 0
    assert briefer("build", str(brief), "-o", str(out)).returncode == 0 and out.exists()


def test_without_fontconfig_the_family_is_found_by_its_file_names(
    monkeypatch: pytest.MonkeyPatch, carlito
) -> None:
    """As on Windows and macOS: the files named like the family are read, not every font."""

    def everything():
        raise AssertionError("a family with all four faces is found without reading every font")

    monkeypatch.setattr(fonts, "_FAMILIES", {})
    monkeypatch.setattr(font_search, "fontconfig", lambda name: [])
    monkeypatch.setattr(font_search, "font_dirs", lambda: [carlito["regular"].parent.parent])
    monkeypatch.setattr(font_search, "all_paths", everything)
    assert fonts.family("Carlito").files == carlito


def test_a_bad_font_inherited_is_reported_where_it_is_set(tmp_path: Path) -> None:
    parent = template(tmp_path, "No Such Font")
    child = tmp_path / "child.yaml"
    child.write_text(
        f"briefer-template: 1\nname: child\nlabel: Child\nextends: {parent.name}\n",
        encoding="utf-8",
    )
    with pytest.raises(BrieferError) as info:
        load_template(child)
    assert (info.value.file, info.value.line, info.value.field) == (str(parent), 5, "font")


def test_registered_faces_give_their_ascent_and_descent_without_a_detour(carlito) -> None:
    """reportlab reads a font's ascent and descent on every line it breaks; each registered face
    carries its own face's values, so the answer is the same and no exception is raised for it."""
    from reportlab.pdfbase import pdfmetrics

    for family_name in (fonts.FAMILY, "Carlito"):
        names = list(fonts.pdf_names(family_name).values())
        fonts.register_pdf_faces(names)
        for name in names:
            font = pdfmetrics.getFont(name)
            assert "ascent" in vars(font) and "descent" in vars(font)
            assert (font.ascent, font.descent) == (font.face.ascent, font.face.descent)
            assert pdfmetrics.getAscentDescent(name, 10) == (
                font.face.ascent / 100,
                font.face.descent / 100,
            )
