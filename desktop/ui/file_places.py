"""Where files go: names that tell two patients apart, and the folder last used.

A suggested name carries the patient's name or ID when one was given (on this computer only:
the field says so), else the time, and the date: `case-Ana-Silva-2026-12-01.yaml`,
`summary-2026-12-01-1432.pdf`. Characters that a Windows or Linux file name cannot hold are
left out. Dialogs open in the folder of the last file saved, opened or exported (kept in the
settings), or of the open case, else the home folder.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

_NOT_IN_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f.]+')
MAX_NAME = 40


def patient_part(name: object) -> str:
    """The patient's name or ID as part of a file name ("" if none)."""
    if not isinstance(name, str):
        return ""
    text = unicodedata.normalize("NFC", name)
    text = _NOT_IN_NAMES.sub(" ", text)
    return "-".join(text.split())[:MAX_NAME].strip("-")


def suggested_name(kind: str, patient: object, when: datetime, suffix: str) -> str:
    """`kind`-patient-date`suffix`, or `kind`-date-time`suffix` without a patient name."""
    who = patient_part(patient)
    stamp = when.date().isoformat() if who else f"{when.date().isoformat()}-{when:%H%M}"
    return "-".join(p for p in (kind, who, stamp) if p) + suffix


class FilePlaces:
    def __init__(self, patient: Callable[[], object], case_file: Callable[[], Path | None],
                 remembered: Callable[[], str], remember: Callable[[str], None],
                 now: Callable[[], datetime] = datetime.now) -> None:
        self.patient, self.case_file, self.remembered, self.remember, self.now = (
            patient, case_file, remembered, remember, now)

    def folder(self) -> Path:
        last = self.remembered()
        if last and Path(last).is_dir():
            return Path(last)
        case = self.case_file()
        return case.parent if case is not None and case.parent.is_dir() else Path.home()

    def suggest(self, kind: str, suffix: str) -> Path:
        return self.folder() / suggested_name(kind, self.patient(), self.now(), suffix)

    def used(self, path: str | Path) -> None:
        """A file was written or read there: the next dialog opens in its folder."""
        folder = str(Path(path).resolve().parent)
        if folder != self.remembered():
            self.remember(folder)
