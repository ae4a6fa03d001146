"""`ovcf-pathway register ...` on a real register seeded from the scenario cases: the patient
list, the due list by bucket, import, export, backup, verify, and their exit codes."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
import yaml

from conftest import REPO
from desktop.casefile import case_text
from desktop.cli import main
from desktop.engine import Case, Plan, Planner, validate_case
from desktop.register import audit
from desktop.register.backup import backups
from desktop.register.store import Register

# scenario file -> the patient's name: an acute, a referral-point, two denosumab and a chronic case
CLINIC = {
    "01_seed003_acute_day2_l1": "Amina Njoroge",
    "12_seed000_day60_referral": "Grace Mwangi",
    "24_on_denosumab": "Fatima Diallo",
    "25_denosumab_overdue_ckd": "Maria Santos",
    "13_seed003_chronic_day100_l1_failed": "Li Wei",
}
# every bucket has something on this day: Fatima's day-5 window closed on 11-23 (overdue),
# Amina's closes today, Maria's overdue denosumab dose is urgent (due her visit date, 11-21: pathway
# V2.6) and her week-4 review is on 11-29, December's reviews, January's referrals
TODAY = "2026-11-24"


def scenario_case(planner: Planner, scenario: str, name: str) -> tuple[Case, Plan, str]:
    data = yaml.safe_load((REPO / "tests" / "scenarios" / f"{scenario}.yaml").read_text(encoding="utf-8"))["case"]
    data = {"format": "ovcf-case/2", **data}
    data["patient"]["name"] = name
    case = validate_case(planner.pack, data, planner.params, today=data["visit_date"])
    plan = planner.plan(case)
    text = case_text(planner.pack, case)
    return case, plan, text


@pytest.fixture
def clinic(tmp_path: Path, planner: Planner) -> Path:
    """The register in the data folder (OVCF_DATA_DIR, set for every test), five patients in it."""
    path = tmp_path / "data" / "register.sqlite"
    with Register.open(path) as register:
        for scenario, name in CLINIC.items():
            case, plan, text = scenario_case(planner, scenario, name)
            register.save_visit(planner, case, plan, text, who="Dr Osei")
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["register", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_list_shows_every_patient_recent_first(clinic: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "list")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].split() == ["ID", "Name", "or", "ID", "Age", "Born", "Sex", "Visits", "Last", "visit", "Next", "due"]
    assert [line.split()[1] for line in lines[1:6]] == ["Li", "Maria", "Fatima", "Grace", "Amina"]
    assert "Maria Santos    86  about 1940  female       1  2026-11-21  2026-11-21" in out  # the urgent dose
    assert lines[-1] == "5 patient(s)"


def test_list_searches_names(clinic: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "list", "--search", "  MARIA ")
    assert code == 0
    assert "Maria Santos" in out
    assert "Amina" not in out
    assert out.splitlines()[-1] == "1 patient(s) matching '  MARIA '"
    code, out, _ = run(capsys, "list", "--search", "nobody")
    assert (code, out) == (0, "No patient matches 'nobody'.\n")


def buckets(out: str) -> dict[str, list[str]]:
    """The due list's groups: title -> its rows (without the column heading)."""
    groups: dict[str, list[str]] = {}
    title = ""
    for line in out.splitlines()[1:]:
        if line and not line.startswith(" "):
            title = line.rsplit(" (", 1)[0]
            groups[title] = []
        elif line.strip() and not line.strip().startswith("Due "):
            groups[title].append(line.strip())
    return groups


TITLES = {"overdue": "Overdue", "today": "Today", "week": "This week", "month": "This month", "later": "Later"}
LATER = "2026-12-20"  # the clinic's week-4 reviews have passed: overdue, with nobody seen since


