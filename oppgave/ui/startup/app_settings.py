"""The user's own settings of the app (not of a workspace): recent files, language, workshop
mode, zoom and window layout, kept with :class:`QSettings` (the registry on Windows, an ini
file elsewhere)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "oppgave"
APPLICATION = "oppgave"
MAX_RECENT = 8
LANGUAGES = ("nb", "en")
ZOOM_STEPS = (70, 80, 90, 100, 110, 125, 150, 175, 200, 250)


class AppSettings:
    """Typed access to the app's :class:`QSettings`; tests pass their own ini-file settings."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings if settings is not None else QSettings(ORGANISATION, APPLICATION)

    @classmethod
    def in_file(cls, path: Path | str) -> AppSettings:
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    def sync(self) -> None:
        self._settings.sync()

    # --- recent files -------------------------------------------------------------------------

    def recent_files(self) -> list[str]:
        value = self._settings.value("recent_files", [])
        if isinstance(value, str):
            value = [value] if value else []
        return [str(v) for v in value or []]

    def add_recent_file(self, path: Path | str) -> None:
        text = str(Path(path).resolve())
        files = [text] + [f for f in self.recent_files() if f != text]
        self._settings.setValue("recent_files", files[:MAX_RECENT])
        self._settings.setValue("last_file", text)

    def remove_recent_file(self, path: Path | str) -> None:
        text = str(Path(path).resolve())
        self._settings.setValue("recent_files", [f for f in self.recent_files() if f != text])
        if self.last_file() == text:
            self._settings.setValue("last_file", "")

    def clear_recent_files(self) -> None:
        self._settings.setValue("recent_files", [])

    def last_file(self) -> str:
        return str(self._settings.value("last_file", "") or "")

    def set_last_file(self, path: str) -> None:
        self._settings.setValue("last_file", path)

    # --- language and appearance -------------------------------------------------------------

    def language(self) -> str:
        value = str(self._settings.value("language", "nb") or "nb")
        return value if value in LANGUAGES else "nb"

    def set_language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(language)
        self._settings.setValue("language", language)

    def workshop_mode(self) -> bool:
        return _as_bool(self._settings.value("workshop_mode", False))

    def set_workshop_mode(self, enabled: bool) -> None:
        self._settings.setValue("workshop_mode", bool(enabled))

    def zoom(self) -> int:
        try:
            value = int(self._settings.value("zoom", 100))
        except (TypeError, ValueError):
            return 100
        return min(max(value, ZOOM_STEPS[0]), ZOOM_STEPS[-1])

    def set_zoom(self, percent: int) -> None:
        self._settings.setValue("zoom", int(percent))

    # --- window layout ------------------------------------------------------------------------

    def window_geometry(self) -> QByteArray | None:
        value = self._settings.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_window_geometry(self, value: QByteArray) -> None:
        self._settings.setValue("window/geometry", value)

    def value(self, key: str, default: object = None) -> object:
        return self._settings.value(key, default)

    def set_value(self, key: str, value: object) -> None:
        self._settings.setValue(key, value)


def _as_bool(value: object) -> bool:
    if isinstance(value, str):
        return value.lower() in ("1", "true", "yes")
    return bool(value)


def next_zoom(current: int, step: int) -> int:
    """The next zoom step up (``step`` > 0) or down from ``current``."""
    if step > 0:
        return next((z for z in ZOOM_STEPS if z > current), ZOOM_STEPS[-1])
    return next((z for z in reversed(ZOOM_STEPS) if z < current), ZOOM_STEPS[0])
