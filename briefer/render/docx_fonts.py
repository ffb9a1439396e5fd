"""Embedded fonts in a DOCX (ECMA-376 Part 1, §17.8): a template's own family travels with the file.

Each face goes in as ``word/fonts/fontN.odttf``: the TrueType file with its first 32 bytes XORed
with a key, the 16 bytes of the face's ``w:fontKey`` GUID read from its last hex pair to its first.
The font table names the family and, per face, the relationship to its part and the key;
``w:embedTrueTypeFonts`` in the settings tells Word to use them. The keys are made from the font's
bytes, so the same page gives the same DOCX bytes. The default family (Arial in the DOCX) is never
embedded: every Word has Arial, and LibreOffice stands Liberation Sans in for it. Only the faces
the page's text uses go in (:func:`faces_used`).
"""

from __future__ import annotations

import hashlib
import io
import uuid
import zipfile
from dataclasses import replace
from io import BytesIO
from xml.sax.saxutils import quoteattr

from lxml import etree

from briefer.layout import fonts
from briefer.plan import Para, Plan, Style
from briefer.plan import Table as PlanTable
from briefer.render import docx_oxml as ox

FONT_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/font"
OBFUSCATED = "application/vnd.openxmlformats-officedocument.obfuscatedFont"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
PR_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
EMBED = {  # face -> its element in w:font, in the schema's order
    "regular": "embedRegular",
    "bold": "embedBold",
    "italic": "embedItalic",
    "bolditalic": "embedBoldItalic",
}
# what comes before w:embedTrueTypeFonts among the children of w:settings (CT_Settings)
_BEFORE_EMBED = {
    f"{{{W_NS}}}{name}"
    for name in (
        "writeProtection", "view", "zoom", "removePersonalInformation", "removeDateAndTime",
        "doNotDisplayPageBoundaries", "displayBackgroundShape", "printPostScriptOverText",
        "printFractionalCharacterWidth", "printFormsData",
    )
}  # fmt: skip
_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def font_key(family: str, face: str, data: bytes) -> str:
    """The face's key, ``{XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}``, made from the font's bytes."""
    digest = hashlib.sha256(f"{family}\0{face}\0".encode() + hashlib.sha256(data).digest())
    return "{" + str(uuid.UUID(bytes=digest.digest()[:16])).upper() + "}"


def _key_bytes(key: str) -> bytes:
    return bytes.fromhex(key.strip("{}").replace("-", ""))[::-1]


def obfuscate(data: bytes, key: str) -> bytes:
    """The font's bytes as an .odttf part holds them; the same call undoes it."""
    mask = _key_bytes(key) * 2
    return bytes(b ^ m for b, m in zip(data[:32], mask, strict=False)) + data[32:]


def _font_entry(name: str, panose: bytes, embeds: list[tuple[str, str, str]]) -> str:
    serif_style = panose[1] if len(panose) > 1 else 0
    kind = "swiss" if 11 <= serif_style <= 15 else "roman" if panose[:1] == b"\x02" else "auto"
    pitch = "fixed" if len(panose) > 3 and panose[3] == 9 else "variable"
    parts = [f"<w:font w:name={quoteattr(name)}>"]
    if len(panose) == 10 and any(panose):
        parts.append(f'<w:panose1 w:val="{panose.hex().upper()}"/>')
    parts.append(f'<w:charset w:val="00"/><w:family w:val="{kind}"/><w:pitch w:val="{pitch}"/>')
    for face, rel_id, key in embeds:
        parts.append(f'<w:{EMBED[face]} r:id="{rel_id}" w:fontKey="{key}"/>')
    parts.append("</w:font>")
    return "".join(parts)


