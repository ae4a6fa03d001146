"""A choice of the plan (one drug of several, rules/choices.yaml) in one sentence:
"First choice: X. Alternatives: Y, Z. Not for this patient: W (reason); V (reason)."

One computation (`choice_parts`), one wording per medium: the screen and the printouts in the
reader's language (`words.tr`), the text output in the rule pack's (`msg`), as `when.py` does.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.engine.plan.plan import Plan, PlanGroup
from desktop.engine.record import record

from .words import Words


@record
class ChoiceParts:
    first: str  # the first choice's title, "" if none
    alternatives: tuple[str, ...]  # titles
    excluded: tuple[tuple[str, str], ...]  # (title, why not)


def choice_parts(plan: Plan, group: PlanGroup) -> ChoiceParts:
    def title(item_id: str) -> str:
        item = plan.item(item_id)
        return item.title if item is not None else item_id

    def why_not(item_id: str) -> str:
        item = plan.item(item_id)
        if item is None:
            return ""
        return (" ".join(w for w in (item.site, item.reason) if w) or item.status_label).rstrip(". ")

    return ChoiceParts(
        first=title(group.first) if group.first else "",
        alternatives=tuple(title(i) for i in group.alternatives),
        excluded=tuple((title(i), why_not(i)) for i in group.excluded),
    )


def screen_choice(plan: Plan, group: PlanGroup, words: Words) -> list[str]:
    """The sentences of the choice, in the reader's language (plain text: escape for HTML)."""
    parts = choice_parts(plan, group)
    out = []
    if parts.first:
        out.append(words.tr("First choice: {item}.").format(item=parts.first))
    else:
        out.append(words.tr("No first choice: none of these can be offered with these answers (see the alerts)."))
    if parts.alternatives:
        out.append(words.tr("Alternatives: {items}.").format(items=", ".join(parts.alternatives)))
    if parts.excluded:
        each = [words.tr("{item} ({reason})").format(item=title, reason=why) for title, why in parts.excluded]
        out.append(words.tr("Not for this patient: {items}.").format(items="; ".join(each)))
    return out


def text_choice(plan: Plan, group: PlanGroup, msg: Callable[..., str]) -> list[str]:
    """The same for `plan --format text`, in the rule pack's language."""
    parts = choice_parts(plan, group)
    out = []
    if parts.first:
        out.append(msg("First choice: {item}.", item=parts.first))
    else:
        out.append(msg("No first choice: none of these can be offered with these answers (see the alerts)."))
    if parts.alternatives:
        out.append(msg("Alternatives: {items}.", items=", ".join(parts.alternatives)))
    if parts.excluded:
        each = [msg("{item} ({reason})", item=title, reason=why) for title, why in parts.excluded]
        out.append(msg("Not for this patient: {items}.", items="; ".join(each)))
    return out
