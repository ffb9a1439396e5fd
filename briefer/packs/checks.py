"""A pack's points each able to fit a page on their own: the one rule that needs pages built, on
top of the rules of :mod:`briefer.page.pack_rules` that every pack read already meets."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from briefer.page.content import Pack
from briefer.page.pack_rules import check_rules
from briefer.support import yamlio
from briefer.support.errors import BrieferError, FitError


def unfit_points(pack: Pack) -> list[str]:
    """The points that cannot fit one page even alone (classic template, Letter and A4)."""
    from briefer.page.brief import Brief
    from briefer.page.compose import compose
    from briefer.page.fit import fit
    from briefer.page.templates import load_template

    template = load_template("classic")
    bad = []
    for block in pack.blocks:
        for paper in ("letter", "a4"):
            try:
                fit(compose(pack, Brief(blocks=[block.id]), template, paper=paper))
            except FitError:
                bad.append(block.id)
                break
    return bad


def check_pack(pack: Pack, data: Any, file: str | Path, *, fit: bool = True) -> None:
    """Raise a BrieferError for the first problem of a pack read from ``file``: its rules, then
    (with ``fit``) a point that cannot fit one page alone."""
    check_rules(pack.model_dump(by_alias=True), data, file)
    if fit:
        for block_id in unfit_points(pack):
            index = next(i for i, b in enumerate(pack.blocks) if b.id == block_id)
            raise BrieferError(
                f"the point '{block_id}' cannot fit on one page even alone; shorten its texts",
                file=file,
                line=yamlio.line_of(data, ["blocks", index, "id"]),
                field=f"blocks.{index}",
            )