def embed(
    data: bytes, family: str, faces: dict[str, bytes], panose: bytes, others: str
) -> dict[str, bytes]:
    """The parts to add to or replace in the saved DOCX ``data`` so it carries ``faces`` (face ->
    TrueType bytes, in EMBED's order) of ``family``; ``others`` is the font table's other
    ``w:font`` entries, as XML."""
    parts: dict[str, bytes] = {}
    embeds, rels = [], []
    for number, face in enumerate((f for f in EMBED if f in faces), 1):
        key = font_key(family, face, faces[face])
        parts[f"word/fonts/font{number}.odttf"] = obfuscate(faces[face], key)
        rel_id = f"rId{number}"
        embeds.append((face, rel_id, key))
        rels.append(
            f'<Relationship Id="{rel_id}" Type="{FONT_REL}" Target="fonts/font{number}.odttf"/>'
        )
    parts["word/fontTable.xml"] = (
        _HEAD
        + f'<w:fonts xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
        + _font_entry(family, panose, embeds)
        + others
        + "</w:fonts>"
    ).encode()
    parts["word/_rels/fontTable.xml.rels"] = (
        _HEAD + f'<Relationships xmlns="{PR_NS}">' + "".join(rels) + "</Relationships>"
    ).encode()
    with zipfile.ZipFile(BytesIO(data)) as archive:
        types = etree.fromstring(archive.read("[Content_Types].xml"))
        settings = etree.fromstring(archive.read("word/settings.xml"))
    if not any(d.get("Extension") == "odttf" for d in types.iter(f"{{{CT_NS}}}Default")):
        types.insert(
            0, etree.Element(f"{{{CT_NS}}}Default", Extension="odttf", ContentType=OBFUSCATED)
        )
    parts["[Content_Types].xml"] = _xml(types)
    if settings.find(f"{{{W_NS}}}embedTrueTypeFonts") is None:
        flag = etree.Element(f"{{{W_NS}}}embedTrueTypeFonts")
        later = [child for child in settings if child.tag not in _BEFORE_EMBED]
        if later:
            later[0].addprevious(flag)
        else:
            settings.append(flag)
    parts["word/settings.xml"] = _xml(settings)
    return parts


def _xml(root) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def faces_used(plan: Plan) -> set[str]:
    """The faces of the family the page's text is set in (list labels are bold)."""
    found: set[str] = set()
    pairs: list[tuple[Para, Style]] = [(p, plan.styles[p.role]) for p in plan.footer]
    items: list = [item for section in plan.sections for item in section.items]
    items += [section.heading for section in plan.sections if section.heading]
    for item in items:
        if isinstance(item, PlanTable):
            cells = [c for row in (item.header, *item.rows) for c in row.cells]  # type: ignore[union-attr]
            pairs += [(cell, plan.styles[cell.role]) for cell in cells]
        else:
            pairs.append((item, plan.styles[item.role]))
    decor = plan.page.decor
    if decor is not None:
        if decor.sidebar is not None:
            pairs += [(p, decor.sidebar.style(p.role)) for p in decor.sidebar.items]
        if decor.name is not None and decor.name_style is not None:
            pairs.append((decor.name, decor.name_style))
        if decor.qr is not None and decor.qr_style is not None:
            pairs.append((decor.qr.caption, replace(decor.qr_style, bold=False, italic=False)))
    for para, style in pairs:
        if para.bullet:
            found.add("bold")
        for span in para.spans:
            if span.text.strip():
                bold, italic = style.bold or span.bold, style.italic or span.italic
                found.add(("bold" if bold else "") + ("italic" if italic else "") or "regular")
    return found | {"regular"}


def embedded(data: bytes, plan: Plan, name: str) -> bytes:
    """The saved DOCX with the faces of the template's family that the page uses embedded."""
    family = fonts.family(plan.font)
    used = [face for face in fonts.FACES if face in faces_used(plan) and family.has(face)]
    faces = {face: fonts.face_data(plan.font, face) for face in used}
    panose = family.infos["regular"].panose
    parts = embed(data, name, faces, panose, ox.ARIAL_ENTRY)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:  # the theme's fonts: the family's too
        parts["word/theme/theme1.xml"] = ox.theme_in(archive.read("word/theme/theme1.xml"), name)
    return ox.repack(data, parts)


__all__ = ["FONT_REL", "OBFUSCATED", "embed", "embedded", "faces_used", "font_key", "obfuscate"]
