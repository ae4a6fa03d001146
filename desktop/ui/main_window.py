"""The main window: the wizard on the left, the live plan on the right, menus on top."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QSplitter, QVBoxLayout, QWidget

from desktop.engine import Case, CaseErrors, Planner, Profile, RulePack
from desktop.engine.case.history import Decision
from desktop.engine.case.routing import Router, default_answers
from desktop.engine.plan.plan import Plan

from . import dialogs, theme
from .answers import AnswerStore
from .document import CaseDocument
from .drafts import DraftStore
from .i18n import fmt_date, tr
from .plan_html import tag
from .plan_panel import PlanPanel
from .recovery import offer_drafts
from .settings import PAPER_NAMES, PAPERS, Settings
from .status_notes import ProblemNotes
from .wizard import CaseWizard


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
    ) -> None:
        super().__init__()
        self.pack = pack
        self.profile = profile
        self.today = today or date.today()
        self.settings = settings or Settings(language=pack.language)
        self.planner = Planner(pack, profile)
        self.router = Router(pack, self.planner.params)
        self.store = AnswerStore(default_answers(self.router, self.today), self)
        self.document = CaseDocument(self.planner, self.router, self.store, drafts, self.today)
        self.wizard = CaseWizard(pack, self.router, self.store)
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
        self.panel = PlanPanel(pack, {p.id: p.label for p in pack.phases})
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
        self.resize(1500, 900)
        self._menus()
        self.document.changed.connect(self._document_changed)
        self.document.autosaveChanged.connect(self._autosave_changed)
        self.panel.decisionChanged.connect(self.document.set_decision)
        self.wizard.completed.connect(self.show_plan)
        # what the panel shows: the plan (for a case, with decisions) or what is still needed
        self._shown: tuple[Case, Plan, dict[str, Decision]] | list[str] | None = None
        self._document_changed()  # and the plan (an answer changed: the document changed)
        self._autosave_changed(self.document.autosave_problem)

    # -- menus -----------------------------------------------------------------------------------
    def _action(
        self,
        menu: QMenu,
        text: str,
        shortcut: QKeySequence.StandardKey | str | list[QKeySequence.StandardKey | str] | None,
        slot: Callable[[], object] | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, list):
            action.setShortcuts([QKeySequence(key) for key in shortcut])
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(tr("&File"))
        self._action(file_menu, tr("&New case"), QKeySequence.StandardKey.New, self.new_case)
        self._action(file_menu, tr("&Open…"), QKeySequence.StandardKey.Open, self.open_case)
        self._action(file_menu, tr("&Save"), QKeySequence.StandardKey.Save, self.save)
        self._action(file_menu, tr("Save &As…"), QKeySequence.StandardKey.SaveAs, self.save_as)
        file_menu.addSeparator()
        self._action(file_menu, tr("&Export clinician summary (PDF)…"), "Ctrl+E", lambda: self.export_pdf("summary"))
        self._action(file_menu, tr("Export patient &handout (PDF)…"), "Ctrl+Shift+E",
                     lambda: self.export_pdf("handout"))
        print_key = QKeySequence.StandardKey.Print
        self._action(file_menu, tr("&Print clinician summary…"), print_key, lambda: self.print_("summary"))
        self._action(file_menu, tr("Print patient hando&ut…"), "Ctrl+Shift+P", lambda: self.print_("handout"))
        paper_menu = file_menu.addMenu(tr("Paper si&ze"))
        group = QActionGroup(self)
        self.paper_actions: dict[str, QAction] = {}
        for paper in PAPERS:
            action = self._action(paper_menu, f"&{PAPER_NAMES[paper]}", None, partial(self.set_paper, paper))
            action.setCheckable(True)
            action.setChecked(paper == self.paper)
            group.addAction(action)
            self.paper_actions[paper] = action
        file_menu.addSeparator()
        self._action(file_menu, tr("Se&ttings…"), "Ctrl+,", self.open_settings)
        self.data_folder_action = self._action(file_menu, tr("Choose &data folder…"), None,
                                               self.dataFolderWanted.emit)
        self.data_folder_action.setVisible(False)  # only while the data folder cannot be used
        file_menu.addSeparator()
        self._action(file_menu, tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        view = bar.addMenu(tr("&View"))
        self._action(view, tr("&Larger text"), [QKeySequence.StandardKey.ZoomIn, "Ctrl+="],
                     lambda: self.step_text(1))
        self._action(view, tr("&Smaller text"), QKeySequence.StandardKey.ZoomOut, lambda: self.step_text(-1))
        self._action(view, tr("&Normal text size"), "Ctrl+0", lambda: self.change_settings(text_scale=1.0))
        self.contrast_action = self._action(view, tr("&High contrast"), "Ctrl+Shift+H", self.toggle_contrast)
        self.contrast_action.setCheckable(True)
        self.contrast_action.setChecked(self.settings.theme == "high_contrast")
        view.addSeparator()
        self._action(view, tr("Zoom timeline &in"), "Ctrl+Alt+=", lambda: self.zoom_timeline(1.25))
        self._action(view, tr("Zoom timeline &out"), "Ctrl+Alt+-", lambda: self.zoom_timeline(1 / 1.25))
        self._action(view, tr("&Fit timeline to window"), "Ctrl+Alt+0", lambda: self.zoom_timeline(0))
        view.addSeparator()
        self._action(view, tr("Show and go to the &questions"), "Ctrl+1", self.focus_wizard)
        self._action(view, tr("Go to the &timeline"), "Ctrl+2", self.focus_timeline)
        self._action(view, tr("Go to the item &details"), "Ctrl+3", lambda: self.panel.detail.setFocus())
        help_menu = bar.addMenu(tr("&Help"))
        self._action(help_menu, tr("&About OVCF Pathway"), QKeySequence.StandardKey.HelpContents, self.about)

    # -- settings --------------------------------------------------------------------------------
    def change_settings(self, **changes: object) -> None:
        """Apply new settings: theme, text size and paper at once; the app saves them and
        rebuilds the window when the language or the profile changed."""
        new = self.settings.but(**changes)
        if new == self.settings:
            return
        old, self.settings = self.settings, new
        self.paper_actions[new.paper].setChecked(True)
        self.contrast_action.setChecked(new.theme == "high_contrast")
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
    def current_case(self) -> Case | None:
        try:
            return self.document.validated(self.router.effective_answers(self.store.answers))
        except CaseErrors:
            return None

    def _plan_of(self, case: Case) -> Plan:
        """The plan for `case`: the one on show if it is for this case (the same answers)."""
        if isinstance(self._shown, tuple) and self._shown[0] is case:
            return self._shown[1]
        return self.planner.plan(case)

    def recompute(self) -> None:
        """Plan from the answers so far; until they are complete, say what is still needed."""
        effective = self.router.effective_answers(self.store.answers)
        try:
            case = self.document.validated(effective)
        except CaseErrors as exc:
            needed = []
            for error in exc.errors:
                question = self.pack.question(error.field)
                name = question.short or question.label
                needed.append(name if error.missing else f"{name}: {error.message}")
            if self._shown != needed or self.panel.plan is not None:
                self._shown = needed
                self.panel.show_waiting(needed)
            return
        decisions = self.document.decision_map()
        shown = self._shown
        if isinstance(shown, tuple) and shown[0] is case and shown[2] == decisions and self.panel.plan is shown[1]:
            return  # nothing it shows changed (the file was saved, say)
        plan = self._plan_of(case)
        self._shown = (case, plan, decisions)
        self.panel.show_plan(plan, self.planner.phase_starts, decisions)

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

    def focus_timeline(self) -> None:
        self.panel.timeline.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_wizard(self) -> None:
        if self.split.sizes()[0] == 0:
            self.split.setSizes([470, max(sum(self.split.sizes()) - 470, 400)])
        page = self.wizard.currentPage()
        target: QWidget = page if page is not None else self.wizard
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        target.focusNextChild()

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

    def open_case(self, path: str | None = None) -> bool:
        if not self.maybe_save("open"):
            return False
        folder = str(self.document.path.parent) if self.document.path else str(Path.home())
        path = path or dialogs.open_path(self, folder)
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
        return True

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self, path: str | None = None) -> bool:
        suggested = self.document.path or Path.home() / f"case-{self.today.isoformat()}.yaml"
        path = path or dialogs.save_path(self, str(suggested))
        return bool(path) and self._save_to(Path(path))

    def _save_to(self, path: Path) -> bool:
        try:
            self.document.save(path)
        except CaseErrors as exc:
            dialogs.error(self, tr("Cannot save yet"), tr("The case is not complete or has a wrong answer.") + " "
                          + self._kept(), "\n".join(str(e) for e in exc.errors))
            return False
        except OSError as exc:
            dialogs.error(self, tr("Save failed"), tr("Could not write {file}: {error}.").format(
                file=path, error=exc.strerror) + " " + self._kept() + " " + tr("Try another folder."))
            return False
        return True

    def _kept(self) -> str:
        """What became of the answers a save did not write: autosaved only if that just worked."""
        if self.document.write_draft():
            return tr("Your answers are kept (and autosaved).")
        return tr("Your answers are kept in this window only: they could not be autosaved.")

    def offer_restore(self) -> bool:
        """At start: offer each draft left by a session that crashed or was killed."""
        return offer_drafts(self)

    # -- printing (QtPrintSupport is loaded on first use: start-up stays short) -------------------
    @property
    def paper(self) -> str:
        return self.settings.paper

    def set_paper(self, paper: str) -> None:
        self.change_settings(paper=paper)

    def _printable(self) -> tuple[Case, Plan, dict[str, Decision]] | None:
        case = self.current_case()
        if case is None:
            dialogs.error(self, tr("Nothing to print yet"), tr("Answer the questions first: the plan is not complete."))
            return None
        return case, self._plan_of(case), self.document.decision_map()

    def build_document(self, kind: str) -> object | None:
        from .printing import handout_document, summary_document

        printable = self._printable()
        if printable is None:
            return None
        case, plan, decisions = printable
        if kind == "handout":
            return handout_document(self.planner, case, plan, decisions)
        return summary_document(self.planner, case, plan, decisions, self.document.visits, self.paper, self.today)

    def export_pdf(self, kind: str, path: str | None = None) -> bool:
        from .printing import write_pdf

        document = self.build_document(kind)
        if document is None:
            return False
        suggested = Path.home() / f"{kind}-{self.today.isoformat()}.pdf"
        path = path or dialogs.save_path(self, str(suggested), "PDF (*.pdf)")
        if not path:
            return False
        handout = self.pack.handout.title if self.pack.handout else kind
        title = tr("OVCF Pathway clinician summary") if kind == "summary" else handout
        try:
            write_pdf(document, path, self.paper, title)  # type: ignore[arg-type]
        except OSError as exc:
            dialogs.error(self, tr("Export failed"), tr("Could not write {file}: {error}.").format(
                file=path, error=exc.strerror))
            return False
        return True

    def print_(self, kind: str) -> None:
        """Print preview; its Print button opens the system print dialog (QPrintDialog)."""
        document = self.build_document(kind)
        if document is None:
            return
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        from .printing import new_printer

        printer = new_printer(self.paper)
        preview = QPrintPreviewDialog(printer, self)
        preview.paintRequested.connect(lambda p: document.print_(p))  # type: ignore[attr-defined]
        preview.exec()

    # -- lifecycle -------------------------------------------------------------------------------
    def about(self) -> None:
        from .about import AboutDialog

        AboutDialog(self.pack, self.profile, self).exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.maybe_save("quit"):
            self.document.close()
            event.accept()
        else:
            event.ignore()
