"""The editable draft: made from a pack and back without loss, each edit a new value, problems by
field path with the same rules as a file, and the page a draft makes."""

from __future__ import annotations

import pytest

from briefer.packs.draft import Draft, Point
from briefer.packs.preview import build_pack_preview, preview_brief
from briefer.page.brief import Brief
from briefer.page.content import load_pack, parse_pack
from tests.conftest import pdf_pages


@pytest.fixture
def draft() -> Draft:
    return Draft.from_pack(load_pack())


def test_a_draft_round_trips_to_the_same_pack(draft: Draft) -> None:
    assert draft.problems() == {}
    again = parse_pack(draft.yaml(), "draft")
    assert again.model_dump() == load_pack().model_dump()
    copy = draft.copy_as("ours")
    assert parse_pack(copy.yaml(), "copy").id == "ours"
    assert [p.id for p in copy.points] == [p.id for p in draft.points]


def test_edits_make_new_values_and_keep_defaults_in_step(draft: Draft) -> None:
    renamed = draft.with_point(0, id="keep-pressure")
    assert draft.points[0].id == "hold-the-line" and "hold-the-line" in draft.defaults
    assert "keep-pressure" in renamed.defaults and "hold-the-line" not in renamed.defaults
    removed = draft.removed(0)
    assert len(removed.points) == 18 and "hold-the-line" not in removed.defaults
    moved = draft.moved(0, 2)
    assert [p.id for p in moved.points][:3] == [
        "belarusian-agency",
        "purposes-of-sanctions",
        "hold-the-line",
    ]
    added = draft.inserted(1, Point(id=draft.new_point_id(), title="New"))
    assert added.points[1].id == "new-point" and added.new_point_id() == "new-point-2"
    assert (
        draft.with_head("title", "X") != draft
        and draft.with_head("title", draft.head["title"]) == draft
    )


def test_problems_name_the_field(draft: Draft) -> None:
    bad = (
        draft.with_point(0, short="")
        .with_point(1, id="hold-the-line")
        .with_point(2, long=" ".join(["w"] * 81))
        .with_point(6, claim="")
        .with_source("credit", "")
        .with_head("id", "Not An Id")
    )
    problems = bad.problems()
    assert problems["blocks.0.short"] == "this text is empty; write it"
    assert "already used by point 1" in problems["blocks.1.id"]
    assert problems["blocks.2.long"] == "81 words: keep it to 80 or fewer"
    assert "claim" in problems["blocks.6.claim"]
    assert "empty" in problems["source.credit"] and "lower-case" in problems["id"]


def test_a_claim_is_kept_while_the_kind_changes_back(draft: Draft) -> None:
    framing = draft.with_point(6, kind="framing")
    assert "claim" not in framing.data()["blocks"][6] and framing.problems() == {}
    back = framing.with_point(6, kind="misconception")
    assert back.data()["blocks"][6]["claim"] == draft.points[6].claim


def test_from_data_is_lenient_for_recovery() -> None:
    partial = Draft.from_data(
        {"id": "x", "blocks": [{"id": "a", "short": "s"}, "junk"], "logo": "l.png"}
    )
    assert partial.id == "x" and len(partial.points) == 1 and partial.points[0].short == "s"
    assert partial.data()["logo"] == "l.png"  # a key the editor does not show is kept
    assert "title" in partial.problems()


def test_the_page_a_draft_makes(draft: Draft) -> None:
    brief = Brief(blocks=["hold-the-line", "not-in-this-pack"], edits={"hold-the-line": "mine"})
    pack = load_pack()
    shown = preview_brief(brief, pack, "rec-expand-gradually")
    assert shown.blocks == ["hold-the-line", "rec-expand-gradually"] and shown.edits == {}
    changed = draft.with_point(
        0, short="Quokka pressure works.", long="Quokka pressure works well."
    )
    outcome = build_pack_preview(Brief(blocks=["hold-the-line"]), changed.yaml(), None)
    assert outcome.fits and "Quokka pressure works well." in pdf_pages(outcome.pdf)[0]
    broken = build_pack_preview(Brief(), draft.with_point(0, kind="nonsense").yaml(), None)
    assert broken.pdf is None and "must be one of" in broken.error.message


