"""A broken rule pack is refused with an error naming file, line and what is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import edit, line_of
from desktop.engine import RulePackErrors, load_rule_pack


def errors_of(rules: Path) -> list[str]:
    with pytest.raises(RulePackErrors) as caught:
        load_rule_pack(rules)
    return [str(e) for e in caught.value.errors]


def test_shipped_pack_loads(rules_copy: Path) -> None:
    pack = load_rule_pack(rules_copy)
    assert len(pack.items) == 20
    assert {i.id for i in pack.items} >= {"calcitonin", "vertebroplasty", "denosumab", "anabolic_referral"}


def test_condition_on_undefined_fact_names_file_line_field(rules_copy: Path) -> None:
    path = rules_copy / "items" / "pain_control.yaml"
    edit(path, "{fact: pain.nrs, gte: 7}", "{fact: pain.score, gte: 7}")
    line = line_of(path, "pain.score")
    assert errors_of(rules_copy) == [
        f"items/pain_control.yaml:{line}: items[2].rules[0].when: condition on undefined fact 'pain.score'"
    ]


def test_unknown_source_is_refused(rules_copy: Path) -> None:
    path = rules_copy / "items" / "interventions.yaml"
    edit(path, "    sources: [SEED-000, SEED-003, S8]", "    sources: [SEED-000, SEED-003, S99]")
    (message,) = errors_of(rules_copy)
    assert message.startswith(f"items/interventions.yaml:{line_of(path, 'S99')}: ")
    assert "unknown source 'S99'" in message


def test_duplicate_item_id_is_refused(rules_copy: Path) -> None:
    path = rules_copy / "items" / "rehabilitation.yaml"
    edit(path, "  - id: brace\n", "  - id: exercise\n")
    message, *knock_on = errors_of(rules_copy)
    assert sorted(m.split(":")[0] for m in knock_on) == ["availability.yaml", "handout.yaml"]
    assert all("unknown item 'brace'" in m for m in knock_on)
    lines = [n for n, text in enumerate(path.read_text().splitlines(), 1) if text == "  - id: exercise"]
    assert message == f"items/rehabilitation.yaml:{lines[1]}: items[2].id: duplicate item id 'exercise'"


def test_unknown_status_names_the_allowed_ones(rules_copy: Path) -> None:
    path = rules_copy / "items" / "interventions.yaml"
    edit(path, "status: not_recommended", "status: discouraged")
    (message,) = errors_of(rules_copy)
    assert f"items/interventions.yaml:{line_of(path, 'discouraged')}: items[2].rules[0].status" in message
    assert "expected one of recommended" in message


def test_malformed_yaml_names_the_line(rules_copy: Path) -> None:
    path = rules_copy / "alerts.yaml"
    edit(path, "    severity: critical\n    when: {pred: neuro_deficit}", "    severity: critical\n    when: {pred: neuro_deficit")
    (message,) = errors_of(rules_copy)
    assert message.startswith("alerts.yaml:")
    assert "malformed YAML" in message


def test_yaml_aliases_are_refused_in_rules(rules_copy: Path) -> None:
    path = rules_copy / "predicates.yaml"
    edit(path, "  neuro_intact: {fact: fracture.neuro_deficit, eq: false}", "  neuro_intact: &x {fact: fracture.neuro_deficit, eq: false}\n  again: *x")
    (message,) = errors_of(rules_copy)
    assert f"predicates.yaml:{line_of(path, 'again: *x')}" in message
    assert "aliases" in message


def test_missing_file_is_named(rules_copy: Path) -> None:
    (rules_copy / "invariants.yaml").unlink()
    assert errors_of(rules_copy) == ["invariants.yaml: file is missing"]


def test_wrong_operator_for_the_fact_type(rules_copy: Path) -> None:
    path = rules_copy / "predicates.yaml"
    edit(path, "neuro_deficit: {fact: fracture.neuro_deficit, eq: true}", "neuro_deficit: {fact: fracture.neuro_deficit, gte: 1}")
    messages = errors_of(rules_copy)
    assert any("fracture.neuro_deficit' is boolean, not a number" in m for m in messages)


def test_value_outside_a_facts_choices(rules_copy: Path) -> None:
    path = rules_copy / "predicates.yaml"
    edit(path, "contains_any: [L3, L4]", "contains_any: [L3, L7]")
    (message,) = errors_of(rules_copy)
    assert f"predicates.yaml:{line_of(path, 'L7')}" in message
    assert "not values of 'fracture.levels': L7" in message


def test_unknown_predicate_and_item_references(rules_copy: Path) -> None:
    edit(rules_copy / "invariants.yaml", "{item: vertebroplasty, status_in: offered}", "{item: vertebroplasti, status_in: offered}")
    edit(rules_copy / "alerts.yaml", "when: {pred: low_calcium}", "when: {pred: low_calcim}")
    messages = errors_of(rules_copy)
    assert any(m.startswith("invariants.yaml:") and "unknown item 'vertebroplasti'" in m for m in messages)
    assert any(m.startswith("alerts.yaml:") and "unknown predicate 'low_calcim'" in m for m in messages)


def test_item_condition_may_not_look_at_other_items(rules_copy: Path) -> None:
    edit(rules_copy / "items" / "referrals.yaml", "{fact: fracture.levels, count_gte: 2}", "{item: calcitonin, present: true}")
    (message,) = errors_of(rules_copy)
    assert "item conditions are allowed only in alerts and invariants" in message


def test_profile_with_an_option_no_source_gives(rules_copy: Path) -> None:
    path = rules_copy / "profiles" / "default.yaml"
    edit(path, "chronic_threshold_day: 84", "chronic_threshold_day: 70")
    (message,) = errors_of(rules_copy)
    assert message == f"profiles/default.yaml:{line_of(path, 'chronic_threshold_day')}: parameters.chronic_threshold_day: 70 is not an option (allowed: 84, 56)"


def test_profile_missing_a_parameter(rules_copy: Path) -> None:
    edit(rules_copy / "profiles" / "default.yaml", "  vitamin_d_dose: iu_800_1000\n", "")
    (message,) = errors_of(rules_copy)
    assert "missing parameter 'vitamin_d_dose'" in message


def test_unexpected_file_is_refused(rules_copy: Path) -> None:
    (rules_copy / "notes.yaml").write_text("x: 1\n", encoding="utf-8")
    (message,) = errors_of(rules_copy)
    assert message.startswith("notes.yaml: unexpected file in the rule pack")


def test_every_problem_is_reported_in_one_pass(rules_copy: Path) -> None:
    edit(rules_copy / "items" / "pain_control.yaml", "{fact: pain.nrs, gte: 7}", "{fact: pain.score, gte: 7}")
    edit(rules_copy / "items" / "interventions.yaml", "status: not_recommended", "status: discouraged")
    edit(rules_copy / "sources.yaml", "  - id: S58\n", "  - id: S59\n")
    messages = errors_of(rules_copy)
    assert len(messages) == 4
    assert any("duplicate source id 'S59'" in m for m in messages)
    assert any("unknown source 'S58'" in m for m in messages)  # S58 is gone now
    assert any("undefined fact 'pain.score'" in m for m in messages)
    assert any("got 'discouraged'" in m for m in messages)


@pytest.mark.parametrize(
    ("new", "message"),
    [
        ("    year: !!int ''", "typed tags such as !!int are not allowed"),
        ("    year: !!python/name:os.system", "typed tags such as !!python/name:os.system are not allowed"),
        ("    year: " + "[" * 30_000 + "]" * 30_000, "nested deeper than 32 levels"),
        ("    year: 20_25", "20_25 is not a plain decimal number"),
        ("    year: " + "2" * 400, "is too large a number"),
        ("    year: 2025-02-30", "2025-02-30 is not a real date"),
        ('    year: "2025\\u202e"', "character U+202E is not allowed in text"),
    ],
)
def test_a_rule_file_the_reader_refuses_names_file_and_line(rules_copy: Path, new: str, message: str) -> None:
    path = rules_copy / "sources.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("    year: 2025\n", new + "\n", 1), encoding="utf-8")
    (error,) = errors_of(rules_copy)
    assert error.startswith(f"sources.yaml:{line_of(path, new[:14])}: ")
    assert message in error


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("{item: vertebroplasty, status_in: offered}", "{item: [vertebroplasty], status_in: offered}", "unknown item a list"),
        ("{item: calcitonin, present: false}", "{item: {a: 1}, present: false}", "unknown item a mapping"),
    ],
)
def test_a_condition_naming_a_list_or_mapping_is_an_error(rules_copy: Path, old: str, new: str, message: str) -> None:
    path = rules_copy / "invariants.yaml"
    edit(path, old, new)
    (error,) = errors_of(rules_copy)
    assert error.startswith(f"invariants.yaml:{line_of(path, new[:12])}: ")
    assert message in error


def test_a_mapping_of_the_wrong_type_is_an_error(rules_copy: Path) -> None:
    path = rules_copy / "pack.yaml"
    edit(path, "  offered: [recommended, consider, conditional, continue, urgent]\n", "")
    edit(path, "status_groups:\n", "status_groups: [offered]\n")
    assert any("status_groups: expected a mapping, got a list" in e for e in errors_of(rules_copy))


def test_a_missing_or_unreadable_rule_folder_is_a_rule_pack_error(tmp_path: Path) -> None:
    assert errors_of(tmp_path / "nowhere") == [f"{tmp_path / 'nowhere'}: rule pack folder not found"]
    with pytest.raises(RulePackErrors, match="cannot be read"):
        load_rule_pack(tmp_path / ("x" * 5000))


def test_a_manifest_that_is_not_text_is_refused(rules_copy: Path) -> None:
    (rules_copy / "MANIFEST.sha256").write_bytes(b"\xff\xfe\x00garbage")
    assert errors_of(rules_copy) == ["MANIFEST.sha256: is not UTF-8 text"]
