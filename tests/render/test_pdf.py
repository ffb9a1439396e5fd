import io
import re
import socket

import pytest
from pypdf import PdfReader

from briefer.page.brief import parse_brief
from briefer.pipeline import make_plan, render
from tests.conftest import SAMPLE_BRIEF, mentions, pdf_pages, private_strings


def pdf_for(text: str, **kwargs) -> bytes:
    return render(make_plan(parse_brief(text), **kwargs), "pdf")


def test_one_page_letter_and_a4() -> None:
    for paper, size in (("letter", (612, 792)), ("a4", (595, 842))):
        reader = PdfReader(io.BytesIO(pdf_for(SAMPLE_BRIEF, paper=paper)))
        assert len(reader.pages) == 1
        box = reader.pages[0].mediabox
        assert (round(float(box.width)), round(float(box.height))) == size


def test_user_text_is_escaped_and_fetches_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*_args, **_kwargs):
        raise AssertionError("the renderer tried to reach the network")

    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    ask = 'Support <b>S. 1234</b> & <img src="http://example.com/x.png"/> now'
    data = pdf_for(
        SAMPLE_BRIEF.replace(
            "ask: Keep every sanction on the Lukashenka regime in place.", f"ask: '{ask}'"
        )
    )
    text = " ".join(pdf_pages(data)[0].split())
    assert "Support <b>S. 1234</b> & <img" in text
    assert b"/Subtype /Image" not in data


def test_cyrillic_and_accents_are_text_in_an_embedded_font() -> None:
    data = pdf_for(SAMPLE_BRIEF)
    text = pdf_pages(data)[0]
    assert "Святлана Ціханоўская" in text
    assert "Jesús García" in text
    reader = PdfReader(io.BytesIO(data))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    descriptors = [
        f.get_object()["/FontDescriptor"].get_object()
        for f in fonts.values()
        if "/FontDescriptor" in f.get_object()
    ]
    assert descriptors and all("/FontFile2" in d for d in descriptors)
    names = {str(f.get_object()["/BaseFont"]).split("+")[-1] for f in fonts.values()}
    assert names <= {
        "LiberationSans",
        "LiberationSans-Bold",
        "LiberationSans-Italic",
        "LiberationSans-BoldItalic",
        "ArialMT",
        "Arial-BoldMT",
        "Arial-ItalicMT",
    }, names


def test_metadata_from_the_brief_and_nothing_private() -> None:
    data = pdf_for(SAMPLE_BRIEF)
    meta = PdfReader(io.BytesIO(data)).metadata
    assert meta.title == "Hold the Line on Belarus Sanctions — Senator Jeanne Shaheen (D-NH)"
    assert meta.subject == "Keep every sanction on the Lukashenka regime in place."
    assert meta.author == "Святлана Ціханоўская"
    # outside the compressed streams (binary, where any short name may occur by chance) and in
    # the page's text
    readable = re.sub(rb"stream\r?\n.*?endstream", b"", data, flags=re.S)
    readable += pdf_pages(data)[0].encode()
    for private in private_strings():
        assert not mentions(readable, private), private
    for filler in (b"anonymous", b"untitled", b"unspecified"):
        assert filler not in data


def test_no_author_without_a_sender_name() -> None:
    data = pdf_for(SAMPLE_BRIEF.replace("  name: Святлана Ціханоўская\n", ""))
    meta = PdfReader(io.BytesIO(data)).metadata
    assert meta.author is None
    assert b"/Author" not in data and b"anonymous" not in data


def test_same_input_same_bytes() -> None:
    assert pdf_for(SAMPLE_BRIEF) == pdf_for(SAMPLE_BRIEF)


def test_ask_in_the_top_third_and_footer_at_the_bottom() -> None:
    reader = PdfReader(io.BytesIO(pdf_for(SAMPLE_BRIEF)))
    page = reader.pages[0]
    height = float(page.mediabox.height)
    positions: dict[str, float] = {}

    def visit(text, cm, tm, _font, _size):
        if text.strip():  # the baseline's height on the page: the text matrix times the CTM
            positions.setdefault(text.strip(), tm[4] * cm[1] + tm[5] * cm[3] + cm[5])

    page.extract_text(visitor_text=visit)
    ask_y = next(y for t, y in positions.items() if t.startswith("Keep every sanction"))
    credit_y = next(y for t, y in positions.items() if "Source:" in t)
    contact_y = next(y for t, y in positions.items() if "office@example.org" in t)
    assert ask_y > height * 2 / 3
    assert credit_y < height * 0.1 and contact_y < height * 0.12


def test_a_points_title_is_drawn_in_the_bold_face_of_the_body_font() -> None:
    """A bold span inside a regular paragraph comes out in the bold face (the family's mapping
    must survive reportlab mapping each TrueType face to itself when it is registered)."""
    reader = PdfReader(io.BytesIO(pdf_for(SAMPLE_BRIEF)))
    faces: dict[str, set[str]] = {}

    def visit(text, _cm, _tm, font, _size) -> None:
        if font is not None and text.strip():
            name = str(font.get("/BaseFont", "")).split("+")[-1]
            faces.setdefault(name, set()).add(text.strip())

    reader.pages[0].extract_text(visitor_text=visit)
    bold = " ".join(t for name, texts in faces.items() if "Bold" in name for t in texts)
    regular = " ".join(t for name, texts in faces.items() if "Bold" not in name for t in texts)
    assert "Keep the Pressure" in bold
    assert "Keep the Pressure" not in regular
