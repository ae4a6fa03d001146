"""`ovcf-pathway register ...`: the clinic register from the command line (patients, who is
due, import and export of case files, backups, the audit trail's check)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from .cli_common import EXIT_CASE, EXIT_FAILED, EXIT_OK, fail, load_pack

if TYPE_CHECKING:
    from collections.abc import Callable

    from .register.store import Register

REGISTER_FILE = "register.sqlite"
BUCKET_TITLES = {"overdue": "Overdue", "today": "Today", "week": "This week", "month": "This month",
                 "later": "Later"}


def add_register_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    register = sub.add_parser("register", help="the clinic register: patients, due follow-ups, backups, audit")
    register.add_argument("--register", metavar="FILE", dest="register_file",
                          help="the register file (default: register.sqlite in the data folder)")
    register_file = argparse.ArgumentParser(add_help=False)  # --register also after the command
    register_file.add_argument("--register", metavar="FILE", dest="register_file", default=argparse.SUPPRESS,
                               help="the register file (default: register.sqlite in the data folder)")
    register_sub = register.add_subparsers(dest="register_command", required=True)
    listing = register_sub.add_parser("list", help="patients, recently saved first", parents=[register_file])
    listing.add_argument("--search", metavar="S", default="", help="only names or IDs containing S")
    due = register_sub.add_parser("due", help="follow-ups due: overdue, today, this week, this month, later",
                                  parents=[register_file])
    due.add_argument("--within", metavar="DAYS", help="only what is due within DAYS days (and all that is overdue)")
    due.add_argument("--today", metavar="YYYY-MM-DD", help="the day to count from (default: today)")
    imports = register_sub.add_parser("import", help="import the case files of a folder", parents=[register_file])
    imports.add_argument("directory", metavar="DIR")
    imports.add_argument("--rules", metavar="DIR", dest="import_rules")
    imports.add_argument("--profile", metavar="FILE", dest="import_profile", help="site profile file or id")
    imports.add_argument("--who", metavar="NAME", help="who imports, for the audit trail (default: the system user)")
    export = register_sub.add_parser("export", help="write a visit as a case file", parents=[register_file])
    export.add_argument("visit_id", metavar="VISIT_ID")
    export.add_argument("out", metavar="OUT")
    export.add_argument("--who", metavar="NAME", help="who exports, for the audit trail (default: the system user)")
    export.add_argument("--fhir", choices=("full", "openmrs"), help="write a FHIR R4 Bundle of the visit instead "
                        "of its case file (planned from the case as saved, under --rules and --profile)")
    export.add_argument("--rules", metavar="DIR", dest="export_rules")
    export.add_argument("--profile", metavar="FILE", dest="export_profile")
    backup = register_sub.add_parser("backup", help="copy the register into DIR (rotated: the newest 10 kept)",
                                     parents=[register_file])
    backup.add_argument("directory", metavar="DIR")
    backup.add_argument("--keep", metavar="N", type=int, default=10, help="how many backups to keep (default 10)")
    backup.add_argument("--who", metavar="NAME", help="who backs up, for the audit trail (default: the system user)")
    restore = register_sub.add_parser("restore", help="replace the register with a backup, once the backup is "
                                      "checked (the replaced file kept as .before-restore)", parents=[register_file])
    restore.add_argument("copy", metavar="BACKUP")
    restore.add_argument("--who", metavar="NAME", help="who restores, for the audit trail (default: the system user)")
    register_sub.add_parser("verify", help="check the register and its audit chain; exit 1 if it is broken",
                            parents=[register_file])


def register_path(args: argparse.Namespace) -> Path:
    """--register FILE, else register.sqlite in the data folder: OVCF_DATA_DIR, else the
    platform's application data folder, which only Qt knows (imported only then)."""
    if args.register_file:
        return Path(args.register_file)
    override = os.environ.get("OVCF_DATA_DIR")
    if override:
        return Path(override) / REGISTER_FILE
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.setApplicationName("OVCF Pathway")  # as the app names itself (ui/app.py)
    QCoreApplication.setOrganizationName("OVCF Pathway")
    from .ui.data_folder import data_dir

    return data_dir() / REGISTER_FILE


