import json
import subprocess
import sys
from pathlib import Path

import pytest

from briefer import __version__
from briefer.cli import main
from tests.cli.test_check_inputs import briefer
from tests.conftest import REPO, SAMPLE_BRIEF, pdf_pages


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"briefer {__version__}"


def test_new_writes_a_starter_that_builds(tmp_path: Path, capsys) -> None:
    brief, pdf = tmp_path / "brief.yaml", tmp_path / "out.pdf"
    assert run(capsys, "new", "-o", str(brief))[0] == 0
    assert brief.read_text(encoding="utf-8").startswith("# A Briefer brief")
    code, out, err = run(capsys, "build", str(brief), "-o", str(pdf))
    assert code == 0, err
    assert "one page" in out
    assert len(pdf_pages(pdf.read_bytes())) == 1


def test_new_does_not_overwrite_without_force(tmp_path: Path, capsys) -> None:
    brief = tmp_path / "brief.yaml"
    brief.write_text("mine", encoding="utf-8")
    code, _, err = run(capsys, "new", "-o", str(brief))
    assert code == 2 and "already exists" in err
    assert brief.read_text(encoding="utf-8") == "mine"
    code, _, err = run(capsys, "new", "-o", str(tmp_path / "brief.pdf"))
    assert code == 2 and "a brief is a YAML file: name it .yaml, not '.pdf'" in err
    assert not (tmp_path / "brief.pdf").exists()


