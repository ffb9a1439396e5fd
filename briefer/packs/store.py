"""The installed packs: the bundled ones (read-only) and the user's own, each in its folder
``user_data_dir()/packs/ID/pack.yaml`` (with its logo beside it, when it has one).

A brief's ``pack: ID`` finds either kind by id; a user pack may not take a bundled pack's id, so
the bundled pack is never shadowed nor changed. Installing checks the whole pack first and writes
atomically: a bad file installs nothing and an existing pack is replaced only when asked.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from briefer.packs.bundle import (
    PACK_MEMBER,
    PACK_SUFFIX,
    PackFile,
    _logo_beside,
    checked_languages,
    languages_of,
    logo_name,
    pack_bytes,
    parse_checked,
    read_pack_file,
)
from briefer.page.content import load_pack
from briefer.page.pack_languages import language_path, languages_beside
from briefer.support import yamlio
from briefer.support.errors import BrieferError
from briefer.support.fileio import write_atomic
from briefer.support.resources import content_dir, user_data_dir

Where = Literal["bundled", "yours"]


@dataclass(frozen=True)
class PackInfo:
    """One installed pack, as the list shows it (``problem``: why it cannot be read)."""

    id: str
    title: str
    points: int
    source: str
    where: Where
    path: Path
    problem: str = ""


def user_packs_dir() -> Path:
    return user_data_dir() / "packs"


def bundled_path(pack_id: str) -> Path | None:
    if "." in pack_id:  # NAME.<lang>.yaml holds a pack's texts in another language, not a pack
        return None
    path = content_dir() / f"{pack_id}.yaml"
    return path if path.is_file() else None


def _bundled_files() -> list[Path]:
    """The bundled packs' files: ``ID.yaml``; ``ID.de.yaml`` and the like are a pack's texts in
    another language (a pack id has no dot)."""
    return [p for p in sorted(content_dir().glob("*.yaml")) if "." not in p.stem]


def user_path(pack_id: str) -> Path:
    return user_packs_dir() / pack_id / PACK_MEMBER


def find_installed(pack_id: str) -> Path | None:
    """The file of the installed pack with this id (bundled first), or None."""
    if "/" in pack_id or "\\" in pack_id or pack_id in ("", ".", ".."):
        return None
    bundled = bundled_path(pack_id)
    if bundled is not None:
        return bundled
    path = user_path(pack_id)
    return path if path.is_file() else None


def _info(path: Path, where: Where, fallback_id: str) -> PackInfo:
    try:
        pack = load_pack(path)
    except BrieferError as exc:
        return PackInfo(fallback_id, "", 0, "", where, path, problem=str(exc))
    return PackInfo(pack.id, pack.title, len(pack.blocks), pack.source.publisher, where, path)


def list_packs() -> list[PackInfo]:
    """Every installed pack: the bundled ones, then the user's, each sorted by id."""
    bundled = [_info(p, "bundled", p.stem) for p in _bundled_files()]
    folder = user_packs_dir()
    mine = [_info(p, "yours", p.parent.name) for p in sorted(folder.glob(f"*/{PACK_MEMBER}"))]
    return bundled + mine


def is_user_pack(pack_id: str | None) -> bool:
    if not pack_id:
        return False
    return bundled_path(pack_id) is None and user_path(pack_id).is_file()


def free_id(base: str) -> str:
    """An id no installed pack has: ``base``, else ``base-2``, ``base-3``..."""
    candidate, number = base[:60], 2
    while find_installed(candidate) is not None:
        candidate, number = f"{base[:56]}-{number}", number + 1
    return candidate


