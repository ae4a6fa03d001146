"""What a visit's plan says comes next, and how due dates fall into the due list's buckets.

Data-driven: the kinds and labels are the rule pack's (its decision points, its lanes, its item
titles); nothing clinical is decided here.
"""

from __future__ import annotations

from datetime import date, timedelta

from desktop.engine.record import record

from ..engine import Plan

URGENT = "urgent"  # the engine's status of an item due now (desktop.engine.pack.model.STATUSES)
REVIEW = "review"  # the kind of a decision point that is a visit (its `review` flag)
BUCKETS = ("overdue", "today", "week", "month", "later")
WEEK_DAYS, MONTH_DAYS = 7, 30


@record
class DueItem:
    due_date: date
    kind: str  # review | the lane's label of an offered item
    label: str
    item: str | None  # the item's id (None for a decision point)
    urgent: bool


def due_items(plan: Plan) -> list[DueItem]:
    """Every review after the visit day (a decision point with `review: true` is a visit, in
    rules/phases.yaml), every offered item starting after it, and every item urgent at the visit
    day (due the visit date), by date. A decision point that is not a visit (the end of a start
    window, say) is on the plan's timeline, not on the clinic's due list."""
    found: list[DueItem] = []
    for point in plan.decision_points:
        when = plan.date_of(point.day)
        if point.review and point.day > plan.day and when is not None:
            found.append(DueItem(when, REVIEW, point.label, None, False))
    lanes = {lane.id: lane.label for lane in plan.lanes}
    for item in plan.items:
        if item.status == URGENT:
            found.append(DueItem(plan.visit_date, lanes.get(item.lane, item.lane), item.title, item.id, True))
        elif item.offered and item.start_day > plan.day:
            when = plan.date_of(item.start_day)
            if when is not None:
                found.append(DueItem(when, lanes.get(item.lane, item.lane), item.title, item.id, False))
    found.sort(key=lambda d: (d.due_date, not d.urgent))
    return grouped(found)


def grouped(found: list[DueItem]) -> list[DueItem]:
    """One entry per date: what a clinic books is a visit, and the due list names what it is
    for ("Week 4 review: ...; Exercise programme; L2 nerve root block"). A review gives its
    kind to the day; an item's id is kept when it is the day's only entry."""
    days: dict[date, list[DueItem]] = {}
    for entry in found:
        days.setdefault(entry.due_date, []).append(entry)
    out = []
    for when, entries in days.items():
        kinds = [e.kind for e in entries]
        kind = REVIEW if REVIEW in kinds else kinds[0]
        item = entries[0].item if len(entries) == 1 else None
        label = "; ".join(dict.fromkeys(e.label for e in entries))
        out.append(DueItem(when, kind, label, item, any(e.urgent for e in entries)))
    return out


def bucket(due_date: date, today: date) -> str:
    """overdue (before today), today, week (within 7 days), month (within 30 days), later."""
    if due_date < today:
        return "overdue"
    if due_date == today:
        return "today"
    if due_date <= today + timedelta(days=WEEK_DAYS):
        return "week"
    if due_date <= today + timedelta(days=MONTH_DAYS):
        return "month"
    return "later"
