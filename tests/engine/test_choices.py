"""One long-term antiresorptive, not a list (pathway.md V2.1; rules/choices.yaml): the plan
names one first choice, the other eligible drugs as alternatives, the rest with their reason."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from conftest import edit, line_of
from desktop.engine import Planner, RulePack, load_rule_pack
from desktop.engine.case.case import Case
from desktop.engine.pack.compiled import Ctx
from desktop.engine.pack.conditions import CompileEnv, compile_condition
from desktop.engine.pack.errors import RulePackErrors
from desktop.engine.pack.schema import Node
from desktop.engine.plan.choices import resolve_choices
from desktop.engine.plan.plan import Plan, PlanItem

MEMBERS = ("alendronate", "risedronate", "zoledronic_acid", "ibandronate", "denosumab")


def roles(plan: Plan) -> dict[str, tuple[str, str]]:
    """Each antiresorptive: (its role in the choice, its status)."""
    return {i.id: (i.choice, i.status) for i in plan.items if i.group == "antiresorptive"}


def planner_with(pack: RulePack, profile: str = "default", **parameters: object) -> Planner:
    base = pack.profiles[profile]
    return Planner(pack, replace(base, parameters={**base.parameters, **parameters}))


def test_the_74_year_old_woman_on_day_2_gets_exactly_one_first_choice(
    planner: Planner, make_case: Callable[..., Case]
) -> None:
    plan = planner.plan(make_case(onset_date="2026-11-19"))
    assert (plan.day, plan.profile_id) == (2, "default")
    (group,) = plan.groups
    assert (group.id, group.first) == ("antiresorptive", "alendronate")
    assert group.alternatives == ("risedronate", "zoledronic_acid", "ibandronate", "denosumab")
    assert group.excluded == ()
    firsts = [i for i in plan.items if i.choice == "first"]
    assert [i.id for i in firsts] == ["alendronate"]
    assert firsts[0].status == "recommended"
    assert firsts[0].offered
    for item_id in group.alternatives:
        item = plan.item(item_id)
        assert item is not None
        assert (item.status, item.status_label) == ("alternative", "Alternative")
        assert not item.offered, "an alternative is not a to-do"
        assert item.decidable, "the clinician may still accept an alternative"
        assert item.reason
        assert item.sources
        assert item.start_day == plan.day
    ids = [i.id for i in plan.items]
    start = ids.index("alendronate")
    assert ids[start:start + 5] == ["alendronate", *group.alternatives], "the choice is one block"


def test_the_alternatives_keep_what_their_own_rules_said(planner: Planner, make_case: Callable[..., Case]) -> None:
    plan = planner.plan(make_case(onset_date="2026-11-19"))
    denosumab = plan.item("denosumab")
    assert denosumab is not None
    assert "bisphosphonates" in denosumab.reason


def test_denosumab_first_profile_puts_denosumab_first(pack: RulePack, make_case: Callable[..., Case]) -> None:
    plan = planner_with(pack, first_line_antiresorptive="denosumab").plan(make_case(onset_date="2026-11-19"))
    (group,) = plan.groups
    assert group.first == "denosumab"
    assert roles(plan)["denosumab"] == ("first", "recommended")
    assert group.alternatives == ("alendronate", "risedronate", "zoledronic_acid", "ibandronate")
    assert [i.id for i in plan.items if i.group][:2] == ["denosumab", "alendronate"]


def test_oral_bisphosphonate_unsuitable_makes_zoledronic_acid_first(
    planner: Planner, make_case: Callable[..., Case]
) -> None:
    plan = planner.plan(make_case(**{"safety.oral_bisphosphonate_unsuitable": True}))
    (group,) = plan.groups
    assert group.first == "zoledronic_acid"
    assert group.alternatives == ("denosumab",)
    assert group.excluded == ("alendronate", "risedronate", "ibandronate")
    for item_id in group.excluded:
        assert roles(plan)[item_id] == ("excluded", "contraindicated")
        item = plan.item(item_id)
        assert item is not None
        assert "Oesophageal" in item.reason
    assert [i.id for i in plan.items if i.group] == ["zoledronic_acid", "denosumab", *group.excluded]


def test_a_patient_on_denosumab_continues_it_as_the_first_choice(
    planner: Planner, make_case: Callable[..., Case]
) -> None:
    plan = planner.plan(make_case(**{
        "history.antiresorptive": "denosumab", "history.antiresorptive_since": "2025-05-01",
        "history.last_denosumab_dose": "2026-08-20"}))
    assert plan.groups[0].first == "denosumab"
    assert roles(plan)["denosumab"] == ("first", "continue")
    alendronate = plan.item("alendronate")
    assert alendronate is not None
    assert alendronate.choice == "alternative"
    assert "transition" in alendronate.reason
    assert alendronate.start_day > plan.day


def test_continue_wins_over_the_profile_order(pack: RulePack, make_case: Callable[..., Case]) -> None:
    planner = planner_with(pack, first_line_antiresorptive="denosumab")
    plan = planner.plan(make_case(**{"history.antiresorptive": "alendronate",
                                     "history.antiresorptive_since": "2026-06-01"}))
    assert plan.groups[0].first == "alendronate"
    assert roles(plan)["alendronate"] == ("first", "continue")


def test_nothing_possible_means_no_first_choice_and_a_specialist_referral(
    pack: RulePack, make_case: Callable[..., Case]
) -> None:
    # eGFR 25 rules out every bisphosphonate; this site has neither denosumab nor zoledronic acid
    plan = Planner(pack, pack.profiles["district_hospital"]).plan(make_case(**{"safety.egfr": 25}))
    (group,) = plan.groups
    assert group.first is None
    assert group.alternatives == ()
    assert set(group.excluded) == set(MEMBERS)
    assert all(choice == "excluded" for choice, _status in roles(plan).values())
    assert "refer_bone_specialist" in {a.id for a in plan.alerts}


def test_alerts_still_see_an_alternative_as_offered(pack: RulePack, make_case: Callable[..., Case]) -> None:
    """Alerts read the statuses the members' own rules gave: a warning about a drug shown as an
    alternative is still raised (it may be the one prescribed)."""
    planner = planner_with(pack, "default")
    plan = planner.plan(make_case(onset_date="2026-11-19"))
    raw = {i.id: i.status for i in plan.items}
    assert raw["denosumab"] == "alternative"
    assert "refer_bone_specialist" not in {a.id for a in plan.alerts}


def test_json_names_each_members_role(planner: Planner, make_case: Callable[..., Case]) -> None:
    data = planner.plan(make_case()).to_dict()
    assert data["groups"] == [{
        "id": "antiresorptive", "label": "Long-term antiresorptive (one drug)", "first": "alendronate",
        "alternatives": ["risedronate", "zoledronic_acid", "ibandronate", "denosumab"], "excluded": [],
        "sources": ["S28", "S31", "SEED-000"]}]
    by_id = {i["id"]: i for i in data["items"]}
    assert (by_id["alendronate"]["group"], by_id["alendronate"]["choice"]) == ("antiresorptive", "first")
    assert by_id["calcitonin"]["group"] is None
    assert by_id["calcitonin"]["choice"] is None


def _item(item_id: str, status: str) -> PlanItem:
    return PlanItem(item_id, "bone_health", status, 0, None, item_id, "", "strong", None, ("S1",), (), "why",
                    offered=status in ("recommended", "consider", "conditional", "continue", "urgent"))


@pytest.mark.parametrize(("statuses", "first"), [
    ({"a": "consider", "b": "conditional", "c": "recommended"}, "c"),
    ({"a": "consider", "b": "continue", "c": "recommended"}, "b"),
    ({"a": "consider", "b": "urgent", "c": "conditional"}, "b"),
    ({"a": "consider", "b": "consider", "c": "contraindicated"}, "a"),
    ({"a": "contraindicated", "b": "unavailable", "c": "window_passed"}, None),
])
def test_first_choice_preference(pack: RulePack, statuses: dict[str, str], first: str | None) -> None:
    from desktop.engine.pack.model import ChoiceGroup

    group = ChoiceGroup("g", "G", ("a", "b", "c"), ("S1",))
    items = {k: _item(k, v) for k, v in statuses.items()}
    offered = {"recommended", "consider", "conditional", "continue", "urgent"}
    resolved, (planned,) = resolve_choices((group,), items, Ctx({}, {}), offered, "Alternative")
    assert planned.first == first
    assert [i.choice for i in resolved.values()].count("first") == (1 if first else 0)
    for item in resolved.values():
        if item.choice == "excluded":
            assert item.status == statuses[item.id]  # excluded keep their status


def test_has_first_means_exactly_one(pack: RulePack) -> None:
    env = CompileEnv(facts=pack.facts, parameters=pack.parameters, item_ids=frozenset(i.id for i in pack.items),
                     choices={c.id: c.members for c in pack.choices})
    errors: list = []
    cond = compile_condition(Node({"choice": "antiresorptive", "has_first": True}, "t", 1, "", errors), env, "invariant")
    assert errors == []
    assert cond.items == frozenset(MEMBERS)
    ctx = Ctx({}, {})
    ctx.items = {"alendronate": replace(_item("alendronate", "recommended"), choice="first")}
    assert cond(ctx)
    ctx.items = {**ctx.items, "risedronate": replace(_item("risedronate", "recommended"), choice="first")}
    assert not cond(ctx), "two first choices break the invariant"
    ctx.items = {}
    assert not cond(ctx)


def errors_of(rules: Path) -> list[str]:
    with pytest.raises(RulePackErrors) as caught:
        load_rule_pack(rules)
    return [str(e) for e in caught.value.errors]


def test_an_unknown_member_is_named_with_its_file_and_line(rules_copy: Path) -> None:
    edit(rules_copy / "choices.yaml", "members: [alendronate, risedronate,", "members: [alendronat, risedronate,")
    line = line_of(rules_copy / "choices.yaml", "alendronat,")
    assert any(e.startswith(f"choices.yaml:{line}") and "unknown item 'alendronat'" in e
               for e in errors_of(rules_copy))


def test_an_order_must_list_the_same_members(rules_copy: Path) -> None:
    edit(rules_copy / "choices.yaml", "members: [denosumab, alendronate, risedronate, zoledronic_acid, ibandronate]",
         "members: [denosumab, alendronate]")
    assert any("must list the same items as 'members'" in e for e in errors_of(rules_copy))


def test_a_rule_cannot_set_alternative_itself(rules_copy: Path) -> None:
    edit(rules_copy / "items/interventions.yaml", "status: not_recommended\n        window: {start: 0, end: null}",
         "status: alternative\n        window: {start: 0, end: null}")
    assert any("expected one of" in e and "got 'alternative'" in e for e in errors_of(rules_copy))


def test_choose_one_and_a_choice_cannot_both_list_the_members(rules_copy: Path) -> None:
    edit(rules_copy / "handout.yaml", "choose_one_text:", "choose_one: [alendronate, denosumab]\nchoose_one_text:")
    assert any(e.startswith("handout.yaml") and "replaced by choices.yaml" in e for e in errors_of(rules_copy))


def test_choice_atoms_are_for_invariants_only(rules_copy: Path) -> None:
    edit(rules_copy / "alerts.yaml", "    when: {always: true}", "    when: {choice: antiresorptive, has_first: true}")
    assert any("choice conditions are allowed only in invariants" in e for e in errors_of(rules_copy))


def test_a_pack_without_choices_still_loads(rules_copy: Path) -> None:
    """Release 1.0.0 had no choices.yaml (and `choose_one` in the handout): it still loads."""
    (rules_copy / "choices.yaml").unlink()
    edit(rules_copy / "handout.yaml", "choose_one_text:", "choose_one: [alendronate, denosumab]\nchoose_one_text:")
    pack = load_rule_pack(rules_copy)
    assert pack.choices == ()
    plan = Planner(pack, pack.profiles["default"])
    assert plan.pack.handout is not None
    assert plan.pack.handout.choose_one == ("alendronate", "denosumab")
