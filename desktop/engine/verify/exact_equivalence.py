"""Mutants proved equivalent: the same plans for every input class (`rules mutate --equivalence`).

Two cases are decided exactly here (desktop/mutate_cli.py samples the others):

- a change to a predicate that nothing reads (no item, alert, choice, handout, phase or
  question refers to it, directly or through another predicate): no plan can change;
- two neighbouring rules of an item swapped. The rules are tried in order and the first that
  matches decides the item (its status, window, reason, sources; `Planner.matched_rule`).
  Swapping rules k and k+1 changes which rule matches only for a case where the item applies,
  none of rules 1..k-1 matches, and both rules k and k+1 do: for every other case the same
  rule matches, so the item, and everything that reads it (alerts, the choice's roles), plans
  the same. Whether such a case exists is decided over every input class of those rules'
  conditions, under every profile, with the explorer of `rules check` (`explore.py`,
  `input_space.py`): no class, the swap is equivalent (proved); a class, an example case in
  which the two packs plan the item differently. In an item whose every matching
  contraindication or precondition is listed (`every_reason`), two such rules with the same
  status, strength and end swapped change only the order of the reasons listed
  (`order_only`): equivalent, up to that order.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from ..case.case import Case
from ..pack.compiled import Ctx, PartialFacts
from ..pack.model import Item, Rule, RulePack
from ..plan.planner import Planner
from .dependencies import Deps
from .explore import explore, settled
from .input_space import InputSpace

SWAP = re.compile(r"^rules (\d+) and (\d+) of (\S+) swapped$")


def swapped_rules(change: str) -> tuple[str, int] | None:
    """(item id, 0-based index of the first rule) of a `reorder` mutant's change text."""
    m = SWAP.match(change)
    if m is None or int(m.group(2)) != int(m.group(1)) + 1:
        return None
    return m.group(3), int(m.group(1)) - 1


def predicates_reading(raw: dict[str, Any], name: str, refs: Callable[[Any, str], set[str]]) -> set[str]:
    """Predicate `name` and every predicate that reads it, directly or through another (`raw`:
    file name -> data; `refs(data, key)`: every `{key: X}` value in data)."""
    preds: dict[str, Any] = (raw.get("predicates.yaml") or {}).get("predicates") or {}
    hit, grown = {name}, True
    while grown:
        more = {p for p, cond in preds.items() if refs(cond, "pred") & hit} - hit
        hit, grown = hit | more, bool(more)
    return hit


def unread_predicate(raw: dict[str, Any], name: str, refs: Callable[[Any, str], set[str]]) -> bool:
    """Whether predicate `name` is read by nothing in the pack's files, directly or through a predicate."""
    hit = predicates_reading(raw, name, refs)
    return not any(refs(data, "pred") & hit for file, data in raw.items() if file != "predicates.yaml")


def _holds(cond: Any, ctx: Ctx) -> bool:
    return cond is None or bool(cond.fn(ctx))


def overlap(pack: RulePack, item_id: str, first: int) -> str | None:
    """A case (described) in which rules `first` and `first + 1` (0-based) of the item both
    match and no earlier rule does, under some profile; None when no input class is one."""
    item: Item = pack.item(item_id)
    if first < 0 or first + 1 >= len(item.rules):
        raise ValueError(f"item '{item_id}' has no rules {first + 1} and {first + 2}")
    earlier, a, b = item.rules[:first], item.rules[first], item.rules[first + 1]
    for profile in pack.profiles.values():
        planner = Planner(pack, profile)
        deps = Deps()
        deps.add_condition(item.applies_when)
        for rule in item.rules[:first + 2]:
            deps.add_condition(rule.when)
        space = InputSpace(pack, planner.params, deps, (), planner.phase_starts)

        def check(answers: dict[str, Any], planner: Planner = planner, space: InputSpace = space) -> bool | str | None:
            ctx = Ctx(PartialFacts(planner.facts(Case(answers))), planner.params)
            if not space.valid(ctx):
                return None
            # the two rules first: a case where either fails is settled without reading the
            # answers only the earlier rules read (explore.py), which keeps the walk small
            if not (_holds(a.when, ctx) and _holds(b.when, ctx)):
                return True
            if not _holds(item.applies_when, ctx) or any(_holds(r.when, ctx) for r in earlier):
                return True
            return "both"

        for answers, _covered, result in explore(space, check):
            if result is not True:
                return f"profile {profile.id}: {describe_case(settled(answers, space), space)}{_alike(a, b)}"
    return None


def order_only(pack: RulePack, item_id: str, first: int) -> bool:
    """Whether swapping rules `first` and `first + 1` can change only the order in which the
    plan lists their reasons and sources: an `every_reason` item (pack.yaml) whose two rules
    give the same status of that group, strength and end. Where both match, both reasons are
    listed and the item starts at the later of their starts, whichever comes first."""
    item = pack.item(item_id)
    a, b = item.rules[first], item.rules[first + 1]
    def end(r: Rule) -> Any:
        return r.window.end.data if r.window.end is not None else None
    return (item.every_reason and a.status == b.status and a.status in pack.status_groups.get("every_reason", ())
            and (a.strength, a.strength_basis) == (b.strength, b.strength_basis) and end(a) == end(b))


def _alike(a: Rule, b: Rule) -> str:
    """What the two rules give alike (then only the rest of what they say differs)."""
    def window(r: Rule) -> Any:
        return r.window.start.data, r.window.end.data if r.window.end is not None else None
    if (a.status, window(a)) != (b.status, window(b)):
        return ""
    same = "status, window and strength" if (a.strength, a.strength_basis) == (b.strength, b.strength_basis) \
        else "status and window"
    return f" (the same {same}: only the reason{'' if 'strength' in same else ', strength'} and sources differ)"


def describe_case(answers: dict[str, Any], space: InputSpace) -> str:
    """An example case in one line: the day since onset and each answer of the space."""
    onset = answers["onset_date"]
    parts = [f"day={(answers['visit_date'] - onset).days}"]
    for qid in [*space.dims, *space.date_dims]:
        value = answers.get(qid)
        parts.append(f"{qid}={f'day {(value - onset).days}' if isinstance(value, date) else value}")
    return ", ".join(parts)
