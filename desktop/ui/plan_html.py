"""HTML for the detail panel and the review page. Plain Python (no Qt): views only format."""

from __future__ import annotations

from html import escape
from typing import Any

from desktop.engine.model import RulePack
from desktop.engine.plan import Note, Plan, PlanItem

STATUS_WORDS = {
    "recommended": "Recommended",
    "consider": "Consider",
    "conditional": "Conditional (future decision)",
    "continue": "Continue",
    "urgent": "Urgent",
    "not_recommended": "Not recommended",
    "contraindicated": "Contraindicated",
    "unavailable": "Unavailable",
    "window_passed": "Window passed",
}


def fmt_date(value: Any) -> str:
    return f"{value.day} {value.strftime('%b %Y')}" if value is not None else ""


def when_text(plan: Plan, item: PlanItem) -> str:
    start = plan.date_of(item.start_day)
    if item.end_day is None:
        return f"From {fmt_date(start)} (day {item.start_day}), ongoing"
    if item.end_day == item.start_day:
        return f"{fmt_date(start)} (day {item.start_day})"
    return f"{fmt_date(start)} to {fmt_date(plan.date_of(item.end_day))} (days {item.start_day} to {item.end_day})"


def citation(pack: RulePack, sid: str) -> str:
    source = pack.sources.get(sid)
    if source is None:
        return escape(sid)
    text = f"<b>[{escape(sid)}]</b> {escape(source.title)}"
    if source.url:
        text += f' <a href="{escape(source.url)}">{escape(source.url)}</a>'
    if not source.confirmed:
        text += " <b>[UNCONFIRMED]</b>"
    if source.note:
        text += f" <i>{escape(source.note)}</i>"
    return text


def short_refs(pack: RulePack, ids: tuple[str, ...]) -> str:
    names = [pack.sources[s].short if s in pack.sources else s for s in ids]
    return escape("; ".join(names))


def _notes(pack: RulePack, title: str, notes: tuple[Note, ...]) -> str:
    if not notes:
        return ""
    rows = "".join(f"<li>{escape(n.text)} <small>({short_refs(pack, n.sources)})</small></li>" for n in notes)
    return f"<h3>{title}</h3><ul>{rows}</ul>"


def item_html(pack: RulePack, plan: Plan, item: PlanItem) -> str:
    strength = pack.strengths.get(item.strength)
    strength_text = escape(strength.label if strength else item.strength)
    if item.strength_basis:
        strength_text += f" ({short_refs(pack, (item.strength_basis,))})"
    because = "".join(f"<li>{escape(b.label)}: <b>{escape(b.display)}</b></li>" for b in item.because)
    parts = [
        f"<h2>{escape(item.title)}</h2>",
        f"<p><b>Status:</b> {escape(STATUS_WORDS[item.status])}<br>",
        f"<b>When:</b> {escape(when_text(plan, item))}<br>",
        f"<b>Strength of recommendation:</b> {strength_text}</p>",
    ]
    if item.detail:
        parts.append(f"<h3>Dose and schedule</h3><p>{escape(item.detail)}</p>")
    parts.append(f"<h3>Why</h3><p>{escape(item.reason)}</p>")
    parts.append(f"<h3>Answers that decided it</h3><ul>{because}</ul>")
    if item.assumptions:
        texts = "".join(
            f"<li>{escape(pack.question(q).if_unknown or q)}</li>" for q in item.assumptions
        )
        parts.append(f"<h3>Assumed (answer unknown)</h3><ul>{texts}</ul>")
    parts.append(_notes(pack, "Cautions", item.cautions))
    parts.append(_notes(pack, "Evidence notes and where sources differ", item.notes))
    refs = "".join(f"<li>{citation(pack, s)}</li>" for s in item.sources)
    parts.append(f"<h3>Sources</h3><ul>{refs}</ul>")
    return "".join(parts)


def plan_notes_html(pack: RulePack, plan: Plan) -> str:
    """What the clinician should see when no item is selected: alerts, assumptions, choices."""
    parts = ["<h2>Plan notes</h2><p>Select an item on the timeline (click, or arrow keys) to see its dose, "
             "dates, strength of recommendation, sources and the answers behind it.</p>"]
    if plan.input_warnings:
        rows = "".join(f"<li>{escape(w.text)}</li>" for w in plan.input_warnings)
        parts.append(f"<h3>Check the answers</h3><ul>{rows}</ul>")
    others = [a for a in plan.alerts if a.severity != "critical"]
    if others:
        rows = "".join(
            f"<li><b>{escape(a.severity.capitalize())}:</b> {escape(a.text)}"
            f" <small>({short_refs(pack, a.sources)})</small></li>"
            for a in others
        )
        parts.append(f"<h3>Alerts</h3><ul>{rows}</ul>")
    if plan.assumptions:
        rows = "".join(f"<li>{escape(a.text)}</li>" for a in plan.assumptions)
        parts.append(f"<h3>Assumptions (answers left unknown)</h3><ul>{rows}</ul>")
    rows = "".join(
        f"<li>{escape(c.label)}: <b>{escape(c.choice)}</b> <small>({short_refs(pack, c.sources)})</small>"
        f"<br><small>{escape(c.disagreement)}</small></li>"
        for c in plan.choices
    )
    parts.append(f"<h3>Site profile: {escape(plan.profile_name)}</h3><ul>{rows}</ul>")
    return "".join(parts)
