"""The printed clinician summary and patient handout, read back from the PDF files."""

from __future__ import annotations

import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from conftest import REPO, case_data
from desktop.cli import main
from desktop.engine import validate_case
from desktop.engine.case.history import Decision
from desktop.ui.main_window import MainWindow
from ui.driver import TODAY, shots_dir

PATIENTS = {
    "ana_acute_l3": (
        {"patient.name": "Ana Example", "fracture.levels": ["L3"], "pain.nrs": 8},
        {"calcitonin": ("accepted", "patient_preference"), "risedronate": ("accepted", ""),
         "nsaid": ("declined", "contraindication")},
        "a4",
    ),
    "ben_neuro_deficit": (
        {"patient.name": "Ben Example", "patient.sex": "male", "patient.age": 67, "fracture.neuro_deficit": True,
         "fracture.levels": ["T12", "L1"], "onset_date": "2026-10-12"},
        {},
        "letter",
    ),
    "cleo_denosumab_ckd": (
        {"patient.name": "Cleo Example", "patient.age": 86, "safety.egfr": 28, "history.antiresorptive": "denosumab",
         "history.antiresorptive_since": "2024-01-10", "history.last_denosumab_dose": "2026-04-20",
         "onset_date": "2026-08-13", "pain.persistent": True, "pain.conservative_failed": False},
        {},
        "a4",
    ),
}


# poppler's command-line tools come from Debian here (scripts/run-tests); the Windows runner has none
needs_poppler = pytest.mark.skipif(sys.platform == "win32" and not shutil.which("pdftotext"),
                                   reason="poppler's pdftotext and pdfinfo are not on the Windows runner")


def pdf_text(path: Path) -> str:
    """The PDF's text in reading order, ligatures undone, whitespace collapsed."""
    assert shutil.which("pdftotext"), "poppler-utils is installed by scripts/run-tests"
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(unicodedata.normalize("NFKC", out.stdout).split())


def squash(text: str) -> str:
    """Text without any whitespace: table cells break lines anywhere."""
    return "".join(text.split())


def near(text: str, phrase: str, window: int = 160) -> bool:
    """`phrase`'s words appear in order within `window` characters: text extracted from a table
    cell comes out line by line, interleaved with the lines of the cell beside it."""
    words = [w.rstrip("-") for w in squash_hyphens(phrase).split()]
    start = text.find(words[0])
    while start >= 0:
        position, ok = start + len(words[0]), True
        for word in words[1:]:
            found = text.find(word, position, start + window)
            if found < 0:
                ok = False
                break
            position = found + len(word)
        if ok:
            return True
        start = text.find(words[0], start + 1)
    return False


def squash_hyphens(text: str) -> str:
    return text.replace("-", "- ")


def render_pages(path: Path, name: str) -> list[Path]:
    folder = shots_dir() / "printouts"
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(path), str(folder / name)], check=True)
    return sorted(folder.glob(f"{name}-*.png"))


def page_size(path: Path) -> str:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return next(line.split(":", 1)[1].strip() for line in out.splitlines() if line.startswith("Page size"))


@needs_poppler
@pytest.mark.parametrize("name", list(PATIENTS))
def test_summary_and_handout(window: MainWindow, tmp_path: Path, name: str) -> None:
    changes, decided, paper = PATIENTS[name]
    case = validate_case(window.pack, case_data(**changes), window.planner.params, today=TODAY)
    window.store.replace(case.answers)
    for item, (decision, reason) in decided.items():
        window.document.set_decision(item, Decision(item, decision, reason, "", TODAY))
    window.set_paper(paper)
    plan = window.panel.plan
    summary, handout = tmp_path / "summary.pdf", tmp_path / "handout.pdf"
    assert window.export_pdf("summary", str(summary))
    assert window.export_pdf("handout", str(handout))
    assert page_size(summary).endswith("(A4)" if paper == "a4" else "(letter)")

    text = pdf_text(summary)
    flat = squash(text)
    assert "OVCF Pathway: clinician summary" in text
    assert "UNSIGNED" not in text  # a signed pack's printout carries no authoring banner
    assert f"Patient: {changes['patient.name']}" in text
    assert f"Day {plan.day} since onset, {plan.phase} phase" in text
    for alert in (a for a in plan.alerts if a.severity == "critical"):
        assert squash(f"CRITICAL: {alert.text}") in flat
    for item in plan.items:
        assert near(text, item.title), item.title
        assert item.status.replace("_", " ").upper() in text
    assert squash(f"sha256 {window.pack.sha256}") in flat
    assert "For use by healthcare professionals" in text
    for assumption in plan.assumptions:
        assert squash(assumption.text) in flat
    for _item, (decision, reason) in decided.items():
        label = {r.id: r.label for r in window.pack.decision_reasons}.get(reason)
        assert squash(f"{decision.capitalize()}: {label}" if label else decision.capitalize()) in flat

    words = pdf_text(handout)
    assert "Your spine fracture: your care plan" in words
    assert "UNSIGNED" not in words
    assert "Get medical help urgently if you have" in words
    assert "New weakness, numbness or tingling in your legs." in words
    assert "Your next review is due on or around" in words
    assert "Do not stay in bed for long periods" in words
    assert len(render_pages(summary, f"{name}_summary")) >= 2
    assert len(render_pages(handout, f"{name}_handout")) >= 1


