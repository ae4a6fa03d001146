"""Shared fixtures. Qt runs offscreen in every test; Qt warnings fail tests (pyproject)."""

from __future__ import annotations

import copy
import gc
import os
import shutil
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import pytest

from desktop import paths
from desktop.engine import Planner, RulePack, load_rule_pack, validate_case
from desktop.engine.case.case import Case

REPO = Path(__file__).resolve().parent.parent
KEPT_SCREENSHOTS = os.environ.get("OVCF_SCREENSHOTS")  # set it to a folder to keep the screenshots

# A complete, unremarkable case: day 3 after an L1 fracture, every safety fact known.
BASE_CASE: dict[str, Any] = {
    "format": "ovcf-case/2",
    "visit_date": "2026-11-21",
    "onset_date": "2026-11-18",
    "patient": {"age": 74, "sex": "female"},
    "fracture": {"levels": ["L1"], "neuro_deficit": False, "red_flags": []},
    "pain": {"nrs": 5, "persistent": None, "conservative_failed": None},
    "safety": {
        "egfr": 70,
        "calcium_status": "normal",
        "oral_bisphosphonate_unsuitable": False,
        "nsaid_risks": [],
        "calcitonin_hypersensitivity": False,
        "invasive_dental_work_planned": False,
    },
    "history": {"antiresorptive": "none"},
}


def case_data(**changes: Any) -> dict[str, Any]:
    """BASE_CASE with changes given as dotted paths: case_data(**{"patient.age": 80})."""
    data = copy.deepcopy(BASE_CASE)
    for path, value in changes.items():
        target = data
        *groups, key = path.split(".")
        for group in groups:
            target = target.setdefault(group, {})
        target[key] = value
    return data


