"""Scenario tests: a case plus what its plan must and must not contain.

A scenario file (YAML):

    name: Acute L1 fracture at day 2
    covers: [calcitonin, ...]          # what part of pathway.md it exercises (free text)
    profile: default                   # optional, a profile id of the pack
    case: {visit_date: ..., ...}       # an ovcf-case/2 case (format may be omitted)
    expect:
      day: 2                           # optional
      phase: acute                     # optional
      items:                           # item id: status | absent | {status, start_day, end_day, choice}
        calcitonin: {status: recommended, start_day: 2, end_day: 30}
        alendronate: {status: recommended, choice: first}   # choice: first | alternative | excluded
        l2_nerve_root_block: absent
      alerts: {present: [..], absent: [..]}
      assumptions: [safety.egfr]       # inputs that must be listed as assumed
      decision_points: [week4_review]  # decision point ids that must be on the plan
"""

from __future__ import annotations

from dataclasses import field
from datetime import date
from pathlib import Path
from typing import Any

from desktop.engine.record import mutable_record

from ..case.case import CASE_FORMAT, validate_case
from ..pack.errors import CaseErrors, EngineError
from ..pack.model import STATUSES, RulePack
from ..pack.safe_read import DataError, load_yaml
from ..plan.planner import Planner

ITEM_KEYS = {"status", "start_day", "end_day", "choice"}


@mutable_record
class ScenarioResult:
    file: str
    name: str
    failures: list[str] = field(default_factory=list)
    covers: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures


def run_scenarios(pack: RulePack, directory: str | Path, today: date | None = None) -> list[ScenarioResult]:
    planners: dict[str, Planner] = {}
    results = []
    for path in sorted(Path(directory).glob("*.yaml")):
        results.append(run_scenario(pack, path, planners, today))
    return results


def run_scenario(
    pack: RulePack, path: Path, planners: dict[str, Planner], today: date | None = None
) -> ScenarioResult:
    result = ScenarioResult(path.name, path.stem)
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, DataError) as exc:
        result.failures.append(f"cannot read: {exc}")
        return result
    if not isinstance(data, dict) or not {"name", "case", "expect"} <= set(data):
        result.failures.append("a scenario needs name, case and expect")
        return result
    expect = data["expect"]
    shape = _shape_problem(data, expect)
    if shape:
        result.failures.append(shape)
        return result
    result.name = str(data["name"])
    result.covers = [str(c) for c in data.get("covers") or []]
    profile_id = data.get("profile", pack.default_profile)
    if not isinstance(profile_id, str) or profile_id not in pack.profiles:
        result.failures.append(f"unknown profile '{profile_id}'")
        return result
    planner = planners.setdefault(profile_id, Planner(pack, pack.profiles[profile_id]))
    raw = dict(data["case"]) if isinstance(data["case"], dict) else data["case"]
    if isinstance(raw, dict):
        raw.setdefault("format", CASE_FORMAT)
    try:
        case = validate_case(pack, raw, planner.params, today)
        plan = planner.plan(case)
    except (CaseErrors, EngineError) as exc:
        result.failures.append(f"case rejected: {exc}")
        return result
    for key in ("day", "phase"):
        if key in expect and getattr(plan, key) != expect[key]:
            result.failures.append(f"{key}: expected {expect[key]}, got {getattr(plan, key)}")
    _check_items(result, plan, expect.get("items") or {})
    alerts = expect.get("alerts") or {}
    present = {a.id for a in plan.alerts}
    for alert_id in alerts.get("present") or []:
        if alert_id not in present:
            raised = ", ".join(sorted(present)) or "none"
            result.failures.append(f"alert {alert_id}: expected, not raised (raised: {raised})")
    for alert_id in alerts.get("absent") or []:
        if alert_id in present:
            result.failures.append(f"alert {alert_id}: raised, expected absent")
    assumed = {a.input for a in plan.assumptions}
    for field_id in expect.get("assumptions") or []:
        if field_id not in assumed:
            result.failures.append(f"assumption {field_id}: expected on the plan")
    points = {d.id for d in plan.decision_points}
    for point_id in expect.get("decision_points") or []:
        if point_id not in points:
            result.failures.append(f"decision point {point_id}: expected on the plan")
    return result


def _shape_problem(data: dict[str, Any], expect: Any) -> str | None:
    """What is wrongly shaped in a scenario file (checked before it is used), if anything."""
    if not isinstance(data.get("covers") or [], list):
        return "covers: expected a list"
    if not isinstance(expect, dict):
        return "expect: expected a mapping"
    lists = {key: expect.get(key) or [] for key in ("assumptions", "decision_points")}
    alerts = expect.get("alerts") or {}
    if not isinstance(alerts, dict):
        return "expect.alerts: expected a mapping of present/absent lists"
    lists.update({f"alerts.{key}": alerts.get(key) or [] for key in ("present", "absent")})
    for key, value in lists.items():
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            return f"expect.{key}: expected a list of ids"
    if not isinstance(expect.get("items") or {}, dict):
        return "expect.items: expected a mapping of item id: expectation"
    return None


def _check_items(result: ScenarioResult, plan: Any, items: dict[str, Any]) -> None:
    for item_id, want in items.items():
        got = plan.item(item_id)
        if want == "absent":
            if got is not None:
                result.failures.append(f"item {item_id}: expected absent, got {got.status}")
            continue
        spec = want if isinstance(want, dict) else {"status": want}
        if not set(spec) <= ITEM_KEYS or spec.get("status") not in STATUSES:
            result.failures.append(f"item {item_id}: bad expectation {want!r}")
            continue
        if got is None:
            result.failures.append(f"item {item_id}: expected {spec['status']}, item absent")
            continue
        for key in ("status", "start_day", "end_day", "choice"):
            if key in spec and getattr(got, key) != spec[key]:
                result.failures.append(f"item {item_id}: {key} expected {spec[key]}, got {getattr(got, key)}")
