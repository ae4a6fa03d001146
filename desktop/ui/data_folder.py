"""The user's data folder (drafts and settings): where it is, and whether it can be used.

A folder that cannot be created or written must not stop the app: it starts without
autosave and says so, and the user may choose another folder for this run.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from desktop.files import check_writable, private_dir

from .i18n import tr

_chosen: Path | None = None  # a folder the user chose this run, instead of the usual one


def data_dir() -> Path:
    """The data folder (not created here): one chosen this run, else OVCF_DATA_DIR, else the
    platform's application data folder."""
    if _chosen is not None:
        return _chosen
    override = os.environ.get("OVCF_DATA_DIR")
    location = QStandardPaths.StandardLocation.AppDataLocation
    return Path(override) if override else Path(QStandardPaths.writableLocation(location))


def drafts_dir() -> Path:
    return data_dir() / "drafts"


def use_data_dir(folder: Path | None) -> None:
    """From now on (this run), keep drafts and settings in `folder` (None: the usual folder)."""
    global _chosen
    _chosen = folder


def folder_problem(folder: Path) -> str:
    """Why `folder` (and its drafts folder) cannot hold the app's data, or "" if it can.

    Creates both folders if needed, owner-only (0700), tightens them if they were wider,
    and proves a file can be written in each."""
    try:
        for path in (folder, folder / "drafts"):
            private_dir(path)
            check_writable(path)
    except FileExistsError:
        return tr("it is a file, not a folder")
    except OSError as exc:
        return exc.strerror or str(exc)
    return ""
