"""File > Clinic register: the patient list searched as you type, the due list in its groups,
a patient's visits and opening the latest one; saving a case writes the register, with who
saved it; a patient who looks like another is pointed out. Driven with the keyboard."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog, QLabel, QLineEdit, QWidget

from desktop.engine import RulePack
from desktop.register.store import Register
from desktop.ui import register_link
from desktop.ui.i18n import fmt_date
from desktop.ui.main_window import MainWindow
from desktop.ui.register_link import REGISTER_FILE, ClinicRegister, system_user
from desktop.ui.register_window import RegisterWindow
from ui.driver import Driver, screenshot
from ui.register_clinic import CLINIC, TODAY, seed_clinic

SHOT_COPY = Path("/tmp/register_due.png")


@pytest.fixture
def clinic(tmp_path: Path, pack: RulePack) -> Iterator[Register]:
    register = seed_clinic(tmp_path / "data" / "register.sqlite", pack, tmp_path / "cases")
    yield register
    register.close()


@pytest.fixture
def register_window(qtbot: Any, clinic: Register, pack: RulePack) -> RegisterWindow:
    window = RegisterWindow(clinic, pack, TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def key(widget: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, key, modifier)
    QApplication.processEvents()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def names(window: RegisterWindow) -> list[str]:
    return [row[0] for row in window.patients.texts()]


# -- the patient list --------------------------------------------------------------------------------------
def test_the_patient_list_shows_every_patient_most_recent_first(register_window: RegisterWindow,
                                                                 clinic: Register) -> None:
    rows = register_window.patients.texts()
    assert len(rows) == len(CLINIC)
    assert register_window.patient_count.text() == f"{len(CLINIC)} patients, most recent first"
    by_days = [name for _scenario, name, _days in sorted(CLINIC, key=lambda c: c[2])]
    assert [r[0] for r in rows] == by_days  # the latest visit first
    fatima = next(p for p in clinic.patients() if p.name == "Fatima Rahman")
    # pathway v2: her overdue denosumab dose is urgent, due the day of her visit (yesterday): overdue now
    assert fatima.next_due == date(2026, 11, 20)
    assert rows[0] == ["Fatima Rahman", "86 (born about 1940)", "Female", "20 Nov 2026", "20 Nov 2026 (overdue)", "1"]
    late = [p for p in clinic.patients() if p.next_due and p.next_due < TODAY]
    assert late, "the seeded clinic has patients with missed items"
    for patient in late:  # in words (and with a warning sign), not by colour alone
        row = next(r for r in rows if r[0] == patient.name)
        assert row[4] == f"{fmt_date(patient.next_due)} (overdue)"


def test_typing_in_the_search_box_filters_and_enter_opens_the_patient(register_window: RegisterWindow) -> None:
    assert focused() is register_window.search
    QTest.keyClicks(register_window.search, "ch")
    assert names(register_window) == ["Chen Wei"]
    assert register_window.patient_count.text() == "1 found"
    QTest.keyClicks(register_window.search, "x")
    assert names(register_window) == []
    key(register_window.search, Qt.Key.Key_Backspace)
    key(register_window.search, Qt.Key.Key_Backspace)
    assert names(register_window) == ["Grace Mensah", "Chen Wei"]  # each name with a "c", the latest visit first
    key(register_window.search, Qt.Key.Key_Down)  # into the list, then to the second row
    assert focused() is register_window.patients
    key(register_window.patients, Qt.Key.Key_Down)
    key(register_window.patients, Qt.Key.Key_Return)
    assert register_window.tabs.currentIndex() == RegisterWindow.PATIENT
    assert register_window.heading.text() == "Chen Wei, about 1951, Female, last visit 26 Oct 2026"
    assert [row[0] for row in register_window.visits.texts()] == ["26 Oct 2026"]
    assert focused() is register_window.open_latest


def test_the_patient_list_sorts_by_a_column(register_window: RegisterWindow) -> None:
    register_window.patients.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert names(register_window) == sorted(name for _s, name, _d in CLINIC)
    register_window.patients.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # by birth year: youngest first
    ages = [int(row[1].split()[0]) for row in register_window.patients.texts()]
    assert ages == sorted(ages)


# -- the due list ------------------------------------------------------------------------------------------
def test_the_due_tab_groups_who_is_due(register_window: RegisterWindow, clinic: Register) -> None:
    key(register_window.tabs, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Tab: the next tab
    assert register_window.tabs.currentIndex() == RegisterWindow.DUE
    assert focused() is register_window.due
    lines = register_window.due.texts()
    headings = [line for line in lines if " | " not in line]
    assert [h.split(":")[0] for h in headings] == ["Overdue", "Due today", "Due this week", "Due this month"]
    rows = [line.split(" | ") for line in lines if " | " in line]
    overdue = rows[: int(headings[0].split(": ")[1].split()[0])] if "nobody" not in headings[0] else []
    assert overdue, lines  # the seeded clinic has missed items
    assert all(row[1] == "Overdue" for row in overdue)  # said in words, not by colour alone
    group = register_window.due.topLevelItem(0)
    assert not group.child(0).icon(1).isNull()  # and a warning sign
    expected = clinic.due(TODAY, 31)
    overdue_count = sum(r.bucket == "overdue" for r in expected)
    assert len(overdue) == overdue_count
    assert len(rows) == sum(r.bucket != "later" for r in expected)  # this month: later is on each patient's page
    assert register_window.due_summary.text().startswith(f"Today is 21 Nov 2026. Overdue: {overdue_count}; ")
    key(register_window.due, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # Ctrl+F: back to the search
    assert register_window.tabs.currentIndex() == RegisterWindow.PATIENTS
    assert focused() is register_window.search


def test_the_due_list_screenshot_of_a_seeded_clinic(register_window: RegisterWindow) -> None:
    register_window.tabs.setCurrentIndex(RegisterWindow.DUE)
    register_window.resize(1200, 760)
    QApplication.processEvents()
    shot = screenshot(register_window, "register_due")
    shutil.copyfile(shot, SHOT_COPY)
    assert shot.stat().st_size > 10_000


def test_enter_on_a_due_row_opens_that_patient(register_window: RegisterWindow, qtbot: Any) -> None:
    key(register_window.tabs, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # Alt+D: the Due tab
    assert register_window.tabs.currentIndex() == RegisterWindow.DUE
    item = register_window.due.currentItem()
    assert item is not None
    assert item.parent() is not None  # the first due row, not a heading
    patient = item.text(2)
    key(register_window.due, Qt.Key.Key_Return)
    assert register_window.tabs.currentIndex() == RegisterWindow.PATIENT
    assert register_window.heading.text().startswith(patient + ",")
    assert register_window.next_due.text().startswith("What is due next:\n")
    key(focused(), Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # Back to patients (a button's mnemonic
    qtbot.waitUntil(lambda: register_window.tabs.currentIndex() == RegisterWindow.PATIENTS)  # clicks it shortly)
    assert focused() is register_window.search


def test_every_control_has_an_accessible_name_and_esc_closes(register_window: RegisterWindow) -> None:
    """Every control the keyboard reaches has a name a screen reader says; Esc closes."""
    register_window.open_patient(register_window.patients.row_id())
    unnamed = []
    for widget in register_window.findChildren(QWidget):
        reachable = widget.focusPolicy() != Qt.FocusPolicy.NoFocus and not isinstance(widget, QLabel)
        if reachable and not widget.accessibleName() and type(widget).__name__ not in ("QWidget", "QTabBar"):
            unnamed.append(f"{type(widget).__name__} {widget.objectName()}")
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            assert "&" in widget.text()
    assert unnamed == []
    key(register_window, Qt.Key.Key_Escape)
    assert not register_window.isVisible()


# -- saving writes the register ----------------------------------------------------------------------------
class Asked:
    """Answers the clinician's-name question as a clinician would; counts the questions."""

    def __init__(self, answer: str | None = "Dr Nkosi") -> None:
        self.answer = answer
        self.defaults: list[str] = []

    def __call__(self, _parent: Any, default: str) -> str | None:
        self.defaults.append(default)
        return self.answer


