"""Backups of a real register file: consistent while the register is open and being written,
owner-only, rotated; a restore checks the copy first and keeps what it replaces."""

from __future__ import annotations

import os
import sqlite3
import stat
import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop.register import audit
from desktop.register.backup import BEFORE_RESTORE, backup, backups, check_copy, restore
from desktop.register.schema import RegisterError
from desktop.register.store import Register

NOON = datetime(2026, 12, 1, 12, 0, 0)


def visits(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("SELECT count(*) FROM visits").fetchone()[0])
    finally:
        connection.close()


def kinds(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("SELECT kind FROM audit ORDER BY seq")]
    finally:
        connection.close()


@pytest.fixture
def two_visits(register: Register, save_visit: Callable[..., int]) -> Register:
    save_visit(**{"patient.name": "Amina Njoroge"})
    save_visit(**{"patient.name": "Amina Njoroge", "visit_date": "2026-12-20", "pain.nrs": 3})
    return register


def test_a_backup_is_a_checked_private_copy_of_the_open_register(two_visits: Register, tmp_path: Path) -> None:
    copy = backup(two_visits, tmp_path / "stick", who="Dr Osei", now=NOON)
    assert copy == tmp_path / "stick" / "register-20261201-120000.sqlite"
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert visits(copy) == 2
    assert check_copy(copy) == ""
    assert not Path(f"{copy}-wal").exists(), "one self-contained file"
    assert not Path(f"{copy}-journal").exists()
    assert sorted(p.name for p in copy.parent.iterdir()) == [copy.name], "no temporary file left"
    connection = sqlite3.connect(copy)
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    copied = audit.verify(connection)
    connection.close()
    live = audit.verify(two_visits.connection)
    assert live.ok
    assert live.entries == copied.entries + 1, "the backup's own entry is in the register"
    assert two_visits.connection.execute(
        "SELECT kind, who, field, new FROM audit ORDER BY seq DESC LIMIT 1").fetchone() == (
        "backup", "Dr Osei", "file", str(copy))


def test_the_copy_is_consistent_while_another_instance_writes(two_visits: Register, tmp_path: Path) -> None:
    """Another instance holds the write lock mid-save: the copy has what was committed, without
    the save under way (only the backup's audit entry waits for the lock)."""
    other = Register.open(two_visits.path)
    other.connection.execute("BEGIN IMMEDIATE")
    other.connection.execute(
        "INSERT INTO patients(key, name, created, updated) VALUES ('half', 'Half Saved', 'now', 'now')")
    commit = threading.Timer(1.0, other.connection.execute, ("COMMIT",))
    commit.start()
    try:
        copy = backup(two_visits, tmp_path / "stick", now=NOON)
    finally:
        commit.join()
        other.close()
    assert [row[0] for row in two_visits.connection.execute("SELECT kind FROM audit ORDER BY seq DESC LIMIT 1")
            ] == ["backup"]
    connection = sqlite3.connect(copy)
    names = [row[0] for row in connection.execute("SELECT name FROM patients")]
    connection.close()
    assert names == ["Amina Njoroge"]
    assert visits(copy) == 2
    assert check_copy(copy) == ""


def test_backups_rotate_keeping_the_newest(two_visits: Register, tmp_path: Path) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    (folder / "notes.txt").write_text("not ours")
    made = [backup(two_visits, folder, keep=3, now=NOON + timedelta(hours=n)) for n in range(5)]
    assert backups(folder) == made[:1:-1]
    assert (folder / "notes.txt").exists(), "other files are left alone"
    same_second = backup(two_visits, folder, keep=3, now=NOON + timedelta(hours=4))
    assert same_second.name == "register-20261201-160000-2.sqlite"
    assert backups(folder) == [same_second, made[4], made[3]]
    earlier_clock = backup(two_visits, folder, keep=3, now=NOON - timedelta(days=1))
    assert earlier_clock in backups(folder), "the backup just made is always kept"
    assert len(backups(folder)) == 3
    with pytest.raises(ValueError, match="keep at least one"):
        backup(two_visits, folder, keep=0)


