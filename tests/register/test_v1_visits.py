"""A visit stored in the register in case format 1 (before calcium status replaced "low
calcium"), verbatim, still opens: as the window opens it (File > Clinic register, Open latest
visit), and for the FHIR export."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from conftest import REPO
from desktop.casefile import case_text
from desktop.cli import main
from desktop.engine import Planner, parse_case_text, validate_case
from desktop.engine.case.routing import Router, default_answers
from desktop.register.store import Register
from desktop.session.case_session import CaseSession

V1_TEXT = (REPO / "tests" / "data" / "cases" / "v1_acute_l3.yaml").read_text(encoding="utf-8")
TODAY = date(2026, 11, 21)


class Store:
    def __init__(self) -> None:
        self.answers: dict[str, object] = {}

    def replace(self, answers: dict[str, object]) -> None:
        self.answers = dict(answers)


def stored_v1(register: Register, planner: Planner) -> int:
    case = validate_case(planner.pack, parse_case_text(V1_TEXT), planner.params, today=TODAY)
    return register.save_visit(planner, case, planner.plan(case), V1_TEXT, who="Dr Osei")  # verbatim, format 1


def test_a_stored_version_1_visit_opens_in_the_window_session(register: Register, planner: Planner) -> None:
    visit = stored_v1(register, planner)
    assert register.visit_text(visit).startswith("format: ovcf-case/1")
    router = Router(planner.pack, planner.params)
    store = Store()
    store.replace(default_answers(router, TODAY))
    session = CaseSession(planner, router, store, None, TODAY)
    session.open_text(register.visit_text(visit))  # what "Open latest visit" does
    assert store.answers["safety.calcium_status"] == "normal"
    case = session.current()
    assert not isinstance(case, list), case
    assert any("Low serum calcium: no" in w.text for w in session.plan(case).input_warnings)
    store.answers["safety.calcium_status"] = "high"  # the clinician checks it: nothing assumed any more
    case = session.current()
    assert not isinstance(case, list)
    assert not [w for w in session.plan(case).input_warnings if w.input == "safety.calcium_status"]


def test_a_stored_version_1_visit_exports_as_fhir(tmp_path: Path, planner: Planner,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "data" / "register.sqlite"
    with Register.open(path) as register:
        visit = stored_v1(register, planner)
    out = tmp_path / "visit.json"
    code = main(["register", "export", str(visit), str(out), "--fhir", "full", "--register", str(path)])
    _, err = capsys.readouterr()
    assert code == 0, err
    assert json.loads(out.read_text(encoding="utf-8"))["resourceType"] == "Bundle"


def audited(register: Register, visit: int) -> list[tuple[str, str, str]]:
    return register.connection.execute(
        "SELECT field, old, new FROM audit WHERE kind = 'answer' AND visit_id = ? ORDER BY seq", (visit,)).fetchall()


@pytest.mark.parametrize(("low_calcium", "status"), [("false", "normal"), ("true", "low"), ("null", None)])
def test_a_follow_up_of_a_stored_version_1_visit_audits_only_what_changed(
        register: Register, planner: Planner, low_calcium: str, status: str | None) -> None:
    """The stored visit is read as the current format (migrated) before it is compared: calcium
    status is not a change from nothing, only what the clinician changed is."""
    text = V1_TEXT.replace("low_calcium: false", f"low_calcium: {low_calcium}").replace(
        "patient: {age: 74, sex: female}", "patient: {name: Ana Costa, age: 74, sex: female}")
    case = validate_case(planner.pack, parse_case_text(text), planner.params, today=TODAY)
    register.save_visit(planner, case, planner.plan(case), text, who="Dr Osei")  # verbatim, format 1
    data = parse_case_text(text)
    data["format"] = "ovcf-case/2"
    data["safety"]["calcium_status"] = status
    del data["safety"]["low_calcium"]
    data["pain"]["nrs"] = 5
    data["visit_date"] = "2026-12-16"
    follow = validate_case(planner.pack, data, planner.params, today=date(2026, 12, 16))
    visit = register.save_visit(planner, follow, planner.plan(follow), case_text(planner.pack, follow), who="Dr Osei")
    assert audited(register, visit) == [("visit_date", "2026-11-21", "2026-12-16"), ("pain.nrs", "7", "5")]
