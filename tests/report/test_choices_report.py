"""The antiresorptive choice in every medium: the text output, the printed summary, the
detail panel's HTML, the patient handout and both FHIR exports."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from desktop.engine import Planner
from desktop.engine.case.case import Case
from desktop.engine.case.history import Decision
from desktop.engine.plan.handout import build_handout
from desktop.report import fhir, fhir_openmrs
from desktop.report.choices import screen_choice
from desktop.report.detail_html import item_html, plan_notes_html
from desktop.report.plan_text import plan_to_text
from desktop.report.summary_html import summary_html
from desktop.report.words import ENGLISH

VISIT = date(2026, 11, 21)
UNSUITABLE = {"safety.oral_bisphosphonate_unsuitable": True}


def accepted(item: str) -> Decision:
    return Decision(item, "accepted", "", "", VISIT)


def take_lines(planner: Planner, case: Case, decisions: dict[str, Decision]) -> list[str]:
    content = build_handout(planner, case, planner.plan(case), decisions)
    return [line.text for s in content.sections if s.key == "take" for line in s.lines]


def test_one_sentence_says_first_choice_alternatives_and_who_not(
    planner: Planner, make_case: Callable[..., Case]
) -> None:
    plan = planner.plan(make_case(**UNSUITABLE))
    (group,) = plan.groups
    sentences = screen_choice(plan, group, ENGLISH)
    assert sentences[0] == "First choice: Zoledronic acid (IV bisphosphonate)."
    assert sentences[1] == "Alternatives: Denosumab."
    assert sentences[2].startswith("Not for this patient: Alendronate (oral bisphosphonate) (Oesophageal disorder")
    assert "; Risedronate (oral bisphosphonate) (" in sentences[2]
    assert "; Ibandronate" in sentences[2]
    assert ".)" not in sentences[2], "no stray full stop inside the brackets"


def test_text_output_heads_the_block(planner: Planner, make_case: Callable[..., Case], pack: Any) -> None:
    text = plan_to_text(planner.plan(make_case()), pack.catalog.msg)
    head = text.index("LONG-TERM ANTIRESORPTIVE (ONE DRUG): First choice: Alendronate (oral bisphosphonate).")
    assert head < text.index("RECOMMENDED: Alendronate") < text.index("ALTERNATIVE: Risedronate")
    assert text.index("ALTERNATIVE: Risedronate") < text.index("ALTERNATIVE: Denosumab")


def test_the_printed_summary_heads_the_block_and_writes_or(planner: Planner, make_case: Callable[..., Case]) -> None:
    html = summary_html(planner.plan(make_case(**UNSUITABLE)), {}, [], VISIT, ENGLISH)
    row = html.index("<td colspan='2'><b>Long-term antiresorptive (one drug)</b>: First choice: Zoledronic acid")
    assert row < html.index("<b>Zoledronic acid (IV bisphosphonate)</b><br>RECOMMENDED")
    assert "<b>or Denosumab</b><br>ALTERNATIVE" in html
    assert html.index("or Denosumab") < html.index("<b>Alendronate (oral bisphosphonate)</b><br>CONTRAINDICATED")


def test_the_detail_panel_names_the_choice_on_a_member_and_in_the_plan_notes(
    planner: Planner, make_case: Callable[..., Case]
) -> None:
    plan = planner.plan(make_case())
    risedronate = plan.item("risedronate")
    assert risedronate is not None
    html = item_html(plan, risedronate, ENGLISH)
    assert "<b>Status:</b> Alternative" in html
    assert "<h3>Long-term antiresorptive (one drug)</h3><p><b>First choice: Alendronate" in html
    assert "First choice: Alendronate (oral bisphosphonate)." in plan_notes_html(plan, ENGLISH)
    calcitonin = plan.item("calcitonin")
    assert calcitonin is not None
    assert "First choice" not in item_html(plan, calcitonin, ENGLISH)


def test_the_handout_names_only_the_chosen_drug(planner: Planner, make_case: Callable[..., Case]) -> None:
    case = make_case()
    before = take_lines(planner, case, {})
    assert any("your clinician will agree with you which one" in t for t in before)
    assert not any(t.startswith(("Alendronate", "Risedronate", "Denosumab")) for t in before)
    chosen = take_lines(planner, case, {"risedronate": accepted("risedronate")})  # an alternative, accepted
    assert any(t.startswith("Risedronate 35 mg by mouth once a week") for t in chosen)
    assert not any(t.startswith("Alendronate") for t in chosen)
    assert not any("which one" in t for t in chosen)


def test_the_handout_names_a_continued_drug(planner: Planner, make_case: Callable[..., Case]) -> None:
    # started under a year before the fracture: continued (a fracture after more than a year
    # on it would switch the first choice, pathway V2.6)
    case = make_case(**{"history.antiresorptive": "alendronate", "history.antiresorptive_since": "2026-06-01"})
    lines = take_lines(planner, case, {})
    assert any(t.startswith("Alendronate 70 mg by mouth once a week") for t in lines)
    assert not any(t.startswith("Risedronate") for t in lines)


def test_fhir_exports_an_alternative_as_a_proposal_until_accepted(
    planner: Planner, make_case: Callable[..., Case]
) -> None:
    case = make_case()
    plan = planner.plan(case)

    def request(bundle: dict[str, Any], title: str) -> dict[str, Any]:
        return next(e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "MedicationRequest"
                    and e["resource"]["medicationCodeableConcept"]["text"] == title)

    undecided = request(fhir.visit_bundle(plan, case), "Risedronate (oral bisphosphonate)")
    assert (undecided["status"], undecided["intent"]) == ("draft", "proposal")
    assert {"text": "Long-term antiresorptive (one drug): an alternative to Alendronate (oral bisphosphonate), "
                    "the first choice"} in undecided["note"]
    decided = fhir.visit_bundle(plan, case, {"risedronate": accepted("risedronate")})
    chosen = request(decided, "Risedronate (oral bisphosphonate)")
    assert (chosen["status"], chosen["intent"]) == ("active", "plan")
    first = request(decided, "Alendronate (oral bisphosphonate)")
    assert "note" not in first or all("alternative" not in n["text"] for n in first["note"])


def test_openmrs_gets_a_task_for_an_alternative_only_once_accepted(
    planner: Planner, make_case: Callable[..., Case]
) -> None:
    case = make_case()
    plan = planner.plan(case)

    def tasks(bundle: dict[str, Any]) -> set[str]:
        return {e["resource"]["code"]["text"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Task"}

    assert "Alendronate (oral bisphosphonate)" in tasks(fhir_openmrs.openmrs_bundle(plan, case))
    assert "Risedronate (oral bisphosphonate)" not in tasks(fhir_openmrs.openmrs_bundle(plan, case))
    chosen = fhir_openmrs.openmrs_bundle(plan, case, {"risedronate": accepted("risedronate")})
    assert "Risedronate (oral bisphosphonate)" in tasks(chosen)
