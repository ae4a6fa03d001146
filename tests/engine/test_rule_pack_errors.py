"""A broken rule pack is refused with an error naming file, line and what is wrong.

The loader's messages are not about the clinical content: they are checked on the synthetic
mini pack (tests/data/mini_pack), broken on purpose in a copy."""

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
    assert len(pack.items) == 26
    assert {i.id for i in pack.items} >= {"calcitonin", "vertebroplasty", "denosumab", "anabolic_referral"}


def test_the_mini_pack_loads(mini_copy: Path) -> None:
    pack = load_rule_pack(mini_copy)
    assert [i.title for i in pack.items] == ["Item A", "Item B", "Item C"]
    assert sorted(pack.profiles) == ["default", "other"]
    assert {s.short for s in pack.sources.values()} == {"Synthetic source 1", "Synthetic source 2", "Synthetic source 3"}


def test_condition_on_undefined_fact_names_file_line_field(mini_copy: Path) -> None:
    path = mini_copy / "items" / "items.yaml"
    edit(path, "{fact: subject.group, eq: g2}", "{fact: subject.grup, eq: g2}")
    line = line_of(path, "subject.grup")
    assert errors_of(mini_copy) == [
        f"items/items.yaml:{line}: items[2].rules[0].when: condition on undefined fact 'subject.grup'"
    ]


def test_unknown_source_is_refused(mini_copy: Path) -> None:
    path = mini_copy / "items" / "items.yaml"
    edit(path, "    sources: [SYN-1, SYN-3]", "    sources: [SYN-1, SYN-9]")
    (message,) = errors_of(mini_copy)
    assert message.startswith(f"items/items.yaml:{line_of(path, 'SYN-9')}: ")
    assert "unknown source 'SYN-9'" in message


def test_duplicate_item_id_is_refused(mini_copy: Path) -> None:
    path = mini_copy / "items" / "items.yaml"
    edit(path, "  - id: item_c\n", "  - id: item_b\n")
    message, *knock_on = errors_of(mini_copy)
    assert sorted(m.split(":")[0] for m in knock_on) == ["availability.yaml", "handout.yaml", "invariants.yaml", "invariants.yaml"]
    assert all("unknown item 'item_c'" in m for m in knock_on)
    lines = [n for n, text in enumerate(path.read_text().splitlines(), 1) if text == "  - id: item_b"]
    assert message == f"items/items.yaml:{lines[1]}: items[2].id: duplicate item id 'item_b'"


def test_unknown_status_names_the_allowed_ones(mini_copy: Path) -> None:
    path = mini_copy / "items" / "items.yaml"
    edit(path, "status: consider", "status: discouraged")
    (message,) = errors_of(mini_copy)
    assert f"items/items.yaml:{line_of(path, 'discouraged')}: items[1].rules[0].status" in message
    assert "expected one of recommended" in message


def test_malformed_yaml_names_the_line(mini_copy: Path) -> None:
    path = mini_copy / "alerts.yaml"
    edit(path, "    severity: critical\n    when: {pred: flag_set}", "    severity: critical\n    when: {pred: flag_set")
    (message,) = errors_of(mini_copy)
    assert message.startswith("alerts.yaml:")
    assert "malformed YAML" in message


def test_yaml_aliases_are_refused_in_rules(mini_copy: Path) -> None:
    path = mini_copy / "predicates.yaml"
    edit(path, "  flag_clear: {fact: subject.flag, eq: false}", "  flag_clear: &x {fact: subject.flag, eq: false}\n  again: *x")
    (message,) = errors_of(mini_copy)
    assert f"predicates.yaml:{line_of(path, 'again: *x')}" in message
    assert "aliases" in message


def test_missing_file_is_named(mini_copy: Path) -> None:
    (mini_copy / "invariants.yaml").unlink()
    assert errors_of(mini_copy) == ["invariants.yaml: file is missing"]


def test_wrong_operator_for_the_fact_type(mini_copy: Path) -> None:
    path = mini_copy / "predicates.yaml"
    edit(path, "flag_set: {fact: subject.flag, eq: true}", "flag_set: {fact: subject.flag, gte: 1}")
    messages = errors_of(mini_copy)
    assert any("subject.flag' is boolean, not a number" in m for m in messages)


def test_value_outside_a_facts_choices(mini_copy: Path) -> None:
    path = mini_copy / "predicates.yaml"
    edit(path, "contains_any: [k2, k3]", "contains_any: [k2, k7]")
    (message,) = errors_of(mini_copy)
    assert f"predicates.yaml:{line_of(path, 'k7')}" in message
    assert "not values of 'subject.kinds': k7" in message


