"""The register on a real SQLite file: opening, migrations, saving visits, the patient list,
possible duplicates, and a save that fails leaving nothing."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from desktop.engine import Planner
from desktop.register import schema
from desktop.register.rows import name_key
from desktop.register.schema import LATEST, RegisterError
from desktop.register.store import Register

from .conftest import case_text, save

ANA = {"patient.name": "Ana  Test", "patient.age": 74}
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def count(register: Register, table: str) -> int:
    return int(register.connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_a_new_register_is_migrated_wal_and_waits_for_a_busy_writer(register: Register) -> None:
    db = register.connection
    assert db.execute("PRAGMA user_version").fetchone()[0] == LATEST == 1
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"patients", "episodes", "visits", "decisions", "due", "audit"} <= tables


@posix_only
def test_the_register_and_its_new_folder_are_owner_only(register: Register, save_visit: Callable[..., int]) -> None:
    save_visit(**ANA)
    assert stat.S_IMODE(register.path.parent.stat().st_mode) == 0o700
    for path in register.path.parent.iterdir():  # the register, its -wal and -shm
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


@posix_only
def test_an_existing_file_with_wider_permissions_is_made_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "register.sqlite"
    path.touch(mode=0o644)
    os.chmod(path, 0o644)
    Register.open(path).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_an_empty_file_at_version_0_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "register.sqlite"
    path.write_bytes(b"")
    with Register.open(path) as register:
        assert schema.user_version(register.connection) == 1


def test_a_register_at_version_1_is_opened_as_it_is(tmp_path: Path, planner: Planner) -> None:
    path = tmp_path / "register.sqlite"
    with Register.open(path) as register:
        visit = save(register, planner, **ANA)
    with Register.open(path) as again:
        assert schema.user_version(again.connection) == 1
        assert again.visit_text(visit) == case_text(planner, **ANA)
        assert count(again, "visits") == 1


def test_migrations_run_in_order_from_the_version_found(tmp_path: Path) -> None:
    """A later version appends a step to the list: a version-1 register gets only that step."""
    path = tmp_path / "register.sqlite"
    Register.open(path).close()
    steps = (*schema.MIGRATIONS, (2, ("ALTER TABLE patients ADD COLUMN phone TEXT",)))
    connection = schema.connect(path)
    try:
        assert schema.migrate(connection, path, steps) == 2
        assert schema.user_version(connection) == 2
        assert "phone" in {r[1] for r in connection.execute("PRAGMA table_info(patients)")}
        assert schema.migrate(connection, path, steps) == 2  # nothing left to do
    finally:
        connection.close()


def test_a_failing_migration_leaves_the_register_at_its_version(tmp_path: Path) -> None:
    path = tmp_path / "register.sqlite"
    Register.open(path).close()
    steps = (*schema.MIGRATIONS, (2, ("ALTER TABLE patients ADD COLUMN phone TEXT", "SELECT * FROM nowhere")))
    connection = schema.connect(path)
    try:
        with pytest.raises(RegisterError, match="no such table: nowhere"):
            schema.migrate(connection, path, steps)
        assert schema.user_version(connection) == 1
        assert "phone" not in {r[1] for r in connection.execute("PRAGMA table_info(patients)")}
    finally:
        connection.close()


def test_a_newer_register_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "register.sqlite"
    Register.open(path).close()
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA user_version = 2")
    db.close()
    with pytest.raises(RegisterError, match="version 2, newer than this app knows"):
        Register.open(path)


def test_a_file_that_is_not_a_register_is_refused(tmp_path: Path) -> None:
    text = tmp_path / "notes.sqlite"
    text.write_text("not a database at all, just some text " * 100, encoding="utf-8")
    with pytest.raises(RegisterError, match="not a register"):
        Register.open(text)
    other = tmp_path / "other.sqlite"
    db = sqlite3.connect(other)
    db.execute("CREATE TABLE something(x)")
    db.commit()
    db.close()
    with pytest.raises(RegisterError, match="not a register"):
        Register.open(other)


def test_a_visit_is_saved_with_its_patient_episode_decisions_and_due_items(
    register: Register, planner: Planner
) -> None:
    visit = save(register, planner, **ANA)
    record = register.patient(register.patients()[0].id)
    assert record.patient.name == "Ana  Test"
    assert (record.patient.age, record.patient.birth_year, record.patient.sex) == (74, 1952, "female")
    assert record.patient.last_visit == date(2026, 11, 21)
    assert record.patient.next_due == date(2026, 12, 16)  # the week-4 review (day 28 after onset 18 Nov)
    assert record.patient.visits == 1
    [row] = record.visits
    assert (row.id, row.visit_date, row.day, row.phase, row.profile, row.who) == (
        visit, date(2026, 11, 21), 3, "acute", "default", "Dr Test")
    assert row.pack_version == planner.pack.version
    assert register.visit_text(visit) == case_text(planner, **ANA)
    assert count(register, "due") > 0
    sha = register.connection.execute("SELECT pack_sha256 FROM visits").fetchone()[0]
    assert sha == planner.pack.sha256


def test_a_follow_up_is_the_same_episode_and_audits_only_what_changed(register: Register, planner: Planner) -> None:
    first = save(register, planner, **ANA)
    second = save(register, planner, **ANA, visit_date="2026-12-16", **{"pain.nrs": 3})
    other = save(register, planner, **ANA, visit_date="2027-03-01", onset_date="2027-02-20")
    assert count(register, "patients") == 1
    assert count(register, "episodes") == 2
    record = register.patient(register.patients()[0].id)
    assert [v.id for v in record.visits] == [other, second, first]  # newest first
    assert record.visits[0].episode_id != record.visits[1].episode_id == record.visits[2].episode_id
    answers = register.connection.execute(
        "SELECT field, old, new FROM audit WHERE kind = 'answer' AND visit_id = ? ORDER BY seq", (second,)).fetchall()
    assert answers == [("visit_date", "2026-11-21", "2026-12-16"), ("pain.nrs", "5", "3")]
    first_answers = register.connection.execute(
        "SELECT count(*) FROM audit WHERE kind = 'answer' AND visit_id = ?", (first,)).fetchone()[0]
    assert first_answers >= 10  # a first visit: every answer given, from nothing
    plans = register.connection.execute("SELECT pack_sha256, who FROM audit WHERE kind = 'plan'").fetchall()
    assert plans == [(planner.pack.sha256, "Dr Test")] * 3


def test_decisions_are_stored_and_each_new_one_audited(register: Register, planner: Planner) -> None:
    decision = {"item": "calcitonin", "decision": "declined", "reason": "patient_preference", "note": "",
                "date": "2026-11-21"}
    first = save(register, planner, **ANA, decisions=[decision])
    later = {**decision, "item": "brace", "decision": "accepted", "reason": "", "date": "2026-12-16"}
    second = save(register, planner, **ANA, visit_date="2026-12-16", decisions=[decision, later])
    rows = register.connection.execute("SELECT visit_id, item, decision, reason FROM decisions ORDER BY id").fetchall()
    assert rows == [(first, "calcitonin", "declined", "patient_preference"),
                    (second, "calcitonin", "declined", "patient_preference"), (second, "brace", "accepted", "")]
    audited = register.connection.execute(
        "SELECT visit_id, field, new FROM audit WHERE kind = 'decision' ORDER BY seq").fetchall()
    assert audited == [(first, "calcitonin", "declined (patient_preference)"), (second, "brace", "accepted")]


def test_an_older_visit_saved_later_does_not_replace_the_latest(register: Register, planner: Planner) -> None:
    latest = save(register, planner, **{**ANA, "patient.age": 75}, visit_date="2026-12-16")
    save(register, planner, **ANA)
    episode = register.connection.execute("SELECT last_visit FROM episodes").fetchone()[0]
    assert episode == latest
    assert {d.visit_id for d in register.due(date(2026, 11, 21))} == {latest}
    assert register.patients()[0].age == 75


def test_a_new_fracture_supersedes_the_earlier_ones_due_list(register: Register, planner: Planner) -> None:
    """A new fracture (a later onset) is a new episode; only its plan's items are due, so the
    earlier fracture's week-4 review is not listed as overdue for ever."""
    earlier = save(register, planner, **ANA)  # onset 18 Nov: week-4 review due 16 Dec
    newer = save(register, planner, **ANA, visit_date="2027-03-01", onset_date="2027-02-27",
                 **{"fracture.levels": ["T12"], "history.prior_fragility_fracture": True})
    assert count(register, "episodes") == 2
    assert {d.visit_id for d in register.due(date(2027, 3, 1))} == {newer}
    assert register.patients()[0].next_due == date(2027, 3, 27)  # the new fracture's week-4 review
    save(register, planner, **ANA, visit_date="2026-12-16", **{"pain.nrs": 3})  # the earlier fracture's, typed in late
    assert {d.visit_id for d in register.due(date(2027, 3, 1))} == {newer}
    assert earlier != newer


