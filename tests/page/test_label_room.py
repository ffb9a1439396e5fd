"""A label too wide for its column (the table's heads, a misconception's label, the sidebar's
labels), from a template or a pack: `check` and `build` say so in one line, file:line: field,
exit 2, before anything is built. A body under the minimum is refused the same way."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from briefer.cli import main
from briefer.page.content import Labels
from briefer.page.label_room import label_problems
from briefer.page.templates import available, load_template
from tests.conftest import SAMPLE_BRIEF

WIDE = "W" * 24  # as long as a label may be, and as wide as letters get
LONG_HEADING = "Why the sanctions on the Lukashenka regime work"  # two lines of sidebar's column


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_bundled_templates_labels_fit_and_a_wide_one_does_not() -> None:
    for name in available():
        assert label_problems(load_template(name)) == [], name
        assert label_problems(load_template(name), Labels(claim="They say")) == [], name
    table = load_template("myth-fact")
    problems = label_problems(table, Labels(claim=WIDE, response="In fact"))
    assert [field for field, _ in problems] == ["labels.claim"]
    assert "wider than its column of the table" in problems[0][1]


@pytest.mark.parametrize(
    ("extra", "field", "line"),
    [
        (f"misconceptions: table\nlabels: {{claim: {WIDE}, response: In fact}}\n", "labels", 5),
        ("roles:\n  side_label: {size: 2.2, bold: true, upper: true}\n", "roles.side_label", 5),
        ("fit:\n  min_body: 9\n", "fit.min_body", 4),
        (f"headings:\n  evidence: {LONG_HEADING}\n", "headings.evidence", 5),
    ],
)
def test_check_and_build_refuse_it_in_one_line_before_building(
    tmp_path: Path, capsys, extra: str, field: str, line: int | None
) -> None:
    template = tmp_path / "mine.yaml"
    template.write_text(
        f"briefer-template: 1\nname: mine\nextends: sidebar\n{extra}", encoding="utf-8"
    )
    code, out, err = run(capsys, "check", str(template))
    assert (code, out) == (2, "")
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert re.match(rf".*\.yaml:\d+: {re.escape(field)}", err.strip()), err
    if line:
        assert f"mine.yaml:{line}:" in err, err
    brief = tmp_path / "brief.yaml"
    brief.write_text(SAMPLE_BRIEF.replace("template: classic", "template: mine.yaml"))
    pdf = tmp_path / "out.pdf"
    code, _, err = run(capsys, "build", str(brief), "-o", str(pdf))
    assert code == 2 and field in err and not pdf.exists()


def test_a_packs_labels_too_wide_for_the_table_name_the_pack(tmp_path: Path, capsys) -> None:
    pack_text = (Path(__file__).parents[2] / "assets/content/belarus-sanctions.yaml").read_text(
        encoding="utf-8"
    )
    pack_text = pack_text.replace("labels: {claim: They say,", f"labels: {{claim: {WIDE},")
    (tmp_path / "pack.yaml").write_text(pack_text, encoding="utf-8")
    brief = tmp_path / "brief.yaml"
    text = SAMPLE_BRIEF.replace("template: classic", "template: myth-fact\npack: pack.yaml")
    brief.write_text(text, encoding="utf-8")
    code, _, err = run(capsys, "build", str(brief), "-o", str(tmp_path / "out.pdf"))
    assert code == 2 and "pack.yaml:31: labels.claim:" in err, err
    assert "myth-fact" in err and not (tmp_path / "out.pdf").exists()


def test_a_heading_too_wide_in_another_language_is_named_with_its_language() -> None:
    """The English heading fits ("What the European Parliament can do"); the German page's
    ("Was das Parlament des Bundesstaats tun kann") is wider than a narrow column."""
    classic = load_template("classic")
    margins = classic.margins.model_copy(update={"left": "2.1in", "right": "2.1in"})
    headings = {**classic.headings, "recommendations": "What {legislature} can do"}
    tight = classic.model_copy(update={"margins": margins, "headings": headings})
    problems = [p for p in label_problems(tight) if p[0] == "headings.recommendations"]
    assert len(problems) == 1 and "(German, " in problems[0][1], problems
