""""What changed in this rule pack": the pack's changes in clinical terms and the plans that change
(desktop/engine/verify/pack_diff.py and plan_diff.py), as the app shows them before a new pack is used."""

from __future__ import annotations

from html import escape

from desktop.engine.verify.pack_diff import Change
from desktop.engine.verify.plan_diff import PlanDiff

from .html import tag
from .words import Words

MAX_PLANS = 60


def what_changed_html(old: str, new: str, changes: list[Change], plans: PlanDiff | None, plans_problem: str,
                      words: Words) -> str:
    """`old` and `new` name the packs ("ovcf-pathway 1.0.0"); `plans` None: not compared, because of `plans_problem`."""
    summary = words.tr("From {old} to {new}: {count} changes.").format(old=old, new=new, count=len(changes))
    parts = [tag("h2", words.tr("What changed in this rule pack")), tag("p", summary)]
    category = ""
    for change in changes:
        if change.category != category:
            if category:
                parts.append("</ul>")
            category = change.category
            parts.append(f"<h3>{escape(change.category)}</h3><ul>")
        parts.append(f"<li>{escape(change.line())}</li>")
    if category:
        parts.append("</ul>")
    parts.append(tag("h3", words.tr("Plans that change")))
    if plans is None:
        parts.append(tag("p", words.tr("Plans were not compared: {reason}").format(reason=plans_problem)))
        return "".join(parts)
    counted = words.tr(
        "Planned under both packs: {scenarios} scenarios, {generated} generated cases; {changed} changed.")
    counted = counted.format(scenarios=plans.scenarios, generated=plans.generated, changed=len(plans.changed))
    parts.append(f"<p>{escape(counted)}</p><ul>")
    for planned in plans.changed[:MAX_PLANS]:
        lines = "".join(f"<li>{escape(line)}</li>" for line in planned.changes)
        parts.append(f"<li>{escape(planned.case)} [{escape(planned.profile)}]<ul>{lines}</ul></li>")
    parts.append("</ul>")
    if len(plans.changed) > MAX_PLANS:
        more = words.tr("... and {count} more (rules diff lists them all).").format(
            count=len(plans.changed) - MAX_PLANS)
        parts.append(f"<p>{escape(more)}</p>")
    return "".join(parts)
