"""The detail panel: one item in full (dose, dates, strength, why, sources), or the plan notes."""

from __future__ import annotations

from html import escape

from desktop.engine.plan.plan import Note, Plan, PlanGroup, PlanItem

from .choices import screen_choice
from .html import citation, short_refs, tag
from .site import missing_html, profile_title
from .when import screen_when
from .words import Words


def _notes(plan: Plan, title: str, notes: tuple[Note, ...]) -> str:
    if not notes:
        return ""
    rows = "".join(f"<li>{escape(n.text)} <small>({short_refs(plan.sources, n.sources)})</small></li>" for n in notes)
    return f"<h3>{escape(title)}</h3><ul>{rows}</ul>"


def item_html(plan: Plan, item: PlanItem, words: Words) -> str:
    strength_text = escape(item.strength_label)
    if item.strength_basis:
        strength_text += f" ({short_refs(plan.sources, (item.strength_basis,))})"
    because = "".join(f"<li>{escape(b.label)}: <b>{escape(b.display)}</b></li>" for b in item.because)
    parts = [
        f"<h2>{escape(item.title)}</h2>",
        "<p><b>" + escape(words.tr("Status:")) + f"</b> {escape(item.status_label)}<br>",
        tag("b", words.tr("When:")) + f" {escape(screen_when(plan, item.start_day, item.end_day, words))}<br>",
        tag("b", words.tr("Strength of recommendation:")) + f" {strength_text}</p>",
    ]
    if plan.secondary_only(item):  # pathway V2.9
        parts.append(tag("p", words.tr("Secondary summary only: verify against a primary source.")))
    group = plan.group_of(item)
    if group is not None:
        parts.append(choice_html(plan, group, words))
    if item.site:
        parts.append("<p><b>" + escape(words.tr("Where:")) + f"</b> {escape(item.site)}</p>")
    if item.detail:
        parts.append(tag("h3", words.tr("Dose and schedule")) + f"<p>{escape(item.detail)}</p>")
    parts.append(tag("h3", words.tr("Why")) + f"<p>{escape(item.reason)}</p>")
    parts.append(tag("h3", words.tr("Answers that decided it")) + f"<ul>{because}</ul>")
    if item.assumed:
        texts = "".join(f"<li>{escape(text)}</li>" for text in item.assumed)
        parts.append(tag("h3", words.tr("Assumed (answer unknown)")) + f"<ul>{texts}</ul>")
    parts.append(_notes(plan, words.tr("Cautions"), item.cautions))
    parts.append(_notes(plan, words.tr("Evidence notes and where sources differ"), item.notes))
    refs = "".join(f"<li>{citation(plan.sources, s, words)}</li>" for s in item.sources)
    parts.append(tag("h3", words.tr("Sources")) + f"<ul>{refs}</ul>")
    return "".join(parts)


def plan_notes_html(plan: Plan, words: Words) -> str:
    """What the clinician should see when no item is selected: alerts, assumptions, choices."""
    parts = [
        tag("h2", words.tr("Plan notes")) + "<p>"
        + escape(words.tr("Select an item on the timeline (click, or arrow keys) to see its dose, dates, strength of "
                    "recommendation, sources and the answers behind it."))
        + "</p>"
    ]
    if plan.input_warnings:
        rows = "".join(f"<li>{escape(w.text)}</li>" for w in plan.input_warnings)
        parts.append(tag("h3", words.tr("Check the answers")) + f"<ul>{rows}</ul>")
    others = plan.other_alerts()
    if others:
        rows = "".join(
            f"<li><b>{escape(a.severity_label)}:</b> {escape(a.text)}"
            f" <small>({short_refs(plan.sources, a.sources)})</small></li>"
            for a in others
        )
        parts.append(tag("h3", words.tr("Alerts")) + f"<ul>{rows}</ul>")
    if plan.assumptions:
        rows = "".join(f"<li>{escape(a.text)}</li>" for a in plan.assumptions)
        parts.append(tag("h3", words.tr("Assumptions (answers left unknown)")) + f"<ul>{rows}</ul>")
    parts.extend(choice_html(plan, group, words) for group in plan.groups)
    parts.append(profile_html(plan, words))
    return "".join(parts)


def choice_html(plan: Plan, group: PlanGroup, words: Words) -> str:
    """One drug of several: the first choice, the alternatives ("or"), those not for this patient."""
    sentences = screen_choice(plan, group, words)
    head = f"<p><b>{escape(sentences[0])}</b>"
    rest = "".join(f"<br>{escape(s)}" for s in sentences[1:])
    refs = f" <small>({short_refs(plan.sources, group.sources)})</small>" if group.sources else ""
    return f"<h3>{escape(group.label)}</h3>{head}{rest}{refs}</p>"


def profile_html(plan: Plan, words: Words) -> str:
    """The site profile's choices and what the site does not have: each visible and explained."""
    rows = "".join(
        f"<li>{escape(c.label)}: <b>{escape(c.choice)}</b> <small>({short_refs(plan.sources, c.sources)})</small>"
        f"<br><small>{escape(c.disagreement)}</small></li>"
        for c in plan.choices
    )
    out = f"<h3>{escape(profile_title(plan.profile_name, words))}</h3><ul>{rows}</ul>"
    if plan.site:
        heading = tag("h3", words.tr("What this site does not have on site"))
        out += f"{heading}<ul>{missing_html(plan.site, words)}</ul>"
    return out
