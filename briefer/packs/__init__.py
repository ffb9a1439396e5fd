"""The user's own content packs: kept in the user's data folder beside the bundled ones, checked
before they are installed, shared as one ``.brieferpack`` file, and edited as a :class:`Draft`.

Qt-free. The parts:

- :mod:`.checks`  the rules a pack must meet beyond its format (texts present, short shorter than
  long, no invisible direction controls, every point fits a page on its own);
- :mod:`.bundle`  reading and writing a pack file (``.brieferpack`` zip, or plain YAML);
- :mod:`.store`   the installed packs: list, find by id, install, export, remove;
- :mod:`.draft`   an editable, possibly invalid pack and the problems of each of its fields.
"""

from __future__ import annotations

from briefer.packs.bundle import PACK_SUFFIX, is_pack_file, read_pack_file
from briefer.packs.store import (
    PackInfo,
    export_pack,
    find_installed,
    install_pack,
    list_packs,
    remove_pack,
    user_packs_dir,
)

__all__ = [
    "PACK_SUFFIX",
    "PackInfo",
    "export_pack",
    "find_installed",
    "install_pack",
    "is_pack_file",
    "list_packs",
    "read_pack_file",
    "remove_pack",
    "user_packs_dir",
]