def test_the_patient_list_is_recent_first_and_searched_as_you_type(register: Register, planner: Planner) -> None:
    names = ["Ana Test", "Bruno Costa", "Ana Maria Souza", "ID 4711", "Zoë Ångström"]
    for name in names:
        save(register, planner, **{"patient.name": name})
    save(register, planner)  # no name: a patient of its own, never found by a search
    save(register, planner)
    assert [p.name for p in register.patients()] == ["", "", *reversed(names)]
    assert [p.name for p in register.patients("ana")] == ["Ana Maria Souza", "Ana Test"]
    assert [p.name for p in register.patients("  ANA   MARIA ")] == ["Ana Maria Souza"]
    assert [p.name for p in register.patients("47")] == ["ID 4711"]
    assert [p.name for p in register.patients("zoË åNG")] == ["Zoë Ångström"]
    assert register.patients("unnamed") == []
    assert register.patients("%") == register.patients("_") == []
    assert len(register.patients(limit=3)) == 3


def test_name_key_casefolds_and_normalises_spaces() -> None:
    assert name_key("  Ana\tTEST  ") == "ana test"
    assert name_key("STRASSE") == name_key("straße")


def test_possible_duplicates_same_name_and_birth_year_within_one(register: Register, planner: Planner) -> None:
    save(register, planner, **{"patient.name": "Test, Ana", "patient.age": 74})  # born about 1952
    save(register, planner, **{"patient.name": "Bruno Costa", "patient.age": 60})
    ana = register.patients("test, ana")[0]
    assert [p.id for p in register.possible_duplicates("ana test", 1953)] == [ana.id]
    assert [p.id for p in register.possible_duplicates("TEST,  ANA", 1951)] == [ana.id]
    assert [p.id for p in register.possible_duplicates("Ana Test", None)] == [ana.id]
    assert register.possible_duplicates("Ana Test", 1954) == []
    assert register.possible_duplicates("Ana Teste", 1952) == []
    assert register.possible_duplicates("Test, Ana", 1952, exclude=ana.id) == []
    assert register.possible_duplicates("", 1952) == []


