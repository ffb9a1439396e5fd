"""Which chosen points print their default words for an audience, and which of those name
another body."""

from __future__ import annotations

from briefer.page.audience_words import default_words
from briefer.page.content import parse_pack

PACK = """\
briefer-pack: 1
id: small
title: Small
source: {title: T, publisher: P, credit: C}
blocks:
  - {id: us, kind: recommendation, title: Act, short: The U.S. should act., long: The U.S. and its allies should act now.}
  - {id: eu, kind: recommendation, title: Act together, short: The EU should act., long: The European Union should act now.}
  - {id: plain, kind: framing, title: Hold, short: Hold the line., long: Hold the line on sanctions now.}
  - id: varied
    kind: framing
    title: Varies
    short: Keep the pressure on.
    long: Keep the pressure on the regime now.
    variants:
      eu-parliament: {short: Keep the European pressure on.}
"""  # noqa: E501


def test_default_words_naming_another_body_and_words_that_vary() -> None:
    pack = parse_pack(PACK, "small")
    ids = ["us", "eu", "plain", "varied"]
    eu = {d.block_id: d.names for d in default_words(pack, ids, "eu-parliament")}
    assert eu == {"us": "U.S."}  # "varied" has its words for the EU; "plain" names no body
    us = {d.block_id: d.names for d in default_words(pack, ids, "us-congress")}
    assert us == {"eu": "EU", "varied": ""}  # its words vary, though none names a body
    assert default_words(pack, ids, "eu-parliament", {"us": "Our words."}) == []
    assert default_words(pack, ["unknown"], "eu-parliament") == []
