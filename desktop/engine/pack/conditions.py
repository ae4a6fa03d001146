"""Rule conditions: plain data compiled into small closures (no eval, no exec).

Grammar (each condition is a mapping with exactly one form):

    {all: [c, ...]}  {any: [c, ...]}  {not: c}  {pred: name}  {always: true}
    {fact: F, eq|ne|lt|lte|gt|gte|in|is_null|contains_any|contains_all|empty|count_gte|count_lte: v}
    {param: P, eq|ne|in: v}                                  a site-profile choice
    {item: I, status_in: [..] | group, present: bool, start_lte|start_gte|span_lte: n}
    {alert: A, present: bool}   {alert_severity: S, present: bool}   {every_item: cited}

A comparison with an unknown (null) fact is false; test unknowns with `is_null`.
Numeric values may be `{param: P}`. Item atoms are allowed in alerts and invariants,
alert atoms only in invariants. Invariants may not use predicates.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .compiled import Condition, Ctx, Fn, ParamRef, Threshold, WindowAtom
from .model import SEVERITIES, STATUSES, FactSpec, Parameter
from .schema import Node, describe


def _false(_: Ctx) -> bool:
    return False


def _true(_: Ctx) -> bool:
    return True


SCOPES = ("case", "alert", "invariant")
FACT_OPS = (
    "eq",
    "ne",
    "lt",
    "lte",
    "gt",
    "gte",
    "in",
    "is_null",
    "contains_any",
    "contains_all",
    "empty",
    "count_gte",
    "count_lte",
)
NUMERIC = {"lt": operator.lt, "lte": operator.le, "gt": operator.gt, "gte": operator.ge}
ITEM_OPS = ("status_in", "present", "start_lte", "start_gte", "span_lte")


@dataclass
class CompileEnv:
    """Everything a condition may refer to, for checking references while compiling."""

    facts: dict[str, FactSpec]
    parameters: dict[str, Parameter]
    predicates: dict[str, Node] = field(default_factory=dict)
    status_groups: dict[str, tuple[str, ...]] = field(default_factory=dict)
    item_ids: frozenset[str] = frozenset()
    alert_ids: frozenset[str] = frozenset()
    alert_severity: dict[str, str] = field(default_factory=dict)
    _compiled: dict[str, Condition] = field(default_factory=dict)
    _compiling: list[str] = field(default_factory=list)

    def param_value_ok(self, name: str, value: Any) -> bool:
        param = self.parameters[name]
        if param.fixed is not None:
            return bool(value == param.fixed)
        return any(o.value == value for o in param.options)


def compile_condition(node: Node, env: CompileEnv, scope: str = "case") -> Condition:
    """Compile a condition; problems are recorded on `node` and yield an always-false condition."""
    return _Compiler(env, scope).compile(node)


def merge(conditions: list[Condition], fn: Fn, data: Any, **extra: Any) -> Condition:
    return Condition(
        fn=fn,
        data=data,
        facts=frozenset().union(*(c.facts for c in conditions)),
        params=frozenset().union(*(c.params for c in conditions)),
        items=frozenset().union(*(c.items for c in conditions)),
        alerts=frozenset().union(*(c.alerts for c in conditions)),
        thresholds=tuple(t for c in conditions for t in c.thresholds),
        window_atoms=tuple(w for c in conditions for w in c.window_atoms),
        every_item=any(c.every_item for c in conditions),
        **extra,
    )


class _Compiler:
    def __init__(self, env: CompileEnv, scope: str) -> None:
        self.env = env
        self.scope = scope

    def bad(self, node: Node, message: str) -> Condition:
        node.error(message)
        return Condition(fn=_false, data=node.value)

    def compile(self, node: Node) -> Condition:
        value = node.value
        if not isinstance(value, dict) or not value:
            return self.bad(node, f"a condition must be a mapping, got {describe(value)}")
        keys = set(value)
        if keys == {"all"} or keys == {"any"}:
            return self._combine(node, next(iter(keys)))
        if keys == {"not"}:
            inner = self.compile(node.get("not"))
            fn = inner.fn
            return merge([inner], lambda c: not fn(c), value)
        if keys == {"always"}:
            if value["always"] is not True:
                return self.bad(node, "'always' must be true")
            return Condition(fn=_true, data=value)
        if keys == {"pred"}:
            return self._predicate(node)
        if "fact" in keys:
            return self._fact(node)
        if "param" in keys:
            return self._param(node)
        if "item" in keys:
            return self._item(node)
        if "alert" in keys or "alert_severity" in keys:
            return self._alert(node)
        if keys == {"every_item"}:
            return self._every_item(node)
        return self.bad(
            node,
            "not a condition: expected one of all, any, not, pred, always, fact, param, "
            f"item, alert (got keys {', '.join(sorted(map(str, keys)))})",
        )

    def _combine(self, node: Node, kind: str) -> Condition:
        entries = node.get(kind).entries()
        if not entries:
            return self.bad(node, f"'{kind}' needs at least one condition")
        parts = [self.compile(e) for e in entries]
        fns = tuple(p.fn for p in parts)
        if kind == "all":

            def fn(c: Ctx) -> bool:
                for f in fns:  # noqa: SIM110 - a plain loop is faster than all() on this hot path
                    if not f(c):
                        return False
                return True
        else:

            def fn(c: Ctx) -> bool:
                for f in fns:  # noqa: SIM110 - a plain loop is faster than any() on this hot path
                    if f(c):
                        return True
                return False

        return merge(parts, fn, node.value)

    def _predicate(self, node: Node) -> Condition:
        name = node.value["pred"]
        env = self.env
        if self.scope == "invariant":
            return self.bad(node, "invariants are written on facts, not predicates, so they check the predicates too")
        if not isinstance(name, str) or name not in env.predicates:
            known = ", ".join(sorted(env.predicates)) or "none"
            return self.bad(node, f"unknown predicate {describe(name)} (defined: {known})")
        if name in env._compiled:
            return env._compiled[name]
        if name in env._compiling:
            return self.bad(node, f"predicate '{name}' refers to itself")
        env._compiling.append(name)
        try:
            compiled = _Compiler(env, "case").compile(env.predicates[name])
        finally:
            env._compiling.pop()
        env._compiled[name] = compiled
        return compiled

    # -- facts -------------------------------------------------------------------------------
    def _one_op(self, node: Node, subject: str, ops: tuple[str, ...]) -> str | None:
        found = [k for k in node.value if k != subject]
        if len(found) != 1 or found[0] not in ops:
            node.error(
                f"'{subject}' needs exactly one operator from {', '.join(ops)}"
                f" (got {', '.join(map(str, found)) or 'none'})"
            )
            return None
        return str(found[0])

    def _fact(self, node: Node) -> Condition:
        fid = node.value["fact"]
        spec = self.env.facts.get(fid) if isinstance(fid, str) else None
        if spec is None:
            return self.bad(node, f"condition on undefined fact {describe(fid)}")
        op = self._one_op(node, "fact", FACT_OPS)
        if op is None:
            return Condition(fn=_false, data=node.value)
        arg = node.get(op)
        check = _OP_CHECKS[op](self, arg, spec)
        if check is None:
            return Condition(fn=_false, data=node.value)
        fn = _fact_fn(fid, op, check)
        params = frozenset([check.name]) if isinstance(check, ParamRef) else frozenset()
        return Condition(
            fn=fn,
            data=node.value,
            facts=frozenset([fid]),
            params=params,
            thresholds=(Threshold(fid, op, check),),
        )

    def _numeric_value(self, arg: Node, spec: FactSpec) -> Any:
        value = arg.value
        if spec.kind not in ("integer", "number"):
            arg.error(f"fact '{spec.id}' is {spec.kind}, not a number: use eq, ne or in")
            return None
        if isinstance(value, dict) and set(value) == {"param"}:
            name = value["param"]
            param = self.env.parameters.get(name) if isinstance(name, str) else None
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

    def _scalar_value(self, arg: Node, spec: FactSpec) -> Any:
        value = arg.value
        kind = spec.kind
        if kind in ("integer", "number"):
            return self._numeric_value(arg, spec)
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

    def _choice_set(self, arg: Node, spec: FactSpec) -> tuple[str, ...] | None:
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

    def _in_values(self, arg: Node, spec: FactSpec) -> tuple[Any, ...] | None:
        if not isinstance(arg.value, list) or not arg.value:
            arg.error("'in' needs a non-empty list")
            return None
        values = [self._scalar_value(entry, spec) for entry in arg.entries()]
        if any(v is None or isinstance(v, ParamRef) for v in values):
            if any(isinstance(v, ParamRef) for v in values):
                arg.error("'in' takes literal values only")
            return None
        return tuple(values)

    def _bool_arg(self, arg: Node, spec: FactSpec) -> bool | None:
        if isinstance(arg.value, bool):
            return arg.value
        arg.error(f"expected true or false, got {describe(arg.value)}")
        return None

    def _count_arg(self, arg: Node, spec: FactSpec) -> int | None:
        if spec.kind != "multi_choice":
            arg.error(f"fact '{spec.id}' is {spec.kind}, not a list of choices")
            return None
        if isinstance(arg.value, int) and not isinstance(arg.value, bool) and arg.value >= 0:
            return arg.value
        arg.error(f"expected a whole number, got {describe(arg.value)}")
        return None

    def _empty_arg(self, arg: Node, spec: FactSpec) -> bool | None:
        if spec.kind != "multi_choice":
            arg.error(f"fact '{spec.id}' is {spec.kind}, not a list of choices")
            return None
        return self._bool_arg(arg, spec)

    # -- params, items, alerts -----------------------------------------------------------------
    def _param(self, node: Node) -> Condition:
        name = node.value["param"]
        param = self.env.parameters.get(name) if isinstance(name, str) else None
        if param is None:
            return self.bad(node, f"unknown parameter {describe(name)}")
        op = self._one_op(node, "param", ("eq", "ne", "in"))
        if op is None:
            return Condition(fn=_false, data=node.value)
        arg = node.get(op)
        values = arg.value if op == "in" else [arg.value]
        if not isinstance(values, list) or not values:
            return self.bad(arg, "'in' needs a non-empty list")
        for v in values:
            if not self.env.param_value_ok(name, v):
                allowed = ", ".join(str(o.value) for o in param.options) or str(param.fixed)
                return self.bad(arg, f"{describe(v)} is not an option of '{name}' ({allowed})")
        wanted = frozenset(values)
        if op == "ne":

            def fn(c: Ctx) -> bool:
                return c.params[name] not in wanted
        else:

            def fn(c: Ctx) -> bool:
                return c.params[name] in wanted

        return Condition(fn=fn, data=node.value, params=frozenset([name]))

    def _item(self, node: Node) -> Condition:
        if self.scope == "case":
            return self.bad(node, "item conditions are allowed only in alerts and invariants")
        iid = node.value["item"]
        if not isinstance(iid, str) or iid not in self.env.item_ids:
            return self.bad(node, f"unknown item {describe(iid)}")
        op = self._one_op(node, "item", ITEM_OPS)
        if op is None:
            return Condition(fn=_false, data=node.value)
        arg = node.get(op)
        base = {"fn": _false, "data": node.value, "items": frozenset([iid])}
        if op == "status_in":
            statuses = self._statuses(arg)
            if statuses is None:
                return Condition(**base)

            def fn(c: Ctx) -> bool:
                it = c.items.get(iid)
                return it is not None and it.status in statuses

            return Condition(**{**base, "fn": fn})
        if op == "present":
            want = self._bool_arg(arg, FactSpec("", "boolean", ""))
            if want is None:
                return Condition(**base)
            return Condition(**{**base, "fn": lambda c: (iid in c.items) == want})
        if self.scope != "invariant":
            return self.bad(node, f"'{op}' is allowed only in invariants")
        limit = arg.value
        if isinstance(limit, bool) or not isinstance(limit, (int, float)):
            return self.bad(arg, f"expected a number, got {describe(limit)}")
        window_fn = _window_fn(iid, op, limit)
        return Condition(
            **{**base, "fn": window_fn, "window_atoms": (WindowAtom(iid, op, limit),)}
        )

    def _statuses(self, arg: Node) -> frozenset[str] | None:
        value = arg.value
        if isinstance(value, str):
            if value in self.env.status_groups:
                return frozenset(self.env.status_groups[value])
            arg.error(f"unknown status group {describe(value)} ({', '.join(self.env.status_groups)})")
            return None
        if isinstance(value, list) and value and all(v in STATUSES for v in value):
            return frozenset(value)
        arg.error(f"expected statuses from {', '.join(STATUSES)} or a status group")
        return None

    def _alert(self, node: Node) -> Condition:
        if self.scope != "invariant":
            return self.bad(node, "alert conditions are allowed only in invariants")
        subject = "alert" if "alert" in node.value else "alert_severity"
        target = node.value[subject]
        if subject == "alert" and (not isinstance(target, str) or target not in self.env.alert_ids):
            return self.bad(node, f"unknown alert {describe(target)}")
        if subject == "alert_severity" and (not isinstance(target, str) or target not in SEVERITIES):
            return self.bad(node, f"unknown severity {describe(target)} ({', '.join(SEVERITIES)})")
        if self._one_op(node, subject, ("present",)) is None:
            return Condition(fn=_false, data=node.value)
        want = self._bool_arg(node.get("present"), FactSpec("", "boolean", ""))
        if want is None:
            return Condition(fn=_false, data=node.value)
        if subject == "alert":
            return Condition(
                fn=lambda c: (target in c.alerts) == want,
                data=node.value,
                alerts=frozenset([target]),
            )

        def fn(c: Ctx) -> bool:
            return any(a.severity == target for a in c.alerts.values()) == want

        matching = frozenset(a for a, sev in self.env.alert_severity.items() if sev == target)
        return Condition(fn=fn, data=node.value, alerts=matching)

    def _every_item(self, node: Node) -> Condition:
        if self.scope != "invariant":
            return self.bad(node, "'every_item' is allowed only in invariants")
        if node.value["every_item"] != "cited":
            return self.bad(node, "'every_item' supports only: cited")

        def fn(c: Ctx) -> bool:
            return all(it.sources and it.strength and it.because for it in c.items.values())

        return Condition(fn=fn, data=node.value, items=self.env.item_ids, every_item=True)


_OP_CHECKS: dict[str, Callable[[_Compiler, Node, FactSpec], Any]] = {
    "eq": _Compiler._scalar_value,
    "ne": _Compiler._scalar_value,
    "lt": _Compiler._numeric_value,
    "lte": _Compiler._numeric_value,
    "gt": _Compiler._numeric_value,
    "gte": _Compiler._numeric_value,
    "in": _Compiler._in_values,
    "is_null": _Compiler._bool_arg,
    "contains_any": _Compiler._choice_set,
    "contains_all": _Compiler._choice_set,
    "empty": _Compiler._empty_arg,
    "count_gte": _Compiler._count_arg,
    "count_lte": _Compiler._count_arg,
}


def _fact_fn(fid: str, op: str, arg: Any) -> Fn:
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


def _window_fn(iid: str, op: str, limit: float) -> Fn:
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
