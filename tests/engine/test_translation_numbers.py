"""A translated text carries exactly the numbers and units of its English original (V2.10 #6)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import edit
from desktop.cli import main
from desktop.engine.pack.safe_read import load_yaml
from desktop.engine.pack.translation_numbers import number_mismatch, numbers_and_units


def found(text: str) -> list[str]:
    return sorted(numbers_and_units(text).elements())


@pytest.mark.parametrize(("english", "translated"), [
    ("0.5 mg", "0,5 mg"),                        # decimal comma
    ("1,200 mg a day", "1 200 mg par jour"),     # thousands: comma, space
    ("1,200 mg a day", "1\u202f200 mg"),         # narrow no-break space
    ("1,200 mg a day", "1.200 mg al día"),       # thousands: dot
    ("800-1000 IU/day", "800-1000 UI/jour"),     # IU is UI; a range is two numbers
    ("400 mcg", "400 µg"),
    ("T-score -3.0 or lower", "score T de -3,0 ou moins"),
    ("0.7-2.4% higher", "de 0,7 à 2,4 % plus élevé"),
    ("below 30 mL/min", "en dessous de 30 ml/min"),
    ("for 4 weeks from {start}", "pendant 4 semaines à partir du {start}"),  # weeks are a word
])
def test_the_same_numbers_written_the_languages_way_agree(english: str, translated: str) -> None:
    assert number_mismatch(english, translated) is None


def test_numbers_and_units_are_read_as_values() -> None:
    assert found("Alendronate 70 mg once weekly (or 10 mg daily)") == ["10", "70", "mg", "mg"]
    assert found("(140 - age) x weight (kg) / (72 x creatinine in mg/dL), x 0.85") == [
        "0.85", "140", "72", "kg", "mg/dL"]
    assert found("eGFR below 35 mL/min/1.73 m²") == ["35", "mL/min/1.73m2"]
    assert found("every 6 months") == ["6"]


@pytest.mark.parametrize(("english", "translated", "problem"), [
    ("70 mg once weekly", "700 mg une fois par semaine", "missing 70; not in English 700"),
    ("70 mg once weekly", "70 µg une fois par semaine", "missing mg; not in English µg"),
    ("200 IU daily", "200 UI", None),
    ("200 IU daily", "200 mg", "missing IU; not in English mg"),
    ("at least 30 minutes", "au moins trente minutes", "missing 30"),
    ("1,200 mg", "1,2 mg", "missing 1200; not in English 1.2"),
    ("5 mg", "5 mg 5 mg", "not in English 5, mg"),   # a multiset: a repeated dose counts
])
def test_a_changed_number_or_unit_is_named(english: str, translated: str, problem: str | None) -> None:
    assert number_mismatch(english, translated) == problem


def test_a_french_only_dose_change_fails_the_check(rules_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A translation writes {dose:ID}, not a number: a dose typed into the French text in its
    place is refused (the placeholder is missing); a number typed beside it is too (below)."""
    french = rules_copy / "i18n" / "fr.yaml"
    texts = load_yaml(french.read_bytes())["texts"]
    english, translation = next((e, t) for e, t in texts.items()
                                if "{dose:alendronate_weekly}" in t and french.read_text(encoding="utf-8").count(t) == 1)
    edit(french, translation, translation.replace("{dose:alendronate_weekly}", "700 mg une fois par semaine", 1))
    assert main(["rules", "translations", "--rules", str(rules_copy)]) == 1
    out = capsys.readouterr().out
    assert "FAILED fr" in out
    assert f"i18n/fr.yaml: placeholders differ from English in {english!r}" in out
    edit(french, "700 mg une fois par semaine", "{dose:alendronate_weekly} 700 mg")
    assert main(["rules", "translations", "--rules", str(rules_copy)]) == 1
    out = capsys.readouterr().out
    assert f"i18n/fr.yaml: numbers or units differ from English in text {english!r}" in out
    assert "not in English 700, mg" in out
    assert "FAILED es" not in out
    assert "FAILED pt" not in out
