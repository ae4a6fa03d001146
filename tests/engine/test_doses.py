"""Doses and schedules as data (rules/doses.yaml): every dose text, in every language, is written
from the numbers; a broken dose is refused naming its file and line; the label limits name
what each dose may be."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import edit, line_of
from desktop.engine import RulePack, RulePackErrors, load_rule_pack
from desktop.engine.pack.doses import Regimen, outside_label
from desktop.paths import rules_dir


def errors_of(rules: Path) -> list[str]:
    with pytest.raises(RulePackErrors) as caught:
        load_rule_pack(rules)
    return [str(e) for e in caught.value.errors]


def detail(pack: RulePack, item: str) -> str:
    return " ".join(part.text for part in next(i for i in pack.items if i.id == item).detail)


@pytest.mark.parametrize(("language", "alendronate", "denosumab"), [
    ("en", "Alendronate 70 mg by mouth once a week (or 10 mg by mouth once a day), fasting",
     "Denosumab 60 mg subcutaneously once every 6 months, counted from the last injection"),
    ("fr", "Alendronate 70 mg par voie orale une fois par semaine (ou 10 mg par voie orale une fois par jour), à jeun",
     "Dénosumab 60 mg par voie sous-cutanée une fois tous les 6 mois, à compter de la dernière injection"),
    ("es", "Alendronato 70 mg por vía oral una vez por semana (o 10 mg por vía oral una vez al día), en ayunas",
     "Denosumab 60 mg por vía subcutánea una vez cada 6 meses"),
    ("pt", "Alendronato 70 mg por via oral uma vez por semana (ou 10 mg por via oral uma vez por dia), em jejum",
     "Denosumab 60 mg por via subcutânea uma vez a cada 6 meses"),
])
def test_every_language_writes_the_same_dose_from_the_data(language: str, alendronate: str, denosumab: str) -> None:
    pack = load_rule_pack(rules_dir(), language=language)
    assert detail(pack, "alendronate").startswith(alendronate)
    assert detail(pack, "denosumab").startswith(denosumab)
    assert "{dose:" not in "".join(detail(pack, i.id) for i in pack.items)  # every placeholder written out


def test_a_changed_amount_changes_every_language_at_once(rules_copy: Path) -> None:
    edit(rules_copy / "doses.yaml", "drug: denosumab, amount: 60,", "drug: denosumab, amount: 90,")
    for language, words in (("en", "Denosumab 90 mg"), ("fr", "Dénosumab 90 mg"), ("pt", "Denosumab 90 mg")):
        assert detail(load_rule_pack(rules_copy, language=language), "denosumab").startswith(words)


def test_the_shipped_doses_are_all_within_their_labels(pack: RulePack) -> None:
    assert len(pack.doses) == 17
    assert outside_label(pack.doses, pack.label_limits) == []
    assert pack.handout is not None
    handout = " ".join(p.text for parts in pack.handout.items.values() for p in parts)
    assert "Alendronate 70 mg by mouth once a week." in handout
    assert "Never take more than 4 g in 24 hours" in handout


def test_a_range_is_within_a_range_and_a_schedule_must_match_exactly() -> None:
    label = Regimen(800, "IU", 1, "day", up_to=1000)
    assert label.matches(Regimen(800, "IU", 1, "day"))
    assert label.matches(Regimen(900, "IU", 1, "day", up_to=1000))
    assert not label.matches(Regimen(800, "IU", 1, "day", up_to=2000))
    assert not label.matches(Regimen(800, "IU", 1, "week"))
    assert not Regimen(50, "IU", 1, "day", times=2).matches(Regimen(50, "IU", 1, "day"))


def test_a_dose_its_label_does_not_list_is_named(rules_copy: Path) -> None:
    edit(rules_copy / "doses.yaml", "drug: ibandronate, amount: 150, unit: mg, route: oral",
         "drug: ibandronate, amount: 150, unit: mg, route: intravenous")
    pack = load_rule_pack(rules_copy)
    assert outside_label(pack.doses, pack.label_limits) == [
        "dose 'ibandronate_monthly' (ibandronate, intravenous: 150 mg intravenously once a month) has no label limits"]


@pytest.mark.parametrize(("old", "new", "error"), [
    ("amount: 70, unit: mg, route: oral, every: [1, week]", "amount: 70, unit: mcg, route: oral, every: [1, week]",
     "expected one of mg, g, IU"),
    ("amount: 70, unit: mg, route: oral, every: [1, week]", "amount: 70, unit: mg, route: oral, every: [1, fortnight]",
     "expected [count, day | week | month | year]"),
    ("amount: 70, unit: mg, route: oral, every: [1, week]", "amount: -70, unit: mg, route: oral, every: [1, week]",
     "an amount is above 0"),
])
def test_a_broken_dose_is_refused_naming_file_and_line(rules_copy: Path, old: str, new: str, error: str) -> None:
    edit(rules_copy / "doses.yaml", old, new)
    line = line_of(rules_copy / "doses.yaml", new)
    assert any(e.startswith(f"doses.yaml:{line}") and error in e for e in errors_of(rules_copy)), \
        errors_of(rules_copy)


def test_a_text_naming_an_unknown_dose_is_refused(rules_copy: Path) -> None:
    edit(rules_copy / "items" / "antiresorptives.yaml", "Ibandronate {dose:ibandronate_monthly},",
         "Ibandronate {dose:ibandronate_weekly},")
    line = line_of(rules_copy / "items" / "antiresorptives.yaml", "{dose:ibandronate_weekly}")
    assert any(e.startswith(f"items/antiresorptives.yaml:{line}") and "unknown dose 'ibandronate_weekly'" in e
               for e in errors_of(rules_copy))
