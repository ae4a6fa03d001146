"""Start the desktop app. A broken rule pack is shown as an error, never as a plan."""

from __future__ import annotations

import gc
import os
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from desktop import paths
from desktop.engine import RulePackErrors
from desktop.engine.pack import parse_cache
from desktop.engine.pack.model import RulePack
from desktop.engine.pack.read_profile import resolve_profile
from desktop.engine.pack.site_model import Profile
from desktop.engine.pack.trust import PackTrust
from desktop.pack_policy import SITE_KEYS, open_trusted, policy
from desktop.report.about_html import TrustView

from . import dialogs, theme
from .data_folder import data_dir, folder_problem, use_data_dir
from .drafts import DraftStore
from .i18n import install_language, tr
from .main_window import MainWindow
from .pack_trust import acknowledge_pack, add_unsigned_banner
from .register_link import REGISTER_FILE, ClinicRegister
from .settings import Settings, load_settings, save_settings


def run_gui(rules: str | None = None, profile: str | None = None, language: str | None = None,
            authoring: bool = False) -> int:
    """The GUI. `profile` and `language` (from the command line) override the saved settings
    for this run; changes made in Settings are saved. `authoring`: see desktop/pack_policy.py."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    started = launch(rules, profile, language, authoring)
    if isinstance(started, int):
        return started
    return int(app.exec())


def launch(rules: str | None = None, profile: str | None = None, language: str | None = None,
           authoring: bool = False) -> Session | int:
    """Everything before the event loop: the window shown, the data folder checked (one that
    cannot be used is said, and another may be chosen), leftover drafts offered. An exit code
    if the rule pack is refused (not signed by a trusted key, a downgrade, invalid) or its
    changes are not acknowledged."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setApplicationName("OVCF Pathway")
    app.setOrganizationName("OVCF Pathway")
    settings = load_settings()
    settings = settings.but(language=language or settings.language)
    drafts, problem = open_drafts(data_dir())
    parse_cache.use_folder(None if problem else data_dir() / "cache")  # a source checkout's pack, parsed once
    session = Session(rules or str(paths.rules_dir()), settings, drafts, authoring=authoring)
    session.data_problem = problem
    try:
        window = session.start(profile)
    except RulePackErrors as exc:
        resume_collector()
        refuse(exc)
        return 3
    resume_collector()
    if not session.acknowledge():
        print("ovcf-pathway: the new rule pack's changes were not acknowledged: it was not used", file=sys.stderr)
        session.close_unused()
        return 3
    if os.environ.get("OVCF_STARTUP_PROBE"):
        report_first_paint(window.wizard.page(window.wizard.startId()), app)
    window.show()
    app.aboutToQuit.connect(session.clinic.close)
    QTimer.singleShot(0, parse_cache.save_all)  # what was parsed this time (the first start only)
    if problem:
        session.offer_data_folder(ask_first=True)
    session.window_now().offer_restore()
    return session


def resume_collector() -> None:
    """Collect garbage again once the window is built, if `python -m desktop` paused the
    collector for the start (see __main__.py). What the start made, most of which lasts (modules,
    the pack, the window), goes straight to the oldest generation: the next young collections
    do not walk it all first (about 10 ms); it is collected with that generation."""
    if gc.isenabled():
        return
    gc.freeze()
    gc.unfreeze()  # from the permanent generation into the oldest one
    gc.enable()


def open_drafts(folder: Path) -> tuple[DraftStore | None, str]:
    """The draft store in `folder`, or None and why the folder cannot be used."""
    problem = folder_problem(folder)
    if problem:
        return None, problem
    try:
        return DraftStore(folder / "drafts"), ""
    except OSError as exc:
        return None, exc.strerror or str(exc)


