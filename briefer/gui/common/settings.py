"""Settings, declared once with their types and defaults (a small typed wrapper over QSettings).

Nothing else in the app creates a QSettings. Tests point QSettings at a temporary folder with
``QSettings.setPath`` and ``QSettings.setDefaultFormat(IniFormat)``.
"""

from __future__ import annotations

import json
from typing import Any, Generic, TypeVar, overload

from PySide6.QtCore import QByteArray, QSettings

from briefer.page.brief import Sender

ORGANIZATION = "Briefer"
APPLICATION = "Briefer"
MAX_RECENT = 8

T = TypeVar("T")


class Option(Generic[T]):
    """One stored value: a key, a default and how to read it back as the right type."""

    def __init__(self, key: str, default: T) -> None:
        self.key = key
        self.default = default

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, settings: None, owner: type) -> Option[T]: ...
    @overload
    def __get__(self, settings: Settings, owner: type) -> T: ...
    def __get__(self, settings: Settings | None, owner: type) -> Option[T] | T:
        if settings is None:
            return self
        raw = settings.store.value(self.key)
        if raw is None:
            return self.default
        try:
            return self.decode(raw)
        except (TypeError, ValueError):
            return self.default

    def __set__(self, settings: Settings, value: T) -> None:
        settings.store.setValue(self.key, self.encode(value))

    def decode(self, raw: Any) -> T:
        return raw

    def encode(self, value: T) -> Any:
        return value


class TextOption(Option[str]):
    def decode(self, raw: Any) -> str:
        return str(raw)


class BoolOption(Option[bool]):
    def decode(self, raw: Any) -> bool:
        if isinstance(raw, str):  # INI files give text back
            if raw.lower() not in ("true", "false"):
                raise ValueError(raw)
            return raw.lower() == "true"
        return bool(raw)


class BytesOption(Option[bytes]):
    def decode(self, raw: Any) -> bytes:
        return bytes(raw.data()) if isinstance(raw, QByteArray) else bytes(raw)

    def encode(self, value: bytes) -> Any:
        return QByteArray(value)


class TextListOption(Option[list[str]]):
    """Stored as JSON: QSettings' own list handling differs between formats and platforms."""

    def decode(self, raw: Any) -> list[str]:
        value = json.loads(str(raw))
        if not isinstance(value, list):
            raise ValueError("not a list")
        return [str(item) for item in value]

    def encode(self, value: list[str]) -> Any:
        return json.dumps(list(value), ensure_ascii=False)


class SenderOption(Option[Sender]):
    def decode(self, raw: Any) -> Sender:  # a damaged profile raises ValueError: default
        data = json.loads(str(raw))
        if not isinstance(data, dict):
            raise ValueError("not a mapping")
        return Sender.model_validate(data)

    def encode(self, value: Sender) -> Any:
        return json.dumps(value.model_dump(), ensure_ascii=False)


class Settings:
    """The app's settings. Read and write them as attributes: ``settings.recent_files``."""

    sender = SenderOption("profile/sender", Sender())
    home_zip = TextOption("profile/zip", "")  # the advocate's own ZIP: "Your members"
    recent_files = TextListOption("files/recent", [])
    last_folder = TextOption("files/last_folder", "")
    export_folder = TextOption("files/export_folder", "")
    legislators_folder = TextOption("legislators/folder", "")
    lobby_csv = TextOption("lobby/csv", "")
    lobby_output = TextOption("lobby/output", "")
    lobby_formats = TextListOption("lobby/formats", ["pdf"])
    lobby_suggested = BoolOption("lobby/suggested_points", True)
    suggestions_open = BoolOption("window/suggestions_open", True)
    log_exports = BoolOption("meetings/log_exports", True)  # record pages in the meeting log
    language = TextOption("ui/language", "")  # the app's language; empty: the system's
    geometry = BytesOption("window/geometry", b"")
    splitter = BytesOption("window/splitter", b"")
    points_splitter = BytesOption("window/points_splitter", b"")

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store or QSettings(
            QSettings.defaultFormat(), QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
        )
        self.tighten()  # one left readable by others by an earlier version

    def add_recent(self, path: str) -> None:
        files = [path, *(item for item in self.recent_files if item != path)]
        self.recent_files = files[:MAX_RECENT]

    def remove_recent(self, path: str) -> None:
        self.recent_files = [item for item in self.recent_files if item != path]

    def sync(self) -> None:
        self.store.sync()
        self.tighten()

    def tighten(self) -> None:
        """The settings hold the sender's name, email and home ZIP: 0600 in a 0700 folder."""
        from pathlib import Path

        from briefer.support.fileio import make_private

        name = self.store.fileName()
        if name and Path(name).is_file():
            make_private(Path(name))
