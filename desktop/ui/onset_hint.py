"""The onset date field's own line: the day since onset at the visit date, counted as the plan
counts it (the fact `day`), and the visit date it reads "3d" (three days ago) back from.

Which questions are the visit and the onset is the pack model's (ANCHOR_DATES)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from desktop.engine.pack.model import ANCHOR_DATES

from .date_field import DateField
from .field_base import Field
from .i18n import tr

VISIT, ONSET = ANCHOR_DATES


def onset_day_text(day: Any) -> str:
    """'Day 31 since onset (week 4)': weeks counted as the timeline counts them (week 0 from
    the onset, week 4 from day 28); before the onset is known, how else it can be typed."""
    if isinstance(day, int) and not isinstance(day, bool) and day >= 0:
        return tr("Day {day} since onset (week {week})").format(day=day, week=day // 7)
    return tr("Or how long before the visit, e.g. 3d or 2w")


def show_onset_day(fields: Mapping[str, Field], answers: Mapping[str, Any], facts: Mapping[str, Any]) -> None:
    """Update the onset field among `fields`, if there: its day since onset (`facts`) and the
    visit date its "how long ago" counts back from (while the visit date typed is not a date
    the last one stays). Call it last on a refresh: a new base may change the onset answer."""
    onset = fields.get(ONSET)
    if not isinstance(onset, DateField):
        return
    onset.set_count(onset_day_text(facts.get("day")))
    visit = answers.get(VISIT)
    if isinstance(visit, date):
        onset.set_base(visit)
