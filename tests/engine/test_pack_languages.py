"""The language of the engine's sentences belongs to the loaded pack, not to the process:
a pack loaded in French leaves an English pack's sentences English, and what a file reader
refuses is shown in the language of the pack the file is read for."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from conftest import case_data
from desktop import paths
from desktop.engine import CaseErrors, Planner, RulePack, load_rule_pack, parse_case_text, validate_case
from desktop.engine.case.history import read_visits
from desktop.engine.pack import catalog as catalog_module
from desktop.engine.pack.catalog import NO_TRANSLATION, Sentence
from desktop.engine.pack.errors import CaseError
from desktop.engine.pack.safe_read import DataError, load_json

TODAY = date(2026, 11, 21)


@pytest.fixture(scope="module")
def french() -> RulePack:
    return load_rule_pack(paths.rules_dir(), language="fr")


def refusal(pack: RulePack, **changes: Any) -> dict[str, str]:
    planner = Planner(pack, pack.profiles[pack.default_profile])
    with pytest.raises(CaseErrors) as caught:
        validate_case(pack, case_data(**changes), planner.params, today=TODAY)
    return {e.field: e.message for e in caught.value.errors}


def test_there_is_no_process_wide_language() -> None:
    for name in ("set_current", "current", "msg", "_current"):
        assert not hasattr(catalog_module, name), name


def test_each_pack_speaks_its_own_language(pack: RulePack, french: RulePack) -> None:
    assert (french.catalog.language, pack.catalog.language) == ("fr", "en")
    assert refusal(pack, **{"pain.nrs": "high"})["pain.nrs"].startswith("'high' is not a whole number")
    assert refusal(french, **{"pain.nrs": "high"})["pain.nrs"].startswith("'high' n'est pas un nombre entier")
    assert refusal(pack, **{"pain.nrs": "high"})["pain.nrs"].startswith("'high' is not"), "loading French changed nothing"
    question = pack.question("pain.nrs")
    assert question.display(None) == "unknown"
    assert french.question("pain.nrs").display(None) == "inconnu"
    assert french.catalog.msg("Days since onset") == "Jours depuis le début"


def test_a_reader_refusal_is_shown_in_the_language_of_the_pack_it_is_read_for(french: RulePack) -> None:
    text = '{"format": "ovcf-case/2",\n "patient": }'
    with pytest.raises(DataError) as caught:
        load_json(text)
    assert isinstance(caught.value.reason, Sentence)
    assert caught.value.message == str(caught.value.reason) == caught.value.text(NO_TRANSLATION)
    assert caught.value.message.startswith("malformed JSON: ")
    assert caught.value.text(french.catalog).startswith("JSON mal formé : ")
    with pytest.raises(CaseErrors) as english:
        parse_case_text(text, "case.json")
    with pytest.raises(CaseErrors) as in_french:
        parse_case_text(text, "case.json", french.catalog)
    assert str(english.value.errors[0]) == f"line 2: {caught.value.message}"
    assert str(in_french.value.errors[0]) == f"line 2: {caught.value.text(french.catalog)}"


def test_sentence_values_that_are_sentences_follow_the_language(french: RulePack) -> None:
    sentence = Sentence("a key must be text, got {value}", value=Sentence("a list"))
    assert sentence.text() == "a key must be text, got a list"
    assert sentence.text(french.catalog) == french.catalog.msg(
        "a key must be text, got {value}", value=french.catalog.msg("a list"))


def test_history_messages_are_translated(pack: RulePack, french: RulePack) -> None:
    decisions = [{"item": "no_such_item", "decision": "maybe", "date": "2026-11-21", "note": 5}]
    english = refusal(pack, decisions=decisions)
    assert english["decisions[0].item"] == "'no_such_item' is not an item of the rule pack"
    assert english["decisions[0].decision"] == "'maybe' is not allowed (allowed: accepted, declined)"
    assert english["decisions[0].note"] == "expected text"
    translated = refusal(french, decisions=decisions)
    assert translated["decisions[0].item"] == "'no_such_item' n'est pas un élément du jeu de règles"
    assert translated["decisions[0].note"] == "texte attendu"
    errors: list[CaseError] = []
    read_visits([{"date": "2026-11-21"}], errors, french.catalog)
    assert errors[0].message.startswith("champs attendus, exactement : changed, date, day")
    errors = []
    read_visits([{"date": "2026-11-21"}], errors)
    assert errors[0].message.startswith("expected exactly the fields changed, date, day")
