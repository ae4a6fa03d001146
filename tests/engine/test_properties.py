"""Property tests: no valid case crashes the engine, every plan satisfies every invariant,
and no input at all makes validation fail with anything but a clear CaseErrors."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from desktop import paths
from desktop.engine import CaseErrors, Planner, load_rule_pack, validate_answers, validate_case
from desktop.engine.pack.compiled import Ctx
from desktop.engine.pack.model import Question

PACK = load_rule_pack(paths.rules_dir())
PLANNERS = [Planner(PACK, profile) for profile in PACK.profiles.values()]
VISIT = date(2026, 11, 21)


def answer(q: Question, onset: date) -> st.SearchStrategy[Any]:
    if q.kind == "integer":
        base: st.SearchStrategy[Any] = st.integers(int(q.minimum or 0), int(q.maximum or 1000))
    elif q.kind == "number":
        lo, hi = q.minimum or 0, q.maximum or 1000
        base = st.one_of(st.integers(int(lo), int(hi)), st.floats(lo, hi, allow_nan=False))
    elif q.kind == "boolean":
        base = st.booleans()
    elif q.kind == "choice":
        base = st.sampled_from(q.choice_ids())
    elif q.kind == "multi_choice":
        base = st.lists(st.sampled_from(q.choice_ids()), unique=True, min_size=q.min_count)
    elif q.kind == "date":
        earliest = onset if q.not_before == "onset_date" else onset - timedelta(days=3650)
        base = st.dates(earliest, VISIT)
    else:
        base = st.text(max_size=20)
    return st.one_of(st.none(), base) if q.nullable or not q.required else base


@st.composite
def valid_cases(draw: st.DrawFn) -> tuple[Planner, Any]:
    planner = draw(st.sampled_from(PLANNERS))
    day = draw(st.one_of(st.integers(0, 120), st.integers(0, 1500)))
    onset = VISIT - timedelta(days=day)
    answers: dict[str, Any] = {"visit_date": VISIT, "onset_date": onset}
    for q in PACK.questions:
        if q.id not in answers:
            answers[q.id] = draw(answer(q, onset))
    try:
        case = validate_answers(PACK, answers, planner.params, VISIT)
    except CaseErrors:
        assume(False)
    return planner, case


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(valid_cases())
def test_every_valid_case_gets_a_plan_that_satisfies_every_invariant(drawn: tuple[Planner, Any]) -> None:
    planner, case = drawn
    plan = planner.plan(case)
    json.dumps(plan.to_dict())
    ctx = Ctx(planner.facts(case), planner.params)
    ctx.items = {i.id: i for i in plan.items}
    ctx.alerts = {a.id: a for a in plan.alerts}
    broken = [inv.id for inv in PACK.invariants if (inv.when is None or inv.when(ctx)) and not inv.then(ctx)]
    assert broken == []
    assert plan.item("calcium_vitamin_d") is not None


json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=12), st.dates()),
    lambda children: st.one_of(st.lists(children, max_size=4), st.dictionaries(st.text(max_size=12), children, max_size=4)),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(
    st.fixed_dictionaries(
        {"format": st.just("ovcf-case/2")},
        optional={
            "visit_date": json_values,
            "onset_date": st.one_of(json_values, st.just("2026-11-01")),
            "patient": st.one_of(json_values, st.fixed_dictionaries({"age": json_values, "sex": json_values})),
            "fracture": st.one_of(
                json_values,
                st.fixed_dictionaries({"levels": json_values, "neuro_deficit": json_values, "red_flags": json_values}),
            ),
            "pain": json_values,
            "safety": json_values,
            "history": json_values,
            "junk": json_values,
        },
    )
)
def test_any_input_is_either_valid_or_a_clear_list_of_field_errors(raw: dict[str, Any]) -> None:
    errors: list[Any] = []
    try:
        validate_case(PACK, raw, PLANNERS[0].params, today=VISIT)
    except CaseErrors as exc:
        errors = exc.errors
        assert errors, "CaseErrors always lists at least one field"
    assert all(isinstance(e.field, str) for e in errors)
    assert all(e.message for e in errors)
