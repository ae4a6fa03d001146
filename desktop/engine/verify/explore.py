"""Walk an input space without enumerating what the result does not depend on.

Every answer of the space starts `Pending`. A case is evaluated (facts, validity, the plan,
the invariant); if the evaluation reads a pending answer it stops (`NeedAnswer`) and the walk
tries each representative value of that answer in turn. When an evaluation finishes without
reading a pending answer, its result holds for every value of the answers still pending,
because the evaluation is deterministic and never looked at them: the whole subtree is one
result, counted as the product of their value counts. This is as exhaustive as the full
cartesian product of `InputSpace.cases()`, and much smaller when rules are tried in order
(a contraindication that matches first makes every later rule's inputs irrelevant).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import Any

from ..pack.compiled import NeedAnswer, Pending
from .input_space import VISIT, InputSpace

# check(answers) -> None: not a valid case; True: holds; a string: what was violated
Check = Callable[[dict[str, Any]], "bool | str | None"]


def explore(space: InputSpace, check: Check) -> Iterator[tuple[dict[str, Any], int, bool | str]]:
    """Yield (answers, classes covered, result) for every settled subtree of the space."""
    base = space.base_answers()
    for day in space.day_values:
        onset = VISIT - timedelta(days=day)
        values: dict[str, list[Any]] = {q: space.values_of(q) for q in space.dims}
        for q in space.date_dims:
            values[q] = [None if v is None else onset + timedelta(days=v) for v in space.date_values(q, day)]
        start = dict(base)
        start["onset_date"] = onset
        for q in values:
            start[q] = Pending(q)
        stack = [start]
        while stack:
            answers = stack.pop()
            try:
                result = check(answers)
            except NeedAnswer as need:
                for value in reversed(values[need.dim]):
                    nxt = dict(answers)
                    nxt[need.dim] = value
                    stack.append(nxt)
                continue
            if result is None:
                continue
            covered = math.prod(len(values[q]) for q in values if type(answers[q]) is Pending)
            yield answers, covered, result


def settled(answers: dict[str, Any], space: InputSpace) -> dict[str, Any]:
    """One complete case of a subtree (each pending answer at its first value), for examples."""
    out = dict(answers)
    onset = out["onset_date"]
    for q, value in answers.items():
        if type(value) is Pending:
            if q in space.date_dims:
                first = space.date_values(q, (VISIT - onset).days)[0]
                out[q] = None if first is None else onset + timedelta(days=first)
            else:
                out[q] = space.values_of(q)[0]
    return out
