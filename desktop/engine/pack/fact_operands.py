"""The operand of a fact comparison (`{fact: F, <op>: operand}`), checked against the fact's kind.

Each check records a problem on the operand's node and returns None, or returns the value
the compiled comparison uses (a literal, a `ParamRef`, or a tuple of literals).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from .compiled import ParamRef
from .model import FactSpec
from .schema import Node, describe
from .site_model import Parameter

Parameters = dict[str, Parameter]


def numeric_value(arg: Node, spec: FactSpec, parameters: Parameters) -> Any:
    value = arg.value
    if spec.kind not in ("integer", "number"):
        arg.error(f"fact '{spec.id}' is {spec.kind}, not a number: use eq, ne or in")
        return None
    if isinstance(value, dict) and set(value) == {"param"}:
        name = value["param"]
        param = parameters.get(name) if isinstance(name, str) else None
        if param is None:
            arg.error(f"unknown parameter {describe(name)}")
            return None
        if param.kind != "integer":
            arg.error(f"parameter '{name}' is not a number")
            return None
        return ParamRef(name)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        arg.error(f"expected a number, got {describe(value)}")
        return None
    return value


def scalar_value(arg: Node, spec: FactSpec, parameters: Parameters) -> Any:
    value = arg.value
    kind = spec.kind
    if kind in ("integer", "number"):
        return numeric_value(arg, spec, parameters)
    if kind == "boolean":
        if isinstance(value, bool):
            return value
        arg.error(f"fact '{spec.id}' is true/false, got {describe(value)}")
        return None
    if kind == "choice":
        if isinstance(value, str) and value in spec.choices:
            return value
        arg.error(f"{describe(value)} is not a value of '{spec.id}' ({', '.join(spec.choices)})")
        return None
    arg.error(f"fact '{spec.id}' is {kind}: eq/ne do not apply")
    return None


def choice_set(arg: Node, spec: FactSpec, parameters: Parameters) -> tuple[str, ...] | None:
    if spec.kind != "multi_choice":
        arg.error(f"fact '{spec.id}' is {spec.kind}, not a list of choices")
        return None
    values = arg.value
    if not isinstance(values, list) or not values:
        arg.error(f"expected a non-empty list of values of '{spec.id}'")
        return None
    bad = [v for v in values if v not in spec.choices]
    if bad:
        arg.error(f"not values of '{spec.id}': {', '.join(map(str, bad))} ({', '.join(spec.choices)})")
        return None
    return tuple(values)


def in_values(arg: Node, spec: FactSpec, parameters: Parameters) -> tuple[Any, ...] | None:
    if not isinstance(arg.value, list) or not arg.value:
        arg.error("'in' needs a non-empty list")
        return None
    values = [scalar_value(entry, spec, parameters) for entry in arg.entries()]
    if any(v is None or isinstance(v, ParamRef) for v in values):
        if any(isinstance(v, ParamRef) for v in values):
            arg.error("'in' takes literal values only")
        return None
    return tuple(values)


def boolean(arg: Node) -> bool | None:
    """true or false (also the operand of `present`)."""
    if isinstance(arg.value, bool):
        return arg.value
    arg.error(f"expected true or false, got {describe(arg.value)}")
    return None


def bool_arg(arg: Node, spec: FactSpec, parameters: Parameters) -> bool | None:
    return boolean(arg)


def count_arg(arg: Node, spec: FactSpec, parameters: Parameters) -> int | None:
    if spec.kind != "multi_choice":
        arg.error(f"fact '{spec.id}' is {spec.kind}, not a list of choices")
        return None
    if isinstance(arg.value, int) and not isinstance(arg.value, bool) and arg.value >= 0:
        return arg.value
    arg.error(f"expected a whole number, got {describe(arg.value)}")
    return None


def empty_arg(arg: Node, spec: FactSpec, parameters: Parameters) -> bool | None:
    if spec.kind != "multi_choice":
        arg.error(f"fact '{spec.id}' is {spec.kind}, not a list of choices")
        return None
    return boolean(arg)


OPERAND_CHECKS: dict[str, Callable[[Node, FactSpec, Parameters], Any]] = {
    "eq": scalar_value,
    "ne": scalar_value,
    "lt": numeric_value,
    "lte": numeric_value,
    "gt": numeric_value,
    "gte": numeric_value,
    "in": in_values,
    "is_null": bool_arg,
    "contains_any": choice_set,
    "contains_all": choice_set,
    "empty": empty_arg,
    "count_gte": count_arg,
    "count_lte": count_arg,
}
FACT_OPS = tuple(OPERAND_CHECKS)
