"""A pack as one file to share: ``NAME.brieferpack``, a zip holding ``pack.yaml``, its texts in
other languages (``pack.de.yaml``...: briefer.page.pack_languages) and, when the pack names one
(``logo: logo.png``), its logo; or a plain pack ``.yaml`` with its language files beside it.

Reading is careful with files from elsewhere: only ``pack.yaml`` and the logo the pack names are
read, each within a size limit, and nothing is unpacked to disk here. Writing is reproducible and
private: fixed timestamps, no comment, no user, host or path.
"""

from __future__ import annotations

import io
import lzma
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from briefer.packs.checks import check_pack
from briefer.page.content import Pack, parse_pack
from briefer.page.pack_languages import language_name, language_path, languages_beside
from briefer.page.words import PAGE_LANGUAGES
from briefer.support import references, yamlio
from briefer.support.errors import BrieferError

PACK_SUFFIX = ".brieferpack"
PACK_MEMBER = "pack.yaml"
MAX_PACK_BYTES = 2_000_000  # the same limit as any YAML file Briefer reads
MAX_LOGO_BYTES = 5_000_000
MAX_MEMBERS = 16
_STAMP = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class PackFile:
    """A pack read from a file and checked: its YAML text, the pack, and its logo if any."""

    pack: Pack
    text: str
    logo: tuple[str, bytes] | None = None  # (file name, bytes)
    where: str = ""  # the file, as messages name it
    languages: dict[str, str] = field(default_factory=dict)  # its texts in others: code -> YAML

    def line_of(self, *path: Any) -> int | None:
        """The line of a field in the pack's YAML (for messages about an installed file)."""
        try:
            return yamlio.line_of(yamlio.parse(self.text, self.where), path)
        except Exception:
            return None


def logo_name(pack: Pack) -> str | None:
    """The logo file a pack names (``logo:``, beside its pack.yaml), when the format has one."""
    name = getattr(pack, "logo", None)
    if not name:
        return None
    return PurePosixPath(str(name).replace("\\", "/")).name or None


def is_pack_file(path: Path) -> bool:
    """Whether a file (dropped on the window, given on the command line) is a content pack."""
    path = Path(path)
    if path.suffix.lower() == PACK_SUFFIX:
        return True
    if path.suffix.lower() not in (".yaml", ".yml") or not path.is_file():
        return False
    try:
        with path.open("r", encoding="utf-8-sig", errors="replace") as handle:
            head = handle.read(4096)
    except OSError:
        return False
    return any(line.startswith("briefer-pack:") for line in head.splitlines())


def parse_checked(text: str, file: str | Path, *, fit: bool = True) -> Pack:
    """Parse and check a pack's YAML: the format, then the rules (see :mod:`.checks`)."""
    pack = parse_pack(text, file)
    check_pack(pack, yamlio.parse(text, file), file, fit=fit)
    return pack


def checked_languages(pack: Pack, texts: dict[str, str], where: str | Path) -> dict[str, str]:
    """Each language file's text checked against the pack (BrieferError naming the file)."""
    for code, text in texts.items():
        shown = (
            language_path(Path(str(where)), code) if where else f"the {language_name(code)} text"
        )
        pack.translated(text, shown)
    return texts


def languages_of(path: Path) -> dict[str, str]:
    """The texts of the language files beside a pack's file, by code."""
    return {
        code: yamlio.read_text(file, max_bytes=MAX_PACK_BYTES)
        for code, file in languages_beside(path).items()
    }


