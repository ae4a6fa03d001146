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
