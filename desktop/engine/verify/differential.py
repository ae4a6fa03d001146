"""Two packs compared over every input class of what one change can reach (`rules mutate --equivalence`).

A mutant changes some items and alerts (`mutate_cli.affected`: the item it edits, the items and
alerts that read an edited predicate). Everything else on the plan is computed the same way
from the same answers by both packs, so the two packs plan every case alike exactly when, in
every case, those items come out alike (status, window, strength, reason, sources, texts) and
those alerts are raised alike. That is decided here with the explorer of `rules check`
(`explore.py`) over the input classes of both packs' conditions of those items and alerts,
under every profile:

- first each changed item on its own (which rule matches, what it gives): the same in both
  packs settles the case without reading the inputs of any other item;
- where a changed item differs, its choice (rules/choices.yaml) may still hide it (an
  alternative shows no status of its own): the plans of those items, their choices' members
  and the alerts are compared as `rules diff` does, with the alerts' severities, reasons,
  strengths and sources;
- each changed alert (and each alert reading a changed item) raised and graded alike.

No class where they differ: the mutant is equivalent, for every input class. Otherwise an
example case. A search larger than `budget` evaluations gives up (None).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..case.case import Case
from ..pack.compiled import Ctx, PartialFacts
from ..pack.errors import EngineError
from ..pack.model import RulePack
from ..plan.lazy import Splits, lazy_context
from ..plan.plan import PlanItem
from ..plan.planner import FactRecorder, Planner
from .dependencies import Deps, alert_deps, item_deps, only_offered, status_splits
from .exact_equivalence import describe_case
from .explore import explore, settled
from .input_space import InputSpace
from .plan_diff import compare

SHOWN = ("status", "start_day", "end_day", "title", "detail", "strength", "strength_basis", "sources",
         "reason", "site", "resource", "cautions", "notes", "assumptions", "kind")


class TooLarge(Exception):
    """The search went over its budget of evaluations."""


def _shown(item: PlanItem | None) -> tuple[Any, ...] | None:
    return None if item is None else tuple(getattr(item, key) for key in SHOWN)


def _deps(packs: Iterable[RulePack], items: frozenset[str], alerts: frozenset[str]) -> tuple[Deps, frozenset[str]]:
    """The inputs of the changed items (with windows and texts), their choices' other members
    and the alerts, in both packs; and the items a plan comparison must include."""
    deps = Deps()
    members = set(items)
    for pack in packs:
        for group in pack.choices:
            if set(group.members) & items:
                members |= set(group.members)
                for order in group.order:
                    deps.add_condition(order.when)
        for iid in sorted(members):
            item_deps(pack.item(iid), deps, with_windows=iid in items)
        for alert in pack.alerts:
            if alert.id in alerts or set(alert.when.items) & items:
                alert_deps(alert, pack, deps)
                members |= set(alert.when.items)
    return deps, frozenset(members)


def handout_conditions(pack: RulePack) -> list[Any]:
    """The conditions of the handout's texts (rules/handout.yaml), in a fixed order."""
    texts = pack.handout
    if texts is None:
        return []
    parts = [*texts.intro, *(p for key in sorted(texts.items) for p in texts.items[key]), *texts.avoid,
             *texts.warning_signs]
    return [p.when for p in parts if p.when is not None]


