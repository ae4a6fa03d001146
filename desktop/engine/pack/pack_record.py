"""What this computer (this user's data folder) remembers about rule packs: the highest version
of each pack accepted here (no downgrade), who acknowledged each new pack's changes and when,
and a copy of each acknowledged pack, so that the next one can be compared with it.

    <data folder>/rule-packs/record.json     {"format": "ovcf-pack-record/1", "highest": {id: version},
        "acknowledged": [{id, version, sha256, key, who, acknowledged_at, previous}]}
    <data folder>/rule-packs/<id>-<version>-<sha256[:16]>/   the acknowledged pack, as released

A record that cannot be read is an empty one for this start (and is never overwritten by a
failed read: it is replaced only after a successful read or when it did not exist)."""

from __future__ import annotations

import json
import os
import re
from dataclasses import field
from pathlib import Path
from typing import Any

from ..record import mutable_record, record
from .integrity import RELEASE_FILES, pack_files
from .safe_read import DataError, load_json

FORMAT = "ovcf-pack-record/1"
RECORD_NAME = "record.json"
_VERSION = re.compile(r"^[0-9]{1,6}(?:\.[0-9]{1,6}){0,3}$")


def version_key(version: str) -> tuple[int, ...] | None:
    """'2.0.10' -> (2, 0, 10); None for a version that is not dotted numbers."""
    if not _VERSION.match(version):
        return None
    parts = tuple(int(p) for p in version.split("."))
    return parts + (0,) * (4 - len(parts))


@record
class Acknowledgement:
    id: str
    version: str
    sha256: str
    key: str  # the signing key's fingerprint
    who: str
    acknowledged_at: str  # ISO 8601, UTC
    previous: str  # the version acknowledged before ("" for the first)

    def to_dict(self) -> dict[str, str]:
        return dict(self.__dict__)


@mutable_record
class PackRecord:
    folder: Path | None  # None: nothing is remembered (no usable data folder)
    highest: dict[str, str] = field(default_factory=dict)
    acknowledged: list[Acknowledgement] = field(default_factory=list)
    readable: bool = True
    problem: str = ""

    @classmethod
    def open(cls, folder: Path | None) -> PackRecord:
        record = cls(folder)
        if folder is None:
            return record
        path = folder / RECORD_NAME
        try:
            data = load_json(path.read_bytes())
        except FileNotFoundError:
            return record
        except (OSError, DataError, UnicodeDecodeError) as exc:
            record.readable, record.problem = False, f"{path}: {exc}"
            return record
        try:
            record._read(data)
        except (TypeError, KeyError, ValueError, AttributeError):
            record.readable, record.problem = False, f"{path}: not a record of this format"
            record.highest, record.acknowledged = {}, []
        return record

    def _read(self, data: Any) -> None:
        if data.get("format") != FORMAT:
            raise ValueError
        self.highest = {str(k): str(v) for k, v in data["highest"].items()}
        self.acknowledged = [Acknowledgement(**{k: str(entry[k]) for k in Acknowledgement.__dataclass_fields__})
                             for entry in data["acknowledged"]]

    def last_acknowledged(self, pack_id: str) -> Acknowledgement | None:
        found = [a for a in self.acknowledged if a.id == pack_id]
        return found[-1] if found else None

    def is_acknowledged(self, pack_id: str, sha256: str) -> bool:
        return any(a.id == pack_id and a.sha256 == sha256 for a in self.acknowledged)

    def accept(self, pack_id: str, version: str) -> None:
        """Remember `version` as accepted here if it is the highest so far."""
        new, old = version_key(version), version_key(self.highest.get(pack_id, ""))
        if new is not None and (old is None or new > old):
            self.highest[pack_id] = version
            self.save()

    def acknowledge(self, entry: Acknowledgement, pack_dir: Path) -> None:
        """Record `entry` and keep a copy of the pack it is about (for the next comparison)."""
        self.acknowledged.append(entry)
        if self.folder is not None:
            copy_pack(pack_dir, self.copy_dir(entry))
        self.accept(entry.id, entry.version)
        self.save()

    def copy_dir(self, entry: Acknowledgement) -> Path:
        assert self.folder is not None
        return self.folder / f"{entry.id}-{entry.version}-{entry.sha256[:16]}"

    def save(self) -> None:
        """Write the record atomically, owner-only; a failure is kept in `problem` (never raised)."""
        if self.folder is None or not self.readable:
            return
        data = {"format": FORMAT, "highest": self.highest, "acknowledged": [a.to_dict() for a in self.acknowledged]}
        path = self.folder / RECORD_NAME
        temporary = path.with_name(path.name + ".tmp")
        try:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as stream:
                json.dump(data, stream, indent=1, ensure_ascii=False)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temporary, path)
        except OSError as exc:
            self.problem = f"{path}: {exc.strerror or exc}"


def copy_pack(source: Path, target: Path) -> None:
    """The pack's files and its release files (manifest, signature); failures are ignored."""
    try:
        if target.exists():
            return
        temporary = target.with_name(target.name + ".tmp")
        import shutil  # not at start: only when a release is kept

        shutil.rmtree(temporary, ignore_errors=True)
        for rel in pack_files(source):
            if rel.endswith(".yaml") or rel in RELEASE_FILES:
                (temporary / rel).parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source / rel, temporary / rel)
        os.replace(temporary, target)
    except OSError:
        return
