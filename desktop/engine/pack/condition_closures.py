"""The closures compiled conditions run: one per fact comparison or item window test.

Built once when the pack is compiled (`conditions.py`), called for every plan: kept small,
with the operator chosen at build time rather than on each call.
"""

from __future__ import annotations

import operator
from typing import Any

from .compiled import Ctx, Fn, ParamRef

NUMERIC = {"lt": operator.lt, "lte": operator.le, "gt": operator.gt, "gte": operator.ge}


def always_false(_: Ctx) -> bool:
    return False


def always_true(_: Ctx) -> bool:
    return True


def fact_fn(fid: str, op: str, arg: Any) -> Fn:
    """Build the closure for one fact comparison."""
    if op == "is_null":
        want_null = bool(arg)
        return lambda c: (c.facts[fid] is None) == want_null
    if isinstance(arg, ParamRef):
        name = arg.name
        compare = NUMERIC.get(op, operator.eq if op == "eq" else operator.ne)

        def by_param(c: Ctx) -> bool:
            v = c.facts[fid]
            return v is not None and bool(compare(v, c.params[name]))

        return by_param
    if op in NUMERIC:
        compare_lit = NUMERIC[op]

        def numeric(c: Ctx) -> bool:
            v = c.facts[fid]
            return v is not None and bool(compare_lit(v, arg))

        return numeric
    if op == "eq":
        return lambda c: (v := c.facts[fid]) is not None and v == arg
    if op == "ne":
        return lambda c: (v := c.facts[fid]) is not None and v != arg
    if op == "in":
        values = frozenset(arg)
        return lambda c: (v := c.facts[fid]) is not None and v in values
    if op == "contains_any":
        wanted = frozenset(arg)
        return lambda c: (v := c.facts[fid]) is not None and not wanted.isdisjoint(v)
    if op == "contains_all":
        wanted = frozenset(arg)
        return lambda c: (v := c.facts[fid]) is not None and wanted.issubset(v)
    if op == "empty":
        want_empty = bool(arg)
        return lambda c: (v := c.facts[fid]) is not None and (len(v) == 0) == want_empty
    if op == "count_gte":
        return lambda c: (v := c.facts[fid]) is not None and len(v) >= arg
    if op == "count_lte":
        return lambda c: (v := c.facts[fid]) is not None and len(v) <= arg
    raise AssertionError(op)


def window_fn(iid: str, op: str, limit: float) -> Fn:
    def fn(c: Ctx) -> bool:
        it = c.items.get(iid)
        if it is None:
            return False
        if op == "start_lte":
            return bool(it.start_day <= limit)
        if op == "start_gte":
            return bool(it.start_day >= limit)
        return it.end_day is not None and it.end_day - it.start_day <= limit

    return fn
