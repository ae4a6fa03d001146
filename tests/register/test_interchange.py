"""Case files stay the interchange format: a folder of them imported (each refused file named
with its reason, nothing half-imported), any visit exported as its case file, verbatim."""

from __future__ import annotations

import json
import os
import stat
from datetime import date
from pathlib import Path

import pytest

from conftest import REPO
from desktop.engine import Planner
from desktop.engine.pack.safe_read import dump_yaml, load_yaml
from desktop.register.interchange import export_visit, import_folder
from desktop.register.schema import RegisterError
from desktop.register.store import Register

from .conftest import case_text, save

EXAMPLE = REPO / "examples" / "acute_l3.yaml"


def scenario_file(name: str) -> str:
    """A test scenario's case as a case file."""
    data = load_yaml((REPO / "tests" / "scenarios" / name).read_text(encoding="utf-8"))
    return dump_yaml({"format": "ovcf-case/2", **json.loads(json.dumps(data["case"], default=str))})


def table(register: Register, name: str) -> int:
    return int(register.connection.execute(f"SELECT count(*) FROM {name}").fetchone()[0])


@pytest.fixture
def folder(tmp_path: Path, planner: Planner) -> Path:
    cases = tmp_path / "cases"
    cases.mkdir()
    (cases / "a_example.yaml").write_bytes(EXAMPLE.read_bytes())
    (cases / "b_denosumab.yaml").write_text(scenario_file("24_on_denosumab.yaml"), encoding="utf-8")
    (cases / "c_named.yml").write_text(case_text(planner, **{"patient.name": "Ana Test"}), encoding="utf-8")
    (cases / "d_bad_date.yaml").write_text(
        EXAMPLE.read_text(encoding="utf-8").replace("onset_date: 2026-11-18", "onset_date: 2026-02-30"),
        encoding="utf-8")
    (cases / "e_no_age.yaml").write_text(
        EXAMPLE.read_text(encoding="utf-8").replace("age: 74, ", ""), encoding="utf-8")
    (cases / "f_not_yaml.json").write_text("{not json", encoding="utf-8")
    (cases / "g_binary.yaml").write_bytes(b"\xff\xfe\x00garbage")
    (cases / "notes.txt").write_text("not a case file", encoding="utf-8")
    (cases / "sub").mkdir()
    (cases / "sub" / "h_ignored.yaml").write_bytes(EXAMPLE.read_bytes())
    return cases


def test_import_a_folder_of_good_and_bad_files(register: Register, planner: Planner, folder: Path) -> None:
    report = import_folder(register, planner, folder, who="Dr Import")
    assert report.imported == ["a_example.yaml", "b_denosumab.yaml", "c_named.yml"]
    refused = dict(report.refused)
    assert list(refused) == ["d_bad_date.yaml", "e_no_age.yaml", "f_not_yaml.json", "g_binary.yaml"]
    assert "2026-02-30 is not a real date" in refused["d_bad_date.yaml"]
    assert "patient.age" in refused["e_no_age.yaml"]
    assert refused["f_not_yaml.json"]
    assert "not UTF-8" in refused["g_binary.yaml"]
    assert table(register, "visits") == 3
    texts = {r[0]: r[1] for r in register.connection.execute("SELECT source_file, case_text FROM visits")}
    assert texts[str(folder / "a_example.yaml")] == EXAMPLE.read_text(encoding="utf-8")  # verbatim
    assert {r[0] for r in register.connection.execute("SELECT who FROM visits")} == {"Dr Import"}
    imports = register.connection.execute("SELECT new FROM audit WHERE kind = 'import' ORDER BY seq").fetchall()
    assert [Path(r[0]).name for r in imports] == report.imported
    assert any(r.label.startswith("Denosumab next dose") for r in register.due(date(2026, 11, 21)))


def test_importing_the_same_files_again_adds_nothing(register: Register, planner: Planner, folder: Path) -> None:
    import_folder(register, planner, folder, who="Dr Import")
    again = import_folder(register, planner, folder, who="Dr Import")
    assert again.imported == []
    assert all("already in the register" in why for name, why in again.refused if name < "d")
    assert table(register, "visits") == 3


def test_a_file_failing_while_it_is_saved_leaves_nothing(register: Register, planner: Planner, folder: Path) -> None:
    # a real failure inside the save's transaction, after the patient, episode and visit rows
    register.connection.execute(
        "CREATE TEMP TRIGGER fail BEFORE INSERT ON due WHEN (SELECT name FROM patients p JOIN episodes e "
        "ON e.patient_id = p.id WHERE e.id = NEW.episode_id) = 'Ana Test' "
        "BEGIN SELECT RAISE(ABORT, 'disk full'); END")
    report = import_folder(register, planner, folder, who="Dr Import")
    assert report.imported == ["a_example.yaml", "b_denosumab.yaml"]
    assert dict(report.refused)["c_named.yml"].endswith("the visit was not saved: disk full")
    assert table(register, "visits") == 2
    assert table(register, "patients") == 2
    assert register.patients("ana") == []
    assert register.connection.execute("SELECT count(*) FROM audit WHERE new LIKE '%c_named%'").fetchone()[0] == 0


def test_an_unreadable_folder_is_a_register_error(register: Register, planner: Planner, tmp_path: Path) -> None:
    with pytest.raises(RegisterError, match="cannot read the folder"):
        import_folder(register, planner, tmp_path / "nowhere", who="x")


def test_export_any_visit_verbatim_and_owner_only(register: Register, planner: Planner, tmp_path: Path) -> None:
    first = save(register, planner, **{"patient.name": "Ana Test"})
    save(register, planner, **{"patient.name": "Ana Test"}, visit_date="2026-12-16")
    target = tmp_path / "out" / "ana.yaml"
    target.parent.mkdir()
    export_visit(register, first, target, who="Dr Export")
    assert target.read_text(encoding="utf-8") == case_text(planner, **{"patient.name": "Ana Test"})
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert list(target.parent.iterdir()) == [target]  # no temporary file left
    entry = register.connection.execute("SELECT who, visit_id, new FROM audit WHERE kind = 'export'").fetchall()
    assert entry == [("Dr Export", first, str(target))]
    with pytest.raises(RegisterError, match="no visit 99"):
        export_visit(register, 99, tmp_path / "none.yaml")
    assert not (tmp_path / "none.yaml").exists()


def test_an_exported_visit_imports_into_another_register(register: Register, planner: Planner, tmp_path: Path
                                                         ) -> None:
    visit = save(register, planner, **{"patient.name": "Ana Test"})
    out = tmp_path / "moved"
    out.mkdir()
    export_visit(register, visit, out / "ana.yaml")
    with Register.open(tmp_path / "other.sqlite") as other:
        assert import_folder(other, planner, out, who="x").imported == ["ana.yaml"]
        [moved] = other.patients()
        assert moved.name == "Ana Test"
        assert other.visit_text(other.patient(moved.id).visits[0].id) == register.visit_text(visit)
