"""How long ago, typed for a date ("3d", "2 weeks", in the app's four languages): read back from
a base date (the visit), and nonsense refused."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.engine.case.dates import LONGEST_AGO, days_ago, relative_date, typed_date

VISIT = date(2026, 11, 21)


@pytest.mark.parametrize(("text", "days"), [
    ("3d", 3), ("3 d", 3), (" 3D ", 3), ("1 day", 1), ("3 days", 3), ("3 days ago", 3), ("0d", 0),
    ("2w", 14), ("2 wk", 14), ("1 week", 7), ("2 weeks", 14), ("2w 3d", 17), ("2w3d", 17),
    ("3j", 3), ("3 jours", 3), ("il y a 3 jours", 3), ("2 s", 14), ("2 semaines", 14), ("1 semaine", 7),
    ("3 días", 3), ("3 dias", 3), ("hace 2 semanas", 14), ("há 3 dias", 3), ("ha 2 semanas", 14),
    (f"{LONGEST_AGO}d", LONGEST_AGO),
])
def test_how_long_ago_is_read(text: str, days: int) -> None:
    assert days_ago(text) == days


@pytest.mark.parametrize("text", [
    "", "3", "d", "days", "-3d", "- 3 days", "3.5d", "3,5 semaines", "3d 2w", "3d 4d", "2w 1w", "3 dayz",
    "3 days 4", "3 months", "3 days later", "in 3 days", "\u0663d", "99999d", f"{LONGEST_AGO + 1}d", "523w",
    "3d ago ago", "yesterday",
])
def test_nonsense_is_not_how_long_ago(text: str) -> None:
    assert days_ago(text) is None
    assert relative_date(text, VISIT) is None


def test_it_counts_back_from_the_base() -> None:
    assert relative_date("3d", VISIT) == date(2026, 11, 18)
    assert relative_date("2 weeks", VISIT) == date(2026, 11, 7)
    assert relative_date("0 days", VISIT) == VISIT
    assert relative_date("1w", date(2026, 3, 3)) == date(2026, 2, 24)  # across a month end


def test_a_typed_date_reads_how_long_ago_only_with_a_base() -> None:
    assert typed_date("3d") is None
    assert typed_date("3d", VISIT) == date(2026, 11, 18)
    assert typed_date("2026-11-01", VISIT) == date(2026, 11, 1)  # a date stays a date
    assert typed_date("18/11/2026", VISIT) == date(2026, 11, 18)
    assert typed_date("-3d", VISIT) is None
