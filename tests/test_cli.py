"""The command line: exit codes and messages a user (or a script) relies on."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import REPO, case_data, edit
from desktop.cli import main
from desktop.engine import RulePack
from desktop.engine.verify.verify import VerifyReport, verify_invariants

EXAMPLE = str(REPO / "examples" / "acute_l3.yaml")


def write_case(tmp_path: Path, **changes: object) -> str:
    path = tmp_path / "case.yaml"
    path.write_text(yaml.safe_dump(case_data(**changes)), encoding="utf-8")
    return str(path)


def test_plan_json_exit_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", EXAMPLE]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["format"] == "ovcf-plan/1"
    assert {i["id"]: i["status"] for i in data["items"]}["calcitonin"] == "recommended"


def test_plan_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", EXAMPLE, "--format", "text"]) == 0
    out = capsys.readouterr().out
    assert "RECOMMENDED: Calcitonin, 4-week course, day 3 to 31 (2026-11-21 to 2026-12-19)" in out
    assert "NOT RECOMMENDED: Vertebroplasty" in out
    assert "[S3] AAOS 2010 recommendation 1" in out


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"onset_date": "2026-12-30"}, "onset_date: 2026-12-30 is after the visit date"),
        ({"fracture.levels": ["L7"]}, "fracture.levels: 'L7' not allowed"),
        ({"patient.age": 200}, "patient.age: 200 is out of range (allowed 18 to 120 years)"),
        ({"pain.nrs": "high"}, "pain.nrs: 'high' is not a whole number"),
    ],
)
def test_invalid_case_exit_2_names_the_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], changes: dict[str, object], expected: str
) -> None:
    assert main(["plan", write_case(tmp_path, **changes)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert expected in captured.err
    assert "Traceback" not in captured.err


def test_invalid_rule_pack_exit_3(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(REPO / "rules", rules, ignore=shutil.ignore_patterns("MANIFEST.sha256*"))  # as an author has it
    edit(rules / "items" / "pain_control.yaml", "{fact: pain.nrs, gte: 7}", "{fact: pain.score, gte: 7}")
    assert main(["--authoring", "plan", EXAMPLE, "--rules", str(rules)]) == 3  # unsigned: read as an author would
    err = capsys.readouterr().err
    assert "items/pain_control.yaml:" in err
    assert "undefined fact 'pain.score'" in err


def test_invalid_profile_exit_3(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    profile = tmp_path / "site.yaml"
    profile.write_text((REPO / "rules" / "profiles" / "default.yaml").read_text(), encoding="utf-8")
    edit(profile, "first_line_antiresorptive: bisphosphonate", "first_line_antiresorptive: romosozumab")
    assert main(["plan", EXAMPLE, "--profile", str(profile)]) == 3
    err = capsys.readouterr().err
    assert "site.yaml:" in err
    assert "'romosozumab' is not an option (allowed: bisphosphonate, denosumab)" in err


def test_unknown_profile_id_exit_3(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", EXAMPLE, "--profile", "nowhere"]) == 3
    assert "not a profile id" in capsys.readouterr().err


def test_rules_check_reports_classes_and_passes(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, pack: RulePack,
    shipped_verification: VerifyReport,
) -> None:
    """`rules check` on the shipped pack; its exhaustive verification is the session's one
    (conftest.shipped_verification), handed to the command when it verifies that same pack."""
    from desktop.engine.verify import verify

    def verified_once(checked: RulePack) -> VerifyReport:
        assert checked.sha256 == pack.sha256, "rules check verifies the shipped pack"
        return shipped_verification

    monkeypatch.setattr(verify, "verify_invariants", verified_once)
    assert main(["rules", "check"]) == 0
    out = capsys.readouterr().out
    assert "Scenarios (" in out
    assert re.search(r"(\d+) of \1 passed", out)
    assert f"{len(pack.invariants)} checked over {shipped_verification.classes:,} input classes" in out
    for invariant in pack.invariants:
        assert re.search(rf"^  ok +{re.escape(invariant.id)} ", out, re.MULTILINE), invariant.id
    assert "All checks passed" in out


def test_rules_check_fails_naming_the_broken_invariant(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.engine.verify import verify

    rules = tmp_path / "rules"
    shutil.copytree(REPO / "rules", rules)
    edit(rules / "items" / "interventions.yaml", "status: not_recommended\n        window: {start: 0, end: null}",
         "status: recommended\n        window: {start: 0, end: null}")
    # the broken invariant alone: that the exhaustive check catches this breakage is
    # test_verify.py's test_breaking_a_rule_is_caught_by_its_invariant[INV-1]
    monkeypatch.setattr(verify, "verify_invariants", lambda checked: verify_invariants(checked, only={"INV-1"}))
    assert main(["rules", "check", "--rules", str(rules), "--scenarios", str(REPO / "tests" / "scenarios")]) == 1
    out = capsys.readouterr().out
    assert "FAILED INV-1 " in out
    assert "FAILED 01_seed003_acute_day2_l1.yaml" in out
    assert "CHECK FAILED" in out


def test_real_entry_points_run(tmp_path: Path) -> None:
    bad = write_case(tmp_path, **{"patient.age": 200})
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "plan", bad], capture_output=True, text=True, timeout=60, check=False
    )
    assert (result.returncode, result.stdout) == (2, "")
    assert "patient.age: 200 is out of range" in result.stderr
    script = Path(sys.executable).parent / "ovcf-pathway"
    assert script.exists(), "the console script is installed with the package"
    result = subprocess.run([str(script), "--version"], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0
    assert result.stdout.startswith("OVCF Pathway ")


@pytest.mark.parametrize(("language", "heading", "status"), [
    ("fr", "SOURCES", "RECOMMANDÉ"), ("es", "FUENTES", "RECOMENDADO"), ("pt", "FONTES", "RECOMENDADO")])
def test_plan_in_another_language(capsys: pytest.CaptureFixture[str], language: str, heading: str,
                                  status: str) -> None:
    from desktop.engine import load_rule_pack

    catalog = load_rule_pack(REPO / "rules", language=language).catalog
    assert main(["plan", EXAMPLE, "--format", "text", "--language", language]) == 0
    out = capsys.readouterr().out
    title = catalog.texts["Calcitonin, 4-week course"]
    assert f"{status}: {title}" in out
    assert heading in out.splitlines()
    assert "[S3] AAOS 2010 recommendation 1" in out, "citations stay as published"


def test_case_errors_in_another_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case = write_case(tmp_path, **{"pain.nrs": "high"})
    assert main(["plan", case, "--language", "es"]) == 2
    assert "pain.nrs: 'high' no es un número entero" in capsys.readouterr().err


def test_plain_start_skips_the_parser_with_the_same_arguments() -> None:
    """No argument at all (the app's start) gives what the full parser would."""
    from desktop.cli import build_parser, parse_args

    assert parse_args([]) == build_parser().parse_args([])


@pytest.mark.parametrize(("profile", "types"), [
    ("full", {"CarePlan", "MedicationRequest", "ServiceRequest", "Goal", "Condition", "Device", "Provenance"}),
    ("openmrs", {"Condition", "Observation", "Task"}),
])
def test_plan_writes_the_visit_as_a_fhir_bundle(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], profile: str, types: set[str]
) -> None:
    out = tmp_path / "visit.json"
    assert main(["plan", EXAMPLE, "--fhir", str(out), "--fhir-profile", profile]) == 0
    bundle = json.loads(out.read_text(encoding="utf-8"))
    assert bundle["resourceType"] == "Bundle"
    assert bundle["type"] == "transaction"
    assert {e["resource"]["resourceType"] for e in bundle["entry"]} == types  # the example names no patient
    assert '"format": "ovcf-plan/1"' in capsys.readouterr().out  # the plan is still printed


def test_a_fhir_bundle_that_cannot_be_written_fails_with_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", EXAMPLE, "--fhir", str(tmp_path / "missing" / "visit.json")]) == 1
    assert "cannot write the FHIR Bundle" in capsys.readouterr().err