def test_unknown_predicate_and_item_references(mini_copy: Path) -> None:
    edit(mini_copy / "invariants.yaml", "{item: item_a, status_in: offered}", "{item: item_aa, status_in: offered}")
    edit(mini_copy / "alerts.yaml", "when: {pred: flag_set}", "when: {pred: flag_sett}")
    messages = errors_of(mini_copy)
    assert any(m.startswith("invariants.yaml:") and "unknown item 'item_aa'" in m for m in messages)
    assert any(m.startswith("alerts.yaml:") and "unknown predicate 'flag_sett'" in m for m in messages)


def test_item_condition_may_not_look_at_other_items(mini_copy: Path) -> None:
    edit(mini_copy / "items" / "items.yaml", "{fact: subject.group, eq: g2}", "{item: item_a, present: true}")
    (message,) = errors_of(mini_copy)
    assert "item conditions are allowed only in alerts and invariants" in message


def test_profile_with_an_option_no_source_gives(mini_copy: Path) -> None:
    path = mini_copy / "profiles" / "default.yaml"
    edit(path, "switch_day: 10", "switch_day: 15")
    (message,) = errors_of(mini_copy)
    assert message == f"profiles/default.yaml:{line_of(path, 'switch_day')}: parameters.switch_day: 15 is not an option (allowed: 10, 20)"


def test_profile_missing_a_parameter(mini_copy: Path) -> None:
    edit(mini_copy / "profiles" / "default.yaml", "  mode: alpha\n", "")
    (message,) = errors_of(mini_copy)
    assert "missing parameter 'mode'" in message


def test_unexpected_file_is_refused(mini_copy: Path) -> None:
    (mini_copy / "notes.yaml").write_text("x: 1\n", encoding="utf-8")
    (message,) = errors_of(mini_copy)
    assert message.startswith("notes.yaml: unexpected file in the rule pack")


def test_every_problem_is_reported_in_one_pass(mini_copy: Path) -> None:
    edit(mini_copy / "items" / "items.yaml", "{fact: subject.group, eq: g2}", "{fact: subject.grup, eq: g2}")
    edit(mini_copy / "items" / "items.yaml", "status: consider", "status: discouraged")
    edit(mini_copy / "sources.yaml", "  - id: SYN-3\n", "  - id: SYN-2\n")
    messages = errors_of(mini_copy)
    assert len(messages) == 4
    assert any("duplicate source id 'SYN-2'" in m for m in messages)
    assert any("unknown source 'SYN-3'" in m for m in messages)  # SYN-3 is gone now
    assert any("undefined fact 'subject.grup'" in m for m in messages)
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
def test_a_rule_file_the_reader_refuses_names_file_and_line(mini_copy: Path, new: str, message: str) -> None:
    path = mini_copy / "sources.yaml"
    edit(path, "    year: 2025\n", new + "\n")
    (error,) = errors_of(mini_copy)
    assert error.startswith(f"sources.yaml:{line_of(path, new[:14])}: ")
    assert message in error


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("{item: item_a, status_in: offered}", "{item: [item_a], status_in: offered}", "unknown item a list"),
        ("{item: item_c, span_lte: 30}", "{item: {a: 1}, span_lte: 30}", "unknown item a mapping"),
    ],
)
def test_a_condition_naming_a_list_or_mapping_is_an_error(mini_copy: Path, old: str, new: str, message: str) -> None:
    path = mini_copy / "invariants.yaml"
    edit(path, old, new)
    (error,) = errors_of(mini_copy)
    assert error.startswith(f"invariants.yaml:{line_of(path, new[:12])}: ")
    assert message in error


def test_a_mapping_of_the_wrong_type_is_an_error(mini_copy: Path) -> None:
    path = mini_copy / "pack.yaml"
    edit(path, "  offered: [recommended, consider, conditional, continue, urgent]\n", "")
    edit(path, "status_groups:\n", "status_groups: [offered]\n")
    assert any("status_groups: expected a mapping, got a list" in e for e in errors_of(mini_copy))


def test_a_missing_or_unreadable_rule_folder_is_a_rule_pack_error(tmp_path: Path) -> None:
    assert errors_of(tmp_path / "nowhere") == [f"{tmp_path / 'nowhere'}: rule pack folder not found"]
    with pytest.raises(RulePackErrors, match="cannot be read"):
        load_rule_pack(tmp_path / ("x" * 5000))


def test_a_manifest_that_is_not_text_is_refused(mini_copy: Path) -> None:
    (mini_copy / "MANIFEST.sha256").write_bytes(b"\xff\xfe\x00garbage")
    assert errors_of(mini_copy) == ["MANIFEST.sha256: is not UTF-8 text"]
