"""Invariant atoms that read more of a plan than a status (pathway V2.10).

    {item: I, end_lte: E}                the item's window ends on or before day E
    {item: I, says: "text"}              the item's detail, as planned, contains this text
    {alert: A, severity: S}              alert A is raised, and with severity S
    {decision_point: P, present: bool}   decision point P is on the plan (or not)
    {decision_point: P, day_lte: E}      P is on the plan on or before day E (day_gte: on or after)
    {doses: within_label}                every dose of rules/doses.yaml is a regimen its label names

E is a day expression (`expressions.py`: a number, {fact: day}, {add: [...]}, {max: [...]}...);
a comparison with an unknown day is false. Each atom keeps the references it makes for the
verifier: the facts its expressions read and, for a date answer X added to a whole number of
days ({add: [{fact: X.day}, 28]}), that number as a threshold of X.days_ago, so that the input
space has a class either side of it (a course dated from its real start, a dose date).
`says` reads the plan in the language the pack was loaded in (`rules check`: English).
"""

from __future__ import annotations

from typing import Any

from .compile_env import CompileEnv
from .compiled import Condition, Ctx, Expr, Fn, Threshold
from .condition_closures import always_false
from .doses import outside_label
from .expressions import compile_expr
from .fact_operands import boolean
from .model import SEVERITIES
from .schema import Node, describe

ITEM_OPS = ("end_lte", "says")
POINT_OPS = ("present", "day_lte", "day_gte")


def _bad(node: Node, message: str) -> Condition:
    node.error(message)
    return Condition(fn=always_false, data=node.value)


def day_thresholds(expr: Expr, env: CompileEnv) -> tuple[Threshold, ...]:
    """For each {add: [{fact: X.day}, n, ...]} in `expr` (n whole numbers or constants), a
    threshold of X.days_ago at their sum: "X.day + n <= day" is "X.days_ago >= n"."""
    found: list[Threshold] = []

    def days(part: Any) -> int | None:
        if isinstance(part, int) and not isinstance(part, bool):
            return part
        param = env.parameters.get(part["param"]) if isinstance(part, dict) and "param" in part else None
        return param.fixed if param is not None and isinstance(param.fixed, int) else None

    def walk(data: Any) -> None:
        if not isinstance(data, dict) or len(data) != 1:
            return
        ((key, parts),) = data.items()
        if not isinstance(parts, list):
            return
        if key != "add":
            for part in parts:
                walk(part)
            return
        dated = [str(p["fact"]) for p in parts if isinstance(p, dict) and "fact" in p]
        numbers = [days(p) for p in parts if not (isinstance(p, dict) and "fact" in p)]
        if len(dated) != 1 or not dated[0].endswith(".day") or any(n is None for n in numbers):
            return
        ago = dated[0].removesuffix(".day") + ".days_ago"
        if ago in env.facts:
            found.append(Threshold(ago, "lte", sum(n for n in numbers if n is not None)))

    walk(expr.data)
    return tuple(found)


def _day(arg: Node, env: CompileEnv) -> Expr | None:
    errors = len(arg.errors)
    expr = compile_expr(arg, env)
    return expr if len(arg.errors) == errors else None


def item_atom(node: Node, env: CompileEnv, iid: str, op: str, arg: Node) -> Condition:
    """`end_lte` or `says` on item `iid` (checked to exist by the caller)."""
    items = frozenset([iid])
    if op == "says":
        text = arg.value
        if not isinstance(text, str) or not text.strip():
            return _bad(arg, f"'says' needs a text, got {describe(text)}")

        def says(c: Ctx) -> bool:
            it = c.items.get(iid)
            return it is not None and text in it.detail

        return Condition(fn=says, data=node.value, items=items, detail_items=items)
    limit = _day(arg, env)
    if limit is None:
        return Condition(fn=always_false, data=node.value)
    last = limit.fn

    def ends_by(c: Ctx) -> bool:
        it = c.items.get(iid)
        if it is None or it.end_day is None:
            return False
        day = last(c)
        return day is not None and it.end_day <= day

    return Condition(fn=ends_by, data=node.value, facts=limit.facts, params=limit.params, items=items,
                     thresholds=day_thresholds(limit, env), detail_items=items)


def alert_severity(node: Node, env: CompileEnv, aid: str, arg: Node) -> Condition:
    """`{alert: A, severity: S}`: raised, with that severity (the pack gives each alert one)."""
    wanted = arg.value
    if not isinstance(wanted, str) or wanted not in SEVERITIES:
        return _bad(arg, f"unknown severity {describe(wanted)} ({', '.join(SEVERITIES)})")
    right = env.alert_severity.get(aid) == wanted

    def fn(c: Ctx) -> bool:
        return right and aid in c.alerts

    return Condition(fn=fn, data=node.value, alerts=frozenset([aid]))


def decision_point(node: Node, env: CompileEnv) -> Condition:
    pid = node.value["decision_point"]
    point = env.decision_points.get(pid) if isinstance(pid, str) else None
    if point is None:
        return _bad(node, f"unknown decision point {describe(pid)} ({', '.join(env.decision_points) or 'none'})")
    ops = [k for k in node.value if k != "decision_point"]
    if len(ops) != 1 or ops[0] not in POINT_OPS:
        return _bad(node, f"'decision_point' needs exactly one operator from {', '.join(POINT_OPS)}")
    op, arg = ops[0], node.get(ops[0])
    when, day = point.when, point.day
    facts = day.facts | (when.facts if when else frozenset())
    params = day.params | (when.params if when else frozenset())
    thresholds = (*(when.thresholds if when else ()), *day_thresholds(day, env))

    def shown_on(c: Ctx) -> int | None:
        return None if when is not None and not when.fn(c) else day.fn(c)

    fn: Fn
    if op == "present":
        want = boolean(arg)
        if want is None:
            return Condition(fn=always_false, data=node.value)

        def fn(c: Ctx) -> bool:
            return (shown_on(c) is not None) == want
    else:
        other = _day(arg, env)
        if other is None:
            return Condition(fn=always_false, data=node.value)
        bound, before = other.fn, op == "day_lte"
        facts, params = facts | other.facts, params | other.params
        thresholds = (*thresholds, *day_thresholds(other, env))

        def fn(c: Ctx) -> bool:
            on, limit = shown_on(c), bound(c)
            return on is not None and limit is not None and (on <= limit if before else on >= limit)

    return Condition(fn=fn, data=node.value, facts=facts, params=params, thresholds=thresholds)


def doses_atom(node: Node, env: CompileEnv, scope: str) -> Condition:
    """`{doses: within_label}`: the same for every case (a dose is data, not a rule), so it is
    decided here; `rules check` lists the doses outside their label when it fails."""
    if scope != "invariant":
        return _bad(node, "'doses' is allowed only in invariants")
    if node.value["doses"] != "within_label":
        return _bad(node, "'doses' supports only: within_label")
    holds = not outside_label(env.doses, env.label_limits)
    return Condition(fn=lambda _ctx: holds, data=node.value)
