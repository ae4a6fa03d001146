"""Red flags first: before the answers are complete, what a red flag already decides."""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop.engine import Planner
from desktop.engine.case.routing import Router, default_answers
from desktop.engine.plan.early import early_plan

VISIT = date(2026, 11, 21)


def partial(planner: Planner, **answers: Any) -> dict[str, Any]:
    """The wizard's answers with only these given (dotted ids), as the router validates them."""
    router = Router(planner.pack, planner.params)
    given = default_answers(router, VISIT)
    given.update({"onset_date": date(2026, 11, 19), "patient.age": 71, "patient.sex": "female"})
    given.update({k.replace("__", "."): v for k, v in answers.items()})
    return router.valid_answers(router.effective_answers(given))


def test_a_neurological_deficit_shows_its_alert_and_the_urgent_referral_before_pain_is_asked(planner: Planner) -> None:
    early = early_plan(planner, partial(planner, fracture__levels=["L3"], fracture__neuro_deficit=True))
    assert [a.id for a in early.alerts] == ["neuro_deficit"]
    (item,) = early.items
    assert (item.id, item.status, item.start_day, item.end_day) == ("urgent_spine_referral", "urgent", 2, 2)
    assert early.sources  # the alert's sources, by their short names on screen
    assert set(early.sources) == {s for a in early.alerts for s in a.sources} | set(item.sources)


def test_a_suspected_infection_shows_the_urgent_work_up(planner: Planner) -> None:
    early = early_plan(planner, partial(planner, fracture__levels=["L1"], fracture__neuro_deficit=False,
                                         fracture__red_flags=["infection_suspected"]))
    assert [a.id for a in early.alerts] == ["infection_suspected"]
    assert [i.id for i in early.items] == ["red_flag_workup"]


def test_nothing_is_shown_that_a_later_answer_could_change(planner: Planner) -> None:
    assert not early_plan(planner, partial(planner))  # no red flag answered: nothing certain
    assert not early_plan(planner, partial(planner, fracture__levels=["L3"], fracture__neuro_deficit=False,
                                            fracture__red_flags=[]))
    # overdue denosumab: the alerts hold whatever comes, the dose itself waits for the safety answers
    early = early_plan(planner, partial(planner, history__antiresorptive="denosumab",
                                        history__antiresorptive_since=date(2025, 1, 10),
                                        history__last_denosumab_dose=date(2026, 1, 10)))
    assert {"denosumab_overdue", "denosumab_do_not_stop"} <= {a.id for a in early.alerts}
    assert "denosumab" not in {i.id for i in early.items}


def test_without_an_onset_nothing_is_dated_so_nothing_is_shown(planner: Planner) -> None:
    answers = partial(planner, fracture__neuro_deficit=True)
    answers["onset_date"] = None
    assert not early_plan(planner, answers)
