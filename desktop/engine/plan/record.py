"""Today's visit, recorded in the case's history from the plan computed for it."""

from __future__ import annotations

from typing import Any

from ..case.history import Change, Visit, plain
from ..pack.model import RulePack
from .plan import Plan


def record_visit(
    pack: RulePack, visits: list[Visit], previous: dict[str, Any] | None, answers: dict[str, Any], plan: Plan
) -> list[Visit]:
    """The visit history with today's visit recorded (replacing an entry for the same date)."""
    offered = set(pack.status_groups.get("offered", ()))
    changed = tuple(
        Change(q.id, plain((previous or {}).get(q.id)), plain(answers.get(q.id)))
        for q in pack.questions
        if plain((previous or {}).get(q.id)) != plain(answers.get(q.id))
    )
    visit = Visit(
        date=plan.visit_date,
        day=plan.day,
        phase=plan.phase,
        rule_pack={"id": plan.pack_id, "version": plan.pack_version, "sha256": plan.pack_sha256},
        profile=plan.profile_id,
        changed=changed,
        key_items=tuple((i.id, i.status) for i in plan.items if i.status in offered),
    )
    return [v for v in visits if v.date != visit.date] + [visit]
