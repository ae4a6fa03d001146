"""The safety page's renal inputs, driven as a user would: a bad creatinine is refused with a
message, the unit is asked once a creatinine is given, and the creatinine clearance and BMI
computed from the answers are shown next to them and used by the plan."""

from __future__ import annotations

from ui.driver import Driver, screenshot


def to_safety(driver: Driver) -> None:
    driver.answer("visit", {"onset_date": "2026-11-18", "patient.age": "80", "patient.sex": "Female"})
    driver.next("fracture")
    driver.answer("fracture", {"fracture.levels": ["T10"], "fracture.neuro_deficit": "No",
                               "fracture.red_flags": ["none"]})
    driver.next()
    driver.answer("pain", {"pain.nrs": "5"})
    driver.next("safety")


def test_a_bad_creatinine_is_refused_with_a_message(driver: Driver) -> None:
    to_safety(driver)
    driver.type("safety.creatinine", "abc")
    field = driver.field("safety.creatinine")
    assert field.error.isVisible()
    assert "Creatinine: 'abc' is not a number (allowed 0.1 to 3000)" in field.error_text.text()
    driver.type("safety.creatinine", "-4")
    assert "-4 is out of range (allowed 0.1 to 3000)" in field.error_text.text()
    assert not driver.wizard.button(driver.wizard.WizardButton.NextButton).isEnabled()
    driver.type("safety.creatinine", "120")
    assert not field.error.isVisible()
    assert driver.wizard.button(driver.wizard.WizardButton.NextButton).isEnabled()


def test_the_clearance_is_shown_and_used(driver: Driver) -> None:
    to_safety(driver)
    page = driver.wizard.currentPage()
    assert not page.fields["safety.creatinine_unit"].isVisible()  # asked once a creatinine is given
    driver.answer("safety", {"safety.egfr": "45", "patient.weight_kg": "50", "patient.height_cm": "160",
                             "safety.creatinine": "120"})
    assert driver.field("safety.creatinine_unit").isVisible()
    shown = page.computed.text()
    assert "Creatinine clearance (Cockcroft-Gault): <b>26.1 mL/min</b>" in shown
    assert "BMI: <b>19.5 kg/m2</b>" in shown
    driver.choose("safety.creatinine_unit", "mg/dL")  # 120 mg/dL: the clearance is then tiny
    assert "Creatinine clearance (Cockcroft-Gault): <b>0.3 mL/min</b>" in page.computed.text()
    driver.choose("safety.creatinine_unit", "µmol/L")
    screenshot(driver.window, "renal_safety_page")
    driver.next("history")
    driver.answer("history", {})
    driver.next("review")
    plan = driver.window.document.current()
    assert not isinstance(plan, list), plan
    item = driver.window.document.plan(plan).item("alendronate")
    assert item.status == "contraindicated"
    crcl = next(b for b in item.because if b.field == "renal.crcl")
    assert crcl.display.startswith("26.1 mL/min: age 80, 50 kg, creatinine 120 µmol/L, female")
