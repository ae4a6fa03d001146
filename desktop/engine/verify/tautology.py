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
from collections.abc import Mapping
from typing import Any

from ..pack.model import Invariant

MAX_ATOMS = 16  # 65,536 assignments: beyond that, check case by case


def always_holds(inv: Invariant, alerts: Mapping[str, Any]) -> bool:
    """Whether `inv` (when -> then) holds for every truth value of its atoms; `alerts` maps an
    alert id to its condition's data, put in place of `{alert: id, present: ...}`."""
    formula: Any = inv.then.data if inv.when is None else {"any": [{"not": inv.when.data}, inv.then.data]}
    atoms: dict[str, int] = {}
    try:
        _collect(formula, alerts, atoms, depth=0)
    except _Opaque:
        return False
    if not atoms or len(atoms) > MAX_ATOMS:
        return False
    assignments = itertools.product((False, True), repeat=len(atoms))
    return all(_value(formula, alerts, atoms, values) for values in assignments)


class _Opaque(Exception):
    """A part this proof does not read (every_item, windows, an alert nested too deep)."""


def _key(data: Any) -> str:
    return json.dumps(data, sort_keys=True, default=str)


def _alert(data: dict[str, Any], alerts: Mapping[str, Any]) -> tuple[Any, bool] | None:
    if set(data) == {"alert", "present"} and data["alert"] in alerts:
        return alerts[data["alert"]], bool(data["present"])
    return None


def _collect(data: Any, alerts: Mapping[str, Any], atoms: dict[str, int], depth: int) -> None:
    if depth > 8 or not isinstance(data, dict) or "every_item" in data:
        raise _Opaque
    if set(data) in ({"all"}, {"any"}):
        for part in data["all"] if "all" in data else data["any"]:
            _collect(part, alerts, atoms, depth + 1)
    elif set(data) == {"not"}:
        _collect(data["not"], alerts, atoms, depth + 1)
    elif (inlined := _alert(data, alerts)) is not None:
        _collect(inlined[0], alerts, atoms, depth + 1)
    elif set(data) != {"always"}:
        atoms.setdefault(_key(data), len(atoms))


def _value(data: Any, alerts: Mapping[str, Any], atoms: dict[str, int], values: tuple[bool, ...]) -> bool:
    if set(data) == {"all"}:
        return all(_value(p, alerts, atoms, values) for p in data["all"])
    if set(data) == {"any"}:
        return any(_value(p, alerts, atoms, values) for p in data["any"])
    if set(data) == {"not"}:
        return not _value(data["not"], alerts, atoms, values)
    if (inlined := _alert(data, alerts)) is not None:
        return _value(inlined[0], alerts, atoms, values) == inlined[1]
    if set(data) == {"always"}:
        return True
    return values[atoms[_key(data)]]