def test_a_points_audience_words_are_kept_through_edits(draft: Draft) -> None:
    index = next(i for i, p in enumerate(draft.points) if p.id == "rec-expand-gradually")
    edited = draft.with_point(index, short="Our own short text for every audience.")
    pack = parse_pack(edited.yaml(), "edited")
    eu = pack.block("rec-expand-gradually", "eu-parliament")
    assert eu.short == load_pack().block("rec-expand-gradually", "eu-parliament").short
    assert pack.block("rec-expand-gradually").short == "Our own short text for every audience."
    assert pack.asks == load_pack().asks and pack.labels == load_pack().labels


def test_an_edit_that_upsets_a_variant_is_a_problem_of_the_variant() -> None:
    """A variant that gives only a short text is checked against the point's long one: cut the
    long text below it and the problem names the variant's field."""
    text = SMALL_VARIANT
    draft = Draft.from_pack(parse_pack(text, "small"))
    assert draft.problems() == {}
    problems = draft.with_point(0, long="Act.").problems()
    assert "longer than the long one" in problems["blocks.0.variants.eu-parliament.short"]


SMALL_VARIANT = """\
briefer-pack: 1
id: small
title: Small
source: {title: T, publisher: P, credit: C}
blocks:
  - id: a
    kind: recommendation
    title: Act
    short: The U.S. should act.
    long: The U.S. and its allies should act now, together, and soon.
    variants:
      eu-parliament: {short: The EU and its member states should act now.}
"""


def test_a_variant_written_cleared_and_gone(draft: Draft) -> None:
    """Writing a field of an audience's words adds the variant; clearing every field it gives
    removes it, and the pack is the one it was (the file's text too)."""
    index = next(i for i, p in enumerate(draft.points) if p.id == "belarusian-agency")
    assert draft.points[index].variant("eu-parliament") == {}
    eu = draft.with_variant(index, "eu-parliament", "short", "Belarusians, not Brussels, decide.")
    pack = parse_pack(eu.yaml(), "eu")
    assert pack.block("belarusian-agency", "eu-parliament").short.startswith("Belarusians, not")
    assert pack.block("belarusian-agency", "us-congress").short == draft.points[index].short
    titled = eu.with_variant(index, "eu-parliament", "title", "Their own choice")
    assert list(titled.points[index].variant("eu-parliament")) == ["title", "short"]
    back = titled.with_variant(index, "eu-parliament", "title", "  ")
    back = back.with_variant(index, "eu-parliament", "short", "")
    assert back == draft and back.yaml() == draft.yaml()
    mid = next(i for i, p in enumerate(draft.points) if p.id == "rec-expand-gradually")
    order = list(draft.points[mid].variants)
    changed = draft.with_variant(mid, order[0], "long", "")
    assert list(changed.points[mid].variants) == order  # the audience keeps its place


def test_the_labels_written_and_cleared(draft: Draft) -> None:
    assert dict(draft.labels) == {"claim": "They say", "response": "In fact"}
    ours = draft.with_label("claim", "Critics say")
    assert parse_pack(ours.yaml(), "ours").labels.claim == "Critics say"
    assert ours.with_label("claim", "They say") == draft
    none = draft.with_label("claim", "").with_label("response", "")
    assert "labels" not in none.data() and parse_pack(none.yaml(), "none").labels is None
    assert "labels.claim" in draft.with_label("claim", "x" * 30).problems()


def test_its_texts_in_other_languages_survive_a_crash(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from briefer.gui.packs.recovery import read_draft, write_draft
    from briefer.packs.store import installed_file

    source = installed_file("belarus-sanctions")
    draft = Draft.from_pack(source.pack).with_language_files(source.languages)
    draft = draft.with_translation("de", 0, "short", "Unsere eigenen Worte.")
    write_draft(tmp_path / "draft.yaml", draft, "")
    found = read_draft(tmp_path / "draft.yaml").draft
    assert found.translated("de", 0)["short"] == "Unsere eigenen Worte."
    assert found.languages == draft.languages and found.yaml() == draft.yaml()
