"""The one safe reader refuses, naming the line (YAML) or field (JSON), what a data file must
not hold, and never raises anything but DataError: the inputs of issue 9 each have a case."""

from __future__ import annotations

import contextlib
import random
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import REPO
from desktop.engine import CaseErrors, Planner, RulePack, parse_case_text, validate_case
from desktop.engine.pack.safe_read import MAX_DEPTH, DataError, dump_yaml, load_json, load_yaml

EXAMPLE = (REPO / "examples" / "acute_l3.yaml").read_text(encoding="utf-8")
TODAY = date(2026, 11, 21)


def refusal(text: str) -> DataError:
    with pytest.raises(DataError) as caught:
        load_yaml(text)
    return caught.value


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("1:14", "1:14 is not a plain decimal number"),
        ("0x4A", "0x4A is not a plain decimal number"),
        ("7_4", "7_4 is not a plain decimal number"),
        ("0o12", "0o12 is not a plain decimal number"),
        ("012", "012 is not a plain decimal number"),
        (".inf", ".inf is not a plain decimal number"),
        (".nan", ".nan is not a plain decimal number"),
        ("2026-02-30", "2026-02-30 is not a real date"),
        ("2026-13-45", "2026-13-45 is not a real date"),
        ("1" * 13, "is too large a number (at most 12 digits)"),
        ("1" * 400, "is too large a number (at most 12 digits)"),
        ("1" * 4301, "is too large a number (at most 12 digits)"),
        ("1.5e400", "1.5e400 is too large a number"),
        ("!!float x", "typed tags such as !!float are not allowed"),
        ("!!int ''", "typed tags such as !!int are not allowed"),
        ("!!bool x", "typed tags such as !!bool are not allowed"),
        ("!!timestamp x", "typed tags such as !!timestamp are not allowed"),
        ("!!map x", "typed tags such as !!map are not allowed"),
        ("!!seq x", "typed tags such as !!seq are not allowed"),
        ("!!python/object/apply:os.system [ls]", "typed tags such as !!python/object/apply:os.system"),
        ("!local x", "typed tags such as !local are not allowed"),
        ('"a\\0b"', "character U+0000 is not allowed in text"),
        ('"a\\eb"', "character U+001B is not allowed in text"),
        ('"a\\u202eb"', "character U+202E is not allowed in text"),
        ('"a\\u2066b"', "character U+2066 is not allowed in text"),
        ('"a\\x85b"', "character U+0085 is not allowed in text"),
        ("[" * 60_000 + "]" * 60_000, f"nested deeper than {MAX_DEPTH} levels"),
        ("{b: 1, b: 2}", "duplicate key 'b'"),
        ("{1: x}", "a key must be text, got 1"),
    ],
)
def test_yaml_refusal_names_the_line_and_reason(value: str, message: str) -> None:
    error = refusal(f"format: x\nvalue: {value}\n")
    assert error.line == 2
    assert message in error.message
    assert str(error).startswith("line 2: ")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("74", 74), ("-3", -3), ("+5", 5), ("0", 0), ("7.5", 7.5), ("1.0e-05", 1e-05), ("1" * 12, int("1" * 12)),
        ("true", True), ("false", False), ("~", None), ("null", None), ("", None),
        ("yes", "yes"), ("off", "off"), ("1.0.0", "1.0.0"), ("'0x4A'", "0x4A"), ('"1:14"', "1:14"),
        ("2026-11-21", date(2026, 11, 21)), ("'2026-02-30'", "2026-02-30"), ("=", "="), ("a\tb", "a\tb"),
    ],
)
def test_yaml_plain_values_read_as_written(text: str, expected: Any) -> None:
    assert load_yaml(f"value: {text}\n") == {"value": expected}


def test_nesting_to_the_limit_is_read() -> None:
    deep = "[" * (MAX_DEPTH - 1) + "1" + "]" * (MAX_DEPTH - 1)
    assert load_yaml(f"a: {deep}\n") is not None
    assert refusal(f"a: [{deep}]\n").message == f"nested deeper than {MAX_DEPTH} levels"


def test_the_rule_pack_nests_far_below_the_limit() -> None:
    deepest = 0
    for path in (REPO / "rules").rglob("*.yaml"):
        loader = yaml.SafeLoader(path.read_text(encoding="utf-8"))
        depth = 0
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                deepest = max(deepest, depth)
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
        loader.dispose()
    assert 0 < deepest <= MAX_DEPTH // 2


@pytest.mark.parametrize(
    ("text", "field", "message"),
    [
        ('{"pain": {"nrs": 7, "nrs": 2}}', "pain.nrs", "duplicate key 'nrs'"),
        ('{"a": [1, {"b": 2, "b": 3}]}', "a[1].b", "duplicate key 'b'"),
        ('{"age": NaN}', "age", "NaN is not a plain decimal number"),
        ('{"age": -Infinity}', "age", "-Infinity is not a plain decimal number"),
        ('{"age": 1e400}', "age", "1e400 is too large a number"),
        ('{"age": ' + "7" * 4301 + "}", "age", "is too large a number (at most 12 digits)"),
        ('{"patient": {"name": "Ann\\u0000"}}', "patient.name", "character U+0000 is not allowed in text"),
        ('{"patient": {"name": "Ann\\u001b[2J"}}', "patient.name", "character U+001B is not allowed in text"),
        ('{"patient": {"name": "Ann\\u202e"}}', "patient.name", "character U+202E is not allowed in text"),
        ('{"name\\u202e": 1}', "name?", "character U+202E is not allowed in text"),
        ('{"name": "\\ud800"}', "name", "character U+D800 is not allowed in text"),
    ],
)
def test_json_refusal_names_the_field(text: str, field: str, message: str) -> None:
    with pytest.raises(DataError) as caught:
        load_json(text)
    assert caught.value.field == field
    assert message in caught.value.message
    assert str(caught.value).startswith(f"{field}: ")


