"""An answer to a question that does not apply (pregnancy for a man) is ignored, with a note,
as the wizard never asks it: a case file cannot plan what the wizard could not."""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop.engine import Planner, RulePack, validate_case
from desktop.engine.case.case import CASE_FORMAT


def _raw(**patient: Any) -> dict[str, Any]:
    return {"format": CASE_FORMAT, "visit_date": "2026-11-21", "onset_date": "2026-11-21",
            "patient": {"age": 18, "sex": "male", **patient},
            "fracture": {"levels": ["L3"], "neuro_deficit": False, "red_flags": []}, "pain": {"nrs": 7},
            "safety": {"egfr": 30}, "history": {"antiresorptive": "none", "anabolic": "none"}}


def test_pregnancy_recorded_for_a_man_is_ignored_and_said(pack: RulePack) -> None:
    planner = Planner(pack, pack.profiles[pack.default_profile])
    case = validate_case(pack, _raw(pregnancy_possible=True), planner.params, date(2026, 11, 21))
    assert case.answers["patient.pregnancy_possible"] is None
    assert case.ignored == ["patient.pregnancy_possible"]
    plan = planner.plan(case)
    assert ("patient.pregnancy_possible", "not asked for these answers: ignored") in \
        [(w.input, w.text) for w in plan.input_warnings]
    assert "pregnancy_possible" not in {a.id for a in plan.alerts}  # no pregnancy alert for a man
    same = planner.plan(validate_case(pack, _raw(), planner.params, date(2026, 11, 21)))
    assert [(i.id, i.status) for i in plan.items] == [(i.id, i.status) for i in same.items]


def test_the_same_answer_for_a_woman_who_is_asked_stands(pack: RulePack) -> None:
    planner = Planner(pack, pack.profiles[pack.default_profile])
    raw = _raw(sex="female", age=30, pregnancy_possible=True)
    case = validate_case(pack, raw, planner.params, date(2026, 11, 21))
    assert case.answers["patient.pregnancy_possible"] is True
    assert case.ignored == []
    assert "pregnancy_possible" in {a.id for a in planner.plan(case).alerts}
