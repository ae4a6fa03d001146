"""Crash-safe autosave: every answer change is written to a draft in the user's data folder.

Each running app claims a draft slot with a QLockFile; a lock left by a crashed or killed
process is stale (its process is gone) and is taken over, and that slot's draft is then
offered for restore at the next start. A clean exit removes the draft.
"""

from __future__ import annotations

import json
import os
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLockFile, QStandardPaths

from desktop.files import write_atomic

DRAFT_FORMAT = "ovcf-draft/1"
SLOTS = 8


def data_dir() -> Path:
    """The user's application data folder (OVCF_DATA_DIR overrides it, e.g. for tests)."""
    override = os.environ.get("OVCF_DATA_DIR")
    location = QStandardPaths.StandardLocation.AppDataLocation
    base = Path(override) if override else Path(QStandardPaths.writableLocation(location))
    base.mkdir(parents=True, exist_ok=True)
    return base


def plain_value(value: Any) -> Any:
    """A value as JSON holds it (dates as YYYY-MM-DD)."""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


class DraftStore:
    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory or data_dir() / "drafts"
        self.directory.mkdir(parents=True, exist_ok=True)
        self.lock: QLockFile | None = None
        self.slot = 0
        for slot in range(1, SLOTS + 1):
            lock = QLockFile(str(self.directory / f"draft-{slot}.lock"))
            lock.setStaleLockTime(0)  # only a dead owner makes a lock stale, never its age
            if lock.tryLock(0):
                self.lock, self.slot = lock, slot
                break

    @property
    def path(self) -> Path | None:
        return self.directory / f"draft-{self.slot}.json" if self.slot else None

    def leftover(self) -> dict[str, Any] | None:
        """The draft a crashed session left in this slot, if any (None if unreadable)."""
        if self.path is None or not self.path.exists():
            return None
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return data if isinstance(data, dict) and data.get("format") == DRAFT_FORMAT else None

    def write(self, state: dict[str, Any]) -> None:
        if self.path is None:
            return
        payload = {"format": DRAFT_FORMAT, "saved": datetime.now().isoformat(timespec="seconds"), **state}
        write_atomic(self.path, json.dumps(payload, default=plain_value, ensure_ascii=False).encode("utf-8"))

    def clear(self) -> None:
        if self.path is not None and self.path.exists():
            self.path.unlink()

    def release(self) -> None:
        if self.lock is not None:
            self.lock.unlock()
            self.lock = None
