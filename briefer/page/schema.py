"""JSON Schemas for the brief and the content pack, for editors that check YAML as you type.

Generated from the pydantic models that validate the files (``briefer.page.brief.Brief`` and
``briefer.page.content.Pack``), so they cannot drift from what Briefer accepts; ``docs/schema/``
holds the generated files and a test keeps them equal to this output. Regenerate them with::

    python -m briefer.page.schema docs/schema

A schema checks the shape: keys, types, lengths, id patterns. Briefer checks more when it reads a
file (word counts, unknown block ids, duplicate ids, the one-page fit): ``briefer check`` is the
final word.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import core_schema

from briefer.support.fileio import write_atomic

DIALECT = "https://json-schema.org/draft/2020-12/schema"
FILES = {"brief": "brief.schema.json", "pack": "pack.schema.json"}

# Hover texts for editors: (definition or "" for the top level, property) -> description.
_BRIEF_HELP = {
    ("", "briefer"): "Format version of the brief: 1. Must be the first key.",
    ("", "template"): "classic | myth-fact | sidebar | bold, or a path to your own template file.",
    ("", "paper"): "letter (US offices) | a4 (European offices); default: the audience's, else "
    "the template's.",
    ("", "audience"): "Whom the page addresses: the headings' wording, the date style, the "
    "default paper. Default: from the chamber, the title and state, the paper.",
    ("", "language"): "The page's fixed words and dates: en (English, the default), de, fr, pl "
    "or lt. The pack's texts stay in the pack's language.",
    ("", "qr"): "A web address (https://…) printed as a QR code with the address beside it.",
    ("", "pack"): "Another bundled content pack by id, or a path to your own pack file.",
    ("", "meeting"): "Who you meet, when and where.",
    ("", "sender"): "Who leaves the page behind: shown in the footer.",
    ("", "ask"): "The ask, first on the page and again at its end, to the member by name: one "
    "action they can take (cosponsor, sign, ask in a hearing, vote, press the government).",
    ("", "bill"): "The bill number, if there is one (e.g. S. 1234).",
    ("", "bill_title"): "The bill's title, printed after its number.",
    ("", "why"): "Why this office: your own line for the page; leave it out for the line built "
    'from the member\'s committees and seat; empty ("") for none.',
    ("", "blocks"): "Talking-point ids from `briefer blocks`, in the order you want them.",
    ("", "edits"): "Your own wording for a point, for this meeting only: block id -> text.",
    ("", "constituents"): "Advocates attending who live in the member's state (for a "
    "representative, the district): checked against the imported ZIP data when building.",
    ("Constituent", "town"): "Named on the page: 'With constituents from Concord, NH'.",
    ("Constituent", "zip"): 'Five digits or ZIP+4, quoted: "03301", "03301-1234".',
    ("Constituent", "confirmed"): "For a state legislator: true when you know they live in the "
    "district (a ZIP tells only the state); only confirmed ones are named on the page.",
    ("Meeting", "legislator"): "A name, or a bioguide id from the imported directory.",
    ("Meeting", "subcommittees"): "The member's subcommittees, each with their role in brackets "
    "('Europe and Regional Security Cooperation (Chair)'); filled from the directory.",
    ("Meeting", "district"): "For Representatives: e.g. 12, or At-large.",
    ("Meeting", "date"): "The meeting date: 2026-12-03 or Dec 3, 2026.",
    ("Meeting", "time"): 'The time: "10:30", "2:30 pm"; saved as "10:30 AM".',
    ("Meeting", "staffer"): "The staffer's name (the thank-you greets them by it).",
    ("Meeting", "staffer_role"): 'Their job, printed after the name: "foreign policy LA".',
    ("Sender", "name"): "Shown in the footer and as the PDF/DOCX author; left out when empty.",
    ("Sender", "register_id"): "EU Transparency Register id, shown when set.",
    ("Sender", "about"): "Who we are, in one line: what the organisation is and does.",
    ("Sender", "logo"): "A PNG, JPEG or SVG file, relative to the brief's folder: the template "
    "places it in the header.",
    ("Sender", "logo_light"): "A light version of the logo (same rules as logo), printed on "
    "coloured bands (the sidebar, the bold banner) instead of the logo on a white plate.",
}
_PACK_HELP = {
    ("", "briefer-pack"): "Format version of the content pack: 1.",
    ("", "id"): "Lower-case letters, digits and hyphens; briefs name the pack by it.",
    ("", "title"): "The page's headline.",
    ("", "subtitle"): "One line under the headline (optional).",
    ("", "language"): "The document language: en, en-US, de, be …",
    ("", "source"): "The source the talking points are based on: every page's footer says "
    "Source: title, publisher, date, URL.",
    ("", "defaults"): "The blocks chosen when a brief names none.",
    ("", "blocks"): "The talking points.",
    ("Block", "id"): "Stable id: briefs refer to it.",
    ("Block", "kind"): "Which section of the page the point goes in.",
    ("Block", "title"): "Four to eight words.",
    ("Block", "claim"): "For, and only for, misconceptions: the conclusion its proponents draw "
    "('Sanctions failed, because…'), never a true fact; short and long are the response.",
    ("Block", "short"): "At most 30 words (aim for 25); for a misconception, the response.",
    ("Block", "long"): "At most 80 words (aim for 40–55); for a misconception, the response.",
    ("Block", "variants"): "The point's words for one audience (us-congress, us-state, "
    "eu-parliament, national-parliament): any of title, claim, short, long; the rest falls "
    "back to the point's own.",
    ("", "asks"): "The ask a new brief starts from, for one audience: audience -> text.",
    ("", "labels"): "What a misconception's two parts are called on the page (claim, "
    "response; default Claim and Response); a template's labels come first.",
}


class _Generator(GenerateJsonSchema):
    """Text fields also accept numbers, as Briefer does (``district: 12`` is read as "12")."""

    def str_schema(self, schema: core_schema.StringSchema) -> JsonSchemaValue:
        result = super().str_schema(schema)
        result["type"] = ["string", "number"]
        return result


def _describe(schema: dict[str, Any], help_texts: dict[tuple[str, str], str]) -> None:
    for (definition, prop), text in help_texts.items():
        node = schema["$defs"][definition] if definition else schema
        node["properties"][prop]["description"] = text  # a KeyError: the model changed


def _finish(schema: dict[str, Any], title: str, description: str) -> dict[str, Any]:
    return {"$schema": DIALECT, **schema, "title": title, "description": description}


def brief_schema() -> dict[str, Any]:
    """The JSON Schema of a brief file (YAML, ``briefer: 1``)."""
    from briefer.page.brief import Brief

    schema = Brief.model_json_schema(by_alias=True, schema_generator=_Generator)
    schema["required"] = ["briefer"]  # the model defaults it; reading a brief demands it
    _describe(schema, _BRIEF_HELP)
    return _finish(
        schema,
        "Briefer brief",
        "One meeting's leave-behind: the meeting, the sender, the ask and the chosen talking "
        "points. `briefer check` validates a brief fully.",
    )


def pack_schema() -> dict[str, Any]:
    """The JSON Schema of a content pack file (YAML, ``briefer-pack: 1``)."""
    from briefer.page.content import Pack

    schema = Pack.model_json_schema(by_alias=True, schema_generator=_Generator)
    block = schema["$defs"]["Block"]
    # Pack validation rule: a misconception has a claim; nothing else has one.
    block["if"] = {"properties": {"kind": {"const": "misconception"}}, "required": ["kind"]}
    block["then"] = {
        "required": ["claim"],
        "properties": {"claim": {"type": ["string", "number"], "minLength": 1}},
    }
    block["else"] = {"properties": {"claim": {"enum": [None, ""]}}}
    _describe(schema, _PACK_HELP)
    return _finish(
        schema,
        "Briefer content pack",
        "The talking points a campaign offers, each with a short and a long text "
        "(docs/content-packs.md). `briefer check` validates a pack fully.",
    )


def schema_text(schema: dict[str, Any]) -> str:
    """The file text of a schema: stable key order as generated, two-space indent."""
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def write_schemas(folder: Path) -> list[Path]:
    """Write ``brief.schema.json`` and ``pack.schema.json`` into ``folder``; returns the paths."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for kind, make in (("brief", brief_schema), ("pack", pack_schema)):
        path = folder / FILES[kind]
        write_atomic(path, schema_text(make()).encode("utf-8"))
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    """``python -m briefer.page.schema FOLDER``: write both schemas into FOLDER."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1 or args[0].startswith("-"):
        print("usage: python -m briefer.page.schema FOLDER", file=sys.stderr)
        return 2
    for path in write_schemas(Path(args[0])):
        print(f"Wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
