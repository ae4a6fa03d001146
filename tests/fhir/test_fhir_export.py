"""The FHIR export (issue 16): every scenario and example exports a transaction Bundle that
software no one here wrote accepts (fhirclient's R4 models, fhir.resources' R4B models), and
that holds what the plan says."""

from __future__ import annotations

import copy
import json
import os
import stat
from pathlib import Path
from typing import Any

import fhir.resources
import fhirclient.models.bundle as fhirclient_bundle
import pytest
from fhir.resources.R4B.bundle import Bundle as R4BBundle
from fhir_cases import CASE_FILES, CASE_IDS, EXAMPLES, by_type, codings, own_problems, plan_file
from fhirclient.models.fhirabstractbase import FHIRValidationError

from desktop.engine import RulePack
from desktop.engine.case.history import Decision
from desktop.report import fhir as export

EXAMPLE = EXAMPLES[0]


def validate(bundle: dict[str, Any]) -> None:
    fhirclient_bundle.Bundle(copy.deepcopy(bundle), strict=True)
    R4BBundle.model_validate(copy.deepcopy(bundle))
    assert own_problems(bundle) == []


def test_the_validators_are_the_expected_ones() -> None:
    assert fhir.resources.__version__.startswith("8.")


def test_every_item_of_the_shipped_pack_says_its_kind(pack: RulePack) -> None:
    """Each item's `kind` (rules/items/*.yaml) names the record it becomes; the export knows
    every kind the pack may use."""
    from desktop.engine.pack.model import ITEM_KINDS

    assert set(export.KINDS) == set(ITEM_KINDS)
    kinds = {i.id: i.kind for i in pack.items}
    lanes = {i.id: i.lane for i in pack.items}
    # bone health is drugs and the tests before them; interventions and referrals are services
    assert {i for i, lane in lanes.items() if lane == "bone_health" and kinds[i] != "medication"} == {
        "secondary_cause_workup", "dxa_scan"}
    assert {kinds[i] for i, lane in lanes.items() if lane in ("interventions", "referrals")} == {"service"}
    assert {i for i, lane in lanes.items() if lane == "rehabilitation" and kinds[i] != "activity"} == {
        "falls_assessment"}


def test_every_plan_status_is_mapped(pack: RulePack) -> None:
    from desktop.engine.pack.model import STATUSES

    assert set(export.STATUS_MAP) == set(STATUSES)
    for detail, medication, service in (*export.STATUS_MAP.values(), *export.DECIDED.values()):
        assert detail in export.ACTIVITY_STATUS
        assert medication in export.MEDICATION_REQUEST_STATUS
        assert service in export.SERVICE_REQUEST_STATUS


@pytest.mark.parametrize("path", CASE_FILES, ids=CASE_IDS)
def test_each_case_exports_a_valid_bundle(pack: RulePack, path: Path) -> None:
    visit = plan_file(pack, path)
    bundle = export.visit_bundle(visit.plan, visit.case, {})
    validate(bundle)
    assert bundle == export.visit_bundle(visit.plan, visit.case, {})  # deterministic
    assert codings(bundle) == []  # the pack has no sourced codes: text only, nothing invented

    (careplan,) = by_type(bundle, "CarePlan")
    assert careplan["instantiatesCanonical"] == [f"urn:ovcf-pathway:rule-pack:{visit.plan.pack_id}"
                                                 f"|{visit.plan.pack_version}"]
    assert careplan["intent"] == "proposal"  # nothing accepted yet
    assert [a["detail"]["code"]["text"] for a in careplan["activity"]] == [i.title for i in visit.plan.items]
    for item, activity in zip(visit.plan.items, careplan["activity"], strict=True):
        detail = activity["detail"]
        assert detail["doNotPerform"] is (item.status in export.DO_NOT_PERFORM)
        assert {"url": export.CPG_RATIONALE, "valueMarkdown": item.reason} in detail["extension"]
        assert {"url": export.STRENGTH_OF_RECOMMENDATION,
                "valueCodeableConcept": {"text": item.strength_label}} in detail["extension"]

    requests = by_type(bundle, "MedicationRequest") + by_type(bundle, "ServiceRequest")
    drugs = [i for i in visit.plan.items if i.kind == "medication"]
    services = [i for i in visit.plan.items if i.kind == "service"]
    assert len(by_type(bundle, "MedicationRequest")) == len(drugs)
    assert len(by_type(bundle, "ServiceRequest")) == len(services)
    for item, request in zip(drugs, by_type(bundle, "MedicationRequest"), strict=True):
        assert request["medicationCodeableConcept"] == {"text": item.title}
        assert request["dosageInstruction"][0]["text"] == item.detail  # the pack's words, no dose of ours
    for request in requests:
        assert request["intent"] == "proposal"

    (condition,) = by_type(bundle, "Condition")
    assert [s["text"] for s in condition["bodySite"]] == visit.case.answers["fracture.levels"]
    (provenance,) = by_type(bundle, "Provenance")
    assert visit.plan.pack_sha256 in provenance["entity"][0]["what"]["identifier"]["value"]
    assert provenance["agent"][0]["who"]["display"].endswith(export.__version__)
    assert len(provenance["target"]) == len(bundle["entry"]) - 1
    assert by_type(bundle, "Patient") == []  # no name or ID in these cases
    assert len(by_type(bundle, "Goal")) == 1


