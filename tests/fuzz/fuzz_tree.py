"""Structural mutations of a seed's parsed tree (then serialised again as YAML or JSON).

Any value can be replaced by raw file text (a typed tag, a 4,301-digit integer) through a
sentinel string that is swapped for the fragment after serialising, so hostile values reach
every depth of the file, not only the lines the seed happens to have.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import dataclass
from random import Random
from typing import Any

import yaml
from fuzz_seeds import DECISION, VISIT

SENTINEL = "FUZZSENTINEL"
_DUMPER: type = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
_LOADER: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Place:
    """One value in the tree: parent[key]."""

    parent: Any
    key: Any
    path: str


def parse(text: str, is_json: bool) -> Any:
    return json.loads(text) if is_json else yaml.load(text, Loader=_LOADER)  # a safe loader


def places(tree: Any) -> list[Place]:
    """Every value of the tree, in document order."""
    out: list[Place] = []
    stack: list[tuple[Any, str]] = [(tree, "")]
    while stack:
        node, path = stack.pop()
        children: list[tuple[Any, str]] = []
        if isinstance(node, dict):
            for key in node:
                out.append(Place(node, key, f"{path}.{key}".lstrip(".")))
                children.append((node[key], f"{path}.{key}"))
        elif isinstance(node, list):
            for index, _ in enumerate(node):
                out.append(Place(node, index, f"{path}[{index}]".lstrip(".")))
                children.append((node[index], f"{path}[{index}]"))
        stack.extend(reversed(children))
    return out


def dump(tree: Any, is_json: bool, rng: Random) -> str:
    if is_json:
        return json.dumps(tree, indent=rng.choice((2, None)), ensure_ascii=rng.random() < 0.5, default=str)
    text: str = yaml.dump(
        tree, Dumper=_DUMPER, sort_keys=False, allow_unicode=rng.random() < 0.7,
        default_flow_style=rng.choice((False, None)), width=rng.choice((80, 1_000_000)),
    )
    return text


def put_raw(text: str, raw: str, is_json: bool) -> str:
    """The sentinel in serialised text replaced by raw file text."""
    return text.replace(f'"{SENTINEL}"' if is_json else SENTINEL, raw, 1)


def retyped(value: Any, rng: Random) -> Any:
    """The value as another type: a list for a scalar, a scalar for a mapping, and so on."""
    choices: list[Callable[[Any], Any]] = [
        lambda v: [v], lambda v: {"value": v}, lambda v: str(v), lambda v: None, lambda v: "",
        lambda v: 0, lambda v: [], lambda v: {}, lambda v: [v, v], lambda v: [[v]],
    ]
    if isinstance(value, dict):
        choices += [lambda v: list(v), lambda v: list(v.values()), lambda v: "mapping"]
    if isinstance(value, list):
        choices += [lambda v: v[0] if v else None, lambda v: dict(enumerate(v)), lambda v: ", ".join(map(str, v))]
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        choices += [lambda v: str(v), lambda v: float(v), lambda v: bool(v)]
    return rng.choice(choices)(value)


# -- the decisions and visits of a case or draft -----------------------------------------------------
Change = Callable[[dict[str, Any]], Any]

DECISION_CHANGES: tuple[tuple[str, Change, bool], ...] = (
    ("decision-is-list", lambda d: list(d.values()), False),
    ("decision-is-string", lambda d: d["item"], False),
    ("decision-is-null", lambda d: None, False),
    ("reason-is-mapping", lambda d: {**d, "reason": {"why": "cost"}}, False),
    ("reason-is-list", lambda d: {**d, "reason": ["cost"]}, False),
    ("item-is-mapping", lambda d: {**d, "item": {"id": "calcitonin"}}, False),
    ("item-is-list", lambda d: {**d, "item": ["calcitonin"]}, False),
    ("decision-value-mapping", lambda d: {**d, "decision": {"accepted": True}}, False),
    ("note-is-mapping", lambda d: {**d, "note": {"a": 1}}, False),
    ("note-is-list", lambda d: {**d, "note": ["a"]}, False),
    ("decision-date-9999", lambda d: {**d, "date": "9999-01-01"}, False),
    ("decision-date-impossible", lambda d: {**d, "date": "2026-02-30"}, False),
    ("decision-date-number", lambda d: {**d, "date": 20261121}, False),
    ("decision-without-item", lambda d: {k: v for k, v in d.items() if k != "item"}, False),
    ("decision-extra-field", lambda d: {**d, "extra": 1}, False),
)
VISIT_CHANGES: tuple[tuple[str, Change, bool], ...] = (
    ("visit-is-string", lambda v: v["date"], False),
    ("visit-is-list", lambda v: list(v.values()), False),
    ("visit-is-null", lambda v: None, False),
    ("visit-date-9999", lambda v: {**v, "date": "9999-01-01"}, True),
    ("visit-day-negative", lambda v: {**v, "day": -5}, True),
    ("visit-day-bool", lambda v: {**v, "day": True}, False),
    ("visit-day-float", lambda v: {**v, "day": 1.5}, False),
    ("visit-day-huge", lambda v: {**v, "day": 10**30}, False),
    ("visit-day-string", lambda v: {**v, "day": "1"}, False),
    ("visit-changed-mapping", lambda v: {**v, "changed": v["changed"][0]}, False),
    ("visit-change-is-list", lambda v: {**v, "changed": [["pain.nrs", 8, 7]]}, False),
    ("visit-changed-string", lambda v: {**v, "changed": "pain.nrs"}, False),
    ("visit-key-items-string", lambda v: {**v, "key_items": "calcitonin"}, False),
    ("visit-key-item-bad-status", lambda v: {**v, "key_items": [{"id": "calcitonin", "status": "maybe"}]}, False),
    ("visit-key-item-is-list", lambda v: {**v, "key_items": [["calcitonin", "recommended"]]}, False),
    ("visit-rule-pack-list", lambda v: {**v, "rule_pack": []}, False),
    ("visit-rule-pack-nested", lambda v: {**v, "rule_pack": {"id": {"a": [1]}}}, False),
    ("visit-profile-mapping", lambda v: {**v, "profile": {"id": "default"}}, False),
    ("visit-phase-list", lambda v: {**v, "phase": ["acute"]}, False),
    ("visit-without-date", lambda v: {k: x for k, x in v.items() if k != "date"}, False),
)
CONTAINER_CHANGES: tuple[tuple[str, str, Any], ...] = (
    ("decisions-is-mapping", "decisions", dict(DECISION)),
    ("decisions-is-string", "decisions", "calcitonin"),
    ("decisions-nested-lists", "decisions", [[[]]]),
    ("visits-is-string", "visits", "2026-11-19"),
    ("visits-is-mapping", "visits", dict(VISIT)),
    ("visits-is-number", "visits", 3),
)


def change_history(tree: dict[str, Any], rng: Random) -> tuple[str, bool]:
    """Put one malformed decision or visit into the tree; (what was done, must be refused)."""
    roll = rng.random()
    if roll < 0.15:
        name, key, value = rng.choice(CONTAINER_CHANGES)
        tree[key] = copy.deepcopy(value)
        return name, False
    key, template, changes = (
        ("decisions", DECISION, DECISION_CHANGES) if roll < 0.55 else ("visits", VISIT, VISIT_CHANGES)
    )
    name, change, hostile = rng.choice(changes)
    entries = tree.get(key)
    if not isinstance(entries, list):
        entries = tree[key] = []
    entry = change(copy.deepcopy(template))
    if entries and rng.random() < 0.5:
        entries[rng.randrange(len(entries))] = entry
    else:
        entries.append(entry)
    return name, hostile