def test_unknown_patient_or_visit_is_a_register_error(register: Register) -> None:
    with pytest.raises(RegisterError, match="no patient 9"):
        register.patient(9)
    with pytest.raises(RegisterError, match="no visit 9"):
        register.visit_text(9)


def test_a_save_failing_midway_leaves_nothing(register: Register, planner: Planner) -> None:
    save(register, planner, **ANA)
    before = {t: count(register, t) for t in ("patients", "episodes", "visits", "decisions", "due", "audit")}
    register.connection.execute(
        "CREATE TEMP TRIGGER fail BEFORE INSERT ON due BEGIN SELECT RAISE(ABORT, 'disk gone'); END")
    with pytest.raises(RegisterError, match="the visit was not saved: disk gone"):
        save(register, planner, **{"patient.name": "Bruno Costa"})
    with pytest.raises(RegisterError):
        save(register, planner, **ANA, visit_date="2026-12-16")
    assert {t: count(register, t) for t in before} == before
    assert not register.connection.in_transaction


def test_a_writer_waits_for_another_then_gives_up_with_a_register_error(
    register: Register, planner: Planner
) -> None:
    other = sqlite3.connect(register.path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another instance in the middle of its save
        register.connection.execute("PRAGMA busy_timeout = 200")  # instead of 5 s, for the test
        with pytest.raises(RegisterError, match="locked by another program"):
            save(register, planner, **ANA)
        other.execute("COMMIT")
    finally:
        other.close()
    assert save(register, planner, **ANA)  # once the other is done
    assert count(register, "visits") == 1


def test_a_damaged_register_is_a_register_error(tmp_path: Path, planner: Planner) -> None:
    path = tmp_path / "register.sqlite"
    with Register.open(path) as register:
        for number in range(30):
            save(register, planner, **{"patient.name": f"Patient {number}"})
        register.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    page = 4096
    data[page : len(data)] = b"\xa5" * (len(data) - page)  # every page after the first overwritten
    path.write_bytes(bytes(data))
    with pytest.raises(RegisterError, match=r"malformed"), Register.open(path) as damaged:
        damaged.patients()


def test_saving_the_same_visit_again_replaces_it_and_the_audit_has_what_changed(
    register: Register, planner: Planner
) -> None:
    """Ctrl+S twice in one visit, or a correction the same day: still one visit, its latest
    text, its due items once; the audit trail records the answer that changed."""
    first = save(register, planner, **{"patient.name": "Ana Test", "pain.nrs": 6})
    again = save(register, planner, **{"patient.name": "Ana Test", "pain.nrs": 4})
    assert again == first
    record = register.patient(register.patients()[0].id)
    assert [v.id for v in record.visits] == [first]
    assert "nrs: 4" in register.visit_text(first)
    due = register.due(date(2026, 11, 21))
    assert len(due) == len({(r.due_date, r.label) for r in due})  # nothing listed twice
    changes = register.connection.execute(
        "SELECT old, new FROM audit WHERE kind = 'answer' AND field = 'pain.nrs' ORDER BY seq").fetchall()
    assert changes == [("", "6"), ("6", "4")]
    later = save(register, planner, **{"patient.name": "Ana Test", "visit_date": "2026-12-16"})
    assert later != first  # another day: another visit