@needs_poppler
def test_handout_follows_the_clinicians_decisions(window: MainWindow, tmp_path: Path) -> None:
    changes, decided, _paper = PATIENTS["ana_acute_l3"]
    case = validate_case(window.pack, case_data(**changes), window.planner.params, today=TODAY)
    window.store.replace(case.answers)
    for item, (decision, reason) in decided.items():
        window.document.set_decision(item, Decision(item, decision, reason, "", TODAY))
    window.document.set_decision("calcitonin", Decision("calcitonin", "declined", "patient_preference", "", TODAY))
    path = tmp_path / "handout.pdf"
    assert window.export_pdf("handout", str(path))
    words = pdf_text(path)
    assert "Calcitonin" not in words  # declined
    assert "Risedronate 35 mg by mouth once a week" in words  # accepted
    assert "Alendronate" not in words  # an alternative not chosen
    assert "Do not take anti-inflammatory pain medicines" not in words  # NSAIDs were not contraindicated here


def test_nothing_prints_before_the_plan_exists(window: MainWindow, tmp_path: Path, dialogs: Any) -> None:
    assert not window.export_pdf("summary", str(tmp_path / "x.pdf"))
    assert dialogs.errors == ["Nothing to print yet: Answer the questions first: the plan is not complete."]
    assert not (tmp_path / "x.pdf").exists()


@needs_poppler
def test_command_line_pdfs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    summary, handout = tmp_path / "s.pdf", tmp_path / "h.pdf"
    case = str(REPO / "examples" / "acute_l3.yaml")
    assert main(["plan", case, "--pdf", str(summary), "--handout", str(handout), "--paper", "letter"]) == 0
    capsys.readouterr()
    assert near(pdf_text(summary), "Calcitonin, 4-week course")
    assert page_size(handout).endswith("(letter)")
    assert "What to take and do" in pdf_text(handout)


@needs_poppler
@pytest.mark.parametrize(("language", "title", "handout_date"), [
    ("fr", "OVCF Pathway : résumé pour le clinicien", "19 décembre 2026"),
    ("es", "OVCF Pathway: resumen clínico", "19 de diciembre de 2026"),
    ("pt", "OVCF Pathway: resumo clínico", "19 de dezembro de 2026"),
])
def test_printouts_in_another_language(tmp_path: Path, qapp: Any, language: str, title: str,
                                       handout_date: str) -> None:
    from desktop.cli import main
    from desktop.ui.i18n import install_language

    summary, handout = tmp_path / "s.pdf", tmp_path / "h.pdf"
    try:
        assert main(["plan", str(REPO / "examples" / "acute_l3.yaml"), "--language", language,
                     "--pdf", str(summary), "--handout", str(handout)]) == 0
    finally:
        install_language("en")
    text = pdf_text(summary)
    assert title in text
    assert "21 nov" in text
    assert "2026-11-21" not in text, "dates in words, never numeric"
    assert handout_date in pdf_text(handout)


def test_summary_html_is_well_formed(window: MainWindow) -> None:
    """Every table row and list is closed where it opens: a printed table must not merge rows."""
    from html.parser import HTMLParser

    from desktop.report.summary_html import summary_html
    from desktop.ui.i18n import words

    changes = {"safety.egfr": None, "onset_date": "2026-10-01", "fracture.levels": ["L3"]}
    case = validate_case(window.pack, case_data(**changes), window.planner.params, today=TODAY)
    plan = window.planner.plan(case)
    assert plan.assumptions
    html = summary_html(plan, {}, [], TODAY, words())

    BLOCKS = ("table", "tr", "td", "th", "ul", "ol", "li")

    class Balance(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.open: list[str] = []
            self.problems: list[str] = []

        def handle_starttag(self, tag: str, attrs: object) -> None:
            if tag in BLOCKS:
                self.open.append(tag)

        def handle_endtag(self, tag: str) -> None:
            if tag in BLOCKS and (not self.open or self.open.pop() != tag):
                self.problems.append(f"</{tag}> closes nothing it opened")

    checker = Balance()
    checker.feed(html)
    assert checker.problems == []
    assert checker.open == []
    # items, header, each choice's heading row, patient table's two rows (the sources are a paragraph)
    assert html.count("<tr>") == len(plan.items) + 1 + len(plan.groups) + 2


@needs_poppler
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_the_printed_timeline_is_vector_text_and_the_summary_is_short(window: MainWindow, tmp_path: Path,
                                                                      paper: str) -> None:
    """The timeline is drawn on the page (its words are text in the PDF, not pixels of a picture),
    which keeps the file small; the standard acute case's summary fits 2 pages on either paper
    (6, then 4 pages before)."""
    case = validate_case(window.pack, case_data(**{"fracture.levels": ["L3"], "pain.nrs": 7}),
                         window.planner.params, today=TODAY)
    window.store.replace(case.answers)
    window.set_paper(paper)
    summary = tmp_path / "summary.pdf"
    assert window.export_pdf("summary", str(summary))
    first_page = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(summary), "-"], capture_output=True,
                                text=True, check=True).stdout
    assert "Today, day 3" in first_page  # drawn by the timeline, not typed by the HTML
    assert "Calcitonin, 4-week course · Recommended" in first_page
    info = subprocess.run(["pdfinfo", str(summary)], capture_output=True, text=True, check=True).stdout
    pages = int(next(line.split(":")[1] for line in info.splitlines() if line.startswith("Pages")))
    assert pages <= 2
    assert f"Page 1 of {pages}" in first_page  # every page numbered at its foot
    assert f"Page {pages} of {pages}" in pdf_text(summary)
    assert summary.stat().st_size < 200_000  # 980 KB with the timeline as a picture
