"""Tagged PDF (PDF/UA-1): what reportlab draws, marked as structure or as artifact.

reportlab (open source) writes no structure tree, so the renderers build one as they draw: a
:class:`Tagger` rides on the canvas. Every page starts inside ``/Artifact BMC`` — rules, bands,
backgrounds, table lines: whatever is not marked is decoration — and :meth:`Tagger.mark` steps out
of it to wrap real content in ``/Role <</MCID n>> BDC … EMC``, recording a structure element for it
under the group being drawn (a section, a list, a table row). The elements are kept in the order
they are drawn, and the renderers draw in reading order, so the structure tree, the content stream
and text extraction all read as the page does.

At save, briefer/render/pdf_catalog.py writes the record as the structure tree and the catalog's
entries. Nothing here may stop a page from being built: a renderer whose tagging fails draws the
page again untagged.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from reportlab.pdfbase import ttfonts
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, paragraph

from briefer.render import pdf_glyphs

ARTIFACT_OPEN = "/Artifact BMC"
CLOSE = "EMC"


@dataclass
class Node:
    """A structure element: its role, its kids (elements, or marked content as (page, MCID))."""

    role: str
    kids: list[Node | tuple[int, int]] = field(default_factory=list)
    alt: str | None = None
    attributes: dict[str, str | int] = field(default_factory=dict)  # {"O": "Table", ...}
    bbox: tuple[float, float, float, float] | None = None
    lang: str | None = None  # the element's language, where it is not the document's


class Group:
    """A structure element that holds others (a section, a list, a table, a row). Its element is
    made when the first thing in it is drawn, so the tree keeps the order of drawing."""

    def __init__(self, role: str, parent: Group | None = None, **attributes: str | int) -> None:
        self.role, self.parent, self.attributes = role, parent, attributes


class Tagger:
    """The structure of a document as it is drawn. One per document; see the module's text."""

    def __init__(self) -> None:
        self.root = Node("Document")
        self.pages: list[list[Node]] = []  # per page: the element of each MCID, in MCID order
        self._nodes: dict[int, Node] = {}  # id(Group) -> its element
        self._groups: list[Group] = []  # kept alive while their ids are keys
        self._in_artifact = False

    def begin_page(self, canvas: Canvas) -> None:
        """Start a page as decoration; called before anything is drawn on it."""
        self.pages.append([])
        canvas._code.append(ARTIFACT_OPEN)
        self._in_artifact = True

    def end_page(self, canvas: Canvas) -> None:
        if self._in_artifact:
            canvas._code.append(CLOSE)
            self._in_artifact = False

    def node(self, group: Group | None) -> Node:
        """The element of ``group`` (the document's for None), made now if it is not yet."""
        if group is None:
            return self.root
        found = self._nodes.get(id(group))
        if found is None:
            found = Node(group.role, attributes=dict(group.attributes))
            self.node(group.parent).kids.append(found)
            self._nodes[id(group)] = found
            self._groups.append(group)
        return found

    def element(self, role: str, group: Group | None = None, **attributes: str | int) -> Node:
        """A new element in ``group``, to be given marked content."""
        node = Node(role, attributes=dict(attributes))
        self.node(group).kids.append(node)
        return node

    def start(self, node: Node) -> str:
        """Give ``node`` the next MCID on this page; the operator that opens its content."""
        mcids = self.pages[-1]
        node.kids.append((len(self.pages) - 1, len(mcids)))
        mcids.append(node)
        return f"/{node.role} <</MCID {len(mcids) - 1}>> BDC"

    def leave_artifact(self, canvas: Canvas) -> None:
        if not self.pages:
            self.begin_page(canvas)
        if self._in_artifact:
            canvas._code.append(CLOSE)
            self._in_artifact = False

    def enter_artifact(self, canvas: Canvas) -> None:
        if not self._in_artifact:
            canvas._code.append(ARTIFACT_OPEN)
            self._in_artifact = True

    def open_content(self, canvas: Canvas, node: Node) -> None:
        """Step out of the artifact and open a marked-content sequence for ``node`` (one line of
        the content stream: a page has a hundred of them, each written out at save)."""
        if not self.pages:
            self.begin_page(canvas)
        opened = self.start(node)
        canvas._code.append(f"{CLOSE} {opened}" if self._in_artifact else opened)
        self._in_artifact = False

    def close_content(self, canvas: Canvas) -> None:
        canvas._code.append(f"{CLOSE} {ARTIFACT_OPEN}")
        self._in_artifact = True

    def mark(
        self,
        canvas: Canvas,
        role: str,
        draw: Callable[[], object],
        group: Group | None = None,
        *,
        alt: str | None = None,
        bbox: tuple[float, float, float, float] | None = None,
        attributes: dict[str, str] | None = None,
    ) -> Node:
        """Draw real content as one ``role`` element in ``group``."""
        node = self.element(role, group, **(attributes or {}))
        node.alt, node.bbox = alt, bbox
        self.open_content(canvas, node)
        try:
            draw()
        finally:
            self.close_content(canvas)
        return node


