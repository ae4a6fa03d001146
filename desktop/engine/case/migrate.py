"""Case files of an older format, read as the current one (`ovcf-case/1` -> `ovcf-case/2`).

What changed is data, not code: a question in rules/questions.yaml says which field of older
files it `replaces`, in which formats, and what each old value becomes. Reading such a file maps
the old field onto the question and drops it; each known value so mapped is an assumption the
plan lists (the question's `note`) for as long as the answer is still the migrated one. Saving
writes the current format.
"""

from __future__ import annotations

from typing import Any

from desktop.engine.record import record

from ..pack.errors import CaseError
from ..pack.model import Question, Replacement, RulePack
from ..pack.schema import describe


@record
class Migrated:
    """An answer a migration gave: the plan says so while the answer is still `value`."""

    field: str
    value: Any
    text: str


def _same(a: Any, b: Any) -> bool:
    return a == b and type(a) is type(b)  # true is not 1


def mapped(q: Question, old: Any) -> str | None:
    """The choice an old value becomes, None if the question maps no such value."""
    assert q.replaces is not None
    return next((new for value, new in q.replaces.values if _same(value, old)), None)


def answer(q: Question, choice: str) -> Any:
    """A choice as the case holds it (the 'not known' choice is an unknown answer)."""
    return None if choice == q.null_choice else choice


def migrate(pack: RulePack, raw: dict[str, Any], fmt: str, errors: list[CaseError]) -> tuple[dict[str, Any],
                                                                                               list[Migrated]]:
    """`raw` (a parsed case file of format `fmt`) with every replaced field mapped onto its
    question; bad old values are added to `errors`, in the pack's language."""
    msg = pack.catalog.msg
    out = {key: dict(value) if isinstance(value, dict) else value for key, value in raw.items()}
    migrated: list[Migrated] = []
    for q in pack.questions:
        rep = q.replaces
        if rep is None or fmt not in rep.formats:
            continue
        old_group, _, old_key = rep.field.rpartition(".")
        holder = out.get(old_group) if old_group else out
        if not isinstance(holder, dict):
            continue  # not a group: the case check reports it
        old = holder.pop(old_key, None)
        group, _, key = q.id.rpartition(".")
        target = out.setdefault(group, {}) if group else out
        if not isinstance(target, dict):
            continue
        if key in target:
            errors.append(CaseError(q.id, msg("not a field of {format} (it has {field})", format=fmt, field=rep.field)))
            continue
        choice = mapped(q, old)
        if choice is None:
            allowed = ", ".join(describe(value, pack.catalog) for value, _ in rep.values)
            errors.append(CaseError(rep.field, msg("{value} is not allowed (allowed: {allowed})",
                                                   value=describe(old, pack.catalog), allowed=allowed)))
            continue
        target[key] = choice
        if old is not None and rep.note:
            migrated.append(Migrated(q.id, answer(q, choice), note(q, rep, old, choice)))
    return out, migrated


def note(q: Question, rep: Replacement, old: Any, choice: str) -> str:
    shown = (q.words.yes if old else q.words.no) if isinstance(old, bool) else str(old)
    return rep.note.format(old_question=rep.label, old=shown, question=q.short or q.label, new=q.choice_label(choice))


def replaced(pack: RulePack, field: str, old: Any) -> tuple[str, Any] | None:
    """A recorded value of a field older files had (a visit's history): (question, answer)."""
    for q in pack.questions:
        if q.replaces is not None and q.replaces.field == field:
            choice = mapped(q, old)
            return None if choice is None else (q.id, answer(q, choice))
    return None
