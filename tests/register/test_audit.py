"""The audit trail on a real SQLite file: appended inside the caller's transaction, hash-chained,
UPDATE and DELETE refused by triggers, and tampering that gets past the triggers named at the
first broken entry."""

from __future__ import annotations

import hashlib
import itertools
import json
import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from desktop.register import audit
from desktop.register.audit import APPEND_ONLY, AUDIT_SCHEMA, AuditEntry, append, latest_hash, verify
from desktop.register.store import Register

WHEN = datetime(2026, 12, 1, 9, 30, tzinfo=timezone.utc)


def open_trail(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None)
    if not connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'audit'").fetchone():
        connection.executescript(AUDIT_SCHEMA)
    return connection


@pytest.fixture
def trail(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    connection = open_trail(tmp_path / "audit.sqlite")
    yield connection
    connection.close()


def write(connection: sqlite3.Connection, entries: list[AuditEntry], at: datetime = WHEN) -> str:
    connection.execute("BEGIN IMMEDIATE")
    latest = append(connection, entries, at)
    connection.execute("COMMIT")
    return latest


def answers(count: int, start: int = 0) -> list[AuditEntry]:
    return [AuditEntry("answer", "Dr Osei", 1, 1, "pain.nrs", str(n), str(n + 1)) for n in range(start, start + count)]


def seeded(connection: sqlite3.Connection) -> str:
    """Ten entries in three transactions: answers, a decision, a plan."""
    write(connection, answers(6))
    write(connection, [AuditEntry("decision", "Dr Osei", 1, 1, "denosumab", "", "declined (cost)")],
          WHEN + timedelta(minutes=1))
    return write(connection, [*answers(2, 10), AuditEntry("plan", "Dr Osei", 1, 2, "default", "", "ovcf 1.4", "ab" * 32)],
                 WHEN + timedelta(days=30))


def untrigger(connection: sqlite3.Connection) -> None:
    """What someone editing the file with another SQLite tool can do: drop the guards."""
    for name in ("audit_no_update", "audit_no_delete", "audit_no_replace"):
        connection.execute(f"DROP TRIGGER {name}")


def test_a_new_register_has_the_trail_and_its_guards(tmp_path: Path) -> None:
    """The migration to version 1 runs AUDIT_SCHEMA (its triggers' bodies hold semicolons)."""
    with Register.open(tmp_path / "register.sqlite") as register:
        names = {row[0] for row in register.connection.execute(
            "SELECT name FROM sqlite_master WHERE tbl_name = 'audit' AND type = 'trigger'")}
        assert names == {"audit_no_update", "audit_no_delete", "audit_no_replace"}
        assert verify(register.connection) == audit.AuditCheck(0, None, "")


def test_append_chains_each_entry_to_the_one_before(trail: sqlite3.Connection) -> None:
    assert latest_hash(trail) == ""
    assert verify(trail) == audit.AuditCheck(0, None, "")
    latest = seeded(trail)
    rows = trail.execute("SELECT seq, at, who, kind, patient_id, visit_id, field, old, new, pack_sha256, prev, hash "
                         "FROM audit ORDER BY seq").fetchall()
    assert [row[0] for row in rows] == list(range(1, 11))
    assert rows[0][10] == "", "the first entry chains to nothing"
    for before, row in itertools.pairwise(rows):
        assert row[10] == before[11]
    fields = dict(zip(("seq", "at", "who", "kind", "patient_id", "visit_id", "field", "old", "new", "pack_sha256"),
                      rows[6][:10], strict=True))
    canonical = json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert rows[6][11] == hashlib.sha256((rows[5][11] + canonical).encode()).hexdigest()
    assert rows[6][3:9] == ("decision", 1, 1, "denosumab", "", "declined (cost)")
    assert rows[0][1] == "2026-12-01T09:30:00.000Z"
    assert rows[9][9] == "ab" * 32
    assert latest == rows[-1][11] == latest_hash(trail)
    check = verify(trail)
    assert check == audit.AuditCheck(10, None, latest)
    assert check.ok


def test_nothing_appended_returns_the_latest_hash(trail: sqlite3.Connection) -> None:
    latest = seeded(trail)
    assert write(trail, []) == latest
    assert verify(trail).entries == 10


def test_the_time_is_utc_and_now_by_default(trail: sqlite3.Connection) -> None:
    local = datetime(2026, 12, 1, 12, 0, tzinfo=timezone(timedelta(hours=3)))
    write(trail, answers(1), local)
    before = datetime.now(timezone.utc).replace(tzinfo=None)
    trail.execute("BEGIN IMMEDIATE")
    append(trail, answers(1))
    trail.execute("COMMIT")
    stamps = [row[0] for row in trail.execute("SELECT at FROM audit ORDER BY seq")]
    assert stamps[0] == "2026-12-01T09:00:00.000Z"
    assert abs(datetime.fromisoformat(stamps[1].rstrip("Z")) - before) < timedelta(seconds=5)


def test_append_is_part_of_the_callers_transaction(trail: sqlite3.Connection) -> None:
    seeded(trail)
    latest = latest_hash(trail)
    trail.execute("BEGIN IMMEDIATE")
    append(trail, answers(3))
    trail.execute("ROLLBACK")
    assert verify(trail) == audit.AuditCheck(10, None, latest)


def test_an_unknown_kind_is_refused(trail: sqlite3.Connection) -> None:
    trail.execute("BEGIN IMMEDIATE")
    with pytest.raises(ValueError, match="unknown audit entry kind"):
        append(trail, [AuditEntry("rewrite", "x")])
    trail.execute("ROLLBACK")


def test_the_trail_survives_reopening(tmp_path: Path) -> None:
    path = tmp_path / "audit.sqlite"
    first = open_trail(path)
    latest = seeded(first)
    first.close()
    again = open_trail(path)
    assert verify(again) == audit.AuditCheck(10, None, latest)
    assert write(again, answers(1)) != latest
    assert verify(again).ok
    again.close()


@pytest.mark.parametrize("statement", [
    "UPDATE audit SET new = '9' WHERE seq = 3",
    "UPDATE audit SET hash = '' ",
    "DELETE FROM audit WHERE seq = 3",
    "DELETE FROM audit",
])
def test_update_and_delete_are_refused(trail: sqlite3.Connection, statement: str) -> None:
    latest = seeded(trail)
    with pytest.raises(sqlite3.IntegrityError, match=APPEND_ONLY):
        trail.execute(statement)
    assert verify(trail) == audit.AuditCheck(10, None, latest)


@pytest.mark.parametrize("seq", [4, 10])
def test_replacing_an_entry_is_refused(trail: sqlite3.Connection, seq: int) -> None:
    """INSERT OR REPLACE deletes the old row without the delete trigger (recursive triggers are
    off by default): the insert trigger refuses it."""
    latest = seeded(trail)
    row = trail.execute("SELECT * FROM audit WHERE seq = ?", (seq,)).fetchone()
    with pytest.raises(sqlite3.IntegrityError, match=APPEND_ONLY):
        trail.execute("INSERT OR REPLACE INTO audit VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                      (*row[:8], "edited", *row[9:]))
    assert verify(trail) == audit.AuditCheck(10, None, latest)


def test_dropped_guards_leave_a_replaced_entry_to_the_chain(trail: sqlite3.Connection) -> None:
    seeded(trail)
    trail.execute("DROP TRIGGER audit_no_replace")
    row = trail.execute("SELECT * FROM audit WHERE seq = 4").fetchone()
    trail.execute("INSERT OR REPLACE INTO audit VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                  (*row[:8], "edited", *row[9:]))
    assert verify(trail).first_broken == 4


def test_an_edited_value_is_named(trail: sqlite3.Connection) -> None:
    latest = seeded(trail)
    untrigger(trail)
    trail.execute("UPDATE audit SET new = 'accepted' WHERE seq = 7")
    assert verify(trail) == audit.AuditCheck(10, 7, latest)


@pytest.mark.parametrize(("column", "value"), [
    ("who", "Dr Someone Else"), ("at", "2026-11-01T09:30:00.000Z"), ("kind", "plan"), ("patient_id", 2),
    ("visit_id", None), ("field", "pain.persistent"), ("old", "x"), ("pack_sha256", "0" * 64),
])
def test_every_field_is_covered_by_the_hash(trail: sqlite3.Connection, column: str, value: object) -> None:
    seeded(trail)
    untrigger(trail)
    trail.execute(f"UPDATE audit SET {column} = ? WHERE seq = 5", (value,))
    assert verify(trail).first_broken == 5


def test_a_rehashed_entry_breaks_the_next_one(trail: sqlite3.Connection) -> None:
    """Editing an entry and giving it the hash its new fields have leaves the next entry's link."""
    seeded(trail)
    untrigger(trail)
    row = trail.execute("SELECT seq, at, who, kind, patient_id, visit_id, field, old, new, pack_sha256, prev "
                        "FROM audit WHERE seq = 3").fetchone()
    fields = dict(zip(("seq", "at", "who", "kind", "patient_id", "visit_id", "field", "old", "new", "pack_sha256"),
                      row[:10], strict=True))
    fields["new"] = "0"
    trail.execute("UPDATE audit SET new = '0', hash = ? WHERE seq = 3", (audit.entry_hash(row[10], fields),))
    assert verify(trail).first_broken == 4


def test_a_rewritten_chain_shows_in_the_latest_hash(trail: sqlite3.Connection) -> None:
    """Rewriting every hash from the edited entry on gives a valid chain, but not the latest hash
    printed on the summaries before."""
    printed = seeded(trail)
    untrigger(trail)
    trail.execute("UPDATE audit SET new = '0' WHERE seq = 3")
    rows = trail.execute("SELECT seq, at, who, kind, patient_id, visit_id, field, old, new, pack_sha256 "
                         "FROM audit ORDER BY seq").fetchall()
    prev = ""
    for row in rows:
        digest = audit.entry_hash(prev, dict(zip(
            ("seq", "at", "who", "kind", "patient_id", "visit_id", "field", "old", "new", "pack_sha256"), row,
            strict=True)))
        trail.execute("UPDATE audit SET prev = ?, hash = ? WHERE seq = ?", (prev, digest, row[0]))
        prev = digest
    check = verify(trail)
    assert check.ok
    assert check.latest != printed


@pytest.mark.parametrize(("removed", "named"), [(1, 2), (5, 6), (9, 10)])
def test_a_removed_entry_is_named_by_the_one_after(trail: sqlite3.Connection, removed: int, named: int) -> None:
    seeded(trail)
    untrigger(trail)
    trail.execute("DELETE FROM audit WHERE seq = ?", (removed,))
    check = verify(trail)
    assert check.first_broken == named
    assert check.entries == 9


def test_removed_and_renumbered_entries_are_named(trail: sqlite3.Connection) -> None:
    seeded(trail)
    untrigger(trail)
    trail.execute("DELETE FROM audit WHERE seq = 5")
    trail.execute("UPDATE audit SET seq = seq - 1 WHERE seq > 5")
    assert verify(trail).first_broken == 5


def test_an_inserted_entry_is_named(trail: sqlite3.Connection) -> None:
    seeded(trail)
    trail.execute("INSERT INTO audit(seq, at, who, kind, field, old, new, pack_sha256, prev, hash) "
                  "VALUES (11, 'now', 'x', 'answer', 'f', '', '', '', 'forged', 'forged')")
    assert verify(trail).first_broken == 11


def test_only_the_first_broken_entry_is_named(trail: sqlite3.Connection) -> None:
    seeded(trail)
    untrigger(trail)
    trail.execute("UPDATE audit SET new = 'x' WHERE seq IN (3, 8)")
    check = verify(trail)
    assert check.first_broken == 3
    assert check.entries == 10


def test_edited_file_bytes_are_named(tmp_path: Path) -> None:
    """The file edited as bytes (a hex editor): the triggers never run."""
    path = tmp_path / "audit.sqlite"
    connection = open_trail(path)
    write(connection, answers(4))
    write(connection, [AuditEntry("decision", "Dr Osei", 1, 1, "denosumab", "", "declined-CHECK")])
    write(connection, answers(3, 20))
    latest = latest_hash(connection)
    connection.close()
    data = path.read_bytes()
    assert data.count(b"declined-CHECK") == 1
    path.write_bytes(data.replace(b"declined-CHECK", b"accepted-CHECK"))
    reopened = sqlite3.connect(path)
    assert reopened.execute("PRAGMA integrity_check").fetchone()[0] == "ok", "SQLite itself sees nothing wrong"
    assert reopened.execute("SELECT new FROM audit WHERE seq = 5").fetchone()[0] == "accepted-CHECK"
    assert verify(reopened) == audit.AuditCheck(8, 5, latest)
    reopened.close()


def test_system_user_is_a_name() -> None:
    assert audit.system_user()