def mark(
    tagger: Tagger | None,
    canvas: Canvas,
    role: str,
    draw: Callable[[], object],
    group: Group | None = None,
    **details: object,
) -> None:
    """Draw as ``role`` when tagging, else just draw."""
    if tagger is None:
        draw()
    else:
        tagger.mark(canvas, role, draw, group, **details)  # type: ignore[arg-type]


class Marked(Flowable):
    """A flowable drawn as one structure element; measures exactly as the one it wraps.

    A list item (``role`` "LI") puts its bullet or number in an ``Lbl`` and its text in an
    ``LBody``."""

    def __init__(
        self,
        inner: Flowable,
        tagger: Tagger,
        role: str,
        group: Group | None = None,
        lang: str | None = None,
        **attributes: str,
    ) -> None:
        super().__init__()
        self.inner, self.tagger, self.role, self.group = inner, tagger, role, group
        self.attributes, self.lang = attributes, lang

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = self.inner.wrap(availWidth, availHeight)
        return self.width, self.height

    def getSpaceBefore(self) -> float:
        return self.inner.getSpaceBefore()

    def getSpaceAfter(self) -> float:
        return self.inner.getSpaceAfter()

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """Each part of a paragraph split across pages (the schedule's notes) is one element."""
        parts = self.inner.split(availWidth, availHeight)
        return [
            Marked(p, self.tagger, self.role, self.group, self.lang, **self.attributes)
            for p in parts
        ]

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        def draw() -> None:
            self.inner.drawOn(canvas, x, y, _sW)

        tagger = self.tagger
        if self.role != "LI":
            node = tagger.mark(canvas, self.role, draw, self.group, attributes=self.attributes)
            node.lang = self.lang
            return
        item = tagger.element("LI", self.group)
        item.lang = self.lang
        label, body = Node("Lbl"), Node("LBody")
        item.kids += [label, body]
        canvas._briefer_bullet = (tagger, body)  # see _draw_bullet
        try:
            tagger.open_content(canvas, label)
            draw()
        finally:
            canvas._briefer_bullet = None
            tagger.close_content(canvas)


_plain_draw_bullet = paragraph._drawBullet


def _draw_bullet(canvas: Canvas, *args, **kwargs):  # type: ignore[no-untyped-def]
    """reportlab's bullet drawing; in a tagged list item the bullet closes the item's Lbl and the
    item's text goes on in its LBody."""
    result = _plain_draw_bullet(canvas, *args, **kwargs)
    state = getattr(canvas, "_briefer_bullet", None)
    if state is not None:
        tagger, body = state
        canvas._code.append(f"{CLOSE} {tagger.start(body)}")
        canvas._briefer_bullet = None
    return result


_BFCHAR_BLOCK = 100  # entries a beginbfchar block may hold


def _to_unicode(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap for a subset, without the U+0000 it maps unused codes to (a
    PDF/UA failure): only codes that stand for a character are listed, at most 100 a block."""
    pairs = [f"<{code:02X}> <{value:04X}>" for code, value in enumerate(subset) if value]
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
    ]
    for start in range(0, len(pairs), _BFCHAR_BLOCK):
        block = pairs[start : start + _BFCHAR_BLOCK]
        lines += [f"{len(block)} beginbfchar", *block, "endbfchar"]
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


def install() -> None:
    """Teach reportlab what tagging needs of it (idempotent): list bullets that can be labelled,
    ToUnicode maps with no U+0000 value, and a glyph for every character drawn."""
    paragraph._drawBullet = _draw_bullet
    ttfonts.makeToUnicodeCMap = _to_unicode
    pdf_glyphs.install()


install()  # every PDF made in this process: labelled bullets, clean ToUnicode maps
