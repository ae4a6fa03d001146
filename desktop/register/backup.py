"""Backups of the register to a chosen folder (a USB stick), and restoring one.

A backup is SQLite's own online backup (`sqlite3.Connection.backup`): a consistent copy taken
while the register is open, even while another instance saves. Copies are named
`register-YYYYMMDD-HHMMSS.sqlite` (local time), owner-only (0600), self-contained (no
write-ahead log beside them), checked before they get their name, and rotated: the newest
`keep` are kept. A restore checks the copy first (SQLite's integrity check, a schema version
this app knows, an intact audit chain) and keeps the file it replaces as
`<register>.before-restore`. Each backup and restore is an audit entry. Qt-free.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import tempfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Protocol

from ..files import PRIVATE_FILE, replace_retrying, sync_folder
from . import audit
from .schema import LATEST, RegisterError

NAME = re.compile(r"register-(\d{8})-(\d{6})(?:-(\d+))?\.sqlite")
BEFORE_RESTORE = ".before-restore"
KEEP = 10


class OpenRegister(Protocol):
    """What backing up needs of a register (store.Register has it)."""

    path: Path
    connection: sqlite3.Connection


def backups(folder: str | Path) -> list[Path]:
    """The register backups in `folder`, newest first (other files are not ours: left alone)."""
    found: list[tuple[tuple[str, str, int], Path]] = []
    with contextlib.suppress(OSError):
        for path in Path(folder).iterdir():
            match = NAME.fullmatch(path.name)
            if match and path.is_file():
                found.append(((match[1], match[2], int(match[3] or 1)), path))
    return [path for _, path in sorted(found, reverse=True)]


def backup(register: OpenRegister, folder: str | Path, keep: int = KEEP, *, who: str | None = None,
           now: datetime | None = None) -> Path:
    """Copy the open register into `folder` (created if needed); the copy's path. Then the older
    copies beyond the newest `keep` are removed and an audit entry records the backup.

    RegisterError if the folder cannot be written or the copy fails its integrity check (the
    folder is then as it was)."""
    if keep < 1:
        raise ValueError("keep at least one backup")
    folder = Path(folder)
    if register.connection.in_transaction:
        raise RegisterError(f"{register.path}: a save is under way; back up after it")
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"register-{stamp}.sqlite"
        number = 1
        while target.exists():
            number += 1
            target = folder / f"register-{stamp}-{number}.sqlite"
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)  # 0600
        os.close(handle)
    except OSError as exc:
        raise RegisterError(f"{folder}: cannot write the backup there: {exc.strerror or exc}") from exc
    temp = Path(name)
    try:
        copy = sqlite3.connect(temp, isolation_level=None)
        try:
            register.connection.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            damage = _damage(copy)
        finally:
            copy.close()
        if damage:
            raise RegisterError(f"{register.path}: not backed up, the copy is damaged ({damage}); "
                                "the register itself may be: check it with `ovcf-pathway register verify`")
        _finish(temp)
        replace_retrying(temp, target)
    except sqlite3.DatabaseError as exc:
        raise RegisterError(f"{register.path}: not backed up: {exc}") from exc
    except OSError as exc:
        raise RegisterError(f"{folder}: cannot write the backup there: {exc.strerror or exc}") from exc
    finally:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
    sync_folder(folder)
    for old in [path for path in backups(folder) if path != target][keep - 1:]:
        with contextlib.suppress(OSError):  # the backup is made; a copy that will not go stays
            old.unlink()
    with _transaction(register.connection, register.path) as db:
        audit.append(db, [audit.AuditEntry("backup", who or audit.system_user(), field="file", new=str(target))])
    return target


def check_copy(path: str | Path) -> str:
    """What is wrong with the register copy at `path`, or "" if it can be restored. Read only."""
    path = Path(path)
    if not path.is_file():
        return "no such file"
    try:
        connection = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None)
    except sqlite3.Error as exc:
        return f"cannot be opened ({exc})"
    try:
        return _problem(connection)
    finally:
        connection.close()


def restore(copy: str | Path, target: str | Path, *, who: str | None = None) -> None:
    """Replace the register at `target` with the backup `copy`, once the copy is checked. The
    replaced file (with its write-ahead log, if any) is kept as `<target>.before-restore`, and
    the restored register's audit trail records the restore.

    Every window and process must have closed the register at `target` first. RegisterError
    naming what is wrong with a copy that is damaged, not a register, from a newer app, or whose
    audit trail is broken: `target` is then untouched."""
    copy, target = Path(copy), Path(target)
    if not copy.is_file():
        raise RegisterError(f"{copy}: not restored: no such file")
    if target.exists() and target.resolve() == copy.resolve():
        raise RegisterError(f"{copy}: not restored: it is the register itself")
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".restore", dir=target.parent)  # 0600
        os.close(handle)
    except OSError as exc:
        raise RegisterError(f"{target}: cannot restore there: {exc.strerror or exc}") from exc
    staged = Path(name)
    try:
        # the copy is read once, into a file beside the target: what is checked is what is installed
        try:
            source = sqlite3.connect(copy.resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None)
            try:
                destination = sqlite3.connect(staged, isolation_level=None)
                try:
                    source.backup(destination)
                finally:
                    destination.close()
            finally:
                source.close()
        except sqlite3.DatabaseError as exc:
            raise RegisterError(f"{copy}: not restored: {_unreadable(exc)}") from exc
        connection = sqlite3.connect(staged, isolation_level=None)
        try:
            problem = _problem(connection)
            if problem:
                raise RegisterError(f"{copy}: not restored: {problem}")
            before = target.with_name(target.name + BEFORE_RESTORE)
            with _transaction(connection, staged) as db:
                audit.append(db, [audit.AuditEntry(
                    "restore", who or audit.system_user(), field="file", old=str(before) if target.exists() else "",
                    new=str(copy))])
            connection.execute("PRAGMA journal_mode = DELETE")
        finally:
            connection.close()
        _finish(staged)
        if target.exists():
            _set_aside(target, before)
        replace_retrying(staged, target)
    except OSError as exc:
        raise RegisterError(f"{target}: not restored: {exc.strerror or exc}") from exc
    except sqlite3.DatabaseError as exc:
        raise RegisterError(f"{copy}: not restored: {exc}") from exc
    finally:
        with contextlib.suppress(OSError):
            staged.unlink(missing_ok=True)
    sync_folder(target.parent)


def _problem(connection: sqlite3.Connection) -> str:
    """Why the register open on `connection` cannot be restored, or ""."""
    try:
        damage = _damage(connection)
        if damage:
            return f"the copy is damaged ({damage})"
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if version == 0 or not {"patients", "visits", "audit"} <= tables:
            return "not a register"
        if version > LATEST:
            return f"made by a newer version of the app (register version {version}, this app knows {LATEST})"
        check = audit.verify(connection)
    except sqlite3.DatabaseError as exc:
        return _unreadable(exc)
    if check.first_broken is not None:
        return f"its audit trail is broken at entry {check.first_broken} (of {check.entries})"
    return ""


def _unreadable(exc: sqlite3.DatabaseError) -> str:
    return f"not a register ({exc})" if "not a database" in str(exc) else f"the copy is damaged ({exc})"


def _damage(connection: sqlite3.Connection) -> str:
    """What SQLite's integrity check finds (its first lines), or ""."""
    rows = [str(row[0]) for row in connection.execute("PRAGMA integrity_check(5)")]
    return "" if rows == ["ok"] else "; ".join(rows)


