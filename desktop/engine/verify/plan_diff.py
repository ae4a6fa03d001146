"""How two rule packs plan differently: the scenario bank and a generated set of representative
cases planned under both, listing every plan that changes and how (each item's status, choice,
window and dose; alerts raised or no longer raised).

The generated cases start from the new pack's plain case (`InputSpace.base_answers`) at each
representative day since onset, and change one answer at a time to each of its representative
values: the thresholds of every rule, alert and item window of the new pack (the same classes
the exhaustive check uses, one question at a time instead of every combination). Under the old
pack the same answers are used wherever it asks the same question and allows the value; a
question it does not ask is left at its plain answer."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import field
from datetime import date
from pathlib import Path
from typing import Any

from desktop.engine.record import mutable_record, record

from ..case.case import CASE_FORMAT, Case, validate_case
from ..pack.compiled import Ctx
from ..pack.errors import CaseErrors, EngineError
from ..pack.model import RulePack
from ..pack.safe_read import DataError, load_yaml
from ..plan.plan import Plan
from ..plan.planner import Planner
from .dependencies import Deps, alert_deps, item_deps
from .input_space import InputSpace

MAX_SUBSETS = 8  # multi-choice answers: none, each one alone, all (not every subset)


@record
class PlanChange:
    case: str  # which case: "scenario acute_l3.yaml (...)" or "generated: day 30, safety.egfr = 34"
    profile: str
    changes: tuple[str, ...]  # "alendronate: status recommended -> alternative", ...


@mutable_record
class PlanDiff:
    scenarios: int = 0
    generated: int = 0
    changed: list[PlanChange] = field(default_factory=list)
    not_compared: list[str] = field(default_factory=list)  # cases one of the packs cannot plan


def _window(start: int, end: int | None) -> str:
    return f"days {start}-{end}" if end is not None else f"from day {start}, ongoing"


def plan_items(plan: Plan) -> dict[str, dict[str, str]]:
    return {i.id: {"status": i.status, "choice": i.choice, "window": _window(i.start_day, i.end_day),
                   "dose": i.detail} for i in plan.items}


def compare(old: Plan, new: Plan) -> tuple[str, ...]:
    """How `new` differs from `old`, item by item (item ids, alerts by id)."""
    before, after = plan_items(old), plan_items(new)
    out: list[str] = []
    for iid in [*before, *(i for i in after if i not in before)]:
        if iid not in after:
            out.append(f"{iid}: no longer on the plan (was {before[iid]['status']})")
        elif iid not in before:
            out.append(f"{iid}: new on the plan, {after[iid]['status']}, {after[iid]['window']}")
        else:
            for key, value in before[iid].items():
                if after[iid][key] != value:
                    out.append(f"{iid}: {key} {value or '-'} -> {after[iid][key] or '-'}")
    raised_before, raised_after = {a.id for a in old.alerts}, {a.id for a in new.alerts}
    out += [f"alert {a}: now raised" for a in sorted(raised_after - raised_before)]
    out += [f"alert {a}: no longer raised" for a in sorted(raised_before - raised_after)]
    return tuple(out)


def _planners(pack: RulePack) -> dict[str, Planner]:
    return {pid: Planner(pack, profile) for pid, profile in pack.profiles.items()}


def diff_plans(old: RulePack, new: RulePack, scenarios: Path | None, today: date | None = None) -> PlanDiff:
    result = PlanDiff()
    old_planners, new_planners = _planners(old), _planners(new)
    common = [p for p in new_planners if p in old_planners]
    for label, raw, profile in scenario_cases(scenarios):
        result.scenarios += 1
        if profile not in common:
            result.not_compared.append(f"{label}: profile {profile} is not in both packs")
            continue
        try:
            plans = _scenario_plans(old_planners[profile], new_planners[profile], raw, today)
        except (CaseErrors, EngineError) as exc:
            result.not_compared.append(f"{label}: {exc}")
            continue
        if plans is None:
            result.not_compared.append(f"{label}: not a valid case for the old pack, even without its new answers")
        elif changes := compare(*plans):
            result.changed.append(PlanChange(label, profile, changes))
    for profile in common:
        for label, new_answers in generated_cases(new, new_planners[profile]):
            result.generated += 1
            old_answers = translated_answers(old, new_answers)
            try:
                old_plan = _plan_answers(old_planners[profile], old_answers)
                new_plan = _plan_answers(new_planners[profile], new_answers)
            except EngineError as exc:
                result.not_compared.append(f"{label} ({profile}): {exc}")
                continue
            if old_plan is None or new_plan is None:
                continue  # not a valid case for one of the packs (an answer only valid when...)
            if changes := compare(old_plan, new_plan):
                result.changed.append(PlanChange(f"generated: {label}", profile, changes))
    return result


def _scenario_plans(old: Planner, new: Planner, raw: dict[str, Any], today: date | None) -> tuple[Plan, Plan] | None:
    """A scenario planned by both packs. A scenario written for the new pack that the old one
    cannot read is planned there from the answers it asks for (the others left at its defaults)."""
    case = validate_case(new.pack, dict(raw), new.params, today)
    try:
        old_plan: Plan | None = old.plan(validate_case(old.pack, dict(raw), old.params, today))
    except CaseErrors:
        answers = translated_answers(old.pack, case.answers)
        answers["visit_date"] = case.answers["visit_date"]
        old_plan = _plan_answers(old, answers)
    return None if old_plan is None else (old_plan, new.plan(case))


def scenario_cases(directory: Path | None) -> Iterator[tuple[str, dict[str, Any], str]]:
    if directory is None or not directory.is_dir():
        return
    for path in sorted(directory.glob("*.yaml")):
        try:
            data = load_yaml(path.read_bytes())
        except (OSError, DataError, UnicodeDecodeError):
            continue
        if isinstance(data, dict) and isinstance(data.get("case"), dict):
            raw = dict(data["case"])
            raw.setdefault("format", CASE_FORMAT)
            yield f"scenario {path.name} ({data.get('name', '')})", raw, str(data.get("profile", "default"))


def _all_deps(pack: RulePack) -> Deps:
    deps = Deps()
    for item in pack.items:
        item_deps(item, deps, with_windows=True)
    for alert in pack.alerts:
        alert_deps(alert, pack, deps)
    return deps


def generated_cases(pack: RulePack, planner: Planner) -> Iterator[tuple[str, dict[str, Any]]]:
    space = InputSpace(pack, planner.params, _all_deps(pack), (), planner.phase_starts)
    base = space.base_answers()
    for day, onset in _days(space):
        plain = {**base, "onset_date": onset}
        yield f"day {day}, plain case", plain
        for qid in space.dims:
            values = space.values_of(qid)
            if pack.question(qid).kind == "multi_choice":
                values = _few_subsets(values)
            for value in values:
                if value != plain.get(qid):
                    yield f"day {day}, {qid} = {value}", {**plain, qid: value}


def _days(space: InputSpace) -> Iterator[tuple[int, Any]]:
    from datetime import timedelta

    from .input_space import VISIT

    for day in space.day_values:
        yield day, VISIT - timedelta(days=day)


def _few_subsets(values: list[Any]) -> list[Any]:
    subsets = [v for v in values if isinstance(v, list)]
    longest = max(subsets, key=len, default=[])
    keep = [v for v in values if not isinstance(v, list) or len(v) <= 1 or v == longest]
    return keep[:MAX_SUBSETS]


def translated_answers(pack: RulePack, answers: dict[str, Any]) -> dict[str, Any]:
    """`answers` (of another pack) for `pack`: its plain answers, then each answer to a question it
    asks too, where it allows that value."""
    space = InputSpace(pack, {}, Deps())
    out = space.base_answers()
    out["onset_date"] = answers.get("onset_date", out.get("onset_date"))
    for question in pack.questions:
        if question.id in answers and _allowed(question, answers[question.id]):
            out[question.id] = answers[question.id]
    return out


def _allowed(question: Any, value: Any) -> bool:
    if value is None:
        return bool(question.nullable) or question.kind == "date"
    if question.kind == "choice":
        return value in question.choice_ids()
    if question.kind == "multi_choice":
        return isinstance(value, list) and all(v in question.choice_ids() for v in value)
    return True


def _plan_answers(planner: Planner, answers: dict[str, Any]) -> Plan | None:
    case = Case(answers)
    facts = planner.facts(case)
    ctx = Ctx(facts, planner.params)
    for q in planner.pack.questions:
        if q.valid_only_when is not None and ctx.facts.get(q.id) is not None and not q.valid_only_when(ctx):
            return None
    return planner.plan(case, facts=facts)
