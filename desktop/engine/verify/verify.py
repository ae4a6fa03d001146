"""Exhaustive verification of the pack's invariants over every equivalence class of inputs.

Each invariant is checked, under every profile, against every class of the inputs it depends on
(see `dependencies.py` and `input_space.py`); an invariant over every item is checked item by
item. A crash of the engine on any class is reported as a violation too. Work whose inputs,
parameters and site availability are the same under two profiles is done once; the rest is
spread over the machine's cores.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import field
from datetime import date
from typing import Any

from desktop.engine.record import mutable_record, record

from ..case.case import Case
from ..pack.compiled import Ctx, PartialFacts
from ..pack.errors import EngineError
from ..pack.model import Invariant, Item, RulePack
from ..pack.site_model import Profile
from ..plan.lazy import Splits, lazy_context
from ..plan.planner import Planner
from .dependencies import (
    Deps,
    implied_by,
    invariant_deps,
    item_deps,
    only_offered,
    only_statuses,
    status_splits,
    uses_roles,
)
from .explore import Check, explore, settled
from .input_space import InputSpace
from .tautology import always_holds
from .window_order import ordered_tails

MAX_EXAMPLES = 3


@mutable_record
class InvariantResult:
    invariant: Invariant
    classes: int = 0
    shared: int = 0  # classes identical to ones already checked under another profile
    proved: bool = False  # holds by its form for every answer (tautology.py): no case planned
    violations: int = 0
    examples: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.violations == 0


@mutable_record
class VerifyReport:
    results: list[InvariantResult]
    profiles: list[str]

    @property
    def classes(self) -> int:
        return sum(r.classes for r in self.results)

    @property
    def shared(self) -> int:
        return sum(r.shared for r in self.results)

    @property
    def ok(self) -> bool:
        return all(r.ok for r in self.results)


@record
class Task:
    profile: str
    invariant: str
    item: str | None  # for invariants over every item: the item


@mutable_record
class Outcome:
    proved: bool = False
    classes: int = 0
    evaluated: int = 0  # plans computed: one per settled subtree (see explore.py)
    violations: int = 0
    examples: list[str] = field(default_factory=list)


_STATE: dict[str, Any] = {}  # the pack and planners, shared with forked workers


def verify_invariants(
    pack: RulePack, profiles: list[Profile] | None = None, only: set[str] | None = None, workers: int | None = None,
    items: set[str] | None = None,
) -> VerifyReport:
    """Check every invariant (or those in `only`) under every profile (or those given); an
    invariant over every item, for every item (or those in `items`)."""
    profiles = profiles or list(pack.profiles.values())
    invariants = [inv for inv in pack.invariants if only is None or inv.id in only]
    planners = {p.id: Planner(pack, p) for p in profiles}
    results = {inv.id: InvariantResult(inv) for inv in invariants}
    unique: dict[tuple[Any, ...], Task] = {}
    copies: list[tuple[Task, tuple[Any, ...]]] = []
    for profile in profiles:
        for inv in invariants:
            every = [i.id for i in pack.items if items is None or i.id in items]
            for item in every if inv.then.every_item else [None]:
                task = Task(profile.id, inv.id, item)
                key = _signature(pack, planners[profile.id], inv, item)
                if key in unique:
                    copies.append((task, key))
                else:
                    unique[key] = task
    _STATE.update(pack=pack, planners=planners)
    outcomes = _run_all(list(unique.values()), workers)
    by_key = dict(zip(unique.keys(), outcomes, strict=True))
    for task, outcome in zip(unique.values(), outcomes, strict=True):
        result = results[task.invariant]
        result.classes += outcome.classes
        result.proved = outcome.proved
        result.violations += outcome.violations
        result.examples.extend(outcome.examples[: MAX_EXAMPLES - len(result.examples)])
    for task, key in copies:
        results[task.invariant].shared += by_key[key].classes
    return VerifyReport(list(results.values()), [p.id for p in profiles])


def _run_all(tasks: list[Task], workers: int | None) -> list[Outcome]:
    workers = workers or min(os.cpu_count() or 1, 4)
    # Forking a process that already runs Qt's threads is unsafe: then stay in this process.
    qt_loaded = any(name.startswith("PySide6") for name in sys.modules)
    if workers > 1 and not qt_loaded and "fork" in multiprocessing.get_all_start_methods() and len(tasks) > 1:
        context = multiprocessing.get_context("fork")  # workers inherit the compiled pack
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            return list(pool.map(_run_task, tasks, chunksize=1))
    return [_run_task(task) for task in tasks]


def _deps(pack: RulePack, inv: Invariant, item: str | None) -> tuple[Deps, tuple[Any, ...]]:
    if item is None:
        return invariant_deps(inv, pack)
    deps = Deps()
    item_deps(pack.item(item), deps, with_windows=True)
    deps.add_condition(inv.when)
    return deps, ()


def _signature(pack: RulePack, planner: Planner, inv: Invariant, item: str | None) -> tuple[Any, ...]:
    """What decides this task's outcome besides the inputs: the same signature, the same result."""
    deps, _atoms = _deps(pack, inv, item)
    params = {p for p in deps.params}
    phases = tuple(planner.phase_starts) if "phase" in deps.facts else ()
    resources = sorted({o.resource for i in deps.items for o in pack.availability.get(i, ())})
    site = tuple((r, planner.profile.has(r)) for r in resources)
    return (inv.id, item, tuple(sorted((p, planner.params[p]) for p in params)), phases, site)