def test_due_groups_by_bucket(clinic: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for today in (TODAY, LATER):
        code, out, err = run(capsys, "due", "--today", today)
        assert (code, err) == (0, "")
        groups = buckets(out)
        with Register.open(clinic) as register:
            rows = register.due(date.fromisoformat(today))
        assert list(groups) == [TITLES[b] for b in TITLES if any(r.bucket == b for r in rows)]
        for title, lines in groups.items():
            expected = [r for r in rows if TITLES[r.bucket] == title]
            assert [line[:10] for line in lines] == [r.due_date.isoformat() for r in expected]
            assert all(r.patient in line and r.label[:40] in line for r, line in zip(expected, lines, strict=True))
        assert out.splitlines()[0] == f"Due list for {today}: {len(rows)} item(s)"
    assert "Overdue" in groups
    assert any("Week 4 review" in line and "day(s) late" in line for line in groups["Overdue"])


def test_due_within_days(clinic: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "due", "--today", LATER, "--within", "7")
    assert code == 0
    assert set(buckets(out)) <= {"Overdue", "Today", "This week"}
    assert "Overdue" in buckets(out)
    assert out.startswith(f"Due list for {LATER}, due within 7 day(s): ")
    code, out, _ = run(capsys, "due", "--today", "2020-01-01", "--within", "0")
    assert (code, out.splitlines()[-1]) == (0, "Nothing is due.")


@pytest.mark.parametrize(("args", "says"), [
    (("--today", "24.11.2026"), "--today: '24.11.2026' is not a date (YYYY-MM-DD)"),
    (("--within", "-3"), "--within: '-3' is not a number of days (0 or more)"),
    (("--within", "week"), "--within: 'week' is not a number of days"),
])
def test_due_refuses_bad_arguments(clinic: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...],
                                   says: str) -> None:
    code, out, err = run(capsys, "due", *args)
    assert (code, out) == (2, "")
    assert err.startswith(f"ovcf-pathway: {says}")


