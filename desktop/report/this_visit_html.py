"""The top of the plan in words: what to do at this visit, and the next review (the screen's
box, the summary's first section, the text output's first block)."""

from __future__ import annotations

from html import escape

from desktop.engine.plan.this_visit import ADVISE, ARRANGE, CONSIDER, START, URGENT, ThisVisit, VisitLine

from .words import Words

ITEM_LINK = "item:"  # href of a line on screen: "item:<id>" selects that item in the timeline


def section_titles(words: Words) -> dict[str, str]:
    return {
        URGENT: words.tr("Urgent today"),
        START: words.tr("Start or continue"),
        ARRANGE: words.tr("Arrange (tests, assessments, referrals)"),
        ADVISE: words.tr("Advise"),
        CONSIDER: words.tr("Consider"),
    }


def heading(visit: ThisVisit, words: Words) -> str:
    return words.tr("This visit (day {day})").format(day=visit.day)


def line_text(line: VisitLine, visit: ThisVisit, words: Words) -> str:
    """"Calcitonin, 4-week course · Recommended, until 19 Dec 2026"; "today only" for a window
    that ends today."""
    status = line.status_label
    if line.until is not None:
        status = (words.tr("{status}, today only") if line.until_day == visit.day
                  else words.tr("{status}, until {date}")).format(status=status, date=words.date(line.until))
    return f"{line.title} · {status}"


def next_review_text(visit: ThisVisit, words: Words) -> str:
    if visit.next_review is None:
        return words.tr("No review is planned after this visit.")
    return words.tr("Next review: {date} (day {day}): {what}").format(
        date=words.date(visit.next_review_date), day=visit.next_review.day, what=visit.next_review.label)


def this_visit_html(visit: ThisVisit, words: Words, links: bool = False) -> str:
    """The box as HTML: one row per section (its title in bold), then the next review. With
    `links`, each item is a link to `ITEM_LINK` + its id (the screen)."""
    rows = []
    for name, title in section_titles(words).items():
        lines = visit.section(name)
        if not lines:
            continue
        shown = [escape(line_text(line, visit, words)) for line in lines]
        if links:
            shown = [f"<a href='{ITEM_LINK}{escape(line.item)}'>{text}</a>"
                     for line, text in zip(lines, shown, strict=True)]
        rows.append(f"<b>{escape(title)}:</b> " + "; ".join(shown))
    if not rows:
        rows.append(escape(words.tr("Nothing to start, arrange or advise today.")))
    rows.append(f"<b>{escape(next_review_text(visit, words))}</b>")
    return "<br>".join(rows)


def this_visit_text(visit: ThisVisit, words: Words) -> list[str]:
    """The box as lines of text (no wrapping)."""
    lines = [heading(visit, words).upper()]
    for name, title in section_titles(words).items():
        listed = visit.section(name)
        if listed:
            lines.append(f"  {title}: " + "; ".join(line_text(line, visit, words) for line in listed))
    if len(lines) == 1:
        lines.append("  " + words.tr("Nothing to start, arrange or advise today."))
    lines.append("  " + next_review_text(visit, words))
    return lines
