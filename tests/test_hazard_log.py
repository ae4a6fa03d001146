"""The hazard log as a document (`rules hazards`): Markdown listing every hazard with each
control's result in the latest run, a failed control marked; the PDF written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import REPO
from desktop.cli import main
from desktop.engine import RulePack
from desktop.hazard_status import RunResults, control_states, read_junit, results_json
from desktop.report.hazard_log import FAILED, PASSED, RunInfo, hazard_html, hazard_markdown

SCENARIOS = REPO / "tests" / "scenarios"
RENAL_TEST = "tests/engine/test_renal.py::test_micromoles_are_converted_at_88_4"


def all_passed(pack: RulePack, failed_invariants: frozenset[str] = frozenset()) -> RunResults:
    """Results as a passing `rules check` would give them (but the invariants named)."""
    scenarios = {p.stem: True for p in SCENARIOS.glob("*.yaml")}
    checks = {"pack-validation": (True, ""), "translations": (True, ""), "manifest-refusal": (True, ""),
              "case-round-trip": (True, "")}
    return RunResults({i.id: i.id not in failed_invariants for i in pack.invariants}, scenarios, checks,
                      sources=["test results"])


RUN = RunInfo("ovcf-pathway test", ("test results",), "2026-12-01 12:00 UTC")


def test_the_markdown_lists_every_hazard_and_marks_a_failed_control(pack: RulePack) -> None:
    log = pack.hazards
    assert log is not None
    states = control_states(log, all_passed(pack, frozenset({"INV-1", "INV-10"})), SCENARIOS, REPO)
    text = hazard_markdown(log, states, RUN)
    for hazard in log.hazards:
        assert f"## {hazard.id}: {hazard.title}" in text
        assert f"| {hazard.id} | {hazard.title} |" in text
        for cause in hazard.causes:
            assert cause in text
    assert "| `invariant: INV-1` | **FAILED** |" in text
    assert "| `invariant: INV-10` | **FAILED** |" in text
    assert "| `invariant: INV-3a` | passed |" in text
    # HAZ-08's invariants failed, but its test was not run: it has no passing control
    haz08 = text.split("## HAZ-08", 1)[1].split("\n## ", 1)[0]
    assert "No control of this hazard passed in this run." in haz08
    assert "| HAZ-08 | A treatment the pack never recommends is offered | 3 (medium) | 2 (low) | 0 of 3 " \
           "**NO PASSING CONTROL** |" in text
    assert f"**{len(log.hazards) - 1} of {len(log.hazards)} hazards have a control that passed in this run.**" in text
    assert "| very high | 3 | 4 | 4 | 5 | 5 |" in text  # DCB0129's matrix


def test_tests_take_their_result_from_junit_xml(pack: RulePack, tmp_path: Path) -> None:
    junit = tmp_path / "junit.xml"
    junit.write_text(
        '<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest">'
        '<testcase classname="tests.engine.test_renal" name="test_micromoles_are_converted_at_88_4"/>'
        '<testcase classname="tests.engine.test_renal" name="test_cockcroft_gault_matches_published_examples[a]"/>'
        '<testcase classname="tests.engine.test_renal" name="test_cockcroft_gault_matches_published_examples[b]">'
        '<failure message="boom"/></testcase>'
        '<testcase classname="tests.ui.test_wizard_routes" name="test_each_red_flag_jumps_to_the_urgent_page[x]">'
        '<skipped/></testcase>'
        "</testsuite></testsuites>", encoding="utf-8")
    log = pack.hazards
    assert log is not None
    results = all_passed(pack)
    results.tests = read_junit(junit)
    states = {c.label: s for c, s in control_states(log, results, SCENARIOS, REPO).items()}
    assert states[f"test: {RENAL_TEST}"].state == PASSED
    cockcroft = states["test: tests/engine/test_renal.py::test_cockcroft_gault_matches_published_examples"]
    assert (cockcroft.state, cockcroft.detail) == (FAILED, "1 of 2 failed")
    assert states["ui: urgent-page"].state == "not run"  # its test was skipped
    assert states["test: tests/engine/test_renal.py::test_clearance_is_used_over_the_egfr_and_the_plan_says_so"] \
        .detail == "not in the pytest results"


def test_rules_hazards_writes_markdown_and_pdf(pack: RulePack, tmp_path: Path, qapp: object,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    """From a results file of the check (not run again here) and pytest's JUnit XML."""
    saved = tmp_path / "results.json"
    saved.write_text(results_json(all_passed(pack, frozenset({"INV-2a"})), pack), encoding="utf-8")
    junit = tmp_path / "junit.xml"
    junit.write_text('<testsuites><testsuite><testcase classname="tests.engine.test_renal" '
                     'name="test_micromoles_are_converted_at_88_4"><failure/></testcase></testsuite></testsuites>',
                     encoding="utf-8")
    markdown, pdf = tmp_path / "hazard-log.md", tmp_path / "hazard-log.pdf"
    status = main(["rules", "hazards", "--results", str(saved), "--results", str(junit),
                   "--markdown", str(markdown), "--pdf", str(pdf)])
    out = capsys.readouterr().out
    assert status == 0, out  # every hazard has a passing control
    assert f"Wrote {markdown}" in out
    assert f"Wrote {pdf}" in out
    text = markdown.read_text(encoding="utf-8")
    assert "| `invariant: INV-2a` | **FAILED** |" in text
    assert f"| `test: {RENAL_TEST}` | **FAILED** |" in text
    assert "Results: rules check results results.json; pytest results junit.xml." in text
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    assert data.rstrip().endswith(b"%%EOF")
    assert len(data) > 10_000


def test_a_hazard_with_no_passing_control_fails_the_command(pack: RulePack, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    saved = tmp_path / "results.json"
    saved.write_text(results_json(all_passed(pack, frozenset({"INV-1", "INV-10"})), pack), encoding="utf-8")
    assert main(["rules", "hazards", "--results", str(saved)]) == 1
    out = capsys.readouterr().out
    assert "  FAILED HAZ-08  0 of 3 controls passed" in out
    assert "# OVCF Pathway hazard log" in out  # without --markdown the document is printed


def test_results_of_another_pack_are_refused(pack: RulePack, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    saved = tmp_path / "results.json"
    data = json.loads(results_json(all_passed(pack), pack))
    data["pack"] = "0" * 64
    saved.write_text(json.dumps(data), encoding="utf-8")
    assert main(["rules", "hazards", "--results", str(saved)]) == 1
    assert "the results are of another version of the pack" in capsys.readouterr().err


def test_the_html_for_the_pdf_escapes_and_lists_every_hazard(pack: RulePack) -> None:
    log = pack.hazards
    assert log is not None
    html = hazard_html(log, control_states(log, all_passed(pack), SCENARIOS, REPO), RUN)
    for hazard in log.hazards:
        assert f"<h2>{hazard.id}: " in html
    assert "<script" not in html
