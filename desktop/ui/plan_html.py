"""HTML for the detail panel and the plan notes: views only format what the engine decided."""

from __future__ import annotations

from html import escape

from desktop.engine.pack.model import RulePack
from desktop.engine.plan.plan import Note, Plan, PlanItem

from .i18n import fmt_date, tr


def when_text(plan: Plan, item: PlanItem) -> str:
    start = plan.date_of(item.start_day)
    if item.end_day is None:
        return tr("From {start} (day {day}), ongoing").format(start=fmt_date(start), day=item.start_day)
    if item.end_day == item.start_day:
        return tr("{date} (day {day})").format(date=fmt_date(start), day=item.start_day)
    return tr("{start} to {end} (days {first} to {last})").format(
        start=fmt_date(start), end=fmt_date(plan.date_of(item.end_day)), first=item.start_day, last=item.end_day
    )


def tag(name: str, text: str) -> str:
    """`text`, escaped, in an HTML element: tag("h3", "Why") is <h3>Why</h3>."""
    return f"<{name}>{escape(text)}</{name}>"


def site_state(state: str, centre: str = "") -> str:
    """How a site has something it lacks on site: by referral to a centre, or not at all."""
    return tr("by referral to {centre}").format(centre=centre) if state == "referral" else tr("not available")


def citation(pack: RulePack, sid: str) -> str:
    source = pack.sources.get(sid)
    if source is None:
        return escape(sid)
    text = f"<b>[{escape(sid)}]</b> {escape(source.title)}"
    if source.url:
        text += f' <a href="{escape(source.url)}">{escape(source.url)}</a>'
    if not source.confirmed:
        text += " <b>[" + escape(tr("UNCONFIRMED")) + "]</b>"
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
    return f"<h3>{escape(title)}</h3><ul>{rows}</ul>"


def item_html(pack: RulePack, plan: Plan, item: PlanItem) -> str:
    strength = pack.strengths.get(item.strength)
    strength_text = escape(strength.label if strength else item.strength)
    if item.strength_basis:
        strength_text += f" ({short_refs(pack, (item.strength_basis,))})"
    because = "".join(f"<li>{escape(b.label)}: <b>{escape(b.display)}</b></li>" for b in item.because)
    parts = [
        f"<h2>{escape(item.title)}</h2>",
        "<p><b>" + escape(tr("Status:")) + f"</b> {escape(pack.status_labels[item.status])}<br>",
        tag("b", tr("When:")) + f" {escape(when_text(plan, item))}<br>",
        tag("b", tr("Strength of recommendation:")) + f" {strength_text}</p>",
    ]
    if item.site:
        parts.append("<p><b>" + escape(tr("Where:")) + f"</b> {escape(item.site)}</p>")
    if item.detail:
        parts.append(tag("h3", tr("Dose and schedule")) + f"<p>{escape(item.detail)}</p>")
    parts.append(tag("h3", tr("Why")) + f"<p>{escape(item.reason)}</p>")
    parts.append(tag("h3", tr("Answers that decided it")) + f"<ul>{because}</ul>")
    if item.assumptions:
        texts = "".join(f"<li>{escape(pack.question(q).if_unknown or q)}</li>" for q in item.assumptions)
        parts.append(tag("h3", tr("Assumed (answer unknown)")) + f"<ul>{texts}</ul>")
    parts.append(_notes(pack, tr("Cautions"), item.cautions))
    parts.append(_notes(pack, tr("Evidence notes and where sources differ"), item.notes))
    refs = "".join(f"<li>{citation(pack, s)}</li>" for s in item.sources)
    parts.append(tag("h3", tr("Sources")) + f"<ul>{refs}</ul>")
    return "".join(parts)


def plan_notes_html(pack: RulePack, plan: Plan) -> str:
    """What the clinician should see when no item is selected: alerts, assumptions, choices."""
    parts = [
        tag("h2", tr("Plan notes")) + "<p>"
        + escape(tr("Select an item on the timeline (click, or arrow keys) to see its dose, dates, strength of "
                    "recommendation, sources and the answers behind it."))
        + "</p>"
    ]
    if plan.input_warnings:
        rows = "".join(f"<li>{escape(w.text)}</li>" for w in plan.input_warnings)
        parts.append(tag("h3", tr("Check the answers")) + f"<ul>{rows}</ul>")
    others = [a for a in plan.alerts if a.severity != "critical"]
    if others:
        rows = "".join(
            f"<li><b>{escape(pack.severity_labels[a.severity])}:</b> {escape(a.text)}"
            f" <small>({short_refs(pack, a.sources)})</small></li>"
            for a in others
        )
        parts.append(tag("h3", tr("Alerts")) + f"<ul>{rows}</ul>")
    if plan.assumptions:
        rows = "".join(f"<li>{escape(a.text)}</li>" for a in plan.assumptions)
        parts.append(tag("h3", tr("Assumptions (answers left unknown)")) + f"<ul>{rows}</ul>")
    parts.append(profile_html(pack, plan))
    return "".join(parts)


def profile_html(pack: RulePack, plan: Plan) -> str:
    """The site profile's choices and what the site does not have: each visible and explained."""
    rows = "".join(
        f"<li>{escape(c.label)}: <b>{escape(c.choice)}</b> <small>({short_refs(pack, c.sources)})</small>"
        f"<br><small>{escape(c.disagreement)}</small></li>"
        for c in plan.choices
    )
    site = "".join(
        f"<li>{escape(r.label)}: <b>"
        + escape(site_state(r.state, r.centre))
        + "</b></li>"
        for r in plan.site
    )
    title = escape(tr("Site profile: {name}").format(name=plan.profile_name))
    out = f"<h3>{title}</h3><ul>{rows}</ul>"
    if site:
        out += tag("h3", tr("What this site does not have on site")) + f"<ul>{site}</ul>"
    return out
