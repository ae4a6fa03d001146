"""The printed patient handout, as HTML: large type, plain language, warning signs marked."""

from __future__ import annotations

from html import escape

from desktop.engine.plan.handout import HandoutContent
from desktop.engine.plan.plan import Plan

from .banner import unsigned_banner
from .words import Words

STYLE = ("body { font-family: 'DejaVu Sans', sans-serif; font-size: 12pt; } "
         "h1 { font-size: 18pt; } h2 { font-size: 14pt; margin-top: 14px; }")


def clinic_line(plan: Plan, words: Words) -> str:
    """"Your clinic: District Hospital, phone 0123 456" (what the site profile gives)."""
    if plan.clinic_name and plan.clinic_phone:
        return words.tr("Your clinic: {name}, phone {phone}").format(name=plan.clinic_name, phone=plan.clinic_phone)
    if plan.clinic_phone:
        return words.tr("Your clinic's phone: {phone}").format(phone=plan.clinic_phone)
    return words.tr("Your clinic: {name}").format(name=plan.clinic_name)


def handout_html(content: HandoutContent, plan: Plan, words: Words) -> str:
    parts = [f"<html><head><style>{STYLE}</style></head><body>{unsigned_banner(plan, words)}",
             f"<h1>{escape(content.title)}</h1>"]
    if plan.patient_name:
        parts.append(f"<p><b>{escape(plan.patient_name)}</b>, {words.date(plan.visit_date)}</p>")
    else:
        parts.append(f"<p>{words.date(plan.visit_date)}</p>")
    parts.append(f"<p>{escape(content.intro)}</p>")
    if plan.clinic_name or plan.clinic_phone:
        parts.append(f"<p><b>{escape(clinic_line(plan, words))}</b></p>")
    for section in content.sections:
        if not section.lines:
            continue
        marker = "<b>!</b> " if section.key == "warning" else ""
        lines = "".join(f"<li>{marker}{escape(line.text)}</li>" for line in section.lines)
        parts.append(f"<h2>{escape(section.heading)}</h2><ul>{lines}</ul>")
    parts.append("</body></html>")
    return "".join(parts)
