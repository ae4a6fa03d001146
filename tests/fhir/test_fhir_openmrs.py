"""The OpenMRS export profile (issue 16, item 4): every scenario and example exports a
transaction Bundle of only the resource types OpenMRS's FHIR2 module creates, that fhirclient's
R4 models, fhir.resources' R4B models and our own checks accept, that the FHIR server fixture
stores, and that holds a Task for exactly each due item."""

from __future__ import annotations

import copy
import urllib.parse
from dataclasses import replace
from pathlib import Path
from typing import Any

import fhirclient.models.bundle as fhirclient_bundle
import pytest
from fhir.resources.R4B.bundle import Bundle as R4BBundle
from fhir_cases import CASE_FILES, CASE_IDS, EXAMPLES, SCENARIOS, by_type, codings, own_problems, plan_file
from fhir_server import call
from fhir_server import server as server  # the fixture

from desktop.engine import RulePack
from desktop.engine.case.history import Decision
from desktop.report import fhir as export
from desktop.report import fhir_openmrs as openmrs

# scenario 20: day 40, the brace is still offered but its window ended before the visit
PASSED_WINDOW = next(p for p in SCENARIOS if p.stem == "20_red_flag_posterior_wall_day40")


def problems(bundle: dict[str, Any]) -> list[str]:
    """Our own checks of the full export, plus the profile's types and its code lists."""
    found = own_problems(bundle)
    for resource in (e["resource"] for e in bundle["entry"]):
        kind = resource["resourceType"]
        if kind not in openmrs.OPENMRS_TYPES:
            found.append(f"{kind}: OpenMRS does not create it")
        elif kind == "Task":
            if resource.get("status") not in openmrs.TASK_STATUS:
                found.append(f"Task.status {resource.get('status')!r}")
            if resource.get("intent") not in openmrs.TASK_INTENT:
                found.append(f"Task.intent {resource.get('intent')!r}")
        elif kind == "Observation" and resource.get("status") not in openmrs.OBSERVATION_STATUS:
            found.append(f"Observation.status {resource.get('status')!r}")
    return found


def validate(bundle: dict[str, Any]) -> None:
    fhirclient_bundle.Bundle(copy.deepcopy(bundle), strict=True)
    R4BBundle.model_validate(copy.deepcopy(bundle))
    assert problems(bundle) == []


def due_items(visit: Any) -> list[Any]:
    return [i for i in visit.plan.items if i.offered and (i.end_day is None or i.end_day >= visit.plan.day)]


@pytest.mark.parametrize("path", CASE_FILES, ids=CASE_IDS)
def test_each_case_exports_a_valid_openmrs_bundle(pack: RulePack, path: Path) -> None:
    visit = plan_file(pack, path)
    bundle = openmrs.openmrs_bundle(visit.plan, visit.case, {})
    validate(bundle)
    assert bundle == openmrs.openmrs_bundle(visit.plan, visit.case, {})  # deterministic
    assert codings(bundle) == []  # text only, nothing invented
    assert {e["resource"]["resourceType"] for e in bundle["entry"]} == {"Condition", "Observation", "Task"}

    full = export.visit_bundle(visit.plan, visit.case, {})
    (condition,) = [e for e in bundle["entry"] if e["resource"]["resourceType"] == "Condition"]
    assert condition in full["entry"]  # the full export's Condition, same ids
    assert bundle["identifier"] != full["identifier"]

    (observation,) = by_type(bundle, "Observation")
    assert observation["code"] == {"text": "Pain score (NRS 0-10)"}
    assert observation["valueInteger"] == visit.case.answers["pain.nrs"]
    assert observation["effectiveDateTime"] == visit.plan.visit_date.isoformat()

    tasks = by_type(bundle, "Task")
    due = due_items(visit)
    assert [t["code"]["text"] for t in tasks] == [i.title for i in due]
    for item, task in zip(due, tasks, strict=True):
        assert (task["status"], task["intent"]) == ("requested", "proposal")  # nothing decided yet
        assert task["description"] == (f"{item.title}: {item.detail}" if item.detail else item.title)
        assert task["reasonReference"] == {"reference": condition["fullUrl"]}
        assert task["for"] == condition["resource"]["subject"] == {
            "display": "Patient not identified in the case file"}
        assert {"url": export.CPG_RATIONALE, "valueMarkdown": item.reason} in task["extension"]
        start, end = visit.plan.date_of(item.start_day), visit.plan.date_of(item.end_day)
        period = task.get("executionPeriod", {})
        assert period.get("start") == (start.isoformat() if start else None)
        assert period.get("end") == (end.isoformat() if end else None)
        assert visit.plan.pack_sha256 in task["note"][0]["text"]


