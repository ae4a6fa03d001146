"""The main window's menu bar: File, View and Help, each entry with its shortcut."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Protocol

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from desktop.engine.record import mutable_record

from .i18n import tr
from .settings import PAPER_NAMES, PAPERS
from .timeline_scale import FIRST_WEEKS

Shortcut = QKeySequence.StandardKey | str | list[QKeySequence.StandardKey | str] | None


class MenuTarget(Protocol):
    """What the menus call: the main window's commands."""

    def new_case(self) -> None: ...
    def open_case(self) -> bool: ...
    def save(self) -> bool: ...
    def save_as(self) -> bool: ...
    def clinic_register(self) -> None: ...
    def export_pdf(self, kind: str) -> bool: ...
    def export_fhir(self) -> bool: ...
    def print_(self, kind: str) -> None: ...
    def copy_visit_note(self) -> bool: ...
    def export_letter(self) -> bool: ...
    def set_paper(self, paper: str) -> None: ...
    def open_settings(self) -> None: ...
    def choose_data_folder(self) -> None: ...
    def step_text(self, direction: int) -> None: ...
    def change_settings(self, **changes: object) -> None: ...
    def toggle_contrast(self) -> None: ...
    def zoom_timeline(self, factor: float) -> None: ...
    def show_first_weeks(self, weeks: int) -> None: ...
    def focus_wizard(self) -> None: ...
    def focus_timeline(self) -> None: ...
    def focus_details(self) -> None: ...
    def about(self) -> None: ...


@mutable_record
class Menus:
    """The entries whose state follows the settings or the data folder."""

    paper: dict[str, QAction]
    contrast: QAction
    data_folder: QAction


def add_action(window: QMainWindow, menu: QMenu, text: str, shortcut: Shortcut,
               slot: Callable[[], object] | None = None) -> QAction:
    action = QAction(text, window)
    if isinstance(shortcut, list):
        action.setShortcuts([QKeySequence(key) for key in shortcut])
    elif shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if slot is not None:
        action.triggered.connect(slot)
    menu.addAction(action)
    return action


def build_menus(window: QMainWindow, target: MenuTarget, paper: str, high_contrast: bool) -> Menus:
    bar = window.menuBar()
    act = partial(add_action, window)
    file_menu = bar.addMenu(tr("&File"))
    act(file_menu, tr("&New case"), QKeySequence.StandardKey.New, target.new_case)
    act(file_menu, tr("&Open…"), QKeySequence.StandardKey.Open, target.open_case)
    act(file_menu, tr("&Save"), QKeySequence.StandardKey.Save, target.save)
    act(file_menu, tr("Save &As…"), QKeySequence.StandardKey.SaveAs, target.save_as)
    act(file_menu, tr("Clinic re&gister…"), "Ctrl+R", target.clinic_register)
    file_menu.addSeparator()
    act(file_menu, tr("&Export clinician summary (PDF)…"), "Ctrl+E", lambda: target.export_pdf("summary"))
    act(file_menu, tr("Export patient &handout (PDF)…"), "Ctrl+Shift+E", lambda: target.export_pdf("handout"))
    act(file_menu, tr("Export visit for the health &record (FHIR)…"), None, target.export_fhir)
    act(file_menu, tr("&Copy visit note (for the health record)"), "Ctrl+Shift+C", target.copy_visit_note)
    act(file_menu, tr("Export request or referral &letter (PDF)…"), "Ctrl+Shift+L", target.export_letter)
    act(file_menu, tr("&Print clinician summary…"), QKeySequence.StandardKey.Print, lambda: target.print_("summary"))
    act(file_menu, tr("Print patient hando&ut…"), "Ctrl+Shift+P", lambda: target.print_("handout"))
    paper_menu = file_menu.addMenu(tr("Paper si&ze"))
    group = QActionGroup(window)
    papers: dict[str, QAction] = {}
    for name in PAPERS:
        action = act(paper_menu, f"&{PAPER_NAMES[name]}", None, partial(target.set_paper, name))
        action.setCheckable(True)
        action.setChecked(name == paper)
        group.addAction(action)
        papers[name] = action
    file_menu.addSeparator()
    act(file_menu, tr("Se&ttings…"), "Ctrl+,", target.open_settings)
    data_folder = act(file_menu, tr("Choose &data folder…"), None, target.choose_data_folder)
    data_folder.setVisible(False)  # only while the data folder cannot be used
    file_menu.addSeparator()
    act(file_menu, tr("&Quit"), QKeySequence.StandardKey.Quit, window.close)
    view = bar.addMenu(tr("&View"))
    act(view, tr("&Larger text"), [QKeySequence.StandardKey.ZoomIn, "Ctrl+="], lambda: target.step_text(1))
    act(view, tr("&Smaller text"), QKeySequence.StandardKey.ZoomOut, lambda: target.step_text(-1))
    act(view, tr("&Normal text size"), "Ctrl+0", lambda: target.change_settings(text_scale=1.0))
    contrast = act(view, tr("&High contrast"), "Ctrl+Shift+H", target.toggle_contrast)
    contrast.setCheckable(True)
    contrast.setChecked(high_contrast)
    view.addSeparator()
    act(view, tr("Zoom timeline &in"), "Ctrl+Alt+=", lambda: target.zoom_timeline(1.25))
    act(view, tr("Zoom timeline &out"), "Ctrl+Alt+-", lambda: target.zoom_timeline(1 / 1.25))
    act(view, tr("&Fit timeline to window"), "Ctrl+Alt+0", lambda: target.zoom_timeline(0))
    act(view, tr("Timeline: first 1&2 weeks"), "Ctrl+Alt+1", lambda: target.show_first_weeks(FIRST_WEEKS))
    act(view, tr("Timeline: first &year"), "Ctrl+Alt+2", lambda: target.show_first_weeks(52))
    view.addSeparator()
    act(view, tr("Show and go to the &questions"), "Ctrl+1", target.focus_wizard)
    act(view, tr("Go to the &timeline"), "Ctrl+2", target.focus_timeline)
    act(view, tr("Go to the item &details"), "Ctrl+3", target.focus_details)
    help_menu = bar.addMenu(tr("&Help"))
    act(help_menu, tr("&User guide"), QKeySequence.StandardKey.HelpContents, lambda: _help(window, "guide"))
    act(help_menu, tr("&Keyboard shortcuts"), "Ctrl+/", lambda: _help(window, "shortcuts"))
    help_menu.addSeparator()
    act(help_menu, tr("&About OVCF Pathway"), None, target.about)
    return Menus(papers, contrast, data_folder)


def _help(window: QMainWindow, what: str) -> None:
    from .help_dialogs import show_guide, show_shortcuts  # not at start

    (show_guide if what == "guide" else show_shortcuts)(window)
