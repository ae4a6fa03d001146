"""A visit's plan as a FHIR R4 transaction Bundle (issue 16): plain dicts, ready for `json`.

One visit gives: the Patient (only when the case names the patient), a Condition for the
fracture (each fractured level a body site), a CarePlan in the style of HL7's clinical
guidelines implementation guide (CPG-on-FHIR: `instantiatesCanonical` names the rule pack and
its version; one activity per plan item), a MedicationRequest for each drug item and a
ServiceRequest for each procedure or referral (both `basedOn` the CarePlan), a Goal for pain,
a Device naming the app and a Provenance naming the app version and the rule pack's sha256.

Codes: the rule pack keeps no clinical codes (SNOMED CT, ATC, RxNorm) with their sources yet,
so every clinical concept is text only (CodeableConcept.text); the only codes written are the
FHIR specification's own required code lists (statuses, intents, gender, priority).

The Bundle is deterministic: every fullUrl is a `urn:uuid:` made with uuid5 from the rule
pack's sha256, the site profile, the visit date, a digest of the case's answers (two patients
seen on the same day must not share ids) and the resource's key (the item id), so the same
visit exports the same Bundle byte for byte.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable, Mapping
from datetime import datetime, time, timezone
from pathlib import Path
from typing import Any

from desktop import __version__
from desktop.engine.case.case import Case
from desktop.engine.case.history import Decision
from desktop.engine.plan.plan import Plan, PlanItem
from desktop.files import write_atomic

APP_NAME = "OVCF Pathway"

# CPG-on-FHIR (HL7 Clinical Practice Guidelines IG, STU2) and the FHIR core extensions it uses
# for a recommendation's rationale and strength.
CPG_RATIONALE = "http://hl7.org/fhir/uv/cpg/StructureDefinition/cpg-rationale"  # valueMarkdown
# valueCodeableConcept
STRENGTH_OF_RECOMMENDATION = "http://hl7.org/fhir/StructureDefinition/cqf-strengthOfRecommendation"

# The rule pack is not published as a PlanDefinition anywhere: a URN names it without claiming
# a web address. Replace it with the published canonical URL if a site ever publishes the pack.
RULE_PACK_CANONICAL = "urn:ovcf-pathway:rule-pack:{id}"
IDENTIFIER_SYSTEM = "urn:ietf:rfc:3986"  # the identifier value is itself a URI (our urn:uuid)

# What FHIR resource carries an item besides its CarePlan activity, by the item's `kind`
# (rules/items/*.yaml; pack.model.ITEM_KINDS): a medication is a MedicationRequest (a drug the
# clinician prescribes or continues), a service a ServiceRequest (a procedure, an intervention
# by a specialist, a referral, a work-up); an activity (advice, rehabilitation the clinic gives
# itself) is the CarePlan activity alone. tests/fhir checks these are the pack's kinds.
REQUEST_OF_KIND: dict[str, str | None] = {
    "medication": "MedicationRequest",
    "service": "ServiceRequest",
    "activity": None,
}
KINDS = tuple(REQUEST_OF_KIND)
DO_NOT_PERFORM = ("not_recommended", "contraindicated")

# Plan status -> (CarePlan.activity.detail.status, MedicationRequest.status, ServiceRequest.status)
# for an item the clinician has not decided on. A decision overrides it (DECIDED below).
# recommended/consider/conditional/urgent: proposed, not started; continue: the patient is on
# it; not_recommended/contraindicated: a standing "do not" (doNotPerform), not started;
# unavailable: not available at this site (statusReason says so); window_passed: no longer to
# be done (statusReason gives the rule's reason); alternative (another member of a choice,
# rules/choices.yaml: the patient takes one drug of several) as consider: a proposal not
# started, until the clinician accepts or declines it like any offered item; its request notes
# which is the first choice.
STATUS_MAP: dict[str, tuple[str, str, str]] = {
    "recommended": ("not-started", "draft", "draft"),
    "consider": ("not-started", "draft", "draft"),
    "alternative": ("not-started", "draft", "draft"),
    "done": ("completed", "completed", "completed"),  # recorded as done at an earlier visit
    "conditional": ("not-started", "draft", "draft"),
    "urgent": ("not-started", "draft", "draft"),
    "continue": ("in-progress", "active", "active"),
    "not_recommended": ("not-started", "active", "active"),
    "contraindicated": ("not-started", "active", "active"),
    "unavailable": ("on-hold", "on-hold", "on-hold"),
    "window_passed": ("cancelled", "cancelled", "revoked"),
}
DECIDED: dict[str, tuple[str, str, str]] = {
    "accepted": ("scheduled", "active", "active"),
    "declined": ("cancelled", "cancelled", "revoked"),
}
WITH_STATUS_REASON = ("unavailable", "window_passed")

# The FHIR R4 required code lists this module writes (tests check every Bundle against them).
CAREPLAN_STATUS = ("draft", "active", "on-hold", "revoked", "completed", "entered-in-error", "unknown")
CAREPLAN_INTENT = ("proposal", "plan", "order", "option")
ACTIVITY_STATUS = ("not-started", "scheduled", "in-progress", "on-hold", "completed", "cancelled", "stopped",
                   "unknown", "entered-in-error")
MEDICATION_REQUEST_STATUS = ("active", "on-hold", "cancelled", "completed", "entered-in-error", "stopped", "draft",
                             "unknown")
SERVICE_REQUEST_STATUS = ("draft", "active", "on-hold", "revoked", "completed", "entered-in-error", "unknown")
REQUEST_INTENT = ("proposal", "plan", "directive", "order", "original-order", "reflex-order", "filler-order",
                  "instance-order", "option")
GOAL_LIFECYCLE = ("proposed", "planned", "accepted", "active", "on-hold", "completed", "cancelled",
                  "entered-in-error", "rejected")
GENDERS = ("male", "female", "other", "unknown")

CONDITION_TEXT = "Osteoporotic vertebral compression fracture"


def _text(value: str) -> dict[str, str]:
    return {"text": value}


def _digest(answers: Mapping[str, Any]) -> str:
    data = json.dumps(answers, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


class _Ids:
    """Deterministic urn:uuid ids for one visit."""

    def __init__(self, plan: Plan, case: Case) -> None:
        self.seed = f"{plan.pack_sha256}/{plan.profile_id}/{plan.visit_date.isoformat()}/{_digest(case.answers)}"

    def urn(self, key: str) -> str:
        """The entry's fullUrl: only meaningful inside the Bundle (a server replaces it, and
        every occurrence of it, by the id it gives the resource)."""
        return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'{self.seed}/{key}')}"

    def identifier(self, key: str) -> str:
        """The resource's business identifier: lasting, and distinct from its fullUrl."""
        return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_OID, f'{self.seed}/{key}')}"