def test_vertebroplasty_is_a_service_request_not_to_perform(pack: RulePack) -> None:
    seen = 0
    for path in CASE_FILES:
        visit = plan_file(pack, path)
        item = visit.plan.item("vertebroplasty")
        if item is None or item.status not in export.DO_NOT_PERFORM:
            continue
        bundle = export.visit_bundle(visit.plan, visit.case)
        (request,) = [r for r in by_type(bundle, "ServiceRequest") if r["code"]["text"] == item.title]
        assert request["doNotPerform"] is True
        seen += 1
    assert seen > 0


def test_a_named_patient_gets_a_patient_resource(pack: RulePack) -> None:
    visit = plan_file(pack, EXAMPLE, {"patient.name": "Test Patient 042"})
    bundle = export.visit_bundle(visit.plan, visit.case)
    validate(bundle)
    (patient,) = by_type(bundle, "Patient")
    assert patient["name"] == [{"text": "Test Patient 042"}]
    assert patient["gender"] == visit.case.answers["patient.sex"]
    patient_url = bundle["entry"][0]["fullUrl"]
    for resource in by_type(bundle, "CarePlan") + by_type(bundle, "Condition") + by_type(bundle, "Goal"):
        assert resource["subject"]["reference"] == patient_url
    unnamed = plan_file(pack, EXAMPLE)
    other = export.visit_bundle(unnamed.plan, unnamed.case)
    assert other["entry"][0]["fullUrl"] != bundle["entry"][0]["fullUrl"]  # another case, other ids


def test_decisions_set_the_intent_and_the_statuses(pack: RulePack) -> None:
    visit = plan_file(pack, EXAMPLE)
    offered = [i for i in visit.plan.items if i.offered]
    assert len(offered) >= 2
    accepted, declined = offered[0], offered[1]
    day = visit.plan.visit_date
    decisions = [
        Decision(accepted.id, "accepted", "", "", day),
        Decision(declined.id, "declined", "patient_preference", "prefers to wait", day),
        Decision(offered[-1].id, "accepted", "", "", day.replace(year=day.year - 1)),  # another visit's
    ]
    bundle = export.visit_bundle(visit.plan, visit.case, decisions)
    validate(bundle)
    (careplan,) = by_type(bundle, "CarePlan")
    assert (careplan["intent"], careplan["status"]) == ("plan", "active")
    details = {a["detail"]["code"]["text"]: a["detail"] for a in careplan["activity"]}
    assert details[accepted.title]["status"] == "scheduled"
    assert details[declined.title]["status"] == "cancelled"
    assert details[declined.title]["statusReason"] == {"text": "Patient preference: prefers to wait"}
    if len(offered) > 2:
        assert details[offered[-1].title]["status"] == "not-started"
    requests = {(r.get("medicationCodeableConcept") or r.get("code"))["text"]: r
                for r in by_type(bundle, "MedicationRequest") + by_type(bundle, "ServiceRequest")}
    if accepted.title in requests:
        assert (requests[accepted.title]["intent"], requests[accepted.title]["status"]) == ("plan", "active")
    if declined.title in requests:
        assert requests[declined.title]["status"] in ("cancelled", "revoked")
        assert requests[declined.title]["statusReason"]["text"].startswith("Patient preference")
    (goal,) = by_type(bundle, "Goal")
    assert goal["lifecycleStatus"] == "active"


def test_the_validators_reject_a_broken_bundle(pack: RulePack) -> None:
    visit = plan_file(pack, EXAMPLE)
    bundle = export.visit_bundle(visit.plan, visit.case)
    careplan = next(e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "CarePlan")
    careplan["activity"][0]["detail"]["status"] = "maybe"
    careplan["activity"][0]["detail"]["colour"] = "red"
    del careplan["subject"]
    with pytest.raises(FHIRValidationError, match="subject"):
        fhirclient_bundle.Bundle(copy.deepcopy(bundle), strict=True)
    with pytest.raises(ValueError, match="subject"):
        R4BBundle.model_validate(copy.deepcopy(bundle))
    careplan["subject"] = {"reference": "urn:uuid:00000000-0000-0000-0000-000000000000"}
    problems = own_problems(bundle)
    assert any("does not resolve" in p for p in problems)
    assert any("activity.detail.status 'maybe'" in p for p in problems)


def test_write_bundle_writes_private_json(pack: RulePack, tmp_path: Path) -> None:
    visit = plan_file(pack, EXAMPLE)
    bundle = export.visit_bundle(visit.plan, visit.case)
    target = tmp_path / "visit.fhir.json"
    export.write_bundle(bundle, target)
    assert json.loads(target.read_text(encoding="utf-8")) == bundle
    if os.name != "nt" and stat.S_IMODE(target.stat().st_mode) & 0o077:
        pytest.fail("the Bundle holds patient data: it must be private")


def test_the_next_denosumab_dose_date_is_on_its_medication_request(pack: RulePack) -> None:
    """A decision point that `schedules` an item (rules/phases.yaml) dates its next dose: the
    next denosumab injection, 6 months after the last, is the MedicationRequest's Timing.event."""
    visits = (plan_file(pack, path) for path in CASE_FILES)
    visit = next(v for v in visits if any(d.schedules == "denosumab" for d in v.plan.decision_points))
    point = next(d for d in visit.plan.decision_points if d.schedules == "denosumab")
    due = visit.plan.date_of(point.day)
    assert due is not None
    bundle = export.visit_bundle(visit.plan, visit.case)
    validate(bundle)
    request = next(r for r in by_type(bundle, "MedicationRequest")
                   if r["medicationCodeableConcept"]["text"] == visit.plan.item("denosumab").title)  # type: ignore[union-attr]
    assert request["dosageInstruction"][0]["timing"]["event"] == [due.isoformat()]
    assert request["note"] == [{"text": f"{point.label}: {due.isoformat()}"}]