@contextlib.contextmanager
def _transaction(connection: sqlite3.Connection, path: Path) -> Iterator[sqlite3.Connection]:
    try:
        connection.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        raise RegisterError(f"{path}: the register is locked by another program ({exc})") from exc
    try:
        yield connection
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise


def _set_aside(target: Path, before: Path) -> None:
    """Move the register at `target` (its log folded in if SQLite can, else moved along) to `before`."""
    with contextlib.suppress(sqlite3.Error):  # a damaged register is kept as it is
        connection = sqlite3.connect(target, isolation_level=None)
        try:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            connection.close()  # the last connection removes the log
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{before}{suffix}").unlink()
    replace_retrying(target, before)
    for suffix in ("-wal", "-shm"):  # a log the checkpoint could not fold in belongs to the old file
        side = Path(f"{target}{suffix}")
        if side.exists():
            replace_retrying(side, Path(f"{before}{suffix}"))


def _finish(path: Path) -> None:
    """Owner-only and on the disk before it gets its name. (mkstemp made it 0600 already; a
    stick's FAT file system refuses a change of mode and has none to change.)"""
    descriptor = os.open(path, os.O_RDWR)
    try:
        with contextlib.suppress(OSError):
            if hasattr(os, "fchmod"):
                os.fchmod(descriptor, PRIVATE_FILE)
            else:
                os.chmod(path, PRIVATE_FILE)
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
