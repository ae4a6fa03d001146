"""A plan whose items and alerts are computed only when a condition reads them.

For the verifier (`verify/explore.py`): an invariant that reads one item's status then never
makes the engine plan, or the explorer enumerate, the inputs of the items it did not read.
Members of a choice keep the status their own rules give (no first choice or alternative):
the verifier checks the alternative reading separately.
"""

from __future__ import annotations

import json
import weakref
from collections.abc import Iterator, Mapping
from typing import Any

from ..case.case import Case
from ..pack.compiled import Ctx
from .plan import PlanAlert, PlanItem
from .planner import FactRecorder, Planner


class Status:
    """An item as far as a status test needs it: which rule matched, and the site's say."""

    __slots__ = ("id", "offered", "status")

    def __init__(self, iid: str, status: str, offered: bool) -> None:
        self.id, self.status, self.offered = iid, status, offered


class LazyItems:
    def __init__(self, planner: Planner, ctx: Ctx, case: Case, allowed: frozenset[str],
                 status_only: bool = False, offered_only: bool = False, splits: Splits | None = None) -> None:
        self.planner, self.ctx, self.case, self.allowed = planner, ctx, case, allowed
        self.status_only = status_only  # no window, detail or `because`: they read more answers
        self.offered_only = offered_only  # only whether the status is offered matters
        self.splits = splits  # per item: only whether its status is in this set matters (see split_tails)
        self.cache: dict[str, Any] = {}

    def get(self, iid: str, default: PlanItem | None = None) -> PlanItem | None:
        if iid not in self.allowed:
            return default
        if iid not in self.cache:
            self.ctx.facts.seen = {}  # type: ignore[attr-defined]
            item = self.planner.pack.item(iid)
            planned = self._status(item) if self.status_only else self.planner.plan_item(item, self.ctx, self.case)
            self.cache[iid] = planned
        found = self.cache[iid]
        return found if found is not None else default

    def _status(self, item: Any) -> Status | None:
        ctx = self.ctx
        if item.applies_when is not None and not item.applies_when.fn(ctx):
            return None
        split = self.splits.get(item.id) if self.splits is not None else None
        if split is not None:
            settled = split_tails(self.planner, item, split)
        else:
            settled = offered_tails(self.planner, item) if self.offered_only else ()
        rule = None
        for k, r in enumerate(item.rules):
            if split is not None and settled[k]:  # whichever rule from here matches: the same answer
                status = self.planner.at_this_site(item, r.status, r.reason, "", {})[0]
                return Status(item.id, status, status in self.planner.offered)
            if settled and settled[k]:  # every rule from here is offered, and one of them matches
                status = self.planner.at_this_site(item, r.status, r.reason, "", {})[0]
                return Status(item.id, status, True)  # one offered status stands for them all
            if r.when is None or r.when.fn(ctx):
                rule = r
                break
        if rule is None:
            return None
        status = self.planner.at_this_site(item, rule.status, rule.reason, "", {})[0]
        return Status(item.id, status, status in self.planner.offered)

    def __contains__(self, iid: object) -> bool:
        return isinstance(iid, str) and self.get(iid) is not None

    def values(self) -> Iterator[PlanItem]:
        for iid in sorted(self.allowed):
            item = self.get(iid)
            if item is not None:
                yield item


class LazyAlerts:
    def __init__(self, planner: Planner, ctx: Ctx, allowed: frozenset[str]) -> None:
        self.by_id = {a.id: a for a in planner.pack.alerts if a.id in allowed}
        self.ctx = ctx
        self.cache: dict[str, bool] = {}

    def _raised(self, aid: str) -> bool:
        if aid not in self.cache:
            self.cache[aid] = aid in self.by_id and self.by_id[aid].when.fn(self.ctx)
        return self.cache[aid]

    def __contains__(self, aid: object) -> bool:
        return isinstance(aid, str) and self._raised(aid)

    def values(self) -> Iterator[PlanAlert]:
        for aid, a in sorted(self.by_id.items()):
            if self._raised(aid):
                yield PlanAlert(a.id, a.severity, a.text, a.sources, a.severity)


