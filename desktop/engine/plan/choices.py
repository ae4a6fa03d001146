"""Choices (rules/choices.yaml): of several items the clinician prescribes one.

After every member's own rules ran, the first choice is the first member, in the choice's
effective order (its `order` entries can change it, e.g. by the site profile's first-line
drug), whose status is `continue`; else the first `recommended`, `urgent`, `conditional`,
`consider`, in that order of preference. Every other offered member becomes an `alternative`
(window, reason and sources kept; not a to-do); members not offered are `excluded` and keep
their status and reason. On the plan the members follow each other: first choice,
alternatives, excluded.
"""

from __future__ import annotations

from dataclasses import replace

from ..pack.compiled import Ctx
from ..pack.model import ALTERNATIVE, ChoiceGroup
from .plan import PlanGroup, PlanItem

# which status makes a member the first choice, most preferred first (rules' offered statuses)
FIRST_CHOICE_PRIORITY = ("continue", "recommended", "urgent", "conditional", "consider")


def effective_order(group: ChoiceGroup, ctx: Ctx) -> tuple[str, ...]:
    return next((o.members for o in group.order if o.when.fn(ctx)), group.members)


def resolve_choices(
    groups: tuple[ChoiceGroup, ...], items: dict[str, PlanItem], ctx: Ctx,
    offered: set[str], alternative_label: str,
) -> tuple[dict[str, PlanItem], tuple[PlanGroup, ...]]:
    """The plan's items with each member's role (in plan order, each choice's members together)
    and the plan's groups. Members absent from the plan are left out."""
    resolved = dict(items)
    planned: list[PlanGroup] = []
    blocks: dict[str, list[str]] = {}  # first member met in plan order -> the block's item ids
    for group in groups:
        present = [m for m in effective_order(group, ctx) if m in items]
        if not present:
            continue
        rank = {s: i for i, s in enumerate(FIRST_CHOICE_PRIORITY)}
        candidates = [m for m in present if items[m].status in offered]
        first = min(candidates, key=lambda m: rank.get(items[m].status, len(rank))) if candidates else None
        alternatives = [m for m in candidates if m != first]
        excluded = [m for m in present if m not in candidates]
        for member in present:
            item = items[member]
            if member == first:
                resolved[member] = replace(item, group=group.id, choice="first")
            elif member in alternatives:
                resolved[member] = replace(item, group=group.id, choice="alternative", status=ALTERNATIVE,
                                           status_label=alternative_label, offered=False)
            else:
                resolved[member] = replace(item, group=group.id, choice="excluded")
        planned.append(PlanGroup(group.id, group.label, first, tuple(alternatives), tuple(excluded), group.sources))
        block = [*([first] if first else []), *alternatives, *excluded]
        blocks[next(i for i in items if i in block)] = block
    if not blocks:
        return resolved, tuple(planned)
    in_blocks = {m for block in blocks.values() for m in block}
    ordered: dict[str, PlanItem] = {}
    for item_id in items:
        if item_id in blocks:
            ordered.update((m, resolved[m]) for m in blocks[item_id])
        elif item_id not in in_blocks:
            ordered[item_id] = resolved[item_id]
    return ordered, tuple(planned)
