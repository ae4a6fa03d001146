"""The register's tables and their migrations (`PRAGMA user_version`), and how a connection is
opened: WAL, a busy timeout, foreign keys on. Qt-free, standard library `sqlite3` only."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path

BUSY_TIMEOUT_MS = 5000
CACHE_KB = 16_000  # the due list of a large clinic reads a few MB of index and rows


class RegisterError(Exception):
    """Not a register, a newer schema than this app knows, corrupt, or locked for too long."""


def _audit_schema() -> str:
    from .audit import AUDIT_SCHEMA  # R2's module: the audit table and its append-only triggers

    return AUDIT_SCHEMA


VERSION_1 = """
CREATE TABLE patients(
    id INTEGER PRIMARY KEY, key TEXT UNIQUE NOT NULL, name TEXT NOT NULL DEFAULT '', age INTEGER,
    birth_year INTEGER, sex TEXT, created TEXT NOT NULL, updated TEXT NOT NULL,
    match TEXT NOT NULL DEFAULT '');  -- the name's words, sorted, letters and digits only: duplicates
CREATE TABLE episodes(
    id INTEGER PRIMARY KEY, patient_id INTEGER NOT NULL REFERENCES patients(id), onset TEXT NOT NULL,
    levels TEXT NOT NULL DEFAULT '', created TEXT NOT NULL,
    last_visit INTEGER,  -- the episode's latest visit (by visit date): the one whose due items count
    UNIQUE(patient_id, onset));
CREATE TABLE visits(
    id INTEGER PRIMARY KEY, episode_id INTEGER NOT NULL REFERENCES episodes(id), visit_date TEXT NOT NULL,
    day INTEGER NOT NULL, phase TEXT NOT NULL, case_text TEXT NOT NULL, pack_id TEXT NOT NULL,
    pack_version TEXT NOT NULL, pack_sha256 TEXT NOT NULL, profile TEXT NOT NULL, source_file TEXT,
    saved TEXT NOT NULL, who TEXT NOT NULL);
CREATE TABLE decisions(
    id INTEGER PRIMARY KEY, visit_id INTEGER NOT NULL REFERENCES visits(id), item TEXT NOT NULL,
    decision TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '', date TEXT NOT NULL);
CREATE TABLE due(
    id INTEGER PRIMARY KEY, visit_id INTEGER NOT NULL REFERENCES visits(id),
    episode_id INTEGER NOT NULL REFERENCES episodes(id), due_date TEXT NOT NULL, kind TEXT NOT NULL,
    label TEXT NOT NULL, item TEXT, urgent INTEGER NOT NULL DEFAULT 0,
    current INTEGER NOT NULL DEFAULT 0);  -- 1: of its episode's latest visit (the due list)
-- the latest visit of an episode, the patient list (recent first), the due list by date
CREATE INDEX visits_episode ON visits(episode_id, visit_date, id);
CREATE INDEX episodes_patient ON episodes(patient_id);
CREATE INDEX patients_updated ON patients(updated);
CREATE INDEX decisions_visit ON decisions(visit_id);
CREATE INDEX due_visit ON due(visit_id);
CREATE INDEX due_current ON due(due_date) WHERE current = 1;
CREATE INDEX patients_match ON patients(match);
"""

# (version, what brings the register from version - 1 to it). A new version appends here; an
# existing step is never edited (registers in the field are at it already).
Step = str | Callable[[], str]
MIGRATIONS: Sequence[tuple[int, Sequence[Step]]] = (
    (1, (VERSION_1, _audit_schema)),
)
LATEST = MIGRATIONS[-1][0]


def connect(path: Path) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit: `BEGIN IMMEDIATE`)."""
    try:
        connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                                     check_same_thread=False)
    except sqlite3.Error as exc:
        raise RegisterError(f"{path}: cannot open the register: {exc}") from exc
    try:
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        connection.execute("PRAGMA foreign_keys = ON")
        mode = connection.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise RegisterError(f"{path}: the register needs a local disk (write-ahead log refused: {mode})")
        # FULL: a commit is on disk when COMMIT returns (NORMAL would survive a crash of the app but
        # may lose the last commits on a power cut); it costs one fsync of the log per save
        connection.execute("PRAGMA synchronous = FULL")
        connection.execute(f"PRAGMA cache_size = -{CACHE_KB}")
    except sqlite3.DatabaseError as exc:
        connection.close()
        raise RegisterError(f"{path}: not a register ({exc})") from exc
    except RegisterError:
        connection.close()
        raise
    return connection


def user_version(connection: sqlite3.Connection) -> int:
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


def migrate(connection: sqlite3.Connection, path: Path, migrations: Sequence[tuple[int, Sequence[Step]]] = MIGRATIONS
            ) -> int:
    """Bring the register to the latest version in one transaction (all or nothing); the version it is at.

    RegisterError for a register newer than this app, or a file that is not one."""
    latest = migrations[-1][0]
    try:
        current = user_version(connection)
        if current > latest:
            raise RegisterError(
                f"{path}: the register is at version {current}, newer than this app knows ({latest}): "
                "use a newer version of the app")
        if current == latest:
            return current
        connection.execute("BEGIN IMMEDIATE")
        try:
            current = user_version(connection)  # another process may have migrated meanwhile
            if current == 0 and _has_foreign_tables(connection):
                raise RegisterError(f"{path}: not a register (it holds other tables)")
            for version, steps in migrations:
                if version <= current:
                    continue
                for step in steps:
                    sql = step if isinstance(step, str) else step()
                    for statement in _statements(sql):
                        connection.execute(statement)
                connection.execute(f"PRAGMA user_version = {int(version)}")
                current = version
            connection.execute("COMMIT")
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise
    except sqlite3.DatabaseError as exc:
        raise RegisterError(f"{path}: not a register or damaged ({exc})") from exc
    return current


def _has_foreign_tables(connection: sqlite3.Connection) -> bool:
    found = connection.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").fetchone()[0]
    return int(found) > 0


def _statements(sql: str) -> list[str]:
    """Split a script into complete statements (CREATE TRIGGER bodies hold semicolons)."""
    statements: list[str] = []
    current = ""
    for line in sql.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            if current.strip():
                statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return statements
