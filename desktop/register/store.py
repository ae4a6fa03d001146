"""The register: patients, episodes (one per fracture), visits (the case file as saved,
verbatim), decisions and due items, in one SQLite file. Each save is one `BEGIN IMMEDIATE`
transaction, so two app instances on one register never corrupt it or lose a save, and a
killed process leaves every committed visit. Qt-free."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import sqlite3
import uuid
from collections.abc import Iterator, Sequence
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from ..engine import Case, CaseErrors, Plan, Planner, RulePack, parse_case_text, validate_case
from ..engine.case.case import CASE_FORMAT, check_format
from ..engine.case.history import Decision, plain
from ..engine.case.migrate import migrate as migrate_case
from ..files import PRIVATE_FILE, private_dir
from .due import bucket, due_items
from .rows import DueRow, PatientRecord, PatientRow, VisitRow, match_key, name_key
from .schema import RegisterError, connect, migrate

UNNAMED = "unnamed:"


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _text(value: Any) -> str:
    """An answer as the audit trail records it ("" for no answer)."""
    value = plain(value)
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _answers(pack: RulePack, data: Any) -> dict[str, Any]:
    """The flat answers of a parsed case file, as a case file holds them."""
    flat: dict[str, Any] = {}
    if not isinstance(data, dict):
        return flat
    for q in pack.questions:
        group, _, key = q.id.rpartition(".")
        holder = data.get(group) if group else data
        value = plain(holder.get(key)) if isinstance(holder, dict) else None
        flat[q.id] = None if q.null_choice is not None and value == q.null_choice else value  # as the case reads it
    return flat


def _stored_answers(pack: RulePack, params: dict[str, Any], text: str, visit_date: date) -> dict[str, Any]:
    """A stored visit's answers as the app reads them: an older case format migrated, absent
    answers defaulted, a 'not known' choice as no answer, so that only what the clinician
    changed is a change. The file's own answers if it no longer validates; none if it does not
    parse."""
    try:
        data = parse_case_text(text)
    except CaseErrors:
        return {}
    try:
        return dict(validate_case(pack, data, params, today=visit_date).answers)
    except CaseErrors:
        pass
    if isinstance(data, dict) and data.get("format") != CASE_FORMAT:
        with contextlib.suppress(CaseErrors):
            data, _ = migrate_case(pack, data, check_format(data, pack.catalog), [])
    return _answers(pack, data)


def _patient_sql(where: str) -> str:
    return f"""
        SELECT p.id, p.name, p.age, p.birth_year, p.sex,
            (SELECT max(v.visit_date) FROM episodes e JOIN visits v ON v.episode_id = e.id
             WHERE e.patient_id = p.id),
            (SELECT min(d.due_date) FROM episodes e JOIN due d ON d.visit_id = e.last_visit
             WHERE e.patient_id = p.id AND d.current = 1),
            (SELECT count(*) FROM episodes e JOIN visits v ON v.episode_id = e.id WHERE e.patient_id = p.id)
        FROM patients p {where}"""


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def _patient_row(row: Sequence[Any]) -> PatientRow:
    return PatientRow(row[0], row[1], row[2], row[3], row[4], _day(row[5]), _day(row[6]), row[7])


class Register:
    """One open register. `connection` is for audit.py and backup.py (autocommit: a transaction
    is always explicit, `BEGIN IMMEDIATE` ... `COMMIT`)."""

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self.connection = connection

    @classmethod
    def open(cls, path: str | Path) -> Register:
        """Open the register at `path`, creating it (0600, in an owner-only folder if the folder is
        new) and migrating it to the latest schema. RegisterError if it cannot be used."""
        path = Path(path)
        try:
            if not path.parent.exists():
                private_dir(path.parent)
            if not path.exists():  # created owner-only; SQLite gives its -wal and -shm the same mode
                os.close(os.open(path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE))
            if os.name == "posix" and (path.stat().st_mode & 0o777) != PRIVATE_FILE:
                os.chmod(path, PRIVATE_FILE)
        except OSError as exc:
            raise RegisterError(f"{path}: cannot create the register: {exc.strerror or exc}") from exc
        connection = connect(path)
        try:
            migrate(connection, path)
        except BaseException:
            connection.close()
            raise
        return cls(path, connection)

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> Register:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """`BEGIN IMMEDIATE` ... `COMMIT`, rolled back on any exception (the write lock is taken at
        once, waiting up to the busy timeout for another writer)."""
        try:
            self.connection.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise RegisterError(f"{self.path}: the register is locked by another program ({exc})") from exc
            raise RegisterError(f"{self.path}: cannot write the register ({exc})") from exc
        except sqlite3.DatabaseError as exc:
            raise RegisterError(f"{self.path}: the register is damaged ({exc})") from exc
        try:
            yield self.connection
            self.connection.execute("COMMIT")
        except BaseException:
            if self.connection.in_transaction:
                with contextlib.suppress(sqlite3.Error):  # the first error is the one to report
                    self.connection.execute("ROLLBACK")
            raise

    # --- saving -------------------------------------------------------------------------------

    def save_visit(
        self,
        planner: Planner,
        case: Case,
        plan: Plan,
        case_text: str,
        *,
        who: str,
        source_file: str | None = None,
        decisions: Sequence[Decision] = (),
        extra: Sequence[Any] = (),  # more audit entries for the same transaction (an import)
    ) -> int:
        """Record one visit in one transaction: the patient and episode found or created, the
        visit with its case file verbatim, its decisions (`decisions`, or the case's if none are
        given), its due items, and the audit entries (answers changed since the episode's
        previous visit, each new decision, the plan computed, and `extra`). The visit's id."""
        from . import audit  # R2's module; imported here so the schema does not depend on it at import

        pack = planner.pack
        answers = case.answers
        name = str(answers.get(pack.patient.name) or "").strip() if pack.patient.name else ""
        key = name_key(name) or f"{UNNAMED}{uuid.uuid4()}"
        fields = pack.patient  # which answers say who the patient is, and the fracture (rules/pack.yaml)
        age = answers.get(fields.age) if fields.age else None
        age = age if isinstance(age, int) and not isinstance(age, bool) else None
        sex = answers.get(fields.sex) if fields.sex else None
        sex = str(sex) if sex is not None else None
        levels = answers.get(fields.levels) if fields.levels else None
        levels_text = ",".join(str(level) for level in levels) if isinstance(levels, list) else ""
        visit_date = plan.visit_date.isoformat()
        birth_year = plan.visit_date.year - age if age is not None else None
        chosen = list(decisions) or list(case.decisions)
        now = _now()
        try:
            with self.transaction() as db:
                found = db.execute("SELECT id FROM patients WHERE key = ?", (key,)).fetchone()
                if found is None:
                    patient_id = int(db.execute(
                        "INSERT INTO patients(key, name, age, birth_year, sex, created, updated, match) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        (key, name, age, birth_year, sex, now, now, match_key(name))).lastrowid or 0)
                else:
                    patient_id = int(found[0])
                    newest = db.execute(
                        "SELECT max(v.visit_date) FROM episodes e JOIN visits v ON v.episode_id = e.id "
                        "WHERE e.patient_id = ?", (patient_id,)).fetchone()[0]
                    if newest is None or visit_date >= newest:  # an older visit imported later keeps today's details
                        db.execute("UPDATE patients SET name = ?, age = ?, birth_year = ?, sex = ?, updated = ? "
                                   "WHERE id = ?", (name, age, birth_year, sex, now, patient_id))
                    else:
                        db.execute("UPDATE patients SET updated = ? WHERE id = ?", (now, patient_id))
                onset = plan.onset_date.isoformat()
                episode = db.execute("SELECT id, last_visit FROM episodes WHERE patient_id = ? AND onset = ?",
                                     (patient_id, onset)).fetchone()
                previous: tuple[int, str, str] | None = None
                if episode is None:
                    episode_id = int(db.execute(
                        "INSERT INTO episodes(patient_id, onset, levels, created) VALUES (?, ?, ?, ?)",
                        (patient_id, onset, levels_text, now)).lastrowid or 0)
                else:
                    episode_id = int(episode[0])
                    if episode[1] is not None:
                        previous = db.execute("SELECT id, visit_date, case_text FROM visits WHERE id = ?",
                                              (episode[1],)).fetchone()
                if previous is not None and previous[1] == visit_date:
                    # the same visit saved again (Ctrl+S twice, a correction): it replaces the
                    # episode's latest visit, and the audit trail has what changed since
                    visit_id = int(previous[0])
                    entries = self._audit_entries(pack, case, plan, who, patient_id, visit_id, previous, chosen,
                                                  planner.params)
                    db.execute(
                        "UPDATE visits SET day = ?, phase = ?, case_text = ?, pack_id = ?, pack_version = ?, "
                        "pack_sha256 = ?, profile = ?, source_file = ?, saved = ?, who = ? WHERE id = ?",
                        (plan.day, plan.phase, case_text, plan.pack_id, plan.pack_version, plan.pack_sha256,
                         plan.profile_id, source_file, now, who, visit_id))
                    db.execute("DELETE FROM decisions WHERE visit_id = ?", (visit_id,))
                    db.execute("DELETE FROM due WHERE visit_id = ?", (visit_id,))
                    previous = None  # nothing older to set aside: this is the latest visit
                else:
                    visit_id = int(db.execute(
                        "INSERT INTO visits(episode_id, visit_date, day, phase, case_text, pack_id, pack_version, "
                        "pack_sha256, profile, source_file, saved, who) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (episode_id, visit_date, plan.day, plan.phase, case_text, plan.pack_id, plan.pack_version,
                         plan.pack_sha256, plan.profile_id, source_file, now, who)).lastrowid or 0)
                    entries = self._audit_entries(pack, case, plan, who, patient_id, visit_id, previous, chosen,
                                                  planner.params)
                # a later fracture's plan supersedes an earlier one's: only the newest is due
                newest_onset = db.execute("SELECT max(onset) FROM episodes WHERE patient_id = ?",
                                          (patient_id,)).fetchone()[0]
                latest = previous is None or visit_date >= previous[1]  # the episode's latest visit
                due_now = latest and onset >= newest_onset
                if due_now:
                    db.execute("UPDATE due SET current = 0 WHERE episode_id IN "
                               "(SELECT id FROM episodes WHERE patient_id = ? AND onset < ?)", (patient_id, onset))
                if latest:
                    db.execute("UPDATE episodes SET last_visit = ?, levels = ? WHERE id = ?",
                               (visit_id, levels_text, episode_id))
                    if previous is not None:
                        db.execute("UPDATE due SET current = 0 WHERE visit_id = ?", (previous[0],))
                db.executemany(
                    "INSERT INTO decisions(visit_id, item, decision, reason, note, date) VALUES (?, ?, ?, ?, ?, ?)",
                    [(visit_id, d.item, d.decision, d.reason, d.note, d.date.isoformat()) for d in chosen])
                db.executemany(
                    "INSERT INTO due(visit_id, episode_id, due_date, kind, label, item, urgent, current) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [(visit_id, episode_id, d.due_date.isoformat(), d.kind, d.label, d.item, int(d.urgent),
                      int(due_now)) for d in due_items(plan)])
                entries.extend(dataclasses.replace(e, patient_id=patient_id, visit_id=visit_id) for e in extra)
                audit.append(db, entries)
        except sqlite3.DatabaseError as exc:
            raise RegisterError(f"{self.path}: the visit was not saved: {exc}") from exc
        return visit_id

    def _audit_entries(
        self,
        pack: RulePack,
        case: Case,
        plan: Plan,
        who: str,
        patient_id: int,
        visit_id: int,
        previous: tuple[int, str, str] | None,
        chosen: list[Decision],
        params: dict[str, Any],
    ) -> list[Any]:
        from .audit import AuditEntry

        before: dict[str, Any] = {}
        known: set[tuple[str, str, str, str, str]] = set()
        if previous is not None:
            before = _stored_answers(pack, params, previous[2], date.fromisoformat(previous[1]))
            known = {tuple(row) for row in self.connection.execute(
                "SELECT item, decision, reason, note, date FROM decisions WHERE visit_id = ?", (previous[0],))}
        entries = []
        for q in pack.questions:
            old, new = _text(before.get(q.id)), _text(case.answers.get(q.id))
            if old != new:
                entries.append(AuditEntry("answer", who, patient_id, visit_id, q.id, old, new))
        for d in chosen:
            if (d.item, d.decision, d.reason, d.note, d.date.isoformat()) not in known:
                said = d.decision + (f" ({d.reason})" if d.reason else "") + (f": {d.note}" if d.note else "")
                entries.append(AuditEntry("decision", who, patient_id, visit_id, d.item, "", said))
        entries.append(AuditEntry("plan", who, patient_id, visit_id, plan.profile_id, "",
                                  f"{plan.pack_id} {plan.pack_version}", plan.pack_sha256))
        return entries

    # --- reading ------------------------------------------------------------------------------

    def patients(self, search: str = "", limit: int = 200) -> list[PatientRow]:
        """Recently saved first; `search` matches a substring of the name or ID (casefolded)."""
        term = name_key(search)
        try:
            if term:
                like = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
                rows = self.connection.execute(
                    _patient_sql("WHERE p.key LIKE ? ESCAPE '\\' AND p.key NOT LIKE 'unnamed:%' "
                                 "ORDER BY p.updated DESC, p.id DESC LIMIT ?"), (like, limit)).fetchall()
            else:
                rows = self.connection.execute(
                    _patient_sql("ORDER BY p.updated DESC, p.id DESC LIMIT ?"), (limit,)).fetchall()
        except sqlite3.DatabaseError as exc:
            raise RegisterError(f"{self.path}: {exc}") from exc
        return [_patient_row(row) for row in rows]

    def patient(self, patient_id: int) -> PatientRecord:
        """A patient with their visits, newest first. RegisterError if there is no such patient."""
        try:
            row = self.connection.execute(_patient_sql("WHERE p.id = ?"), (patient_id,)).fetchone()
            if row is None:
                raise RegisterError(f"no patient {patient_id} in the register")
            visits = self.connection.execute(
                "SELECT v.id, v.episode_id, v.visit_date, v.day, v.phase, v.pack_version, v.profile, "
                "v.source_file, v.who FROM episodes e JOIN visits v ON v.episode_id = e.id "
                "WHERE e.patient_id = ? ORDER BY v.visit_date DESC, v.id DESC", (patient_id,)).fetchall()
        except sqlite3.DatabaseError as exc:
            raise RegisterError(f"{self.path}: {exc}") from exc
        return PatientRecord(_patient_row(row), [
            VisitRow(v[0], v[1], date.fromisoformat(v[2]), v[3], v[4], v[5], v[6], v[7], v[8]) for v in visits])

    def due(self, today: date, within_days: int | None = None) -> list[DueRow]:
        """What the latest visit of each episode says is due: everything overdue, and what falls
        within `within_days` of `today` (everything ahead if None); by date, overdue first."""
        sql = "SELECT episode_id, visit_id, due_date, kind, label, item, urgent FROM due WHERE current = 1"
        args: tuple[Any, ...] = ()
        if within_days is not None:
            sql += " AND due_date <= ?"
            args = ((today + timedelta(days=within_days)).isoformat(),)
        sql += " ORDER BY due_date, id"  # the index's own order: no sort; urgent first is done below
        try:
            rows = self.connection.execute(sql, args).fetchall()
            # whose each episode is: looked up once per episode, not joined on every row
            episodes = json.dumps(sorted({row[0] for row in rows}))
            whose = {eid: (pid, name) for eid, pid, name in self.connection.execute(
                "SELECT e.id, e.patient_id, p.name FROM episodes e JOIN patients p ON p.id = e.patient_id "
                "WHERE e.id IN (SELECT value FROM json_each(?))", (episodes,))}
        except sqlite3.DatabaseError as exc:
            raise RegisterError(f"{self.path}: {exc}") from exc
        days: dict[str, tuple[date, str]] = {}  # each date read and bucketed once (many rows share one)
        result = []
        for episode, visit, when_text, kind, label, item, urgent in rows:
            day = days.get(when_text)
            if day is None:
                when = date.fromisoformat(when_text)
                day = days[when_text] = (when, bucket(when, today))
            patient_id, name = whose[episode]
            result.append(DueRow(patient_id, name, episode, visit, day[0], kind, label, item, bool(urgent), day[1]))
        result.sort(key=lambda r: (r.due_date, not r.urgent))  # stable: saved order within a date
        return result

    def possible_duplicates(self, name: str, birth_year: int | None, exclude: int | None = None) -> list[PatientRow]:
        """Patients with the same name or ID (casefolded, spaces normalised; or the same words,
        punctuation and order aside) and a birth year within 1 of `birth_year` (any, if either is
        unknown)."""
        key, loose = name_key(name), match_key(name)
        if not key:
            return []
        sql = "WHERE (p.key = ? OR (p.match = ? AND p.match != ''))"
        args: list[Any] = [key, loose]
        if birth_year is not None:
            sql += " AND (p.birth_year IS NULL OR p.birth_year BETWEEN ? AND ?)"
            args += [birth_year - 1, birth_year + 1]
        if exclude is not None:
            sql += " AND p.id != ?"
            args.append(exclude)
        try:
            rows = self.connection.execute(_patient_sql(sql + " ORDER BY p.id"), args).fetchall()
        except sqlite3.DatabaseError as exc:
            raise RegisterError(f"{self.path}: {exc}") from exc
        return [_patient_row(row) for row in rows]

    def visit_text(self, visit_id: int) -> str:
        """The case file of a visit, exactly as saved. RegisterError if there is no such visit."""
        try:
            row = self.connection.execute("SELECT case_text FROM visits WHERE id = ?", (visit_id,)).fetchone()
        except sqlite3.DatabaseError as exc:
            raise RegisterError(f"{self.path}: {exc}") from exc
        if row is None:
            raise RegisterError(f"no visit {visit_id} in the register")
        return str(row[0])