def _extensions(item: PlanItem) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    if item.reason:
        out.append({"url": CPG_RATIONALE, "valueMarkdown": item.reason})
    if item.strength_label:
        out.append({"url": STRENGTH_OF_RECOMMENDATION, "valueCodeableConcept": _text(item.strength_label)})
    return out


def _period(plan: Plan, item: PlanItem) -> dict[str, str]:
    start, end = plan.date_of(item.start_day), plan.date_of(item.end_day)
    period = {"start": start.isoformat()} if start else {}
    if end is not None:
        period["end"] = end.isoformat()
    return period


def _statuses(item: PlanItem, decision: Decision | None) -> tuple[str, str, str]:
    if decision is not None and item.decidable:
        return DECIDED[decision.decision]
    return STATUS_MAP[item.status]


def _status_reason(plan: Plan, item: PlanItem, decision: Decision | None) -> str:
    """Why the item is cancelled or on hold, in words; "" if it is neither."""
    if decision is not None and item.decidable and decision.decision == "declined":
        words = [plan.decision_reasons.get(decision.reason, decision.reason) if decision.reason else "",
                 decision.note]
        return ": ".join(w for w in words if w) or item.status_label or item.status
    if decision is None and item.status in WITH_STATUS_REASON:
        return " ".join(w for w in (item.site, item.reason) if w) or item.status_label
    return ""


def _alternative_note(plan: Plan, item: PlanItem) -> str:
    """An alternative's place in its choice, e.g. "Long-term antiresorptive (one drug): an
    alternative to Alendronate (oral bisphosphonate), the first choice"; "" for other items."""
    group = plan.group_of(item)
    if group is None or item.choice != "alternative" or group.first is None:
        return ""
    first = plan.item(group.first)
    return f"{group.label}: an alternative to {first.title if first else group.first}, the first choice"


