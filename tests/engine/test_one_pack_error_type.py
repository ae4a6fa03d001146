"""A refused rule pack or profile is always RulePackErrors (a list of RulePackError items), so
a caller catches one type: also when the planner refuses a profile whose phases do not start
on increasing days."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.engine import Planner, RulePackError, RulePackErrors, load_rule_pack


def test_phases_not_increasing_under_a_profile_are_refused_naming_the_file(mini_copy: Path) -> None:
    parameters = mini_copy / "parameters.yaml"
    day_10 = '      - value: 10\n        label: "Day 10"\n        sources: [SYN-1]\n'
    text = parameters.read_text(encoding="utf-8")
    assert day_10 in text
    parameters.write_text(text.replace(day_10, day_10.replace("10", "0") + day_10), encoding="utf-8")
    profile = mini_copy / "profiles" / "other.yaml"
    profile.write_text(profile.read_text(encoding="utf-8").replace("switch_day: 20", "switch_day: 0"), encoding="utf-8")
    pack = load_rule_pack(mini_copy)  # a valid pack: only this profile's phases collapse
    with pytest.raises(RulePackErrors) as caught:
        Planner(pack, pack.profiles["other"])
    (error,) = caught.value.errors
    assert isinstance(error, RulePackError)
    assert (error.file, error.field) == ("profiles/other.yaml", "phases")
    assert "phases must start on increasing days, got [0, 0]" in error.message
    assert "profiles/other.yaml" in str(caught.value)
    Planner(pack, pack.profiles["default"])  # the other profile plans as before


def test_a_single_rule_pack_error_is_never_raised_alone() -> None:
    """The item type stays importable, but every refusal in the engine comes wrapped."""
    engine = Path(__file__).resolve().parents[2] / "desktop" / "engine"
    alone = [
        f"{path.relative_to(engine)}:{number}"
        for path in sorted(engine.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "raise RulePackError(" in line
    ]
    assert alone == []
