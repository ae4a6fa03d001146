"""Which inputs each item, alert and invariant depends on (for exhaustive verification).

Everything is computed statically from the compiled conditions and expressions, so a result
that depends only on these facts is the same for every case that agrees on them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..pack.compiled import Condition, Expr, Threshold, WindowAtom
from ..pack.model import Alert, Invariant, Item, RulePack


@dataclass
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


def invariant_deps(inv: Invariant, pack: RulePack) -> tuple[Deps, tuple[WindowAtom, ...]]:
    deps = Deps()
    atoms: tuple[WindowAtom, ...] = ()
    for cond in (inv.when, inv.then):
        if cond is None:
            continue
        deps.add_condition(cond)
        atoms += cond.window_atoms
        windowed = {a.item for a in cond.window_atoms}
        for item_id in cond.items:
            item_deps(pack.item(item_id), deps, with_windows=item_id in windowed)
        for alert_id in cond.alerts:
            alert_deps(next(a for a in pack.alerts if a.id == alert_id), pack, deps)
    return deps, atoms