def read_pack_file(path: Path, *, fit: bool = True) -> PackFile:
    """Read and check a ``.brieferpack`` or pack ``.yaml``; a BrieferError names file and line."""
    path = Path(path)
    if path.suffix.lower() != PACK_SUFFIX:
        text = yamlio.read_text(path, max_bytes=MAX_PACK_BYTES)
        pack = parse_checked(text, path, fit=fit)
        logo = _logo_beside(path, pack)
        languages = checked_languages(pack, languages_of(path), path)
        return PackFile(pack, text, logo, str(path), languages)
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise BrieferError("file not found", file=path) from None
    except IsADirectoryError:
        raise BrieferError("is a folder, not a file", file=path) from None
    except zipfile.BadZipFile:
        raise BrieferError("not a Briefer pack file (it is not a zip archive)", file=path) from None
    except OSError as exc:
        raise BrieferError(f"cannot read: {exc.strerror or exc}", file=path) from None
    with archive:
        members = archive.infolist()
        if len(members) > MAX_MEMBERS:
            raise BrieferError("not a Briefer pack file (too many files inside)", file=path)
        where = f"{path} ({PACK_MEMBER})"
        raw = _member(archive, PACK_MEMBER, MAX_PACK_BYTES, path)
        if raw is None:
            raise BrieferError(f"not a Briefer pack file (no {PACK_MEMBER} inside)", file=path)
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise BrieferError(f"not UTF-8 text (byte {exc.start})", file=where) from None
        pack = parse_checked(text, where, fit=fit)
        logo = None
        if name := logo_name(pack):
            data = _member(archive, name, MAX_LOGO_BYTES, path)
            if data is None:
                raise BrieferError(f"the logo '{name}' the pack names is not inside", file=path)
            logo = (name, data)
        languages = {}
        for code in PAGE_LANGUAGES:
            member = language_path(Path(PACK_MEMBER), code).name
            raw = _member(archive, member, MAX_PACK_BYTES, path)
            if raw is not None:
                try:
                    languages[code] = raw.decode("utf-8-sig")
                except UnicodeDecodeError as exc:
                    shown = f"{path} ({member})"
                    raise BrieferError(f"not UTF-8 text (byte {exc.start})", file=shown) from None
                pack.translated(languages[code], f"{path} ({member})")
    return PackFile(pack, text, logo, where, languages)


def _member(archive: zipfile.ZipFile, name: str, limit: int, path: Path) -> bytes | None:
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > limit:
        raise BrieferError(f"{name} is too large (over {limit // 1000} kB)", file=path)
    try:
        with archive.open(info) as handle:
            data = handle.read(limit + 1)
    except (
        zipfile.BadZipFile,
        OSError,
        RuntimeError,
        NotImplementedError,
        EOFError,
        zlib.error,
        lzma.LZMAError,
    ) as exc:  # a damaged member, however it is packed
        why = "it is damaged" if isinstance(exc, zlib.error | lzma.LZMAError | EOFError) else exc
        raise BrieferError(f"cannot read {name} inside: {why}", file=path) from None
    if len(data) > limit:
        raise BrieferError(f"{name} is too large (over {limit // 1000} kB)", file=path)
    return data


def _logo_beside(path: Path, pack: Pack) -> tuple[str, bytes] | None:
    name = logo_name(pack)
    if not name:
        return None
    logo = path.parent / name
    try:
        references.check_kind(logo, "logo")  # a pipe in the pack's folder would block the import
    except BrieferError as exc:
        raise BrieferError(exc.message, file=logo) from None
    try:
        if logo.stat().st_size > MAX_LOGO_BYTES:
            raise BrieferError(f"too large (over {MAX_LOGO_BYTES // 1000} kB)", file=logo)
        return name, logo.read_bytes()
    except FileNotFoundError:
        raise BrieferError("the logo the pack names is missing", file=logo) from None
    except OSError as exc:
        raise BrieferError(f"cannot read: {exc.strerror or exc}", file=logo) from None


def pack_bytes(
    text: str, logo: tuple[str, bytes] | None = None, languages: dict[str, str] | None = None
) -> bytes:
    """The ``.brieferpack`` for a pack's YAML text (its logo, its language files' texts): the
    same input, the same bytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        entries: list[tuple[str, Any]] = [(PACK_MEMBER, text.encode("utf-8"))]
        for code, other in sorted((languages or {}).items()):
            entries.append((language_path(Path(PACK_MEMBER), code).name, other.encode("utf-8")))
        if logo is not None:
            entries.append(logo)
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=_STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3  # Unix; without it, zipfile records the system it runs on
            archive.writestr(info, data)
    return buffer.getvalue()
