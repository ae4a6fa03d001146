"""Where things go on the timeline: day to x, axis ticks, and a row per item under its lane.
Plain Python (no Qt), tested without a display."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from desktop.engine.plan.plan import Plan, PlanItem
from desktop.engine.record import mutable_record, record

MIN_LAST_DAY = 392  # at least the first year (and a few weeks beyond it) is always shown
URGENT_STATUS = "urgent"  # its lane is drawn first: the urgent item is the top row
DECISION_STATUSES = ("conditional",)  # decided later: drawn as a window up to the next decision point
FIRST_WEEKS = 12  # View > First 12 weeks


@record
class Tick:
    day: int
    major: bool
    label: str  # "" for minor ticks


@record
class Scale:
    first_day: int
    last_day: int
    left: float  # x of first_day
    px_per_day: float

    @property
    def right(self) -> float:
        return self.x(self.last_day)

    def x(self, day: float) -> float:
        return self.left + (day - self.first_day) * self.px_per_day

    def day_at(self, x: float) -> float:
        return self.first_day + (x - self.left) / self.px_per_day

    def clamp_x(self, day: float | None) -> float:
        """x of `day`, held inside the drawn range (None = beyond the right edge)."""
        if day is None or day > self.last_day:
            return self.right
        return self.x(max(day, self.first_day))


def day_span(visit_day: int, days: list[int]) -> tuple[int, int]:
    """First and last day to draw: onset (a little before it) to at least the first year."""
    last = max([MIN_LAST_DAY, visit_day + 56, *(d + 28 for d in days)])
    return -7, ((last + 27) // 28) * 28


def fit_px_per_day(width: float, first_day: int, last_day: int) -> float:
    return max(width / max(last_day - first_day, 1), 0.25)


def _day_month(value: date) -> str:
    return f"{value.day} {value.strftime('%b')}"


def week_ticks(
    scale: Scale,
    onset: date,
    week_label: str = "wk {week}",
    day_month: Callable[[date], str] = _day_month,
    min_label_px: float = 56.0,
) -> list[Tick]:
    """A tick every week from onset; labels ("wk 4  16 Dec") as often as they fit."""
    px_per_week = 7 * scale.px_per_day
    every = 1
    for step in (1, 2, 4, 8, 13, 26, 52):
        every = step
        if px_per_week * step >= min_label_px:
            break
    ticks = []
    week = 0
    while week * 7 <= scale.last_day:
        day = week * 7
        major = week % every == 0
        label = ""
        if major:
            label = f"{week_label.format(week=week)}  {day_month(onset + timedelta(days=day))}"
        ticks.append(Tick(day, major, label))
        week += 1
    return ticks


@mutable_record
class Row:
    lane: str
    item: PlanItem | None  # None: the lane has nothing on this plan (an empty row keeps it visible)
    top: float
    heading: str = ""  # a choice's heading row (no item): "Long-term antiresorptive (one drug)"
    group: str = ""  # the choice this row belongs to (heading and members), "" if none
    block_end: bool = False  # the last row of a choice's block


def lay_out_rows(plan: Plan, top: float, row: float, gap: float) -> list[Row]:
    """One row per item, lane by lane in the plan's order (a lane with an urgent item first),
    each lane at least one row. The
    members of a choice (one drug of several) are one block under a heading row: first choice,
    alternatives, then those excluded, as the plan orders them."""
    rows = []
    urgent = {i.lane for i in plan.items if i.status == URGENT_STATUS}
    for lane in sorted(plan.lanes, key=lambda lane: lane.id not in urgent):  # urgent items first
        entries: list[PlanItem | None] = [i for i in plan.items if i.lane == lane.id] or [None]
        for item in entries:
            group = plan.group_of(item) if item is not None else None
            if group is not None and item is not None and item.id == group.members[0]:
                rows.append(Row(lane.id, None, top, heading=group.label, group=group.id))
                top += row
            last = group is not None and item is not None and item.id == group.members[-1]
            rows.append(Row(lane.id, item, top, group=group.id if group else "", block_end=last))
            top += row
        top += gap
    return rows


def drawn_end(plan: Plan, item: PlanItem) -> int | None:
    """The last day an item's bar is drawn to: its window's end, except that an item decided
    later (a conditional L2 block, a kyphoplasty referral) is drawn as its decision window,
    from its start to the next decision point after it, not as a bar to the end of the chart."""
    if item.status in DECISION_STATUSES and item.end_day is None:
        later = [p.day for p in plan.decision_points if p.day > item.start_day]
        return min(later) if later else item.start_day + 28
    return item.end_day
