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


VARIANT_PACK = (
    PACK_HEAD
    + """\
  - id: rec
    kind: recommendation
    title: Act now
    short: The U.S. should act.
    long: The U.S. and its allies should act now, together.
    variants:
      eu-parliament: {title: Act in Europe, short: The EU should act.}
      national-parliament:
        long: The government should act now, with its allies.
  - id: myth
    kind: misconception
    title: Not so
    claim: Sanctions failed, so lift them.
    short: They work.
    long: They work as intended, by three measures.
    variants:
      us-state: {claim: "Sanctions failed, so the state should say so."}
"""
)


def test_a_point_speaks_to_its_audience_and_falls_back_to_its_own_words() -> None:
    pack = parse_pack(VARIANT_PACK, "p.yaml")
    eu = pack.block("rec", "eu-parliament")
    assert (eu.title, eu.short, eu.long) == (
        "Act in Europe",
        "The EU should act.",
        "The U.S. and its allies should act now, together.",  # no long variant: its own
    )
    national = pack.block("rec", "national-parliament")
    assert (national.title, national.short) == ("Act now", "The U.S. should act.")
    assert national.long == "The government should act now, with its allies."
    assert pack.block("rec", "us-congress") is pack.block("rec")  # no variant: the point itself
    assert pack.block("myth", "us-state").claim == "Sanctions failed, so the state should say so."
    assert pack.block("myth", "us-state").short == "They work."
    assert pack.block("rec").audiences() == ("eu-parliament", "national-parliament")


def test_a_pack_without_variants_reads_as_before() -> None:
    plain = parse_pack(
        PACK_HEAD + "  - {id: a, kind: framing, title: T, short: s, long: l l}\n", "p"
    )
    for audience in ("us-congress", "us-state", "eu-parliament", "national-parliament", None):
        assert plain.block("a", audience) == plain.block("a")
    assert plain.labels is None and plain.asks == {} and plain.ask_for("eu-parliament") == ""


def test_a_pack_gives_an_ask_per_audience_and_its_labels() -> None:
    pack = parse_pack(
        VARIANT_PACK.replace(
            "blocks:\n",
            "ask: Vote for it.\nasks: {eu-parliament: Table the amendment.}\n"
            "labels: {claim: They say, response: In fact}\nblocks:\n",
        ),
        "p.yaml",
    )
    assert pack.ask_for("eu-parliament") == "Table the amendment."
    assert pack.ask_for("us-congress") == pack.ask_for(None) == "Vote for it."
    assert (pack.labels.claim, pack.labels.response) == ("They say", "In fact")


@pytest.mark.parametrize(
    ("change", "line", "field", "message"),
    [
        (
            ("eu-parliament: {title", "eu-parl: {title"),
            12,
            "blocks.0.variants.eu-parl",
            "unknown audience",
        ),
        (
            (
                "eu-parliament: {title: Act in Europe, short: The EU should act.}",
                "eu-parliament: {}",
            ),
            12,
            "blocks.0.variants.eu-parliament",
            "this variant is empty",
        ),
        (
            ("long: The government should act now, with its allies.", "long: ''"),
            13,
            "blocks.0.variants.national-parliament",
            "this variant is empty",
        ),
        (
            ("eu-parliament: {title", "eu-parliament: {claim: C, title"),
            12,
            "blocks.0.variants.eu-parliament.claim",
            "only a misconception",
        ),
        (
            ("short: The EU should act.", "short: " + "word " * 31),
            12,
            "blocks.0.variants.eu-parliament.short",
            "31 words",
        ),
        (
            ("blocks:\n", "labels: {claim: What the critics of sanctions say}\nblocks:\n"),
            5,
            "labels.claim",
            "at most 24",
        ),
        (
            ("blocks:\n", "asks: {us-senate: Vote.}\nblocks:\n"),
            5,
            "asks.us-senate",
            "unknown audience",
        ),
        (("    claim: Sanctions failed, so lift them.\n", ""), 15, "blocks.1", "needs a 'claim'"),
        (("    short: They work.\n", ""), 15, "blocks.1.short", "required"),
        (("    short: They work.\n", "    short: ' '\n"), 19, "blocks.1.short", "the response"),
    ],
)
def test_bad_variants_and_labels_name_file_line_and_field(
    change: tuple[str, str], line: int, field: str, message: str
) -> None:
    assert change[0] in VARIANT_PACK
    with pytest.raises(BrieferError) as info:
        parse_pack(VARIANT_PACK.replace(change[0], change[1], 1), "my-pack.yaml")
    error = info.value
    assert (error.line, error.field) == (line, field), error
    assert message in error.message
    assert str(error).startswith(f"my-pack.yaml:{line}: {field}: ")


def test_bundled_pack_speaks_to_each_audience_in_its_own_words() -> None:
    """Every recommendation names what the body can do; European pages carry no U.S. wording;
    claims are conclusions; the texts stay within a leave-behind's length."""
    pack = load_pack()
    actors = {
        "us-congress": "Congress",
        "us-state": "Legislature",
        "eu-parliament": "EU",
        "national-parliament": "government",
    }
    for block in pack.by_kind()["recommendation"]:
        for audience, actor in actors.items():
            words = block.for_audience(audience)
            assert actor in words.short and actor in words.long, (block.id, audience)
    for audience in ("eu-parliament", "national-parliament"):
        assert "U.S." not in pack.ask_for(audience) and "Congress" not in pack.ask_for(audience)
        for block in pack.blocks:
            words = block.for_audience(audience)
            for text in (words.title, words.claim or "", words.short, words.long):
                assert "U.S." not in text and "Congress" not in text, (block.id, audience)
    for block in pack.by_kind()["misconception"]:
        assert any(w in block.claim for w in (" so ", "because", "should", "good deal")), block.id
    for block in pack.blocks:
        for words in (block, *block.variants.values()):
            assert len((words.long or "").split()) <= 55, block.id
            assert len((words.short or "").split()) <= 30, block.id
    assert (pack.labels.claim, pack.labels.response) != ("Myth", "Fact")