@pytest.fixture(scope="session", autouse=True)
def signed_shipped_pack(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The app refuses a rule pack that is not signed by a trusted key. In-process tests start it
    from a copy of the shipped pack signed with a throwaway key that this session trusts, so they
    do not depend on the shipped pack's own signature while its content changes;
    tests/signing/test_shipped_release.py checks that signature with the real release key, and
    tests that start the app in another process use the shipped pack as it is."""
    from desktop import pack_policy
    from desktop.engine.pack import minisign
    from desktop.engine.pack.integrity import MANIFEST_NAME, SIGNATURE_NAME, manifest_text
    from desktop.engine.pack.safe_read import DataError, load_yaml
    from desktop.engine.pack.trust import trusted_comment

    folder = tmp_path_factory.mktemp("signed-pack")
    rules = folder / "rules"
    shutil.copytree(paths.rules_dir(), rules, ignore=shutil.ignore_patterns("MANIFEST.sha256*"))
    key = minisign.generate_key()
    (folder / "keys").mkdir()
    (folder / "keys" / "session.pub").write_text(minisign.public_key_text(key.public()), encoding="utf-8")
    (rules / MANIFEST_NAME).write_text(manifest_text(rules), encoding="utf-8")
    try:
        meta = load_yaml((rules / "pack.yaml").read_bytes())
    except DataError:
        meta = {}
    comment = trusted_comment(str(meta.get("id")), str(meta.get("version")), date(2026, 12, 1))
    signature = minisign.sign((rules / MANIFEST_NAME).read_bytes(), key, comment)
    (rules / SIGNATURE_NAME).write_text(minisign.signature_text(signature), encoding="utf-8")
    folders = pack_policy.key_folders
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(paths, "rules_dir", lambda: rules)
        patch.setattr(pack_policy, "key_folders", lambda data: [*folders(data), (folder / "keys", "shipped")])
        yield rules


@pytest.fixture(scope="session")
def pack() -> RulePack:
    return load_rule_pack(paths.rules_dir())


@pytest.fixture(autouse=True)
def own_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """Every test has its own data folder (drafts, settings) and screenshot folder in its
    tmp_path: no test sees another's drafts or settings, nothing is written to the real home
    or the repository. OVCF_SCREENSHOTS=folder keeps the screenshots there instead."""
    monkeypatch.setenv("OVCF_DATA_DIR", str(tmp_path / "data"))
    # where Qt's standard locations point when a test unsets OVCF_DATA_DIR
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("OVCF_SCREENSHOTS", KEPT_SCREENSHOTS or str(tmp_path / "screenshots"))
    yield
    data_folder = sys.modules.get("desktop.ui.data_folder")  # imported only by GUI tests: no Qt here
    if data_folder is not None:
        data_folder.use_data_dir(None)  # a folder chosen in one test is not the next test's


def _windows() -> list[Any]:
    """The application's top-level widgets (none without a QApplication; Qt is not imported)."""
    if "PySide6.QtWidgets" not in sys.modules:
        return []
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    return list(app.topLevelWidgets()) if isinstance(app, QApplication) else []


def _key(widget: Any) -> int:
    import shiboken6

    return int(shiboken6.getCppPointer(widget)[0])


def leaked_windows(before: set[int]) -> list[Any]:
    """The top-level windows a test left behind, after pending deletions ran: new since
    `before` and either visible (tooltips aside: Qt hides them itself), or a QMainWindow or
    QDialog still alive even if hidden. Hidden plain widgets (a QMenu never shown, Qt's own
    helpers) are not windows left to the user and do not count."""
    if not _windows():
        return []
    from PySide6.QtCore import QCoreApplication, QEvent, Qt
    from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QToolTip

    def candidates() -> list[Any]:
        QToolTip.hideText()
        QApplication.processEvents()  # what the windows still had to do (0 ms timers) before they go
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
        return [
            w for w in _windows()
            if _key(w) not in before and w.windowType() != Qt.WindowType.ToolTip
            and (w.isVisible() or isinstance(w, (QMainWindow, QDialog)))
        ]

    if not candidates():
        return []
    gc.collect()  # a window nothing refers to any more is deleted with its Python object
    return candidates()


@pytest.fixture(autouse=True)
def no_leaked_windows() -> Any:
    """Fail a test that leaves a top-level window open or alive (see `leaked_windows`); the
    leaked windows are then closed and deleted, so that the next test starts clean. Close
    windows, or hand them to qtbot.addWidget, which closes and deletes them."""
    before = {_key(w) for w in _windows()}
    yield
    leaked = leaked_windows(before)
    if leaked:
        names = [f"{type(w).__name__}({w.windowTitle()!r}, {'visible' if w.isVisible() else 'hidden'})"
                 for w in leaked]
        for widget in leaked:
            document = getattr(widget, "document", None)
            if hasattr(document, "dirty"):
                document.dirty = False  # a main window would ask about unsaved answers
            widget.close()
            widget.deleteLater()
        from PySide6.QtCore import QCoreApplication, QEvent

        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        pytest.fail(f"the test left {len(leaked)} top-level window(s): {', '.join(names)}", pytrace=False)


@pytest.fixture(scope="session")
def shipped_verification(pack: RulePack) -> Any:
    """The exhaustive verification of the shipped pack (every invariant, every profile, every
    input class), run once per session; tests assert on this report."""
    from desktop.engine.verify.verify import verify_invariants

    return verify_invariants(pack)


@pytest.fixture(scope="session")
def planner(pack: RulePack) -> Planner:
    return Planner(pack, pack.profiles[pack.default_profile])


@pytest.fixture
def make_case(pack: RulePack, planner: Planner) -> Callable[..., Case]:
    def make(**changes: Any) -> Case:
        return validate_case(pack, case_data(**changes), planner.params, today=date(2026, 11, 21))

    return make


@pytest.fixture
def rules_copy(tmp_path: Path) -> Path:
    """A writable copy of the shipped rule pack, for breaking it on purpose (without its release
    manifest and signature, which would refuse any change first)."""
    target = tmp_path / "rules"
    shutil.copytree(paths.rules_dir(), target, ignore=shutil.ignore_patterns("MANIFEST.sha256*"))
    return target


def edit(path: Path, old: str, new: str) -> None:
    """Replace exactly one occurrence of `old` in a file (fails loudly if it is not there once)."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def line_of(path: Path, needle: str) -> int:
    """1-based line number of the first line containing `needle`."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


class Dialogs:
    """Answers the app's questions in tests and records them (a real dialog would block)."""

    def __init__(self) -> None:
        self.save_changes = "discard"
        self.restore: bool | str = True  # True/"restore", False/"discard", or "keep"
        self.restores: list[str] = []  # answers for the next offers, in turn (then `restore`)
        self.choose_folder = False  # when the data folder cannot be used: choose another?
        self.folders: list[str] = []  # the folders chosen in turn ("" = cancelled)
        self.asked: list[str] = []
        self.errors: list[str] = []
        self.clinician: str | None = "Dr Test"  # the name given at the first save to the clinic register

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        from desktop.ui import dialogs

        def ask_save_changes(_parent: Any, what: str) -> str:
            self.asked.append(f"save changes to {what}")
            return self.save_changes

        def ask_restore(_parent: Any, saved: str, what: str, can_restore: bool = True) -> str:
            self.asked.append(f"restore {what}" + ("" if can_restore else " (keep or discard)") + f" saved {saved}")
            answer = self.restores.pop(0) if self.restores else self.restore
            choice = answer if isinstance(answer, str) else ("restore" if answer else "discard")
            return "keep" if choice == "restore" and not can_restore else choice

        def ask_data_folder(_parent: Any, folder: str, problem: str) -> bool:
            self.asked.append(f"data folder {folder}: {problem}")
            return self.choose_folder

        def choose_folder(_parent: Any, _start: str) -> str:
            assert self.folders, "a test that chooses a folder says which"
            return self.folders.pop(0)

        def error(_parent: Any, title: str, text: str, details: str = "") -> None:
            self.errors.append(f"{title}: {text} {details}".strip())

        def ask_clinician(_parent: Any, _default: str) -> str | None:
            return self.clinician

        def no_file_dialog(*_args: Any) -> str:
            raise AssertionError("tests pass file names; a file dialog would block")

        monkeypatch.setattr(dialogs, "ask_save_changes", ask_save_changes)
        monkeypatch.setattr(dialogs, "ask_restore", ask_restore)
        monkeypatch.setattr(dialogs, "ask_data_folder", ask_data_folder)
        monkeypatch.setattr(dialogs, "choose_folder", choose_folder)
        monkeypatch.setattr(dialogs, "error", error)
        monkeypatch.setattr(dialogs, "ask_clinician", ask_clinician)
        monkeypatch.setattr(dialogs, "open_path", no_file_dialog)
        monkeypatch.setattr(dialogs, "save_path", no_file_dialog)


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    answered = Dialogs()
    answered.install(monkeypatch)
    return answered


@pytest.fixture
def window(qtbot: Any, pack: RulePack, dialogs: Dialogs) -> Any:
    """The main window as a clinician opens it: offscreen, 1400x900, visit date 2026-11-21."""
    from desktop.ui.main_window import MainWindow

    main = MainWindow(pack, pack.profiles[pack.default_profile], today=date(2026, 11, 21))
    qtbot.addWidget(main)
    main.resize(1400, 900)
    main.show()
    qtbot.waitExposed(main)
    return main


@pytest.fixture
def driver(window: Any) -> Any:
    from ui.driver import Driver

    return Driver(window)


def close_sessions(sessions: list[Any]) -> None:
    """Close the windows a test started, without the unsaved-answers question."""
    for app in sessions:
        if app.window is not None:
            app.window.document.dirty = False
            app.window.close()
            app.window.deleteLater()


@pytest.fixture
def session(qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, dialogs: Dialogs, pack: RulePack) -> Any:
    """Start the app as run_gui does (settings, language, theme) with its data in tmp_path;
    `session(settings)` returns the Session, whose `.window` is the current main window.
    Language, theme and text size are put back afterwards."""
    from desktop.ui import theme
    from desktop.ui.app import Session
    from desktop.ui.i18n import install_language
    from desktop.ui.settings import Settings

    monkeypatch.setenv("OVCF_DATA_DIR", str(tmp_path / "data"))
    started: list[Any] = []

    def start(settings: Settings | None = None, profile: str | None = None, rules: Path | None = None) -> Any:
        app = Session(str(rules or paths.rules_dir()), settings or Settings(), None, today=date(2026, 11, 21))
        window = app.start(profile)
        window.resize(1400, 900)
        window.show()
        qtbot.waitExposed(window)
        started.append(app)
        return app

    yield start
    close_sessions(started)
    theme.use("normal")
    theme.set_text_scale(1.0)
    install_language("en")


@pytest.fixture
def launch_app(qtbot: Any, monkeypatch: pytest.MonkeyPatch, dialogs: Dialogs, pack: RulePack) -> Any:
    """Start the app exactly as `ovcf-pathway` does, up to its event loop (data folder checked,
    drafts offered); `launch_app(data_dir)` returns the Session. Everything is put back after."""
    from desktop.ui import theme
    from desktop.ui.app import launch
    from desktop.ui.data_folder import use_data_dir
    from desktop.ui.i18n import install_language

    started: list[Any] = []

    def start(data: Path) -> Any:
        monkeypatch.setenv("OVCF_DATA_DIR", str(data))
        app = launch()
        assert not isinstance(app, int), "the rule pack was refused"
        qtbot.waitExposed(app.window)
        started.append(app)
        return app

    yield start
    close_sessions(started)
    use_data_dir(None)
    theme.use("normal")
    theme.set_text_scale(1.0)
    install_language("en")
