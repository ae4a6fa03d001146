"""Scenario tests: a case plus what its plan must and must not contain.

A scenario file (YAML):

    name: Acute L1 fracture at day 2
    covers: [calcitonin, ...]          # what part of pathway.md it exercises (free text)
    profile: default                   # optional, a profile id of the pack
    site: {l2_block_timing: acute}     # optional, that profile with these parameter options
                                       #  (an option no shipped profile chooses can be tested)
    case: {visit_date: ..., ...}       # an ovcf-case/2 case (format may be omitted)
    expect:
      day: 2                           # optional
      phase: acute                     # optional
      items:                           # item id: status | absent | {status, start_day, end_day, choice,
        calcitonin: {status: recommended, start_day: 2, end_day: 30}   #  strength, cites, caution_cites,
                                                                       #  no_caution_cites, reasons_in_order,
                                                                       #  says, not_says}
        risedronate: {status: continue, strength: guideline, cites: [S101]}  # the rule that decided it
        alendronate: {status: recommended, choice: first}   # choice: first | alternative | excluded
        l2_nerve_root_block: absent
      alerts: {present: [..], absent: [..]}
      assumptions: [safety.egfr]       # inputs that must be listed as assumed
      decision_points: [week4_review]  # decision point ids that must be on the plan
      handout: {says: [..], not_says: [..]}  # text the patient handout (no decisions yet) must (not) contain
"""

from __future__ import annotations

from dataclasses import field, replace
from datetime import date
from pathlib import Path
from typing import Any

from desktop.engine.record import mutable_record

from ..case.case import CASE_FORMAT, validate_case
from ..pack.errors import CaseErrors, EngineError
from ..pack.model import STATUSES, RulePack
from ..pack.safe_read import DataError, load_yaml
from ..pack.site_model import Profile
from ..plan.planner import Planner

ITEM_KEYS = {"status", "start_day", "end_day", "choice", "strength", "cites", "caution_cites", "no_caution_cites",
             "reasons_in_order", "says", "not_says"}


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
    profile, problem = _site(pack, pack.profiles[profile_id], data.get("site"))
    if problem:
        result.failures.append(problem)
        return result
    key = profile_id if profile is pack.profiles[profile_id] else f"{profile_id} {sorted(profile.parameters.items())}"
    planner = planners.setdefault(key, Planner(pack, profile))
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
    _check_items(result, plan, expect.get("items") or {}, {i.id for i in pack.items})
    alerts = expect.get("alerts") or {}
    present = {a.id for a in plan.alerts}
    for alert_id in alerts.get("present") or []:
        if alert_id not in present:
            raised = ", ".join(sorted(present)) or "none"
            result.failures.append(f"alert {alert_id}: expected, not raised (raised: {raised})")
    known = {a.id for a in pack.alerts}
    for alert_id in [*(alerts.get("present") or []), *(alerts.get("absent") or [])]:
        if alert_id not in known:  # an absent alert that does not exist would pass unseen
            result.failures.append(f"alert {alert_id}: no such alert in the pack")
    for alert_id in alerts.get("absent") or []:
        if alert_id in present:
            result.failures.append(f"alert {alert_id}: raised, expected absent")
    assumed = {a.input for a in plan.assumptions}
    for field_id in expect.get("assumptions") or []:
        if field_id not in assumed:
            result.failures.append(f"assumption {field_id}: expected on the plan")
    points = {d.id for d in plan.decision_points}
    _check_handout(result, planner, case, plan, expect.get("handout") or {})
    for point_id in expect.get("decision_points") or []:
        if point_id not in points:
            result.failures.append(f"decision point {point_id}: expected on the plan")
    return result


def _check_reasons(result: ScenarioResult, item_id: str, reason: str, fragments: list[str]) -> None:
    """Each fragment in the reason shown, in this order (every reason of an `every_reason` item)."""
    at = 0
    for fragment in fragments:
        found = reason.find(fragment, at)
        if found < 0:
            where = "missing" if fragment not in reason else "out of order"
            result.failures.append(f"item {item_id}: reason {fragment!r} {where} in {reason!r}")
            return
        at = found + len(fragment)


def _check_handout(result: ScenarioResult, planner: Planner, case: Any, plan: Any, want: dict[str, Any]) -> None:
    if not want:
        return
    from ..plan.handout import build_handout

    sheet = build_handout(planner, case, plan, {})
    text = "\n".join([sheet.intro, *(line.text for section in sheet.sections for line in section.lines)])
    for fragment in want.get("says") or []:
        if fragment not in text:
            result.failures.append(f"handout: expected to say {fragment!r}")
    for fragment in want.get("not_says") or []:
        if fragment in text:
            result.failures.append(f"handout: says {fragment!r}, expected not")


def _site(pack: RulePack, profile: Profile, site: Any) -> tuple[Profile, str | None]:
    """The profile with the scenario's `site` parameter options, or why they are not valid."""
    if site is None:
        return profile, None
    if not isinstance(site, dict):
        return profile, "site: expected a mapping of parameter: option"
    for key, value in site.items():
        param = pack.parameters.get(key)
        if param is None or param.fixed is not None:
            return profile, f"site: '{key}' is not a site parameter"
        if param.options and param.option(value) is None:
            return profile, f"site: {key}: '{value}' is not one of its options"
    return replace(profile, parameters={**profile.parameters, **site}), None


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
    handout = expect.get("handout") or {}
    if not isinstance(handout, dict) or not set(handout) <= {"says", "not_says"}:
        return "expect.handout: expected a mapping of says/not_says lists"
    lists.update({f"handout.{key}": handout.get(key) or [] for key in ("says", "not_says")})
    for key, value in lists.items():
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            return f"expect.{key}: expected a list of {'texts' if key.startswith('handout') else 'ids'}"
    if not isinstance(expect.get("items") or {}, dict):
        return "expect.items: expected a mapping of item id: expectation"
    return None


def _check_items(result: ScenarioResult, plan: Any, items: dict[str, Any], known_items: set[str]) -> None:
    for item_id, want in items.items():
        if item_id not in known_items:
            result.failures.append(f"item {item_id}: no such item in the pack")
            continue
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
        for key in ("status", "start_day", "end_day", "choice", "strength"):
            if key in spec and getattr(got, key) != spec[key]:
                result.failures.append(f"item {item_id}: {key} expected {spec[key]}, got {getattr(got, key)}")
        cited = {"cites": set(got.sources), "caution_cites": {s for c in got.cautions for s in c.sources}}
        for key, have in cited.items():
            if missing := [s for s in spec.get(key) or [] if s not in have]:
                result.failures.append(f"item {item_id}: {key} expected {missing}, got {sorted(have)}")
        _check_reasons(result, item_id, got.reason, spec.get("reasons_in_order") or [])
        for fragment in spec.get("says") or []:
            if fragment not in got.detail:
                result.failures.append(f"item {item_id}: expected to say {fragment!r}, says {got.detail!r}")
        for fragment in spec.get("not_says") or []:
            if fragment in got.detail:
                result.failures.append(f"item {item_id}: says {fragment!r}, expected not")
        if shown := [s for s in spec.get("no_caution_cites") or [] if s in cited["caution_cites"]]:
            result.failures.append(f"item {item_id}: a caution citing {shown} is shown, expected none")
