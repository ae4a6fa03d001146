"""No failure is silent: a PDF not written completely is an error; a failed autosave or
settings write shows in the status bar until a write succeeds again; a data folder that
cannot be used still lets the app start, says so, and another folder can be chosen."""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QFileDialog

from conftest import REPO, case_data
from desktop.engine import validate_case
from desktop.ui import dialogs as dialogs_module
from desktop.ui.drafts import DraftStore, read_draft
from desktop.ui.main_window import MainWindow
from desktop.ui.printing import check_pdf, write_pdf
from desktop.ui.settings import load_settings
from ui.driver import TODAY, Driver
from ui.readonly import read_only

REAL_CHOOSE_FOLDER = dialogs_module.choose_folder  # before the dialogs fixture replaces it
EXPORT_HELPER = REPO / "tests" / "ui" / "export_helper.py"


def load(window: MainWindow, **changes: Any) -> None:
    case = validate_case(window.pack, case_data(**changes), window.planner.params, today=TODAY)
    window.store.replace(case.answers)
    window.wizard.reload()


def note(window: MainWindow) -> str:
    """What the status bar says is not being saved ("" when it is hidden)."""
    return window.notes.plain_text() if window.statusBar().isVisible() and window.notes.isVisible() else ""


# -- PDFs ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("where", ["missing folder", "read-only folder", "under a file"])
def test_a_pdf_that_cannot_be_written_is_an_error_and_leaves_nothing(
    window: MainWindow, tmp_path: Path, dialogs: Any, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    load(window)
    folder = tmp_path / "out"
    folder.mkdir()
    if where == "missing folder":
        target = tmp_path / "missing" / "summary.pdf"
    elif where == "under a file":
        (folder / "a-file").write_text("x")
        target = folder / "a-file" / "summary.pdf"
    else:
        target = folder / "summary.pdf"
    with read_only(folder, monkeypatch) if where == "read-only folder" else contextlib.nullcontext():
        assert not window.export_pdf("summary", str(target))
        assert not window.export_pdf("handout", str(target))
    assert dialogs.errors[-1].startswith(f"Export failed: Could not write {target}: ")
    assert len(dialogs.errors) == 2
    assert not target.exists()
    assert sorted(p.name for p in folder.iterdir()) == ([] if where != "under a file" else ["a-file"])


def test_write_pdf_raises_oserror_naming_the_file(tmp_path: Path, qapp: Any) -> None:
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml("<p>text</p>")
    with pytest.raises(OSError, match="No such file or directory") as raised:
        write_pdf(document, tmp_path / "missing" / "x.pdf", "a4", "t")
    assert raised.value.filename == str(tmp_path / "missing" / "x.pdf")
    assert raised.value.strerror


@pytest.mark.parametrize("content", [b"", b"%PDF-1.4\n1 0 obj", b"<html>%%EOF", b"%PDF-1.4\n" + b"x" * 2000])
def test_an_incomplete_pdf_is_refused(tmp_path: Path, content: bytes) -> None:
    written = tmp_path / "w.pdf"
    written.write_bytes(content)
    with pytest.raises(OSError, match="could not be written completely") as raised:
        check_pdf(written, "/clinic/x.pdf")
    assert raised.value.errno == errno.EIO
    assert raised.value.filename == "/clinic/x.pdf"
    written.write_bytes(b"%PDF-1.4\n...\n%%EOF\n\n")
    check_pdf(written, "/clinic/x.pdf")


def run_export(mode: str, target: Path) -> str:
    out = subprocess.run([sys.executable, str(EXPORT_HELPER), mode, str(target)], cwd=REPO, capture_output=True,
                         text=True, timeout=120, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert out.returncode == 0, out.stderr
    return out.stdout


@pytest.mark.skipif(sys.platform != "linux", reason="simulated with RLIMIT_FSIZE (Linux)")
def test_a_full_disk_is_an_error_not_a_truncated_pdf(tmp_path: Path) -> None:
    target = tmp_path / "summary.pdf"
    assert "raised: the PDF could not be written completely (is the disk full?)" in run_export("write_pdf", target)
    assert list(tmp_path.iterdir()) == []
    out = run_export("gui", target)
    assert f"error: Export failed: Could not write {target}: the PDF could not be written completely" in out
    assert "exported: False" in out
    assert list(tmp_path.iterdir()) == []


# -- autosave -----------------------------------------------------------------------------------
@pytest.fixture
def autosaving(qtbot: Any, pack: Any, tmp_path: Path, dialogs: Any) -> MainWindow:
    main = MainWindow(pack, pack.profiles["default"], today=TODAY, drafts=DraftStore(tmp_path / "drafts"))
    qtbot.addWidget(main)
    main.resize(1400, 900)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.document.close()


def test_a_failed_autosave_is_shown_until_one_succeeds(
    autosaving: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch, dialogs: Any, tmp_path: Path
) -> None:
    window = autosaving
    real_write = DraftStore.write
    failing = [True]

    def write(store: DraftStore, state: dict[str, Any]) -> None:
        if failing[0]:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_write(store, state)

    monkeypatch.setattr(DraftStore, "write", write)
    assert not window.statusBar().isVisible(), "nothing to report: no status bar"
    Driver(window).answer("visit", {"onset_date": "2026-11-18", "patient.age": "70"})
    qtbot.waitUntil(lambda: "Autosave failed" in note(window), timeout=3000)
    assert "No space left on device" in note(window)
    assert "not protected against a crash" in note(window)
    assert window.notes.accessibleName() == "Problems"
    assert "Autosave failed" in window.notes.accessibleDescription()

    # the Save-failed message does not claim an autosave that did not happen
    load(window, **{"patient.age": 71})
    assert not window.save_as(str(tmp_path / "missing" / "case.yaml"))
    assert "could not be autosaved" in dialogs.errors[-1]
    assert "(and autosaved)" not in dialogs.errors[-1]

    failing[0] = False
    window.store.set("pain.nrs", 6)
    qtbot.waitUntil(lambda: note(window) == "", timeout=3000)
    assert read_draft(window.document.drafts.path)["answers"]["pain.nrs"] == 6  # type: ignore[union-attr]
    assert not window.save_as(str(tmp_path / "missing" / "case.yaml"))
    assert "Your answers are kept (and autosaved)." in dialogs.errors[-1]


def test_the_autosave_note_survives_a_language_switch(session: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch,
                                                      tmp_path: Path) -> None:
    def write(_store: DraftStore, _state: dict[str, Any]) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(DraftStore, "write", write)
    app = session()
    app.drafts = DraftStore(tmp_path / "drafts")
    app.window.document.use_drafts(app.drafts)
    app.window.store.set("patient.age", 80)
    qtbot.waitUntil(lambda: "Read-only file system" in note(app.window), timeout=3000)
    app.window.change_settings(language="fr")
    assert app.window.pack.language == "fr"
    assert "Read-only file system" in note(app.window)


# -- settings -----------------------------------------------------------------------------------
def test_a_failed_settings_write_is_shown_until_one_succeeds(session: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    app = session()
    window = app.window
    monkeypatch.setattr(QSettings, "status", lambda _self: QSettings.Status.AccessError)
    window.set_paper("letter")
    assert "Settings not saved" in note(window)
    assert "settings.ini could not be written" in note(window)
    assert window.paper == "letter", "the change applies now"
    monkeypatch.undo()
    window.set_paper("a4")
    assert note(window) == ""
    assert load_settings().paper == "a4"


def test_settings_under_a_file_are_an_error_not_a_traceback(session: Any, monkeypatch: pytest.MonkeyPatch,
                                                            tmp_path: Path) -> None:
    app = session()
    (tmp_path / "a-file").write_text("x")
    monkeypatch.setenv("OVCF_DATA_DIR", str(tmp_path / "a-file" / "data"))
    app.window.toggle_contrast()
    assert "Settings not saved: Not a directory" in note(app.window)
    app.window.change_settings(language="es")  # the rebuilt window still says so
    assert app.window.pack.language == "es"
    assert note(app.window).startswith(QApplication.translate("", "Settings not saved:"))


# -- the data folder ----------------------------------------------------------------------------
def test_a_data_folder_that_cannot_be_created_still_starts_and_another_can_be_chosen(
    launch_app: Any, dialogs: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    (tmp_path / "a-file").write_text("x")
    bad = tmp_path / "a-file" / "data"
    good = tmp_path / "elsewhere"
    good.mkdir()
    chosen: list[str] = []

    def get_existing_directory(_parent: Any, caption: str, start: str) -> str:
        chosen.append(caption)
        return str(good)

    monkeypatch.setattr(dialogs_module, "choose_folder", REAL_CHOOSE_FOLDER)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", get_existing_directory)
    dialogs.choose_folder = False
    app = launch_app(bad)
    window = app.window
    assert window.isVisible()
    assert dialogs.asked[0] == f"data folder {bad}: Not a directory"
    assert window.document.drafts is None
    assert f"Autosave is off: the data folder {bad} cannot be used (Not a directory)" in note(window)
    assert "File > Choose data folder…" in note(window)
    assert window.data_folder_action.isVisible()

    window.data_folder_action.trigger()  # File > Choose data folder…
    assert chosen == ["Choose a folder for autosaved drafts and settings"]
    assert note(window) == ""
    assert not window.data_folder_action.isVisible()
    Driver(window).answer("visit", {"onset_date": "2026-11-18", "patient.age": "70"})
    drafts = window.document.drafts
    assert drafts is not None
    assert drafts.directory == good / "drafts"
    qtbot.waitUntil(lambda: drafts.path.exists(), timeout=3000)  # type: ignore[union-attr]
    assert read_draft(drafts.path)["answers"]["patient.age"] == 70  # type: ignore[arg-type]
    assert (good / "settings.ini").exists(), "settings are remembered in the chosen folder"
    assert not bad.exists()


def test_a_read_only_data_folder_is_said_and_a_second_choice_is_checked(
    launch_app: Any, dialogs: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    also_bad = tmp_path / "also-bad"
    also_bad.write_text("not a folder")
    good = tmp_path / "good"
    dialogs.choose_folder = True
    dialogs.folders = [str(also_bad), str(good)]
    with read_only(data, monkeypatch):
        app = launch_app(data)
    window = app.window
    assert dialogs.asked[0].startswith(f"data folder {data}: ")
    assert dialogs.asked[1] == f"data folder {also_bad}: it is a file, not a folder"
    assert note(window) == ""
    assert window.document.drafts is not None
    assert window.document.drafts.directory == good / "drafts"
    window.store.set("patient.age", 90)
    qtbot.waitUntil(lambda: window.document.drafts.path.exists(), timeout=3000)  # type: ignore[union-attr]


def test_declining_to_choose_keeps_autosave_off_and_says_so(launch_app: Any, dialogs: Any, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    data.mkdir()
    dialogs.choose_folder = True
    dialogs.folders = [""]  # the folder dialog was cancelled
    with read_only(data, monkeypatch):
        app = launch_app(data)
    assert app.window.document.drafts is None
    assert "Autosave is off" in note(app.window)
    app.window.store.set("patient.age", 90)
    QApplication.processEvents()
    assert not (data / "drafts").exists()


def test_all_draft_slots_in_use_is_said(launch_app: Any, dialogs: Any, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    def busy(_store: DraftStore, _directory: Path | None = None) -> None:
        raise OSError(errno.EBUSY, "every autosave slot is in use")

    monkeypatch.setattr(DraftStore, "__init__", busy)
    app = launch_app(tmp_path / "data")
    assert "every autosave slot is in use" in note(app.window)
    assert app.window.document.drafts is None


def test_the_settings_note_and_an_unusable_folder_read_well(launch_app: Any, dialogs: Any, tmp_path: Path,
                                                            qtbot: Any) -> None:
    """Screenshots of the status bar notes (kept in OVCF_SCREENSHOTS when it is set)."""
    from ui.driver import screenshot

    (tmp_path / "a-file").write_text("x")
    app = launch_app(tmp_path / "a-file" / "data")
    window = app.window
    window.set_paper("letter")  # settings cannot be saved either
    window.document._autosaved("No space left on device")
    qtbot.wait(50)
    assert [line.split(":")[0] for line in window.notes.text.text().split("<br>")] == [
        "<b>Autosave is off", "<b>Autosave failed", "<b>Settings not saved"]
    screenshot(window.statusBar(), "status_bar_problems")
    screenshot(window, "window_with_problems")
    status = window.statusBar()
    assert status.height() < 100, "as tall as its three lines"
    assert window.centralWidget().geometry().bottom() < status.geometry().top(), "nothing covered"
    window.change_settings(theme="high_contrast")
    qtbot.wait(50)
    screenshot(window.statusBar(), "status_bar_problems_high_contrast")
    window.change_settings(text_scale=1.5)
    qtbot.wait(50)
    lines = window.notes.text
    assert lines.height() >= lines.heightForWidth(lines.width()), "no line cut off"
    assert lines.font().pointSizeF() == QApplication.font().pointSizeF(), "the notes follow the text size"
    screenshot(window.statusBar(), "status_bar_problems_large_text")
