"""The answers of a draft left by a crashed session: checked to be of a type the wizard's
fields can show, then typed back as the wizard holds them. Qt-free."""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop.engine.case.dates import iso_date
from desktop.engine.case.routing import Router, default_answers
from desktop.engine.pack.errors import CaseError
from desktop.engine.pack.model import RulePack

# what a draft may hold for each kind of question (what the wizard's fields give and take)
ANSWER_TYPES: dict[str, tuple[type, ...]] = {
    "text": (str,),
    "date": (str,),  # YYYY-MM-DD, or what was typed
    "integer": (int, float, str),
    "number": (int, float, str),
    "boolean": (bool,),
    "choice": (str,),
    "multi_choice": (list,),
}


def answer_errors(pack: RulePack, part: str, answers: Any) -> list[CaseError]:
    """Each answer must be of a type its question's field can show (what was typed may be
    wrong: the wizard explains that; a list where a date goes cannot be shown at all)."""
    if answers is None:
        return []
    if not isinstance(answers, dict):
        return [CaseError(part, "expected a mapping of answers")]
    out = []
    for q in pack.questions:
        value = answers.get(q.id)
        if value is not None and not isinstance(value, ANSWER_TYPES.get(q.kind, (str,))):
            out.append(CaseError(f"{part}.{q.id}", f"{type(value).__name__} is not a {q.kind} answer"))
        elif isinstance(value, list) and not all(isinstance(v, str) for v in value):
            out.append(CaseError(f"{part}.{q.id}", "expected a list of choices"))
        elif isinstance(value, bool) and q.kind in ("integer", "number"):
            out.append(CaseError(f"{part}.{q.id}", f"bool is not a {q.kind} answer"))
    return out


def typed_answers(router: Router, answers: dict[str, Any] | None, today: date) -> dict[str, Any] | None:
    """Draft answers as the wizard holds them: dates back to dates, anything else as typed."""
    if answers is None:
        return None
    out = default_answers(router, today)
    for q in router.pack.questions:
        value = answers.get(q.id, out.get(q.id))
        if q.kind == "date" and isinstance(value, str):
            value = iso_date(value) or value  # else keep what was typed; the wizard explains
        out[q.id] = value
    return out
