"""The cases tests/fhir exports: every scenario of tests/scenarios and every example, planned
as the app plans them; and the checks of a Bundle that the FHIR libraries do not make.

(tests/fhir has no __init__.py on purpose: a package named `fhir` would hide fhir.resources.)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.engine import Case, Plan, Planner, RulePack, validate_case
from desktop.engine.pack.safe_read import load_yaml
from desktop.report import fhir

REPO = Path(__file__).resolve().parents[2]
SCENARIOS = sorted((REPO / "tests" / "scenarios").glob("*.yaml"))
EXAMPLES = sorted((REPO / "examples").glob("*.yaml"))
CASE_FILES = SCENARIOS + EXAMPLES
CASE_IDS = [f"{p.parent.name}/{p.stem}" for p in CASE_FILES]


@dataclass
class Visit:
    plan: Plan
    case: Case


def plan_file(pack: RulePack, path: Path, answers: dict[str, Any] | None = None) -> Visit:
    data = load_yaml(path.read_text(encoding="utf-8"))
    profile = pack.default_profile
    if "case" in data:  # a scenario: its case, under its profile
        profile = data.get("profile", profile)
        data = {"format": "ovcf-case/2", **data["case"]}
    if answers:
        data = _merged(data, answers)
    planner = Planner(pack, pack.profiles[profile])
    case = validate_case(pack, data, planner.params)
    return Visit(planner.plan(case), case)


def _merged(data: dict[str, Any], answers: dict[str, Any]) -> dict[str, Any]:
    out = {k: (dict(v) if isinstance(v, dict) else v) for k, v in data.items()}
    for dotted, value in answers.items():
        group, name = dotted.split(".", 1)
        out.setdefault(group, {})[name] = value
    return out


def references(node: Any) -> list[str]:
    """Every Reference.reference anywhere in `node`."""
    found: list[str] = []
    if isinstance(node, dict):
        ref = node.get("reference")
        if isinstance(ref, str):
            found.append(ref)
        for value in node.values():
            found.extend(references(value))
    elif isinstance(node, list):
        for value in node:
            found.extend(references(value))
    return found


def codings(node: Any) -> list[Any]:
    found: list[Any] = []
    if isinstance(node, dict):
        if "coding" in node:
            found.append(node["coding"])
        for value in node.values():
            found.extend(codings(value))
    elif isinstance(node, list):
        for value in node:
            found.extend(codings(value))
    return found


def by_type(bundle: dict[str, Any], resource_type: str) -> list[dict[str, Any]]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == resource_type]


def own_problems(bundle: dict[str, Any]) -> list[str]:
    """What the FHIR libraries do not check: references resolve inside the Bundle, the required
    code lists hold allowed values, transaction entries are well formed."""
    problems: list[str] = []
    if bundle.get("type") != "transaction":
        problems.append(f"Bundle.type {bundle.get('type')!r}")
    urls = [e.get("fullUrl") for e in bundle["entry"]]
    if len(set(urls)) != len(urls):
        problems.append("duplicate fullUrl")
    for entry in bundle["entry"]:
        resource = entry["resource"]
        kind = resource["resourceType"]
        if not str(entry.get("fullUrl", "")).startswith("urn:uuid:"):
            problems.append(f"{kind}: fullUrl {entry.get('fullUrl')!r} is not a urn:uuid")
        if entry.get("request") != {"method": "POST", "url": kind}:
            problems.append(f"{kind}: request {entry.get('request')!r}")
        for ref in references(resource):
            if ref not in urls:
                problems.append(f"{kind}: reference {ref} does not resolve inside the Bundle")

        def check(field: str, value: Any, allowed: tuple[str, ...], kind: str = kind) -> None:
            if value not in allowed:
                problems.append(f"{kind}.{field} {value!r} not in {allowed}")

        if kind == "CarePlan":
            check("status", resource.get("status"), fhir.CAREPLAN_STATUS)
            check("intent", resource.get("intent"), fhir.CAREPLAN_INTENT)
            for activity in resource.get("activity", []):
                check("activity.detail.status", activity["detail"].get("status"), fhir.ACTIVITY_STATUS)
        elif kind == "MedicationRequest":
            check("status", resource.get("status"), fhir.MEDICATION_REQUEST_STATUS)
            check("intent", resource.get("intent"), fhir.REQUEST_INTENT)
        elif kind == "ServiceRequest":
            check("status", resource.get("status"), fhir.SERVICE_REQUEST_STATUS)
            check("intent", resource.get("intent"), fhir.REQUEST_INTENT)
        elif kind == "Goal":
            check("lifecycleStatus", resource.get("lifecycleStatus"), fhir.GOAL_LIFECYCLE)
        elif kind == "Patient" and "gender" in resource:
            check("gender", resource["gender"], fhir.GENDERS)
    return problems
