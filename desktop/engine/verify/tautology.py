"""Invariants that hold by their form alone, whatever the rules decide.

INV-5 says "an antiresorptive is offered, or the specialist-referral alert is raised", and that
alert is written as "no antiresorptive is offered": with the alert's condition put in its
place, the invariant is true for every truth value of its atoms (each item status, each fact
test), so no case can break it. Proving that takes a few hundred truth assignments instead of
planning millions of cases. The proof is sound because it treats every atom as free: the real
cases are a subset of the assignments tried. If a rule edit breaks the form (an alert clause
dropped), the invariant is no longer proved and is checked case by case again.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Mapping
from typing import Any

from ..pack.model import Invariant

MAX_ATOMS = 16  # 65,536 assignments: beyond that, check case by case


def always_holds(inv: Invariant, alerts: Mapping[str, Any]) -> bool:
    """Whether `inv` (when -> then) holds for every truth value of its atoms; `alerts` maps an
    alert id to its condition's data, put in place of `{alert: id, present: ...}`."""
    formula: Any = inv.then.data if inv.when is None else {"any": [{"not": inv.when.data}, inv.then.data]}
    atoms: dict[str, int] = {}
    try:
        holds = _compile(formula, alerts, atoms, depth=0)
    except _Opaque:
        return False
    if not atoms or len(atoms) > MAX_ATOMS:
        return False
    return all(holds(values) for values in itertools.product((False, True), repeat=len(atoms)))


class _Opaque(Exception):
    """A part this proof does not read (every_item, windows, an alert nested too deep)."""


Truth = Callable[[tuple[bool, ...]], bool]  # the formula's value for one truth value per atom


def _compile(data: Any, alerts: Mapping[str, Any], atoms: dict[str, int], depth: int) -> Truth:
    """`data` as a function of its atoms' truth values, numbering each new atom in `atoms`."""
    if depth > 8 or not isinstance(data, dict) or "every_item" in data:
        raise _Opaque
    keys = set(data)
    if keys in ({"all"}, {"any"}):
        parts = [_compile(p, alerts, atoms, depth + 1) for p in data["all" if "all" in keys else "any"]]
        combine = all if "all" in keys else any
        return lambda values: combine(part(values) for part in parts)
    if keys == {"not"}:
        inner = _compile(data["not"], alerts, atoms, depth + 1)
        return lambda values: not inner(values)
    if keys == {"alert", "present"} and data["alert"] in alerts:
        raised, present = _compile(alerts[data["alert"]], alerts, atoms, depth + 1), bool(data["present"])
        return lambda values: raised(values) == present
    if keys == {"always"}:
        return lambda _values: True
    index = atoms.setdefault(json.dumps(data, sort_keys=True, default=str), len(atoms))
    return lambda values: values[index]
