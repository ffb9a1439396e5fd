"""YAML in and out, keeping the line of every key so errors can point at it.

Scalars follow YAML 1.2's core rules rather than PyYAML's 1.1 ones: ``10:30`` stays the text
"10:30" (not the number 630) and ``no`` stays "no" (not False). ISO dates become ``datetime.date``.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from briefer.support.errors import BrieferError
from briefer.support.messages import Message

_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_NODES = 50_000


class _Loader(_Base):  # type: ignore[misc, valid-type]
    """PyYAML loader with YAML 1.2 core-schema resolvers only."""


_Loader.yaml_implicit_resolvers = {}
for _tag, _pattern, _first in (
    ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    ("int", r"^[-+]?[0-9]+$", "-+0123456789"),
    ("float", r"^[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$", "-+0123456789."),
    ("timestamp", r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "0123456789"),
):
    _Loader.add_implicit_resolver(f"tag:yaml.org,2002:{_tag}", re.compile(_pattern), list(_first))


class LocDict(dict):
    """A mapping that remembers its own line and the line of each key (1-based)."""

    line: int = 0
    key_lines: dict[Any, int]


class LocList(list):
    """A sequence that remembers its own line and the line of each item (1-based)."""

    line: int = 0
    item_lines: list[int]


def _scalar(node: yaml.ScalarNode, file: str) -> Any:
    tag = node.tag.rsplit(":", 1)[-1]
    value = node.value
    try:
        if tag == "str":
            return value
        if tag == "null":
            return None
        if tag == "bool":
            return value.lower() == "true"
        if tag == "int":
            return int(value)
        if tag == "float":
            return float(value)
        if tag == "timestamp":  # an impossible date stays text: the field's check names it
            return _iso_date(value)
    except ValueError:
        raise BrieferError(
            f"'{value}' is not a valid {tag}", file=file, line=node.start_mark.line + 1
        ) from None
    raise BrieferError(f"unsupported YAML tag {node.tag}", file=file, line=node.start_mark.line + 1)


def _iso_date(value: str) -> dt.date | str:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return value


MAX_DEPTH = 60


def _convert(
    node: yaml.Node, file: str, budget: list[int], path: tuple[yaml.Node, ...] = ()
) -> Any:
    budget[0] -= 1
    line = node.start_mark.line + 1
    if budget[0] < 0:
        raise BrieferError("the file is too large or too deeply aliased", file=file, line=line)
    if isinstance(node, yaml.ScalarNode):
        return _scalar(node, file)
    if any(node is outer for outer in path):  # an anchor that holds an alias to itself
        raise BrieferError(
            "an alias refers to the anchor that contains it (recursive alias)", file=file, line=line
        )
    if len(path) >= MAX_DEPTH:
        raise BrieferError(f"nested more than {MAX_DEPTH} levels deep", file=file, line=line)
    inner = (*path, node)
    if isinstance(node, yaml.SequenceNode):
        seq = LocList(_convert(item, file, budget, inner) for item in node.value)
        seq.line = line
        seq.item_lines = [item.start_mark.line + 1 for item in node.value]
        return seq
    mapping = LocDict()
    mapping.line = line
    mapping.key_lines = {}
    for key_node, value_node in node.value:
        key = _convert(key_node, file, budget, inner)
        key_line = key_node.start_mark.line + 1
        if not isinstance(key, str | int):
            raise BrieferError("keys must be plain words", file=file, line=key_line)
        if key in mapping:
            raise BrieferError(f"'{key}' is given twice", file=file, line=key_line, field=str(key))
        mapping[key] = _convert(value_node, file, budget, inner)
        mapping.key_lines[key] = key_line
    return mapping


def yaml_error(exc: yaml.YAMLError, file: str | Path, text: str = "") -> BrieferError:
    """A PyYAML error as one line naming the file and, where PyYAML knows it, the line."""
    if isinstance(exc, yaml.reader.ReaderError) and isinstance(exc.character, int):
        # a character YAML does not allow (a terminal escape, say): where it is, in lines
        before = text[: exc.position]
        line, column = before.count("\n") + 1, exc.position - (before.rfind("\n") + 1) + 1
        return BrieferError(
            f"a control character (U+{exc.character:04X}) in column {column}: remove it",
            file=file,
            line=line,
        )
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "malformed YAML"
        line = mark.line + 1 if mark else None
        return BrieferError(f"not valid YAML: {problem}", file=file, line=line)
    return BrieferError(f"not valid YAML: {exc}", file=file)


def parse(text: str, file: str | Path = "<text>") -> Any:
    """Parse YAML text into plain data with line information (LocDict / LocList)."""
    name = str(file)
    try:
        node = yaml.compose(text, Loader=_Loader)
    except RecursionError:
        raise BrieferError(f"nested more than {MAX_DEPTH} levels deep", file=name) from None
    except yaml.YAMLError as exc:
        error = yaml_error(exc, name, text)
        last = max(1, len(text.rstrip("\n").splitlines()))
        if error.line and error.line > last:  # PyYAML points past the end of an unclosed file
            error.line = last
        raise error from None
    if node is None:
        return None
    return _convert(node, name, [MAX_NODES])


STDIN = "-"
# The names the system gives standard input: read as ``-`` is, so a brief's logo or pack is
# found from the folder the command runs in (not /dev) and messages name it the same way.
_STDIN_NAMES = frozenset((STDIN, "/dev/stdin", "/dev/fd/0", "/proc/self/fd/0"))


def is_stdin(path: Path | str) -> bool:
    """Whether ``path`` names standard input: ``-``, ``/dev/stdin`` and the like."""
    return str(path) in _STDIN_NAMES


def display_name(path: Path | str) -> str:
    """How a file is named in messages: standard input is ``<stdin>``."""
    return "<stdin>" if is_stdin(path) else str(path)


def read_text(path: Path, *, max_bytes: int = 2_000_000) -> str:
    """Read a UTF-8 text file once (``-`` is standard input; pipes and /dev/stdin work), turning
    every OS or decoding problem into a BrieferError."""
    name = display_name(path)
    try:
        if is_stdin(path):
            data = sys.stdin.buffer.read(max_bytes + 1)
        else:
            with Path(path).open("rb") as handle:  # a pipe has no size: read one byte too many
                data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise BrieferError("file not found", file=name) from None
    except IsADirectoryError:
        raise BrieferError("is a folder, not a file", file=name) from None
    except OSError as exc:
        raise BrieferError(f"cannot read: {exc.strerror or exc}", file=name) from None
    if len(data) > max_bytes:
        raise BrieferError(f"file is too large (over {max_bytes // 1000} kB)", file=name)
    return decode(data, name)


def decode(data: bytes, file: str | Path) -> str:
    """UTF-8 bytes (a BOM is dropped) as text; bad bytes are reported by line and column."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        from briefer.support.filekind import HEAD, binary_kind

        kind = binary_kind(data[:HEAD])
        if kind is not None:  # a PDF, a picture…: say what it is, not where its bytes fail
            raise BrieferError(
                f"this file is {kind}: Briefer reads YAML text files", file=file
            ) from None
        start = exc.start
        line = data.count(b"\n", 0, start) + 1
        line_start = data.rfind(b"\n", 0, start) + 1
        column = len(data[line_start:start].decode("utf-8", errors="replace")) + 1
        raise BrieferError(
            f"not UTF-8 text (column {column}): save the file as UTF-8", file=file, line=line
        ) from None


def load(path: Path) -> Any:
    return parse(read_text(path), path)


def line_of(data: Any, path: Iterable[Any]) -> int | None:
    """The line of the deepest element of ``path`` (keys and indexes) that can be found."""
    line = getattr(data, "line", None) or None
    node = data
    for part in path:
        if isinstance(node, LocDict) and part in node:
            line = node.key_lines.get(part, line)
            node = node[part]
        elif isinstance(node, LocList) and isinstance(part, int) and 0 <= part < len(node):
            line = node.item_lines[part]
            node = node[part]
        else:
            break
    return line


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    """YAML's safe dumper (its C one where there is one), writing a message of the core (a str
    that also keeps its template for the app's translation) as its text."""


_Dumper.add_representer(Message, lambda dumper, text: dumper.represent_str(str(text)))


def dump(data: Any) -> str:
    """Dump plain data as block-style YAML, readable and stable, that :func:`parse` reads back."""
    return yaml.dump(
        data,
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=100,
    )
