"""Rule conditions: plain data compiled into small closures (no eval, no exec).

Grammar (each condition is a mapping with exactly one form):

    {all: [c, ...]}  {any: [c, ...]}  {not: c}  {pred: name}  {always: true}
    {fact: F, eq|ne|lt|lte|gt|gte|in|is_null|contains_any|contains_all|empty|count_gte|count_lte: v}
    {param: P, eq|ne|in: v}                                  a site-profile choice
    {item: I, status_in: [..] | group, present: bool, start_lte|start_gte|span_lte: n}
    {alert: A, present: bool}   {alert_severity: S, present: bool}   {every_item: cited}
    {choice: C, has_first: bool}  {item: I, choice_in: [first | alternative | excluded, ..]}
    {item: I, end_lte: E | says: text}  {alert: A, severity: S}  {every_item: window_in_order}
    {doses: within_label}
    {decision_point: P, present: bool | day_lte: E | day_gte: E}   (invariant_atoms.py)

A comparison with an unknown (null) fact is false; test unknowns with `is_null`.
Numeric values may be `{param: P}`. Item atoms are allowed in alerts and invariants,
alert atoms and choice atoms (`has_first`, `choice_in`: the role rules/choices.yaml gives a
member, known only once the plan is complete) only in invariants. Invariants may not use
predicates.

This module checks a condition's shape and references; `fact_operands.py` checks the
operand of a fact comparison, and `condition_closures.py` holds what a compiled condition runs.
"""

from __future__ import annotations

from itertools import chain
from operator import attrgetter
from typing import Any

from .compile_env import CompileEnv
from .compiled import Condition, Ctx, Fn, ParamRef, Threshold, WindowAtom
from .condition_closures import always_false, always_true, fact_fn, window_fn
from .fact_operands import FACT_OPS, OPERAND_CHECKS, boolean
from .invariant_atoms import ITEM_OPS as READ_ITEM_OPS
from .invariant_atoms import alert_severity, decision_point, doses_atom, item_atom
from .model import SEVERITIES, STATUSES
from .schema import Node, describe

CHOICE_ROLES = ("first", "alternative", "excluded")  # a choice member's role (rules/choices.yaml)

SCOPES = ("case", "alert", "invariant")
ITEM_OPS = ("status_in", "present", "start_lte", "start_gte", "span_lte", "choice_in", *READ_ITEM_OPS)
EVERY_ITEM = ("cited", "window_in_order")


def compile_condition(node: Node, env: CompileEnv, scope: str = "case") -> Condition:
    """Compile a condition; problems are recorded on `node` and yield an always-false condition."""
    return _Compiler(env, scope).compile(node)


_NONE: frozenset[str] = frozenset()
_FACTS, _PARAMS, _ITEMS, _ALERTS = (attrgetter(name) for name in ("facts", "params", "items", "alerts"))
_THRESHOLDS, _WINDOW_ATOMS = attrgetter("thresholds"), attrgetter("window_atoms")
_EVERY_ITEM, _DETAIL_ITEMS = attrgetter("every_item"), attrgetter("detail_items")


def merge(conditions: list[Condition], fn: Fn, data: Any, **extra: Any) -> Condition:
    # what the parts use, gathered without a generator per field (a pack merges thousands)
    return Condition(
        fn=fn,
        data=data,
        facts=_NONE.union(*map(_FACTS, conditions)),
        params=_NONE.union(*map(_PARAMS, conditions)),
        items=_NONE.union(*map(_ITEMS, conditions)),
        alerts=_NONE.union(*map(_ALERTS, conditions)),
        thresholds=tuple(chain.from_iterable(map(_THRESHOLDS, conditions))),
        window_atoms=tuple(chain.from_iterable(map(_WINDOW_ATOMS, conditions))),
        every_item=any(map(_EVERY_ITEM, conditions)),
        detail_items=_NONE.union(*map(_DETAIL_ITEMS, conditions)),
        **extra,
    )


