"""The page a pack being edited makes: the open brief's meeting and points, with the pack's own
texts. The same core calls as the main preview (plan, then PDF)."""

from __future__ import annotations

from briefer.editing.build import Outcome, build_outcome
from briefer.page.brief import Brief
from briefer.page.content import Pack, parse_pack
from briefer.page.pack_languages import language_name
from briefer.pipeline import make_plan
from briefer.plan import Plan


def preview_brief(brief: Brief, pack: Pack, point: str | None) -> Brief:
    """``brief`` with this pack: its points that the pack has (and ``point``, the one being
    edited), without per-meeting edits, so the page shows the pack's own texts."""
    chosen = [b for b in (brief.blocks or pack.defaults) if pack.has(b)]
    if point and pack.has(point) and point not in chosen:
        chosen.append(point)
    if not chosen:
        chosen = [pack.blocks[0].id]
    return brief.model_copy(update={"pack": pack.id, "blocks": chosen, "edits": {}})


def build_pack_preview(
    brief: Brief, text: str, point: str | None, languages: dict[str, str] | None = None
) -> Outcome:
    """Plan and render the page for a pack's YAML text (with its language files' texts, by
    code: the page is in the brief's language); never raises."""

    def plan_of() -> tuple[Brief, Plan]:
        pack = parse_pack(text, "the pack")
        if brief.language in (languages or {}):
            named = f"the pack's {language_name(brief.language)} text"
            pack = pack.translated(languages[brief.language], named)  # type: ignore[index]
        shown = preview_brief(brief, pack, point)
        return shown, make_plan(shown, pack=pack)

    return build_outcome(brief, plan_of)
