from pathlib import Path

import pytest

from briefer.page.content import KINDS, load_pack, parse_pack
from briefer.support.errors import BrieferError

PACK_HEAD = """\
briefer-pack: 1
id: test-pack
title: Test
source: {title: T, publisher: P, credit: Credit line}
blocks:
"""


def test_bundled_pack_is_valid_and_complete() -> None:
    pack = load_pack()
    kinds = {kind: [b.id for b in blocks] for kind, blocks in pack.by_kind().items()}
    assert set(kinds) == set(KINDS)
    assert len(kinds["misconception"]) == 5
    assert len(kinds["recommendation"]) == 3
    assert {
        "indicator-regime-statements",
        "indicator-security-costs",
        "indicator-brain-drain",
    } <= set(kinds["evidence"])
    assert "context-coordination-council" in kinds["context"]
    assert "Belarus Freedom Forum" in pack.source.credit
    for block in pack.blocks:
        assert len(block.short.split()) <= 30, block.id
        assert len(block.long.split()) <= 80, block.id
        assert len(block.long) > len(block.short), block.id
    assert all(pack.has(block_id) for block_id in pack.defaults)


def test_pack_text_is_not_pasted_from_the_article() -> None:
    """No run of eight words is taken from the source article."""
    source = (
        Path(__file__).resolve().parents[3] / "shared/source/hold-the-line-on-belarus-sanctions.txt"
    )
    if not source.exists():
        pytest.fail(f"the source article is missing: {source}")
    from tests.conftest import words

    article = words(source.read_text(encoding="utf-8"))
    grams = {tuple(article[i : i + 8]) for i in range(len(article) - 7)}
    pack = load_pack()
    for block in pack.blocks:
        for text in (block.short, block.long):
            ours = words(text)
            copied = [
                ours[i : i + 8] for i in range(len(ours) - 7) if tuple(ours[i : i + 8]) in grams
            ]
            assert not copied, (block.id, copied)


@pytest.mark.parametrize(
    ("body", "line", "field", "message"),
    [
        (
            "  - {id: a, kind: framing, title: T, short: s, long: l, colour: red}\n",
            6,
            "blocks.0.colour",
            "unknown key",
        ),
        (
            "  - id: a\n    kind: framing\n    title: T\n    short: s\n",
            6,
            "blocks.0.long",
            "required",
        ),
        ("  - {id: a, kind: rumour, title: T, short: s, long: l}\n", 6, "blocks.0.kind", "one of"),
        (
            "  - {id: a, kind: framing, title: [T], short: s, long: l}\n",
            6,
            "blocks.0.title",
            "text",
        ),
        (
            "  - {id: a, kind: framing, title: T, short: s, long: l}\n"
            "  - {id: a, kind: evidence, title: U, short: s, long: l}\n",
            7,
            "blocks.1.id",
            "used twice",
        ),
        ("  - {id: a, kind: misconception, title: T, short: s, long: l}\n", 6, "blocks.0", "claim"),
        (
            "  - {id: Bad Id, kind: framing, title: T, short: s, long: l}\n",
            6,
            "blocks.0.id",
            "letters",
        ),
    ],
)
def test_pack_errors_name_file_line_and_field(
    body: str, line: int, field: str, message: str
) -> None:
    with pytest.raises(BrieferError) as info:
        parse_pack(PACK_HEAD + body, "my-pack.yaml")
    error = info.value
    assert (error.file, error.line, error.field) == ("my-pack.yaml", line, field)
    assert message in error.message
    assert str(error).startswith(f"my-pack.yaml:{line}: {field}: ")


def test_word_limits_are_enforced() -> None:
    long_short = " ".join(["word"] * 31)
    with pytest.raises(BrieferError, match="31 words"):
        parse_pack(
            PACK_HEAD + f"  - {{id: a, kind: framing, title: T, short: {long_short}, long: l}}\n",
            "p.yaml",
        )