@pytest.fixture
def asked() -> Asked:
    return Asked()


@pytest.fixture
def clinic_window(qtbot: Any, pack: RulePack, dialogs: Any, asked: Asked, tmp_path: Path) -> Iterator[MainWindow]:
    """The main window as the app builds it: with the clinic register of the data folder (the
    clinician's name asked by `asked`)."""
    clinic = ClinicRegister(lambda: tmp_path / "data" / REGISTER_FILE, ask=asked)
    main = MainWindow(pack, pack.profiles[pack.default_profile], today=TODAY, clinic=clinic)
    qtbot.addWidget(main)
    main.resize(1400, 900)
    main.show()
    qtbot.waitExposed(main)
    yield main
    clinic.close()


def enter(window: MainWindow, name: str = "Zanele Khumalo", age: str = "74") -> None:
    driver = Driver(window)
    driver.type("patient.name", name)
    driver.enter_case("2026-11-18", ["L1"], age=age)


def register_of(window: MainWindow) -> Register:
    register = window.registry.clinic.register if window.registry.clinic else None
    assert register is not None, "nothing was saved to the register"
    return register


def test_ctrl_s_without_a_file_saves_to_the_register_asking_who_once(clinic_window: MainWindow, asked: Asked) -> None:
    enter(clinic_window)
    key(clinic_window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not clinic_window.document.dirty
    assert clinic_window.document.path is None  # no file: Save As… writes one
    assert asked.defaults == [system_user()]  # the system user offered
    register = register_of(clinic_window)
    (patient,) = register.patients()
    assert (patient.name, patient.visits, patient.birth_year) == ("Zanele Khumalo", 1, 1952)
    (visit,) = register.patient(patient.id).visits
    assert (visit.who, visit.source_file, visit.visit_date) == ("Dr Nkosi", None, TODAY)
    whos = {row[0] for row in register.connection.execute("SELECT who FROM audit")}
    assert whos == {"Dr Nkosi"}  # the audit trail says who
    clinic_window.new_case()  # a second case, same session: not asked again
    enter(clinic_window, "Thabo Mokoena")
    assert clinic_window.save()
    assert len(asked.defaults) == 1
    assert [p.name for p in register.patients()] == ["Thabo Mokoena", "Zanele Khumalo"]


def test_save_as_writes_the_file_and_the_register_the_same_text(clinic_window: MainWindow, tmp_path: Path) -> None:
    enter(clinic_window)
    path = tmp_path / "zanele.yaml"
    assert clinic_window.save_as(str(path))
    register = register_of(clinic_window)
    (patient,) = register.patients()
    (visit,) = register.patient(patient.id).visits
    assert visit.source_file == str(path)
    assert register.visit_text(visit.id) == path.read_text(encoding="utf-8")  # verbatim


def test_cancelling_the_name_saves_nothing(clinic_window: MainWindow, asked: Asked, tmp_path: Path) -> None:
    asked.answer = None
    enter(clinic_window)
    assert not clinic_window.save_as(str(tmp_path / "case.yaml"))
    assert not (tmp_path / "case.yaml").exists()
    assert clinic_window.document.dirty
    assert asked.answer is None


def test_a_register_that_cannot_be_used_still_saves_the_file(qtbot: Any, pack: RulePack, dialogs: Any,
                                                             tmp_path: Path) -> None:
    blocked = tmp_path / "register-is-a-folder"
    blocked.mkdir()
    main = MainWindow(pack, pack.profiles[pack.default_profile], today=TODAY,
                      clinic=ClinicRegister(lambda: blocked, ask=Asked()))
    qtbot.addWidget(main)
    main.show()
    enter(main)
    assert main.save_as(str(tmp_path / "case.yaml"))
    assert (tmp_path / "case.yaml").exists()
    assert main.notes.plain_text().startswith("Not in the clinic register: the register ")
    main.document.path = None
    assert not main.save()  # no file and no register: nothing to save to, and it says so
    assert dialogs.errors[-1].startswith("Cannot save to the clinic register:")


def test_a_new_patient_like_another_is_pointed_out_and_saved(clinic_window: MainWindow,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    pointed: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(register_link, "point_out_duplicates",
                        lambda _parent, name, others, _sexes: pointed.append((name, [p.name for p in others])))
    enter(clinic_window, "Zanele Khumalo")
    assert clinic_window.save()
    assert pointed == []
    clinic_window.new_case()
    enter(clinic_window, "Khumalo, Zanele")
    assert clinic_window.save()
    assert pointed == [("Khumalo, Zanele", ["Zanele Khumalo"])]
    assert len(register_of(clinic_window).patients()) == 2  # saved all the same


# -- File > Clinic register --------------------------------------------------------------------------------
def test_file_menu_opens_the_register_and_the_latest_visit_as_a_follow_up(
        clinic_window: MainWindow, qtbot: Any, pack: RulePack, tmp_path: Path) -> None:
    seed_clinic(tmp_path / "data" / REGISTER_FILE, pack, tmp_path / "cases").close()
    key(clinic_window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # File > Clinic register…
    shown = clinic_window.registry.register_window
    assert shown is not None
    qtbot.waitUntil(shown.isVisible)
    assert len(shown.patients.texts()) == len(CLINIC)
    QTest.keyClicks(shown.search, "chen")
    key(shown.search, Qt.Key.Key_Return)
    assert shown.tabs.currentIndex() == RegisterWindow.PATIENT
    key(shown.open_latest, Qt.Key.Key_Space)  # Open latest visit
    assert not shown.isVisible()
    document = clinic_window.document
    assert document.follow_up
    assert document.last_visit == date(2026, 10, 26)
    assert document.path is None
    assert clinic_window.store.answers["patient.name"] == "Chen Wei"
    assert "Follow-up visit." in clinic_window.visit_note.text()
    assert not clinic_window.save()  # today's pain is not known yet: asked afresh at each visit
    clinic_window.store.set("pain.nrs", 4)
    assert clinic_window.save()  # the follow-up visit goes to the register too, saved by the name given
    (chen,) = register_of(clinic_window).patients("chen")
    assert chen.visits == 2
    assert chen.last_visit == TODAY
    assert [v.who for v in register_of(clinic_window).patient(chen.id).visits] == ["Dr Nkosi", "Dr Test"]


def test_the_register_window_says_who_saves_and_the_name_can_change(
        clinic_window: MainWindow, dialogs: Any, qtbot: Any) -> None:
    clinic_window.clinic_register()
    shown = clinic_window.registry.register_window
    assert shown is not None
    assert shown.who.text() == "Your name is asked at your first save."
    dialogs.clinician = "Dr Amina Yusuf"
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shown)
    key(shown, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # Change name…
    qtbot.waitUntil(lambda: "Amina" in shown.who.text())
    assert shown.who.text() == "Visits you save are recorded as saved by Dr Amina Yusuf."
    enter(clinic_window)
    assert clinic_window.save()  # not asked again
    (patient,) = register_of(clinic_window).patients()
    assert [v.who for v in register_of(clinic_window).patient(patient.id).visits] == ["Dr Amina Yusuf"]
    shown.close()


def test_the_name_question_offers_the_system_user(qtbot: Any) -> None:
    """The real question (without the `dialogs` fixture that answers it): the system user
    offered, what is typed kept with its spaces tidied; Esc cancels."""
    from desktop.ui import dialogs

    parent = QWidget()
    qtbot.addWidget(parent)

    def answer(text: str | None) -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        assert dialog.textValue() == "clinic-pc"
        assert dialog.accessibleName() == "Who is saving"
        if text is None:
            key(dialog, Qt.Key.Key_Escape)
            return
        line = dialog.findChild(QLineEdit)
        assert line is not None
        line.selectAll()
        QTest.keyClicks(line, text)
        key(line, Qt.Key.Key_Return)

    QTimer.singleShot(0, lambda: answer("  Dr   Amina  Yusuf "))
    assert dialogs.ask_clinician(parent, "clinic-pc") == "Dr Amina Yusuf"
    QTimer.singleShot(0, lambda: answer(None))
    assert dialogs.ask_clinician(parent, "clinic-pc") is None


def test_screenshots_of_the_patient_list_and_a_patient(register_window: RegisterWindow) -> None:
    register_window.resize(1200, 760)
    QTest.keyClicks(register_window.search, "a")
    screenshot(register_window, "register_patients")
    key(register_window.search, Qt.Key.Key_Return)
    assert register_window.tabs.currentIndex() == RegisterWindow.PATIENT
    screenshot(register_window, "register_patient")


def test_closing_the_main_window_closes_the_register_window(clinic_window: MainWindow) -> None:
    clinic_window.clinic_register()
    shown = clinic_window.registry.register_window
    assert shown is not None
    assert shown.isVisible()
    assert clinic_window.close()
    assert not shown.isVisible()  # else the app would not end with its main window


def test_a_visit_names_its_phase_in_words(qtbot: Any, pack: RulePack) -> None:
    """The Patient tab's visits give the phase as the plan names it ("Acute"), not its id."""
    from desktop.register.rows import VisitRow
    from desktop.ui.register_tables import VisitTable

    table = VisitTable({p.id: p.label for p in pack.phases})
    qtbot.addWidget(table)
    table.show_visits([VisitRow(1, 1, date(2026, 11, 21), 3, "acute", "1.0.0", "default", None, "Dr Test")])
    model = table.model()
    assert model.data(model.index(0, 2)) == next(p.label for p in pack.phases if p.id == "acute")
    assert model.data(model.index(0, 2)) != "acute"