def test_blocks_json(capsys) -> None:
    code, out, _ = run(capsys, "blocks", "--json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 19
    assert {"id", "kind", "title"} <= set(rows[0])
    assert {r["kind"] for r in rows} == {
        "framing",
        "evidence",
        "misconception",
        "recommendation",
        "context",
    }


def test_build_with_paper_and_template_override(sample_brief: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "a4.pdf"
    code, stdout, _ = run(
        capsys,
        "build",
        str(sample_brief),
        "-o",
        str(out),
        "--paper",
        "a4",
        "--template",
        "myth-fact",
    )
    assert code == 0 and "a4" in stdout
    text = pdf_pages(out.read_bytes())[0]
    assert "THEY SAY" in text and "IN FACT" in text


def test_check_files(sample_brief: Path, capsys) -> None:
    code, out, _ = run(
        capsys,
        "check",
        str(sample_brief),
        str(REPO / "templates/classic.yaml"),
        str(REPO / "assets/content/belarus-sanctions.yaml"),
    )
    assert code == 0
    assert out.count("ok: ") == 3


@pytest.mark.parametrize(
    ("text", "where"),
    [
        (SAMPLE_BRIEF.replace("bill: S. 1234", "bill: [unclosed"), ":22: not valid YAML"),
        (
            SAMPLE_BRIEF.replace("myth-pushes-to-russia", "myth-flat-earth"),
            ":22: blocks.1: unknown block id",
        ),
        (
            SAMPLE_BRIEF.replace("template: classic", "template: fancy"),
            ":2: template: unknown template",
        ),
        (
            SAMPLE_BRIEF.replace("  party: Democrat", "  party: [Democrat]"),
            ":7: meeting.party: expected text",
        ),
        (
            SAMPLE_BRIEF.replace("location: Russell 506", "location: " + "y" * 100_000),
            ":13: meeting.location: too long",
        ),
        (
            SAMPLE_BRIEF.replace("ask: Keep", 'ask: "Keep\\x0b'),
            ":20: ask: contains a control character",
        ),
    ],
)
def test_bad_input_exit_2_with_one_line_naming_the_place(
    tmp_path: Path, capsys, text, where
) -> None:
    brief, out = tmp_path / "bad.yaml", tmp_path / "out.pdf"
    if "control" in where:
        text = text.replace("in place.\n", 'in place."\n', 1)
    brief.write_text(text, encoding="utf-8")
    out.write_bytes(b"previous pdf")
    code, _, err = run(capsys, "build", str(brief), "-o", str(out))
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("briefer: ")
    assert f"{brief}{where}" in err, err
    assert out.read_bytes() == b"previous pdf"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.yaml", "out.pdf"]


def test_does_not_fit_exit_3_names_what_to_cut(tmp_path: Path, capsys) -> None:
    words = " ".join(["Sanctions keep pressure on the regime."] * 12)
    blocks = json.loads(
        subprocess.check_output([sys.executable, "-m", "briefer", "blocks", "--json"], cwd=REPO)
    )
    ids = [b["id"] for b in blocks]
    text = SAMPLE_BRIEF.replace(
        "blocks: [hold-the-line, myth-pushes-to-russia, rec-enforce-and-prosecute]",
        "blocks: [" + ", ".join(ids) + "]\nedits:\n" + "".join(f"  {i}: {words}\n" for i in ids),
    )
    brief, out = tmp_path / "long.yaml", tmp_path / "out.pdf"
    brief.write_text(text, encoding="utf-8")
    code, _, err = run(capsys, "build", str(brief), "-o", str(out))
    assert code == 3
    assert err.startswith(f"briefer: {brief}: too long for one page")  # which brief, as check
    assert "leave out these points: " in err
    assert not out.exists()


@pytest.mark.parametrize("target", ["missing-folder/out.pdf", "/proc/briefer-test.pdf", "out.xlsx"])
def test_unwritable_or_unknown_output(sample_brief: Path, tmp_path: Path, capsys, target) -> None:
    out = Path(target) if target.startswith("/") else tmp_path / target
    code, _, err = run(capsys, "build", str(sample_brief), "-o", str(out))
    assert code == 2
    assert str(out) in err
    assert not out.exists()


def test_missing_brief_file(tmp_path: Path, capsys) -> None:
    code, _, err = run(capsys, "build", str(tmp_path / "nope.yaml"), "-o", str(tmp_path / "x.pdf"))
    assert code == 2 and err.strip() == f"briefer: {tmp_path / 'nope.yaml'}: file not found"


def test_python_dash_m_and_no_traceback_on_bad_input(tmp_path: Path) -> None:
    brief = tmp_path / "b.yaml"
    brief.write_text("briefer: 1\nmeeting: [\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "briefer", "build", str(brief), "-o", str(tmp_path / "o.pdf")],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith(f"briefer: {brief}:")


def test_templates_lists_every_one(capsys) -> None:
    code, out, _ = run(capsys, "templates")
    assert code == 0
    names = [line.split()[0] for line in out.splitlines()]
    assert names == ["bold", "classic", "myth-fact", "sidebar"]


def test_no_ask_still_builds_with_a_warning(tmp_path: Path, capsys) -> None:
    brief, out = tmp_path / "b.yaml", tmp_path / "o.pdf"
    brief.write_text(SAMPLE_BRIEF.replace("ask: Keep every sanction", "x_ask: Keep"), "utf-8")
    brief.write_text(brief.read_text("utf-8").replace("x_ask: Keep", "# no ask:"), "utf-8")
    code, _, err = run(capsys, "build", str(brief), "-o", str(out))
    assert code == 0
    assert "warning" in err and "no ask" in err
    text = pdf_pages(out.read_bytes())[0]
    assert "OUR ASK" not in text and "Senator Jeanne Shaheen" in text


def test_an_ask_of_a_paragraph_builds_with_a_warning(tmp_path: Path, capsys) -> None:
    brief, out = tmp_path / "b.yaml", tmp_path / "o.pdf"
    long_ask = "Keep every sanction on the regime in place and " * 6 + "oppose easing."
    brief.write_text(
        SAMPLE_BRIEF.replace("ask: Keep every sanction on the Lukashenka regime in place.",
                             f"ask: {long_ask}"),
        "utf-8",
    )  # fmt: skip
    code, _, err = run(capsys, "build", str(brief), "-o", str(out))
    assert code == 0
    words = len(long_ask.split())
    assert f"b.yaml: the ask is {words} words: one sentence of up to about 40 is read" in err
    brief.write_text(SAMPLE_BRIEF, "utf-8")  # a one-sentence ask: nothing to say
    code, _, err = run(capsys, "build", str(brief), "-o", str(out))
    assert code == 0 and "the ask is" not in err


def test_build_never_replaces_the_brief_or_a_file_that_is_not_its_page(
    tmp_path: Path, capsys
) -> None:
    brief = tmp_path / "b.yaml"
    brief.write_text(SAMPLE_BRIEF, "utf-8")
    code, _, err = run(capsys, "build", str(brief), "-o", str(brief), "--format", "pdf")
    assert code == 2 and "this is the brief itself" in err
    assert brief.read_text("utf-8") == SAMPLE_BRIEF
    precious = tmp_path / "notes.pdf"
    precious.write_text("precious", "utf-8")
    code, _, err = run(capsys, "build", str(brief), "-o", str(precious))
    assert code == 2 and err.strip().endswith(
        "notes.pdf: exists and is a text file, not a PDF page: not replaced (remove it, or "
        "choose another name)"
    )
    assert precious.read_text("utf-8") == "precious"
    other = tmp_path / "other.txt"
    other.write_text(SAMPLE_BRIEF, "utf-8")  # another brief, named .txt
    code, _, err = run(capsys, "build", str(brief), "-o", str(other))
    assert code == 2 and "is a Briefer file, not a page" in err
    for name in ("page.pdf", "page.docx", "page.txt"):  # a rebuild replaces its own page
        out = tmp_path / name
        assert run(capsys, "build", str(brief), "-o", str(out), "--no-log")[0] == 0
        assert run(capsys, "build", str(brief), "-o", str(out), "--no-log")[0] == 0


def test_schema_creates_the_folder_it_is_told(tmp_path: Path) -> None:
    """``briefer schema -o NEWDIR`` said the folder does not exist: it makes it, parents too, and
    the schemas it writes are the committed ones; a file in the way is one line, exit 2."""
    from briefer.page.schema import FILES

    target = tmp_path / "new" / "schemas"
    done = briefer("schema", "-o", str(target))
    assert done.returncode == 0, done.stderr
    for name in FILES.values():
        assert (target / name).read_bytes() == (REPO / "docs" / "schema" / name).read_bytes()
    assert done.stdout.decode().splitlines() == [f"Wrote {target / n}" for n in FILES.values()]
    in_the_way = tmp_path / "a-file"
    in_the_way.write_text("x", encoding="utf-8")
    for folder in (in_the_way, in_the_way / "below"):
        done = briefer("schema", "-o", str(folder))
        assert done.returncode == 2
        (line,) = done.stderr.decode().splitlines()
        assert line.startswith(f"briefer: {in_the_way}") and "Traceback" not in line


def test_check_and_build_warn_of_a_point_whose_default_words_name_another_body(
    tmp_path: Path, capsys
) -> None:
    from tests.page.test_audience_words import PACK

    (tmp_path / "small.yaml").write_text(PACK, encoding="utf-8")
    brief = tmp_path / "mep.yaml"
    eu = SAMPLE_BRIEF.replace("paper: letter\n", "audience: eu-parliament\npack: small.yaml\n")
    brief.write_text(eu.replace("[hold-the-line, myth-pushes-to-russia", "[us, plain, varied"))
    brief.write_text(brief.read_text().replace(", rec-enforce-and-prosecute]", "]"))
    said = (
        f"briefer: warning: {brief}: point 'us' (“Act”) prints its default words on a European "
        "Parliament page, which name another body: 'U.S.'; write its eu-parliament words in "
        "the pack, or your own for this meeting (edits: us: …)"
    )
    code, _, err = run(capsys, "check", str(brief))
    assert code == 0 and said in err.splitlines()
    assert "'plain'" not in err and "'varied'" not in err  # no body named; its own EU words
    code, out, err = run(capsys, "build", str(brief), "-o", str(tmp_path / "mep.pdf"), "--no-log")
    assert code == 0 and said in err.splitlines() and "Wrote" in out
    brief.write_text(brief.read_text() + "edits: {us: The European Union should act.}\n")
    code, _, err = run(capsys, "check", str(brief))
    assert code == 0 and "another body" not in err  # the user's own words are theirs
