"""Screenshots of the messages about failures and drafts, as the user sees them, with their
buttons: each must say what happened, to which file, and what the user can do."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.ui import dialogs as dialogs_module
from desktop.ui.drafts import DraftStore
from desktop.ui.main_window import MainWindow
from ui.driver import TODAY, screenshot


def show(qtbot: Any, box: QMessageBox, name: str) -> str:
    box.show()
    qtbot.waitExposed(box)
    screenshot(box, name)
    text = f"{box.text()} {box.informativeText()} " + " ".join(b.text() for b in box.buttons())
    box.close()
    return text


def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """The error messages the app shows, as (title, text, details), instead of showing them."""
    seen: list[tuple[str, str, str]] = []
    monkeypatch.setattr(dialogs_module, "error",
                        lambda _p, title, text, details="": seen.append((title, text, details)))
    return seen


def test_the_draft_offers(qtbot: Any, window: MainWindow) -> None:
    box, buttons = dialogs_module.restore_box(window, "21 Nov 2026 10:15", "Ana Test, a new case")
    assert sorted(buttons) == ["discard", "keep", "restore"]
    assert box.defaultButton() is buttons["restore"]
    text = show(qtbot, box, "dialog_restore_draft")
    assert "Ana Test, a new case" in text
    assert "21 Nov 2026 10:15" in text
    box, buttons = dialogs_module.restore_box(window, "21 Nov 2026 10:20", "Ben Test, ben.yaml", can_restore=False)
    assert sorted(buttons) == ["discard", "keep"]
    assert box.escapeButton() is buttons["keep"], "Esc keeps: nothing is deleted by accident"
    assert "already holds a restored case" in show(qtbot, box, "dialog_restore_another_draft")


def test_the_data_folder_message(qtbot: Any, window: MainWindow) -> None:
    box, choose = dialogs_module.data_folder_box(window, "/home/ana/.local/share/OVCF Pathway", "Permission denied")
    assert box.defaultButton() is choose
    text = show(qtbot, box, "dialog_data_folder_unusable")
    assert "cannot be used: Permission denied" in text
    assert "Choose another folder" in text.replace("&", "")


def test_the_failure_messages(qtbot: Any, pack: Any, window: MainWindow, tmp_path: Path,
                              monkeypatch: pytest.MonkeyPatch) -> None:
    from conftest import case_data
    from desktop.engine import validate_case

    seen = shown_errors(monkeypatch)
    case = validate_case(window.pack, case_data(), window.planner.params, today=TODAY)
    window.store.replace(case.answers)
    assert not window.export_pdf("summary", str(tmp_path / "missing" / "summary.pdf"))
    assert not window.save_as(str(tmp_path / "missing" / "case.yaml"))  # no drafts: not autosaved

    folder = tmp_path / "drafts"
    folder.mkdir()
    (folder / "draft-1.json").write_text('{"format": "ovcf-draft/1", "decisions": {"calcitonin": 1}}')
    other = MainWindow(pack, pack.profiles["default"], today=TODAY, drafts=DraftStore(folder))
    qtbot.addWidget(other)
    other.offer_restore()
    other.document.close()

    autosaving = MainWindow(pack, pack.profiles["default"], today=TODAY, drafts=DraftStore(tmp_path / "d2"))
    qtbot.addWidget(autosaving)
    autosaving.store.replace(case.answers)
    assert not autosaving.save_as(str(tmp_path / "missing" / "case.yaml"))  # autosaved: it says so
    autosaving.document.close()

    names = ["dialog_export_failed", "dialog_save_failed_not_autosaved", "dialog_draft_set_aside",
             "dialog_save_failed_autosaved"]
    assert [title for title, _t, _d in seen] == ["Export failed", "Save failed", "Draft not restored", "Save failed"]
    parent: QWidget = window
    for (title, text, details), name in zip(seen, names, strict=True):
        show(qtbot, dialogs_module.error_box(parent, title, text, details), name)
    assert str(tmp_path / "missing" / "summary.pdf") in seen[0][1]
    assert "could not be autosaved" in seen[1][1]
    assert "unreadable-" in seen[2][2]
    assert "(and autosaved)" in seen[3][1]
    assert "No such file or directory" in seen[0][1]