def _entry(ids: _Ids, key: str, resource: dict[str, Any]) -> dict[str, Any]:
    urn = ids.urn(key)
    value = {"system": IDENTIFIER_SYSTEM, "value": ids.identifier(key)}
    if resource["resourceType"] != "Provenance":  # Provenance has no identifier in R4
        resource = {"resourceType": resource["resourceType"], "identifier": [value],
                    **{k: v for k, v in resource.items() if k != "resourceType"}}
    return {"fullUrl": urn, "resource": resource, "request": {"method": "POST", "url": resource["resourceType"]}}


def visit_bundle(
    plan: Plan,
    case: Case,
    decisions: Mapping[str, Decision] | Iterable[Decision] = (),
    *,
    recorded: datetime | None = None,
) -> dict[str, Any]:
    """The visit as a FHIR R4 transaction Bundle.

    `decisions`: the clinician's decisions standing on the visit date (a dict by item id, as
    `current_decisions` gives, or a list of them: only those dated on the visit count).
    `recorded`: when the Provenance says the plan was recorded; by default midnight UTC of the
    visit date, so that the same visit always exports the same Bundle.
    """
    if isinstance(decisions, Mapping):
        standing: dict[str, Decision] = dict(decisions)
    else:
        standing = {d.item: d for d in decisions if d.date == plan.visit_date}
    ids = _Ids(plan, case)
    visit = plan.visit_date.isoformat()
    entries: list[dict[str, Any]] = []

    patient_urn = ids.urn("Patient")
    name = plan.patient_name.strip()
    if name:
        patient: dict[str, Any] = {"resourceType": "Patient", "name": [_text(name)]}
        sex = case.answers.get("patient.sex")
        if sex in GENDERS:
            patient["gender"] = sex
        entries.append(_entry(ids, "Patient", patient))
        subject: dict[str, str] = {"reference": patient_urn, "display": name}
    else:
        # no name or ID in the case: the resources say so instead of pointing at a blank Patient
        subject = {"display": "Patient not identified in the case file"}

    condition_urn = ids.urn("Condition")
    levels = case.answers.get("fracture.levels") or []
    condition: dict[str, Any] = {
        "resourceType": "Condition",
        "code": _text(CONDITION_TEXT),
        "bodySite": [_text(str(level)) for level in levels],
        "subject": subject,
        "onsetDateTime": plan.onset_date.isoformat(),
        "recordedDate": visit,
    }
    entries.append(_entry(ids, "Condition", condition))
    condition_ref = {"reference": condition_urn}

    accepted = any(d.decision == "accepted" and (i := plan.item(d.item)) is not None and i.decidable
                   for d in standing.values())
    intent = "plan" if accepted else "proposal"
    careplan_urn = ids.urn("CarePlan")
    goal_urn = ids.urn("Goal")
    pain_lane = next((lane.label for lane in plan.lanes if lane.id == "pain_control"), "Pain control")

    activities: list[dict[str, Any]] = []
    requests: list[dict[str, Any]] = []
    for item in plan.items:
        decision = standing.get(item.id)
        detail_status, med_status, service_status = _statuses(item, decision)
        item_intent = "plan" if decision is not None and decision.decision == "accepted" and item.decidable \
            else "proposal"
        reason_text = _status_reason(plan, item, decision)
        do_not = item.status in DO_NOT_PERFORM
        kind = item.kind
        detail: dict[str, Any] = {
            "extension": _extensions(item),
            "code": _text(item.title),
            "reasonReference": [condition_ref],
            "status": detail_status,
            "doNotPerform": do_not,
            "description": item.detail,
        }
        if kind == "medication":
            detail["kind"] = "MedicationRequest"
        elif kind == "service":
            detail["kind"] = "ServiceRequest"
        if not detail["extension"]:
            del detail["extension"]
        if not item.detail:
            del detail["description"]
        if reason_text:
            detail["statusReason"] = _text(reason_text)
        period = _period(plan, item)
        if period:
            detail["scheduledPeriod"] = period
        if item.lane == "pain_control":
            detail["goal"] = [{"reference": goal_urn}]
        activities.append({"detail": detail})

        if kind == "activity":
            continue
        common: dict[str, Any] = {
            "extension": _extensions(item),
            "status": med_status if kind == "medication" else service_status,
            "intent": item_intent,
            "doNotPerform": do_not,
            "subject": subject,
            "authoredOn": visit,
            "basedOn": [{"reference": careplan_urn}],
            "reasonReference": [condition_ref],
        }
        if not common["extension"]:
            del common["extension"]
        if reason_text:
            common["statusReason"] = _text(reason_text)
        if kind == "medication":
            request: dict[str, Any] = {"resourceType": "MedicationRequest", **common,
                                       "medicationCodeableConcept": _text(item.title)}
            dosage: dict[str, Any] = {"text": item.detail} if item.detail else {}
            if period:
                dosage["timing"] = {"repeat": {"boundsPeriod": period}}
            # the next dose the plan dates (a decision point that `schedules` this item), e.g.
            # the next denosumab injection 6 months after the last: Timing.event
            doses = [(d, plan.date_of(d.day)) for d in plan.decision_points if d.schedules == item.id]
            if doses:
                dosage.setdefault("timing", {})["event"] = [when.isoformat() for _d, when in doses if when]
                request["note"] = [{"text": f"{d.label}: {when.isoformat()}"} for d, when in doses if when]
            if dosage:
                request["dosageInstruction"] = [dosage]
            alternative = _alternative_note(plan, item)
            if alternative:
                request["note"] = [*request.get("note", []), {"text": alternative}]
        else:
            request = {"resourceType": "ServiceRequest", **common, "code": _text(item.title)}
            if item.status == "urgent":
                request["priority"] = "urgent"
            if period:
                request["occurrencePeriod"] = period
            notes = [n for n in (item.detail, item.site) if n]
            if notes:
                request["note"] = [{"text": n} for n in notes]
        requests.append(_entry(ids, f"item/{item.id}", request))

    careplan: dict[str, Any] = {
        "resourceType": "CarePlan",
        "instantiatesCanonical": [f"{RULE_PACK_CANONICAL.format(id=plan.pack_id)}|{plan.pack_version}"],
        "status": "active" if accepted else "draft",
        "intent": intent,
        "title": f"{APP_NAME}: {plan.phase_label or plan.phase}",
        "subject": subject,
        "period": {"start": visit},
        "created": visit,
        "addresses": [condition_ref],
        "goal": [{"reference": goal_urn}],
        "activity": activities,
    }
    if plan.disclaimer:
        careplan["note"] = [{"text": plan.disclaimer}]
    entries.append(_entry(ids, "CarePlan", careplan))

    goal: dict[str, Any] = {
        "resourceType": "Goal",
        "lifecycleStatus": "active" if accepted else "proposed",
        "description": _text(pain_lane),
        "subject": subject,
        "startDate": visit,
        "addresses": [condition_ref],
    }
    entries.append(_entry(ids, "Goal", goal))
    entries.extend(requests)

    device_urn = ids.urn("Device")
    device = {
        "resourceType": "Device",
        "deviceName": [{"name": APP_NAME, "type": "user-friendly-name"}],
        "version": [{"value": __version__}],
    }
    entries.append(_entry(ids, "Device", device))

    when = recorded or datetime.combine(plan.visit_date, time(0), tzinfo=timezone.utc)
    pack = f"rule pack {plan.pack_id} {plan.pack_version} (sha256 {plan.pack_sha256})"
    provenance = {
        "resourceType": "Provenance",
        "target": [{"reference": e["fullUrl"]} for e in entries],
        "recorded": when.isoformat().replace("+00:00", "Z"),
        "agent": [{"who": {"reference": device_urn, "display": f"{APP_NAME} {__version__}"}}],
        "entity": [{
            "role": "source",
            "what": {
                "identifier": {"system": IDENTIFIER_SYSTEM, "value": f"urn:sha256:{plan.pack_sha256}"},
                "display": pack,
            },
        }],
    }
    entries.append(_entry(ids, "Provenance", provenance))

    return {
        "resourceType": "Bundle",
        "identifier": {"system": IDENTIFIER_SYSTEM, "value": ids.identifier("Bundle")},
        "type": "transaction",
        "entry": entries,
    }


def bundle_json(bundle: Mapping[str, Any]) -> bytes:
    """The Bundle as UTF-8 JSON text (stable key order, as built)."""
    return (json.dumps(bundle, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def write_bundle(bundle: Mapping[str, Any], path: str | Path) -> None:
    """Write the Bundle to `path` atomically and privately (it holds patient data)."""
    write_atomic(path, bundle_json(bundle))
