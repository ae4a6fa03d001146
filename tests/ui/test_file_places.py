"""File names that tell patients apart, the last folder, and saves confirmed in the status bar."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from conftest import case_data
from desktop.engine import validate_case
from desktop.ui import dialogs as dialogs_module
from desktop.ui.file_places import patient_part, suggested_name
from ui.driver import TODAY


def test_names_carry_the_patient_and_the_date_and_nothing_a_file_system_refuses() -> None:
    when = datetime(2026, 12, 1, 14, 32)
    assert suggested_name("case", "Ana Silva", when, ".yaml") == "case-Ana-Silva-2026-12-01.yaml"
    assert suggested_name("case", "", when, ".yaml") == "case-2026-12-01-1432.yaml"  # no name: the time
    assert suggested_name("summary", None, when, ".pdf") == "summary-2026-12-01-1432.pdf"
    assert patient_part('  José / "Nº 12" : <x>?* ') == "José-Nº-12-x"
    assert patient_part("../../etc/passwd") == "etc-passwd"
    assert len(patient_part("x" * 200)) == 40


def fill(window: Any, **changes: Any) -> None:
    case = validate_case(window.pack, case_data(**changes), window.planner.params, today=TODAY)
    window.store.replace(case.answers)
    window.wizard.reload()
    QApplication.processEvents()


def test_save_as_suggests_the_patient_s_name_then_remembers_the_folder_and_says_so(
    window: Any, dialogs: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    asked: list[str] = []
    folder = tmp_path / "clinic files"
    folder.mkdir()

    def save_path(_parent: Any, suggested: str, _filter: str = "") -> str:
        asked.append(suggested)
        return str(folder / Path(suggested).name)

    monkeypatch.setattr(dialogs_module, "save_path", save_path)
    fill(window, **{"patient.name": "Ana Silva"})
    assert window.save_as()
    assert Path(asked[0]).name.startswith("case-Ana-Silva-")
    assert (folder / Path(asked[0]).name).is_file()
    bar = window.statusBar()
    assert bar.isVisible()
    assert bar.currentMessage() == f"Saved to {folder / Path(asked[0]).name}"
    # the next patient, after New: another name, and the dialog opens where the last file went
    window.new_case()
    fill(window, **{"patient.name": "Ben Costa"})
    assert window.save_as()
    assert Path(asked[1]).parent == folder
    assert Path(asked[1]).name.startswith("case-Ben-Costa-")
    assert window.settings.last_folder == str(folder.resolve())


def test_an_export_is_confirmed_and_named_for_the_patient(window: Any, dialogs: Any, tmp_path: Path,
                                                         monkeypatch: Any) -> None:
    asked: list[str] = []

    def save_path(_parent: Any, suggested: str, _filter: str = "") -> str:
        asked.append(suggested)
        return str(tmp_path / Path(suggested).name)

    monkeypatch.setattr(dialogs_module, "save_path", save_path)
    fill(window, **{"patient.name": "Ana Silva"})
    assert window.export_pdf("summary")
    assert Path(asked[0]).name.startswith("summary-Ana-Silva-")
    assert window.statusBar().currentMessage().startswith("Exported to ")


def test_copy_visit_note_puts_this_visit_on_the_clipboard(window: Any, dialogs: Any) -> None:
    from desktop.engine.case.history import Decision

    window.copy_visit_note()
    assert dialogs.errors == ["Nothing to copy yet: Answer the questions first: the plan is not complete."]
    fill(window, **{"fracture.levels": ["L3"], "patient.name": "Ana Silva"})
    window.panel.decisionChanged.emit("calcitonin", Decision("calcitonin", "declined", "", "", TODAY))
    QApplication.processEvents()
    assert window.copy_visit_note()
    note = QApplication.clipboard().text()
    assert note.startswith("OVCF Pathway visit note, 21 Nov 2026\n")
    assert "Onset 18 Nov 2026: day 3 since onset, acute phase." in note
    assert "  Start or continue: Paracetamol, regular · Recommended" in note
    assert "Calcitonin, 4-week course · Recommended" not in note  # declined: not to do today
    assert "Decisions: Calcitonin, 4-week course: Declined" in note
    assert "Next review: 16 Dec 2026 (day 28)" in note
    assert "Sources: [" in note
    assert window.statusBar().currentMessage() == "Visit note copied: paste it into the health record"
