"""The printed summary stays short: sources by key and short name, item texts only where a
drug may be given, visits with what changed from what to what."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from desktop.engine import Planner
from desktop.engine.case.case import Case
from desktop.engine.case.history import Change, Visit
from desktop.report.summary_html import summary_html
from desktop.report.words import ENGLISH

TODAY = date(2026, 11, 21)


def test_sources_are_listed_by_key_and_short_name(planner: Planner, make_case: Callable[..., Case]) -> None:
    plan = planner.plan(make_case())
    html = summary_html(plan, {}, [], TODAY, ENGLISH)
    sources = html[html.index("<b>Sources:</b>"):]
    for sid in plan.cited():
        assert f"<b>{sid}</b> " in sources
    assert "http" not in sources  # the links are in Help > About
    assert "Full titles and links: Help &gt; About in the app." in sources


def test_what_may_not_be_given_says_why_not_its_dose(planner: Planner, make_case: Callable[..., Case]) -> None:
    plan = planner.plan(make_case())
    html = summary_html(plan, {}, [], TODAY, ENGLISH)
    vertebroplasty = plan.item("vertebroplasty")
    alendronate = plan.item("alendronate")
    assert vertebroplasty is not None
    assert alendronate is not None
    assert vertebroplasty.reason in html
    assert vertebroplasty.detail not in html
    assert "Alendronate 70 mg by mouth once a week" in html  # the first choice keeps its dose and schedule


def test_a_visit_shows_each_changed_answer_from_and_to(planner: Planner, make_case: Callable[..., Case]) -> None:
    plan = planner.plan(make_case())
    visit = Visit(date(2026, 10, 1), 10, "acute", {"version": "2.0.0"}, "default",
                  (Change("pain.nrs", 7, 3), Change("fracture.red_flags", None, [])), ())
    html = summary_html(plan, {}, [visit], TODAY, ENGLISH)
    assert "Pain (NRS): 7 → 3" in html
    assert "Red flags: unknown → none" in html
