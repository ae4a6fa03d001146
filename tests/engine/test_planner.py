"""The plan a clinician reads: statuses, dates, reasons, sources and assumptions."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import edit
from desktop.engine import Planner, RulePack, load_profile_file
from desktop.engine.case.case import Case


def test_plan_json_contract(planner: Planner, make_case: Callable[..., Case]) -> None:
    data = planner.plan(make_case()).to_dict()
    assert data["format"] == "ovcf-plan/1"
    assert data["rule_pack"]["signed"] is True  # an unsigned (authoring) pack says so in every plan
    assert set(data["rule_pack"]) == {"id", "version", "sha256", "signed"}
    assert len(data["rule_pack"]["sha256"]) == 64
    assert data["profile"]["id"] == "default"
    assert (data["day"], data["phase"]) == (3, "acute")
    item_keys = {"id", "lane", "status", "start_day", "end_day", "title", "detail", "strength", "sources", "because"}
    for item in data["items"]:
        assert item_keys <= set(item)
    assert all({"id", "severity", "text", "sources"} <= set(a) for a in data["alerts"])
    assert all({"day", "label"} <= set(d) for d in data["decision_points"])
    json.dumps(data)  # serialisable as it is


def test_every_item_says_why(planner: Planner, make_case: Callable[..., Case], pack: RulePack) -> None:
    plan = planner.plan(make_case(**{"fracture.levels": ["L3", "L4"], "pain.nrs": 8}))
    for item in plan.items:
        assert item.sources, item.id
        assert all(s in pack.sources for s in item.sources), item.id
        assert item.strength in pack.strengths, item.id
        assert item.because, item.id
        assert item.reason, item.id


def test_because_lists_the_answers_that_decided_calcitonin(planner: Planner, make_case: Callable[..., Case]) -> None:
    item = planner.plan(make_case()).item("calcitonin")
    assert item is not None
    assert [(b.field, b.display) for b in item.because] == [
        ("fracture.neuro_deficit", "no"),
        ("safety.calcitonin_hypersensitivity", "no"),
        ("safety.calcium_status", "Normal"),
        ("history.calcitonin_started", "not started"),
        ("day", "3"),
    ]


def test_unknown_safety_facts_become_assumptions_on_the_items_that_needed_them(
    planner: Planner, make_case: Callable[..., Case]
) -> None:
    plan = planner.plan(make_case(**{"safety.egfr": None, "safety.calcium_status": None}))
    assumed = {a.input: a.text for a in plan.assumptions}
    assert "renal limits" in assumed["safety.egfr"]
    assert "Serum calcium not known" in assumed["safety.calcium_status"]
    alendronate = plan.item("alendronate")
    assert alendronate is not None
    assert "safety.egfr" in alendronate.assumptions
    assert any("safety.calcium_status" in item.assumptions for item in plan.items)
    exercise = plan.item("exercise")
    assert exercise is not None
    assert exercise.assumptions == ()  # it read neither


def test_a_question_not_asked_of_this_patient_is_not_an_assumption(
    planner: Planner, make_case: Callable[..., Case]
) -> None:
    """Pregnancy and menopause are asked of women under 55 only: at 74 their empty answers are
    neither assumptions nor "answers used"; at 19 both are asked, so left empty they are."""
    older = planner.plan(make_case())
    assert {a.input for a in older.assumptions} & {"patient.pregnancy_possible", "patient.postmenopausal"} == set()
    alendronate = older.item("alendronate")
    assert alendronate is not None
    assert "patient.pregnancy_possible" not in {b.field for b in alendronate.because}
    young = planner.plan(make_case(**{"patient.age": 19}))
    assert {"patient.pregnancy_possible", "patient.postmenopausal"} <= {a.input for a in young.assumptions}


def test_a_missing_denosumab_date_is_asked_for_only_on_denosumab(
    planner: Planner, make_case: Callable[..., Case]
) -> None:
    never = planner.plan(make_case())
    assert "history.last_denosumab_dose" not in {a.input for a in never.assumptions}  # empty: none recorded
    assert "denosumab_date_unknown" not in {a.id for a in never.alerts}
    on_it = planner.plan(make_case(**{"history.antiresorptive": "denosumab"}))
    (alert,) = [a for a in on_it.alerts if a.id == "denosumab_date_unknown"]
    assert alert.text.startswith("Date of the last denosumab injection not known")
    denosumab = on_it.item("denosumab")
    assert denosumab is not None
    assert denosumab.status == "continue"


def test_decision_points_are_dated_and_in_order(planner: Planner, make_case: Callable[..., Case]) -> None:
    plan = planner.plan(make_case())
    assert [(d.id, d.day) for d in plan.decision_points] == [
        ("calcitonin_start_window", 5),
        ("week4_review", 28),
        ("kyphoplasty_referral_point", 56),
        ("month6", 182),
        ("month12", 365),
    ]
    assert str(plan.date_of(28)) == "2026-12-16"


@pytest.mark.parametrize(("onset", "day", "phase"), [
    ("2026-11-21", 0, "acute"),
    ("2026-10-25", 27, "acute"),
    ("2026-10-24", 28, "subacute"),
    ("2026-08-30", 83, "subacute"),
    ("2026-08-29", 84, "chronic"),
])
def test_phase_boundaries_of_the_default_profile(
    planner: Planner, make_case: Callable[..., Case], onset: str, day: int, phase: str
) -> None:
    plan = planner.plan(make_case(onset_date=onset))
    assert (plan.day, plan.phase) == (day, phase)


def test_a_profile_file_moves_the_chronic_threshold_and_says_so(
    pack: RulePack, make_case: Callable[..., Case], tmp_path: Path
) -> None:
    profile_path = tmp_path / "site.yaml"
    profile_path.write_text((Path(pack.directory) / "profiles" / "default.yaml").read_text(), encoding="utf-8")
    edit(profile_path, "chronic_threshold_day: 84", "chronic_threshold_day: 56")
    edit(profile_path, "id: default", "id: two_months")
    site = Planner(pack, load_profile_file(pack, profile_path))
    plan = site.plan(make_case(onset_date="2026-09-26"))  # day 56
    assert plan.phase == "chronic"
    choice = next(c for c in plan.choices if c.parameter == "chronic_threshold_day")
    assert (choice.value, choice.sources) == (56, ("SEED-000",))
    assert plan.to_dict()["profile"]["id"] == "two_months"


def test_sources_of_the_plan_carry_titles_and_unconfirmed_flags(
    planner: Planner, make_case: Callable[..., Case]
) -> None:
    data = planner.plan(make_case(**{"fracture.red_flags": ["high_energy_trauma"]})).to_dict()
    assert data["sources"]["S3"]["short"] == "AAOS 2010 rec 1"
    assert data["sources"]["EVID-3"]["confirmed"] is False
    assert set(data["sources"]) == set(planner.plan(make_case(**{"fracture.red_flags": ["high_energy_trauma"]})).cited())
