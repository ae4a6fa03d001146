"""Compiled rule logic: what the compilers in `conditions.py` and `expressions.py` produce.

A `Condition` tests a `Ctx` (facts, site parameters and, for alerts and invariants, the
plan's items and alerts); an `Expr` computes a day. Both are frozen data around a closure,
with the references they make kept for the verifier. Nothing here reads rule files.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ..record import record


@record
class ParamRef:
    name: str


@record
class Threshold:
    """One comparison a condition makes; the verifier derives equivalence classes from these."""

    fact: str
    op: str
    value: Any  # a literal, a ParamRef, or a tuple of literals


@record
class WindowAtom:
    """An invariant's test on an item's window (mapped onto facts by the verifier)."""

    item: str
    op: str  # start_lte | start_gte | span_lte
    value: float


class Ctx:
    """What a condition is evaluated against."""

    __slots__ = ("alerts", "facts", "items", "params")

    def __init__(self, facts: Mapping[str, Any], params: Mapping[str, Any]) -> None:
        self.facts = facts
        self.params = params
        self.items: Mapping[str, Any] = {}
        self.alerts: Mapping[str, Any] = {}


Fn = Callable[[Ctx], bool]


@record
class Condition:
    fn: Fn
    data: Any
    facts: frozenset[str] = frozenset()
    params: frozenset[str] = frozenset()
    items: frozenset[str] = frozenset()
    alerts: frozenset[str] = frozenset()
    thresholds: tuple[Threshold, ...] = ()
    window_atoms: tuple[WindowAtom, ...] = ()
    every_item: bool = False
    detail_items: frozenset[str] = frozenset()  # items an invariant reads beyond their status (window, texts)

    def __call__(self, ctx: Ctx) -> bool:
        return self.fn(ctx)


Value = int | None


@record
class Expr:
    fn: Callable[[Ctx], Value]
    data: Any
    facts: frozenset[str] = frozenset()
    params: frozenset[str] = frozenset()
    # fact + sum(terms) when the expression has that shape (for the verifier), else None
    affine: tuple[str | None, tuple[int | ParamRef, ...]] | None = None

    def __call__(self, ctx: Ctx) -> Value:
        return self.fn(ctx)


class Pending:
    """An answer the verifier has not chosen yet: reading it stops the evaluation (verify/explore.py)."""

    __slots__ = ("dim",)

    def __init__(self, dim: str) -> None:
        self.dim = dim  # the question whose answer decides it


class NeedAnswer(Exception):
    """Raised when an evaluation reads a `Pending` answer: the verifier then tries each value."""

    def __init__(self, dim: str) -> None:
        super().__init__(dim)
        self.dim = dim


class PartialFacts(dict[str, Any]):
    """Facts in which some answers may still be `Pending` (plain dict otherwise)."""

    __slots__ = ()

    def __getitem__(self, key: str) -> Any:
        value = dict.__getitem__(self, key)
        if type(value) is Pending:
            raise NeedAnswer(value.dim)
        return value
