"""Reading rules/choices.yaml: items of which the clinician prescribes one.

    choices:
      - id: antiresorptive
        label: Long-term antiresorptive (one drug)
        members: [alendronate, risedronate, zoledronic_acid, ibandronate, denosumab]  # preference order
        order:                          # optional: the first entry whose `when` holds reorders them
          - when: {param: first_line_antiresorptive, eq: denosumab}
            members: [denosumab, alendronate, risedronate, zoledronic_acid, ibandronate]
        sources: [S28, S31]

Each member keeps its own rules (rules/items/); the planner then picks the first choice among
the members its rules offered (see `plan/choices.py`). The file is optional: a pack without it
(release 1.0.0) has no choices.
"""

from __future__ import annotations

from .compile_env import CompileEnv
from .conditions import compile_condition
from .model import ALTERNATIVE, ChoiceGroup, ChoiceOrder
from .read_rules import Citations, UniqueIds
from .schema import Node

CHOICES_FILE = "choices.yaml"


def read_choices(node: Node, env: CompileEnv, cite: Citations, lanes: dict[str, str]) -> tuple[ChoiceGroup, ...]:
    """The pack's choices; every problem is recorded on `node` (file, line and field).
    `lanes`: each item's lane (a choice is one block of one lane on the timeline)."""
    if ALTERNATIVE in env.status_groups.get("offered", ()):
        node.error(f"'{ALTERNATIVE}' is not an offered status (an alternative is not a to-do): "
                   "remove it from pack.yaml status_groups.offered")
    if not node.is_mapping({"choices"}):
        return ()
    groups = []
    ids = UniqueIds("choice")
    owner: dict[str, str] = {}  # item id -> the choice it belongs to
    for entry in node.get("choices").entries():
        if not entry.is_mapping({"id", "label", "members", "sources"}, {"order"}):
            continue
        choice_id = ids.add(entry, entry.get("id").text())
        members = _members(entry.get("members"), env)
        in_lanes = sorted({lanes[m] for m in members if m in lanes})
        if len(in_lanes) > 1:
            entry.get("members").error(f"the members of a choice must be in one lane (got {', '.join(in_lanes)})")
        for index, item_id in enumerate(members):
            if item_id in owner:
                entry.get("members").child(index, item_id).error(
                    f"item '{item_id}' is already a member of choice '{owner[item_id]}'")
            owner.setdefault(item_id, choice_id)
        order = []
        if entry.has("order"):
            for option in entry.get("order").entries():
                if not option.is_mapping({"when", "members"}):
                    continue
                reordered = _members(option.get("members"), env)
                if sorted(reordered) != sorted(members):
                    option.get("members").error(
                        f"must list the same items as 'members' ({', '.join(members)}), in another order")
                order.append(ChoiceOrder(compile_condition(option.get("when"), env), reordered))
        groups.append(ChoiceGroup(
            id=choice_id,
            label=entry.get("label").words(),
            members=members,
            sources=cite.sources(entry.get("sources")),
            order=tuple(order),
            line=entry.line,
        ))
    return tuple(groups)


def _members(node: Node, env: CompileEnv) -> tuple[str, ...]:
    members = node.text_list()
    if isinstance(node.value, list) and len(members) < 2:
        node.error("a choice needs at least two items")
    seen: set[str] = set()
    for index, item_id in enumerate(members):
        if item_id and item_id not in env.item_ids:
            node.child(index, item_id).error(f"unknown item '{item_id}'")
        elif item_id in seen:
            node.child(index, item_id).error(f"item '{item_id}' is listed twice")
        seen.add(item_id)
    return tuple(members)
