"""A request or referral letter for one service the plan asks for (a referral, a scan, a
work-up), as HTML for a PDF: who, why, how urgent, the answers it rests on, what else the plan
says today, and its sources. The clinician signs it; nothing is sent anywhere."""

from __future__ import annotations

from html import escape

from desktop.engine.plan.plan import Plan, PlanItem
from desktop.engine.plan.this_visit import this_visit

from .banner import unsigned_banner
from .html import tag
from .summary_html import STYLE, patient_line
from .this_visit_html import this_visit_html
from .when import print_when
from .words import Words

SERVICE = "service"  # pack.model.ITEM_KINDS: what a health record holds as a service request


def letter_items(plan: Plan) -> list[PlanItem]:
    """The services this plan asks for at this visit or later: a letter each (not what is
    advised against, unavailable or past its window, nor an alternative to a first choice)."""
    return [i for i in plan.items if i.kind == SERVICE and i.decidable and i.choice != "alternative"]


def referral_html(plan: Plan, item: PlanItem, words: Words) -> str:
    blank = "&nbsp;" * 40  # to fill in by hand
    sender = ", ".join(p for p in (plan.clinic_name, plan.clinic_phone) if p)
    urgency = f"<b>{escape(item.status_label.upper())}</b>, " + escape(
        print_when(plan, item.start_day, item.end_day, words))
    rows = "".join(f"<tr><td width='22%'><b>{escape(label)}</b></td><td>{value}</td></tr>" for label, value in (
        (words.tr("Date:"), escape(words.date(plan.visit_date))),
        (words.tr("From:"), escape(sender) or blank),
        (words.tr("To:"), escape(item.site) or blank),
        (words.tr("Request:"), f"<b>{escape(item.title)}</b>"),
        (words.tr("Urgency:"), urgency),
    ))
    title = words.tr("Request / referral: {item}").format(item=item.title)
    parts = [f"<html><head><style>{STYLE}</style></head><body>{unsigned_banner(plan, words)}", tag("h1", title),
             patient_line(plan, words), f"<table class='grid' width='100%' cellspacing='0'>{rows}</table>"]
    critical = plan.critical_alerts()
    if critical:
        listed = "".join(f"<li><b>{escape(a.text)}</b></li>" for a in critical)
        parts.append(tag("h2", words.tr("Critical alerts")) + f"<ul>{listed}</ul>")
    parts.append(tag("h2", words.tr("Why")) + tag("p", item.reason))
    if item.detail:
        parts.append(tag("p", item.detail))
    if item.because:
        answers = "".join(f"<li>{escape(b.label)}: {escape(b.display)}</li>" for b in item.because)
        parts.append(tag("h2", words.tr("Answers it rests on")) + f"<ul>{answers}</ul>")
    parts.append(tag("h2", words.tr("The plan at this visit")) + f"<p>{this_visit_html(this_visit(plan), words)}</p>")
    names = "; ".join(f"{sid} {plan.sources[sid].short}" if sid in plan.sources else sid for sid in item.sources)
    basis = words.tr("Strength of recommendation: {strength}. Sources: {sources}.").format(
        strength=item.strength_label, sources=names)
    parts.append(f"<p class='small'>{escape(basis)}</p>")
    clinician, signature = words.tr("Clinician:"), words.tr("Signature:")
    line = "_" * 30
    parts.append(f"<p><br>{escape(clinician)} {line} {escape(signature)} {line}</p>")
    parts.append(f"<p class='small'><b>{escape(plan.disclaimer)}</b></p></body></html>")
    return "".join(parts)
