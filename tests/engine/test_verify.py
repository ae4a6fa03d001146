"""Exhaustive verification: the shipped pack satisfies every invariant, and breaking a rule
on purpose makes the check fail with that invariant named."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import edit
from desktop.engine import RulePack, load_rule_pack
from desktop.engine.verify.dependencies import Deps, item_deps
from desktop.engine.verify.input_space import InputSpace
from desktop.engine.verify.verify import VerifyReport, verify_invariants


def test_shipped_pack_satisfies_every_invariant(pack: RulePack, shipped_verification: VerifyReport) -> None:
    report = shipped_verification
    assert report.profiles == list(pack.profiles)
    failing = {r.invariant.id: r.examples for r in report.results if not r.ok}
    assert failing == {}
    assert {r.invariant.id for r in report.results} == {i.id for i in pack.invariants}
    assert all(r.classes > 0 or r.proved for r in report.results)
    assert report.classes > 50_000


BREAKAGES = [
    # (file, old, new, the invariant that must catch it)
    ("items/interventions.yaml", "status: not_recommended\n        window: {start: 0, end: null}",
     "status: recommended\n        window: {start: 0, end: null}", "INV-1"),
    ("items/pain_control.yaml", "end: {add: [{fact: day}, 28]}", "end: {add: [{fact: day}, 42]}", "INV-2a"),
    ("items/pain_control.yaml", "when: {fact: day, lte: 5}", "when: {fact: day, lte: 10}", "INV-2b"),
    ("items/pain_control.yaml", "applies_when: {pred: neuro_intact}\n    detail: \"Calcitonin", "detail: \"Calcitonin", "INV-2c"),
    ("alerts.yaml", "when: {fact: fracture.red_flags, contains_any: [infection_suspected]}", "when: {fact: fracture.red_flags, contains_all: [infection_suspected, high_energy_trauma]}", "INV-3a"),
    ("predicates.yaml", "contains_any: [posterior_wall_involvement, progressive_deformity]", "contains_any: [posterior_wall_involvement]", "INV-3b"),
    ("predicates.yaml", "egfr_below_35: {fact: renal.function, lt: 35}", "egfr_below_35: {fact: renal.function, lt: 25}", "INV-6a"),
    ("predicates.yaml", "egfr_below_30: {fact: renal.function, lt: 30}", "egfr_below_30: {fact: renal.function, lte: 28}", "INV-6b"),
    ("predicates.yaml", "l3_or_l4: {fact: fracture.levels, contains_any: [L3, L4]}", "l3_or_l4: {fact: fracture.levels, contains_any: [L2, L3, L4]}", "INV-8"),
    ("items/interventions.yaml", "    applies_when: {pred: neuro_intact}\n    detail: \"Refer for kyphoplasty", "    detail: \"Refer for kyphoplasty", "INV-9a"),
    ("items/interventions.yaml", "      - when: {fact: day, lt: {param: kyphoplasty_referral_day}}\n        status: conditional", "      - when: {fact: day, lt: {param: kyphoplasty_referral_day}}\n        status: consider", "INV-9b"),
    ("items/bone_health.yaml", "        status: unavailable", "        status: consider", "INV-10"),
    ("items/interventions.yaml", "    triggers: [fracture.levels]\n    detail: \"Not recommended", "    detail: \"Not recommended", "INV-11"),
]


@pytest.mark.parametrize(("file", "old", "new", "invariant"), BREAKAGES, ids=[b[3] for b in BREAKAGES])
def test_breaking_a_rule_is_caught_by_its_invariant(
    rules_copy: Path, file: str, old: str, new: str, invariant: str
) -> None:
    edit(rules_copy / file, old, new)
    pack = load_rule_pack(rules_copy)
    report = verify_invariants(pack, [pack.profiles["default"]], only={invariant}, items={"vertebroplasty"})
    (result,) = report.results
    assert not result.ok
    assert result.examples[0].startswith("profile default: day=")


def test_denosumab_continuation_removed_is_caught(rules_copy: Path) -> None:
    edit(rules_copy / "items/antiresorptives.yaml", "      - when: {pred: on_denosumab}\n        status: continue", "      - when: {pred: denosumab_first}\n        status: continue")
    (result,) = verify_invariants(load_rule_pack(rules_copy), only={"INV-7"}).results
    assert not result.ok


def test_calcium_made_optional_is_caught(rules_copy: Path) -> None:
    edit(rules_copy / "items/bone_health.yaml", "        status: recommended\n        window: {start: {fact: day}, end: null}\n        reason: \"Every patient", "        status: consider\n        window: {start: {fact: day}, end: null}\n        reason: \"Every patient")
    checked = {"INV-1", "INV-4a", "INV-4b", "INV-11", "INV-12c"}  # the rest reads no calcium item
    pack = load_rule_pack(rules_copy)
    report = verify_invariants(pack, [pack.profiles["default"]], only=checked, items={"calcium_vitamin_d"})
    failing = {r.invariant.id for r in report.results if not r.ok}
    assert failing == {"INV-4a"}


def test_no_antiresorptive_and_no_referral_is_caught(rules_copy: Path) -> None:
    # denosumab excluded below eGFR 30, and the referral alert made unreachable:
    edit(rules_copy / "items/antiresorptives.yaml", "      - when: {pred: egfr_below_30}\n        status: conditional", "      - when: {pred: egfr_below_30}\n        status: contraindicated")
    edit(rules_copy / "alerts.yaml", "        - {not: {item: zoledronic_acid, status_in: offered}}", "        - {item: zoledronic_acid, status_in: [urgent]}")
    pack = load_rule_pack(rules_copy)
    (result,) = verify_invariants(pack, [pack.profiles["default"]], only={"INV-5"}).results
    assert not result.proved  # no longer the alert's complement: checked case by case
    assert not result.ok
    assert all("safety.egfr=0.0" in e or "safety.egfr=29.5" in e for e in result.examples)


def test_the_referral_alert_written_as_the_complement_proves_inv5_by_its_form(
    shipped_verification: VerifyReport,
) -> None:
    proved = {r.invariant.id for r in shipped_verification.results if r.proved}
    # INV-14m too: "these answers raise the calculate-CrCl advice" is that alert's own condition;
    # INV-16a/b: "raised only when no bisphosphonate (denosumab) can be given" is the referral's
    assert proved == {"INV-5", "INV-14m", "INV-16a", "INV-16b"}


def test_a_window_dated_from_an_unanswered_date_is_caught(rules_copy: Path) -> None:
    # on denosumab, last injection "none recorded": alendronate's transition had no start day
    path = rules_copy / "items/antiresorptives.yaml"
    dated = "{first_known: [{add: [{fact: history.last_denosumab_dose.day}, {param: denosumab_interval_days}]}, {fact: day}]}"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(dated, "{add: [{fact: history.last_denosumab_dose.day}, {param: denosumab_interval_days}]}", 1),
                    encoding="utf-8")
    pack = load_rule_pack(rules_copy)
    (result,) = verify_invariants(pack, [pack.profiles["default"]], only={"INV-11"}, items={"alendronate"}).results
    assert not result.ok
    assert "history.antiresorptive=denosumab" in result.examples[0]
    assert "history.last_denosumab_dose=None" in result.examples[0]
    assert "item 'alendronate': the window uses an unknown answer" in result.examples[0]


def test_representative_values_come_from_the_rules_thresholds(pack: RulePack) -> None:
    deps = Deps()
    item_deps(pack.item("alendronate"), deps, with_windows=False)
    item_deps(pack.item("risedronate"), deps, with_windows=False)
    space = InputSpace(pack, pack.params_for(pack.profiles["default"]), deps)
    assert space.values_of("safety.egfr") == [None, 0.0, 29.5, 30.0, 30.5, 34.5, 35.0, 35.5, 200.0]
    assert space.values_of("history.antiresorptive") == ["none", "alendronate", "risedronate", "ibandronate", "zoledronic_acid", "denosumab"]
    assert space.values_of("safety.calcium_status") == [None, "low", "normal", "high"]  # "unknown" is None


def test_multi_choice_classes_cover_every_listed_subset(pack: RulePack) -> None:
    deps = Deps()
    for alert in pack.alerts:
        if alert.severity == "critical":
            deps.add_condition(alert.when)
    space = InputSpace(pack, pack.params_for(pack.profiles["default"]), deps)
    subsets = space.values_of("fracture.red_flags")
    assert len(subsets) == 1 + 32  # unknown (valid only with a neurological deficit), and every subset
    assert subsets[0] is None
    assert [] in subsets
    assert sorted(map(len, subsets[1:])).count(5) == 1
