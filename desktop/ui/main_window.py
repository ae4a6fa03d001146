"""The main window: the wizard on the left, the live plan on the right, menus on top."""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QVBoxLayout, QWidget

from desktop.engine import CaseErrors, Planner, Profile, RulePack
from desktop.engine.case.routing import Router, default_answers
from desktop.engine.plan.early import early_plan
from desktop.report.about_html import TrustView
from desktop.report.html import tag
from desktop.session.case_session import CaseSession

from . import dialogs, theme
from .answers import AnswerStore
from .drafts import DraftStore
from .file_places import FilePlaces
from .i18n import fmt_date, tr
from .plan_panel import PlanPanel
from .printouts import Printouts
from .recovery import offer_drafts
from .register_saving import RegisterCommands
from .settings import Settings
from .status_notes import ProblemNotes
from .window_menus import build_menus
from .wizard import CaseWizard

if TYPE_CHECKING:
    from .register_link import ClinicRegister


CONFIRM_MS = 6000  # how long "Saved to ..." stays in the status bar


class MainWindow(QMainWindow):
    settingsChanged = Signal(object)  # Settings: the app saves them; language or profile rebuild the window
    dataFolderWanted = Signal()  # File > Choose data folder: the app asks for one

    def __init__(
        self,
        pack: RulePack,
        profile: Profile,
        today: date | None = None,
        drafts: DraftStore | None = None,
        settings: Settings | None = None,
        clinic: ClinicRegister | None = None,
    ) -> None:
        super().__init__()
        self.pack = pack
        self.profile = profile
        self.today = today or date.today()
        self.settings = settings or Settings(language=pack.language)
        self.planner = Planner(pack, profile)
        self.trust_view: TrustView | None = None  # how the app trusted the pack (signature, keys), for About
        self.router = Router(pack, self.planner.params)
        self.store = AnswerStore(default_answers(self.router, self.today), self)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.document = CaseSession(self.planner, self.router, self.store, drafts, self.today, self.autosave_timer)
        self.autosave_timer.timeout.connect(self.document.autosave)
        self.store.changed.connect(lambda _question: self.document.mark_dirty())
        self.registry = RegisterCommands(self, self, clinic)  # saving writes the clinic register, if there is one
        self.places = FilePlaces(lambda: self.store.answers.get("patient.name"), lambda: self.document.path,
                                 lambda: self.settings.last_folder, lambda f: self.change_settings(last_folder=f))
        self.printouts = Printouts(self, self.document, lambda: self.settings.paper, self.today, self.places,
                                   self.confirm)
        self.wizard = CaseWizard(pack, self.router, self.store, session=self.document)
        self.wizard.setAccessibleName(tr("Case questions"))
        self.wizard.setAccessibleDescription(tr("The questions about this patient, one page at a time."))
        self.visit_note = QLabel()
        self.visit_note.setWordWrap(True)
        self.visit_note.setAccessibleName(tr("Visit"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.visit_note)
        left_layout.addWidget(self.wizard, 1)
        self.panel = PlanPanel(self.planner.decision_reasons)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.panel)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        split.setSizes([470, 1030])
        split.setCollapsible(1, False)
        self.split = split
        self.setCentralWidget(split)
        self.notes = ProblemNotes()
        self.notes.restyle()
        self.statusBar().addWidget(self.notes, 1)
        self.statusBar().setSizeGripEnabled(False)
        self.statusBar().hide()  # shown only while something is not being saved
        self.confirmed = QTimer(self)  # after a confirmation ("Saved to ..."), hides the status bar again
        self.confirmed.setSingleShot(True)
        self.confirmed.timeout.connect(lambda: self.statusBar().setVisible(bool(
            self.notes.notes or self.statusBar().currentMessage())))
        self.resize(1500, 900)
        self.menus = build_menus(self, self, self.settings.paper, self.settings.theme == "high_contrast")
        self.data_folder_action = self.menus.data_folder
        self.document.on_change.append(self._document_changed)
        self.document.on_autosave.append(self._autosave_changed)
        self.panel.decisionChanged.connect(self.document.set_decision)
        self.wizard.completed.connect(self.show_plan)
        self._shown: tuple[object, ...] | None = None  # shown: (case, plan, decisions) or (needed, early)
        self._document_changed()  # and the plan (an answer changed: the document changed)
        self._autosave_changed(self.document.autosave_problem)

    # -- settings --------------------------------------------------------------------------------
    def change_settings(self, **changes: object) -> None:
        """Apply new settings: theme, text size and paper at once; the app saves them and
        rebuilds the window when the language or the profile changed."""
        new = self.settings.but(**changes)
        if new == self.settings:
            return
        old, self.settings = self.settings, new
        self.menus.paper[new.paper].setChecked(True)
        self.menus.contrast.setChecked(new.theme == "high_contrast")
        if new.theme != old.theme:
            theme.use(new.theme)
            self.panel.restyle()
            self.notes.restyle()
        if new.text_scale != old.text_scale:
            theme.set_text_scale(new.text_scale)
            self.notes.restyle()
        self.settingsChanged.emit(new)

    def step_text(self, direction: int) -> None:
        self.change_settings(text_scale=theme.step_scale(self.settings.text_scale, direction))

    def toggle_contrast(self) -> None:
        self.change_settings(theme="normal" if self.settings.theme == "high_contrast" else "high_contrast")

    def open_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.pack, self.profile, self.settings, self)
        if dialog.exec():
            self.change_settings(**dialog.chosen(self.settings).__dict__)

    # -- what is not being saved (status bar) ----------------------------------------------------
    def set_problem(self, kind: str, heading: str, text: str) -> None:
        """Show (or, with an empty text, remove) a status bar note about something not saved."""
        self.notes.set_note(kind, heading, text)
        self.statusBar().setVisible(bool(self.notes.notes))

    def _autosave_changed(self, problem: str) -> None:
        text = tr("{error}. Answers since the last autosave are not protected against a crash: save the case to a "
                  "file.").format(error=problem) if problem else ""
        self.set_problem("autosave", tr("Autosave failed:"), text)

    def show_data_folder_problem(self, folder: str, problem: str) -> None:
        """Autosave is off because the data folder cannot be used ("" problem: it can again)."""
        self.data_folder_action.setVisible(bool(problem))
        menu = tr("File > {entry}").format(entry=self.data_folder_action.text().replace("&", ""))
        text = tr("the data folder {folder} cannot be used ({problem}). Choose another with {menu}").format(
            folder=folder, problem=problem, menu=menu) if problem else ""
        self.set_problem("data_folder", tr("Autosave is off:"), text)

    # -- the plan --------------------------------------------------------------------------------
    def recompute(self) -> None:
        """Plan from the answers so far; until they are complete, say what is still needed."""
        current = self.document.current()
        if isinstance(current, list):
            answers = self.router.valid_answers(self.router.effective_answers(self.store.answers))
            early = early_plan(self.planner, answers)  # red flags first
            if self._shown != (current, early) or self.panel.plan is not None:
                self._shown = (current, early)
                self.panel.show_waiting(current, early)
            return
        plan, decisions = self.document.plan(current), self.document.decision_map()
        shown = self._shown
        if shown is not None and len(shown) == 3 and shown[0] is current and shown[2] == decisions \
                and self.panel.plan is plan:
            return  # nothing it shows changed (the file was saved, say)
        self._shown = (current, plan, decisions)
        self.panel.show_plan(plan, decisions)

    def _document_changed(self) -> None:
        name = self.document.path.name if self.document.path else tr("New case")
        self.setWindowTitle(f"{name}[*] - OVCF Pathway")
        self.setWindowModified(self.document.dirty)
        if self.document.follow_up and self.document.last_visit:
            self.visit_note.setText(
                tag("b", tr("Follow-up visit.")) + " "
                + escape(tr("Last visit {date}. Only new or due questions are asked; the review page shows every "
                            "answer.").format(date=fmt_date(self.document.last_visit)))
            )
            self.visit_note.show()
        else:
            self.visit_note.hide()
        self.recompute()

    def show_plan(self) -> None:
        """Finish: give the plan the whole width (Ctrl+1 brings the questions back)."""
        self.split.setSizes([0, sum(self.split.sizes())])
        timeline = self.panel.timeline
        timeline.setFocus(Qt.FocusReason.OtherFocusReason)
        if timeline.selected is None and timeline.item_ids():
            timeline.select(timeline.item_ids()[0])

    def zoom_timeline(self, factor: float) -> None:
        """Multiply the timeline's zoom by `factor`; 0 fits the timeline to the window."""
        timeline = self.panel.timeline
        timeline.set_zoom(timeline.zoom * factor if factor else 1.0)

    def show_first_weeks(self, weeks: int) -> None:
        """View > First 12 weeks / First year: zoom to them, from the onset."""
        self.panel.timeline.show_first_days(weeks * 7)
        self.panel.timeline_scroll.horizontalScrollBar().setValue(0)

    def focus_details(self) -> None:
        self.panel.detail.setFocus()

    def choose_data_folder(self) -> None:
        self.dataFolderWanted.emit()

    def focus_timeline(self) -> None:
        self.panel.timeline.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_wizard(self) -> None:
        if self.split.sizes()[0] == 0:
            self.split.setSizes([470, max(sum(self.split.sizes()) - 470, 400)])
        self.wizard.focus_field(Qt.FocusReason.ShortcutFocusReason)  # in the first field still needed

    # -- files -----------------------------------------------------------------------------------
    def maybe_save(self, doing: str) -> bool:
        """Before `doing` something that drops the case: True if it may go ahead."""
        if not self.document.dirty:
            return True
        answer = dialogs.ask_save_changes(self, self.document.path.name if self.document.path else tr("this case"))
        if answer == "save":
            return self.save()
        return answer == "discard"

    def new_case(self) -> None:
        if self.maybe_save("new"):
            self.document.new()
            self.wizard.reload()
            self.focus_wizard()  # the questions back (Finish gave the plan the whole width), ready to type

    def open_case(self, path: str | None = None) -> bool:
        if not self.maybe_save("open"):
            return False
        path = path or dialogs.open_path(self, str(self.places.folder()))
        if not path:
            return False
        try:
            self.document.open(path)
        except CaseErrors as exc:
            dialogs.error(self, tr("Cannot open the case"), tr("{file} is not a valid case file; nothing was changed.")
                          .format(file=Path(path).name), "\n".join(str(e) for e in exc.errors))
            return False
        except OSError as exc:
            dialogs.error(self, tr("Cannot open the case"), tr("{file} could not be read: {error}.").format(
                file=path, error=exc.strerror))
            return False
        self.wizard.reload()
        self.focus_wizard()  # the questions back (Finish gave the plan the whole width), ready to type
        self.places.used(path)
        return True

    def save(self) -> bool:
        """Save to the case's file and the clinic register; without a file, to the register only
        (or, without a register, ask for a file)."""
        if self.document.path is None and not self.registry.available:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self, path: str | None = None) -> bool:
        suggested = self.document.path or self.places.suggest("case", ".yaml")
        path = path or dialogs.save_path(self, str(suggested))
        return bool(path) and self._save_to(Path(path))

    def _save_to(self, path: Path | None) -> bool:
        if not self.registry.before_save(path):
            return False
        try:
            saved = self.registry.save(path)
        except CaseErrors as exc:
            dialogs.error(self, tr("Cannot save yet"), tr("The case is not complete or has a wrong answer.") + " "
                          + self._kept(), "\n".join(str(e) for e in exc.errors))
            return False
        except OSError as exc:
            dialogs.error(self, tr("Save failed"), tr("Could not write {file}: {error}.").format(
                file=path, error=exc.strerror) + " " + self._kept() + " " + tr("Try another folder."))
            return False
        if saved:
            if path is not None:
                self.places.used(path)
            self.confirm(tr("Saved to {file}").format(file=path) if path is not None
                         else tr("Saved to the clinic register"))
        return saved

    def confirm(self, text: str) -> None:
        """Say in the status bar, for a few seconds, what was just written."""
        bar = self.statusBar()
        bar.show()
        bar.showMessage(text, CONFIRM_MS)
        self.confirmed.start(CONFIRM_MS + 100)

    def _kept(self) -> str:
        """What became of the answers a save did not write: autosaved only if that just worked."""
        if self.document.write_draft():
            return tr("Your answers are kept (and autosaved).")
        return tr("Your answers are kept in this window only: they could not be autosaved.")

    def offer_restore(self) -> bool:
        """At start: offer each draft left by a session that crashed or was killed."""
        return offer_drafts(self, self.document, self.wizard.reload)

    def clinic_register(self) -> None:
        self.registry.show_window()

    # -- printing ------------------------------------------------------------------------------
    @property
    def paper(self) -> str:
        return self.settings.paper

    def set_paper(self, paper: str) -> None:
        self.change_settings(paper=paper)

    def build_document(self, kind: str) -> object | None:
        return self.printouts.build(kind)

    def export_pdf(self, kind: str, path: str | None = None) -> bool:
        return self.printouts.export_pdf(kind, path)

    def print_(self, kind: str) -> None:
        self.printouts.print_(kind)

    def copy_visit_note(self) -> bool:
        return self.printouts.copy_visit_note()

    def export_letter(self, item_id: str | None = None, path: str | None = None) -> bool:
        return self.printouts.export_letter(item_id, path)

    def export_fhir(self, path: str | None = None) -> bool:
        return self.printouts.export_fhir(path)

    # -- lifecycle -------------------------------------------------------------------------------
    def about(self) -> None:
        from .about import AboutDialog

        AboutDialog(self.planner, self, self.trust_view).exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.maybe_save("quit"):
            self.registry.close()  # its window too: the app ends with its last window
            self.document.close()
            event.accept()
        else:
            event.ignore()