def refuse(exc: Exception) -> None:
    from PySide6.QtWidgets import QMessageBox  # not imported at a normal start

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

    def __init__(self, rules: str, settings: Settings, drafts: DraftStore | None, today: date | None = None,
                 authoring: bool = False) -> None:
        super().__init__()
        self.rules_dir = rules
        self.trust = policy(authoring, data_dir())  # trusted keys, the per-computer record, authoring mode
        self.pack_trust: PackTrust | None = None  # how the pack in use was trusted
        self.settings = settings
        self.drafts = drafts
        self.today = today
        self.window: MainWindow | None = None
        self.data_problem = ""  # why the data folder cannot be used ("" if it can)
        self.settings_problem = ""  # why the settings were not saved ("" if they were)
        self.clinic = ClinicRegister(lambda: data_dir() / REGISTER_FILE)  # opened at the first save or look

    def window_now(self) -> MainWindow:
        assert self.window is not None
        return self.window

    def start(self, profile: str | None = None) -> MainWindow:
        """The first window. A `profile` given on the command line must be valid (else
        RulePackErrors); a saved one that no longer is gives way to the default, with a message."""
        theme.use(self.settings.theme)
        theme.set_text_scale(self.settings.text_scale)
        install_language(self.settings.language)
        pack, self.pack_trust = open_trusted(self.rules_dir, self.trust, self.settings.language)
        problem = ""
        if profile is not None:
            chosen = resolve_profile(pack, profile)
        else:
            try:
                chosen = resolve_profile(pack, self.settings.profile or None)
            except (RulePackErrors, OSError) as exc:
                chosen, problem = resolve_profile(pack, None), str(exc)
                self.settings = self.settings.but(profile="")
        self.window = self._build(pack, chosen)
        if problem:
            dialogs.error(self.window, tr("Site profile not used"),
                          tr("The saved site profile is not valid any more; the default profile is used."), problem)
        return self.window

    def _build(self, pack: RulePack, profile: Profile) -> MainWindow:
        window = MainWindow(pack, profile, today=self.today, drafts=self.drafts, settings=self.settings,
                            clinic=self.clinic)
        window.settingsChanged.connect(self.apply)
        window.dataFolderWanted.connect(lambda: self.offer_data_folder(ask_first=False))
        self._show_problems(window)
        if self.pack_trust is not None:
            window.trust_view = TrustView(self.pack_trust, tuple(self.trust.keys),
                                          tuple(self.trust.record.acknowledged), str(data_dir() / SITE_KEYS))
            if not self.pack_trust.signed:
                add_unsigned_banner(window)
        return window

    def acknowledge(self) -> bool:
        """The first use of a newly signed pack here: its changes shown and acknowledged (recorded)."""
        window = self.window_now()
        assert self.pack_trust is not None
        if not acknowledge_pack(window.pack, self.pack_trust, self.trust.record):
            return False
        window.trust_view = TrustView(self.pack_trust, tuple(self.trust.keys), tuple(self.trust.record.acknowledged),
                                      str(data_dir() / SITE_KEYS))
        return True

    def close_unused(self) -> None:
        window = self.window_now()
        window.document.dirty = False
        window.close()
        window.document.release()
        window.deleteLater()

    def _show_problems(self, window: MainWindow) -> None:
        window.show_data_folder_problem(str(data_dir()), self.data_problem)
        text = tr("{error}. The changes apply now but will not be remembered at the next start.").format(
            error=self.settings_problem) if self.settings_problem else ""
        window.set_problem("settings", tr("Settings not saved:"), text)

    def save_settings(self) -> None:
        """Save the settings; a failure is shown in the status bar until a later save succeeds."""
        try:
            save_settings(self.settings)
        except OSError as exc:
            self.settings_problem = exc.strerror or str(exc)
        else:
            self.settings_problem = ""
        if self.window is not None:
            self._show_problems(self.window)

    # -- the data folder -------------------------------------------------------------------------
    def offer_data_folder(self, ask_first: bool) -> bool:
        """Choose a folder for drafts and settings for this run (the usual one cannot be used):
        asked again while the chosen one cannot be used either. True once one is in use."""
        window = self.window_now()
        folder, problem = str(data_dir()), self.data_problem
        while True:
            if ask_first and not dialogs.ask_data_folder(window, folder, problem):
                return False
            ask_first = True
            chosen = dialogs.choose_folder(window, str(Path.home()))
            if not chosen:
                return False
            drafts, problem = open_drafts(Path(chosen))
            folder = chosen
            if drafts is not None:
                self._use_data_folder(Path(chosen), drafts)
                return True

    def _use_data_folder(self, folder: Path, drafts: DraftStore) -> None:
        use_data_dir(folder)
        old, self.drafts, self.data_problem = self.drafts, drafts, ""
        window = self.window_now()
        window.document.use_drafts(drafts)
        if old is not None:
            old.clear()
            old.release()
        self.save_settings()  # remembered in the new folder too; shows the notes as they now are

    def apply(self, settings: Settings) -> None:
        """Save `settings`; a new language or profile rebuilds the window around the same case."""
        old = self.settings
        self.settings = settings
        window = self.window
        assert window is not None
        if (settings.language, settings.profile) != (old.language, old.profile):
            try:
                self.rebuild(window)
            except (RulePackErrors, OSError) as exc:
                self.settings = settings.but(language=old.language, profile=old.profile)
                window.settings = self.settings
                install_language(old.language)
                dialogs.error(window, tr("Settings not applied"),
                              tr("The language or site profile could not be loaded; nothing was changed."), str(exc))
        self.save_settings()

    def rebuild(self, old: MainWindow) -> None:
        settings = self.settings
        pack = old.pack
        if settings.language != pack.language:
            pack, self.pack_trust = open_trusted(self.rules_dir, self.trust, settings.language)
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
