"""What a date is, wherever one is read (case files, drafts, visit history, the wizard's field)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any


def iso_date(value: Any) -> date | None:
    """`value` as a date: a date (not a datetime) as it is, or text written exactly YYYY-MM-DD
    (spaces around it allowed); None for anything else ("20261121", "2026-13-01", 5, None)."""
    if isinstance(value, date) and not hasattr(value, "hour"):
        return value
    if isinstance(value, str) and len(text := value.strip()) == 10:
        try:
            return date.fromisoformat(text)
        except ValueError:
            return None
    return None


_SEPARATORS = ("/", ".", "-")


def typed_date(text: str, base: date | None = None) -> date | None:
    """A date typed in the wizard: YYYY-MM-DD, or day, month and year in the order the app's
    four languages write them (29/11/2026, 29.11.2026, 29-11-2026, 1/2/2026 with one-digit day or
    month). Day first, always: the field writes the date back in words beside it ("1 Feb 2026"),
    so a date read otherwise than meant is seen at once. With a `base`, also how long before it
    ("3d", "2 weeks": `relative_date`). None for anything else."""
    found = iso_date(text)
    if found is not None:
        return found
    if base is not None and (found := relative_date(text, base)) is not None:
        return found
    text = text.strip()
    for separator in _SEPARATORS:
        parts = text.split(separator)
        if len(parts) != 3 or not all(p.isdigit() and p.isascii() for p in parts):
            continue
        day, month, year = parts
        if not (1 <= len(day) <= 2 and 1 <= len(month) <= 2 and len(year) == 4):
            return None
        try:
            return date(int(year), int(month), int(day))
        except ValueError:
            return None
    return None


# How long ago, in the app's four languages (en, fr, es, pt): "3d", "3 days", "2w", "2 semaines",
# "hace 3 días", "há 2 semanas", "2w 3d". Written without accents too (día/dia, há/ha).
_DAY_WORDS = frozenset({"d", "day", "days", "j", "jr", "jrs", "jour", "jours", "dia", "dias", "día", "días"})
_WEEK_WORDS = frozenset({"w", "wk", "wks", "week", "weeks", "s", "sem", "semaine", "semaines", "semana", "semanas"})
_BEFORE = ("il y a ", "hace ", "há ", "ha ")
_AFTER = (" ago",)
_AMOUNT = re.compile(r"(\d{1,4})\s*([^\W\d_]+)")
LONGEST_AGO = 3660  # days: ten years; anything longer is a typing slip, not an onset


def days_ago(text: str) -> int | None:
    """How many days ago `text` says, typed as a number of days and/or weeks ("3d", "3 days",
    "2w", "2 weeks", "2w 3d", "3 jours", "hace 2 semanas", "3 days ago"); None for anything else,
    for a negative amount, and for more than LONGEST_AGO days."""
    words = " ".join(text.casefold().split())
    for prefix in _BEFORE:
        if words.startswith(prefix):
            words = words[len(prefix):]
            break
    for suffix in _AFTER:
        if words.endswith(suffix):
            words = words[: -len(suffix)]
            break
    total, end = 0, 0
    units: list[int] = []
    for found in _AMOUNT.finditer(words):
        if words[end:found.start()].strip() or not found.group(1).isascii():
            return None
        number, unit = int(found.group(1)), found.group(2)
        size = 1 if unit in _DAY_WORDS else 7 if unit in _WEEK_WORDS else 0
        if not size or size in units or (units and size > units[-1]):  # weeks, then days, once each
            return None
        units.append(size)
        total += number * size
        end = found.end()
    if not units or words[end:].strip() or total > LONGEST_AGO:
        return None
    return total


def relative_date(text: str, base: date) -> date | None:
    """The date `text` says as how long before `base` ("3d": three days before it), else None."""
    ago = days_ago(text)
    return None if ago is None else base - timedelta(days=ago)