def test_a_folder_that_cannot_be_written_is_refused(two_visits: Register, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(RegisterError, match="cannot write the backup there"):
        backup(two_visits, blocker / "sub")
    entries = audit.verify(two_visits.connection).entries
    assert audit.latest_hash(two_visits.connection)
    assert entries == audit.verify(two_visits.connection).entries


def test_no_backup_in_the_middle_of_a_save(two_visits: Register, tmp_path: Path) -> None:
    two_visits.connection.execute("BEGIN IMMEDIATE")
    with pytest.raises(RegisterError, match="a save is under way"):
        backup(two_visits, tmp_path / "stick")
    two_visits.connection.execute("ROLLBACK")


def test_restore_replaces_the_register_and_keeps_the_old_one(
        two_visits: Register, save_visit: Callable[..., int], tmp_path: Path) -> None:
    copy = backup(two_visits, tmp_path / "stick", now=NOON)
    save_visit(**{"patient.name": "Later Patient"})
    path = two_visits.path
    two_visits.close()
    restore(copy, path, who="Dr Osei")
    before = path.with_name(path.name + BEFORE_RESTORE)
    assert visits(path) == 2
    assert visits(before) == 3
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert kinds(path)[-1] == "restore"
    assert kinds(before)[-1] == "plan"
    assert not Path(f"{path}-wal").exists()
    reopened = Register.open(path)
    try:
        check = audit.verify(reopened.connection)
        assert check.ok
        assert reopened.connection.execute("SELECT who, old, new FROM audit WHERE seq = ?", (check.entries,)
                                           ).fetchone() == ("Dr Osei", str(before), str(copy))
        assert [p.name for p in reopened.patients()] == ["Amina Njoroge"]
    finally:
        reopened.close()
    two_visits.connection = sqlite3.connect(":memory:")  # the fixture closes it


def test_restore_into_a_new_place(two_visits: Register, tmp_path: Path) -> None:
    copy = backup(two_visits, tmp_path / "stick", now=NOON)
    target = tmp_path / "elsewhere.sqlite"
    restore(copy, target)
    assert visits(target) == 2
    assert not target.with_name(target.name + BEFORE_RESTORE).exists()
    connection = sqlite3.connect(target)
    assert connection.execute("SELECT old FROM audit ORDER BY seq DESC LIMIT 1").fetchone() == ("",)
    connection.close()


def damaged(copy: Path) -> None:
    """Overwrite the middle of the file's second page (a table's b-tree page) with garbage."""
    data = bytearray(copy.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page + 8: page + 200] = b"\xff" * 192
    copy.write_bytes(bytes(data))


def tampered(copy: Path) -> None:
    connection = sqlite3.connect(copy)
    connection.execute("DROP TRIGGER audit_no_update")
    connection.execute("UPDATE audit SET new = 'forged' WHERE seq = 3")
    connection.commit()
    connection.close()


def newer(copy: Path) -> None:
    connection = sqlite3.connect(copy)
    connection.execute("PRAGMA user_version = 99")
    connection.close()


def foreign(copy: Path) -> None:
    copy.unlink()
    connection = sqlite3.connect(copy)
    connection.execute("CREATE TABLE addresses(name TEXT)")
    connection.close()


def not_sqlite(copy: Path) -> None:
    copy.write_bytes(b"PK\x03\x04 a zip file, not a register" * 100)


def truncated(copy: Path) -> None:
    data = copy.read_bytes()
    copy.write_bytes(data[: len(data) // 2])


@pytest.mark.parametrize(("spoil", "says"), [
    (damaged, "the copy is damaged"),
    (tampered, "its audit trail is broken at entry 3"),
    (newer, "made by a newer version of the app (register version 99"),
    (foreign, "not a register"),
    (not_sqlite, "not a register"),
    (truncated, "damaged"),
])
def test_a_bad_copy_is_refused_and_the_register_untouched(
        two_visits: Register, tmp_path: Path, spoil: Callable[[Path], None], says: str) -> None:
    copy = backup(two_visits, tmp_path / "stick", now=NOON)
    spoil(copy)
    path = two_visits.path
    two_visits.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    content = path.read_bytes()
    with pytest.raises(RegisterError, match=r"not restored: .*" + says.replace("(", r"\(")) as refused:
        restore(copy, path)
    assert str(copy) in str(refused.value)
    assert says in check_copy(copy)
    assert path.read_bytes() == content
    assert not path.with_name(path.name + BEFORE_RESTORE).exists()
    assert sorted(p.name for p in path.parent.iterdir() if not p.name.startswith("register.sqlite")) == []
    assert audit.verify(two_visits.connection).ok


def test_a_missing_copy_or_the_register_itself_is_refused(two_visits: Register, tmp_path: Path) -> None:
    with pytest.raises(RegisterError, match="no such file"):
        restore(tmp_path / "none.sqlite", two_visits.path)
    with pytest.raises(RegisterError, match="it is the register itself"):
        restore(two_visits.path, two_visits.path)
    assert check_copy(tmp_path / "none.sqlite") == "no such file"


def test_a_copy_of_a_live_register_file_restores(two_visits: Register, tmp_path: Path) -> None:
    """A register file copied by hand (in WAL mode, its log folded in) restores like a backup."""
    two_visits.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    by_hand = tmp_path / "by-hand.sqlite"
    by_hand.write_bytes(two_visits.path.read_bytes())
    os.chmod(by_hand, 0o600)
    target = tmp_path / "restored.sqlite"
    restore(by_hand, target)
    assert visits(target) == 2


def test_a_damaged_register_is_replaced_and_kept_as_it_was(two_visits: Register, tmp_path: Path) -> None:
    """The reason to restore: the register's file is damaged. It is set aside byte for byte."""
    copy = backup(two_visits, tmp_path / "stick", now=NOON)
    path = two_visits.path
    two_visits.close()
    damaged(path)
    spoilt = path.read_bytes()
    restore(copy, path)
    assert path.with_name(path.name + BEFORE_RESTORE).read_bytes() == spoilt
    assert visits(path) == 2
    assert check_copy(path) == ""
    two_visits.connection = sqlite3.connect(":memory:")  # the fixture closes it
