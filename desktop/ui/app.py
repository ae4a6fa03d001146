"""Start the desktop app. A broken rule pack is shown as an error, never as a plan."""

from __future__ import annotations

import os
import sys
from datetime import date

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import paths
from desktop.engine import RulePackError, RulePackErrors, load_rule_pack
from desktop.engine.model import Profile, RulePack
from desktop.engine.read_profile import resolve_profile

from . import dialogs, theme
from .drafts import DraftStore
from .i18n import install_language, tr
from .main_window import MainWindow
from .settings import Settings, load_settings, save_settings


def run_gui(rules: str | None = None, profile: str | None = None, language: str | None = None) -> int:
    """The GUI. `profile` and `language` (from the command line) override the saved settings
    for this run; changes made in Settings are saved."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("OVCF Pathway")
    app.setOrganizationName("OVCF Pathway")
    settings = load_settings()
    settings = settings.but(language=language or settings.language)
    session = Session(rules or str(paths.rules_dir()), settings, DraftStore())
    try:
        window = session.start(profile)
    except (RulePackErrors, RulePackError) as exc:
        refuse(exc)
        return 3
    if os.environ.get("OVCF_STARTUP_PROBE"):
        report_first_paint(window.wizard.page(window.wizard.startId()), app)
    window.show()
    window.offer_restore()
    return int(app.exec())


def refuse(exc: Exception) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, tr("OVCF Pathway: rule pack refused"),
                      tr("The clinical rule pack is invalid, so no plan can be shown."))
    box.setDetailedText(str(exc))
    box.setInformativeText(str(exc).splitlines()[0] if str(exc) else "")
    box.exec()
    print(f"ovcf-pathway: {exc}", file=sys.stderr)


class Session(QObject):
    """The running app: settings, the rule pack in the chosen language, and the main window,
    rebuilt (keeping the open case, its answers and its unsaved state) when the language or
    the site profile changes."""

    def __init__(self, rules: str, settings: Settings, drafts: DraftStore | None, today: date | None = None) -> None:
        super().__init__()
        self.rules_dir = rules
        self.settings = settings
        self.drafts = drafts
        self.today = today
        self.window: MainWindow | None = None

    def start(self, profile: str | None = None) -> MainWindow:
        """The first window. A `profile` given on the command line must be valid (else
        RulePackErrors); a saved one that no longer is gives way to the default, with a message."""
        theme.use(self.settings.theme)
        theme.set_text_scale(self.settings.text_scale)
        install_language(self.settings.language)
        pack = load_rule_pack(self.rules_dir, require_manifest=paths.frozen(), language=self.settings.language)
        problem = ""
        if profile is not None:
            chosen = resolve_profile(pack, profile)
        else:
            try:
                chosen = resolve_profile(pack, self.settings.profile or None)
            except (RulePackErrors, RulePackError, OSError) as exc:
                chosen, problem = resolve_profile(pack, None), str(exc)
                self.settings = self.settings.but(profile="")
        self.window = self._build(pack, chosen)
        if problem:
            dialogs.error(self.window, tr("Site profile not used"),
                          tr("The saved site profile is not valid any more; the default profile is used."), problem)
        return self.window

    def _build(self, pack: RulePack, profile: Profile) -> MainWindow:
        window = MainWindow(pack, profile, today=self.today, drafts=self.drafts, settings=self.settings)
        window.settingsChanged.connect(self.apply)
        return window

    def apply(self, settings: Settings) -> None:
        """Save `settings`; a new language or profile rebuilds the window around the same case."""
        old = self.settings
        self.settings = settings
        window = self.window
        assert window is not None
        if (settings.language, settings.profile) != (old.language, old.profile):
            try:
                self.rebuild(window)
            except (RulePackErrors, RulePackError, OSError) as exc:
                self.settings = settings.but(language=old.language, profile=old.profile)
                window.settings = self.settings
                install_language(old.language)
                dialogs.error(window, tr("Settings not applied"),
                              tr("The language or site profile could not be loaded; nothing was changed."), str(exc))
        save_settings(self.settings)

    def rebuild(self, old: MainWindow) -> None:
        settings = self.settings
        pack = old.pack
        if settings.language != pack.language:
            pack = load_rule_pack(self.rules_dir, require_manifest=paths.frozen(), language=settings.language)
        profile = resolve_profile(pack, settings.profile or None)
        install_language(settings.language)
        page = old.wizard.page_name()
        plan_shown = old.split.sizes()[0] == 0
        window = self._build(pack, profile)
        window.document.adopt(old.document)
        window.wizard.reload()
        window.wizard.go_to(page)
        window.setGeometry(old.geometry())
        if old.isMaximized():
            window.showMaximized()
        elif old.isVisible():
            window.show()
        if plan_shown:
            window.show_plan()
        self.window = window
        old.document.release()
        old.hide()
        old.deleteLater()


class _FirstPaint(QObject):
    """For benchmarks/ui.py: say when the first wizard page has been painted, then quit."""

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print("first-page-painted", flush=True)
            QTimer.singleShot(0, self.app.quit)
            watched.removeEventFilter(self)
        return False


def report_first_paint(widget: QObject, app: QApplication) -> None:
    probe = _FirstPaint(app)
    probe.setParent(app)
    widget.installEventFilter(probe)
