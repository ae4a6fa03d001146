"""Case files stay the interchange format: import a folder of them into the register, export any
visit as its case file, verbatim. Qt-free."""

from __future__ import annotations

import sqlite3
from dataclasses import field
from pathlib import Path

from desktop.engine.record import mutable_record

from ..engine import CaseErrors, EngineError, Planner, parse_case_text, validate_case
from ..engine.case.case import MAX_CASE_BYTES
from ..files import write_atomic
from .schema import RegisterError
from .store import Register

CASE_SUFFIXES = (".yaml", ".yml", ".json")


@mutable_record
class ImportReport:
    imported: list[str] = field(default_factory=list)  # file names, in the order imported
    refused: list[tuple[str, str]] = field(default_factory=list)  # (file name, why)


def _reason(exc: CaseErrors) -> str:
    return "; ".join(str(e) for e in exc.errors) or str(exc)


def import_folder(register: Register, planner: Planner, folder: Path, *, who: str) -> ImportReport:
    """Import every case file of `folder` (.yaml, .yml, .json; not its subfolders), by name.

    Each file is validated and planned with `planner` and saved in its own transaction: a file
    refused (invalid, unreadable, already in the register, or failing while it is saved) leaves
    nothing in the register and is named with its reason."""
    from .audit import AuditEntry

    report = ImportReport()
    folder = Path(folder)
    try:
        files = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in CASE_SUFFIXES)
    except OSError as exc:
        raise RegisterError(f"{folder}: cannot read the folder: {exc.strerror or exc}") from exc
    pack = planner.pack
    for path in files:
        try:
            with path.open("rb") as stream:
                raw = stream.read(MAX_CASE_BYTES + 1)
            data = parse_case_text(raw, path.name, pack.catalog)  # as read_case_file reads it
            text = raw.decode("utf-8")  # parse_case_text refused what is not UTF-8
            case = validate_case(pack, data, planner.params)
            plan = planner.plan(case)
            same = register.connection.execute(
                "SELECT id FROM visits WHERE visit_date = ? AND case_text = ? LIMIT 1",
                (plan.visit_date.isoformat(), text)).fetchone()
            if same is not None:
                report.refused.append((path.name, f"already in the register (visit {same[0]})"))
                continue
            register.save_visit(planner, case, plan, text, who=who, source_file=str(path), decisions=case.decisions,
                                extra=[AuditEntry("import", who, field="file", new=str(path))])
        except CaseErrors as exc:
            report.refused.append((path.name, _reason(exc)))
        except (EngineError, RegisterError, sqlite3.Error) as exc:
            report.refused.append((path.name, str(exc)))
        except OSError as exc:
            report.refused.append((path.name, f"cannot read the file: {exc.strerror or exc}"))
        else:
            report.imported.append(path.name)
    return report


def export_visit(register: Register, visit_id: int, path: Path, *, who: str = "") -> None:
    """Write the visit's case file, exactly as saved, to `path` (atomically, owner-only), and
    record the export in the audit trail (`who`: the system user if not given).
    RegisterError for an unknown visit; OSError if the file cannot be written."""
    write_atomic(path, register.visit_text(visit_id).encode("utf-8"))
    record_export(register, visit_id, "file", path, who)


def record_export(register: Register, visit_id: int, what: str, path: Path, who: str) -> None:
    """The export of a visit (`what`: "file", "fhir (full)" ...) in the audit trail."""
    from .audit import AuditEntry, append, system_user

    row = register.connection.execute(
        "SELECT e.patient_id FROM visits v JOIN episodes e ON e.id = v.episode_id WHERE v.id = ?",
        (visit_id,)).fetchone()
    with register.transaction() as db:
        append(db, [AuditEntry("export", who or system_user(), row[0] if row else None, visit_id, what, "",
                               str(path))])

