"""HTML of the printed clinician summary and patient handout (Qt-free; rendered by printing.py).

Printed pages must read in black and white: statuses are written in words, critical alerts
are boxed and labelled, and nothing relies on colour.
"""

from __future__ import annotations

from datetime import date
from html import escape

from desktop import __version__
from desktop.engine.handout import HandoutContent
from desktop.engine.history import Decision, Visit
from desktop.engine.model import RulePack
from desktop.engine.plan import Plan

from .plan_html import STATUS_WORDS, citation, fmt_date, short_refs

STYLE = """
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.5pt; }
h1 { font-size: 15pt; margin: 0 0 4px 0; }
h2 { font-size: 11pt; margin: 10px 0 3px 0; border-bottom: 1px solid #000; }
table.grid { border-collapse: collapse; }
table.grid td, table.grid th { border: 1px solid #000; padding: 3px; vertical-align: top; }
th { text-align: left; background: #e6e6e6; }
td.critical { border: 3px solid #000; padding: 6px; font-weight: bold; }
.small { font-size: 8pt; }
"""


def patient_line(pack: RulePack, answers: dict[str, object], plan: Plan) -> str:
    name = answers.get("patient.name") or "not given"
    sex = pack.question("patient.sex").display(answers.get("patient.sex"))
    return (
        f"<table cellspacing='0' cellpadding='2'><tr><td><b>Patient:</b> {escape(str(name))}</td>"
        f"<td><b>Age:</b> {escape(str(answers.get('patient.age')))}</td><td><b>Sex:</b> {escape(sex)}</td></tr>"
        f"<tr><td><b>Visit:</b> {fmt_date(plan.visit_date)}</td><td><b>Onset:</b> {fmt_date(plan.onset_date)}</td>"
        f"<td><b>Day {plan.day} since onset, {escape(plan.phase)} phase</b></td></tr></table>"
    )


def summary_html(
    pack: RulePack,
    plan: Plan,
    answers: dict[str, object],
    decisions: dict[str, Decision],
    visits: list[Visit],
    printed: date,
) -> str:
    reasons = {r.id: r.label for r in pack.decision_reasons}
    parts = [f"<html><head><style>{STYLE}</style></head><body>", "<h1>OVCF Pathway: clinician summary</h1>"]
    parts.append(patient_line(pack, answers, plan))
    critical = [a for a in plan.alerts if a.severity == "critical"]
    if critical:
        boxed = "".join(
            f"<p>CRITICAL: {escape(a.text)} <span class='small'>({short_refs(pack, a.sources)})</span></p>"
            for a in critical
        )
        parts.append(f"<table width='100%' cellspacing='0'><tr><td class='critical'>{boxed}</td></tr></table>")
    parts.append("<h2>Timeline</h2><img src='timeline.png' width='{TIMELINE_WIDTH}'>")
    rows = []
    for item in plan.items:
        start, end = plan.date_of(item.start_day), plan.date_of(item.end_day)
        if item.end_day is None:
            when = f"from {fmt_date(start)}, ongoing"
        elif item.end_day == item.start_day:
            when = fmt_date(start)
        else:
            when = f"{fmt_date(start)} to {fmt_date(end)}"
        decision = decisions.get(item.id)
        decided = ""
        if decision is not None:
            decided = decision.decision.capitalize()
            if decision.reason:
                decided += f": {escape(reasons.get(decision.reason, decision.reason))}"
            if decision.note:
                decided += f" ({escape(decision.note)})"
        strength = pack.strengths[item.strength].label if item.strength in pack.strengths else item.strength
        rows.append(
            f"<tr><td><b>{escape(item.title)}</b><br>{escape(STATUS_WORDS[item.status].upper())}</td>"
            f"<td>{escape(item.detail)}</td><td>{escape(when)}</td>"
            f"<td>{escape(strength)}<br><span class='small'>{escape(', '.join(item.sources))}</span></td>"
            f"<td>{decided}</td></tr>"
        )
    parts.append(
        "<h2>Plan items</h2><table class='grid' width='100%' cellspacing='0'>"
        "<tr><th width='23%'>Item and status</th><th width='35%'>Dose and schedule</th><th width='14%'>Dates</th>"
        "<th width='15%'>Strength, sources</th><th width='13%'>Decision</th></tr>" + "".join(rows) + "</table>"
    )
    others = [a for a in plan.alerts if a.severity != "critical"]
    if others:
        listed = "".join(
            f"<li>{escape(a.severity.capitalize())}: {escape(a.text)} "
            f"<span class='small'>({short_refs(pack, a.sources)})</span></li>"
            for a in others
        )
        parts.append(f"<h2>Other alerts</h2><ul>{listed}</ul>")
    if plan.assumptions:
        parts.append("<h2>Assumptions (answers left unknown)</h2><ul>"
                     + "".join(f"<li>{escape(a.text)}</li>" for a in plan.assumptions) + "</ul>")
    if visits:
        visit_rows = "".join(
            f"<tr><td>{fmt_date(v.date)}</td><td>{v.day}</td><td>{escape(v.phase)}</td>"
            f"<td>{escape(', '.join(c.field for c in v.changed) or 'none')}</td>"
            f"<td>{escape(v.rule_pack.get('version', ''))}</td></tr>"
            for v in visits
        )
        parts.append("<h2>Visits</h2><table class='grid' cellspacing='0'><tr><th>Date</th><th>Day</th><th>Phase</th>"
                     "<th>Answers changed</th><th>Rule pack</th></tr>" + visit_rows + "</table>")
    parts.append("<h2>Site profile: " + escape(plan.profile_name) + "</h2><ul>" + "".join(
        f"<li>{escape(c.label)}: {escape(c.choice)}</li>" for c in plan.choices) + "</ul>")
    cited = "".join(f"<li>{citation(pack, s)}</li>" for s in plan.cited())
    parts.append(f"<h2>Sources</h2><ol class='small'>{cited}</ol>")
    parts.append(
        f"<p class='small'>Rule pack {escape(plan.pack_id)} {escape(plan.pack_version)}, "
        f"sha256 {escape(plan.pack_sha256)}. "
        f"OVCF Pathway {escape(__version__)}. Printed {fmt_date(printed)}.</p>"
        f"<p class='small'><b>{escape(pack.disclaimer)}</b></p></body></html>"
    )
    return "".join(parts)


def handout_html(content: HandoutContent, answers: dict[str, object], plan: Plan) -> str:
    name = answers.get("patient.name")
    parts = [
        "<html><head><style>body { font-family: 'DejaVu Sans', sans-serif; font-size: 12pt; } "
        "h1 { font-size: 18pt; } h2 { font-size: 14pt; margin-top: 14px; }</style></head><body>",
        f"<h1>{escape(content.title)}</h1>",
    ]
    if name:
        parts.append(f"<p><b>{escape(str(name))}</b>, {fmt_date(plan.visit_date)}</p>")
    else:
        parts.append(f"<p>{fmt_date(plan.visit_date)}</p>")
    parts.append(f"<p>{escape(content.intro)}</p>")
    for section in content.sections:
        if not section.lines:
            continue
        marker = "<b>!</b> " if section.key == "warning" else ""
        items = "".join(f"<li>{marker}{escape(line.text)}</li>" for line in section.lines)
        parts.append(f"<h2>{escape(section.heading)}</h2><ul>{items}</ul>")
    parts.append("</body></html>")
    return "".join(parts)
