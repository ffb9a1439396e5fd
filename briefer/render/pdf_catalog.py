"""The tagged PDF's document-level parts, written from a :class:`Tagger`'s record as the document
is saved: the StructTreeRoot with its elements and ParentTree, each page's ``/StructParents`` and
``/Tabs /S``, and in the catalog ``/MarkInfo``, ``/Lang``, ``/ViewerPreferences
/DisplayDocTitle`` and XMP metadata (``dc:title``, ``pdfuaid:part 1``; no names, dates or tools).
"""

from __future__ import annotations

from html import escape as _xml_escape

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFName,
    PDFObject,
    PDFObjectReference,
    PDFStream,
    PDFString,
)
from reportlab.pdfbase.pdfdoc import format as pdf_format
from reportlab.pdfgen.canvas import Canvas

from briefer.render.pdf_tags import Node, Tagger


def tagged_canvas(tagger: Tagger | None, title: str, language: str) -> type[Canvas]:
    """The canvas class for a document drawn with ``tagger`` (reportlab's own without one): each
    page's artifact closed as the page ends, the structure written as the document is saved."""
    if tagger is None:
        return Canvas

    class _Tagged(Canvas):
        def showPage(self) -> None:
            tagger.end_page(self)
            super().showPage()

        def save(self) -> None:
            write_structure(self, tagger, title, language)
            super().save()

    return _Tagged


class _Plain(PDFStream):
    """A stream written as it is: no filter (reportlab would write an empty /Filter array)."""

    def format(self, document: object) -> bytes:
        entries = PDFDictionary(self.dictionary.dict.copy())
        entries["Length"] = len(self.content)
        return pdf_format(entries, document) + b"\nstream\n" + self.content + b"\nendstream\n"


def _xmp(title: str, language: str) -> str:
    title, language = _xml_escape(title), _xml_escape(language)
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>\n'
        f"<dc:language><rdf:Bag><rdf:li>{language}</rdf:li></rdf:Bag></dc:language>\n"
        "</rdf:Description>\n"
        '<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">\n'
        "<pdf:Producer>Briefer</pdf:Producer>\n"
        "</rdf:Description>\n"
        '<rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">\n'
        "<pdfuaid:part>1</pdfuaid:part>\n"
        "</rdf:Description>\n"
        "</rdf:RDF>\n"
        "</x:xmpmeta>\n"
        '<?xpacket end="w"?>'
    )


class _Element(PDFObject):
    """A structure element, written straight as its dictionary: its names are our own roles and
    keys (nothing to escape), and a page has dozens of them; reportlab's general dictionary costs
    several times as much to write."""

    def __init__(self, node: Node, parent: str, names: dict[int, str]) -> None:
        self.node, self.parent, self.names = node, parent, names

    def format(self, document: object) -> bytes:
        numbers = document.idToObjectNumberAndVersion  # what PDFObjectReference.format reads

        def ref(name: str) -> str:
            number, generation = numbers[name]
            return f"{number} {generation} R"

        node = self.node
        kids: list[str] = []
        pages = set()
        for kid in node.kids:
            if isinstance(kid, Node):
                kids.append(ref(self.names[id(kid)]))
            else:
                pages.add(kid[0])
                kids.append(str(kid[1]))
        out = [f"<< /Type /StructElem /S /{node.role} /P {ref(self.parent)}"]
        if len(pages) == 1:
            out.append(f"/Pg {ref(f'Page{pages.pop() + 1}')}")
        if kids:
            out.append(f"/K {kids[0]}" if len(kids) == 1 else f"/K [{' '.join(kids)}]")
        if node.bbox is not None:
            out.append(f"/A << /O /Layout /BBox [{fp_str(*node.bbox)}] >>")
        elif node.attributes:
            pairs = (
                f"/{k} /{v}" if isinstance(v, str) else f"/{k} {v}"
                for k, v in node.attributes.items()
            )
            out.append(f"/A << {' '.join(pairs)} >>")
        data = " ".join(out).encode("ascii")
        if node.lang:
            data += b" /Lang " + PDFString(node.lang).format(document)
        if node.alt is not None:
            data += b" /Alt " + PDFString(node.alt).format(document)
        return data + b" >>"


def _pruned(node: Node) -> bool:
    """Drop elements that got no content (a group whose drawing was skipped); True if empty."""
    node.kids = [k for k in node.kids if not (isinstance(k, Node) and _pruned(k))]
    return not node.kids


def write_structure(canvas: Canvas, tagger: Tagger, title: str, language: str) -> None:
    """Put the tagger's structure into the canvas's document; call before ``canvas.save()``."""
    doc = canvas._doc
    _pruned(tagger.root)
    names: dict[int, str] = {}
    order: list[tuple[Node, Node | None]] = []

    def walk(node: Node, parent: Node | None) -> None:
        names[id(node)] = f"BrieferStruct{len(order)}"
        order.append((node, parent))
        for kid in node.kids:
            if isinstance(kid, Node):
                walk(kid, node)

    walk(tagger.root, None)
    root_name = "BrieferStructTreeRoot"
    for node, parent in order:
        doc.Reference(
            _Element(node, names[id(parent)] if parent else root_name, names), names[id(node)]
        )
    nums: list[object] = []
    for index, mcids in enumerate(tagger.pages):
        nums += [index, PDFArray([PDFObjectReference(names[id(n)]) for n in mcids])]
    root = PDFDictionary(
        {
            "Type": PDFName("StructTreeRoot"),
            "K": PDFObjectReference(names[id(tagger.root)]),
            "ParentTree": PDFDictionary({"Nums": PDFArray(nums)}),
            "ParentTreeNextKey": len(tagger.pages),
        }
    )
    doc.Reference(root, root_name)
    catalog = doc.Catalog
    catalog.StructTreeRoot = PDFObjectReference(root_name)
    catalog.MarkInfo = PDFDictionary({"Marked": "true"})
    catalog.ViewerPreferences = PDFDictionary({"DisplayDocTitle": "true"})
    catalog.Lang = PDFString(language or "en")
    catalog.Metadata = _Plain(
        PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}),
        _xmp(title, language or "en").encode("utf-8"),
    )
    for index, page in enumerate(doc.Pages.pages):
        page.StructParents = index
        page.Tabs = PDFName("S")
        page.__NoDefault__ = [*type(page).__NoDefault__, "StructParents", "Tabs"]
