"""Renal function as the labels mean it (pathway V2.4): creatinine clearance by Cockcroft-Gault
when weight and serum creatinine are given, used for the drug limits over an entered eGFR, and
said so on the item; the eGFR otherwise."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from desktop.engine import Planner, RulePack
from desktop.engine.case.case import Case
from desktop.engine.pack.derived import body_mass_index, cockcroft_gault
from desktop.engine.verify.dependencies import Deps
from desktop.engine.verify.input_space import InputSpace

# Worked examples published with the formula (CrCl = (140 - age) x weight / (72 x SCr mg/dL),
# x 0.85 for women): not computed by this code's author
PUBLISHED = [
    (65, "male", 70, 1.4, 52.1),
    (60, "male", 80, 1.2, 74.1),
    (45, "female", 65, 0.9, 80.9),
    (45, "female", 60, 0.9, 74.8),
]

OLD_WOMAN = {"patient.age": 80, "patient.sex": "female", "patient.weight_kg": 50, "safety.egfr": 45}


@pytest.mark.parametrize(("age", "sex", "weight", "scr", "expected"), PUBLISHED)
def test_cockcroft_gault_matches_published_examples(age: int, sex: str, weight: float, scr: float,
                                                    expected: float) -> None:
    assert cockcroft_gault(age, sex, weight, scr, "mg_per_dl") == pytest.approx(expected, abs=0.1)


def test_micromoles_are_converted_at_88_4() -> None:
    assert cockcroft_gault(25, "female", 60, 88.4, "umol_per_l") == cockcroft_gault(25, "female", 60, 1, "mg_per_dl")
    assert cockcroft_gault(80, "female", 50, 120, "umol_per_l") == 26.1  # 60 x 50 x 0.85 / (72 x 1.357)
    assert cockcroft_gault(80, "male", 50, 120, "umol_per_l") == 30.7


@pytest.mark.parametrize("missing", ["age", "sex", "weight", "creatinine", "unit"])
def test_no_clearance_without_every_input(missing: str) -> None:
    inputs: dict[str, Any] = {"age": 80, "sex": "female", "weight_kg": 50, "creatinine": 120, "unit": "umol_per_l"}
    inputs[{"weight": "weight_kg"}.get(missing, missing)] = None
    assert cockcroft_gault(**inputs) is None


def test_bmi() -> None:
    assert body_mass_index(50, 160) == 19.5
    assert body_mass_index(None, 160) is None
    assert body_mass_index(50, None) is None


def test_clearance_is_used_over_the_egfr_and_the_plan_says_so(make_case: Callable[..., Case],
                                                                planner: Planner) -> None:
    with_egfr_only = planner.plan(make_case(**OLD_WOMAN))
    assert with_egfr_only.item("alendronate").status != "contraindicated"  # eGFR 45: above 35
    for creatinine, unit, shown in ((120, "umol_per_l", "120 µmol/L"), (1.36, "mg_per_dl", "1.36 mg/dL")):
        case = make_case(**OLD_WOMAN, **{"safety.creatinine": creatinine, "safety.creatinine_unit": unit})
        facts = planner.facts(case)
        assert facts["renal.crcl"] == pytest.approx(26.1, abs=0.15)  # 26.1 (µmol/L), 26.0 (mg/dL)
        assert facts["renal.function"] == facts["renal.crcl"]
        assert facts["renal.basis"] == "crcl"
        plan = planner.plan(case)
        alendronate = plan.item("alendronate")
        assert alendronate.status == "contraindicated"  # below 35 mL/min creatinine clearance
        because = {b.field: b for b in alendronate.because}
        crcl = because["renal.crcl"]
        assert crcl.label == "Creatinine clearance (Cockcroft-Gault)"
        assert crcl.display.startswith(f"{facts['renal.crcl']:.1f} mL/min: age 80, 50 kg, creatinine {shown}, female")
        assert crcl.display.endswith("used instead of the eGFR entered (45 mL/min)")
        assert "safety.egfr" not in because
        assert "safety.egfr" not in [a.input for a in plan.assumptions]


def test_the_egfr_is_used_without_a_weight_and_the_plan_says_why(make_case: Callable[..., Case],
                                                                   planner: Planner) -> None:
    case = make_case(**{**OLD_WOMAN, "patient.weight_kg": None, "safety.creatinine": 120})
    facts = planner.facts(case)
    assert facts["renal.crcl"] is None
    assert facts["renal.function"] == 45
    assert facts["renal.basis"] == "egfr"
    egfr = next(b for b in planner.plan(case).item("alendronate").because if b.field == "safety.egfr")
    assert egfr.display == "45 mL/min (no creatinine clearance: Weight not known)"


def test_neither_known_is_an_assumption(make_case: Callable[..., Case], planner: Planner) -> None:
    case = make_case(**{"safety.egfr": None})
    assert planner.facts(case)["renal.basis"] == "unknown"
    plan = planner.plan(case)
    assert "safety.egfr" in [a.input for a in plan.assumptions]
    assert "safety.egfr" in plan.item("alendronate").assumptions


def test_creatinine_unit_is_asked_only_with_a_creatinine(pack: RulePack, planner: Planner) -> None:
    from desktop.engine.case.routing import Router

    router = Router(pack, planner.params)
    unit = pack.question("safety.creatinine_unit")
    assert unit not in router.applicable("safety", {"safety.creatinine": None})
    assert unit in router.applicable("safety", {"safety.creatinine": 120})


def test_the_input_space_reaches_renal_function_through_the_egfr(pack: RulePack, planner: Planner) -> None:
    deps = Deps()
    deps.add_condition(pack.item("alendronate").rules[0].when)  # egfr_below_35: renal.function < 35
    space = InputSpace(pack, planner.params, deps)
    assert "safety.egfr" in space.dims
    assert "safety.creatinine" not in space.dims
    assert {34.5, 35.0, 35.5} <= set(space.values_of("safety.egfr"))
    base = space.base_answers()
    assert base["safety.creatinine"] is None
    assert base["patient.weight_kg"] is None


def test_a_derived_fact_must_be_declared_as_the_engine_computes_it(tmp_path: Any) -> None:
    import shutil

    from desktop import paths
    from desktop.engine import RulePackErrors, load_rule_pack

    rules = tmp_path / "rules"
    shutil.copytree(paths.rules_dir(), rules, ignore=shutil.ignore_patterns("MANIFEST.sha256*"))
    questions = rules / "questions.yaml"
    text = questions.read_text(encoding="utf-8")
    bad = text.replace("from: [renal.crcl, safety.egfr]\n    help: \"The creatinine",
                       "from: [safety.egfr]\n    help: \"The creatinine", 1)
    assert bad != text
    questions.write_text(bad, encoding="utf-8")
    with pytest.raises(RulePackErrors) as caught:
        load_rule_pack(rules)
    assert "questions.yaml" in str(caught.value)
    assert "'renal.function' is computed from renal.crcl, safety.egfr" in str(caught.value)
