"""The keyboard flow of the wizard: the cursor lands where an answer is still needed, Enter moves
on, arrows choose in a radio group, the level picker moves by row and takes a typed level, and
the standard acute case reaches its plan in at most 25 keystrokes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QRadioButton, QWidget

from desktop.ui.fields import Field, MultiChoiceField
from ui.driver import screenshot

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
MAX_KEYS = 25


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def field_of(window: Any, widget: QWidget) -> str:
    """The question whose field holds `widget` ("" if none)."""
    page = window.wizard.currentPage()
    return next((qid for qid, f in getattr(page, "fields", {}).items() if f.isAncestorOf(widget)), "")


def field(window: Any, qid: str) -> Field:
    found: Field = window.wizard.currentPage().fields[qid]
    return found


class Keyboard:
    """Keys pressed on whatever has the focus, as a user types them; counts every key press."""

    def __init__(self) -> None:
        self.count = 0
        self.log: list[str] = []

    def press(self, key: Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        QTest.keyClick(focused(), key, modifier)
        self.count += 1
        self.log.append(key.name.removeprefix("Key_"))

    def type(self, text: str) -> None:
        for char in text:  # one key each, to the widget focused at that moment
            QTest.keyClicks(focused(), char)
        self.count += len(text)
        self.log.append(repr(text))


def test_the_standard_acute_case_reaches_its_plan_in_at_most_25_keystrokes(window: Any) -> None:
    window.activateWindow()
    keys = Keyboard()
    per_page: dict[str, int] = {}

    # visit: the visit date is filled in (today): the cursor starts in the onset date
    assert field_of(window, focused()) == "onset_date"
    keys.type("2026-11-18")
    keys.press(Key.Key_Return)  # not complete yet: to the next answer still needed (the name is optional)
    assert field_of(window, focused()) == "patient.age"
    keys.type("74")
    keys.press(Key.Key_Return)
    assert field_of(window, focused()) == "patient.sex"
    keys.press(Key.Key_Space)  # Female, the first choice
    screenshot(window, "keyboard_flow_1_visit")
    keys.press(Key.Key_Return)  # complete: Next
    per_page["visit"] = keys.count
    assert window.wizard.page_name() == "fracture"

    # fracture: the cursor is in the level picker; typing a level ticks it
    assert field_of(window, focused()) == "fracture.levels"
    keys.type("L3")
    keys.press(Key.Key_Return)
    assert field_of(window, focused()) == "fracture.neuro_deficit"
    keys.press(Key.Key_Right)  # arrows choose: No
    if "fracture.red_flags" in [f.question.id for f in window.wizard.currentPage().needed_fields()]:
        keys.press(Key.Key_Return)
        assert field_of(window, focused()) == "fracture.red_flags"
        keys.press(Key.Key_End)  # the last box: "None of these"
        keys.press(Key.Key_Space)
    screenshot(window, "keyboard_flow_2_fracture")
    keys.press(Key.Key_Return)
    per_page["fracture"] = keys.count - sum(per_page.values())
    assert window.wizard.page_name() == "pain"

    # pain: typed straight away (an "8" typed here after Next used to be lost)
    assert field_of(window, focused()) == "pain.nrs"
    assert window.panel.stack.currentIndex() == 0
    keys.type("7")
    per_page["pain"] = keys.count - sum(per_page.values())

    assert window.panel.stack.currentIndex() == 1, "the plan appears"
    answers = window.store.answers
    assert str(answers["onset_date"]) == "2026-11-18"
    assert (answers["patient.age"], answers["patient.sex"]) == (74, "female")
    assert answers["fracture.levels"] == ["L3"]
    assert answers["fracture.neuro_deficit"] is False
    assert answers["fracture.red_flags"] == []
    assert answers["pain.nrs"] == 7
    screenshot(window, "keyboard_flow_3_plan")
    print(f"keystrokes to the plan: {keys.count} {per_page}: {' '.join(keys.log)}")
    assert keys.count <= MAX_KEYS, f"{keys.count} keystrokes ({per_page}): {' '.join(keys.log)}"

    # once the plan exists, Enter still goes on through the questions, never into the timeline
    keys.press(Key.Key_Return)
    assert window.wizard.page_name() == "safety"
    assert field_of(window, focused()) == "safety.egfr"
    keys.press(Key.Key_Return)
    assert window.wizard.page_name() == "history"
    assert window.wizard.isAncestorOf(focused())
    keys.press(Key.Key_Return)
    assert window.wizard.page_name() == "review"
    keys.press(Key.Key_Return)  # Finish: the plan takes the width, the timeline the focus
    assert focused() is window.panel.timeline


def test_next_back_new_and_ctrl_1_put_the_cursor_in_the_first_field_still_needed(window: Any, driver: Any) -> None:
    window.activateWindow()
    driver.answer("visit", {"onset_date": "2026-11-18", "patient.age": "74", "patient.sex": "Female"})
    driver.next("fracture")
    assert isinstance(focused(), QCheckBox)
    assert field_of(window, focused()) == "fracture.levels"
    driver.tick("fracture.levels", "L1")  # by the mouse
    QTest.keyClick(window.panel, Key.Key_2, CTRL)  # away, to the timeline side
    QTest.keyClick(focused(), Key.Key_1, CTRL)
    assert field_of(window, focused()) == "fracture.neuro_deficit"
    assert isinstance(focused(), QRadioButton)
    driver.answer("fracture", {"fracture.neuro_deficit": "No", "fracture.red_flags": ["none"]})
    driver.next("pain")
    QTest.keyClicks(focused(), "8")
    assert window.store.answers["pain.nrs"] == 8
    window.wizard.back()  # Back: every answer there; the cursor in the first field
    assert field_of(window, focused()) == "fracture.levels"
    assert focused() is field(window, "fracture.levels").entry()

    window.show_plan()  # Finish takes the whole width; Ctrl+1 brings the questions back, in a field
    QTest.keyClick(focused(), Key.Key_1, CTRL)
    assert window.split.sizes()[0] > 300
    assert field_of(window, focused()) == "fracture.levels"

    window.new_case()
    assert window.wizard.page_name() == "visit"
    assert field_of(window, focused()) == "onset_date"


def test_enter_goes_to_the_next_answer_still_needed_and_round_to_the_first(window: Any, driver: Any) -> None:
    window.activateWindow()
    driver.type("patient.age", "74")
    field(window, "visit_date").focus_target().setFocus()
    QTest.keyClick(focused(), Key.Key_Return)
    assert field_of(window, focused()) == "onset_date"
    QTest.keyClick(focused(), Key.Key_Return)
    assert field_of(window, focused()) == "patient.sex"  # age is answered: skipped
    QTest.keyClick(focused(), Key.Key_Return)
    assert field_of(window, focused()) == "onset_date"  # round to the top
    assert window.wizard.page_name() == "visit"


def test_arrows_choose_in_a_radio_group(window: Any, driver: Any) -> None:
    window.activateWindow()
    sex = field(window, "patient.sex")
    sex.entry().setFocus()
    assert window.store.answers["patient.sex"] is None
    QTest.keyClick(focused(), Key.Key_Right)
    assert window.store.answers["patient.sex"] == "male"
    assert focused().accessibleName() == "Sex: Male"
    QTest.keyClick(focused(), Key.Key_Up)
    assert window.store.answers["patient.sex"] == "female"
    QTest.keyClick(focused(), Key.Key_Up)  # round the ends, as native radio groups do
    assert window.store.answers["patient.sex"] == "male"
    assert sex.entry() is focused()  # the chosen button is where the cursor comes back to


def test_the_level_picker_moves_by_row_and_takes_a_typed_level(window: Any, driver: Any) -> None:
    window.activateWindow()
    driver.answer("visit", {"onset_date": "2026-11-18", "patient.age": "74", "patient.sex": "Female"})
    driver.next("fracture")
    levels = field(window, "fracture.levels")
    assert isinstance(levels, MultiChoiceField)
    assert focused() is levels.boxes["T1"]
    QTest.keyClick(focused(), Key.Key_Down)
    assert focused() is levels.boxes["T7"]
    QTest.keyClick(focused(), Key.Key_Down)
    assert focused() is levels.boxes["L1"], "L1 in two presses"
    QTest.keyClick(focused(), Key.Key_Down)
    assert focused() is levels.boxes["L1"], "the bottom row: stays"
    QTest.keyClick(focused(), Key.Key_Right)
    QTest.keyClick(focused(), Key.Key_Up)
    assert focused() is levels.boxes["T8"]
    QTest.keyClick(focused(), Key.Key_End)
    assert focused() is levels.boxes["L5"]
    QTest.keyClick(focused(), Key.Key_Home)
    assert focused() is levels.boxes["T1"]
    assert window.store.answers["fracture.levels"] is None, "moving ticks nothing"

    def typed(text: str) -> list[str]:
        for char in text:
            QTest.keyClicks(focused(), char)
        return list(window.store.answers["fracture.levels"] or [])

    assert typed("l3") == ["L3"]
    assert focused() is levels.boxes["L3"]
    assert typed("T12") == ["T12", "L3"], "T12, not T1 then 2"
    assert typed("t1") == ["T1", "T12", "L3"]
    assert typed("L3") == ["T1", "T12"], "typed again: unticked"
    assert typed("L") == ["T1", "T12"]
    assert focused() is levels.boxes["L1"], "a start of names goes to the first"
    QTest.keyClick(focused(), Key.Key_Space)
    assert window.store.answers["fracture.levels"] == ["T1", "T12", "L1"]
    screenshot(window, "keyboard_flow_level_picker")

    flags = field(window, "fracture.red_flags")  # a list of check boxes: a grid of one column
    assert isinstance(flags, MultiChoiceField)
    assert flags.none is not None
    first = next(iter(flags.boxes.values()))
    first.setFocus()
    QTest.keyClick(focused(), Key.Key_Down)
    assert focused() is list(flags.boxes.values())[1]
    QTest.keyClick(focused(), Key.Key_End)
    assert focused() is flags.none
    QTest.keyClicks(focused(), "xy")  # no typing here: nothing ticked
    assert window.store.answers["fracture.red_flags"] is None


def test_enter_goes_through_the_urgent_page_by_its_next_button(window: Any, driver: Any) -> None:
    window.activateWindow()
    driver.answer("visit", {"onset_date": "2026-11-18", "patient.age": "74", "patient.sex": "Female"})
    driver.next("fracture")
    driver.tick("fracture.levels", "L3")
    field(window, "fracture.neuro_deficit").entry().setFocus()
    QTest.keyClick(focused(), Key.Key_Space)  # Yes: a red flag
    QTest.keyClick(focused(), Key.Key_Return)
    if driver.page == "fracture":  # the other red flags still asked for
        assert field_of(window, focused()) == "fracture.red_flags"
        QTest.keyClick(focused(), Key.Key_End)
        QTest.keyClick(focused(), Key.Key_Space)
        QTest.keyClick(focused(), Key.Key_Return)
    assert driver.page == "urgent"
    assert focused() is window.wizard.button(window.wizard.WizardButton.NextButton)
    QTest.keyClick(focused(), Key.Key_Return)
    assert driver.page == "pain"
    assert field_of(window, focused()) == "pain.nrs"
