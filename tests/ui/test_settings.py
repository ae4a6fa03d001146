"""Settings: language and site profile switch the whole window around the same case, and
every setting is remembered across runs."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from conftest import case_data, edit
from desktop import paths
from desktop.engine import validate_case
from desktop.ui.settings import Settings, load_settings, save_settings
from desktop.ui.settings_dialog import SettingsDialog
from ui.driver import TODAY, Driver


def menu_titles(window: Any) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_language_switch_keeps_the_case_and_is_remembered(session: Any) -> None:
    app = session()
    english = app.window
    driver = Driver(english)
    driver.answer("visit", {"onset_date": "2026-11-19", "patient.age": "74", "patient.sex": "Female"})
    driver.next("fracture")
    answers = dict(english.store.answers)
    assert english.document.dirty
    assert menu_titles(english) == ["&File", "&View", "&Help"]

    english.change_settings(language="fr")

    french = app.window
    assert french is not english
    assert french.pack.language == "fr"
    assert french.store.answers == answers, "no answer may be lost by a language switch"
    assert french.document.dirty, "the unsaved case stays unsaved"
    assert french.wizard.page_name() == "fracture", "the clinician stays on the page they were on"
    assert menu_titles(french) == [QCoreApplication.translate("", t) for t in ("&File", "&View", "&Help")]
    assert menu_titles(french) != ["&File", "&View", "&Help"]
    catalog = french.pack.catalog
    assert french.wizard.currentPage().title() == catalog.texts["Fracture and red flags"]
    assert load_settings().language == "fr"

    again = session(load_settings())  # the next run
    assert again.window.pack.language == "fr"


def test_profile_chosen_in_settings_changes_the_plan(session: Any, qtbot: Any) -> None:
    app = session()
    window = app.window
    case = validate_case(window.pack, case_data(**{"fracture.levels": ["L3"], "onset_date": "2026-09-01"}),
                         window.planner.params, today=TODAY)
    window.store.replace(case.answers)
    assert window.panel.plan.profile_id == "default"
    assert "Regional" not in window.panel.plan.item("kyphoplasty_referral").site

    dialog = SettingsDialog(window.pack, window.profile, window.settings, window)
    qtbot.addWidget(dialog)
    dialog.profile.setCurrentIndex(dialog.profile.findData("district_hospital"))
    assert "interventional radiology" in dialog.profile_about.text()
    window.change_settings(**dialog.chosen(window.settings).__dict__)

    district = app.window
    plan = district.panel.plan
    assert plan.profile_id == "district_hospital"
    assert district.store.answers == window.store.answers
    assert district.pack.profiles["district_hospital"].name in district.panel.header.text()
    assert plan.item("kyphoplasty_referral").site, "the referral centre is on the plan"
    assert load_settings().profile == "district_hospital"


def test_a_profile_file_is_checked_before_it_is_used(session: Any, qtbot: Any, dialogs: Any, tmp_path: Path) -> None:
    window = session().window
    dialog = SettingsDialog(window.pack, window.profile, window.settings, window)
    qtbot.addWidget(dialog)
    before = dialog.profile.currentData()
    broken = tmp_path / "clinic.yaml"
    broken.write_text((paths.rules_dir() / "profiles" / "eu_clinic.yaml").read_text(encoding="utf-8"))
    edit(broken, "chronic_threshold_day: 84", "chronic_threshold_day: 70")
    assert not dialog.choose_profile_file(str(broken))
    assert dialog.profile.currentData() == before, "the current profile is kept"
    assert "clinic.yaml" in dialogs.errors[-1]
    assert "70" in dialogs.errors[-1]

    good = tmp_path / "good.yaml"
    good.write_text((paths.rules_dir() / "profiles" / "eu_clinic.yaml").read_text(encoding="utf-8"))
    assert dialog.choose_profile_file(str(good))
    assert dialog.profile.currentData() == str(good)
    assert dialog.chosen(window.settings).profile == str(good)


def test_a_saved_profile_file_that_went_missing_gives_way_to_the_default(session: Any, dialogs: Any) -> None:
    app = session(Settings(profile="/nowhere/site-profile.yaml"))
    assert app.window.profile.id == app.window.pack.default_profile
    assert "Site profile not used" in dialogs.errors[0]


@pytest.mark.parametrize("content", [
    "a: " + "[" * 30_000 + "]" * 30_000 + "\n",  # crashed libyaml (segfault) at every start
    "format: ovcf-profile/1\nid: x\nchoices: !!map x\n",
    "format: ovcf-profile/1\nid: x\nchoices: {chronic_from_weeks: 2026-02-30}\n",
])
def test_a_saved_profile_file_that_became_malformed_gives_way_to_the_default(
        session: Any, dialogs: Any, tmp_path: Path, content: str) -> None:
    profile = tmp_path / "site.yaml"
    profile.write_text(content, encoding="utf-8")
    app = session(Settings(profile=str(profile)))
    assert app.window.profile.id == app.window.pack.default_profile
    assert "Site profile not used" in dialogs.errors[0]
    assert "site.yaml:" in dialogs.errors[0], "the message names the file and line"


def test_unreadable_settings_fall_back_to_defaults(session: Any, tmp_path: Path) -> None:
    save_settings(Settings(language="fr", theme="high_contrast", text_scale=1.3, paper="letter"))
    assert load_settings() == Settings(language="fr", profile="", theme="high_contrast", text_scale=1.3,
                                       paper="letter")
    ini = tmp_path / "data" / "settings.ini"
    text = ini.read_text()
    for old, new in (("language=fr", "language=klingon"), ("text_scale=1.3", "text_scale=huge"),
                     ("paper=letter", "paper=papyrus")):
        text = text.replace(old, new)
    ini.write_text(text)
    loaded = load_settings()
    assert (loaded.language, loaded.text_scale, loaded.paper, loaded.theme) == ("en", 1.0, "a4", "high_contrast")


def test_paper_size_is_remembered(session: Any) -> None:
    window = session().window
    window.set_paper("letter")
    assert load_settings().paper == "letter"
    assert session(load_settings()).window.paper == "letter"


@pytest.mark.parametrize(("authoring", "problem"), [
    # a signed release whose language file changed afterwards: refused as altered
    (False, "file has been modified since the rule pack was built: refused"),
    # an author's unsigned pack (authoring mode): the broken file itself is reported
    (True, "malformed YAML"),
])
def test_a_broken_language_file_changes_nothing(session: Any, tmp_path: Path, dialogs: Any,
                                                monkeypatch: pytest.MonkeyPatch, authoring: bool,
                                                problem: str) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(paths.rules_dir(), rules,  # the release this session trusts (tests/conftest.py)
                    ignore=shutil.ignore_patterns("MANIFEST.sha256*") if authoring else None)
    if authoring:
        monkeypatch.setenv("OVCF_AUTHORING", "1")
    app = session(rules=rules)
    window = app.window
    window.store.set("patient.age", 80)
    french = rules / "i18n" / "fr.yaml"
    french.write_text(french.read_text(encoding="utf-8").replace("texts:", "texts: [", 1), encoding="utf-8")
    window.change_settings(language="fr")
    assert app.window is window, "the window stays as it was"
    assert window.store.answers["patient.age"] == 80
    assert menu_titles(window) == ["&File", "&View", "&Help"]
    assert "Settings not applied" in dialogs.errors[-1]
    assert "i18n/fr.yaml:" in dialogs.errors[-1]
    assert problem in dialogs.errors[-1]
    assert load_settings().language == "en"