_TAILS: weakref.WeakKeyDictionary[Planner, dict[str, tuple[bool, ...]]] = weakref.WeakKeyDictionary()


def offered_tails(planner: Planner, item: Any) -> tuple[bool, ...]:
    """For each rule k of `item`: whether every rule from k gives an offered status at this site
    and one of them needs no answer to match (no condition, or one on the profile only)."""
    tails = _TAILS.setdefault(planner, {})
    if item.id not in tails:
        params_only = Ctx({}, planner.params)
        out: list[bool] = []
        all_offered, certain = True, False
        for r in reversed(item.rules):
            status = planner.at_this_site(item, r.status, r.reason, "", {})[0]
            all_offered = all_offered and status in planner.offered
            reads_nothing = r.when is not None and not (r.when.facts or r.when.items or r.when.alerts)
            if r.when is None or (reads_nothing and r.when.fn(params_only)):
                certain = True
            out.append(all_offered and certain)
        tails[item.id] = tuple(reversed(out))
    return tails[item.id]


class Splits:
    """What an invariant needs of some items' statuses (verify.py): for each item, the set of
    statuses it tests (`sets`), and the conditions it holds true while it reads them (`implied`:
    its `when` and each clause of it, as `condition_key` gives them)."""

    __slots__ = ("implied", "sets")

    def __init__(self, sets: Mapping[str, frozenset[str]], implied: frozenset[str] = frozenset()) -> None:
        self.sets, self.implied = sets, implied

    def get(self, iid: str) -> tuple[frozenset[str], frozenset[str]] | None:
        found = self.sets.get(iid)
        return None if found is None else (found, self.implied)


def condition_key(data: Any) -> str:
    return json.dumps(data, sort_keys=True, default=str)


_SPLIT_TAILS: weakref.WeakKeyDictionary[Planner, dict[Any, tuple[bool, ...]]] = weakref.WeakKeyDictionary()


def split_tails(planner: Planner, item: Any, split: tuple[frozenset[str], frozenset[str]]) -> tuple[bool, ...]:
    """For each rule k of `item`: whether the first rule to match from k is sure to give a status
    on the same side of the split: some rule j >= k surely matches (no condition, one on the
    profile only, or one the invariant holds true) and the rules k..j all give statuses in the
    set, or all outside it, at this site. Then no answer needs reading to settle the test."""
    statuses, implied = split
    tails = _SPLIT_TAILS.setdefault(planner, {})
    key = (item.id, statuses, implied)
    if key not in tails:
        params_only = Ctx({}, planner.params)
        out: list[bool] = []
        later: bool | None = None  # the side of the rule after this one
        settled_after = False
        for r in reversed(item.rules):
            side = planner.at_this_site(item, r.status, r.reason, "", {})[0] in statuses
            settled_after = _sure(r.when, params_only, implied) or (side == later and settled_after)
            out.append(settled_after)
            later = side
        tails[key] = tuple(reversed(out))
    return tails[key]


def _sure(when: Any, params_only: Ctx, implied: frozenset[str]) -> bool:
    if when is None:
        return True
    if not (when.facts or when.items or when.alerts) and when.fn(params_only):
        return True
    data = when.data
    if condition_key(data) in implied:
        return True
    return isinstance(data, dict) and list(data) == ["any"] and any(condition_key(d) in implied for d in data["any"])


def lazy_context(planner: Planner, case: Case, facts: dict[str, Any], items: frozenset[str],
                 alerts: frozenset[str], status_only: bool = False,
                 offered_only: bool = False, splits: Splits | None = None) -> tuple[Ctx, LazyItems]:
    recorder = FactRecorder(facts)
    recorder.seen = {}
    ctx = Ctx(recorder, planner.params)
    lazy_items = LazyItems(planner, ctx, case, items, status_only, offered_only, splits)
    ctx.items = lazy_items  # type: ignore[assignment]
    ctx.alerts = LazyAlerts(planner, ctx, alerts)  # type: ignore[assignment]
    return ctx, lazy_items
