"""The main window: the wizard on the left, the live plan on the right, menus on top."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QSplitter, QWidget

from desktop.engine import CaseErrors, Planner, Profile, RulePack, validate_answers
from desktop.engine.routing import Router, default_answers

from .answers import AnswerStore
from .plan_panel import PlanPanel
from .wizard import CaseWizard


class MainWindow(QMainWindow):
    def __init__(self, pack: RulePack, profile: Profile, today: date | None = None) -> None:
        super().__init__()
        self.pack = pack
        self.profile = profile
        self.today = today or date.today()
        self.planner = Planner(pack, profile)
        self.router = Router(pack, self.planner.params)
        self.store = AnswerStore(default_answers(self.router, self.today), self)
        self.wizard = CaseWizard(pack, self.router, self.store)
        self.wizard.setAccessibleName("Case questions")
        self.panel = PlanPanel(pack, {p.id: p.label for p in pack.phases})
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.wizard)
        split.addWidget(self.panel)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        split.setSizes([470, 1030])
        split.setCollapsible(1, False)
        self.split = split
        self.setCentralWidget(split)
        self.setWindowTitle("OVCF Pathway")
        self.resize(1500, 900)
        self._menus()
        self.store.changed.connect(lambda _q: self.recompute())
        self.wizard.completed.connect(self.show_plan)
        self.recompute()

    # -- menus -----------------------------------------------------------------------------------
    def _action(
        self,
        menu: QMenu,
        text: str,
        shortcut: QKeySequence.StandardKey | str | None,
        slot: Callable[[], object] | None = None,
        enabled: bool = True,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(slot)
        action.setEnabled(enabled)
        menu.addAction(action)
        return action

    def _menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self._action(file_menu, "&New case", QKeySequence.StandardKey.New, self.new_case)
        self.open_action = self._action(file_menu, "&Open…", QKeySequence.StandardKey.Open, enabled=False)
        self.save_action = self._action(file_menu, "&Save", QKeySequence.StandardKey.Save, enabled=False)
        self.save_as_action = self._action(file_menu, "Save &As…", QKeySequence.StandardKey.SaveAs, enabled=False)
        file_menu.addSeparator()
        self.pdf_action = self._action(file_menu, "&Export PDF…", "Ctrl+E", enabled=False)
        self.print_action = self._action(file_menu, "&Print…", QKeySequence.StandardKey.Print, enabled=False)
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", QKeySequence.StandardKey.Quit, self.close)
        view = bar.addMenu("&View")
        self._action(view, "Zoom timeline &in", "Ctrl+Alt+=", lambda: self.zoom_timeline(1.25))
        self._action(view, "Zoom timeline &out", "Ctrl+Alt+-", lambda: self.zoom_timeline(1 / 1.25))
        self._action(view, "&Fit timeline to window", "Ctrl+Alt+0", lambda: self.zoom_timeline(0))
        view.addSeparator()
        self._action(view, "Show and go to the &questions", "Ctrl+1", self.focus_wizard)
        self._action(view, "Go to the &timeline", "Ctrl+2", self.focus_timeline)
        self._action(view, "Go to the item &details", "Ctrl+3", lambda: self.panel.detail.setFocus())
        help_menu = bar.addMenu("&Help")
        self._action(help_menu, "&About OVCF Pathway", QKeySequence.StandardKey.HelpContents, self.about)

    # -- behaviour -------------------------------------------------------------------------------
    def recompute(self) -> None:
        """Plan from the answers so far; until they are complete, say what is still needed."""
        effective = self.router.effective_answers(self.store.answers)
        try:
            case = validate_answers(self.pack, effective, self.planner.params, self.today)
        except CaseErrors as exc:
            needed = []
            for error in exc.errors:
                question = self.pack.question(error.field)
                name = question.short or question.label
                needed.append(name if error.message == "required" else f"{name}: {error.message}")
            self.panel.show_waiting(needed)
            return
        self.panel.show_plan(self.planner.plan(case), self.planner.phase_starts)

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

    def new_case(self) -> None:
        self.store.replace(default_answers(self.router, self.today))
        self.wizard.reload()

    def about(self) -> None:
        from .about import AboutDialog

        AboutDialog(self.pack, self.profile, self).exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.accept()

