"""The app's clinic register: opened when first used, and who is saving, asked once per run.

The register file is `register.sqlite` in the data folder (desktop/ui/data_folder.py). The
clinician's name is asked at the first save to the register (the system user offered:
`dialogs.ask_clinician`), and recorded with every visit saved until the app is closed.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from . import dialogs
from .i18n import tr

if TYPE_CHECKING:  # the register is imported when first used, not at start-up
    from desktop.register.rows import PatientRow
    from desktop.register.store import Register

REGISTER_FILE = "register.sqlite"


def system_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in this environment
        return ""


def point_out_duplicates(parent: QWidget | None, name: str, others: list[PatientRow],
                         sexes: dict[str, str]) -> None:
    """A patient was added whose name and year of birth match others': say so (it was saved)."""
    from PySide6.QtWidgets import QMessageBox

    listed = "\n".join(f"• {describe_patient(p, sexes)}" for p in others)
    box = QMessageBox(QMessageBox.Icon.Information, tr("Possible duplicate patient"),
                      tr("{name} was added to the clinic register as a new patient. The register already has a "
                         "patient with the same name and year of birth:").format(name=name), parent=parent)
    box.setInformativeText(listed + "\n\n" + tr("If this is the same person, open them from File > Clinic register "
                                                "and save their visits there."))
    box.exec()


def describe_patient(patient: PatientRow, sexes: dict[str, str]) -> str:
    """'Ana Lopez, about 1952, Female, last visit 21 Nov 2026' (`sexes`: the pack's labels)."""
    from .i18n import fmt_date

    parts = [patient.name or tr("(no name)")]
    if patient.birth_year:
        parts.append(tr("about {year}").format(year=patient.birth_year))
    if patient.sex:
        parts.append(sexes.get(patient.sex, patient.sex))
    if patient.last_visit:
        parts.append(tr("last visit {date}").format(date=fmt_date(patient.last_visit)))
    return ", ".join(parts)


class ClinicRegister:
    """The register of this run of the app, shared by its windows (rebuilt for a new language)."""

    def __init__(self, path: Callable[[], Path], ask: Callable[[QWidget, str], str | None] | None = None,
                 who: str | None = None) -> None:
        self._path = path
        self._ask = ask  # None: dialogs.ask_clinician
        self.who = who  # None until asked
        self.register: Register | None = None

    @property
    def path(self) -> Path:
        return self.register.path if self.register is not None else self._path()

    def open(self) -> Register:
        """The register, opened (created) now if it is not yet. RegisterError if it cannot be."""
        if self.register is None:
            import sqlite3

            from desktop.register.schema import RegisterError
            from desktop.register.store import Register

            try:
                self.register = Register.open(self._path())
            except (OSError, sqlite3.Error) as exc:
                raise RegisterError(str(exc)) from exc
        return self.register

    def clinician(self, parent: QWidget) -> str | None:
        """Who is saving: asked the first time (None if the clinician cancelled)."""
        if self.who is None:
            answer = (self._ask or dialogs.ask_clinician)(parent, system_user())
            if answer is None:
                return None
            self.who = answer
        return self.who

    def close(self) -> None:
        if self.register is not None:
            self.register.close()
            self.register = None

