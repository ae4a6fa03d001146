"""Red flags first: what a plan will certainly say before the answers are complete.

While questions are still unanswered there is no plan, but a red flag already decides part of
it: the critical alert, and the urgent item (an urgent spine referral). `early_plan` plans with
every unanswered question left open (`Pending`, as the verifier explores the input space):
an alert or an item is kept only if deciding it read no open question, so it holds whatever the
remaining answers turn out to be. Nothing is guessed; only the critical alerts and the urgent
items are returned (what must be acted on before the rest of the plan).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import field
from typing import Any

from ..case.case import Case
from ..pack.compiled import Ctx, NeedAnswer, Pending
from ..pack.errors import EngineError
from ..pack.model import CRITICAL, Item
from ..record import record
from .plan import PlanAlert, PlanItem, Source
from .planner import FactRecorder, Planner

URGENT = "urgent"


@record
class EarlyPlan:
    """The critical alerts and urgent items that already hold for a case still incomplete."""

    alerts: tuple[PlanAlert, ...] = ()
    items: tuple[PlanItem, ...] = ()
    sources: Mapping[str, Source] = field(default_factory=dict)  # those the alerts and items cite

    def __bool__(self) -> bool:
        return bool(self.alerts or self.items)


def early_plan(planner: Planner, answers: Mapping[str, Any]) -> EarlyPlan:
    """`answers`: the valid answers so far (None: not answered yet)."""
    pack = planner.pack
    open_answers = {q.id: Pending(q.id) if answers.get(q.id) is None else answers[q.id] for q in pack.questions}
    visit, onset = answers.get("visit_date"), answers.get("onset_date")
    if visit is None or onset is None or onset > visit:
        return EarlyPlan()  # every window is dated from the onset
    case = Case(open_answers)
    try:
        facts = FactRecorder(planner.derive(open_answers))
    except (NeedAnswer, EngineError, TypeError, ValueError):
        return EarlyPlan()  # a derivation that cannot yet be made: nothing is certain
    facts.seen = {}
    ctx = Ctx(facts, planner.params)
    decided: dict[str, PlanItem | None] = {}
    for item in pack.items:
        facts.seen = {}
        try:
            decided[item.id] = planner.plan_item(item, ctx, case)
        except NeedAnswer:
            try:  # the status and window may be decided while a text is not: those, without texts
                decided[item.id] = _status_and_window(planner, item, ctx)
            except (NeedAnswer, EngineError):
                continue  # decided by an answer not given yet
        except EngineError:
            continue
    ctx.items = {iid: planned for iid, planned in decided.items() if planned is not None}
    alerts = []
    for alert in pack.alerts:
        if alert.severity != CRITICAL or not alert.when.items <= decided.keys():
            continue
        try:
            if alert.when.fn(ctx):
                alerts.append(PlanAlert(alert.id, alert.severity, alert.text, alert.sources,
                                        pack.severity_labels[alert.severity]))
        except NeedAnswer:
            continue
    urgent = tuple(i for i in ctx.items.values() if i.status == URGENT)
    cited = {sid for found in (*alerts, *urgent) for sid in found.sources}
    return EarlyPlan(tuple(alerts), urgent, {sid: s for sid, s in planner.sources.items() if sid in cited})


def _status_and_window(planner: Planner, item: Item, ctx: Ctx) -> PlanItem | None:
    """The item as its matching rule and the site decide it, without its texts and answers
    (those may read answers not given yet: they come with the full plan)."""
    rule = planner.matched_rule(item, ctx)
    if rule is None:
        return None
    start, end = planner.window(item, rule, ctx)
    status, reason, _text, site, resource = planner.at_this_site(item, rule.status, rule.reason, "", {})
    strength = rule.strength or item.strength
    return PlanItem(
        id=item.id, lane=item.lane, status=status, start_day=start, end_day=end, title=item.title, detail="",
        strength=strength, strength_basis=rule.strength_basis if rule.strength else item.strength_basis,
        sources=tuple(dict.fromkeys((*item.sources, *rule.sources))), because=(), reason=reason, site=site,
        resource=resource, status_label=planner.pack.status_labels[status], kind=item.kind,
        offered=status in planner.offered,
    )
