"""The rules a pack meets before it is installed, each failing with file, line and field; and
markup in every text printed as typed."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.packs import install_pack, user_packs_dir
from briefer.packs.checks import check_pack, unfit_points
from briefer.page.brief import Brief
from briefer.page.content import Block, Pack
from briefer.page.pack_rules import pack_problems, point_problems
from briefer.pipeline import make_plan, render
from briefer.support.errors import BrieferError
from tests.conftest import pdf_pages
from tests.packs.helpers import SMALL, line_of, our_pack, write

SHORT = "short: Short words here."
LONG = "long: Longer words here, as many as the long text needs to say it well."


def _refused(tmp_path: Path, text: str) -> BrieferError:
    path = write(tmp_path, "pack.yaml", text)
    with pytest.raises(BrieferError) as info:
        install_pack(path)
    assert info.value.file == str(path)
    assert not user_packs_dir().exists(), "nothing is installed"
    return info.value


@pytest.mark.parametrize(
    ("old", "new", "field", "message"),
    [
        (SHORT, "short: ''", "blocks.0.short", "empty"),
        (LONG, "long: '   '", "blocks.0.long", "empty"),
        ("title: The first point", "title: ''", "blocks.0.title", "empty"),
        (SHORT, "short: " + "word " * 16, "blocks.0.short", "longer than the long one"),
        (SHORT, "short: " + "word " * 31, "blocks.0.short", "31 words"),
        ("kind: framing", "kind: anecdote", "blocks.0.kind", "must be one of"),
        ("kind: framing", "kind: misconception", "blocks.0", "needs a 'claim'"),
        ("id: first", "id: First Point", "blocks.0.id", "lower-case"),
        ("credit: Points by our group.", "credit: ''", "source.credit", "empty"),
    ],
)
def test_a_bad_point_is_refused_naming_line_and_field(
    tmp_path: Path, old: str, new: str, field: str, message: str
) -> None:
    text = SMALL.replace(old, new, 1)
    assert text != SMALL
    error = _refused(tmp_path, text)
    assert error.field == field and message in error.message
    expected = line_of(text, "- id: first" if field == "blocks.0" else new.strip())
    assert error.line == expected


def test_duplicate_ids_name_the_second_one(tmp_path: Path) -> None:
    text = our_pack().replace("id: belarusian-agency", "id: hold-the-line", 1)
    error = _refused(tmp_path, text)
    assert "used twice" in error.message and error.field == "blocks.1.id"
    second = text.index("id: hold-the-line", text.index("id: hold-the-line") + 1)
    assert error.line == text[:second].count("\n") + 1  # the second one


@pytest.mark.parametrize("field", ["title", "claim", "short", "long"])
@pytest.mark.parametrize("char", ["\u202e", "\u2066", "\u200b", "\U000e0041"])
def test_hidden_direction_controls_are_refused_in_every_text(
    tmp_path: Path, field: str, char: str
) -> None:
    text = our_pack()
    target = {
        "title": 'title: "Only Democracy',
        "claim": 'claim: "Sanctions push',
        "short": 'short: "Lukashenka',
        "long": 'long: "Lukashenka plays',
    }[field]
    spoiled = text.replace(target, target[:-3] + char + target[-3:], 1)
    assert spoiled != text
    error = _refused(tmp_path, spoiled)
    assert error.field == f"blocks.6.{field}", error
    assert f"U+{ord(char):04X}" in error.message and "remove it" in error.message
    assert error.line == line_of(spoiled, char)


@pytest.mark.parametrize("field", ["title: A Small Pack", "title: Our notes", "publisher: Our"])
def test_hidden_controls_in_pack_fields(tmp_path: Path, field: str) -> None:
    spoiled = SMALL.replace(field, field + "\u202e", 1)
    error = _refused(tmp_path, spoiled)
    assert "U+202E" in error.message


def test_control_characters_are_refused(tmp_path: Path) -> None:
    error = _refused(tmp_path, SMALL.replace(SHORT, 'short: "Short\\a words here."', 1))
    assert error.field == "blocks.0.short" and "control character" in error.message


MARKUP = '<b>bold</b> <script>alert(1)</script> &amp; <a href="x">link</a>'


def test_markup_in_every_text_is_kept_and_printed_as_typed(tmp_path: Path) -> None:
    text = (
        SMALL.replace("title: The first point", f"title: '{MARKUP[:60]}'")
        .replace(SHORT, f"short: '{MARKUP}'")
        .replace(LONG, f"long: '{MARKUP} and then some more words to be long'")
        .replace("title: A Small Pack", "title: 'Pack <i>title</i>'")
    )
    info = install_pack(write(tmp_path, "markup.yaml", text))
    from briefer.page.content import load_pack

    pack = load_pack(info.path)
    plan = make_plan(Brief(pack="small-pack", blocks=["first"]), pack=pack, directory=None)
    page = pdf_pages(render(plan, "pdf"))[0]
    assert "<script>alert(1)</script>" in page and "Pack <i>title</i>" in page
    assert "&amp;" in page


def test_rules_on_plain_values() -> None:
    good = {"id": "a", "kind": "framing", "title": "T", "short": "one", "long": "one two"}
    assert point_problems(good) == {}
    assert "claim" in point_problems({**good, "claim": "x"})
    assert point_problems({**good, "kind": "misconception"})["claim"].startswith("a misconception")
    data = {"id": "p", "title": "T", "source": {"title": "a", "publisher": "b", "credit": "c"}}
    assert pack_problems({**data, "blocks": []}) == {
        "blocks": "a pack needs at least one talking point"
    }
    two = pack_problems({**data, "blocks": [good, good], "defaults": ["zz"]})
    assert "already used by point 1" in two["blocks.1.id"]
    assert "zz" in two["defaults.0"]


def test_a_point_that_cannot_fit_alone_is_refused() -> None:
    """Within the format's limits one point always fits (the longest possible fits at 11.5 pt);
    the check is there for a pack made in code past those limits."""
    huge = Block.model_construct(
        id="huge",
        kind="framing",
        title="Huge",
        claim=None,
        short="word " * 2000,
        long="word " * 3000,
    )
    fine = Block.model_construct(
        id="fine", kind="framing", title="Fine", claim=None, short="short", long="a bit longer"
    )
    base = Pack.model_validate(
        {
            "briefer-pack": 1,
            "id": "p",
            "title": "T",
            "source": {"title": "a", "publisher": "b", "credit": "c"},
            "blocks": [
                {"id": "fine", "kind": "framing", "title": "F", "short": "a", "long": "a b"}
            ],
        }
    )
    built = base.model_copy(update={"blocks": [fine, huge]})
    built.__dict__.pop("_index", None)
    assert unfit_points(built) == ["huge"]
    with pytest.raises(BrieferError) as info:
        check_pack(built, None, "made.yaml")
    assert info.value.field == "blocks.1.short"  # its texts break the format's limits first