def test_the_register_option_before_or_after_the_command(clinic: Path, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    elsewhere = tmp_path / "elsewhere.sqlite"
    clinic.rename(elsewhere)
    for side in ("-wal", "-shm"):
        Path(f"{clinic}{side}").unlink(missing_ok=True)
    assert run(capsys, "--register", str(elsewhere), "list")[0] == 0
    assert run(capsys, "list", "--register", str(elsewhere))[1].splitlines()[-1] == "5 patient(s)"
    code, _, err = run(capsys, "list")
    assert code == 2
    assert err == (f"ovcf-pathway: {clinic}: no register there (import case files to start one, "
                   "or pass --register FILE)\n")


def test_the_default_register_is_in_the_apps_data_folder(
        clinic: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Without OVCF_DATA_DIR the register is where the app keeps its data (Qt's standard location)."""
    monkeypatch.delenv("OVCF_DATA_DIR")
    folder = tmp_path / "xdg-data" / "OVCF Pathway" / "OVCF Pathway"
    folder.mkdir(parents=True)
    clinic.rename(folder / "register.sqlite")
    code, out, _ = run(capsys, "list")
    assert code == 0
    assert out.splitlines()[-1] == "5 patient(s)"
    from desktop.ui.data_folder import data_dir

    assert data_dir() == folder


@pytest.mark.parametrize("command", [("list",), ("due",), ("verify",), ("backup", "stick"), ("export", "1", "x")])
def test_a_missing_register_is_bad_input_and_not_created(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                         command: tuple[str, ...]) -> None:
    path = tmp_path / "none.sqlite"
    code, out, err = run(capsys, command[0], "--register", str(path), *command[1:])
    assert (code, out) == (2, "")
    assert "no register there" in err
    assert not path.exists()


def test_a_file_that_is_not_a_register_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("shopping list\n" * 100)
    code, out, err = run(capsys, "list", "--register", str(path))
    assert (code, out) == (1, "")
    assert err.startswith(f"ovcf-pathway: {path}: not a register")
    assert err.count("\n") == 1, "one line, no traceback"


def write_case(folder: Path, planner: Planner, file: str, scenario: str, name: str) -> None:
    folder.mkdir(exist_ok=True)
    (folder / file).write_text(scenario_case(planner, scenario, name)[2], encoding="utf-8")


def test_import_a_folder_with_good_and_bad_files(tmp_path: Path, planner: Planner,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """The first import creates the register in the data folder; refused files are named, exit 2."""
    folder = tmp_path / "cases"
    write_case(folder, planner, "a.yaml", "24_on_denosumab", "Fatima Diallo")
    write_case(folder, planner, "b.yaml", "12_seed000_day60_referral", "Grace Mwangi")
    (folder / "c.yaml").write_text("format: ovcf-case/2\nvisit_date: 2026-11-21\npain: {nrs: high}\n", encoding="utf-8")
    (folder / "notes.txt").write_text("not a case file")
    code, out, err = run(capsys, "import", str(folder), "--who", "Dr Osei")
    assert (code, err) == (2, "")
    lines = out.splitlines()
    register = tmp_path / "data" / "register.sqlite"
    assert lines[0] == f"Imported 2 of 3 case file(s) from {folder} into {register}"
    assert lines[1:3] == ["  imported a.yaml", "  imported b.yaml"]
    assert lines[3].startswith("  REFUSED  c.yaml: ")
    assert "pain.nrs" in lines[3]
    assert run(capsys, "list")[1].splitlines()[-1] == "2 patient(s)"
    code, out, _ = run(capsys, "import", str(folder))
    assert code == 2
    assert out.count("already in the register") == 2
    connection = sqlite3.connect(register)
    assert connection.execute("SELECT count(*) FROM audit WHERE kind = 'import' AND who = 'Dr Osei'"
                              ).fetchone() == (2,)
    connection.close()


def test_import_of_good_files_only_succeeds(tmp_path: Path, planner: Planner,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "cases"
    write_case(folder, planner, "a.yaml", "24_on_denosumab", "Fatima Diallo")
    code, out, _ = run(capsys, "import", str(folder))
    assert code == 0
    assert "Imported 1 of 1" in out


def test_import_of_a_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "import", str(tmp_path / "none"))
    assert code == 2
    assert err == f"ovcf-pathway: {tmp_path / 'none'}: no such folder\n"


def test_export_writes_the_visit_as_saved(clinic: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_file = tmp_path / "visit.yaml"
    code, out, err = run(capsys, "export", "4", str(out_file), "--who", "Dr Osei")
    assert (code, err) == (0, "")
    assert out == f"Wrote visit 4 to {out_file}\n"
    with Register.open(clinic) as register:
        assert out_file.read_text(encoding="utf-8") == register.visit_text(4)
        assert "Maria Santos" in register.visit_text(4)
    assert (out_file.stat().st_mode & 0o777) == 0o600


@pytest.mark.parametrize(("visit", "code", "says"), [
    ("99", 2, "no visit 99 in"), ("four", 2, "'four' is not a visit number"),
])
def test_export_of_an_unknown_visit(clinic: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], visit: str,
                                    code: int, says: str) -> None:
    result, _, err = run(capsys, "export", visit, str(tmp_path / "visit.yaml"))
    assert result == code
    assert says in err
    assert not (tmp_path / "visit.yaml").exists()


def test_export_to_a_folder_that_is_not_there(clinic: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "export", "1", str(tmp_path / "none" / "visit.yaml"))
    assert code == 1
    assert err.startswith(f"ovcf-pathway: cannot write {tmp_path / 'none' / 'visit.yaml'}: ")


def test_backup_into_a_folder(clinic: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stick = tmp_path / "stick"
    code, out, err = run(capsys, "backup", str(stick), "--who", "Dr Osei")
    assert (code, err) == (0, "")
    [copy] = backups(stick)
    lines = out.splitlines()
    assert lines[0] == f"Backed up {clinic} to {copy}"
    with Register.open(clinic) as register:
        check = audit.verify(register.connection)
    assert lines[1] == f"Audit trail: {check.entries} entries; latest hash {check.latest}"
    for _ in range(3):
        assert run(capsys, "backup", str(stick), "--keep", "2")[0] == 0
    assert len(backups(stick)) == 2
    assert run(capsys, "backup", str(stick), "--keep", "0")[0] == 2


def test_backup_into_a_place_that_cannot_be_written(clinic: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    code, out, err = run(capsys, "backup", str(blocker / "sub"))
    assert (code, out) == (1, "")
    assert "cannot write the backup there" in err


def test_verify_an_intact_register(clinic: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "verify")
    assert (code, err) == (0, "")
    with Register.open(clinic) as register:
        check = audit.verify(register.connection)
    assert out.splitlines() == [
        f"Register {clinic} (version 1): integrity ok",
        f"Audit trail: {check.entries} entries, chain intact",
        f"Latest hash: {check.latest}",
    ]


def test_verify_names_the_first_broken_entry(clinic: Path, capsys: pytest.CaptureFixture[str]) -> None:
    connection = sqlite3.connect(clinic)
    connection.execute("DROP TRIGGER audit_no_update")
    connection.execute("UPDATE audit SET new = 'accepted' WHERE seq = 12")
    connection.execute("UPDATE audit SET who = 'someone' WHERE seq = 30")
    connection.commit()
    at, kind, field = connection.execute("SELECT at, kind, field FROM audit WHERE seq = 12").fetchone()
    connection.close()
    code, out, _ = run(capsys, "verify")
    assert code == 1
    lines = out.splitlines()
    assert lines[0].endswith("integrity ok")
    assert lines[1].startswith("Audit trail: ")
    assert f"BROKEN at entry 12 ({at}, {kind} {field}, by Dr Osei)" in lines[1]


def test_verify_after_an_entry_is_removed(clinic: Path, capsys: pytest.CaptureFixture[str]) -> None:
    connection = sqlite3.connect(clinic)
    connection.execute("DROP TRIGGER audit_no_delete")
    connection.execute("DELETE FROM audit WHERE seq = 7")
    connection.commit()
    connection.close()
    code, out, _ = run(capsys, "verify")
    assert code == 1
    assert "BROKEN at entry 8 " in out


def test_verify_a_damaged_register(clinic: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Bytes overwritten inside a table's page (a failing disk): the check fails, in one line."""
    connection = sqlite3.connect(clinic)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'visits'").fetchone()[0]
    size = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.close()
    data = bytearray(clinic.read_bytes())
    start = (root - 1) * size
    data[start: start + 12] = b"\x0d\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"  # a broken b-tree page header
    clinic.write_bytes(bytes(data))
    code, out, err = run(capsys, "verify")
    assert code == 1
    assert "DAMAGED" in out or "damaged" in err or "malformed" in err
    assert "Traceback" not in err


def test_the_app_start_imports_no_register() -> None:
    """The desktop app starts through desktop.cli: neither sqlite3 nor the register is loaded."""
    probe = ("import sys, desktop.cli as cli; cli.parse_args([]); cli.build_parser(); "
             "print(sorted(m for m in sys.modules if 'sqlite' in m or m.split('.')[:2] == ['desktop', 'register']))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, check=True)
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize("profile", ["full", "openmrs"])
def test_export_a_visit_from_the_register_as_fhir(
    clinic: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], profile: str
) -> None:
    """The register's visits reach the health record: a FHIR R4 Bundle of the visit as saved,
    which fhirclient's R4 models read, and the export is in the audit trail."""
    from fhirclient.models.bundle import Bundle

    out_file = tmp_path / "visit.json"
    code, out, err = run(capsys, "export", "4", str(out_file), "--fhir", profile, "--who", "Dr Osei")
    assert (code, err) == (0, "")
    assert out == f"Wrote visit 4 as a FHIR R4 Bundle ({profile}) to {out_file}\n"
    bundle = json.loads(out_file.read_text(encoding="utf-8"))
    Bundle(bundle, strict=True)
    types = {e["resource"]["resourceType"] for e in bundle["entry"]}
    assert "Patient" in types  # Maria Santos is named
    assert ("CarePlan" in types) is (profile == "full")
    with Register.open(clinic) as register:
        last = register.connection.execute("SELECT kind, who, visit_id, field, new FROM audit ORDER BY seq DESC "
                                           "LIMIT 1").fetchone()
    assert last == ("export", "Dr Osei", 4, f"fhir ({profile})", str(out_file))


def test_restore_a_backup_from_the_command_line(clinic: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    """Back up, lose a visit's worth of work (another save), restore: the register is the backup
    again, the replaced one is kept beside it, and a file that is not a register is refused."""
    code, _, _ = run(capsys, "backup", str(tmp_path / "usb"))
    assert code == 0
    copy = next((tmp_path / "usb").glob("register-*.sqlite"))
    with Register.open(clinic) as register:
        before = register.connection.execute("SELECT count(*) FROM visits").fetchone()[0]
        register.connection.execute("BEGIN IMMEDIATE")
        register.connection.execute("DELETE FROM decisions")
        register.connection.execute("COMMIT")
    code, out, err = run(capsys, "restore", str(copy), "--who", "Dr Osei")
    assert (code, err) == (0, "")
    assert out.startswith(f"Restored {clinic} from {copy}")
    assert clinic.with_name(clinic.name + ".before-restore").exists()
    with Register.open(clinic) as register:
        assert register.connection.execute("SELECT count(*) FROM visits").fetchone()[0] == before
    code, _, _ = run(capsys, "verify")
    assert code == 0
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a register")
    code, _, err = run(capsys, "restore", str(junk))
    assert code == 1
    assert "junk.sqlite" in err