def cmd_register(args: argparse.Namespace) -> int:
    """Open the register (only `import` creates one), run the command, close it. Exit codes:
    0 done; 2 a missing register or folder, a bad argument, a refused case file; 1 the register
    cannot be used or written, or (`verify`) is damaged or its audit chain broken."""
    import sqlite3

    from .register.schema import RegisterError
    from .register.store import Register

    path = register_path(args)
    command = args.register_command
    if command == "restore":  # the register is replaced, never opened here: close it everywhere first
        from .register.backup import restore

        try:
            restore(args.copy, path, who=args.who)
        except RegisterError as exc:
            return fail(str(exc), EXIT_CASE if not Path(args.copy).is_file() else EXIT_FAILED)
        print(f"Restored {path} from {args.copy}; the register it replaced is kept as {path}.before-restore"
              if path.with_name(path.name + ".before-restore").exists() else f"Restored {path} from {args.copy}")
        return EXIT_OK
    if command != "import" and not path.is_file():
        return fail(f"{path}: no register there (import case files to start one, or pass --register FILE)",
                    EXIT_CASE)
    commands: dict[str, Callable[[Register, argparse.Namespace], int]] = {
        "list": register_list, "due": register_due, "import": register_import, "export": register_export,
        "backup": register_backup, "verify": register_verify}
    try:
        with Register.open(path) as register:
            return commands[command](register, args)
    except RegisterError as exc:
        return fail(str(exc), EXIT_FAILED)
    except sqlite3.DatabaseError as exc:  # a page damaged under a table the command reads
        return fail(f"{path}: the register is damaged ({exc}); restore a backup", EXIT_FAILED)


