"""Bad input in a case file gets a clear message naming each bad field and what is allowed."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from conftest import case_data
from desktop.engine import CaseErrors, Planner, RulePack, case_to_data, parse_case_text, validate_case

TODAY = date(2026, 11, 21)


def problems(pack: RulePack, planner: Planner, data: Any) -> dict[str, str]:
    with pytest.raises(CaseErrors) as caught:
        validate_case(pack, data, planner.params, today=TODAY)
    return {e.field: e.message for e in caught.value.errors}


def test_the_base_case_is_valid(pack: RulePack, planner: Planner) -> None:
    case = validate_case(pack, case_data(), planner.params, today=TODAY)
    assert case.answers["patient.age"] == 74
    assert case.answers["onset_date"] == date(2026, 11, 18)


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"patient.age": 200}, "patient.age", "200 is out of range (allowed 18 to 120 years)"),
        ({"patient.age": 17}, "patient.age", "17 is out of range (allowed 18 to 120 years)"),
        ({"patient.age": "seventy"}, "patient.age", "'seventy' is not a whole number (allowed 18 to 120 years)"),
        ({"patient.age": 74.5}, "patient.age", "74.5 is not a whole number (allowed 18 to 120 years)"),
        ({"patient.sex": "f"}, "patient.sex", "'f' is not allowed (allowed: female, male)"),
        ({"fracture.levels": ["L7"]}, "fracture.levels", "'L7' not allowed (allowed: T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, L1, L2, L3, L4, L5)"),
        ({"fracture.levels": []}, "fracture.levels", "choose at least 1 (allowed: T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, L1, L2, L3, L4, L5)"),
        ({"fracture.levels": ["L1", "L1"]}, "fracture.levels", "a value is listed twice"),
        ({"fracture.levels": "L1"}, "fracture.levels", "expected a list, got 'L1' (allowed values: T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, L1, L2, L3, L4, L5)"),
        ({"fracture.neuro_deficit": "no"}, "fracture.neuro_deficit", "'no' is not allowed (true or false)"),
        ({"fracture.red_flags": ["cancer"]}, "fracture.red_flags", "'cancer' not allowed (allowed: malignancy_suspected, infection_suspected, high_energy_trauma, posterior_wall_involvement, progressive_deformity)"),
        ({"pain.nrs": 11}, "pain.nrs", "11 is out of range (allowed 0 to 10)"),
        ({"pain.persistent": "maybe"}, "pain.persistent", "'maybe' is not allowed (true, false or empty (unknown))"),
        ({"safety.egfr": -5}, "safety.egfr", "-5 is out of range (allowed 0 to 200 mL/min)"),
        ({"safety.egfr": True}, "safety.egfr", "'true' is not a number (allowed 0 to 200 mL/min)"),
        ({"onset_date": "18/11/2026"}, "onset_date", "'18/11/2026' is not a date: use YYYY-MM-DD"),
        ({"onset_date": "2026-12-01"}, "onset_date", "2026-12-01 is after the visit date (2026-11-21)"),
        ({"visit_date": "1850-01-01"}, "visit_date", "1850-01-01 is not a plausible date (years 1900 to 2100)"),
        ({"history.calcitonin_started": "2026-11-10"}, "history.calcitonin_started", "2026-11-10 is before the onset date (2026-11-18)"),
        ({"history.calcitonin_started": "2026-11-25"}, "history.calcitonin_started", "2026-11-25 is after the visit date (2026-11-21)"),
        ({"history.antiresorptive": "teriparatide"}, "history.antiresorptive", "'teriparatide' is not allowed (allowed: none, alendronate, risedronate, ibandronate, zoledronic_acid, denosumab)"),
        ({"history.antiresorptive_since": "2025-01-01"}, "history.antiresorptive_since", "does not apply to these answers: leave it empty"),
        ({"patient.weight": 60}, "patient.weight",
         "unknown field (allowed: age, height_cm, name, postmenopausal, pregnancy_possible, sex, weight_kg)"),
        ({"patient": "old lady"}, "patient", "expected a group of fields, got 'old lady'"),
    ],
)
def test_bad_field_is_named_with_what_is_allowed(
    pack: RulePack, planner: Planner, changes: dict[str, Any], field: str, message: str
) -> None:
    assert problems(pack, planner, case_data(**changes)) == {field: message}


def test_every_bad_field_is_reported_at_once(pack: RulePack, planner: Planner) -> None:
    data = case_data(**{"patient.age": 200, "fracture.levels": ["L7"], "onset_date": "2026-12-18"})
    assert set(problems(pack, planner, data)) == {"patient.age", "fracture.levels", "onset_date"}


def test_required_answers_must_be_there(pack: RulePack, planner: Planner) -> None:
    data = case_data()
    del data["onset_date"], data["patient"]["age"], data["fracture"]["neuro_deficit"], data["pain"]
    assert problems(pack, planner, data) == {
        "onset_date": "required",
        "patient.age": "required",
        "fracture.neuro_deficit": "required",
        "pain.nrs": "required",
    }


def test_missing_optional_answers_are_unknown_and_visit_defaults_to_today(pack: RulePack, planner: Planner) -> None:
    data = case_data()
    del data["visit_date"], data["safety"], data["history"]
    case = validate_case(pack, data, planner.params, today=TODAY)
    assert case.answers["visit_date"] == TODAY
    assert case.answers["safety.egfr"] is None
    assert case.answers["safety.nsaid_risks"] is None
    assert case.answers["history.antiresorptive"] == "none"


@pytest.mark.parametrize(
    ("fmt", "message"),
    [
        (None, "missing: expected ovcf-case/2"),
        ("ovcf-case/3", "written by a newer version of OVCF Pathway (ovcf-case/3); this version reads ovcf-case/2"),
        ("something", "'something' is not an OVCF case (ovcf-case/2)"),
    ],
)
def test_format_is_checked(pack: RulePack, planner: Planner, fmt: str | None, message: str) -> None:
    data = case_data()
    if fmt is None:
        del data["format"]
    else:
        data["format"] = fmt
    assert problems(pack, planner, data) == {"format": message}


def test_malformed_yaml_names_the_line() -> None:
    with pytest.raises(CaseErrors) as caught:
        parse_case_text("format: ovcf-case/2\npatient: {age: 70\n", "case.yaml")
    assert "line 3: malformed YAML" in str(caught.value)


def test_billion_laughs_is_refused_without_expanding() -> None:
    bomb = "a: &a ['lol','lol','lol','lol','lol','lol','lol','lol','lol']\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8)
    )
    with pytest.raises(CaseErrors) as caught:
        parse_case_text(bomb, "bomb.yaml")
    assert "aliases" in str(caught.value)


def test_malformed_json_names_the_line() -> None:
    with pytest.raises(CaseErrors) as caught:
        parse_case_text('{"format": "ovcf-case/2",\n "patient": }', "case.json")
    assert "line 2: malformed JSON" in str(caught.value)


def test_yaml_that_is_not_a_mapping(pack: RulePack, planner: Planner) -> None:
    assert problems(pack, planner, ["a", "list"]) == {"": "a case must be a mapping of fields, got a list"}


def test_round_trip_through_file_data(pack: RulePack, planner: Planner) -> None:
    data = case_data(**{"history.calcitonin_started": "2026-11-19", "safety.egfr": 44.5})
    case = validate_case(pack, data, planner.params, today=TODAY)
    again = validate_case(pack, case_to_data(pack, case), planner.params, today=TODAY)
    assert again.answers == case.answers


def test_onset_long_ago_is_a_warning_not_an_error(pack: RulePack, planner: Planner) -> None:
    case = validate_case(pack, case_data(onset_date="2023-01-01"), planner.params, today=TODAY)
    assert case.warnings == [("onset_date", "The onset is more than 2 years before the visit: check the date.")]


# -- decisions and visit history: any shape is a CaseError naming the field (issue 9) ---------------
VISIT = {
    "date": "2026-11-20", "day": 2, "phase": "acute", "profile": "default",
    "rule_pack": {"id": "ovcf-pathway", "version": "1.0.0", "sha256": "0" * 64},
    "changed": [{"field": "pain.nrs", "from": None, "to": 7}],
    "key_items": [{"id": "calcitonin", "status": "recommended"}],
}
DECISION = {"item": "calcitonin", "decision": "accepted", "reason": "", "note": "", "date": "2026-11-21"}


def with_history(decision: dict[str, Any] | None = None, visit: dict[str, Any] | None = None, **raw: Any) -> Any:
    data = case_data()
    data["decisions"] = raw.get("decisions", [{**DECISION, **(decision or {})}])
    data["visits"] = raw.get("visits", [{**VISIT, **(visit or {})}])
    return data


def test_a_good_history_is_read(pack: RulePack, planner: Planner) -> None:
    case = validate_case(pack, with_history(), planner.params, today=TODAY)
    assert (case.visits[0].day, case.decisions[0].item) == (2, "calcitonin")


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        (with_history(decisions="calcitonin"), "decisions", "expected a list, got 'calcitonin'"),
        (with_history(decisions=[["calcitonin"]]), "decisions[0]", "expected item, decision and date"),
        (with_history({"item": ["calcitonin"]}), "decisions[0].item", "a list is not an item of the rule pack"),
        (with_history({"reason": {"why": 1}}), "decisions[0].reason", "a mapping is not allowed (allowed: "),
        (with_history({"decision": ["accepted"]}), "decisions[0].decision", "a list is not allowed"),
        (with_history({"note": {"a": 1}}), "decisions[0].note", "expected text"),
        (with_history({"date": "9999-01-01"}), "decisions[0].date", "9999-01-01 is not a plausible date"),
        (with_history({"date": ["2026-11-21"]}), "decisions[0].date", "a list is not a date"),
        (with_history(visits={"date": "2026-11-20"}), "visits", "expected a list, got a mapping"),
        (with_history(visits=["2026-11-20"]), "visits[0]", "expected exactly the fields"),
        (with_history(visit={"date": "9999-12-31"}), "visits[0].date", "9999-12-31 is not a plausible date (years 1900 to 2100)"),
        (with_history(visit={"date": 20261120}), "visits[0].date", "20261120 is not a date: use YYYY-MM-DD"),
        (with_history(visit={"day": -5}), "visits[0].day", "-5 is out of range (allowed at least 0)"),
        (with_history(visit={"day": "two"}), "visits[0].day", "'two' is not a whole number (allowed at least 0)"),
        (with_history(visit={"phase": ["acute"]}), "visits[0].phase", "expected text, got a list"),
        (with_history(visit={"profile": {"id": 1}}), "visits[0].profile", "expected text, got a mapping"),
        (with_history(visit={"rule_pack": "ovcf"}), "visits[0].rule_pack", "expected a group of fields, got 'ovcf'"),
        (with_history(visit={"rule_pack": {"id": [1]}}), "visits[0].rule_pack.id", "expected text, got a list"),
        (with_history(visit={"changed": "pain.nrs"}), "visits[0].changed", "expected a list, got 'pain.nrs'"),
        (with_history(visit={"changed": [["pain.nrs", 1, 2]]}), "visits[0].changed[0]", "expected exactly the fields field, from, to"),
        (with_history(visit={"changed": [{"field": 5, "from": 1, "to": 2}]}), "visits[0].changed[0].field", "expected text, got 5"),
        (with_history(visit={"changed": [{"field": "pain.nrs", "from": {"a": 1}, "to": 2}]}), "visits[0].changed[0].from", "expected a value or a list of values, got a mapping"),
        (with_history(visit={"key_items": {"calcitonin": 1}}), "visits[0].key_items", "expected a list, got a mapping"),
        (with_history(visit={"key_items": [{"id": "calcitonin", "status": ["x"]}]}), "visits[0].key_items[0].status", "a list is not allowed"),
    ],
)
def test_bad_history_is_a_case_error_naming_the_field(
    pack: RulePack, planner: Planner, data: Any, field: str, message: str
) -> None:
    found = problems(pack, planner, data)
    assert list(found) == [field]
    assert message in found[field]