def _run_task(task: Task) -> Outcome:
    pack: RulePack = _STATE["pack"]
    planner: Planner = _STATE["planners"][task.profile]
    inv = next(i for i in pack.invariants if i.id == task.invariant)
    if task.item is None and always_holds(inv, {a.id: a.when.data for a in pack.alerts}):
        return Outcome(proved=True)
    deps, atoms = _deps(pack, inv, task.item)
    space = InputSpace(pack, planner.params, deps, atoms, planner.phase_starts)
    if task.item and inv.when is None and inv.then.data == {"every_item": "cited"} and pack.item(task.item).triggers:
        # cited by construction: every rule cites (the loader), and the planner adds the item's
        # `triggers` to the answers that decided it, so `because` is never empty. What is left
        # to check is that the engine never fails on it: its window is dated in every case.
        return _check_dated(space, planner, pack.item(task.item), task.profile)
    if task.item and inv.when is None and inv.then.data == {"every_item": "window_in_order"}:
        return _check_in_order(space, planner, pack.item(task.item), task.profile)
    items = frozenset([task.item]) if task.item else frozenset(deps.items)
    alerts = frozenset() if task.item else frozenset(deps.alerts)
    # members planned without the rest of their choice: each may show as `alternative` too
    roles = uses_roles(inv.then.data)
    status_only = not task.item and only_statuses(inv.then.data) and not atoms
    read = [inv.then.data, *(a.when.data for a in pack.alerts if a.id in alerts)]
    offered_only = status_only and all(only_offered(d) for d in read)
    # only which side of its status test an item falls matters, under what `when` holds true
    splits = Splits(status_splits(read, pack.status_groups), implied_by(inv.when.data if inv.when else None)) \
        if status_only else None

    def check(answers: dict[str, Any]) -> bool | str | None:
        case = Case(answers)
        facts = PartialFacts(planner.facts(case))
        ctx = Ctx(facts, planner.params)
        if not space.valid(ctx):
            return None
        if inv.when is not None and not inv.when(ctx):
            return True
        try:
            if roles:  # a member's role depends on every member: the whole plan
                plan = planner.plan(case, only_items=items, only_alerts=alerts, facts=facts)
                ctx.items = {i.id: i for i in plan.items}
                ctx.alerts = {a.id: a for a in plan.alerts}
                if inv.then(ctx):
                    return True
                found: tuple[Any, ...] = plan.items
            else:  # what the invariant reads, planned when it reads it (members: their own status)
                lazy, planned = lazy_context(planner, case, facts, items, alerts, status_only, offered_only, splits)
                if inv.then(lazy):
                    return True
                found = tuple(i for i in planned.cache.values() if i is not None)
        except EngineError as exc:
            return f"engine error: {exc}"
        text = "; ".join(f"{i.id}={i.status}" + (f" days {i.start_day}-{i.end_day}" if hasattr(i, "start_day") else "")
                         for i in found)
        return f"plan: {text or 'no items'}"

    return _walk(space, check, task.profile)


def _check_dated(space: InputSpace, planner: Planner, item: Item, profile: str) -> Outcome:
    """Every case's matching rule of `item` gives a window of known days."""

    def dated(answers: dict[str, Any]) -> bool | str | None:
        ctx = Ctx(PartialFacts(planner.facts(Case(answers))), planner.params)
        if not space.valid(ctx):
            return None
        rule = planner.matched_rule(item, ctx)
        try:
            if rule is not None:
                planner.window(item, rule, ctx)
        except EngineError as exc:
            return f"engine error: {exc}"
        return True

    return _walk(space, dated, profile)


def _check_in_order(space: InputSpace, planner: Planner, item: Item, profile: str) -> Outcome:
    """Every case's window of `item` starts on or before it ends. The plan's window is its
    matching rule's (a form's maximum only shortens it, from its start), and a rule whose
    window is ordered by its form (window_order.py) needs no case: once every rule left to try
    is, the case is settled without reading another answer (explore.py)."""
    tails = ordered_tails(item)

    def in_order(answers: dict[str, Any]) -> bool | str | None:
        if tails[0]:
            return True
        ctx = Ctx(PartialFacts(planner.facts(Case(answers))), planner.params)
        if not space.valid(ctx):
            return None
        if item.applies_when is not None and not item.applies_when.fn(ctx):
            return True
        for settled_here, rule in zip(tails, item.rules, strict=True):
            if settled_here:
                return True
            if rule.when is None or rule.when.fn(ctx):
                try:
                    start, end = planner.window(item, rule, ctx)
                except EngineError:
                    return True  # INV-11 reports a window that cannot be dated
                if end is None or start <= end:
                    return True
                where = f"{item.file}:{rule.line}"
                return f"item '{item.id}' ({rule.status}, {where}) starts on day {start}, after its end on day {end}"
        return True

    return _walk(space, in_order, profile)


def _walk(space: InputSpace, check: Check, profile: str) -> Outcome:
    """Explore `space` with `check`: the classes covered and every violation, with examples."""
    outcome = Outcome()
    shown = ["day", *space.dims, *space.date_dims]
    for answers, covered, result in explore(space, check):
        outcome.classes += covered
        outcome.evaluated += 1
        if result is not True:
            _violation(outcome, profile, settled(answers, space), shown, str(result))
    return outcome


def _violation(outcome: Outcome, profile: str, answers: dict[str, Any], shown: list[str], what: str) -> None:
    outcome.violations += 1
    if len(outcome.examples) >= MAX_EXAMPLES:
        return
    day = (answers["visit_date"] - answers["onset_date"]).days
    parts = [f"day={day}"]
    for qid in shown[1:]:
        value = answers.get(qid)
        if isinstance(value, date):
            value = f"day {(value - answers['onset_date']).days}"
        parts.append(f"{qid}={value}")
    outcome.examples.append(f"profile {profile}: {', '.join(parts)} -> {what}")
