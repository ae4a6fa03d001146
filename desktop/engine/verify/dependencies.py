"""Which inputs each item, alert and invariant depends on (for exhaustive verification).

Everything is computed statically from the compiled conditions and expressions, so a result
that depends only on these facts is the same for every case that agrees on them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import field
from typing import Any

from desktop.engine.record import mutable_record

from ..pack.compiled import Condition, Expr, Threshold, WindowAtom
from ..pack.model import Alert, Invariant, Item, RulePack
from ..plan.lazy import condition_key


@mutable_record
class Deps:
    facts: set[str] = field(default_factory=set)
    params: set[str] = field(default_factory=set)
    thresholds: list[Threshold] = field(default_factory=list)
    items: set[str] = field(default_factory=set)
    alerts: set[str] = field(default_factory=set)
    windows: list[tuple[str, Expr, Expr | None]] = field(default_factory=list)  # (item, start, end)

    def add_condition(self, cond: Condition | None) -> None:
        if cond is None:
            return
        self.facts |= cond.facts
        self.params |= cond.params
        self.thresholds.extend(cond.thresholds)

    def add_expr(self, expr: Expr | None) -> None:
        if expr is None:
            return
        self.facts |= expr.facts
        self.params |= expr.params


def item_deps(item: Item, deps: Deps, with_windows: bool) -> None:
    """Add what decides an item's presence and status (and, optionally, its window and texts)."""
    deps.items.add(item.id)
    deps.add_condition(item.applies_when)
    for rule in item.rules:
        deps.add_condition(rule.when)
        if with_windows:
            deps.add_expr(rule.window.start)
            deps.add_expr(rule.window.end)
            deps.windows.append((item.id, rule.window.start, rule.window.end))
    if with_windows:
        for part in (*item.detail, *item.cautions, *item.notes):
            deps.add_condition(part.when)


def alert_deps(alert: Alert, pack: RulePack, deps: Deps) -> None:
    deps.alerts.add(alert.id)
    deps.add_condition(alert.when)
    for item_id in alert.when.items:
        item_deps(pack.item(item_id), deps, with_windows=False)


def with_choices(pack: RulePack, item_ids: frozenset[str], deps: Deps) -> frozenset[str]:
    """`item_ids` and every other member of their choices (rules/choices.yaml): a member's
    status and role depend on all of them, and on what orders them."""
    out = set(item_ids)
    for group in pack.choices:
        if out & set(group.members):
            out |= set(group.members)
            for order in group.order:
                deps.add_condition(order.when)
    return frozenset(out)


def invariant_deps(inv: Invariant, pack: RulePack) -> tuple[Deps, tuple[WindowAtom, ...]]:
    deps = Deps()
    atoms: tuple[WindowAtom, ...] = ()
    for cond in (inv.when, inv.then):
        if cond is None:
            continue
        deps.add_condition(cond)
        atoms += cond.window_atoms
        windowed = {a.item for a in cond.window_atoms} | cond.detail_items
        # a member's role (first, alternative) depends on every member: only when the invariant
        # tests roles; a test of statuses alone is checked for both statuses a member may show
        # (its own, or `alternative` when offered: verify.py), so its own rules suffice
        mentioned = with_choices(pack, cond.items, deps) if uses_roles(cond.data) else cond.items
        for item_id in sorted(mentioned):
            item_deps(pack.item(item_id), deps, with_windows=item_id in windowed)
        for alert_id in cond.alerts:
            alert_deps(next(a for a in pack.alerts if a.id == alert_id), pack, deps)
    return deps, atoms


def uses_roles(data: Any) -> bool:
    """Whether a condition's data tests a choice's roles (`has_first`, `choice_in`)."""
    if isinstance(data, dict):
        return "choice" in data or "choice_in" in data or any(uses_roles(v) for v in data.values())
    if isinstance(data, list):
        return any(uses_roles(v) for v in data)
    return False


def only_statuses(data: Any) -> bool:
    """Whether a condition reads items only for their status or presence (not windows, roles,
    texts): then the verifier needs only which rule matched (plan/lazy.py)."""
    if isinstance(data, dict):
        if "item" in data and not set(data) <= {"item", "status_in", "present"}:
            return False
        if "every_item" in data:
            return False
        return all(only_statuses(v) for v in data.values())
    if isinstance(data, list):
        return all(only_statuses(v) for v in data)
    return True


def only_offered(data: Any) -> bool:
    """Whether every status test in a condition's data asks only "offered or not"."""
    if isinstance(data, dict):
        if "status_in" in data and data["status_in"] != "offered":
            return False
        return all(only_offered(v) for v in data.values())
    if isinstance(data, list):
        return all(only_offered(v) for v in data)
    return True


def status_splits(datas: list[Any], groups: Mapping[str, tuple[str, ...]]) -> dict[str, frozenset[str]]:
    """The items these conditions read only by one set of statuses (and for their presence),
    with that set (empty: presence only): for the rest of a status, plan/lazy.py need not look."""
    sets: dict[str, set[frozenset[str]]] = {}
    other: set[str] = set()

    def walk(data: Any) -> None:
        if isinstance(data, dict):
            if "item" in data:
                iid, tested = str(data["item"]), data.get("status_in")
                if tested is not None:
                    sets.setdefault(iid, set()).add(frozenset(groups[tested] if isinstance(tested, str) else tested))
                elif set(data) == {"item", "present"}:
                    sets.setdefault(iid, set())
                else:
                    other.add(iid)
            for value in data.values():
                walk(value)
        elif isinstance(data, list):
            for value in data:
                walk(value)

    for data in datas:
        walk(data)
    return {iid: next(iter(found), frozenset()) for iid, found in sets.items() if len(found) <= 1 and iid not in other}


def implied_by(when: Any) -> frozenset[str]:
    """The conditions an invariant's `when` holds true: itself and each clause of an `all`."""
    if when is None:
        return frozenset()
    keys = {condition_key(when)}
    if isinstance(when, dict) and list(when) == ["all"]:
        for part in when["all"]:
            keys |= implied_by(part)
    return frozenset(keys)
