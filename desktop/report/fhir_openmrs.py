"""The OpenMRS export profile of a visit (issue 16, item 4): a FHIR R4 transaction Bundle of
only the resources OpenMRS's FHIR2 module accepts for creation.

OpenMRS creates Patient, Condition, Observation, Encounter and Task, but not CarePlan, Goal or
MedicationRequest; so this profile carries the Patient (only when the case names the patient,
as the full export does), the Condition for the fracture, an Observation for the pain score
(the case's `pain.nrs`, when known) and one Task per due item, and drops the CarePlan, the
Goal, the MedicationRequests, the ServiceRequests, the Device and the Provenance (each Task's
note names the app version and the rule pack with its sha256 instead).

A due item: an offered item (`item.offered`), or an alternative the clinician accepted (another
drug of a choice, rules/choices.yaml), whose window includes the visit day or starts later,
i.e. whose end day is open or not before the visit day (`plan.day`); items whose window has
passed, and items not offered (not recommended, contraindicated, unavailable, window passed,
an alternative not accepted), get no Task. Task.status is "requested", "accepted" once the clinician
accepts the item, "rejected" (with the reason as statusReason) once the clinician declines it;
intent is "plan" for an accepted item and "proposal" otherwise, as in the full export.

No Encounter: Encounter.class is a required code (ambulatory, inpatient, ...) that the case
does not give, and an OpenMRS Encounter needs a site's own encounter type and location.

Codes: as in the full export, every clinical concept is text only (the pain score's code
included: the rule pack keeps no LOINC or SNOMED CT code for it); ids are deterministic
urn:uuids from the same seed, so the Patient and the Condition keep the full export's ids.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from desktop import __version__
from desktop.engine.case.case import Case
from desktop.engine.case.history import Decision, current_decisions
from desktop.engine.plan.plan import Plan, PlanItem
from desktop.report import fhir
from desktop.report.fhir import APP_NAME

# What OpenMRS's FHIR2 module creates; the profile writes nothing else.
OPENMRS_TYPES = ("Patient", "Condition", "Observation", "Encounter", "Task")
PAIN_SCORE_TEXT = "Pain score (NRS 0-10)"

# The FHIR R4 required code lists this profile writes besides the full export's.
TASK_STATUS = ("draft", "requested", "received", "accepted", "rejected", "ready", "cancelled", "in-progress",
               "on-hold", "failed", "completed", "entered-in-error")
TASK_INTENT = ("unknown", "proposal", "plan", "order", "original-order", "reflex-order", "filler-order",
               "instance-order", "option")
OBSERVATION_STATUS = ("registered", "preliminary", "final", "amended", "corrected", "cancelled",
                      "entered-in-error", "unknown")
TASK_DECIDED = {"accepted": "accepted", "declined": "rejected"}


def is_due(plan: Plan, item: PlanItem, decision: Decision | None = None) -> bool:
    """Offered (or an alternative the clinician accepted), and its window includes the visit
    day or starts later."""
    wanted = item.offered or (item.decidable and decision is not None and decision.decision == "accepted")
    return wanted and (item.end_day is None or item.end_day >= plan.day)


def _standing(plan: Plan, decisions: Mapping[str, Decision] | Iterable[Decision]) -> dict[str, Decision]:
    if isinstance(decisions, Mapping):
        return dict(decisions)
    return {d.item: d for d in decisions if d.date == plan.visit_date}


def openmrs_bundle(
    plan: Plan,
    case: Case,
    decisions: Mapping[str, Decision] | Iterable[Decision] = (),
    *,
    recorded: datetime | None = None,
) -> dict[str, Any]:
    """The visit as a transaction Bundle OpenMRS's FHIR2 module can create.

    `decisions` and `recorded` as for `fhir.visit_bundle` (the profile has no Provenance, so
    `recorded` changes nothing in it).
    """
    standing = _standing(plan, decisions)
    ids = fhir._Ids(plan, case)
    visit = plan.visit_date.isoformat()
    # the Patient and the Condition exactly as the full export writes them (same ids)
    full = fhir.visit_bundle(plan, case, standing, recorded=recorded)
    entries = [e for e in full["entry"] if e["resource"]["resourceType"] in ("Patient", "Condition")]
    condition = next(e for e in entries if e["resource"]["resourceType"] == "Condition")
    subject: dict[str, str] = condition["resource"]["subject"]
    condition_ref = {"reference": condition["fullUrl"]}

    nrs = case.answers.get("pain.nrs")
    if isinstance(nrs, int) and not isinstance(nrs, bool):
        observation: dict[str, Any] = {
            "resourceType": "Observation",
            "status": "final",
            "code": fhir._text(PAIN_SCORE_TEXT),
            "subject": subject,
            "effectiveDateTime": visit,
            "valueInteger": nrs,
        }
        entries.append(fhir._entry(ids, "Observation/pain.nrs", observation))

    note = (f"{APP_NAME} {__version__}, rule pack {plan.pack_id} {plan.pack_version} "
            f"(sha256 {plan.pack_sha256})")
    for item in plan.items:
        decision = standing.get(item.id)
        if not is_due(plan, item, decision):
            continue
        task: dict[str, Any] = {
            "resourceType": "Task",
            "extension": fhir._extensions(item),
            "status": TASK_DECIDED[decision.decision] if decision is not None else "requested",
            "intent": "plan" if decision is not None and decision.decision == "accepted" else "proposal",
            "code": fhir._text(item.title),
            "description": f"{item.title}: {item.detail}" if item.detail else item.title,
            "for": subject,
            "authoredOn": visit,
            "reasonReference": condition_ref,
            "note": [{"text": note}],
        }
        if not task["extension"]:
            del task["extension"]
        reason = fhir._status_reason(plan, item, decision)
        if reason:
            task["statusReason"] = fhir._text(reason)
        period = fhir._period(plan, item)
        if period:
            task["executionPeriod"] = period
        entries.append(fhir._entry(ids, f"Task/{item.id}", task))

    return {
        "resourceType": "Bundle",
        "identifier": {"system": fhir.IDENTIFIER_SYSTEM, "value": ids.identifier("Bundle/openmrs")},
        "type": "transaction",
        "entry": entries,
    }


def profile_bundle(profile: str, plan: Plan, case: Case) -> dict[str, Any]:
    """The Bundle of an export profile (`full`: the care plan with its requests; `openmrs`),
    with the clinician's decisions of the plan's visit."""
    make = openmrs_bundle if profile == "openmrs" else fhir.visit_bundle
    return make(plan, case, current_decisions(case.decisions, plan.visit_date))
