"""Request and referral letters (PDF) for the services a plan asks for."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from conftest import case_data
from desktop.engine import validate_case
from desktop.report.referral_html import letter_items, referral_html
from desktop.ui import dialogs as dialogs_module
from desktop.ui.i18n import words
from ui.driver import TODAY, screenshot


def fill(window: Any, **changes: Any) -> None:
    case = validate_case(window.pack, case_data(**changes), window.planner.params, today=TODAY)
    window.store.replace(case.answers)
    window.wizard.reload()
    QApplication.processEvents()


def test_an_urgent_spine_referral_letter_says_why_and_how_urgent(window: Any, dialogs: Any, tmp_path: Path) -> None:
    fill(window, **{"fracture.neuro_deficit": True, "patient.name": "Ana Silva"})
    plan = window.panel.plan
    item = plan.item("urgent_spine_referral")
    html = referral_html(plan, item, words())
    assert "Request / referral: Urgent spine surgery referral" in html
    assert "<b>URGENT</b>" in html
    assert item.reason in html
    assert "Neurological deficit: yes" in html  # an answer it rests on
    assert "Ana Silva" in html
    assert "Signature:" in html
    out = tmp_path / "letter.pdf"
    assert window.export_letter("urgent_spine_referral", str(out))
    assert out.read_bytes().startswith(b"%PDF")
    assert window.statusBar().currentMessage() == f"Exported to {out}"


def test_several_services_are_offered_to_choose_from(window: Any, dialogs: Any, tmp_path: Path,
                                                    monkeypatch: Any) -> None:
    fill(window, **{"fracture.levels": ["L3"]})
    offered: list[list[str]] = []

    def choose_one(_parent: Any, _title: str, _label: str, options: list[str]) -> int:
        offered.append(options)
        return next(i for i, o in enumerate(options) if o.startswith("DXA scan"))

    monkeypatch.setattr(dialogs_module, "choose_one", choose_one)
    out = tmp_path / "dxa.pdf"
    assert window.export_letter(None, str(out))
    assert out.is_file()
    items = letter_items(window.panel.plan)
    assert offered[0] == [f"{i.title} ({i.status_label})" for i in items]
    titles = [i.title for i in items]
    assert "Falls-risk assessment" in titles
    assert "Vertebroplasty" not in titles  # advised against: no letter


def test_a_declined_service_gets_no_letter(window: Any, dialogs: Any, tmp_path: Path) -> None:
    from desktop.engine.case.history import Decision

    fill(window, **{"fracture.neuro_deficit": True})
    window.panel.decisionChanged.emit("urgent_spine_referral",
                                      Decision("urgent_spine_referral", "declined", "", "", TODAY))
    assert not window.export_letter("urgent_spine_referral", str(tmp_path / "x.pdf"))
    assert dialogs.errors == ["No letter yet: This plan asks for no referral, test or assessment."]


def test_the_letter_reads_on_paper(window: Any, qtbot: Any) -> None:
    from PySide6.QtWidgets import QTextBrowser

    fill(window, **{"fracture.neuro_deficit": True})
    view = QTextBrowser()
    qtbot.addWidget(view)
    view.resize(800, 1000)
    view.setHtml(referral_html(window.panel.plan, window.panel.plan.item("urgent_spine_referral"), words()))
    view.show()
    screenshot(view, "referral_letter")
