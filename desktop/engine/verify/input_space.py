"""Equivalence classes of the inputs a result depends on.

For every input the result depends on, the representative values are derived from the
thresholds the rules compare it with (each threshold, one below, one above, and the ends of
the allowed range), every value of a choice, and every subset of the listed values of a
multi-choice answer (plus enough unlisted ones to reach each count threshold). Dates are
enumerated relative to the day since onset, so that both `X.day` and `X.days_ago`
thresholds (and their intersections) are met. Unknown (null) is a value wherever allowed.

Derived facts (pack/derived.py) are reached through their inputs. `renal.function` is the
creatinine clearance when it can be calculated, else the eGFR: the base case leaves every
nullable answer unknown, the serum creatinine and weight among them, so renal.function *is*
safety.egfr there, and its thresholds become the eGFR's. The eGFR's range (0-200 mL/min) holds
every threshold class a rule can draw below 200, so every class of renal.function is met this
way (a clearance above 200 is in the same class as 200 for such thresholds). That the
clearance path computes the right value, and is the one used when known, is unit-tested
(tests/engine/test_renal.py). Another derived fact (renal.basis, renal.crcl, patient.bmi) is
expanded into the answers it is computed from; an answer reached only that way takes unknown,
its range's ends and its own thresholds (a choice with a default, the default only), which
make the derived fact unknown, known, low and high (e.g. BMI below 18, in range and above 40);
the derived fact's own thresholds are not mapped onto them.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

from ..pack.compiled import Ctx, NeedAnswer, ParamRef, Pending, WindowAtom
from ..pack.model import Question, RulePack
from .dependencies import Deps

VISIT = date(2030, 6, 1)
# a derived fact whose every class one input reaches, the others left unknown (see above)
PROXIES = {"renal.function": "safety.egfr"}


def _resolve(value: Any, params: dict[str, Any]) -> Any:
    return params[value.name] if isinstance(value, ParamRef) else value


def _numeric_reps(points: set[float], lo: float | None, hi: float | None, step: float) -> list[float]:
    cands: set[float] = set()
    for t in points:
        cands |= {t - step, t, t + step}
    for bound in (lo, hi):
        if bound is not None:
            cands.add(bound)
    if not cands:
        cands.add(0)
    if hi is None:
        cands.add(max(cands) + step)
    if lo is None:
        cands.add(min(cands) - step)
    return sorted(c for c in cands if (lo is None or c >= lo) and (hi is None or c <= hi))


class InputSpace:
    """The representative cases for one set of dependencies under one profile."""

    def __init__(
        self,
        pack: RulePack,
        params: dict[str, Any],
        deps: Deps,
        atoms: tuple[WindowAtom, ...] = (),
        phase_starts: list[int] | None = None,
    ) -> None:
        self.pack = pack
        self.params = params
        self.questions = {q.id: q for q in pack.questions}
        self.points: dict[str, set[float]] = {}
        self.mentioned: dict[str, set[str]] = {}
        self.counts: dict[str, int] = {}
        uses_day = False
        self.date_dims: list[str] = []
        self.dims: list[str] = []
        direct = {PROXIES.get(f, f) for f in deps.facts}
        answer_facts = self._answer_facts(deps.facts)
        self.reduced = {f for f in answer_facts if f not in direct}  # reached only through a derivation
        for fid in sorted(answer_facts):
            if fid in ("day", "phase"):
                uses_day = True
                continue
            qid = pack.facts[fid].question or fid
            target = self.date_dims if self.questions[qid].kind == "date" else self.dims
            if qid not in target:
                target.append(qid)
        for t in deps.thresholds:
            fid = PROXIES.get(t.fact, t.fact)
            if not pack.facts[fid].inputs:  # not mapped through a derivation
                self._add_threshold(fid, t.op, _resolve(t.value, params))
        if "phase" in deps.facts:
            for start in phase_starts or []:
                self._point("day", start)
        self._map_window_atoms(deps, atoms)
        if self.date_dims:
            uses_day = True
        self.day_values = self._day_values() if uses_day else [30]

    def _answer_facts(self, facts: set[str]) -> set[str]:
        """The facts that come from answers: derived ones replaced by their proxy or inputs."""
        out: set[str] = set()
        todo = list(facts)
        while todo:
            fid = todo.pop()
            spec = self.pack.facts.get(fid)
            if fid in PROXIES:
                out.add(PROXIES[fid])
            elif spec is not None and spec.inputs:
                todo.extend(spec.inputs)
            else:
                out.add(fid)
        return out

    # -- thresholds ----------------------------------------------------------------------------
    def _point(self, fid: str, value: float) -> None:
        self.points.setdefault(fid, set()).add(value)

    def _add_threshold(self, fid: str, op: str, value: Any) -> None:
        if fid == "phase":
            return
        spec = self.pack.facts[fid]
        if spec.kind in ("integer", "number") and op in ("eq", "ne", "lt", "lte", "gt", "gte"):
            self._point(fid, value)
        elif spec.kind in ("integer", "number") and op == "in":
            for v in value:
                self._point(fid, v)
        elif spec.kind == "multi_choice":
            if op in ("contains_any", "contains_all"):
                self.mentioned.setdefault(fid, set()).update(value)
            elif op == "count_gte":
                self.counts[fid] = max(self.counts.get(fid, 1), int(value))
            elif op == "count_lte":
                self.counts[fid] = max(self.counts.get(fid, 1), int(value) + 1)

    def _map_window_atoms(self, deps: Deps, atoms: tuple[WindowAtom, ...]) -> None:
        """A test on an item's start day becomes a threshold on the fact the start is built from."""
        for atom in atoms:
            if atom.op not in ("start_lte", "start_gte"):
                continue
            for item_id, start, _end in deps.windows:
                if item_id != atom.item or start.affine is None:
                    continue
                fid, terms = start.affine
                if fid is None:
                    continue
                offset = sum(_resolve(t, self.params) for t in terms)
                self._point(fid, atom.value - offset)

    # -- representative values -----------------------------------------------------------------
    def _day_values(self) -> list[int]:
        days = set(self.points.get("day", set()))
        for qid in self.date_dims:
            ago = self.points.get(f"{qid}.days_ago", set())
            on = self.points.get(f"{qid}.day", set()) | {0}
            days |= {a + o for a in ago for o in on}
            days |= ago
        return [int(d) for d in _numeric_reps(days, 0, None, 1)]

    def values_of(self, qid: str) -> list[Any]:
        q = self.questions[qid]
        out: list[Any] = [None] if q.nullable else []
        if q.kind == "boolean":
            return [*out, True, False]
        if q.kind == "choice" and q.id in self.reduced and q.default is not None:
            return [*out, q.default]
        if q.kind == "choice":  # the "not known" choice is the unknown answer, already there
            return out + [c for c in q.choice_ids() if c != q.null_choice]
        if q.kind in ("integer", "number"):
            step = 1.0 if q.kind == "integer" else 0.5
            reps = _numeric_reps(self.points.get(qid, set()), q.minimum, q.maximum, step)
            return out + [int(v) if q.kind == "integer" else v for v in reps]
        if q.kind == "multi_choice":
            return out + self._subsets(q)
        return [*out, None]

    def _subsets(self, q: Question) -> list[list[str]]:
        mentioned = [c for c in q.choice_ids() if c in self.mentioned.get(q.id, set())]
        others = [c for c in q.choice_ids() if c not in mentioned][: self.counts.get(q.id, 1)]
        domain = mentioned + others
        subsets: list[list[str]] = []
        for size in range(max(q.min_count, 0), len(domain) + 1):
            subsets.extend(list(c) for c in itertools.combinations(domain, size))
        return subsets

    def date_values(self, qid: str, day: int) -> list[int | None]:
        """Candidate offsets from onset (X.day) for date question `qid` on a visit at `day`."""
        q = self.questions[qid]
        on = self.points.get(f"{qid}.day", set())
        ago = self.points.get(f"{qid}.days_ago", set())
        cands = {day} | {x + s for x in on for s in (-1, 0, 1)} | {day - a + s for a in ago for s in (-1, 0, 1)}
        lo = 0 if q.not_before == "onset_date" else None
        hi = day if q.not_after == "visit_date" else None
        if lo is None:
            cands.add(min(cands) - 1)
        else:
            cands.add(lo)
        values = sorted(int(c) for c in cands if (lo is None or c >= lo) and (hi is None or c <= hi))
        return [*([None] if q.nullable else []), *values]

    # -- the cases -----------------------------------------------------------------------------
    def base_answers(self) -> dict[str, Any]:
        answers: dict[str, Any] = {}
        for q in self.pack.questions:
            if q.kind == "date":
                answers[q.id] = VISIT if q.required else None
            elif q.required_unless is not None and q.kind == "multi_choice":
                answers[q.id] = []  # answered (none), as every case needs it to be but a few
            elif q.nullable or (not q.required and q.default is None):
                answers[q.id] = [] if q.kind == "multi_choice" and not q.nullable else None
            elif q.default is not None:
                answers[q.id] = q.default
            elif q.kind in ("integer", "number"):
                answers[q.id] = int(q.minimum or 0) if q.kind == "integer" else float(q.minimum or 0)
            elif q.kind == "boolean":
                answers[q.id] = False
            elif q.kind == "choice":
                answers[q.id] = q.choice_ids()[0]
            elif q.kind == "multi_choice":
                answers[q.id] = list(q.choice_ids()[: q.min_count])
        return answers

    @staticmethod
    def _unasked_ok(q: Question, ctx: Ctx) -> bool:
        """False for an answer to a question that does not apply: the case check ignores it
        (as unanswered), so that class is the unanswered one's. A pending answer is not tried
        here: a result that never reads it holds for the unanswered value too."""
        value = dict.get(ctx.facts, q.id)  # type: ignore[call-overload]
        if value is None or type(value) is Pending or value == [] or value == q.default:
            return True
        return q.applies(ctx)

    @staticmethod
    def _answered_if_needed(q: Question, ctx: Ctx) -> bool:
        """A question that may be unknown only when its `required_unless` holds: a case that
        leaves it unknown otherwise is not one the wizard accepts."""
        value = dict.get(ctx.facts, q.id)  # type: ignore[call-overload]  # raw: may be Pending
        if value is not None and type(value) is not Pending:
            return True
        if q.required_unless is not None and q.required_unless(ctx):
            return True
        if type(value) is Pending:  # wrong only if it is unknown: try its values
            raise NeedAnswer(value.dim)
        return False

    def cases(self) -> Iterator[dict[str, Any]]:
        base = self.base_answers()
        fixed = [(qid, self.values_of(qid)) for qid in self.dims]
        for day in self.day_values:
            onset = VISIT - timedelta(days=day)
            dated = [(qid, self.date_values(qid, day)) for qid in self.date_dims]
            names = [n for n, _ in fixed] + [n for n, _ in dated]
            for combo in itertools.product(*(v for _, v in fixed), *(v for _, v in dated)):
                answers = dict(base)
                answers["onset_date"] = onset
                for name, value in zip(names, combo, strict=True):
                    if name in self.date_dims:
                        value = None if value is None else onset + timedelta(days=value)
                    answers[name] = value
                yield answers

    def valid(self, ctx: Ctx) -> bool:
        for q in self.pack.questions:
            if q.applies_when is not None and not self._unasked_ok(q, ctx):
                return False
            if q.required_unless is not None and not self._answered_if_needed(q, ctx):
                return False
            if q.valid_only_when is None:
                continue
            value = dict.get(ctx.facts, q.id)  # type: ignore[call-overload]  # raw: may be Pending
            if value is None or q.valid_only_when(ctx):
                continue
            if type(value) is Pending:  # invalid only if it is answered: try its values
                raise NeedAnswer(value.dim)
            return False
        return True
