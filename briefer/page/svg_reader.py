"""The one reader of SVG logos: a picture from someone else, read as data and bounded.

Both the PDF (svglib) and the DOCX (resvg) draw what this reader gives them: the SVG parsed once
here, checked, and written out again as plain XML — no DOCTYPE, no entities, no reference to
anything outside the file. What it refuses, with a sentence for the user (the caller names the
field): an entity (``&nbsp;`` or one the file defines), a DOCTYPE, a NUL, a reference to another
file or the web, a ``<use>`` that loops or multiplies past :data:`MAX_DRAWN` elements, nesting
deeper than :data:`MAX_DEPTH` (500 nested groups crashed the DOCX's renderer), more than
:data:`MAX_ELEMENTS` elements, and numbers past :data:`MAX_NUMBER` (``width="1e308"``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

MAX_DEPTH = 48
MAX_ELEMENTS = 20_000
MAX_DRAWN = 100_000  # elements once every <use> is drawn in place
MAX_NUMBER = 1e6
_XLINK = "{http://www.w3.org/1999/xlink}href"
_SVG_NS = "http://www.w3.org/2000/svg"
_SVG_TAG = f"{{{_SVG_NS}}}svg"
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_URL = re.compile(r"url\(\s*['\"]?([^)'\"]*)", re.IGNORECASE)
_NUMERIC = frozenset(
    [
        "x",
        "y",
        "x1",
        "x2",
        "y1",
        "y2",
        "cx",
        "cy",
        "r",
        "rx",
        "ry",
        "width",
        "height",
        "viewBox",
        "points",
        "d",
        "transform",
        "stroke-width",
        "font-size",
        "dx",
        "dy",
        "offset",
    ]
)


class SvgProblem(ValueError):
    """An SVG this reader refuses: the message is for the user."""


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _parse(data: bytes) -> Any:
    from lxml import etree

    if b"\0" in data:
        raise SvgProblem("it holds a NUL byte: not an SVG text file")
    if re.search(rb"<!DOCTYPE|<!ENTITY", data, re.IGNORECASE):
        raise SvgProblem(
            "it has a DOCTYPE or defines entities: save it as plain SVG (Inkscape: Save As › "
            "Plain SVG)"
        )
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        text = str(exc)
        if "depth" in text:
            raise SvgProblem(
                f"its elements nest over {MAX_DEPTH} deep: too complex for a logo"
            ) from None
        if "Entity" in text or "entity" in text:
            raise SvgProblem(
                "it uses an entity (such as &nbsp;) that plain SVG does not define: write the "
                "character itself"
            ) from None
        raise SvgProblem(f"it is not well-formed XML ({text.split(' (')[0]})") from None
    if root.tag == "svg":  # no xmlns: what it means is plain, so it is read as SVG
        root = _in_svg_namespace(root)
    if root.tag != _SVG_TAG:
        raise SvgProblem(
            f"its top element is <{_local(root.tag) or '?'}>, not <svg>: save the picture as SVG"
        )
    return root


def _in_svg_namespace(root: Any) -> Any:
    """An ``<svg>`` written without its xmlns, as a browser reads one inside a web page: every
    element that has no namespace is put in SVG's (one of another namespace stays as it is)."""
    from lxml import etree

    nsmap = {key: value for key, value in root.nsmap.items() if key}
    svg = etree.Element(_SVG_TAG, attrib=dict(root.attrib), nsmap={None: _SVG_NS, **nsmap})
    svg.text = root.text
    svg.extend(list(root))
    for node in svg.iter():
        if isinstance(node.tag, str) and not node.tag.startswith("{"):
            node.tag = f"{{{_SVG_NS}}}{node.tag}"
    return svg


def _walk(root: Any) -> Iterator[tuple[Any, int]]:
    stack = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        yield node, depth
        stack.extend((child, depth + 1) for child in reversed(node) if isinstance(child.tag, str))


def _reference(value: str) -> str | None:
    """The id a reference points to in this file; None for a data: picture; else refused."""
    text = value.strip()
    if text.startswith("#"):
        return text[1:]
    if text.lower().startswith("data:image/"):
        return None
    raise SvgProblem(
        f"it refers to another file or the web ('{text[:40]}'): a logo must hold everything "
        "it draws"
    )


def _check(root: Any) -> None:
    ids: dict[str, Any] = {}
    for count, (node, depth) in enumerate(_walk(root), 1):
        if count > MAX_ELEMENTS:
            raise SvgProblem(f"it has over {MAX_ELEMENTS:,} elements: too complex for a logo")
        if depth > MAX_DEPTH:
            raise SvgProblem(f"its elements nest over {MAX_DEPTH} deep: too complex for a logo")
        if node.get("id"):
            ids.setdefault(node.get("id"), node)
        for key, value in node.attrib.items():
            name = _local(key)
            if key == _XLINK or name == "href":
                _reference(value)
            for url in _URL.findall(value):
                _reference(url)
            if name in _NUMERIC or name == "style":
                for number in _NUMBER.findall(value):
                    if abs(float(number)) > MAX_NUMBER:
                        raise SvgProblem(
                            f"its {name} has a number too large to draw ({number[:24]})"
                        )
        if _local(node.tag) == "style" and node.text:
            for url in _URL.findall(node.text):
                _reference(url)
            if "@import" in node.text:
                raise SvgProblem("its style imports another file: a logo must hold everything")
    _count_drawn(root, ids)


def _count_drawn(root: Any, ids: dict[str, Any]) -> None:
    """Elements drawn once each <use> is put in place: a loop or a multiplying chain is refused."""
    alive = list(root.iter())  # lxml's node objects keep their id() only while they live
    sizes: dict[int, int] = {}
    busy: set[int] = set()

    def size(node: Any) -> int:
        key = id(node)
        if key in sizes:
            return sizes[key]
        if key in busy:
            raise SvgProblem("a <use> in it draws itself (a loop)")
        busy.add(key)
        total = 1
        for child in node:
            if isinstance(child.tag, str):
                total += size(child)
        if _local(node.tag) == "use":
            target_id = _reference(node.get(_XLINK) or node.get("href") or "#")
            target = ids.get(target_id or "")
            if target is not None:
                total += size(target)
        busy.discard(key)
        if total > MAX_DRAWN:
            raise SvgProblem(f"its <use> elements draw over {MAX_DRAWN:,} elements")
        sizes[key] = total
        return total

    size(root)
    del alive


def clean_svg(data: bytes) -> bytes:
    """The SVG checked and written again as plain XML (what both renderers draw); SvgProblem
    says why it is refused."""
    from lxml import etree

    root = _parse(data)
    try:
        _check(root)
    except RecursionError:
        raise SvgProblem("its <use> elements chain too deep: too complex for a logo") from None
    return etree.tostring(root, xml_declaration=True, encoding="utf-8")


__all__ = ["MAX_DEPTH", "MAX_DRAWN", "MAX_ELEMENTS", "MAX_NUMBER", "SvgProblem", "clean_svg"]
