"""Word's own styles carry the plan's looks: size, colour, weight, spacing, indent and font."""

from __future__ import annotations

from docx.shared import Pt, RGBColor, Twips

from briefer.plan import Style
from briefer.render.docx_oxml import tw
from briefer.render.docx_styles import LISTS, STYLE_OF_ROLE, WORD_STYLES, styled


def _looks() -> tuple[Style, ...]:
    looks = []
    for index, (_name, role) in enumerate(WORD_STYLES.values()):
        looks.append(
            Style(
                role,
                size=9 + index,
                leading=12 + index,
                color="#1A2B3C" if index % 2 else "#9B1B30",
                bold=index % 2 == 1,
                italic=role == "subtitle",
                space_after=2 * index,
                indent=14.0 if role == "bullet" else 0.0,
            )
        )
    return tuple(looks)


def test_each_word_style_takes_the_look_of_its_role() -> None:
    looks = _looks()
    document = styled(looks)
    for (style_id, (name, _role)), look in zip(WORD_STYLES.items(), looks, strict=True):
        style = document.styles[name]
        assert style.font.size == Pt(look.size), name
        assert style.font.color.rgb == RGBColor.from_string(look.color[1:]), name
        assert bool(style.font.bold) == look.bold and bool(style.font.italic) == look.italic
        fmt = style.paragraph_format
        assert fmt.space_before == Twips(0) and fmt.space_after == Twips(tw(look.space_after))
        assert fmt.line_spacing == Twips(tw(look.leading)), name
        if look.indent:
            assert fmt.left_indent == Twips(tw(look.indent))
            if style_id in LISTS:  # a hanging indent: the bullet in the margin of the text
                assert fmt.first_line_indent == Twips(-tw(look.indent))


def test_the_styled_template_is_made_once_per_set_of_looks_and_font() -> None:
    looks = _looks()
    assert styled(looks) is styled(looks)
    carlito = styled(looks, "Carlito")
    assert carlito is not styled(looks)
    assert carlito.styles["Normal"].font.name == "Carlito"


def test_every_role_but_the_lists_has_one_word_style() -> None:
    assert set(STYLE_OF_ROLE) == {
        role for sid, (_, role) in WORD_STYLES.items() if sid not in LISTS
    }
    assert STYLE_OF_ROLE["title"] == "Title" and STYLE_OF_ROLE["body"] == "Normal"
