"""What the app shows about the patient and how it lays out the spine come from the rule
pack (rules/pack.yaml `patient`, a question's `grid`), checked when the pack loads."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import edit, line_of
from desktop.engine import Planner, RulePackErrors, load_rule_pack, read_case_file, validate_case
from desktop.report.summary_html import patient_line
from desktop.report.words import ENGLISH

LEVEL_ROWS = "      - [L1, L2, L3, L4, L5]\n"


def test_the_patient_line_is_the_packs(rules_copy: Path) -> None:
    """A site pack that names other patient questions plans and prints with them (a pack that
    renamed `patient.sex` used to crash printing with a bare StopIteration)."""
    edit(rules_copy / "pack.yaml", "line: [patient.name, patient.age, patient.sex]", "line: [patient.age]")
    pack = load_rule_pack(rules_copy)
    planner = Planner(pack, pack.profiles["default"])
    plan = planner.plan(validate_case(pack, read_case_file("examples/acute_l3.yaml"), planner.params))
    assert [b.field for b in plan.patient] == ["patient.age"]
    assert "<b>Age:</b> 74 years" in patient_line(plan, ENGLISH)
    assert "Sex" not in patient_line(plan, ENGLISH)


@pytest.mark.parametrize(("old", "new", "problem"), [
    ("line: [patient.name, patient.age, patient.sex]", "line: [patient.name, patient.gender]",
     "unknown question 'patient.gender'"),
    ("  name: patient.name\n", "  name: patient.age\n", "'patient.age' is not a text question"),
    ("  sex: patient.sex\n", "  sex: patient.age\n", "'patient.age' is not a choice question"),
])
def test_a_patient_line_naming_what_the_pack_does_not_ask_is_refused(
    rules_copy: Path, old: str, new: str, problem: str
) -> None:
    edit(rules_copy / "pack.yaml", old, new)
    with pytest.raises(RulePackErrors) as caught:
        load_rule_pack(rules_copy)
    assert f"pack.yaml:{line_of(rules_copy / 'pack.yaml', new.strip().split(':')[0] + ':')}" in str(caught.value)
    assert problem in str(caught.value)


def test_the_spine_layout_is_data(rules_copy: Path) -> None:
    pack = load_rule_pack(rules_copy)
    rows = pack.question("fracture.levels").grid
    assert rows[-1] == ("L1", "L2", "L3", "L4", "L5")
    assert len(rows) == 3


@pytest.mark.parametrize(("rows", "problem"), [
    ("      - [L1, L2, L3, L4]\n", "missing L5"),
    ("      - [L1, L2, L3, L4, L5, L5]\n", "unknown or repeated L5"),
    ("      - [L1, L2, L3, L4, L5, S1]\n", "unknown or repeated S1"),
])
def test_a_grid_that_does_not_place_every_choice_once_is_refused(rules_copy: Path, rows: str, problem: str) -> None:
    edit(rules_copy / "questions.yaml", LEVEL_ROWS, rows)
    with pytest.raises(RulePackErrors) as caught:
        load_rule_pack(rules_copy)
    assert f"questions.yaml:{line_of(rules_copy / 'questions.yaml', '    grid:')}" in str(caught.value)
    assert problem in str(caught.value)


def test_an_items_kind_must_be_one_the_health_record_knows(rules_copy: Path) -> None:
    """`kind` says what an item becomes in a health record export (a MedicationRequest, a
    ServiceRequest or a care plan activity); a kind the export does not know is refused."""
    items = rules_copy / "items" / "interventions.yaml"
    edit(items, "  - id: vertebroplasty\n    kind: service\n", "  - id: vertebroplasty\n    kind: surgery\n")
    with pytest.raises(RulePackErrors) as caught:
        load_rule_pack(rules_copy)
    assert f"items/interventions.yaml:{line_of(items, 'kind: surgery')}" in str(caught.value)
    assert "surgery" in str(caught.value)


def test_a_decision_point_can_only_schedule_an_item_of_the_pack(rules_copy: Path) -> None:
    phases = rules_copy / "phases.yaml"
    edit(phases, "    schedules: denosumab  #", "    schedules: denosumb  #")
    with pytest.raises(RulePackErrors) as caught:
        load_rule_pack(rules_copy)
    assert f"phases.yaml:{line_of(phases, 'schedules: denosumb')}" in str(caught.value)
    assert "unknown item 'denosumb'" in str(caught.value)
