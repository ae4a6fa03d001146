"""Crash-safe autosave: every answer change is written to a draft in the user's data folder.

Each running app claims a draft slot (draft-N.json) with a QLockFile, always one with no
draft in it. A draft whose lock is not held by a live process was left by a session that
crashed or was killed: every such draft is offered at the next start, whichever slot it
is in. A clean exit removes the draft. A draft that cannot be read is never deleted: it is
set aside (draft-N.unreadable-<time>.json) and no longer offered.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLockFile

from desktop.engine.pack.safe_read import DataError, load_json
from desktop.engine.record import mutable_record
from desktop.files import PRIVATE_FILE, private_dir, write_atomic

from .data_folder import drafts_dir

DRAFT_FORMAT = "ovcf-draft/1"
MAX_SLOTS = 64  # running windows plus drafts left behind
MAX_DRAFT_BYTES = 5_000_000
DRAFT_NAME = re.compile(r"draft-([1-9][0-9]*)\.json")
# top-level fields of a draft and the JSON types each may have (None: absent or null)
FIELD_TYPES: dict[str, tuple[type, ...]] = {
    "saved": (str,),
    "path": (str,),
    "follow_up": (bool,),
    "reasked": (list,),  # a new fracture's questions, asked again
    "last_visit": (str,),
    "answers": (dict,),
    "previous": (dict,),
    "decisions": (list,),
    "visits": (list,),
}
TYPE_NAMES = {str: "text", bool: "true or false", dict: "a mapping", list: "a list"}


class UnreadableDraft(Exception):
    """A draft that cannot be restored; `reason` says why."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


def plain_value(value: Any) -> Any:
    """A value as JSON holds it (dates as YYYY-MM-DD)."""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def read_draft(path: Path) -> dict[str, Any]:
    """The one place a draft file is parsed. UnreadableDraft (never anything else) if it is not
    a draft this version can restore: not JSON, not a mapping, another format, or a field of
    the wrong type. What each answer holds is checked on restore, against the questions."""
    try:
        raw = path.read_bytes()
        if len(raw) > MAX_DRAFT_BYTES:
            raise UnreadableDraft(f"larger than {MAX_DRAFT_BYTES // 1_000_000} MB")
        data = load_json(raw)
    except OSError as exc:
        raise UnreadableDraft(exc.strerror or str(exc)) from exc
    except DataError as exc:
        raise UnreadableDraft(str(exc)) from exc
    if not isinstance(data, dict):
        raise UnreadableDraft("not a draft: expected a mapping")
    if data.get("format") != DRAFT_FORMAT:
        raise UnreadableDraft(f"format is {str(data.get('format'))[:40]!r}, expected {DRAFT_FORMAT!r}")
    for field, types in FIELD_TYPES.items():
        value = data.get(field)
        if value is not None and not isinstance(value, types):
            raise UnreadableDraft(f"{field}: expected {' or '.join(TYPE_NAMES[t] for t in types)}")
    for field in ("answers", "previous"):
        if any(not isinstance(key, str) for key in data.get(field) or {}):
            raise UnreadableDraft(f"{field}: keys must be question ids")
    return data


@mutable_record
class Leftover:
    """A draft left by a session that did not end cleanly; its lock is held while it is offered."""

    slot: int
    path: Path
    lock: QLockFile


def _lock(directory: Path, slot: int) -> QLockFile:
    lock = QLockFile(str(directory / f"draft-{slot}.lock"))
    lock.setStaleLockTime(0)  # only a dead owner makes a lock stale, never its age
    return lock


class DraftStore:
    """This window's draft slot, and the drafts other sessions left behind."""

    def __init__(self, directory: Path | None = None) -> None:
        """OSError if the drafts folder cannot be created or written, or has no free slot."""
        self.directory = private_dir(directory or drafts_dir())
        self.lock: QLockFile | None = None
        self.slot = 0
        for slot in range(1, MAX_SLOTS + 1):
            if (self.directory / f"draft-{slot}.json").exists():
                continue  # a live window's draft, or one left behind to offer: never overwrite it
            lock = _lock(self.directory, slot)
            if lock.tryLock(0):
                self.lock, self.slot = lock, slot
                break
            if lock.error() != QLockFile.LockError.LockFailedError:  # not held by another window
                raise OSError(errno.EACCES, "the drafts folder cannot be written", str(self.directory))
        if self.lock is None:
            raise OSError(errno.EBUSY, "every autosave slot is in use", str(self.directory))

    @property
    def path(self) -> Path | None:
        return self.directory / f"draft-{self.slot}.json" if self.slot else None

    def leftovers(self) -> list[Leftover]:
        """Every draft whose lock no live process holds, oldest slot first. Their locks are now
        held (no other window can take them) until adopted, discarded, kept or set aside."""
        found: list[Leftover] = []
        try:
            names = sorted(self.directory.iterdir(), key=lambda p: (len(p.name), p.name))
        except OSError:
            return found
        for path in names:
            match = DRAFT_NAME.fullmatch(path.name)
            if match is None or int(match.group(1)) == self.slot or not path.is_file():
                continue
            lock = _lock(self.directory, int(match.group(1)))
            if lock.tryLock(0):
                found.append(Leftover(int(match.group(1)), path, lock))
        return found

    def adopt(self, leftover: Leftover) -> None:
        """A restored draft becomes this window's draft."""
        if self.path is not None:
            os.replace(leftover.path, self.path)
        leftover.lock.unlock()

    def discard(self, leftover: Leftover) -> None:
        """The user chose to drop it."""
        leftover.path.unlink(missing_ok=True)
        leftover.lock.unlock()

    def keep(self, leftover: Leftover) -> None:
        """Leave it where it is: it is offered again at the next start."""
        leftover.lock.unlock()

    def set_aside(self, leftover: Leftover) -> Path:
        """Keep an unreadable draft byte for byte under a name that is never offered again."""
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = self.directory / f"draft-{leftover.slot}.unreadable-{stamp}.json"
        counter = 1
        while target.exists():
            counter += 1
            target = self.directory / f"draft-{leftover.slot}.unreadable-{stamp}-{counter}.json"
        os.replace(leftover.path, target)
        os.chmod(target, PRIVATE_FILE)
        leftover.lock.unlock()
        return target

    def write(self, state: dict[str, Any]) -> None:
        """OSError if the draft could not be written (the previous draft is then intact)."""
        if self.path is None:
            return
        payload = {"format": DRAFT_FORMAT, "saved": datetime.now().isoformat(timespec="seconds"), **state}
        write_atomic(self.path, json.dumps(payload, default=plain_value, ensure_ascii=False).encode("utf-8"))

    def clear(self) -> None:
        """No draft any more (saved, or a clean exit). A draft that cannot be removed stays,
        and is offered at the next start: more is never lost."""
        if self.path is not None:
            with contextlib.suppress(OSError):
                self.path.unlink(missing_ok=True)

    def release(self) -> None:
        if self.lock is not None:
            self.lock.unlock()
            self.lock = None