def first_difference(old: RulePack, new: RulePack, items: frozenset[str], alerts: frozenset[str],
                     budget: int = 400_000, handout: bool = False) -> str | None:
    """A case (described) that the two packs plan differently, under some profile, among the
    inputs the changed `items` and `alerts` read (and, with `handout`, which of the handout's
    conditional texts it shows); None when there is none. TooLarge when the search needs more
    than `budget` evaluations per profile."""
    items = frozenset(i for i in items if any(x.id == i for x in old.items))
    deps, members = _deps((old, new), items, alerts)
    sheets = (handout_conditions(old), handout_conditions(new)) if handout else ([], [])
    for cond in (*sheets[0], *sheets[1]):
        deps.add_condition(cond)
        for iid in sorted(cond.items):
            item_deps(old.item(iid), deps, with_windows=False)
    watched = frozenset(a.id for a in old.alerts if a.id in alerts or set(a.when.items) & items)
    for pid, profile in old.profiles.items():
        before, after = Planner(old, profile), Planner(new, new.profiles[pid])
        space = InputSpace(old, before.params, deps, (), before.phase_starts)
        evaluations = 0

        def check(answers: dict[str, Any], before: Planner = before, after: Planner = after,
                  space: InputSpace = space) -> bool | str | None:
            nonlocal evaluations
            evaluations += 1
            if evaluations > budget:
                raise TooLarge
            case = Case(answers)
            facts = PartialFacts(before.facts(case))
            if not space.valid(Ctx(facts, before.params)):
                return None
            new_facts = PartialFacts(after.facts(case))
            try:
                alike = all(_item_alike(before, after, iid, facts, new_facts, case) for iid in sorted(items))
                if alike:
                    same = _alerts_alike(before, after, case, facts, new_facts, watched)
                    return same if same is not True or not handout else _sheet_alike(before, after, case, facts,
                                                                                         new_facts, sheets)
                one = before.plan(case, only_items=members, only_alerts=watched, facts=facts)
                two = after.plan(case, only_items=members, only_alerts=watched, facts=new_facts)
            except EngineError as exc:
                return f"engine error: {exc}"
            changes = list(compare(one, two))
            after_items = {a.id: a for a in two.items}
            changes += [f"{b.id}: {key} differs" for b in one.items if (a := after_items.get(b.id)) is not None
                        for key in ("strength", "reason", "sources") if getattr(a, key) != getattr(b, key)]
            if {(a.id, a.severity) for a in one.alerts} != {(a.id, a.severity) for a in two.alerts}:
                changes.append("an alert's severity differs")
            return True if not changes else "; ".join(changes)

        for answers, _covered, result in explore(space, check):
            if result is not True:
                return f"profile {pid}: {describe_case(settled(answers, space), space)}: {result}"
    return None


def _item_alike(before: Planner, after: Planner, iid: str, facts: Any, new_facts: Any, case: Case) -> bool:
    one = before.plan_item(before.pack.item(iid), _ctx(before, facts), case)
    two = after.plan_item(after.pack.item(iid), _ctx(after, new_facts), case)
    return _shown(one) == _shown(two)


def _ctx(planner: Planner, facts: Any) -> Ctx:
    recorder = FactRecorder(facts)
    recorder.seen = {}
    return Ctx(recorder, planner.params)


def _alerts_alike(before: Planner, after: Planner, case: Case, facts: Any, new_facts: Any,
                  watched: frozenset[str]) -> bool | str:
    if not watched:
        return True
    every = frozenset(i.id for i in before.pack.items)
    for alert in before.pack.alerts:
        if alert.id not in watched:
            continue
        other = next(a for a in after.pack.alerts if a.id == alert.id)
        # only which side of each status test an item falls matters (as for an invariant)
        read = [alert.when.data, other.when.data]
        splits = Splits(status_splits(read, before.pack.status_groups))
        offered = all(only_offered(d) for d in read)
        one, _ = lazy_context(before, case, facts, every, frozenset(), True, offered, splits)
        two, _ = lazy_context(after, case, new_facts, every, frozenset(), True, offered, splits)
        raised = (bool(alert.when.fn(one)), bool(other.when.fn(two)))
        if raised[0] != raised[1]:
            return f"alert {alert.id}: {'no longer raised' if raised[0] else 'now raised'}"
        if raised[0] and (alert.severity, alert.text) != (other.severity, other.text):
            return f"alert {alert.id}: {alert.severity} -> {other.severity}"
    return True


def _sheet_alike(before: Planner, after: Planner, case: Case, facts: Any, new_facts: Any,
                 sheets: tuple[list[Any], list[Any]]) -> bool | str:
    """Whether the handout shows the same conditional texts under both packs."""
    every = frozenset(i.id for i in before.pack.items)
    one, _ = lazy_context(before, case, facts, every, frozenset(), True)
    two, _ = lazy_context(after, case, new_facts, every, frozenset(), True)
    shown = [bool(c.fn(one)) for c in sheets[0]], [bool(c.fn(two)) for c in sheets[1]]
    return True if shown[0] == shown[1] else "the handout's texts differ"