def table(rows: Sequence[Sequence[str]], right: frozenset[int] = frozenset(), indent: str = "") -> list[str]:
    """Plain text columns: each as wide as its widest cell, numbers (`right`) right-aligned."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return [indent + "  ".join(cell.rjust(w) if i in right else cell.ljust(w)
                               for i, (cell, w) in enumerate(zip(row, widths, strict=True))).rstrip()
            for row in rows]


def patient_name(name: str, patient_id: int) -> str:
    return name or f"(no name, patient {patient_id})"


def register_list(register: Register, args: argparse.Namespace) -> int:
    patients = register.patients(args.search, limit=100_000)
    if not patients:
        print(f"No patient matches {args.search!r}." if args.search else "No patients in the register.")
        return EXIT_OK
    rows = [("ID", "Name or ID", "Age", "Born", "Sex", "Visits", "Last visit", "Next due")]
    rows += [(str(p.id), patient_name(p.name, p.id), "" if p.age is None else str(p.age),
              "" if p.birth_year is None else f"about {p.birth_year}", p.sex or "", str(p.visits),
              p.last_visit.isoformat() if p.last_visit else "", p.next_due.isoformat() if p.next_due else "")
             for p in patients]
    print("\n".join(table(rows, right=frozenset({0, 2, 5}))))
    print(f"{len(patients)} patient(s){f' matching {args.search!r}' if args.search else ''}")
    return EXIT_OK


def register_due(register: Register, args: argparse.Namespace) -> int:

    try:
        today = date.fromisoformat(args.today) if args.today else date.today()
    except ValueError:
        return fail(f"--today: {args.today!r} is not a date (YYYY-MM-DD)", EXIT_CASE)
    within: int | None = None
    if args.within is not None:
        if not args.within.isdigit():
            return fail(f"--within: {args.within!r} is not a number of days (0 or more)", EXIT_CASE)
        within = int(args.within)
    rows = register.due(today, within)
    span = f", due within {within} day(s)" if within is not None else ""
    print(f"Due list for {today.isoformat()}{span}: {len(rows)} item(s)")
    for bucket, title in BUCKET_TITLES.items():
        group = [row for row in rows if row.bucket == bucket]
        if not group:
            continue
        print(f"\n{title} ({len(group)})")
        cells = [("Due", "When", "Patient", "Kind", "What", "Visit")]
        for row in group:
            days = (row.due_date - today).days
            when = ("today" if days == 0 else f"{-days} day(s) late" if days < 0 else f"in {days} day(s)")
            cells.append((row.due_date.isoformat(), when, patient_name(row.patient, row.patient_id), row.kind,
                          row.label + ("  URGENT" if row.urgent else ""), str(row.visit_id)))
        print("\n".join(table(cells, right=frozenset({5}), indent="  ")))
    if not rows:
        print("Nothing is due.")
    return EXIT_OK


def register_import(register: Register, args: argparse.Namespace) -> int:
    from .engine import Planner
    from .engine.pack.read_profile import resolve_profile
    from .register.audit import system_user
    from .register.interchange import import_folder
    folder = Path(args.directory)
    if not folder.is_dir():
        return fail(f"{folder}: no such folder", EXIT_CASE)
    pack = load_pack(args.import_rules or args.rules)
    planner = Planner(pack, resolve_profile(pack, args.import_profile or args.profile))
    report = import_folder(register, planner, folder, who=args.who or system_user())
    total = len(report.imported) + len(report.refused)
    print(f"Imported {len(report.imported)} of {total} case file(s) from {folder} into {register.path}")
    for name in report.imported:
        print(f"  imported {name}")
    for name, why in report.refused:
        print(f"  REFUSED  {name}: {why}")
    return EXIT_CASE if report.refused else EXIT_OK


def register_export(register: Register, args: argparse.Namespace) -> int:
    from .register.interchange import export_visit
    if not args.visit_id.isdigit():
        return fail(f"{args.visit_id!r} is not a visit number (see `register list`)", EXIT_CASE)
    visit_id = int(args.visit_id)
    if not register.connection.execute("SELECT 1 FROM visits WHERE id = ?", (visit_id,)).fetchone():
        return fail(f"no visit {visit_id} in {register.path} (see `register list`)", EXIT_CASE)
    if args.fhir:
        return register_export_fhir(register, visit_id, args)
    try:
        export_visit(register, visit_id, Path(args.out), who=args.who or "")
    except OSError as exc:
        return fail(f"cannot write {args.out}: {exc.strerror or exc}", EXIT_FAILED)
    print(f"Wrote visit {args.visit_id} to {args.out}")
    return EXIT_OK


def register_export_fhir(register: Register, visit_id: int, args: argparse.Namespace) -> int:
    """The visit as a FHIR R4 Bundle, planned from its case file as saved under this pack."""
    from .engine import CaseErrors, Planner, parse_case_text, validate_case
    from .engine.pack.read_profile import resolve_profile
    from .register.interchange import record_export
    from .report.fhir import write_bundle
    from .report.fhir_openmrs import profile_bundle

    pack = load_pack(args.export_rules or args.rules)
    planner = Planner(pack, resolve_profile(pack, args.export_profile or args.profile))
    try:
        case = validate_case(pack, parse_case_text(register.visit_text(visit_id), catalog=pack.catalog),
                             planner.params)
    except CaseErrors as exc:
        return fail(f"visit {visit_id} does not validate under this rule pack: {exc}", EXIT_CASE)
    plan = planner.plan(case)
    try:
        write_bundle(profile_bundle(args.fhir, plan, case), args.out)
    except OSError as exc:
        return fail(f"cannot write {args.out}: {exc.strerror or exc}", EXIT_FAILED)
    record_export(register, visit_id, f"fhir ({args.fhir})", Path(args.out), args.who or "")
    saved = register.connection.execute("SELECT pack_sha256 FROM visits WHERE id = ?", (visit_id,)).fetchone()[0]
    print(f"Wrote visit {visit_id} as a FHIR R4 Bundle ({args.fhir}) to {args.out}")
    if saved != plan.pack_sha256:
        print(f"note: planned with rule pack sha256 {plan.pack_sha256[:12]}…; the visit was saved with "
              f"{saved[:12]}…", file=sys.stderr)
    return EXIT_OK


def register_backup(register: Register, args: argparse.Namespace) -> int:
    from .register import audit
    from .register.backup import backup
    if args.keep < 1:
        return fail(f"--keep: {args.keep} (keep at least 1 backup)", EXIT_CASE)
    copy = backup(register, args.directory, keep=args.keep, who=args.who)
    check = audit.verify(register.connection)
    print(f"Backed up {register.path} to {copy}")
    print(f"Audit trail: {check.entries} entries; latest hash {check.latest}")
    return EXIT_OK


def register_verify(register: Register, args: argparse.Namespace) -> int:
    from .register import audit
    from .register.schema import user_version
    damage = [str(row[0]) for row in register.connection.execute("PRAGMA integrity_check(10)")]
    intact = damage == ["ok"]
    print(f"Register {register.path} (version {user_version(register.connection)}): "
          f"{'integrity ok' if intact else 'DAMAGED'}")
    for line in [] if intact else damage:
        print(f"  {line}")
    check = audit.verify(register.connection)
    if check.first_broken is None:
        print(f"Audit trail: {check.entries} entries, chain intact")
        print(f"Latest hash: {check.latest or '(none)'}")
        return EXIT_OK if intact else EXIT_FAILED
    row = register.connection.execute("SELECT at, who, kind, field FROM audit WHERE seq = ?",
                                      (check.first_broken,)).fetchone()
    print(f"Audit trail: {check.entries} entries, BROKEN at entry {check.first_broken}"
          + (f" ({row[0]}, {row[2]} {row[3]}, by {row[1]})" if row else "")
          + ": the trail was changed there outside the app (an entry edited, removed or inserted)")
    return EXIT_FAILED
