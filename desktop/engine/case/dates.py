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
