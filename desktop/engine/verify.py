"""Exhaustive verification of the pack's invariants over every equivalence class of inputs.

Each invariant is checked, under every profile, against every class of the inputs it depends
on (see `dependencies.py` and `input_space.py`); an invariant over every item is checked item
by item. A crash of the engine on any class is reported as a violation too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .case import Case
from .conditions import Ctx
from .dependencies import Deps, invariant_deps, item_deps
from .errors import EngineError
from .input_space import InputSpace
from .model import Invariant, Profile, RulePack
from .planner import Planner

MAX_EXAMPLES = 3


@dataclass
class InvariantResult:
    invariant: Invariant
    classes: int = 0
    violations: int = 0
    examples: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.violations == 0


@dataclass
class VerifyReport:
    results: list[InvariantResult]
    profiles: list[str]

    @property
    def classes(self) -> int:
        return sum(r.classes for r in self.results)

    @property
    def ok(self) -> bool:
        return all(r.ok for r in self.results)


def verify_invariants(
    pack: RulePack, profiles: list[Profile] | None = None, only: set[str] | None = None
) -> VerifyReport:
    """Check every invariant (or those in `only`) under every profile (or those given)."""
    profiles = profiles or list(pack.profiles.values())
    invariants = [inv for inv in pack.invariants if only is None or inv.id in only]
    results = {inv.id: InvariantResult(inv) for inv in invariants}
    for profile in profiles:
        planner = Planner(pack, profile)
        for inv in invariants:
            result = results[inv.id]
            if inv.then.every_item:
                for item in pack.items:
                    deps = Deps()
                    item_deps(item, deps, with_windows=True)
                    deps.add_condition(inv.when)
                    _run(planner, inv, deps, (), result, profile, frozenset([item.id]), frozenset())
            else:
                deps, atoms = invariant_deps(inv, pack)
                _run(planner, inv, deps, atoms, result, profile, frozenset(deps.items), frozenset(deps.alerts))
    return VerifyReport(list(results.values()), [p.id for p in profiles])


def _run(
    planner: Planner,
    inv: Invariant,
    deps: Deps,
    atoms: tuple[Any, ...],
    result: InvariantResult,
    profile: Profile,
    items: frozenset[str],
    alerts: frozenset[str],
) -> None:
    pack = planner.pack
    space = InputSpace(pack, planner.params, deps, atoms, planner.phase_starts)
    shown = ["day", *space.dims, *space.date_dims]
    for answers in space.cases():
        case = Case(answers)
        facts = planner.facts(case)
        ctx = Ctx(facts, planner.params)
        if not space.valid(ctx):
            continue
        result.classes += 1
        if inv.when is not None and not inv.when(ctx):
            continue
        try:
            plan = planner.plan(case, only_items=items, only_alerts=alerts, facts=facts)
        except EngineError as exc:
            _violation(result, profile, answers, shown, f"engine error: {exc}")
            continue
        ctx.items = {i.id: i for i in plan.items}
        ctx.alerts = {a.id: a for a in plan.alerts}
        if not inv.then(ctx):
            found = "; ".join(f"{i.id}={i.status} days {i.start_day}-{i.end_day}" for i in plan.items)
            _violation(result, profile, answers, shown, f"plan: {found or 'no items'}")


def _violation(
    result: InvariantResult, profile: Profile, answers: dict[str, Any], shown: list[str], what: str
) -> None:
    result.violations += 1
    if len(result.examples) >= MAX_EXAMPLES:
        return
    day = (answers["visit_date"] - answers["onset_date"]).days
    parts = [f"day={day}"]
    for qid in shown[1:]:
        value = answers.get(qid)
        if isinstance(value, date):
            value = f"day {(value - answers['onset_date']).days}"
        parts.append(f"{qid}={value}")
    result.examples.append(f"profile {profile.id}: {', '.join(parts)} -> {what}")
