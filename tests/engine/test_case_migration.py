"""Case format 2: `safety.low_calcium` (yes/no) became `safety.calcium_status` (low, normal,
high, unknown). Files of format 1 keep opening, migrated as rules/questions.yaml says
(`replaces`), the plan lists what the migration assumed, and saving writes format 2."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from conftest import REPO, case_data
from desktop.casefile import case_text, open_case, save_case
from desktop.engine import CaseErrors, Planner, RulePack, parse_case_text, read_case_file, validate_case

V1_FILE = REPO / "tests" / "data" / "cases" / "v1_acute_l3.yaml"  # kept in format 1 on purpose
TODAY = date(2026, 11, 21)


def v1(**safety: Any) -> dict[str, Any]:
    data = case_data()
    data["format"] = "ovcf-case/1"
    del data["safety"]["calcium_status"]
    data["safety"].update(safety)
    return data


def test_a_version_1_file_opens_and_its_plan_lists_the_migration(pack: RulePack, planner: Planner) -> None:
    raw = read_case_file(V1_FILE)
    assert raw["format"] == "ovcf-case/1"
    assert raw["safety"]["low_calcium"] is False
    case = validate_case(pack, raw, planner.params, today=TODAY)
    assert case.answers["safety.calcium_status"] == "normal"
    plan = planner.plan(case)
    notes = [w for w in plan.input_warnings if w.input == "safety.calcium_status"]
    assert [w.text for w in notes] == [
        'Read from a case file of version 1: "Low serum calcium: no" was taken as "Calcium status: Normal". '
        "Version 1 did not ask about high calcium: check it."]


def test_low_calcium_true_plans_as_calcium_status_low(pack: RulePack, planner: Planner) -> None:
    case = validate_case(pack, v1(low_calcium=True), planner.params, today=TODAY)
    assert case.answers["safety.calcium_status"] == "low"
    plan = planner.plan(case)
    assert "low_calcium" in {a.id for a in plan.alerts}
    assert plan.item("alendronate").status == "conditional"
    assert any('"Low serum calcium: yes" was taken as "Calcium status: Low"' in w.text for w in plan.input_warnings)
    same = planner.plan(validate_case(pack, case_data(**{"safety.calcium_status": "low"}), planner.params,
                                      today=TODAY))
    assert [(i.id, i.status) for i in plan.items] == [(i.id, i.status) for i in same.items]


@pytest.mark.parametrize("safety", [{"low_calcium": None}, {}])
def test_unknown_or_absent_low_calcium_is_unknown_calcium(pack: RulePack, planner: Planner,
                                                          safety: dict[str, Any]) -> None:
    case = validate_case(pack, v1(**safety), planner.params, today=TODAY)
    assert case.answers["safety.calcium_status"] is None
    plan = planner.plan(case)
    assert "safety.calcium_status" in [a.input for a in plan.assumptions]  # not known: said so
    assert not [w for w in plan.input_warnings if w.input == "safety.calcium_status"]  # nothing was assumed


def test_a_bad_old_value_is_refused_naming_the_old_field(pack: RulePack, planner: Planner) -> None:
    with pytest.raises(CaseErrors) as caught:
        validate_case(pack, v1(low_calcium="yes"), planner.params, today=TODAY)
    assert "safety.low_calcium: 'yes' is not allowed (allowed: 'true', 'false', nothing)" in str(caught.value)


def test_the_old_field_is_not_a_field_of_format_2(pack: RulePack, planner: Planner) -> None:
    data = case_data(**{"safety.low_calcium": False})
    with pytest.raises(CaseErrors) as caught:
        validate_case(pack, data, planner.params, today=TODAY)
    assert "safety.low_calcium: unknown field" in str(caught.value)
    both = v1(low_calcium=False, calcium_status="high")
    with pytest.raises(CaseErrors) as caught:
        validate_case(pack, both, planner.params, today=TODAY)
    assert "safety.calcium_status: not a field of ovcf-case/1" in str(caught.value)


def test_unknown_is_written_as_unknown_and_read_as_not_known(pack: RulePack, planner: Planner) -> None:
    case = validate_case(pack, case_data(**{"safety.calcium_status": "unknown"}), planner.params, today=TODAY)
    assert case.answers["safety.calcium_status"] is None  # the same as not answered, for every rule
    text = case_text(pack, case)
    assert "calcium_status: unknown" in text
    again = validate_case(pack, parse_case_text(text), planner.params, today=TODAY)
    assert again.answers == case.answers


def test_a_version_1_file_saved_again_is_format_2(pack: RulePack, planner: Planner, tmp_path: Path) -> None:
    opened = open_case(pack, planner.params, V1_FILE, TODAY)
    out = tmp_path / "saved.yaml"
    save_case(planner, out, opened.answers, opened.previous, opened.decisions, opened.visits, TODAY)
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# OVCF Pathway case file (ovcf-case/2)\nformat: ovcf-case/2\n")
    assert "low_calcium" not in text
    assert "calcium_status: normal" in text
    saved = validate_case(pack, read_case_file(out), planner.params, today=TODAY)
    assert saved.answers["safety.calcium_status"] == "normal"
    assert not saved.migrated


def test_a_recorded_change_of_the_old_field_maps_onto_the_new_question(pack: RulePack, planner: Planner,
                                                                        tmp_path: Path) -> None:
    data = v1(low_calcium=True)
    data["visits"] = [{"date": "2026-11-21", "day": 3, "phase": "acute", "rule_pack": {"version": "1.0.0"},
                       "profile": "default", "key_items": [],
                       "changed": [{"field": "safety.low_calcium", "from": False, "to": True}]}]
    path = tmp_path / "visit.yaml"
    from desktop.engine.pack.safe_read import dump_yaml

    path.write_text(dump_yaml(data), encoding="utf-8")
    opened = open_case(pack, planner.params, path, TODAY)  # the same day: the visit continued
    assert opened.previous is not None
    assert opened.previous["safety.calcium_status"] == "normal"
    assert opened.answers["safety.calcium_status"] == "low"