def test_a_task_exists_exactly_for_the_due_items(pack: RulePack) -> None:
    visit = plan_file(pack, PASSED_WINDOW)
    brace = visit.plan.item("brace")  # day 40: the 4-week brace window has passed
    assert brace is not None
    assert brace.status == "window_passed"
    assert brace.end_day is not None
    assert brace.end_day < visit.plan.day
    not_offered = [i for i in visit.plan.items if not i.offered]
    assert brace in not_offered  # also e.g. not recommended, contraindicated
    due = [i for i in visit.plan.items if i.offered]
    assert [i.id for i in due] == [i.id for i in visit.plan.items if openmrs.is_due(visit.plan, i)]
    ended = replace(due[0], end_day=visit.plan.day - 1)  # offered, but its window ended yesterday
    assert not openmrs.is_due(visit.plan, ended)

    accepted, declined = due[0], due[1]
    day = visit.plan.visit_date
    decisions = [
        Decision(accepted.id, "accepted", "", "", day),
        Decision(declined.id, "declined", "patient_preference", "prefers to wait", day),
        Decision(due[2].id, "declined", "cost", "", day.replace(year=day.year - 1)),  # another visit's
    ]
    bundle = openmrs.openmrs_bundle(visit.plan, visit.case, decisions)
    validate(bundle)
    tasks = {t["code"]["text"]: t for t in by_type(bundle, "Task")}
    assert set(tasks) == {i.title for i in due}
    assert brace.title not in tasks
    assert all(i.title not in tasks for i in not_offered)
    assert (tasks[accepted.title]["status"], tasks[accepted.title]["intent"]) == ("accepted", "plan")
    assert (tasks[declined.title]["status"], tasks[declined.title]["intent"]) == ("rejected", "proposal")
    assert tasks[declined.title]["statusReason"] == {"text": "Patient preference: prefers to wait"}
    assert (tasks[due[2].title]["status"], tasks[due[2].title]["intent"]) == ("requested", "proposal")
    assert "statusReason" not in tasks[accepted.title]


def test_a_named_patient_is_the_tasks_subject(pack: RulePack) -> None:
    visit = plan_file(pack, EXAMPLES[0], {"patient.name": "Test Patient 042"})
    bundle = openmrs.openmrs_bundle(visit.plan, visit.case)
    validate(bundle)
    full = export.visit_bundle(visit.plan, visit.case)
    assert bundle["entry"][0] == full["entry"][0]  # the full export's Patient
    patient = bundle["entry"][0]["fullUrl"]
    for resource in by_type(bundle, "Task"):
        assert resource["for"] == {"reference": patient, "display": "Test Patient 042"}
    for resource in by_type(bundle, "Condition") + by_type(bundle, "Observation"):
        assert resource["subject"]["reference"] == patient


def test_the_own_checks_reject_what_openmrs_does_not_create(pack: RulePack) -> None:
    visit = plan_file(pack, EXAMPLES[0])
    bundle = openmrs.openmrs_bundle(visit.plan, visit.case)
    bundle["entry"].append(export.visit_bundle(visit.plan, visit.case)["entry"][1])  # the CarePlan
    by_type(bundle, "Task")[0]["status"] = "maybe"
    found = problems(bundle)
    assert any(p.startswith("CarePlan: OpenMRS does not create it") for p in found)
    assert "Task.status 'maybe'" in found


def post(base: str, bundle: dict[str, Any]) -> list[str]:
    """POST the transaction; every entry must be created. The locations the server gives."""
    status, answer = call(base, "POST", "/", bundle)
    assert status == 200, answer
    assert answer["type"] == "transaction-response"
    assert [e["response"]["status"] for e in answer["entry"]] == ["201"] * len(bundle["entry"]), answer
    return [e["response"]["location"] for e in answer["entry"]]


@pytest.mark.parametrize("path", CASE_FILES, ids=CASE_IDS)
def test_the_server_accepts_each_openmrs_bundle(pack: RulePack, server: str, path: Path) -> None:
    visit = plan_file(pack, path)
    bundle = openmrs.openmrs_bundle(visit.plan, visit.case)
    locations = post(server, bundle)
    stored: list[dict[str, Any]] = []
    for location in locations:
        status, resource = call(server, "GET", "/" + location.split("/_history/")[0])
        assert status == 200, resource
        stored.append(resource)
    assert [r["resourceType"] for r in stored] == [e["resource"]["resourceType"] for e in bundle["entry"]]
    (condition,) = [r for r in stored if r["resourceType"] == "Condition"]
    tasks = [r for r in stored if r["resourceType"] == "Task"]
    assert [t["description"] for t in tasks] == [t["description"] for t in by_type(bundle, "Task")]
    for task in tasks:  # the server resolved the urn:uuid references to its own ids
        assert task["reasonReference"]["reference"] == f"Condition/{condition['id']}"
        assert task["status"] == "requested"
    (observation,) = [r for r in stored if r["resourceType"] == "Observation"]
    assert observation["valueInteger"] == visit.case.answers["pain.nrs"]


def test_the_server_finds_the_tasks_by_patient(pack: RulePack, server: str) -> None:
    visit = plan_file(pack, EXAMPLES[0], {"patient.name": "Round Trip 008"})
    bundle = openmrs.openmrs_bundle(visit.plan, visit.case)
    locations = post(server, bundle)
    patient = locations[0].split("/_history/")[0]
    assert patient.startswith("Patient/")
    status, found = call(server, "GET", f"/Task?patient={urllib.parse.quote(patient)}&_count=100")
    assert status == 200, found
    assert sorted(e["resource"]["description"] for e in found.get("entry", [])) == \
        sorted(t["description"] for t in by_type(bundle, "Task"))
    status, found = call(server, "GET", f"/Observation?subject={urllib.parse.quote(patient)}")
    assert status == 200, found
    assert [e["resource"]["valueInteger"] for e in found.get("entry", [])] == [visit.case.answers["pain.nrs"]]
