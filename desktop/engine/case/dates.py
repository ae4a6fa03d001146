"""What a date is, wherever one is read (case files, drafts, visit history, the wizard's field)."""

from __future__ import annotations

from datetime import date
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


def typed_date(text: str) -> date | None:
    """A date typed in the wizard: YYYY-MM-DD, or day, month and year in the order the app's
    four languages write them (29/11/2026, 29.11.2026, 29-11-2026, 1/2/2026 with one-digit day or
    month). Day first, always: the field writes the date back in words beside it ("1 Feb 2026"),
    so a date read otherwise than meant is seen at once. None for anything else."""
    found = iso_date(text)
    if found is not None:
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
