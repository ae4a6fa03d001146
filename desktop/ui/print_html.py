"""HTML of the printed clinician summary and patient handout (rendered by printing.py).

Printed pages must read in black and white: statuses are written in words, critical alerts
are boxed and labelled, and nothing relies on colour.
"""

from __future__ import annotations

from datetime import date
from html import escape

from desktop import __version__
from desktop.engine.case.history import Decision, Visit
from desktop.engine.pack.model import RulePack
from desktop.engine.plan.handout import HandoutContent
from desktop.engine.plan.plan import Plan, PlanItem

from .i18n import fmt_date, tr
from .plan_html import citation, short_refs, site_state, tag

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
    name = answers.get("patient.name") or tr("not given")
    sex = pack.question("patient.sex").display(answers.get("patient.sex"))
    phase = pack.phase_label(plan.phase).lower()
    cells = (
        (tr("Patient:"), escape(str(name))),
        (tr("Age:"), escape(str(answers.get("patient.age")))),
        (tr("Sex:"), escape(sex)),
        (tr("Visit:"), fmt_date(plan.visit_date)),
        (tr("Onset:"), fmt_date(plan.onset_date)),
    )
    tds = [f"<td><b>{escape(label)}</b> {value}</td>" for label, value in cells]
    day = escape(tr("Day {day} since onset, {phase} phase").format(day=plan.day, phase=phase))
    return (f"<table cellspacing='0' cellpadding='2'><tr>{''.join(tds[:3])}</tr>"
            f"<tr>{''.join(tds[3:])}<td><b>{day}</b></td></tr></table>")


def header_cells(cells: tuple[tuple[str, int], ...]) -> str:
    return "".join(f"<th width='{w}%'>{escape(t)}</th>" if w else f"<th>{escape(t)}</th>" for t, w in cells)


def dates_text(plan: Plan, item: PlanItem) -> str:
    start = fmt_date(plan.date_of(item.start_day))
    if item.end_day is None:
        return tr("from {start}, ongoing").format(start=start)
    if item.end_day == item.start_day:
        return start
    return tr("{start} to {end}").format(start=start, end=fmt_date(plan.date_of(item.end_day)))


def decision_label(decision: str) -> str:
    return {"accepted": tr("Accepted"), "declined": tr("Declined")}.get(decision, decision)


def site_html(plan: Plan) -> str:
    """The site profile's choices, and what the site lacks, for the printout."""
    title = escape(tr("Site profile: {name}").format(name=plan.profile_name))
    rows = "".join(f"<li>{escape(c.label)}: {escape(c.choice)}</li>" for c in plan.choices)
    rows += "".join(
        f"<li>{escape(r.label)}: "
        + escape(site_state(r.state, r.centre))
        + "</li>"
        for r in plan.site
    )
    return f"<h2>{title}</h2><ul>{rows}</ul>"


def summary_html(
    pack: RulePack,
    plan: Plan,
    answers: dict[str, object],
    decisions: dict[str, Decision],
    visits: list[Visit],
    printed: date,
) -> str:
    reasons = {r.id: r.label for r in pack.decision_reasons}
    parts = [f"<html><head><style>{STYLE}</style></head><body>",
             tag("h1", tr("OVCF Pathway: clinician summary"))]
    parts.append(patient_line(pack, answers, plan))
    critical = [a for a in plan.alerts if a.severity == "critical"]
    if critical:
        boxed = "".join(
            f"<p>{escape(pack.severity_labels['critical'].upper())}: {escape(a.text)} "
            f"<span class='small'>({short_refs(pack, a.sources)})</span></p>"
            for a in critical
        )
        parts.append(f"<table width='100%' cellspacing='0'><tr><td class='critical'>{boxed}</td></tr></table>")
    parts.append(tag("h2", tr("Timeline")) + "<img src='timeline.png' width='{TIMELINE_WIDTH}'>")
    rows = []
    for item in plan.items:
        when = dates_text(plan, item)
        decision = decisions.get(item.id)
        decided = ""
        if decision is not None:
            decided = escape(decision_label(decision.decision))
            if decision.reason:
                decided += f": {escape(reasons.get(decision.reason, decision.reason))}"
            if decision.note:
                decided += f" ({escape(decision.note)})"
        strength = pack.strengths[item.strength].label if item.strength in pack.strengths else item.strength
        rows.append(
            f"<tr><td><b>{escape(item.title)}</b><br>{escape(pack.status_labels[item.status].upper())}</td>"
            f"<td>{escape(item.detail)}</td><td>{escape(when)}</td>"
            f"<td>{escape(strength)}<br><span class='small'>{escape(', '.join(item.sources))}</span></td>"
            f"<td>{decided}</td></tr>"
        )
    parts.append(
        tag("h2", tr("Plan items")) + "<table class='grid' width='100%' cellspacing='0'><tr>"
        + header_cells(((tr("Item and status"), 23), (tr("Dose and schedule"), 35), (tr("Dates"), 14),
                        (tr("Strength, sources"), 15), (tr("Decision"), 13)))
        + "</tr>" + "".join(rows) + "</table>"
    )
    others = [a for a in plan.alerts if a.severity != "critical"]
    if others:
        listed = "".join(
            f"<li>{escape(pack.severity_labels[a.severity])}: {escape(a.text)} "
            f"<span class='small'>({short_refs(pack, a.sources)})</span></li>"
            for a in others
        )
        parts.append(tag("h2", tr("Other alerts")) + f"<ul>{listed}</ul>")
    if plan.assumptions:
        assumed = "".join(f"<li>{escape(a.text)}</li>" for a in plan.assumptions)
        parts.append(tag("h2", tr("Assumptions (answers left unknown)")) + f"<ul>{assumed}</ul>")
    if visits:
        none = tr("none")
        visit_rows = "".join(
            f"<tr><td>{fmt_date(v.date)}</td><td>{v.day}</td><td>{escape(pack.phase_label(v.phase))}</td>"
            f"<td>{escape(', '.join(c.field for c in v.changed) or none)}</td>"
            f"<td>{escape(v.rule_pack.get('version', ''))}</td></tr>"
            for v in visits
        )
        heads = header_cells(((tr("Date"), 0), (tr("Day"), 0), (tr("Phase"), 0), (tr("Answers changed"), 0),
                              (tr("Rule pack"), 0)))
        parts.append(tag("h2", tr("Visits")) + f"<table class='grid' cellspacing='0'><tr>{heads}</tr>"
                     + visit_rows + "</table>")
    parts.append(site_html(plan))
    cited = "".join(f"<li>{citation(pack, s)}</li>" for s in plan.cited())
    parts.append(tag("h2", tr("Sources")) + f"<ol class='small'>{cited}</ol>")
    footer = tr("Rule pack {id} {version}, sha256 {sha256}. OVCF Pathway {app}. Printed {date}.").format(
        id=plan.pack_id, version=plan.pack_version, sha256=plan.pack_sha256, app=__version__, date=fmt_date(printed))
    parts.append(
        f"<p class='small'>{escape(footer)}</p>"
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
