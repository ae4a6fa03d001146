"""Windows that start on or before they end by their form alone (for INV-13b, pathway V2.10).

A rule's window is ordered whatever the answers when its end is ongoing (null), the same
expression as its start, `start + n` with n >= 0, the `max` of a list holding its start (or its
start the `min` of a list holding the end), two whole numbers in order, or, for
`first_known` lists, ordered pair by pair where each pair is known or unknown together (the
same facts). Any other window is checked case by case (verify.py).
"""

from __future__ import annotations

from typing import Any

from ..pack.compiled import Expr
from ..pack.model import Item


def _number(data: Any) -> bool:
    return isinstance(data, int) and not isinstance(data, bool)


def _facts(data: Any) -> set[str]:
    if isinstance(data, dict):
        return {str(data["fact"])} if "fact" in data else set().union(*(_facts(v) for v in data.values()))
    if isinstance(data, list):
        return set().union(*(_facts(v) for v in data))
    return set()


def _has_first_known(data: Any) -> bool:
    if isinstance(data, dict):
        return "first_known" in data or any(_has_first_known(v) for v in data.values())
    return isinstance(data, list) and any(_has_first_known(v) for v in data)


def ordered(start: Any, end: Any) -> bool:
    """Whether the day expression `end` is never before `start` when both are known."""
    if start == end:
        return True
    if _number(start) and _number(end):
        return bool(start <= end)
    if isinstance(end, dict) and list(end) == ["add"]:
        terms = list(end["add"])
        if start in terms:
            terms.remove(start)
            return all(_number(t) and t >= 0 for t in terms)
    if isinstance(end, dict) and list(end) == ["max"] and start in end["max"]:
        return True
    if isinstance(start, dict) and list(start) == ["min"] and end in start["min"]:
        return True
    if isinstance(start, dict) and isinstance(end, dict) and list(start) == list(end) == ["first_known"]:
        pairs = list(zip(start["first_known"], end["first_known"], strict=False))
        return len(start["first_known"]) == len(end["first_known"]) and all(
            ordered(s, e) and _facts(s) == _facts(e) and not _has_first_known([s, e]) for s, e in pairs
        )
    return False


def window_ordered(start: Expr, end: Expr | None) -> bool:
    return end is None or ordered(start.data, end.data)


def ordered_tails(item: Item) -> tuple[bool, ...]:
    """For each rule k of `item`: whether every rule from k has a window ordered by its form."""
    out: list[bool] = []
    every = True
    for rule in reversed(item.rules):
        every = every and window_ordered(rule.window.start, rule.window.end)
        out.append(every)
    return tuple(reversed(out))
