"""The patient handout's content: plain language, from rules/handout.yaml and the plan."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from desktop.engine.record import record

from ..case.case import Case
from ..case.history import Decision
from ..pack.compiled import Ctx
from .plan import Plan, PlanItem
from .planner import Planner

TAKEN_WITHOUT_DECISION = ("recommended", "continue", "urgent")


@record
class Line:
    text: str
    sources: tuple[str, ...]


@record
class Section:
    key: str  # take | avoid | warning | review | questions
    heading: str
    lines: tuple[Line, ...]


@record
class HandoutContent:
    title: str
    intro: str
    sections: tuple[Section, ...]


def long_date(value: date | None) -> str:
    """English date in words; the interface passes its own for other languages."""
    return "" if value is None else f"{value.day} {value.strftime('%B %Y')}"


def is_taken(item: PlanItem, decision: Decision | None) -> bool:
    """On the handout: accepted by the clinician, or recommended (or to continue) and not declined."""
    if decision is not None:
        return decision.decision == "accepted"
    return item.status in TAKEN_WITHOUT_DECISION


def build_handout(
    planner: Planner, case: Case, plan: Plan, decisions: dict[str, Decision],
    date_text: Callable[[date | None], str] = long_date,
) -> HandoutContent:
    pack = planner.pack
    texts = pack.handout
    assert texts is not None, "the rule pack has no handout.yaml"
    ctx = Ctx(planner.facts(case), planner.params)
    ctx.items = {i.id: i for i in plan.items}
    take: list[Line] = []
    # a choice's members (rules/choices.yaml; `choose_one` in packs of release 1.0.0): the
    # patient takes one, so only the one accepted (or continued) is named
    members = {m for g in plan.groups for m in g.members} if plan.groups else set(texts.choose_one)
    chosen = False
    next_dose = {d.schedules: d.day for d in plan.decision_points if d.schedules}
    for item in plan.items:
        decision = decisions.get(item.id)
        if item.id in members:
            if not ((decision is not None and decision.decision == "accepted" and item.decidable) or
                    (decision is None and item.status in ("continue", "urgent"))):
                continue
            chosen = True
        elif not is_taken(item, decision):
            continue
        dates = {"start": date_text(plan.date_of(item.start_day)), "end": date_text(plan.date_of(item.end_day)),
                 "next_dose": date_text(plan.date_of(next_dose.get(item.id)))}
        option = next((o for o in pack.availability.get(item.id, ()) if o.resource == item.resource), None)
        if option is not None and option.handout:  # the site's alternative (e.g. injection, no spray)
            take.append(Line(option.handout.format(date="", **dates), option.sources))
            continue
        for part in texts.items.get(item.id, ()):
            if part.when is None or part.when(ctx):
                take.append(Line(part.text.format(date="", **dates), part.sources))
    if not chosen and texts.choose_one_text is not None:
        take.append(Line(texts.choose_one_text.text, texts.choose_one_text.sources))
    avoid = [Line(p.text, p.sources) for p in texts.avoid if p.when is None or p.when(ctx)]
    warning = [Line(p.text, p.sources) for p in texts.warning_signs if p.when is None or p.when(ctx)]
    upcoming = next((d for d in plan.decision_points if d.review and d.day > plan.day), None)
    review = (
        texts.review.format(date=date_text(plan.date_of(upcoming.day)), start="", end="")
        if upcoming
        else texts.no_review
    )
    h = texts.headings
    return HandoutContent(
        title=texts.title,
        intro=" ".join(p.text for p in texts.intro if p.when is None or p.when(ctx)),
        sections=(
            Section("take", h["take"], tuple(take)),
            Section("avoid", h["avoid"], tuple(avoid)),
            Section("warning", h["warning"], tuple(warning)),
            Section("review", h["review"], (Line(review, ()),)),
            Section("questions", h["questions"], (Line(texts.questions, ()),)),
        ),
    )
