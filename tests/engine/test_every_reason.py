"""Every contraindication and precondition of an antiresorptive is listed, not only the first
(`every_reason` in rules/items/antiresorptives.yaml, pack.yaml's status group)."""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop.engine import Planner, RulePack, validate_case
from desktop.engine.case.case import CASE_FORMAT


def _plan(pack: RulePack, **changes: Any) -> Any:
    raw: dict[str, Any] = {
        "format": CASE_FORMAT, "visit_date": "2026-11-21", "onset_date": "2026-11-19",
        "patient": {"age": 74, "sex": "female"},
        "fracture": {"levels": ["L3"], "neuro_deficit": False, "red_flags": []},
        "pain": {"nrs": 7},
        "safety": {"egfr": 58, "calcium_status": "normal", "oral_bisphosphonate_unsuitable": False,
                   "nsaid_risks": [], "calcitonin_hypersensitivity": False, "invasive_dental_work_planned": False},
        "history": {"antiresorptive": "none", "anabolic": "none"},
    }
    for key, value in changes.items():
        group, field = key.split("__")
        raw[group][field] = value
    planner = Planner(pack, pack.profiles[pack.default_profile])
    return planner.plan(validate_case(pack, raw, planner.params, date(2026, 11, 21)))


def test_low_calcium_and_planned_dental_work_are_both_said(pack: RulePack) -> None:
    item = _plan(pack, safety__calcium_status="low", safety__invasive_dental_work_planned=True).item("alendronate")
    assert item.status == "conditional"
    assert item.reason.startswith("Correct calcium and vitamin D first, then start.")
    assert "Also: Dental review and planned invasive dental work first, then start." in item.reason
    assert {"S45", "S46"} <= set(item.sources)  # both rules' sources
    alone = _plan(pack, safety__calcium_status="low").item("alendronate")
    assert "Also:" not in alone.reason


def test_a_conditional_start_waits_for_the_last_precondition(pack: RulePack) -> None:
    # on denosumab (last injection 1 Oct) at 45: the work-up first, and no bisphosphonate
    # before 6 months after the last injection (the transition)
    plan = _plan(pack, patient__age=45, patient__postmenopausal=True,
                 history__antiresorptive="denosumab", history__last_denosumab_dose="2026-10-01")
    item = plan.item("zoledronic_acid")
    assert item.choice == "alternative"  # denosumab is continued; the alternative keeps its window
    assert "Fragility fracture before age 50" in item.reason
    assert "Also: Planned transition if denosumab is ever stopped" in item.reason
    assert plan.date_of(item.start_day) == date(2027, 4, 1)  # 1 Oct 2026 + 182 days, not today


def test_two_contraindications_are_both_said(pack: RulePack) -> None:
    item = _plan(pack, safety__egfr=20, safety__oral_bisphosphonate_unsuitable=True).item("risedronate")
    assert item.status == "contraindicated"
    assert "Also: Oesophageal disorder" in item.reason


def test_items_not_marked_keep_their_first_reason_only(pack: RulePack) -> None:
    # the kyphoplasty referral's timing and its unanswered question are not listed together
    item = _plan(pack).item("kyphoplasty_referral")
    assert item.status == "conditional"
    assert "Also:" not in item.reason


def test_the_word_also_is_translated_with_the_pack() -> None:
    from desktop import paths
    from desktop.engine import load_rule_pack

    pack_fr = load_rule_pack(paths.rules_dir(), language="fr")
    item = _plan(pack_fr, safety__calcium_status="low", safety__invasive_dental_work_planned=True).item("alendronate")
    assert "Aussi : " in item.reason
