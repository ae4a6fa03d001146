"""`rules mutate`: the mutants of a pack (engine/verify/mutants.py) and how each is checked
(desktop/mutate_cli.py): operator counts on the synthetic mini pack, every mutant a real change
at a real file and line, a known-killed mutant of the shipped pack killed by its invariant, and
an equivalent mutant recognised as such."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop import mutate_cli, mutate_equivalence
from desktop.engine import load_rule_pack
from desktop.engine.pack.safe_read import load_yaml
from desktop.engine.verify.mutants import OPERATORS, Mutant, flow, generate, mutated_text, write_mutant
from desktop.paths import rules_dir

MINI = Path(__file__).resolve().parent.parent / "data" / "mini_pack"


@pytest.fixture
def state() -> Iterator[dict[str, object]]:
    saved = dict(mutate_cli._STATE)
    yield mutate_cli._STATE
    mutate_cli._STATE.clear()
    mutate_cli._STATE.update(saved)


def _use(directory: Path, scenarios: Path | None, targets: list[Mutant]) -> None:
    raw = mutate_cli.read_raw(directory)
    mutate_cli._STATE.update(directory=directory, pack=load_rule_pack(directory, check_manifest=False),
                             scenarios=scenarios, exhaustive=False,
                             affected={m.target: mutate_cli.affected(raw, m.target) for m in targets})


def test_operator_counts_on_the_mini_pack() -> None:
    mutants = generate(MINI)
    assert Counter(m.operator for m in mutants) == {
        "threshold": 12,  # gte 7 in a predicate, 3 parameter values, 2 profile numbers: each to both sides
        "status": 7,  # one per rule
        "severity": 2,  # critical -> warning, warning -> info
        "drop": 13,  # 16 conditions, but dropping the 3 `{always: true}` changes nothing
        "negate": 16,
        "window": 10,  # the 5 windows starting at day 0, moved a week either way
        "reorder": 4,  # item A's 3 rules: 2 swaps; B and C: 1 each
    }
    assert [m.index for m in mutants] == list(range(1, len(mutants) + 1))
    assert generate(MINI) == mutants  # deterministic
    assert len(generate(MINI, ("status",))) == 7


def test_every_mutant_changes_the_pack_at_a_real_file_and_line() -> None:
    for m in generate(MINI):
        original = (MINI / m.file).read_text(encoding="utf-8")
        assert load_yaml(mutated_text(MINI, m)) != load_yaml(original), m
        assert 1 <= m.line <= len(original.splitlines()), m
        assert m.start < m.line <= m.end, m  # the line named is among those replaced


def test_the_shipped_pack_has_at_least_300_mutants_each_a_real_line() -> None:
    directory = rules_dir()
    mutants = generate(directory)
    assert len(mutants) >= 300
    assert set(Counter(m.operator for m in mutants)) == set(OPERATORS)
    texts: dict[str, list[str]] = {}
    for m in mutants:
        lines = texts.setdefault(m.file, (directory / m.file).read_text(encoding="utf-8").splitlines(keepends=True))
        assert m.start < m.line <= m.end <= len(lines), m
        assert "".join(lines[m.start:m.end]) != m.text, m
    assert not any(m.file == "invariants.yaml" for m in mutants)  # the checks themselves are not mutated


def test_flow_reads_back_as_the_same_data() -> None:
    data = {"all": [{"fact": "a.b", "gte": 51}, {"not": {"pred": "x"}}, {"fact": "c", "contains_any": ["L3", "yes"]},
                    {"fact": "d", "eq": True}, {"fact": "e", "eq": "two words"}, {"fact": "f", "lte": -3.0}]}
    assert load_yaml(f"when: {flow(data)}\n") == {"when": data}


def test_a_mutant_copy_has_no_manifest(tmp_path: Path) -> None:
    mutant = generate(rules_dir(), ("severity",))[0]
    copy = write_mutant(rules_dir(), mutant, tmp_path / "rules")
    assert not (copy / "MANIFEST.sha256").exists()
    assert not (copy / "MANIFEST.sha256.minisig").exists()
    assert (copy / mutant.file).read_text(encoding="utf-8") == mutated_text(rules_dir(), mutant)


def test_vertebroplasty_recommended_is_killed_by_inv_1(state: dict[str, object]) -> None:
    directory = rules_dir()
    mutant = next(m for m in generate(directory, ("status",))
                  if m.target == ("item", "vertebroplasty") and m.change == "status not_recommended -> recommended")
    _use(directory, None, [mutant])  # no scenarios: the invariants must catch it
    result = mutate_cli.check_mutant(mutant)
    assert result.killed_by == "invariant", result
    assert result.detail.startswith("INV-1:"), result
    assert result.where == f"items/interventions.yaml:{mutant.line}"


def test_a_refused_pack_is_killed_by_the_loader(state: dict[str, object]) -> None:
    mutant = next(m for m in generate(MINI, ("threshold",)) if m.file == "profiles/default.yaml")
    _use(MINI, None, [mutant])
    result = mutate_cli.check_mutant(mutant)  # switch_day 9: not one of the parameter's options
    assert result.killed_by == "loader", result


def _score_gt_6() -> Mutant:
    """`gte: 7` written `gt: 6` on an integer answer: the same cases, so the same plans."""
    lines = (MINI / "predicates.yaml").read_text(encoding="utf-8").splitlines(keepends=True)
    number = next(i for i, line in enumerate(lines) if "gte: 7" in line)
    return Mutant(9999, "threshold", "predicates.yaml", number + 1, "gte: 7 -> gt: 6",
                  ("predicate", "score_high"), number, number + 1, lines[number].replace("gte: 7", "gt: 6"))


def test_an_equivalent_mutant_is_recognised(state: dict[str, object], tmp_path: Path) -> None:
    same = _score_gt_6()
    other = next(m for m in generate(MINI, ("threshold",)) if m.change == "gte: 7 -> 8")
    severity = generate(MINI, ("severity",))[0]
    _use(MINI, tmp_path, [same, other, severity])
    assert mutate_cli.check_mutant(same).killed_by is None  # no scenario, no invariant can tell
    assert mutate_equivalence.equivalent(same)
    assert not mutate_equivalence.equivalent(other)  # a score of 7 is no longer high: item B's plan changes
    assert not mutate_equivalence.equivalent(severity)  # the same alerts, but one is no longer critical


def test_the_command_prints_the_score_and_the_survivors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from desktop.cli import main

    out = tmp_path / "result.json"
    code = main(["rules", "mutate", str(MINI), "--scenarios", str(tmp_path), "--workers", "2",
                 "--operators", "status,severity,reorder", "--json", str(out), "--equivalence"])
    printed = capsys.readouterr().out
    assert code == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["checked"] == 13
    assert len(data["results"]) == 13
    killed = sum(bool(r["killed_by"]) for r in data["results"])
    assert f"Mutation score: {killed} of 13 killed" in printed
    for r in data["results"]:
        if not r["killed_by"]:
            assert f"{r['mutant']} {r['where']}" in printed


def test_fail_under_counts_the_mutants_not_proved_equivalent(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    from desktop.cli import main

    out = tmp_path / "result.json"
    pack = _mini_with_disjoint_rules(tmp_path)  # item B's first two rules never both match
    args = ["rules", "mutate", str(pack), "--scenarios", str(tmp_path), "--workers", "1",
            "--operators", "reorder", "--json", str(out), "--equivalence"]
    assert main(args) == 0
    results = json.loads(out.read_text(encoding="utf-8"))["results"]
    killed = sum(bool(r["killed_by"]) for r in results)
    proved = sum(r["equivalence"].startswith("proved") for r in results if not r["killed_by"])
    assert proved
    share = 100.0 * killed / (len(results) - proved)
    capsys.readouterr()
    assert main([*args, "--fail-under", f"{share:.2f}"]) == 0  # proved equivalent: not counted
    assert main([*args, "--fail-under", f"{share + 0.1:.2f}"]) == 1


def test_list_and_sample(capsys: pytest.CaptureFixture[str]) -> None:
    from desktop.cli import main

    assert main(["rules", "mutate", str(MINI), "--list", "--sample", "5", "--seed", "3"]) == 0
    first = capsys.readouterr().out
    assert first.startswith("64 mutants of")
    assert first.count("\n  M") == 5
    assert main(["rules", "mutate", str(MINI), "--list", "--sample", "5", "--seed", "3"]) == 0
    assert capsys.readouterr().out == first


def _mini_with_disjoint_rules(tmp_path: Path) -> Path:
    """The mini pack with a rule for a low score after item B's high-score rule: the two never
    both match, so swapping them changes no plan."""
    copy = write_mutant(MINI, None, tmp_path / "pack")
    path = copy / "items" / "items.yaml"
    text = path.read_text(encoding="utf-8")
    low = ('      - when: {fact: subject.score, lt: 3}\n        status: conditional\n'
           '        window: {start: 0, end: null}\n        reason: "A low score."\n')
    anchor = '        reason: "A high score."\n'
    assert text.count(anchor) == 1
    path.write_text(text.replace(anchor, anchor + low), encoding="utf-8")
    return copy


def test_a_reorder_of_rules_that_never_both_match_is_proved_equivalent(
        state: dict[str, object], tmp_path: Path) -> None:
    from desktop.engine.verify.exact_equivalence import overlap, swapped_rules

    directory = _mini_with_disjoint_rules(tmp_path)
    pack = load_rule_pack(directory, check_manifest=False)
    assert overlap(pack, "item_b", 0) is None  # score >= 7 and score < 3: no input class
    assert "subject.score" in (overlap(pack, "item_b", 1) or "")  # a low score matches the last rule too
    mutants = {m.change: m for m in generate(directory, ("reorder",))}
    disjoint = mutants["rules 1 and 2 of item_b swapped"]
    assert swapped_rules(disjoint.change) == ("item_b", 0)
    _use(directory, tmp_path, list(mutants.values()))
    assert mutate_equivalence.equivalence(disjoint) == (True, "proved")
    same, how = mutate_equivalence.equivalence(mutants["rules 2 and 3 of item_b swapped"])
    assert not same
    assert how.startswith("both rules match: profile ")


def test_an_overlap_needs_the_item_to_apply_and_no_earlier_rule_to_match() -> None:
    from desktop.engine.verify.exact_equivalence import overlap

    pack = load_rule_pack(MINI, check_manifest=False)
    witness = overlap(pack, "item_c", 0)  # item C applies only with the flag clear
    assert witness is not None
    assert "subject.flag=False" in witness
    assert "subject.group=g2" in witness
    witness = overlap(pack, "item_a", 1)  # rule 1 (the flag set) must not match
    assert witness is not None
    assert "subject.flag=True" not in witness


def test_the_shipped_follow_on_rules_after_two_anabolics_are_proved_equivalent_when_swapped() -> None:
    from desktop.engine.verify.exact_equivalence import overlap

    pack = load_rule_pack(rules_dir(), check_manifest=False)
    rules = pack.item("alendronate").rules
    whens = [r.when.data if r.when is not None else None for r in rules]
    k = whens.index({"fact": "history.anabolic", "eq": "romosozumab"})
    assert whens[k + 1] == {"fact": "history.anabolic", "eq": "abaloparatide"}
    assert overlap(pack, "alendronate", k) is None  # one anabolic at a time
    assert overlap(pack, "alendronate", 0) is not None  # renal limit and oesophagus: both can hold


def test_a_pack_that_fails_its_scenarios_unmutated_is_not_scored(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    from desktop.cli import main

    scenarios = tmp_path / "scenarios"
    scenarios.mkdir()
    (scenarios / "01_wrong.yaml").write_text(
        "name: wrong on purpose\ncase: {}\nexpect: {items: {item_a: recommended}}\n", encoding="utf-8")
    code = main(["rules", "mutate", str(MINI), "--scenarios", str(scenarios), "--operators", "severity"])
    assert code == 1
    assert "the unmutated pack fails scenario: 01_wrong.yaml" in capsys.readouterr().err


def test_a_change_to_a_predicate_nothing_reads_is_proved_equivalent(state: dict[str, object]) -> None:
    from desktop.engine.verify.exact_equivalence import unread_predicate

    raw = mutate_cli.read_raw(MINI)
    assert unread_predicate(raw, "mode_alpha", mutate_cli.references)  # in no item, alert or handout
    assert not unread_predicate(raw, "score_high", mutate_cli.references)  # item B's rules read it
    unread = next(m for m in generate(MINI, ("drop",)) if m.target == ("predicate", "mode_alpha"))
    read = next(m for m in generate(MINI, ("negate",)) if m.target == ("predicate", "score_high"))
    _use(MINI, None, [unread, read])
    mutate_cli._STATE["raw"] = raw
    assert mutate_equivalence.equivalence(unread) == (True, "proved")
    same, how = mutate_equivalence.equivalence(read)  # item B's plan changes: decided for every class
    assert not same
    assert how.startswith("plans differ: profile ")
    assert "item_b" in how
