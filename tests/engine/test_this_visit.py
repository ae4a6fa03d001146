"""The top of the plan: what to do at this visit, and the next review."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from desktop.engine import Planner
from desktop.engine.case.case import Case
from desktop.engine.plan.this_visit import ADVISE, ARRANGE, CONSIDER, START, URGENT, this_visit
from desktop.report.this_visit_html import this_visit_html, this_visit_text
from desktop.report.words import ENGLISH


def sections(planner: Planner, case: Case, declined: tuple[str, ...] = ()) -> dict[str, list[str]]:
    visit = this_visit(planner.plan(case), set(declined))
    return {name: [line.item for line in visit.section(name)] for name in (URGENT, START, ARRANGE, ADVISE, CONSIDER)}


def test_a_standard_acute_case_lists_what_to_start_arrange_and_advise_today(
    planner: Planner, make_case: Callable[..., Case]
) -> None:
    got = sections(planner, make_case(**{"fracture.levels": ["L3"], "pain.nrs": 7}))
    assert got[URGENT] == []
    assert got[START][:2] == ["paracetamol", "calcitonin"]  # in the plan's order
    assert "alendronate" in got[START]
    assert "calcium_vitamin_d" in got[START]
    assert "falls_assessment" in got[ARRANGE]
    assert got[ADVISE] == ["early_mobilisation"]
    assert "nsaid" in got[CONSIDER]
    listed = {i for ids in got.values() for i in ids}
    # alternatives to the first choice, later decisions and what is advised against are not today's
    assert not listed & {"risedronate", "denosumab", "l2_nerve_root_block", "kyphoplasty_referral", "vertebroplasty",
                         "exercise_programme"}


def test_the_next_review_is_the_week_4_review_with_what_it_decides(
    planner: Planner, make_case: Callable[..., Case]
) -> None:
    visit = this_visit(planner.plan(make_case()))
    assert visit.next_review is not None
    assert visit.next_review.day == 28
    assert visit.next_review_date == date(2026, 12, 16)
    assert "Next review: 2026-12-16 (day 28): Week 4 review" in this_visit_html(visit, ENGLISH)


def test_a_neurological_deficit_puts_the_urgent_spine_referral_first(
    planner: Planner, make_case: Callable[..., Case]
) -> None:
    got = sections(planner, make_case(**{"fracture.neuro_deficit": True}))
    assert got[URGENT] == ["urgent_spine_referral"]
    assert "calcitonin" not in got[START]
    text = this_visit_text(this_visit(planner.plan(make_case(**{"fracture.neuro_deficit": True}))), ENGLISH)
    assert text[1].startswith("  Urgent today: Urgent spine surgery referral")


def test_an_overdue_denosumab_dose_is_urgent_today(planner: Planner, make_case: Callable[..., Case]) -> None:
    case = make_case(**{"history.antiresorptive": "denosumab", "history.antiresorptive_since": "2025-01-10",
                        "history.last_denosumab_dose": "2026-01-10"})
    assert "denosumab" in sections(planner, case)[URGENT]


def test_a_declined_item_is_not_on_the_list(planner: Planner, make_case: Callable[..., Case]) -> None:
    case = make_case()
    assert "calcitonin" in sections(planner, case)[START]
    assert "calcitonin" not in sections(planner, case, declined=("calcitonin",))[START]


def test_a_window_that_ends_today_says_today_only(planner: Planner, make_case: Callable[..., Case]) -> None:
    visit = this_visit(planner.plan(make_case(**{"pain.nrs": 8})))
    html = this_visit_html(visit, ENGLISH, links=True)
    assert "Opioid analgesia for severe pain · Consider, today only" in html
    assert "Calcitonin, 4-week course · Recommended, until 2026-12-19" in html
    assert "<a href='item:calcitonin'>" in html
