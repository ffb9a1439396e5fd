"""``briefer packs`` and ``briefer pack import|export|remove`` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefer.cli import main
from briefer.packs import user_packs_dir
from tests.conftest import SAMPLE_BRIEF, pdf_pages
from tests.packs.helpers import SMALL, line_of, our_pack, write


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_packs_lists_bundled_and_user_packs(tmp_path: Path, capsys) -> None:
    code, out, _ = run(capsys, "packs")
    assert code == 0
    header, bundled = out.splitlines()
    assert header.split() == ["ID", "TITLE", "POINTS", "SOURCE", "WHERE"]
    assert bundled.split()[0] == "belarus-sanctions" and bundled.split()[-1] == "bundled"
    assert "Hold the Line on Belarus Sanctions" in bundled and " 19 " in bundled
    assert "Belarus Freedom Forum" in bundled
    assert run(capsys, "pack", "import", str(write(tmp_path, "s.yaml", SMALL)))[0] == 0
    code, out, _ = run(capsys, "packs", "--json")
    rows = json.loads(out)
    assert [(r["id"], r["points"], r["where"]) for r in rows] == [
        ("belarus-sanctions", 19, "bundled"),
        ("small-pack", 1, "yours"),
    ]
    assert rows[1]["source"] == "Our group" and rows[1]["title"] == "A Small Pack"


def test_import_use_export_and_import_elsewhere(tmp_path: Path, capsys, monkeypatch) -> None:
    code, out, err = run(capsys, "pack", "import", str(write(tmp_path, "o.yaml", our_pack())))
    assert code == 0, err
    assert "our-sanctions" in out and "pack: our-sanctions" in out
    brief = write(tmp_path, "brief.yaml", SAMPLE_BRIEF + "pack: our-sanctions\n")
    code, _, err = run(capsys, "build", str(brief), "-o", str(tmp_path / "out.pdf"))
    assert code == 0, err
    assert "Hold the Line" in pdf_pages((tmp_path / "out.pdf").read_bytes())[0]
    shared = tmp_path / "ours.brieferpack"
    code, out, _ = run(capsys, "pack", "export", "our-sanctions", "-o", str(shared))
    assert code == 0 and shared.is_file() and str(shared) in out

    monkeypatch.setenv("BRIEFER_DATA_DIR", str(tmp_path / "laptop"))
    code, _, err = run(capsys, "build", str(brief), "-o", str(tmp_path / "x.pdf"))
    assert code == 2 and "'our-sanctions'" in err and "not installed" in err
    assert f"{brief}:{SAMPLE_BRIEF.count(chr(10)) + 1}: pack:" in err
    assert run(capsys, "pack", "import", str(shared))[0] == 0
    code, _, err = run(capsys, "build", str(brief), "-o", str(tmp_path / "x.pdf"))
    assert code == 0, err


def test_import_of_a_bad_pack_is_exit_2_with_file_line_field(tmp_path: Path, capsys) -> None:
    text = our_pack().replace("kind: evidence", "kind: anecdote", 1)
    path = write(tmp_path, "bad.yaml", text)
    code, out, err = run(capsys, "pack", "import", str(path))
    assert code == 2 and out == ""
    assert err.startswith(f"briefer: {path}:{line_of(text, 'anecdote')}: blocks.3.kind: must be")
    assert len(err.strip().splitlines()) == 1
    assert not user_packs_dir().exists()


def test_an_existing_id_asks_for_replace(tmp_path: Path, capsys) -> None:
    path = write(tmp_path, "s.yaml", SMALL)
    assert run(capsys, "pack", "import", str(path))[0] == 0
    changed = write(tmp_path, "s2.yaml", SMALL.replace("A Small Pack", "Changed"))
    code, _, err = run(capsys, "pack", "import", str(changed))
    assert code == 2 and "--replace" in err and f"{changed}:2: id:" in err
    installed = user_packs_dir() / "small-pack" / "pack.yaml"
    assert installed.read_text(encoding="utf-8") == SMALL
    assert run(capsys, "pack", "import", str(changed), "--replace")[0] == 0
    assert "Changed" in installed.read_text(encoding="utf-8")


def test_export_errors_and_remove(tmp_path: Path, capsys) -> None:
    code, _, err = run(capsys, "pack", "export", "nope", "-o", str(tmp_path / "n.brieferpack"))
    assert code == 2 and "no pack with the id 'nope'" in err
    code, _, err = run(capsys, "pack", "export", "belarus-sanctions", "-o", str(tmp_path / "x.pdf"))
    assert code == 2 and ".brieferpack" in err
    code, _, err = run(capsys, "pack", "remove", "belarus-sanctions")
    assert code == 2 and "cannot be removed" in err
    run(capsys, "pack", "import", str(write(tmp_path, "s.yaml", SMALL)))
    assert run(capsys, "pack", "remove", "small-pack")[0] == 0
    assert "small-pack" not in run(capsys, "packs")[1]


def test_check_applies_the_pack_rules_too(tmp_path: Path, capsys) -> None:
    text = SMALL.replace("short: Short words here.", "short: " + "word " * 20, 1)
    path = write(tmp_path, "pack.yaml", text)
    code, _, err = run(capsys, "check", str(path))
    assert code == 2
    assert f"{path}:{line_of(text, 'short: word')}: blocks.0.short:" in err
    assert "longer than the long one" in err


def test_check_holds_a_packs_language_files_to_every_text(tmp_path: Path, capsys) -> None:
    from tests.page.test_pack_languages import SMALL_DE, WITH_VARIANT

    pack = tmp_path / "small.yaml"
    pack.write_text(WITH_VARIANT, encoding="utf-8")
    german = tmp_path / "small.de.yaml"
    german.write_text(SMALL_DE, encoding="utf-8")  # no variant for the European Parliament
    assert main(["check", str(pack), str(german)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert (
        err
        == [
            f"briefer: {german}:8: blocks.first.variants: missing: the block's variant for "
            "'eu-parliament'; give its text"
        ]
        * 2
    )
    german.write_text(SMALL_DE.replace("blocks:", "blocks: {}\nx:"), encoding="utf-8")
    assert main(["check", str(german)]) == 2
    assert "small.de.yaml:8: x: unknown key" in capsys.readouterr().err
