"""The scenario files: each case's plan contains what pathway.md says, and nothing it forbids."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO
from desktop.engine import RulePack
from desktop.engine.pack.safe_read import load_yaml
from desktop.engine.verify.scenarios import run_scenario

SCENARIOS = sorted((REPO / "tests" / "scenarios").glob("*.yaml"))


@pytest.mark.parametrize("path", SCENARIOS, ids=[p.stem for p in SCENARIOS])
def test_scenario(pack: RulePack, path: Path) -> None:
    result = run_scenario(pack, path, {})
    assert result.failures == []


def test_there_are_enough_scenarios_and_they_cover_the_pathway(pack: RulePack) -> None:
    assert len(SCENARIOS) >= 25
    named_items: set[str] = set()
    raised: set[str] = set()
    flags: set[str] = set()
    for path in SCENARIOS:
        data = load_yaml(path.read_text(encoding="utf-8"))
        named_items.update(data["expect"].get("items", {}))
        raised.update((data["expect"].get("alerts") or {}).get("present", []))
        flags.update(data["case"]["fracture"]["red_flags"] or [])  # null: not screened (a deficit)
        if data["case"]["fracture"]["neuro_deficit"]:
            flags.add("neuro_deficit")
        result = run_scenario(pack, path, {})
        assert result.ok
    assert named_items == {i.id for i in pack.items}
    assert raised == {a.id for a in pack.alerts}
    assert flags == set(pack.question("fracture.red_flags").choice_ids()) | {"neuro_deficit"}


def test_a_wrong_expectation_fails(pack: RulePack, tmp_path: Path) -> None:
    text = (REPO / "tests" / "scenarios" / "01_seed003_acute_day2_l1.yaml").read_text(encoding="utf-8")
    path = tmp_path / "wrong.yaml"
    path.write_text(text.replace("calcitonin: {status: recommended", "calcitonin: {status: consider"), encoding="utf-8")
    assert run_scenario(pack, path, {}).failures == ["item calcitonin: status expected consider, got recommended"]


def _variant(tmp_path: Path, name: str, old: str, new: str) -> Path:
    source = next((REPO / "tests" / "scenarios").glob(f"{name}_*.yaml"))
    text = source.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / source.name
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


def test_a_scenario_pins_the_strength_and_the_sources_of_the_rule_that_decided(pack: RulePack,
                                                                               tmp_path: Path) -> None:
    # a woman: ACP 2023 strong (S86); the same expectation for a man fails on the strength
    man = _variant(tmp_path, "84", "sex: female", "sex: male")
    failures = run_scenario(pack, man, {}).failures
    assert "item alendronate: strength expected strong, got conditional" in failures
    wrong_source = _variant(tmp_path, "86", "cites: [S101]", "cites: [S999]")
    assert any("cites expected ['S999']" in f for f in run_scenario(pack, wrong_source, {}).failures)


def test_a_scenario_pins_which_cautions_are_shown(pack: RulePack, tmp_path: Path) -> None:
    older = _variant(tmp_path, "95", "age: 74", "age: 75")  # gastroprotection is shown from 75
    assert run_scenario(pack, older, {}).failures == [
        "item nsaid: a caution citing ['S82'] is shown, expected none"]


def test_a_scenario_can_choose_a_site_option_no_shipped_profile_chooses(pack: RulePack, tmp_path: Path) -> None:
    plain = _variant(tmp_path, "99", "site: {calcitonin_low_calcium: warning}\n", "")
    assert "item calcitonin: status expected recommended, got contraindicated" in run_scenario(pack, plain, {}).failures
    unknown = _variant(tmp_path, "99", "calcitonin_low_calcium: warning", "calcitonin_low_calcium: maybe")
    assert run_scenario(pack, unknown, {}).failures == [
        "site: calcitonin_low_calcium: 'maybe' is not one of its options"]


def test_a_scenario_pins_what_the_patient_handout_says(pack: RulePack, tmp_path: Path) -> None:
    flagged = _variant(tmp_path, "103", "red_flags: []", "red_flags: [infection_suspected]")
    assert run_scenario(pack, flagged, {}).failures == [
        "handout: expected to say 'because your bones have become weak'",
        "handout: says 'What caused it is still being checked', expected not"]


def test_an_alert_or_item_the_pack_does_not_have_fails_the_scenario(pack: RulePack, tmp_path: Path) -> None:
    # "absent" of a misspelt alert would otherwise pass whatever the plan says
    typo = _variant(tmp_path, "138", "absent:\n    - denosumab_ckd", "absent:\n    - denosumab_egfr_below_30")
    assert run_scenario(pack, typo, {}).failures == ["alert denosumab_egfr_below_30: no such alert in the pack"]
    item = _variant(tmp_path, "138", "    ibandronate: alternative", "    ibandronat: alternative")
    assert run_scenario(pack, item, {}).failures == ["item ibandronat: no such item in the pack"]


def test_a_scenario_pins_the_order_of_every_reason_listed(pack: RulePack, tmp_path: Path) -> None:
    swapped = _variant(tmp_path, "124", "- Known hypersensitivity to calcitonin.\n      - 'Low calcium: calcitonin is contraindicated'",
                       "- 'Low calcium: calcitonin is contraindicated'\n      - Known hypersensitivity to calcitonin.")
    (failure,) = run_scenario(pack, swapped, {}).failures
    assert failure.startswith("item calcitonin: reason 'Known hypersensitivity to calcitonin.' out of order")


def test_each_scenario_is_a_case_of_its_own(pack: RulePack) -> None:
    # the same answers under the same profile would be one visit twice (the same FHIR ids)
    from desktop.engine import Planner, validate_case
    from desktop.engine.case.case import CASE_FORMAT

    seen: dict[tuple[str, str], str] = {}
    for path in SCENARIOS:
        data = load_yaml(path.read_text(encoding="utf-8"))
        profile = data.get("profile", pack.default_profile)
        planner = Planner(pack, pack.profiles[profile])
        case = validate_case(pack, {"format": CASE_FORMAT, **data["case"]}, planner.params)
        key = (profile, repr(sorted(case.answers.items())))
        assert key not in seen, f"{path.name} repeats {seen.get(key)}"
        seen[key] = path.name
