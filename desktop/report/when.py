"""When an item happens, in words: one computation, one wording per medium.

The screen gives dates with their day since onset, the printed table (a narrow column) gives
dates only, the text output leads with the day numbers.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.engine.plan.plan import Plan

from .words import Words


def screen_when(plan: Plan, start_day: int, end_day: int | None, words: Words) -> str:
    start = words.date(plan.date_of(start_day))
    if end_day is None:
        return words.tr("From {start} (day {day}), ongoing").format(start=start, day=start_day)
    if end_day == start_day:
        return words.tr("{date} (day {day})").format(date=start, day=start_day)
    return words.tr("{start} to {end} (days {first} to {last})").format(
        start=start, end=words.date(plan.date_of(end_day)), first=start_day, last=end_day)


def print_when(plan: Plan, start_day: int, end_day: int | None, words: Words) -> str:
    start = words.date(plan.date_of(start_day))
    if end_day is None:
        return words.tr("from {start}, ongoing").format(start=start)
    if end_day == start_day:
        return start
    return words.tr("{start} to {end}").format(start=start, end=words.date(plan.date_of(end_day)))


def text_when(plan: Plan, start_day: int, end_day: int | None, msg: Callable[..., str]) -> str:
    """For `plan --format text`: in the rule pack's language (its catalogue's `msg`), ISO dates."""
    start = plan.date_of(start_day)
    if end_day is None:
        return msg("from day {day} ({date}), ongoing", day=start_day, date=start)
    if end_day == start_day:
        return msg("day {day} ({date})", day=start_day, date=start)
    return msg("day {first} to {last} ({start} to {end})", first=start_day, last=end_day, start=start,
               end=plan.date_of(end_day))
