"""The user's settings, remembered across runs: language, site profile, theme, text size, paper.

Stored as an ini file (`settings.ini`, owner-only: 0600) in the user's data folder
(OVCF_DATA_DIR overrides it). A value that is unreadable or no longer valid falls back to its
default, never stops the app from starting; a file that could not be written is an error
(OSError), which the app shows until a later write succeeds.
"""

from __future__ import annotations

import errno
import os
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSettings

from desktop.engine.pack.catalog import LANGUAGE_CODES
from desktop.engine.record import record
from desktop.files import PRIVATE_FILE, make_private, private_dir

from .data_folder import data_dir
from .theme import TEXT_SCALES, THEMES

PAPER_NAMES = {"a4": "A4", "letter": "Letter"}  # each name is also Qt's QPageSize.PageSizeId (printing.py)
PAPERS = tuple(PAPER_NAMES)


@record
class Settings:
    language: str = "en"
    profile: str = ""  # a profile id of the rule pack, or a profile file's path; "" = the pack's default
    theme: str = "normal"
    text_scale: float = 1.0
    paper: str = "a4"
    last_folder: str = ""  # where the last file was saved, opened or exported (desktop/ui/file_places.py)

    def but(self, **changes: object) -> Settings:
        return replace(self, **changes)  # type: ignore[arg-type]


def settings_path() -> Path:
    return data_dir() / "settings.ini"


def _store() -> QSettings:
    return QSettings(str(settings_path()), QSettings.Format.IniFormat)


def load_settings() -> Settings:
    store = _store()
    default = Settings()

    def text(key: str, allowed: tuple[str, ...] | None, fallback: str) -> str:
        value = store.value(key, fallback)
        if not isinstance(value, str) or (allowed is not None and value not in allowed):
            return fallback
        return value

    try:
        scale = float(str(store.value("text_scale", default.text_scale)))
    except ValueError:
        scale = default.text_scale
    return Settings(
        language=text("language", LANGUAGE_CODES, default.language),
        profile=text("profile", None, default.profile),
        theme=text("theme", tuple(THEMES), default.theme),
        text_scale=scale if min(TEXT_SCALES) <= scale <= max(TEXT_SCALES) else default.text_scale,
        paper=text("paper", PAPERS, default.paper),
        last_folder=text("last_folder", None, default.last_folder),
    )


def save_settings(settings: Settings) -> None:
    """Write every setting to settings.ini, owner-only. OSError (with a reason) if it was not
    written: QSettings itself only records that in its status."""
    path = settings_path()
    private_dir(path.parent)
    # created owner-only before QSettings writes it: it keeps the mode of a file it replaces
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE))
    store = _store()
    for key, value in settings.__dict__.items():
        store.setValue(key, value)
    store.sync()
    if store.status() != QSettings.Status.NoError:
        raise OSError(errno.EIO, "settings.ini could not be written", str(path))
    make_private(path)
