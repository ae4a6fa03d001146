"""`rules mutate --equivalence`: whether a surviving mutant plans as the unmutated pack does.

Decided for every input class where it can be: a predicate nothing reads, two neighbouring rules
that never both match (`verify/exact_equivalence.py`), or, for a change to an item, an alert or
a predicate read only by them, the two packs compared over every input class of what the
change can reach (`verify/differential.py`: proved, or the case that plans differently). Any
other survivor is compared on `rules diff`'s scenarios and generated cases ("sampled").
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from .engine.verify.mutants import Mutant, write_mutant
from .mutate_state import _STATE, references


def read_beyond_plan(raw: dict[str, Any], target: tuple[str, str]) -> set[str]:
    """The files other than the items, alerts and choices that read a predicate (directly or
    through another): the handout's conditional texts, the availability. The plan comparison
    of `--equivalence` decides a mutant alone only if there are none; the handout it can add."""
    from .engine.verify.exact_equivalence import predicates_reading

    if target[0] != "predicate":
        return set()
    hit = predicates_reading(raw, target[1], references)
    return {name for name in ("handout.yaml", "availability.yaml") if references(raw.get(name), "pred") & hit}


def equivalence(mutant: Mutant) -> tuple[bool, str]:
    """(equivalent, how): "proved" for every input class (exact_equivalence.py), or the case a
    reorder's plans differ in; any other mutant, `equivalent` ("sampled")."""
    from .engine.verify.exact_equivalence import order_only, overlap, swapped_rules, unread_predicate

    if mutant.target[0] == "predicate" and unread_predicate(_STATE["raw"], mutant.target[1], references):
        return True, "proved"
    if (swap := swapped_rules(mutant.change) if mutant.operator == "reorder" else None) is not None:
        witness = overlap(_STATE["pack"], *swap)
        if witness is not None and order_only(_STATE["pack"], *swap):
            return True, "proved: the same reasons, in another order"
        return (True, "proved") if witness is None else (False, f"both rules match: {witness}")
    change = _STATE["affected"][mutant.target]
    beyond = read_beyond_plan(_STATE["raw"], mutant.target)
    if mutant.target[0] in ("item", "alert", "predicate") and not change.everything and beyond <= {"handout.yaml"}:
        from .engine import load_rule_pack
        from .engine.verify.differential import TooLarge, first_difference

        with tempfile.TemporaryDirectory(prefix="ovcf-mutant-") as tmp:
            pack = load_rule_pack(write_mutant(_STATE["directory"], mutant, Path(tmp) / "rules"), check_manifest=False)
        try:
            witness = first_difference(_STATE["pack"], pack, change.items, change.alerts,
                                       handout="handout.yaml" in beyond)
        except TooLarge:
            return equivalent(mutant), "sampled"
        return (True, "proved") if witness is None else (False, f"plans differ: {witness}")
    return equivalent(mutant), "sampled"


def equivalent(mutant: Mutant) -> bool:
    """Whether the mutant plans every scenario, and every case `rules diff` generates (each answer
    at each representative value, `verify/plan_diff.py`), as the unmutated pack does, under every
    profile: the items and alerts it can change compared (status, choice, window, dose text)."""
    from .engine import load_rule_pack
    from .engine.case.case import Case, validate_case
    from .engine.pack.errors import CaseErrors, EngineError
    from .engine.plan.planner import Planner
    from .engine.verify.plan_diff import compare, generated_cases, scenario_cases

    if mutant.target[0] == "i18n":
        return False  # a translation changed: that language's plans differ
    original, change = _STATE["pack"], _STATE["affected"][mutant.target]
    with tempfile.TemporaryDirectory(prefix="ovcf-mutant-") as tmp:
        pack = load_rule_pack(write_mutant(_STATE["directory"], mutant, Path(tmp) / "rules"), check_manifest=False)
    only: dict[str, Any] = {}
    if not change.everything:
        alerts = frozenset(change.alerts)
        read = {i for a in [*original.alerts, *pack.alerts] if a.id in alerts for i in a.when.items}
        only = {"only_items": frozenset(change.items) | read, "only_alerts": alerts}
    planners = {p: (Planner(original, original.profiles[p]), Planner(pack, pack.profiles[p])) for p in pack.profiles}

    def differ(before: Any, after: Any) -> bool:  # `rules diff`'s comparison, and the alerts' severities
        severities = [{a.id: a.severity for a in p.alerts} for p in (before, after)]
        return bool(compare(before, after)) or severities[0] != severities[1]

    try:
        for _label, raw, profile in scenario_cases(_STATE["scenarios"]):
            old, new = planners[profile]
            if differ(old.plan(validate_case(original, dict(raw), old.params), **only),
                      new.plan(validate_case(pack, dict(raw), new.params), **only)):
                return False
        for old, new in planners.values():
            for _label, answers in generated_cases(pack, new):
                if differ(old.plan(Case(answers), **only), new.plan(Case(answers), **only)):
                    return False
    except (CaseErrors, EngineError, KeyError):
        return False
    return True