class _Compiler:
    def __init__(self, env: CompileEnv, scope: str) -> None:
        self.env = env
        self.scope = scope

    def bad(self, node: Node, message: str) -> Condition:
        node.error(message)
        return Condition(fn=always_false, data=node.value)

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
            return Condition(fn=always_true, data=value)
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
        if keys == {"doses"}:
            return doses_atom(node, self.env, self.scope)
        if "choice" in keys:
            return self._choice(node)
        if "decision_point" in keys:
            if self.scope != "invariant":
                return self.bad(node, "decision point conditions are allowed only in invariants")
            return decision_point(node, self.env)
        return self.bad(
            node,
            "not a condition: expected one of all, any, not, pred, always, fact, param, "
            f"item, alert, choice, decision_point (got keys {', '.join(sorted(map(str, keys)))})",
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
            return Condition(fn=always_false, data=node.value)
        arg = node.get(op)
        check = OPERAND_CHECKS[op](arg, spec, self.env.parameters)
        if check is None:
            return Condition(fn=always_false, data=node.value)
        fn = fact_fn(fid, op, check)
        params = frozenset([check.name]) if isinstance(check, ParamRef) else frozenset()
        return Condition(
            fn=fn,
            data=node.value,
            facts=frozenset([fid]),
            params=params,
            thresholds=(Threshold(fid, op, check),),
        )

    # -- params, items, alerts -----------------------------------------------------------------
    def _param(self, node: Node) -> Condition:
        name = node.value["param"]
        param = self.env.parameters.get(name) if isinstance(name, str) else None
        if param is None:
            return self.bad(node, f"unknown parameter {describe(name)}")
        op = self._one_op(node, "param", ("eq", "ne", "in"))
        if op is None:
            return Condition(fn=always_false, data=node.value)
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
            return Condition(fn=always_false, data=node.value)
        arg = node.get(op)
        base = {"fn": always_false, "data": node.value, "items": frozenset([iid])}
        if op == "status_in":
            statuses = self._statuses(arg)
            if statuses is None:
                return Condition(**base)

            def fn(c: Ctx) -> bool:
                it = c.items.get(iid)
                return it is not None and it.status in statuses

            return Condition(**{**base, "fn": fn})
        if op == "present":
            want = boolean(arg)
            if want is None:
                return Condition(**base)
            return Condition(**{**base, "fn": lambda c: (iid in c.items) == want})
        if self.scope != "invariant":
            return self.bad(node, f"'{op}' is allowed only in invariants")
        if op == "choice_in":
            return self._choice_in(node, iid, arg, base)
        if op in READ_ITEM_OPS:
            return item_atom(node, self.env, iid, op, arg)
        limit = arg.value
        if isinstance(limit, bool) or not isinstance(limit, (int, float)):
            return self.bad(arg, f"expected a number, got {describe(limit)}")
        return Condition(**{**base, "fn": window_fn(iid, op, limit), "window_atoms": (WindowAtom(iid, op, limit),)})

    def _choice_in(self, node: Node, iid: str, arg: Node, base: dict[str, Any]) -> Condition:
        if not any(iid in members for members in self.env.choices.values()):
            return self.bad(node, f"item '{iid}' is not a member of any choice (rules/choices.yaml)")
        roles = arg.value
        if not isinstance(roles, list) or not roles or not all(r in CHOICE_ROLES for r in roles):
            return self.bad(arg, f"expected a list of {', '.join(CHOICE_ROLES)}")
        wanted = frozenset(roles)

        def fn(c: Ctx) -> bool:
            it = c.items.get(iid)
            return it is not None and it.choice in wanted

        return Condition(**{**base, "fn": fn})

    def _choice(self, node: Node) -> Condition:
        if self.scope != "invariant":
            return self.bad(node, "choice conditions are allowed only in invariants")
        cid = node.value["choice"]
        members = self.env.choices.get(cid) if isinstance(cid, str) else None
        if members is None:
            return self.bad(node, f"unknown choice {describe(cid)} ({', '.join(self.env.choices) or 'none'})")
        if self._one_op(node, "choice", ("has_first",)) is None:
            return Condition(fn=always_false, data=node.value)
        want = boolean(node.get("has_first"))
        if want is None:
            return Condition(fn=always_false, data=node.value)
        wanted = 1 if want else 0  # true: exactly one first choice; false: none

        def fn(c: Ctx) -> bool:
            firsts = 0
            for member in members:
                it = c.items.get(member)
                if it is not None and it.choice == "first":
                    firsts += 1
            return firsts == wanted

        # every member decides which is first: the verifier plans them all
        return Condition(fn=fn, data=node.value, items=frozenset(members))

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
        op = self._one_op(node, subject, ("present", "severity") if subject == "alert" else ("present",))
        if op is None:
            return Condition(fn=always_false, data=node.value)
        if op == "severity":
            return alert_severity(node, self.env, target, node.get("severity"))
        want = boolean(node.get("present"))
        if want is None:
            return Condition(fn=always_false, data=node.value)
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
        what = node.value["every_item"]
        if what not in EVERY_ITEM:
            return self.bad(node, f"'every_item' supports only: {', '.join(EVERY_ITEM)}")

        def cited(c: Ctx) -> bool:
            return all(it.sources and it.strength and it.because for it in c.items.values())

        def in_order(c: Ctx) -> bool:
            return all(it.end_day is None or it.start_day <= it.end_day for it in c.items.values())

        fn = cited if what == "cited" else in_order

        return Condition(fn=fn, data=node.value, items=self.env.item_ids, every_item=True)
