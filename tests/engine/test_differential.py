"""`rules mutate --equivalence` decides a survivor for every input class of what it can reach
(verify/differential.py): proved equivalent, or an example case that plans differently."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop import mutate_cli
from desktop.engine import RulePack, load_rule_pack
from desktop.engine.verify.differential import TooLarge, first_difference
from desktop.engine.verify.mutants import Mutant, generate, write_mutant
from desktop.paths import rules_dir


@pytest.fixture(scope="module")
def referral_members() -> dict[str, Mutant]:
    """The specialist-referral alert's members dropped, one at a time (alerts.yaml)."""
    return {m.change: m for m in generate(rules_dir(), ("drop",))
            if m.target == ("alert", "refer_bone_specialist") and "status_in: offered}} of all" in m.change}


def _mutant_pack(mutant: Mutant, tmp_path: Path) -> tuple[RulePack, mutate_cli.Affected]:
    raw = mutate_cli.read_raw(rules_dir())
    return (load_rule_pack(write_mutant(rules_dir(), mutant, tmp_path / "rules"), check_manifest=False),
            mutate_cli.affected(raw, mutant.target))


def test_a_member_another_implies_is_proved_equivalent(pack: RulePack, referral_members: dict[str, Mutant],
                                                       tmp_path: Path) -> None:
    # whenever ibandronate can be given, so can risedronate: its member says nothing more
    drop = referral_members["member {not: {item: ibandronate, status_in: offered}} of all dropped"]
    mutant, change = _mutant_pack(drop, tmp_path)
    assert first_difference(pack, mutant, change.items, change.alerts) is None


def test_a_member_that_matters_gives_the_case_it_changes(pack: RulePack, referral_members: dict[str, Mutant],
                                                         tmp_path: Path) -> None:
    # a man at 30 mL/min: risedronate is the one bisphosphonate left; without its member the
    # referral alert would be raised although it can be given
    drop = referral_members["member {not: {item: risedronate, status_in: offered}} of all dropped"]
    mutant, change = _mutant_pack(drop, tmp_path)
    witness = first_difference(pack, mutant, change.items, change.alerts)
    assert witness is not None
    assert "patient.sex=male" in witness
    assert "safety.egfr=30" in witness
    assert witness.endswith("alert refer_bone_specialist: now raised")


def test_a_search_over_its_budget_gives_up(pack: RulePack, referral_members: dict[str, Mutant],
                                           tmp_path: Path) -> None:
    drop = referral_members["member {not: {item: ibandronate, status_in: offered}} of all dropped"]
    mutant, change = _mutant_pack(drop, tmp_path)
    with pytest.raises(TooLarge):
        first_difference(pack, mutant, change.items, change.alerts, budget=10)


def test_two_preconditions_swapped_change_only_the_order_of_the_reasons(pack: RulePack) -> None:
    from desktop.engine.verify.exact_equivalence import order_only, overlap

    reasons = [r.reason for r in pack.item("alendronate").rules]
    # still on denosumab after romosozumab: both listed, the start the later of the two
    k = next(i for i, r in enumerate(reasons) if r.startswith("Planned transition if denosumab"))
    assert reasons[k + 1].startswith("Follow-on after romosozumab")
    assert overlap(pack, "alendronate", k) is not None  # both can hold
    assert order_only(pack, "alendronate", k)  # same status, strength and end: their order only
    # calcium and dental work: the strength's basis shown (S45, S46) follows the first listed
    k = reasons.index("Correct calcium and vitamin D first, then start.")
    assert reasons[k + 1].startswith("Dental review and planned invasive dental work first")
    assert not order_only(pack, "alendronate", k)


def test_a_predicate_the_handout_reads_has_the_handout_compared_too(pack: RulePack) -> None:
    from desktop.engine.verify.differential import handout_conditions
    from desktop.mutate_equivalence import read_beyond_plan

    raw = mutate_cli.read_raw(rules_dir())
    # "any red flag" decides the handout's first sentence (weak bones, or the cause still checked)
    assert read_beyond_plan(raw, ("predicate", "any_red_flag")) == {"handout.yaml"}
    assert read_beyond_plan(raw, ("predicate", "l3_or_l4")) == set()  # the plan only
    assert len(handout_conditions(pack)) >= 2  # the intro's two conditional texts at least
