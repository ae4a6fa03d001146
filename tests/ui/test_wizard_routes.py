"""Every wizard route, driven through the real widgets, and what the plan then shows."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWizard

from desktop.engine.case.routing import Router
from ui.driver import Driver


def statuses(driver: Driver) -> dict[str, str]:
    plan = driver.window.panel.plan
    assert plan is not None, "no plan shown"
    return {i.id: i.status for i in plan.items}


def detail_of(driver: Driver, item_id: str) -> str:
    timeline = driver.window.panel.timeline
    timeline.select(item_id)
    return driver.window.panel.detail.toPlainText()


def test_acute_day2_l1(driver: Driver) -> None:
    driver.enter_case(onset="2026-11-19", levels=["L1"], shots="route_acute_day2_l1")
    plan = driver.window.panel.plan
    assert plan is not None
    assert (plan.day, plan.phase) == (2, "acute")
    got = statuses(driver)
    assert got["calcitonin"] == "recommended"
    assert got["vertebroplasty"] == "not_recommended"
    assert "l2_nerve_root_block" not in got
    text = detail_of(driver, "calcitonin")
    assert "Calcitonin 200 IU intranasally once a day" in text
    assert "Strength of recommendation: Moderate (AAOS 2010 rec 1)" in text
    assert "21 Nov 2026 to 19 Dec 2026 (days 2 to 30)" in text
    assert "[S3] AAOS 2010 recommendation 1" in text
    assert "Days since onset: 2" in text
    assert driver.window.panel.critical.isHidden()


def test_subacute_l3_with_persistent_pain(driver: Driver) -> None:
    driver.enter_case(
        onset="2026-10-12", levels=["L3"],
        pain={"pain.nrs": "6", "pain.persistent": "Yes"}, shots="route_subacute_l3",
    )
    got = statuses(driver)
    assert got["l2_nerve_root_block"] == "consider"
    assert got["calcitonin"] == "window_passed"
    text = detail_of(driver, "l2_nerve_root_block")
    assert "Pain persisting at week 4: yes" in text
    assert "Fractured levels: L3" in text
    assert "The seeds place the block at pain persisting beyond 4 weeks" in text


def test_chronic_with_failed_conservative_care(driver: Driver) -> None:
    # pathway v2: the kyphoplasty referral also needs a recent, unhealed fracture on imaging (NICE TA279)
    driver.enter_case(
        onset="2026-08-13", levels=["T12"],
        pain={"pain.nrs": "7", "pain.persistent": "Yes", "pain.conservative_failed": "Yes",
              "fracture.unhealed_on_imaging": "Yes"},
        shots="route_chronic_failed",
    )
    plan = driver.window.panel.plan
    assert plan is not None
    assert (plan.day, plan.phase) == (100, "chronic")
    got = statuses(driver)
    assert got["kyphoplasty_referral"] == "consider"
    assert got["intrathecal_therapy"] == "consider"
    text = detail_of(driver, "kyphoplasty_referral")
    assert "Pain persisting despite conservative care" in text
    assert "a recent unhealed fracture on imaging" in text


@pytest.mark.parametrize(("unhealed", "status", "reason"), [
    ("Unknown", "conditional", "refer only if imaging shows a recent, unhealed fracture"),
    ("No", "not_recommended", "The fracture is healed on imaging"),
])
def test_chronic_failed_care_without_an_unhealed_fracture_is_no_referral(
    driver: Driver, unhealed: str, status: str, reason: str
) -> None:
    driver.enter_case(
        onset="2026-08-13", levels=["T12"],
        pain={"pain.nrs": "7", "pain.persistent": "Yes", "pain.conservative_failed": "Yes",
              "fracture.unhealed_on_imaging": unhealed},
    )
    assert statuses(driver)["kyphoplasty_referral"] == status
    assert reason in detail_of(driver, "kyphoplasty_referral")


def finish_from_the_urgent_page(driver: Driver) -> None:
    """On to the plan with a pain score and the other pages as they are."""
    driver.next("pain")
    driver.answer("pain", {"pain.nrs": "6"})
    driver.next("safety")
    driver.next("history")
    driver.next("review")
    driver.finish()


@pytest.mark.parametrize(
    ("flag", "neuro", "urgent_text", "item"),
    [
        (None, "Yes", "Neurological deficit: urgent spine surgery referral", "urgent_spine_referral"),
        ("malignancy_suspected", "No", "MRI with and without contrast and a myeloma screen", "red_flag_workup"),
        ("infection_suspected", "No", "Suspected infection: MRI with contrast and inflammatory markers", "red_flag_workup"),
        ("high_energy_trauma", "No", "High-energy trauma: not a fragility fracture", "red_flag_workup"),
        ("posterior_wall_involvement", "No", "Posterior wall involvement or retropulsion: urgent spine referral", "urgent_spine_referral"),
        ("progressive_deformity", "No", "Progressive deformity or instability: urgent spine referral", "urgent_spine_referral"),
    ],
)
def test_each_red_flag_jumps_to_the_urgent_page(
    driver: Driver, flag: str | None, neuro: str, urgent_text: str, item: str
) -> None:
    driver.answer("visit", {"onset_date": "2026-11-18", "patient.age": "70", "patient.sex": "Male"})
    driver.next("fracture")
    driver.answer("fracture", {"fracture.levels": ["L1"], "fracture.neuro_deficit": neuro,
                               "fracture.red_flags": [flag] if flag else ["none"]})
    driver.next("urgent")
    urgent_page = driver.wizard.currentPage()
    assert urgent_text in urgent_page.todo.text()
    finish_from_the_urgent_page(driver)
    assert statuses(driver)[item] == "urgent"
    banner = driver.window.panel.critical
    assert banner.isVisible()
    assert urgent_text in banner.text.text()
    assert statuses(driver)["calcium_vitamin_d"] == "recommended"


def test_a_neurological_deficit_goes_on_without_none_of_these(driver: Driver) -> None:
    """A deficit already sends the patient to surgery: the other red flags may be left unticked
    (no "None of these" step), and the plan says they were not screened."""
    driver.answer("visit", {"onset_date": "2026-11-18", "patient.age": "70", "patient.sex": "Male"})
    driver.next("fracture")
    driver.answer("fracture", {"fracture.levels": ["L1"], "fracture.neuro_deficit": "Yes"})
    driver.next("urgent")
    finish_from_the_urgent_page(driver)
    plan = driver.window.panel.plan
    assert plan is not None
    assert statuses(driver)["urgent_spine_referral"] == "urgent"
    assert any(a.input == "fracture.red_flags" and a.text.startswith("Other red flags not screened")
               for a in plan.assumptions)


def test_without_a_deficit_the_other_red_flags_need_an_answer(driver: Driver) -> None:
    driver.answer("visit", {"onset_date": "2026-11-18", "patient.age": "70", "patient.sex": "Male"})
    driver.next("fracture")
    driver.answer("fracture", {"fracture.levels": ["L1"], "fracture.neuro_deficit": "No"})
    page = driver.wizard.currentPage()
    assert not page.isComplete()
    assert "Red flags" in page.needed.text()


def test_no_red_flag_skips_the_urgent_page(driver: Driver) -> None:
    driver.answer("visit", {"onset_date": "2026-11-18", "patient.age": "70", "patient.sex": "Male"})
    driver.next("fracture")
    driver.answer("fracture", {"fracture.levels": ["L1"], "fracture.neuro_deficit": "No", "fracture.red_flags": ["none"]})
    driver.next("pain")


def test_egfr_25(driver: Driver) -> None:
    driver.enter_case(onset="2026-11-18", levels=["T10"], age="84",
                      safety={"safety.egfr": "25"}, shots="route_egfr25")
    got = statuses(driver)
    assert {got[i] for i in ("alendronate", "risedronate", "ibandronate", "zoledronic_acid")} == {"contraindicated"}
    assert got["denosumab"] == "conditional"
    warnings = driver.window.panel.warnings
    assert warnings.isVisible()
    assert "eGFR below 30 with denosumab" in warnings.text.text()
    assert "refer for specialist bone-health assessment" in warnings.text.text()
    assert "Creatinine clearance below 35 mL/min: not recommended" in detail_of(driver, "alendronate")


def test_patient_on_denosumab(driver: Driver) -> None:
    driver.enter_case(
        onset="2026-11-18", levels=["T12"],
        history={"history.antiresorptive": "Denosumab", "history.antiresorptive_since": "2025-05-01",
                 "history.last_denosumab_dose": "2026-08-20"},
        shots="route_denosumab",
    )
    got = statuses(driver)
    assert got["denosumab"] == "continue"
    assert got["alendronate"] == "alternative"  # the planned transition: an alternative to continuing denosumab
    assert "On denosumab: do not stop" in driver.window.panel.critical.text.text()
    plan = driver.window.panel.plan
    assert plan is not None
    assert [d.day for d in plan.decision_points if d.id == "denosumab_next_dose"] == [92]


def test_questions_appear_when_they_apply(driver: Driver) -> None:
    driver.answer("visit", {"onset_date": "2026-11-18", "patient.age": "70", "patient.sex": "Male"})
    driver.next("fracture")
    driver.answer("fracture", {"fracture.levels": ["L1"], "fracture.neuro_deficit": "No", "fracture.red_flags": ["none"]})
    driver.next("pain")
    fields = driver.wizard.currentPage().fields
    assert not fields["pain.persistent"].isVisible()  # day 3: the week-4 question is not asked
    driver.wizard.back()
    driver.wizard.back()
    driver.type("onset_date", "2026-10-01")  # day 51
    driver.next("fracture")
    driver.next("pain")
    assert fields["pain.persistent"].isVisible()
    assert not fields["pain.conservative_failed"].isVisible()  # referral point is day 56


def test_invalid_answer_is_explained_inline_and_blocks_next(driver: Driver) -> None:
    driver.answer("visit", {"onset_date": "2026-11-18", "patient.age": "200", "patient.sex": "Female"})
    field = driver.field("patient.age")
    assert field.error.isVisible()
    assert field.error_text.text() == "Age: 200 is out of range (allowed 18 to 120 years)"
    assert not driver.wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    driver.type("patient.age", "80")
    assert not field.error.isVisible()
    assert driver.wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_onset_after_the_visit_is_refused(driver: Driver) -> None:
    driver.answer("visit", {"onset_date": "2026-12-01", "patient.age": "70", "patient.sex": "Female"})
    assert driver.field("onset_date").error_text.text() == "Onset: 2026-12-01 is after the visit date (2026-11-21)"
    assert not driver.wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_back_keeps_every_answer(driver: Driver) -> None:
    driver.answer("visit", {"onset_date": "2026-11-18", "patient.age": "70", "patient.sex": "Female"})
    driver.next("fracture")
    driver.answer("fracture", {"fracture.levels": ["L3", "L4"], "fracture.neuro_deficit": "No", "fracture.red_flags": ["none"]})
    driver.next("pain")
    driver.answer("pain", {"pain.nrs": "8"})
    driver.wizard.back()
    driver.wizard.back()
    assert driver.page == "visit"
    assert driver.field("patient.age").value() == 70
    assert driver.field("patient.sex").value() == "female"
    driver.next("fracture")
    assert driver.field("fracture.levels").value() == ["L3", "L4"]
    assert driver.field("fracture.red_flags").value() == []
    driver.next("pain")
    assert driver.field("pain.nrs").value() == 8


def test_routing_is_the_engines(driver: Driver) -> None:
    """The wizard's nextId() gives exactly the engine's route."""
    window = driver.window
    router: Router = window.router
    answers = dict(window.store.answers)
    answers["fracture.red_flags"] = ["infection_suspected"]
    assert router.pages(answers) == ["visit", "fracture", "urgent", "pain", "safety", "history", "review"]
    window.store.set("fracture.red_flags", ["infection_suspected"])
    window.wizard.setStartId(window.wizard.ids["fracture"])
    window.wizard.restart()
    assert window.wizard.nextId() == window.wizard.ids["urgent"]
