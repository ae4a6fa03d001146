"""The main window's side of the clinic register: File > Clinic register, what a save writes
to the register (and who saved it), a register that cannot be written, and opening a visit
kept in the register as File > Open opens a file.

A save writes the register when the app has one (`ClinicRegister`): with a file name, the
file and the register; without one, the register only (Save As… still writes a file). The
register is opened, and the clinician asked for their name, at the first save of the run.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QWidget

from desktop.engine import CaseErrors, RulePack
from desktop.session.case_session import CaseSession

from . import dialogs
from .i18n import tr

if TYPE_CHECKING:  # the register and its window are imported when first used, not at start-up
    from pathlib import Path

    from desktop.register.schema import RegisterError

    from .register_link import ClinicRegister
    from .register_window import RegisterWindow
    from .wizard import CaseWizard


class Host(Protocol):
    """What the register's commands use of the main window (typed here: no import cycle)."""

    document: CaseSession
    pack: RulePack
    today: date
    wizard: CaseWizard

    def set_problem(self, kind: str, heading: str, text: str) -> None: ...
    def maybe_save(self, doing: str) -> bool: ...
    def _kept(self) -> str: ...


class RegisterCommands:
    def __init__(self, window: QWidget, host: Host, clinic: ClinicRegister | None) -> None:
        """`window` is the parent of the dialogs; `host` the main window's state (the same object)."""
        self.window = window
        self.host = host
        self.clinic = clinic
        self.register_window: RegisterWindow | None = None

    @property
    def available(self) -> bool:
        return self.clinic is not None

    def _note(self, text: str) -> None:
        self.host.set_problem("register", tr("Not in the clinic register:"), text)

    # -- saving ----------------------------------------------------------------------------------
    def before_save(self, path: Path | None) -> bool:
        """Give the case the register and who is saving; False to save nothing (the clinician
        cancelled, or there is neither a file nor a register to save to)."""
        from desktop.register.schema import RegisterError

        document = self.host.document
        document.register = None
        if self.clinic is None:
            return path is not None
        try:
            register = self.clinic.open()
        except RegisterError as exc:
            if path is None:
                dialogs.error(self.window, tr("Cannot save to the clinic register"),
                              tr("The clinic register {file} cannot be used: {error}.").format(
                                  file=self.clinic.path, error=exc) + " " + tr("Use File > Save As… to save the "
                                                                             "case to a file."))
                return False
            self._note(tr("the register {file} cannot be used ({error}); the case is saved to its file only.")
                       .format(file=self.clinic.path, error=exc))
            return True
        who = self.clinic.clinician(self.window)
        if who is None:
            return False
        document.register, document.who = register, who
        return True

    def save(self, path: Path | None) -> bool:
        """Save the case (see `CaseSession.save`); CaseErrors and OSError are the caller's."""
        from desktop.register.schema import RegisterError

        try:
            self.host.document.save(path)
        except RegisterError as exc:
            return self.failed(exc, path)
        self.saved()
        return True

    def failed(self, exc: RegisterError, path: Path | None) -> bool:
        """The register could not be written (the file, if any, was): what the save returns."""
        if path is None:
            dialogs.error(self.window, tr("Save failed"), tr("The visit could not be saved to the clinic register: "
                                                             "{error}.").format(error=exc) + " " + self.host._kept())
            return False
        self._note(tr("{file} was saved, but the clinic register could not be written ({error}). Save again to "
                      "add the visit to the register.").format(file=path.name, error=exc))
        return True

    def saved(self) -> None:
        """After a save: a note that the register could not be written goes; a patient just
        added who looks like another is pointed out; the register window shows the visit."""
        document = self.host.document
        if document.register is None:
            return
        self._note("")
        if document.duplicates:
            from .register_link import point_out_duplicates

            field = document.planner.pack.patient.name
            name = str(document.store.answers.get(field) or "") if field else ""
            point_out_duplicates(self.window, name, document.duplicates, self._sexes())
        if self.register_window is not None and self.register_window.isVisible():
            self.register_window.refresh()

    def _sexes(self) -> dict[str, str]:
        pack = self.host.pack
        return {c.id: c.label for q in pack.questions if q.id == pack.patient.sex for c in q.choices}

    # -- the register window ---------------------------------------------------------------------
    def show_window(self) -> None:
        """File > Clinic register: the register window (one per main window), in front."""
        from desktop.register.schema import RegisterError

        if self.clinic is None:
            dialogs.error(self.window, tr("No clinic register"), tr("This window has no clinic register: the data "
                                                                    "folder cannot be used."))
            return
        try:
            register = self.clinic.open()
        except RegisterError as exc:
            dialogs.error(self.window, tr("Cannot open the clinic register"), tr(
                "The clinic register {file} cannot be used: {error}.").format(file=self.clinic.path, error=exc))
            return
        if self.register_window is None:
            from .register_window import RegisterWindow

            self.register_window = RegisterWindow(register, self.host.pack, self.host.today, self.window)
            self.register_window.openVisit.connect(self.open_visit)
            self.register_window.changeWho.connect(self.change_who)
        self.register_window.show_who(self.clinic.who)
        if self.register_window.isVisible():  # behind the main window, say: to the front
            self.register_window.raise_()
        else:
            self.register_window.show()
        self.register_window.activateWindow()

    def change_who(self) -> None:
        """Register window > Change name: ask again (the current name offered)."""
        if self.clinic is None:
            return
        from .register_link import system_user

        parent = self.register_window or self.window
        answer = dialogs.ask_clinician(parent, self.clinic.who or system_user())
        if answer is not None:
            self.clinic.who = answer
        if self.register_window is not None:
            self.register_window.show_who(self.clinic.who)

    def open_visit(self, visit_id: int) -> bool:
        """Open a visit kept in the register in the main window, as File > Open opens its file:
        a later day's visit is a follow-up visit. Saving it writes the register."""
        from desktop.register.schema import RegisterError

        window, host = self.window, self.host
        if self.clinic is None or not host.maybe_save("open"):
            return False
        try:
            text = self.clinic.open().visit_text(visit_id)
            host.document.open_text(text)
        except (RegisterError, CaseErrors, OSError) as exc:
            details = "\n".join(str(e) for e in exc.errors) if isinstance(exc, CaseErrors) else str(exc)
            dialogs.error(window, tr("Cannot open the visit"), tr("The visit could not be opened from the clinic "
                                                                  "register; nothing was changed."), details)
            return False
        host.wizard.reload()
        if self.register_window is not None:
            self.register_window.close()
        window.activateWindow()
        return True

    def close(self) -> None:
        if self.register_window is not None:
            self.register_window.close()

