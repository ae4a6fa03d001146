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

from desktop import mutate_cli
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
    assert mutate_cli.equivalent(same)
    assert not mutate_cli.equivalent(other)  # a score of 7 is no longer high: item B's plan changes
    assert not mutate_cli.equivalent(severity)  # the same alerts, but one is no longer critical


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


def test_list_and_sample(capsys: pytest.CaptureFixture[str]) -> None:
    from desktop.cli import main

    assert main(["rules", "mutate", str(MINI), "--list", "--sample", "5", "--seed", "3"]) == 0
    first = capsys.readouterr().out
    assert first.startswith("64 mutants of")
    assert first.count("\n  M") == 5
    assert main(["rules", "mutate", str(MINI), "--list", "--sample", "5", "--seed", "3"]) == 0
    assert capsys.readouterr().out == first
