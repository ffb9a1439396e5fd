"""Where the bundled content packs and templates live.

In a source checkout they are the repository's top-level ``assets/`` and ``templates/``; in an
installed wheel they are packaged as ``briefer/_data/``. This is the one place that knows.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent  # briefer/, this file being in briefer/support/


@cache
def data_root() -> Path:
    """The folder that holds ``assets/`` and ``templates/``."""
    packaged = _PACKAGE / "_data"
    if (packaged / "templates").is_dir():
        return packaged
    return _PACKAGE.parent


def assets_dir() -> Path:
    return data_root() / "assets"


def templates_dir() -> Path:
    return data_root() / "templates"


def docs_dir() -> Path:
    """The user guide and the reference pages (``docs/``), shipped beside the templates."""
    return data_root() / "docs"


def translations_dir() -> Path:
    """The app's translations: ``briefer_<language>.ts`` (the sources) and ``.qm`` (compiled)."""
    return data_root() / "translations"


def guide_path() -> Path:
    return docs_dir() / "guide.md"


def content_dir() -> Path:
    return assets_dir() / "content"


def default_pack_path() -> Path:
    return content_dir() / "belarus-sanctions.yaml"


def user_data_dir() -> Path:
    """The user's data folder for Briefer (``BRIEFER_DATA_DIR`` overrides it, as tests do)."""
    override = os.environ.get("BRIEFER_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_path

    return user_data_path("Briefer", appauthor=False)


def suggestions_path() -> Path:
    return assets_dir() / "suggestions.yaml"
