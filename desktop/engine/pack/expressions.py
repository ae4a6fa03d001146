"""Day expressions: when an item starts and ends, where a decision point sits.

Grammar: a whole number (day since onset); {fact: F} (a day-valued fact); {param: P};
{add: [e, ...]}; {min: [e, ...]}; {max: [e, ...]}; {first_known: [e, ...]} (the first
that is not unknown).
An expression over an unknown fact is unknown; the rule must guard against that.
"""

from __future__ import annotations

from collections.abc import Callable

from .compile_env import CompileEnv
from .compiled import Ctx, Expr, ParamRef, Value
from .schema import Node, describe


def _unknown(_: Ctx) -> Value:
    return None


def constant(day: int) -> Expr:
    return Expr(fn=lambda _c: day, data=day, affine=(None, (day,)))


def compile_expr(node: Node, env: CompileEnv) -> Expr:
    value = node.value
    if isinstance(value, int) and not isinstance(value, bool):
        return constant(value)
    if not isinstance(value, dict) or len(value) != 1:
        node.error(
            "expected a day expression: a whole number or one of fact, param, add, min, max, "
            f"first_known (got {describe(value)})"
        )
        return Expr(fn=_unknown, data=value)
    (key,) = value
    if key == "fact":
        return _fact(node, env)
    if key == "param":
        name = value["param"]
        param = env.parameters.get(name) if isinstance(name, str) else None
        if param is None or param.kind != "integer":
            node.error(f"unknown numeric parameter {describe(name)}")
            return Expr(fn=_unknown, data=value)
        return Expr(
            fn=lambda c: c.params[name],
            data=value,
            params=frozenset([name]),
            affine=(None, (ParamRef(name),)),
        )
    if key in ("add", "min", "max", "first_known"):
        return _combine(node, env, key)
    node.error(f"unknown day expression '{key}'")
    return Expr(fn=_unknown, data=value)


def _fact(node: Node, env: CompileEnv) -> Expr:
    fid = node.value["fact"]
    spec = env.facts.get(fid) if isinstance(fid, str) else None
    if spec is None or spec.kind != "integer" or not (fid == "day" or fid.endswith(".day")):
        node.error(f"{describe(fid)} is not a day-valued fact (day or <date question>.day)")
        return Expr(fn=_unknown, data=node.value)
    return Expr(
        fn=lambda c: c.facts[fid],
        data=node.value,
        facts=frozenset([fid]),
        affine=(fid, ()),
    )


def _combine(node: Node, env: CompileEnv, key: str) -> Expr:
    entries = node.get(key).entries()
    if not entries:
        node.error(f"'{key}' needs at least one expression")
        return Expr(fn=_unknown, data=node.value)
    parts = [compile_expr(e, env) for e in entries]
    fns = tuple(p.fn for p in parts)

    if key == "first_known":

        def fn(c: Ctx) -> Value:
            for f in fns:
                v = f(c)
                if v is not None:
                    return v
            return None
    else:
        combiners: dict[str, Callable[[list[int]], int]] = {"add": sum, "min": min, "max": max}
        combine = combiners[key]

        def fn(c: Ctx) -> Value:
            values = [f(c) for f in fns]
            if any(v is None for v in values):
                return None
            return combine([v for v in values if v is not None])

    affine = None
    if key == "add" and all(p.affine for p in parts):
        fact_terms = [p.affine[0] for p in parts if p.affine and p.affine[0]]
        if len(fact_terms) <= 1:
            terms = tuple(t for p in parts if p.affine for t in p.affine[1])
            affine = (fact_terms[0] if fact_terms else None, terms)
    return Expr(
        fn=fn,
        data=node.value,
        facts=frozenset().union(*(p.facts for p in parts)),
        params=frozenset().union(*(p.params for p in parts)),
        affine=affine,
    )
