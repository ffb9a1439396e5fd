"""docs/schema/: generated from the models, and they accept what Briefer accepts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from briefer.page import schema
from briefer.page.brief import parse_brief
from briefer.page.content import load_pack, parse_pack
from briefer.page.starter import starter_brief
from briefer.support.errors import BrieferError
from briefer.support.resources import default_pack_path
from tests.conftest import REPO, SAMPLE_BRIEF, TODAY

SCHEMA_DIR = REPO / "docs" / "schema"


def as_json(text: str) -> Any:
    """YAML as an editor's schema checker sees it: dates are strings."""
    return json.loads(json.dumps(yaml.safe_load(text), default=str))


@pytest.mark.parametrize("kind", ["brief", "pack"])
def test_committed_schemas_are_the_generated_ones(kind: str) -> None:
    make = {"brief": schema.brief_schema, "pack": schema.pack_schema}[kind]
    committed = (SCHEMA_DIR / schema.FILES[kind]).read_text(encoding="utf-8")
    assert committed == schema.schema_text(make()), (
        f"docs/schema/{schema.FILES[kind]} is out of date: "
        "run python -m briefer.page.schema docs/schema"
    )


def test_write_schemas_and_main(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    written = schema.write_schemas(tmp_path / "out")
    assert [p.name for p in written] == ["brief.schema.json", "pack.schema.json"]
    for path in written:
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["$schema"] == schema.DIALECT
        assert data["additionalProperties"] is False
    assert schema.main([str(tmp_path / "again")]) == 0
    assert "brief.schema.json" in capsys.readouterr().out
    assert schema.main([]) == 2


def test_schema_shape() -> None:
    brief = schema.brief_schema()
    assert brief["required"] == ["briefer"]
    assert brief["properties"]["paper"]["anyOf"][0]["enum"] == ["letter", "a4"]
    pack = schema.pack_schema()
    assert "briefer-pack" in pack["required"]  # the alias, not the Python name
    assert "format" not in pack["properties"]


# --- validation with the jsonschema package, when the test environment has it ---------------


@pytest.fixture(scope="module")
def validators() -> dict[str, Any]:
    import jsonschema

    cls = jsonschema.Draft202012Validator
    out = {}
    for kind in ("brief", "pack"):
        data = json.loads((SCHEMA_DIR / schema.FILES[kind]).read_text(encoding="utf-8"))
        cls.check_schema(data)
        out[kind] = cls(data, format_checker=cls.FORMAT_CHECKER)
    return out


def errors(validator: Any, data: Any) -> list[str]:
    return [e.message for e in validator.iter_errors(data)]


def test_bundled_pack_validates(validators: dict[str, Any]) -> None:
    text = default_pack_path().read_text(encoding="utf-8")
    assert errors(validators["pack"], as_json(text)) == []


def test_starter_and_sample_briefs_validate(validators: dict[str, Any]) -> None:
    for text in (starter_brief(load_pack(), TODAY), SAMPLE_BRIEF):
        parse_brief(text)  # Briefer accepts it ...
        assert errors(validators["brief"], as_json(text)) == []  # ... and so does the schema


@pytest.mark.parametrize(
    ("change", "valid"),
    [
        ("district: 12", True),  # a number where text is expected: Briefer reads it as "12"
        ("paper: a4", True),
        ("paper: legal", False),
        ("colour: red", False),  # unknown key
        ("blocks: hold-the-line", False),  # not a list
        ("ask: " + "x" * 2001, False),  # too long
        ('date: "2026-13-45"', False),  # not a date
        ('date: "Dec 3, 2026"', True),  # month names, as Briefer reads them
        ('date: "12/13/2026"', True),
    ],
)
def test_brief_schema_agrees_with_briefer(
    validators: dict[str, Any], change: str, valid: bool
) -> None:
    key = change.split(":")[0]
    where = "meeting" if key in ("district", "date") else None
    data = as_json(SAMPLE_BRIEF)
    value = yaml.safe_load(change)[key]
    value = json.loads(json.dumps(value, default=str))
    (data[where] if where else data)[key] = value
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    if valid:
        parse_brief(text)
    else:
        with pytest.raises(BrieferError):
            parse_brief(text)
    assert (errors(validators["brief"], data) == []) is valid


def test_brief_without_version_is_invalid(validators: dict[str, Any]) -> None:
    data = as_json(SAMPLE_BRIEF)
    del data["briefer"]
    assert errors(validators["brief"], data)


@pytest.mark.parametrize(
    ("block", "valid"),
    [
        ({"kind": "framing"}, True),
        ({"kind": "misconception", "claim": "Sanctions never work."}, True),
        ({"kind": "misconception"}, False),  # a misconception needs its claim
        ({"kind": "framing", "claim": "Only misconceptions have one."}, False),
        ({"kind": "rumour"}, False),
        ({"id": "Not An Id"}, False),
    ],
)
def test_pack_schema_agrees_with_briefer(
    validators: dict[str, Any], block: dict[str, str], valid: bool
) -> None:
    data = {
        "briefer-pack": 1,
        "id": "test-pack",
        "title": "A test",
        "source": {"title": "T", "publisher": "P", "credit": "C"},
        "blocks": [{"id": "a-point", "title": "A point", "short": "Short.", "long": "Long."}],
    }
    data["blocks"][0].update(block)
    text = yaml.safe_dump(data, sort_keys=False)
    if valid:
        parse_pack(text, "test.yaml")
    else:
        with pytest.raises(BrieferError):
            parse_pack(text, "test.yaml")
    assert (errors(validators["pack"], data) == []) is valid