def test_json_too_deep_or_malformed_names_the_line() -> None:
    with pytest.raises(DataError) as caught:
        load_json('{"a": 1,\n "b": ' + "[" * 60_000 + "]" * 60_000 + "}")
    assert (caught.value.line, caught.value.message) == (2, f"nested deeper than {MAX_DEPTH} levels")
    with pytest.raises(DataError) as caught:
        load_json('{"a": "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\\"[[[[",\n "b": }')
    assert caught.value.line == 2
    assert caught.value.message.startswith("malformed JSON: ")


def test_json_reads_what_the_app_writes() -> None:
    assert load_json('{"a": [1, 2.5, 1e-05, true, null, "x\\ty"], "b": {}}') == {
        "a": [1, 2.5, 1e-05, True, None, "x\ty"], "b": {}}


def test_no_other_exception_escapes_on_mangled_files() -> None:
    """A small, fixed-seed mutation run (the fuzz suite runs the large one)."""
    rnd = random.Random(9)
    pieces = ["[", "{", "!!int ", "&a ", "*a", ": ", "\n  ", "0x", "_", "2026-02-3", "\\", '"', "'", "- ", "\x85", "\u202e"]
    json_text = '{"a": [1, {"b": "c"}], "d": 2.5}'
    for _ in range(400):
        for source, reader in ((EXAMPLE, load_yaml), (json_text, load_json)):
            text = list(source)
            for _ in range(rnd.randint(1, 4)):
                at = rnd.randrange(len(text))
                text[at:at + rnd.randint(0, 3)] = rnd.choice(pieces)
            with contextlib.suppress(DataError):  # anything else fails the test
                reader("".join(text))


# -- whole case files: the issue's examples are refused, naming the line, never a crash --------------
def case_text(old: str, new: str) -> str:
    assert EXAMPLE.count(old) == 1
    return EXAMPLE.replace(old, new)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("onset_date: 2026-11-18", "onset_date: 2026-02-30", "2026-02-30 is not a real date"),
        ("onset_date: 2026-11-18", "onset_date: 2026-13-45", "2026-13-45 is not a real date"),
        ("age: 74,", "age: " + "7" * 400 + ",", "is too large a number"),
        ("egfr: 58", "egfr: " + "5" * 4301, "is too large a number"),
        ("nrs: 7", "nrs: !!float x", "typed tags such as !!float"),
        ("nrs: 7", "nrs: !!int ''", "typed tags such as !!int"),
        ("neuro_deficit: false", "neuro_deficit: !!bool x", "typed tags such as !!bool"),
        ("onset_date: 2026-11-18", "onset_date: !!timestamp x", "typed tags such as !!timestamp"),
        ("red_flags: []", "red_flags: !!seq x", "typed tags such as !!seq"),
        ("nrs: 7", "nrs: !!map x", "typed tags such as !!map"),
        ("age: 74,", "age: 1:14,", "1:14 is not a plain decimal number"),
        ("age: 74,", "age: 0x4A,", "0x4A is not a plain decimal number"),
        ("age: 74,", "age: 7_4,", "7_4 is not a plain decimal number"),
        ("sex: female}", 'sex: female, name: "Ann\\0"}', "character U+0000"),
        ("sex: female}", 'sex: female, name: "Ann\\e[2J"}', "character U+001B"),
        ("sex: female}", 'sex: female, name: "Ann\\u202Eemos"}', "character U+202E"),
        ("nrs: 7", "nrs: " + "[" * 30_000 + "]" * 30_000, f"nested deeper than {MAX_DEPTH} levels"),
    ],
)
def test_issue_case_file_is_refused_naming_the_line(old: str, new: str, message: str) -> None:
    text = case_text(old, new)
    line = next(n for n, row in enumerate(text.splitlines(), start=1) if new[:12] in row)
    with pytest.raises(CaseErrors) as caught:
        parse_case_text(text, "case.yaml")
    (error,) = caught.value.errors
    assert error.message.startswith(f"line {line}: ")
    assert message in error.message


def test_json_case_with_duplicate_keys_is_refused(pack: RulePack, planner: Planner) -> None:
    text = '{"format": "ovcf-case/2", "pain": {"nrs": 7, "persistent": null, "nrs": 2}}'
    with pytest.raises(CaseErrors) as caught:
        parse_case_text(text, "case.json")
    assert [(e.field, e.message) for e in caught.value.errors] == [("pain.nrs", "duplicate key 'nrs'")]


def test_the_example_case_still_reads_in_yaml_and_json(pack: RulePack, planner: Planner, tmp_path: Path) -> None:
    import json

    raw = parse_case_text(EXAMPLE, "acute_l3.yaml")
    case = validate_case(pack, raw, planner.params, today=TODAY)
    as_json = json.dumps({k: v.isoformat() if isinstance(v, date) else v for k, v in raw.items()})
    again = validate_case(pack, parse_case_text(as_json, "acute_l3.json"), planner.params, today=TODAY)
    assert again.answers == case.answers


@pytest.mark.parametrize("text", ["09", "0912", "1e5", "2E10", "0o12", "0x4A", "7_4", "1:14", ".inf", "74", "7.5",
                                  "true", "no", "null", "2026-11-21", "~", ""])
def test_what_the_app_writes_it_reads_back_as_written(text: str) -> None:
    """A patient name or note that looks like a number survives save and reopen as text."""
    data = {"patient": {"name": text, "notes": [text]}}
    assert load_yaml(dump_yaml(data)) == data
