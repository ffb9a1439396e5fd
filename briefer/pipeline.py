"""The whole flow in one place: brief file -> pack, template -> plan -> bytes -> file.

The CLI, the GUI and the batch all call these; nothing else composes, fits or renders.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from briefer.legislators.enrich import Enriched, enrich, stored_directory
from briefer.legislators.store import Directory
from briefer.page.advice import offer_bold, offer_bold_instead
from briefer.page.audience import mismatch
from briefer.page.brief import Brief, load_brief
from briefer.page.compose import compose
from briefer.page.content import Pack, load_pack
from briefer.page.fit import fit
from briefer.page.label_room import check_named_template, check_pack_labels
from briefer.page.pack_languages import language_path
from briefer.page.templates import Template, load_template
from briefer.plan import Plan
from briefer.support import references
from briefer.support.errors import BrieferError, FitError
from briefer.support.fileio import check_writable_folder, write_atomic
from briefer.support.formats import FORMATS


def _renderer(fmt: str) -> Callable[[Plan], bytes]:
    if fmt == "pdf":
        from briefer.render.pdf import render_pdf

        return render_pdf
    if fmt == "docx":
        from briefer.render.docx import render_docx

        return render_docx
    if fmt in ("txt", "md"):
        from briefer.render.text import render_markdown, render_text

        return render_text if fmt == "txt" else render_markdown
    raise BrieferError(f"unknown format '{fmt}' (one of: {', '.join(FORMATS)})", field="format")


def format_for(path: Path, forced: str | None = None) -> str:
    """The output format: forced, or from the file's suffix."""
    fmt = (forced or path.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise BrieferError(
            f"cannot tell the format from '{path.suffix or 'no suffix'}': "
            f"use .pdf, .docx, .txt or .md, or --format",
            file=path,
        )
    return fmt


# What a file Briefer wrote begins with, by format: a rebuild replaces its own earlier page, and
# nothing else (a brief, a pack, a document of the user's) is ever replaced by a page.
_OWN_KIND = {"pdf": "a PDF document", "docx": "a Word document"}


def check_replaceable(out: Path, fmt: str, source: Path) -> None:
    """Raise a BrieferError when writing ``out`` would replace the brief it is made from, or an
    existing file that is not a page of this format (a rebuild replaces its earlier page)."""
    if not out.exists():
        return
    if source.exists() and out.resolve() == source.resolve():
        raise BrieferError("this is the brief itself: choose another file for the page", file=out)
    from briefer.support.filekind import file_kind

    kind = file_kind(out)
    wanted = _OWN_KIND.get(fmt)
    if wanted is not None and kind != wanted:
        what = kind or "a text file"
        raise BrieferError(
            f"exists and is {what}, not a {fmt.upper()} page: not replaced (remove it, or "
            "choose another name)",
            file=out,
        )
    if wanted is None and (kind is not None or _is_briefer_yaml(out)):
        raise BrieferError(
            f"exists and is {kind or 'a Briefer file'}, not a page: not replaced (remove it, or "
            "choose another name)",
            file=out,
        )


def _is_briefer_yaml(path: Path) -> bool:
    """Whether a text file is a brief, a pack or a template (their first key says so)."""
    try:
        with open(path, encoding="utf-8", errors="replace") as file:
            head = file.read(4096)
    except OSError:
        return False
    return any(
        line.startswith(("briefer:", "briefer-pack:", "briefer-template:"))
        for line in head.splitlines()
    )


def find_pack(name: str, relative_to: Path | None = None) -> Path:
    """A pack named in a brief: an installed pack's id (bundled, or the user's own: see
    briefer.packs), or a path (relative to the brief's folder)."""
    if "/" not in name and "\\" not in name and not name.endswith((".yaml", ".yml")):
        from briefer.packs.store import find_installed

        found = find_installed(name)
        if found is not None:
            return found
        raise BrieferError(
            f"this brief uses the content pack '{name}', which is not installed on this "
            "computer. Ask whoever sent you the brief for its pack file (.brieferpack) and open "
            "it with Briefer, or run: briefer pack import FILE",
            field="pack",
        )
    return references.resolve(name, relative_to, "pack")


def pack_for(brief: Brief) -> Pack:
    """The brief's pack, as written (its texts in the brief's language are taken where a page
    is composed: page.points.pack_in_language, so a brief opens whatever its language)."""
    base = Path(brief.file).parent if brief.file else None
    try:
        with references.allowing_outside(brief.allows_outside("pack", brief.pack)):
            return load_pack(find_pack(brief.pack, base)) if brief.pack else load_pack()
    except BrieferError as exc:
        raise _named_by(exc, brief, "pack") from None


def template_for(brief: Brief, override: str | None = None) -> Template:
    """The brief's template; a file named in the brief is found from the brief's folder, as its
    pack is (an override from the command line is relative to where it is run)."""
    base = Path(brief.file).parent if brief.file and not override else None
    allowed = not override and brief.allows_outside("template", brief.template)
    try:
        with references.allowing_outside(allowed):
            template = load_template(override or brief.template, base)
            check_named_template(override or brief.template, base, template)
            return template
    except BrieferError as exc:
        if override:
            raise
        raise _named_by(exc, brief, "template") from None


def _named_by(exc: BrieferError, brief: Brief, field: str) -> BrieferError:
    """An error in a file the brief names, placed at the brief's line that names it; an error
    inside that file also says which line of the brief brought it in."""
    if exc.file is None:
        exc.file, exc.line = brief.file, brief.line_of(field)
    elif brief.file and exc.file != brief.file:
        line = brief.line_of(field)
        exc.message += f" (the {field} named at {brief.file}{f':{line}' if line else ''})"
        exc.args = (exc.message,)
    return exc


AUTO = "auto"


def prepare(brief: Brief, pack: Pack, directory: Directory | str | None = AUTO) -> Enriched:
    """The brief as it will be built: meeting filled from the directory, points suggested."""
    if directory == AUTO:
        directory = stored_directory() if brief.meeting.legislator else None
    return enrich(brief, pack, directory)  # type: ignore[arg-type]


def credit_for(enriched: Enriched) -> str:
    """The credit the member's data asks for on the page ('' for CC0 and public-domain data)."""
    from briefer.legislators.importing import credit_of

    return credit_of(enriched.member)


def check_letters(brief: Brief, family: str) -> None:
    """Refuse a page language whose letters the template's font cannot draw (they would print as
    boxes), in one line naming the brief's language field."""
    from briefer.layout.coverage import describe, undrawable
    from briefer.page.words import LANGUAGE_NAMES, LETTERS

    missing = undrawable(LETTERS.get(brief.language, ""), family)
    if missing:
        raise brief.error(
            f"the template's font '{family}' cannot draw {describe(missing)}, which "
            f"{LANGUAGE_NAMES[brief.language]} needs: choose a template with another font",
            "language",
        )


def make_plan(
    brief: Brief,
    *,
    pack: Pack | None = None,
    template: Template | str | None = None,
    paper: str | None = None,
    directory: Directory | str | None = AUTO,
    other_bodies: bool = False,
) -> Plan:
    """Compose and fit: the sized one-page plan for a brief (FitError if it cannot fit).

    ``directory`` is the legislator directory to fill the meeting from: by default the one the
    user imported, if any; ``None`` builds the brief exactly as written. ``other_bodies`` adds a
    warning for each point whose default words name another body for the page's audience (the
    command line's; the app's fit indicator says it in its own words).
    """
    pack = pack or pack_for(brief)
    if not isinstance(template, Template):
        template = template_for(brief, template)
    shown = pack.in_language(brief.language)  # the labels the page prints: its language's
    if brief.pack and shown is not None and shown.labels:
        base = Path(brief.file).parent if brief.file else None
        try:  # the pack's labels in this template's columns
            with references.allowing_outside(brief.allows_outside("pack", brief.pack)):
                try:
                    named: Path | str = find_pack(brief.pack, base)
                    if shown.language != shown.own_language:  # from its language file
                        named = language_path(named, shown.language)
                except BrieferError:  # a pack given as it is (the editor's draft): its id
                    named = brief.pack
                check_pack_labels(shown.labels, template, named)
        except BrieferError as exc:
            raise _named_by(exc, brief, "pack") from None
    enriched = prepare(brief, pack, directory)
    check_letters(enriched.brief, template.font)
    draft = compose(pack, enriched.brief, template, paper=paper, credit=credit_for(enriched))
    try:
        plan = offer_bold(fit(draft), template)  # a note offers the bold template below 10 pt
    except FitError as exc:
        raise offer_bold_instead(exc, template) from None
    wrong_body = mismatch(enriched.brief)  # an audience that is not the member's
    warnings = (*enriched.warnings, *((wrong_body,) if wrong_body else ()))
    if other_bodies:
        warnings += tuple(_other_bodies(enriched.brief, pack, plan))
    if warnings:
        plan = replace(plan, warnings=(*warnings, *plan.warnings))
    return plan


def _other_bodies(brief: Brief, pack: Pack, plan: Plan) -> list[str]:
    from briefer.page.audience import audience_for
    from briefer.page.audience_words import other_body_warnings

    audience = audience_for(brief, plan.page.name).id
    return other_body_warnings(pack, list(plan.variants), audience, brief.edits)


def render(plan: Plan, fmt: str) -> bytes:
    """The plan drawn in ``fmt``; a logo the renderer cannot draw is bad input, naming it."""
    from briefer.page.images import ImageProblem

    try:
        return _renderer(fmt)(plan)
    except ImageProblem as exc:
        raise BrieferError(str(exc), field="sender.logo") from None


@dataclass(frozen=True)
class Built:
    path: Path
    format: str
    plan: Plan
    brief: Brief  # as read from its file
    data: bytes  # what was written


def build_file(
    brief_path: Path,
    out: Path,
    *,
    fmt: str | None = None,
    template: str | None = None,
    paper: str | None = None,
) -> Built:
    """Build one file. The output is checked first and replaced only once the new one is whole."""
    out = Path(out)
    fmt = format_for(out, fmt)
    check_writable_folder(out)
    brief = load_brief(Path(brief_path))
    try:
        plan = make_plan(brief, template=template, paper=paper, other_bodies=True)
    except FitError as exc:
        exc.file = exc.file or str(brief_path)  # which brief does not fit, on a command line
        raise
    try:
        data = render(plan, fmt)
    except BrieferError as exc:  # a logo the renderer could not draw: the brief's line for it
        if exc.file is None:
            exc.file, exc.line = brief.file, brief.line_of("sender", "logo")
        raise
    check_replaceable(out, fmt, Path(brief_path))  # the brief's own problems are said first
    write_atomic(out, data)
    return Built(out, fmt, plan, brief, data)