def install_file(source: PackFile, *, replace: bool = False, file: str | Path = "") -> PackInfo:
    """Install a pack already read and checked; BrieferError if its id is taken."""
    pack = source.pack
    where = source.where or file or None
    line = source.line_of("id") if where else None
    if bundled_path(pack.id) is not None:
        raise BrieferError(
            f"'{pack.id}' is the id of a pack that comes with Briefer; give yours its own id",
            file=where,
            line=line,
            field="id",
        )
    target = user_path(pack.id)
    if target.exists() and not replace:
        raise BrieferError(
            f"a pack with the id '{pack.id}' is already installed; use --replace to replace it",
            file=where,
            line=line,
            field="id",
        )
    folder = target.parent
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        message = f"cannot create the folder: {exc.strerror or exc}"
        raise BrieferError(message, file=folder) from None
    old_logo = _old_logo(target)
    if source.logo is not None:
        write_atomic(folder / source.logo[0], source.logo[1])
    for code, path in languages_beside(target).items():  # the old pack's, gone when not given
        if code not in source.languages:
            path.unlink(missing_ok=True)
    for code, text in source.languages.items():
        write_atomic(language_path(target, code), text.encode("utf-8"))
    write_atomic(target, source.text.encode("utf-8"))
    new_logo = source.logo[0] if source.logo else None
    if old_logo and old_logo != new_logo and old_logo != PACK_MEMBER:
        (folder / old_logo).unlink(missing_ok=True)
    return PackInfo(pack.id, pack.title, len(pack.blocks), pack.source.publisher, "yours", target)


def _old_logo(target: Path) -> str | None:
    if not target.is_file():
        return None
    try:
        return logo_name(load_pack(target))
    except BrieferError:
        return None


def install_pack(path: Path, *, replace: bool = False) -> PackInfo:
    """``briefer pack import``: check the file, then install it (nothing is written if bad)."""
    return install_file(read_pack_file(Path(path)), replace=replace, file=path)


def save_user_pack(
    text: str,
    *,
    replace: bool,
    logo: tuple[str, bytes] | None = None,
    languages: dict[str, str] | None = None,
) -> PackInfo:
    """Install a pack from its YAML text and its language files' texts (the editor's Save):
    checked, then written atomically."""
    pack = parse_checked(text, "the pack")
    texts = checked_languages(pack, dict(languages or {}), "")
    return install_file(PackFile(pack, text, logo, languages=texts), replace=replace)


def installed_file(pack_id: str) -> PackFile:
    """The installed pack with this id, as a file to share or to edit."""
    path = find_installed(pack_id)
    if path is None:
        raise BrieferError(f"no pack with the id '{pack_id}' is installed (see: briefer packs)")
    text = yamlio.read_text(path)
    pack = load_pack(path)
    return PackFile(pack, text, _logo_beside(path, pack), languages=languages_of(path))


def export_pack(pack_id: str, out: Path, *, replace: bool = False) -> Path:
    """Write an installed pack to share: ``.brieferpack`` (with its logo), or plain ``.yaml``.
    An existing file is replaced only with ``replace`` (the app asks; the command line says
    ``--force``)."""
    out = Path(out)
    suffix = out.suffix.lower()
    if not suffix:
        out = out.with_name(out.name + PACK_SUFFIX)
    elif suffix not in (PACK_SUFFIX, ".yaml", ".yml"):
        raise BrieferError(f"use a name ending in {PACK_SUFFIX} (or .yaml)", file=out)
    if (out.exists() or out.is_symlink()) and not replace:
        raise BrieferError("already exists; use --force to replace it", file=out)
    source = installed_file(pack_id)
    if out.suffix.lower() != PACK_SUFFIX and not replace:
        for code in source.languages:
            if language_path(out, code).exists():
                raise BrieferError(
                    "already exists; use --force to replace it", file=language_path(out, code)
                )
    if out.suffix.lower() == PACK_SUFFIX:
        data = pack_bytes(source.text, source.logo, source.languages)
    elif source.logo is not None:
        raise BrieferError(
            f"this pack has a logo, which a .yaml file cannot carry: use {PACK_SUFFIX}", file=out
        )
    else:
        data = source.text.encode("utf-8")
        for code, text in source.languages.items():  # NAME.de.yaml beside NAME.yaml
            write_atomic(language_path(out, code), text.encode("utf-8"))
    write_atomic(out, data)
    return out


def remove_pack(pack_id: str) -> Path:
    """Remove one of the user's packs (a bundled pack cannot be removed)."""
    if bundled_path(pack_id) is not None:
        raise BrieferError(f"'{pack_id}' comes with Briefer and cannot be removed")
    target = user_path(pack_id)
    if find_installed(pack_id) is None:
        raise BrieferError(f"no pack with the id '{pack_id}' is installed (see: briefer packs)")
    shutil.rmtree(target.parent)
    return target.parent
