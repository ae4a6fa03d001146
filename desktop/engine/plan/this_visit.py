"""What to do at this visit, read off a plan: the items whose window includes today, sorted
into what the clinician does with them, and the next review with what it decides.

Nothing here is decided anew: an item is listed because the plan gives it a status that acts
now (urgent, recommended, continue, consider) on a day its window includes. Items for a later
decision (conditional), advised against, unavailable, past their window, or alternatives to a
first choice are not listed (the timeline shows them); neither is an item the clinician
declined.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from ..record import record
from .plan import Plan, PlanDecisionPoint, PlanItem

# the sections, in the order they are shown
URGENT, START, ARRANGE, ADVISE, CONSIDER = "urgent", "start", "arrange", "advise", "consider"
SECTIONS: tuple[str, ...] = (URGENT, START, ARRANGE, ADVISE, CONSIDER)
# recommended or continued items, by what they are in a health record (pack.model.ITEM_KINDS)
_BY_KIND = {"medication": START, "service": ARRANGE, "activity": ADVISE}


@record
class VisitLine:
    """One thing to do at this visit."""

    section: str  # one of SECTIONS
    item: str  # the plan item's id: each line leads to its item
    title: str
    status_label: str
    until: date | None  # the last day of the item's window, if it ends
    until_day: int | None = None  # the same as a day since onset


@record
class ThisVisit:
    """The top of the plan: what to do today, and the next review."""

    day: int
    lines: tuple[VisitLine, ...]
    next_review: PlanDecisionPoint | None
    next_review_date: date | None

    def section(self, name: str) -> tuple[VisitLine, ...]:
        return tuple(line for line in self.lines if line.section == name)


def section_of(item: PlanItem) -> str | None:
    """Where an item goes at this visit, whatever its window ("" for none)."""
    if item.choice not in ("", "first"):
        return None  # an alternative to, or excluded from, the choice's first choice
    if item.status == "urgent":
        return URGENT
    if item.status == "consider":
        return CONSIDER
    if item.status in ("recommended", "continue"):
        return _BY_KIND.get(item.kind, ADVISE)
    return None


def acts_today(plan: Plan, item: PlanItem) -> bool:
    return item.start_day <= plan.day and (item.end_day is None or item.end_day >= plan.day)


def this_visit(plan: Plan, declined: Collection[str] = ()) -> ThisVisit:
    """What to do at the plan's visit; `declined`: ids of items the clinician declined."""
    lines: list[VisitLine] = []
    for name in SECTIONS:
        for item in plan.items:
            if item.id in declined or section_of(item) != name or not acts_today(plan, item):
                continue
            lines.append(VisitLine(name, item.id, item.title, item.status_label, plan.date_of(item.end_day),
                                   item.end_day))
    review = next((p for p in sorted(plan.decision_points, key=lambda p: p.day) if p.review and p.day > plan.day),
                  None)
    return ThisVisit(plan.day, tuple(lines), review, plan.date_of(review.day) if review else None)
