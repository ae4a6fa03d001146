"""Facts: what conditions test. Answers from the case, plus a few derived from dates.

For each date question X (other than the visit and onset dates) there are three facts:
X itself (only `is_null` applies), `X.day` (days from onset to X) and `X.days_ago` (days
from X to the visit). `day` is days from onset to the visit and `phase` the phase it is in.
Facts derived from several answers (creatinine clearance, the renal function used, BMI) are
computed in `derived.py` and declared, with their sources, in rules/questions.yaml `derived`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from .compiled import NeedAnswer, PartialFacts, Pending
from .derived import applicable
from .model import ANCHOR_DATES, FactSpec, Phase, Question


def build_fact_specs(
    questions: tuple[Question, ...], phase_ids: tuple[str, ...], derived: tuple[FactSpec, ...] = ()
) -> dict[str, FactSpec]:
    facts: dict[str, FactSpec] = {
        "day": FactSpec("day", "integer", "Days since onset", minimum=0),
        "phase": FactSpec("phase", "choice", "Phase", choices=phase_ids),
    }
    for q in questions:
        if q.kind == "text" or q.id in ANCHOR_DATES:
            continue
        if q.kind == "date":
            facts[q.id] = FactSpec(q.id, "date", q.label, nullable=True, question=q.id)
            facts[f"{q.id}.day"] = FactSpec(
                f"{q.id}.day", "integer", f"{q.label} (day since onset)", nullable=True, question=q.id
            )
            facts[f"{q.id}.days_ago"] = FactSpec(
                f"{q.id}.days_ago",
                "integer",
                f"{q.label} (days before the visit)",
                nullable=True,
                minimum=0,
                question=q.id,
            )
            continue
        facts[q.id] = FactSpec(
            q.id,
            q.kind,
            q.label,
            nullable=q.nullable,
            choices=q.choice_ids(),
            minimum=q.minimum,
            maximum=q.maximum,
            min_count=q.min_count,
            question=q.id,
        )
    facts.update({spec.id: spec for spec in derived})
    return facts


def phase_for(day: int, phases: tuple[Phase, ...], starts: list[int]) -> str:
    """The phase `day` falls in; `starts` are the phases' start days under the profile."""
    current = phases[0].id
    for phase, start in zip(phases, starts, strict=True):
        if day >= start:
            current = phase.id
    return current


class FactDeriver:
    """Turns validated answers into facts (built once per pack and profile: this is hot)."""

    def __init__(self, questions: tuple[Question, ...], phases: tuple[Phase, ...], phase_starts: list[int]) -> None:
        self.plain = tuple(q.id for q in questions if q.kind not in ("text", "date"))
        self.dates = tuple(
            (q.id, f"{q.id}.day", f"{q.id}.days_ago")
            for q in questions
            if q.kind == "date" and q.id not in ANCHOR_DATES
        )
        self.phases = phases
        self.phase_starts = phase_starts
        self.derived = applicable({q.id for q in questions})

    def __call__(self, answers: dict[str, Any]) -> dict[str, Any]:
        visit: date = answers["visit_date"]
        onset: date = answers["onset_date"]
        day = (visit - onset).days
        facts: dict[str, Any] = {"day": day, "phase": phase_for(day, self.phases, self.phase_starts)}
        get = answers.get
        for qid in self.plain:
            facts[qid] = get(qid)
        for qid, on_key, ago_key in self.dates:
            value = get(qid)
            facts[qid] = value
            if value is None or type(value) is Pending:
                facts[on_key] = facts[ago_key] = value
            else:
                facts[on_key] = (value - onset).days
                facts[ago_key] = (visit - value).days
        for derivation in self.derived:
            if any(type(facts.get(i)) is Pending for i in derivation.inputs):  # only while verifying
                try:
                    facts[derivation.id] = derivation.compute(PartialFacts(facts))
                except NeedAnswer as need:
                    facts[derivation.id] = Pending(need.dim)
            else:
                facts[derivation.id] = derivation.compute(facts)
        return facts


def derive_facts(
    answers: dict[str, Any],
    questions: tuple[Question, ...],
    phases: tuple[Phase, ...],
    phase_starts: list[int],
) -> dict[str, Any]:
    """All facts for one validated case (answers keyed by question id)."""
    return FactDeriver(questions, phases, phase_starts)(answers)
