"""The clinical review's mutations of the rule pack (issue 12), re-expressed for the v2 rule
files: each is caught by a named invariant of `rules check`, not only by a scenario.

The review broke the v1 pack fifteen ways; "alendronate 70 mg once daily" is now a change of
the structured dose (rules/doses.yaml), which INV-15a checks against the labels' limits. A
French-only dose change cannot be made any more (a translation writes `{dose:ID}`, not a
number); a number typed into one is caught by tests/engine/test_translation_numbers.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import edit
from desktop.engine import load_rule_pack
from desktop.engine.verify.verify import verify_invariants

CALCITONIN_CONTINUE = (
    "        window:\n"
    "          start: {fact: history.calcitonin_started.day}\n"
    "          end: {add: [{fact: history.calcitonin_started.day}, 28]}\n"
    "        reason: \"Already started: continue"
)
HYPERSENSITIVITY = (
    "      - when: {fact: safety.calcitonin_hypersensitivity, eq: true}\n"
    "        status: contraindicated\n"
    "        window: {start: 0, end: 28}\n"
    "        strength: label\n"
    "        strength_basis: S17\n"
    "        sources: [S17]\n"
    "        reason: \"Known hypersensitivity to calcitonin.\"\n"
)
ALREADY_STARTED = "      - when: {fact: history.calcitonin_started.days_ago, gte: 28}\n"
KYPHOPLASTY_WORKUP = (
    "      - when: {pred: malignancy_or_infection}\n"
    "        status: conditional\n"
    "        window: {start: {param: kyphoplasty_referral_day}, end: null}\n"
    "        sources: [S34, S40, S41]\n"
    "        reason: \"Only after the red-flag work-up: suspected malignancy or infection must be dealt with before any augmentation.\"\n"
)
DENOSUMAB_LOW_CALCIUM = (
    "      - when: {pred: low_calcium}\n"
    "        status: conditional\n"
    "        window: {start: {fact: day}, end: null}\n"
    "        strength: label\n"
    "        strength_basis: S48\n"
    "        sources: [S97, S48]\n"
    "        reason: \"Low calcium must be treated before denosumab.\"\n"
)

# (name, [(file, old, new), ...], the invariant that must catch it, the profile to check under)
MUTATIONS = [
    ("alendronate contraindicated below 30 instead of 35",
     [("items/antiresorptives.yaml",
       "      - when: {pred: egfr_below_35}\n        status: contraindicated\n        window: {start: {fact: day}, end: null}\n"
       "        strength: label\n        strength_basis: S43\n",
       "      - when: {pred: egfr_below_30}\n        status: contraindicated\n        window: {start: {fact: day}, end: null}\n"
       "        strength: label\n        strength_basis: S43\n")], "INV-6a"),
    ("the calcitonin start window to day 7",
     [("items/pain_control.yaml", "when: {fact: day, lte: 5}", "when: {fact: day, lte: 7}"),
      ("items/pain_control.yaml", "when: {fact: day, gt: 5}", "when: {fact: day, gt: 7}")], "INV-2b"),
    ("the hypersensitivity rule moved after 'already started'",
     [("items/pain_control.yaml", HYPERSENSITIVITY, ""),
      ("items/pain_control.yaml", ALREADY_STARTED, HYPERSENSITIVITY + ALREADY_STARTED)], "INV-2c"),
    ("calcitonin 'continue' re-anchored to today (a 38-day course)",
     [("items/pain_control.yaml", CALCITONIN_CONTINUE,
       CALCITONIN_CONTINUE.replace("history.calcitonin_started.day", "day"))], "INV-13a"),
    ("the L2 block allowed with a neurological deficit",
     [("items/interventions.yaml", "        - {pred: neuro_intact}\n", "")], "INV-13e"),
    ("kyphoplasty before the malignancy/infection work-up",
     [("items/interventions.yaml", KYPHOPLASTY_WORKUP, "")], "INV-13f"),
    ("denosumab recommended at eGFR < 30",
     [("items/antiresorptives.yaml",
       "      - when: {pred: egfr_below_30}\n        status: conditional\n        window: {start: {fact: day}, end: null}\n"
       "        strength: label\n        strength_basis: S49\n",
       "      - when: {pred: egfr_below_30}\n        status: recommended\n        window: {start: {fact: day}, end: null}\n"
       "        strength: label\n        strength_basis: S49\n")], "INV-13h"),
    ("the denosumab interval 365 days (the overdue dose)",
     [("parameters.yaml", "    value: 182\n", "    value: 365\n")], "INV-12f"),
    ("the denosumab interval 365 days (the next dose date)",
     [("parameters.yaml", "    value: 182\n", "    value: 365\n")], "INV-13d"),
    ("the NSAID risk rule inverted",
     [("items/pain_control.yaml", "when: {fact: safety.nsaid_risks, empty: false}",
       "when: {fact: safety.nsaid_risks, empty: true}")], "INV-13j"),
    ("the low-calcium rule removed for denosumab",
     [("items/antiresorptives.yaml", DENOSUMAB_LOW_CALCIUM, "")], "INV-13i5"),
    ("the anabolic referral needing three levels",
     [("items/referrals.yaml", "when: {fact: fracture.levels, count_gte: 2}",
       "when: {fact: fracture.levels, count_gte: 3}")], "INV-13k"),
    ("infection dropped from the red-flag work-up",
     [("items/referrals.yaml", "contains_any: [malignancy_suspected, infection_suspected, high_energy_trauma]}",
       "contains_any: [malignancy_suspected, high_energy_trauma]}")], "INV-13g"),
    ("the women's 1,200 mg calcium threshold moved from 51 to 65",
     [("predicates.yaml", "{fact: patient.sex, eq: female}, {fact: patient.age, gte: 51}",
       "{fact: patient.sex, eq: female}, {fact: patient.age, gte: 65}")], "INV-13l"),
    ("the do-not-stop-denosumab alert downgraded to info",
     [("alerts.yaml", "  - id: denosumab_do_not_stop\n    severity: critical\n",
       "  - id: denosumab_do_not_stop\n    severity: info\n")], "INV-13c"),
    ("alendronate 70 mg once daily",
     [("doses.yaml", "{id: alendronate_weekly, drug: alendronate, amount: 70, unit: mg, route: oral, every: [1, week]}",
       "{id: alendronate_weekly, drug: alendronate, amount: 70, unit: mg, route: oral, every: [1, day]}")], "INV-15a"),
    ("the denosumab dose 600 mg",
     [("doses.yaml", "drug: denosumab, amount: 60,", "drug: denosumab, amount: 600,")], "INV-15a"),
    ("a window that ends before it starts",
     [("items/pain_control.yaml", "        window: {start: 0, end: 5}\n", "        window: {start: 7, end: 5}\n")], "INV-13b"),
]


@pytest.mark.parametrize(("changes", "invariant"), [(m[1], m[2]) for m in MUTATIONS], ids=[m[0] for m in MUTATIONS])
def test_each_review_mutation_is_caught_by_its_invariant(
    rules_copy: Path, changes: list[tuple[str, str, str]], invariant: str
) -> None:
    for file, old, new in changes:
        edit(rules_copy / file, old, new)
    pack = load_rule_pack(rules_copy)
    items = {"calcitonin"} if invariant == "INV-13b" else None
    (result,) = verify_invariants(pack, [pack.profiles["default"]], only={invariant}, items=items).results
    assert not result.ok, f"{invariant} did not catch it"
    assert result.examples
    assert result.examples[0].startswith("profile default:")


def test_the_unbroken_pack_passes_these_invariants(rules_copy: Path) -> None:
    pack = load_rule_pack(rules_copy)
    checked = {m[2] for m in MUTATIONS}
    report = verify_invariants(pack, [pack.profiles["default"]], only=checked, items={"calcitonin"})
    assert {r.invariant.id for r in report.results} == checked
    assert report.ok, [(r.invariant.id, r.examples) for r in report.results if not r.ok]


def test_the_38_day_course_is_named_with_its_start(rules_copy: Path) -> None:
    edit(rules_copy / "items/pain_control.yaml", CALCITONIN_CONTINUE,
         CALCITONIN_CONTINUE.replace("history.calcitonin_started.day", "day"))
    pack = load_rule_pack(rules_copy)
    (result,) = verify_invariants(pack, [pack.profiles["default"]], only={"INV-13a"}).results
    assert not result.ok
    assert "history.calcitonin_started=day " in result.examples[0]
    assert "calcitonin=continue" in result.examples[0]


def test_a_dose_outside_its_label_is_named_with_its_words(rules_copy: Path) -> None:
    """What `rules check` prints under INV-15a: which dose, in words, and that its label does not name it."""
    from desktop.engine.pack.doses import outside_label

    edit(rules_copy / "doses.yaml", "amount: 70, unit: mg, route: oral, every: [1, week]",
         "amount: 70, unit: mg, route: oral, every: [1, day]")
    pack = load_rule_pack(rules_copy)
    assert outside_label(pack.doses, pack.label_limits) == [
        "dose 'alendronate_weekly' (alendronate, oral: 70 mg by mouth once a day) is not what its label names"]
    alendronate = next(i for i in pack.items if i.id == "alendronate")
    assert alendronate.detail[0].text.startswith("Alendronate 70 mg by mouth once a day")  # the text follows the data
