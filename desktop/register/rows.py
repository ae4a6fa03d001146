"""What the register returns: a patient, a visit, a line of the due list, a patient's record;
and how names are matched."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from desktop.engine.record import record


@record
class PatientRow:
    id: int
    name: str
    age: int | None
    birth_year: int | None  # visit year - age: an estimate ("about")
    sex: str | None
    last_visit: date | None
    next_due: date | None  # the earliest due date of the latest visit of each episode
    visits: int


@record
class VisitRow:
    id: int
    episode_id: int
    visit_date: date
    day: int
    phase: str
    pack_version: str
    profile: str
    source_file: str | None
    who: str


class DueRow(NamedTuple):
    """One line of the due list (a clinic's list runs to thousands: a tuple is made fastest)."""

    patient_id: int
    patient: str
    episode_id: int
    visit_id: int
    due_date: date
    kind: str
    label: str
    item: str | None
    urgent: bool
    bucket: str  # overdue | today | week | month | later


@record
class PatientRecord:
    patient: PatientRow
    visits: list[VisitRow]  # newest first


def name_key(name: str) -> str:
    """How a patient's name or ID is matched: casefolded, runs of spaces as one."""
    return " ".join(name.casefold().split())


def match_key(name: str) -> str:
    """A looser key for possible duplicates: letters and digits only, the words in order
    ("Test, Ana" and "ana  test" match: the words in any order)."""
    words = ("".join(c if c.isalnum() else " " for c in name.casefold())).split()
    return " ".join(sorted(words))
