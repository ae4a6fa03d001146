"""The audit trail: every answer change, decision, plan computed, import, export, backup and
restore, append only and hash-chained.

Append only: triggers refuse every UPDATE and DELETE of the `audit` table, and an INSERT that
would replace an entry (INSERT OR REPLACE deletes without the delete trigger). Hash-chained: each
entry's `hash` is the sha256 of the previous entry's hash followed by the canonical JSON of the
entry's own fields (its `seq` included), and the entry keeps that previous hash as `prev`. So
whoever bypasses the triggers (drops them, or edits the file's bytes) to change, remove or
insert an entry breaks the chain at that entry, and `verify` names it. (Removing the newest
entries leaves a shorter valid chain: the latest hash, printed on the clinician summary,
shows that the trail ended later.) Qt-free, standard library only.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import sqlite3
from collections.abc import Sequence
from datetime import datetime, timezone

from desktop.engine.record import record

APPEND_ONLY = "the audit trail is append-only"
KINDS = ("answer", "decision", "plan", "import", "export", "backup", "restore")

AUDIT_SCHEMA = f"""
CREATE TABLE audit(
    seq INTEGER PRIMARY KEY, at TEXT NOT NULL, who TEXT NOT NULL, kind TEXT NOT NULL,
    patient_id INTEGER, visit_id INTEGER, field TEXT NOT NULL DEFAULT '', old TEXT NOT NULL DEFAULT '',
    new TEXT NOT NULL DEFAULT '', pack_sha256 TEXT NOT NULL DEFAULT '', prev TEXT NOT NULL, hash TEXT NOT NULL);
CREATE INDEX audit_patient ON audit(patient_id);
CREATE INDEX audit_visit ON audit(visit_id);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN
    SELECT RAISE(ABORT, '{APPEND_ONLY}');
END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN
    SELECT RAISE(ABORT, '{APPEND_ONLY}');
END;
CREATE TRIGGER audit_no_replace BEFORE INSERT ON audit
WHEN NEW.seq <= (SELECT max(seq) FROM audit)
BEGIN
    SELECT RAISE(ABORT, '{APPEND_ONLY}');
END;
"""

# the columns an entry's hash covers, in the order they are read back
_HASHED = ("seq", "at", "who", "kind", "patient_id", "visit_id", "field", "old", "new", "pack_sha256")


@record
class AuditEntry:
    """One event. `field`, `old`, `new`: the answer changed (a dotted path) and its values, or
    the decision's item and its reason, or what was imported, exported, backed up, restored."""

    kind: str  # one of KINDS
    who: str  # the clinician's name entered for the session, or the system user
    patient_id: int | None = None
    visit_id: int | None = None
    field: str = ""
    old: str = ""
    new: str = ""
    pack_sha256: str = ""


@record
class AuditCheck:
    entries: int
    first_broken: int | None  # the seq of the first entry that does not chain, or None if all do
    latest: str  # the newest entry's hash ("" for an empty trail)

    @property
    def ok(self) -> bool:
        return self.first_broken is None


def system_user() -> str:
    """Who is logged in, for entries when no clinician's name was entered."""
    try:
        return getpass.getuser() or "unknown"
    except (OSError, KeyError, ImportError):  # no user name in the environment nor the password database
        return "unknown"


def entry_hash(prev: str, fields: dict[str, object]) -> str:
    """sha256 of the previous hash followed by the canonical JSON of the entry's fields."""
    canonical = json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256((prev + canonical).encode("utf-8")).hexdigest()


def timestamp(at: datetime | None = None) -> str:
    """ISO 8601 in UTC to the millisecond (a naive `at` is taken as UTC)."""
    moment = at or datetime.now(timezone.utc)
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc)
    return moment.replace(tzinfo=None).isoformat(timespec="milliseconds") + "Z"


def latest_hash(connection: sqlite3.Connection) -> str:
    """The newest entry's hash, "" if there is none."""
    row = connection.execute("SELECT hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    return str(row[0]) if row else ""


def append(connection: sqlite3.Connection, entries: Sequence[AuditEntry], at: datetime | None = None) -> str:
    """Add `entries` (all with the time `at`, default now) inside the caller's transaction,
    which should be a write one (`BEGIN IMMEDIATE`) so that no other writer appends between
    reading the newest entry and adding these. Nothing is committed here. The latest hash."""
    row = connection.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (int(row[0]), str(row[1])) if row else (0, "")
    when = timestamp(at)
    for entry in entries:
        if entry.kind not in KINDS:
            raise ValueError(f"unknown audit entry kind {entry.kind!r}")
        seq += 1
        fields: dict[str, object] = {
            "seq": seq, "at": when, "who": entry.who, "kind": entry.kind, "patient_id": entry.patient_id,
            "visit_id": entry.visit_id, "field": entry.field, "old": entry.old, "new": entry.new,
            "pack_sha256": entry.pack_sha256,
        }
        digest = entry_hash(prev, fields)
        connection.execute(
            f"INSERT INTO audit({', '.join(_HASHED)}, prev, hash) VALUES ({', '.join('?' * (len(_HASHED) + 2))})",
            (*(fields[name] for name in _HASHED), prev, digest))
        prev = digest
    return prev


def verify(connection: sqlite3.Connection) -> AuditCheck:
    """Recompute the chain from the first entry. An entry is broken when its seq does not follow
    the one before (an entry removed or inserted), its `prev` is not the hash before it, or its
    `hash` is not what its fields give (a field edited). sqlite3.DatabaseError if the table
    cannot be read at all."""
    count = 0
    prev = ""
    first_broken: int | None = None
    rows = connection.execute(f"SELECT {', '.join(_HASHED)}, prev, hash FROM audit ORDER BY seq")
    for row in rows:
        count += 1
        if first_broken is not None:
            prev = str(row[-1])
            continue
        fields = dict(zip(_HASHED, row[: len(_HASHED)], strict=True))
        stored_prev, stored_hash = row[-2], row[-1]
        if fields["seq"] != count or stored_prev != prev or entry_hash(prev, fields) != stored_hash:
            first_broken = int(fields["seq"])
        prev = str(stored_hash)
    return AuditCheck(entries=count, first_broken=first_broken, latest=prev)


def entries(connection: sqlite3.Connection, patient_id: int | None = None) -> list[tuple[object, ...]]:
    """The trail (or one patient's part of it), oldest first: seq, at, who, kind, patient_id,
    visit_id, field, old, new, pack_sha256."""
    query = f"SELECT {', '.join(_HASHED)} FROM audit"
    if patient_id is None:
        return list(connection.execute(query + " ORDER BY seq"))
    return list(connection.execute(query + " WHERE patient_id = ? ORDER BY seq", (patient_id,)))
