"""The due list: what each visit's plan says comes next (from the plan's own data), in buckets
overdue / today / week / month / later; only the latest visit of each episode counts."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from conftest import case_data
from desktop.engine import Planner, validate_case
from desktop.register.due import bucket, due_items
from desktop.register.store import Register

from .conftest import save

TODAY = date(2026, 11, 21)
DENOSUMAB = {"history.antiresorptive": "denosumab", "history.antiresorptive_since": "2025-05-01",
             "history.last_denosumab_dose": "2026-08-20"}


def plan_of(planner: Planner, **changes: object):  # type: ignore[no-untyped-def]
    return planner.plan(validate_case(planner.pack, case_data(**changes), planner.params, today=TODAY))


def test_due_items_are_the_plans_later_reviews_offered_items_and_urgent_items(planner: Planner) -> None:
    """One entry per date, naming everything due that day: the reviews (visits) and the offered
    items that start then."""
    plan = plan_of(planner, **DENOSUMAB)
    items = due_items(plan)
    expected: dict[date, list[str]] = {}
    for p in plan.decision_points:
        when = plan.date_of(p.day)
        if p.review and p.day > plan.day and when is not None:
            expected.setdefault(when, []).append(p.label)
    for i in plan.items:
        when = plan.date_of(i.start_day)
        if i.offered and i.start_day > plan.day and when is not None:
            expected.setdefault(when, []).append(i.title)
    # a label may itself hold "; " (the denosumab next-dose point does): compare whole joined labels
    assert {d.due_date: d.label for d in items} == {k: "; ".join(dict.fromkeys(v)) for k, v in expected.items()}
    assert len({d.due_date for d in items}) == len(items)  # one entry a date
    lanes = {lane.id: lane.label for lane in plan.lanes}
    for d in items:
        reviews = [p for p in plan.decision_points if p.review and plan.date_of(p.day) == d.due_date]
        if reviews:
            assert d.kind == "review"
            assert d.label.startswith(reviews[0].label)  # the visit first, then what starts at it
        else:
            assert d.kind in lanes.values()
    assert "denosumab_next_dose" in {p.id for p in plan.decision_points}
    assert any(d.label.startswith("Denosumab next dose") and d.due_date == date(2027, 2, 18) for d in items)
    assert [d.due_date for d in items] == sorted(d.due_date for d in items)
    assert not any(d.urgent for d in items)


def test_an_urgent_item_is_due_the_visit_date(planner: Planner) -> None:
    plan = plan_of(planner, **{"fracture.neuro_deficit": True})
    urgent = [d for d in due_items(plan) if d.urgent]
    assert urgent
    assert all(d.due_date == plan.visit_date and d.item for d in urgent)
    assert {d.item for d in urgent} == {i.id for i in plan.items if i.status == "urgent"}
    assert due_items(plan)[0].urgent  # first: due now


@pytest.mark.parametrize(("offset", "expected"), [
    (-1, "overdue"), (-400, "overdue"), (0, "today"), (1, "week"), (7, "week"), (8, "month"), (30, "month"),
    (31, "later"), (400, "later"),
])
def test_buckets(offset: int, expected: str) -> None:
    assert bucket(TODAY + timedelta(days=offset), TODAY) == expected


def test_only_the_latest_visit_of_each_episode_counts(register: Register, planner: Planner) -> None:
    first = save(register, planner, **{"patient.name": "Ana Test"})
    assert {d.visit_id for d in register.due(TODAY)} == {first}
    later = save(register, planner, **{"patient.name": "Ana Test"}, visit_date="2026-12-20")  # day 32
    rows = register.due(TODAY)
    assert {d.visit_id for d in rows} == {later}
    assert all(d.due_date > date(2026, 12, 20) for d in rows)  # week 4 (day 28) passed at that visit
    new_episode = save(register, planner, **{"patient.name": "Ana Test"}, onset_date="2026-11-20")
    assert {d.visit_id for d in register.due(TODAY)} == {new_episode}  # a later fracture's plan supersedes
    assert len({d.episode_id for d in register.due(TODAY)}) == 1


def test_overdue_when_the_date_passed_with_no_later_visit(register: Register, planner: Planner) -> None:
    save(register, planner, **{"patient.name": "Ana Test"})
    save(register, planner, **{"patient.name": "Bruno Costa"}, **DENOSUMAB)
    today = date(2026, 12, 20)
    rows = register.due(today, within_days=7)
    assert rows, "the day-5 point and the week-4 review are overdue"
    assert [r.due_date for r in rows] == sorted(r.due_date for r in rows)
    assert {r.bucket for r in rows} <= {"overdue", "today", "week"}
    overdue = [r for r in rows if r.bucket == "overdue"]
    assert {r.patient for r in overdue} == {"Ana Test", "Bruno Costa"}
    assert all(r.due_date < today for r in overdue)
    assert rows[: len(overdue)] == overdue  # overdue first
    everything = register.due(today)
    assert len(everything) > len(rows)
    assert {r.bucket for r in everything} == {"overdue", "later", "month"} | {r.bucket for r in rows}
    dose = [r for r in everything if r.label.startswith("Denosumab next dose")]
    assert [(r.patient, r.due_date, r.kind, r.bucket) for r in dose] == [
        ("Bruno Costa", date(2027, 2, 18), "review", "later")]


def test_within_days_and_the_patients_next_due(register: Register, planner: Planner) -> None:
    save(register, planner, **{"patient.name": "Ana Test"})
    review = next(p for p in plan_of(planner).decision_points if p.review)  # the week-4 review
    when = plan_of(planner).date_of(review.day)
    assert when is not None
    ahead = (when - TODAY).days
    assert register.due(TODAY, within_days=ahead - 1) == []
    assert any(r.label.startswith(review.label) for r in register.due(TODAY, within_days=ahead))
    assert register.patients()[0].next_due == when


def test_urgent_items_appear_first_on_the_visit_date(register: Register, planner: Planner) -> None:
    save(register, planner, **{"patient.name": "Ana Test", "fracture.neuro_deficit": True})
    rows = register.due(TODAY, within_days=0)
    assert rows
    assert all(r.urgent and r.bucket == "today" and r.item for r in rows)


def test_a_decision_point_that_is_not_a_visit_is_not_due(planner: Planner) -> None:
    """The end of the calcitonin start window (day 5) is on the timeline, not a visit the clinic
    books: it never appears on the due list, nor as overdue."""
    plan = plan_of(planner, onset_date="2026-11-20")  # day 1: the start window ends at day 5, ahead
    window = next(p for p in plan.decision_points if not p.review)
    assert window.day > plan.day
    assert window.label not in {d.label for d in due_items(plan)}
