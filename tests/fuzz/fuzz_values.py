"""Hostile values the fuzzers put into the app's files.

A `Fragment` is raw file text put where a value goes (YAML or JSON); a `Value` is a Python
value the mutated tree is serialised with. `hostile` marks what the issue says the safe
reader must refuse wherever it appears (impossible dates, huge integers, typed tags, YAML 1.1
number forms, control and bidi characters, deep nesting, aliases); the other values are
merely wrong for most fields and may be accepted where a field takes anything.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

DEEP = 30_000  # 60 KB of brackets: libyaml's recursive composer overflows the C stack
SAFE_DEEP = 3_000  # deep enough to be refused, shallow enough not to kill the test process


@dataclass(frozen=True)
class Fragment:
    tag: str
    text: str
    hostile: bool
    deep: bool = False  # may overflow the C stack: only run in a worker process


@dataclass(frozen=True)
class Value:
    tag: str
    value: Any
    hostile: bool


def _nest(opening: str, closing: str, depth: int, middle: str = "") -> str:
    return opening * depth + middle + closing * depth


def _f(tag: str, hostile: bool, *texts: str) -> list[Fragment]:
    return [Fragment(tag, text, hostile) for text in texts]


YAML_FRAGMENTS: tuple[Fragment, ...] = (
    *_f("bad-date", True, "2026-02-30", "2026-13-45", "0000-01-01", "2026-11-21 25:61:00", "2026-02-29"),
    *_f("far-date", False, "9999-01-01", "0001-01-01", "2026-11-21T10:00:00"),
    *_f("big-int", True, "9" * 400, "9" * 4301, "-" + "1" * 400, "0x" + "f" * 400, "1" * 4301 + ":00"),
    *_f("big-float", False, "1.0e+400", "9" * 400 + ".5", "-.inf", ".nan", ".inf"),
    *_f("yaml11-number", True, "1:14", "0x4A", "7_4", "012", "0b1001010", "190:20:30", "-0x4A"),
    *_f("yaml12-number", False, "0o12", "+74", "74.0", "7.4e+1", "1_0.5"),
    *_f("yaml11-bool", False, "yes", "No", "on", "OFF", "y", "n"),
    *_f(
        "typed-tag", True,
        "!!float x", "!!int ''", "!!int x", "!!bool x", "!!timestamp x", "!!map x", "!!seq x",
        "!!binary x", "!!set x", "!!omap x", "!!pairs x", "!!timestamp 2026-02-30", "!!float ''",
        "!!int '0x'", "!!int '-'", "!!int '_'", "!!int ':'", "!!merge x", "!!value x", "!local x",
        "!<tag:example.com,2000:x> x", "!!python/object:os.system x",
        "!!python/object/apply:os.system ['true']", "!!python/name:os.system ''",
    ),
    *_f("plain-tag", False, "!!str 74", "!!float 7", "!!int '7'", "!!null ''", "!!bool true", "!!str"),
    *_f("control", True, '"a\\0b"', '"\\e[31mred"', '"\\u202eevil"', '"x\\u2066y"', '"\\x07bell"',
        "a\u202eb", "a\x1bb", "a\x00b"),
    *_f("surrogate", False, '"\\ud800"', '"\\udfff x"'),
    *_f("wrong-type", False, "[]", "{}", "[1, 2]", "{a: 1}", "[L3, [L4]]", "{age: {age: 74}}", "''", '""',
        "~", "null", "", "true", "0", "-5", "-1", "1.5", "[[[[[]]]]]", "x", "L3"),
    *_f("nesting", False, _nest("[", "]", 60), _nest("{a: ", "}", 40, "1")),
    *_f("nesting", True, _nest("[", "]", SAFE_DEEP), _nest("{a: ", "}", SAFE_DEEP // 2, "1")),
    Fragment("nesting", _nest("[", "]", DEEP), True, deep=True),
    Fragment("nesting", _nest("{a: ", "}", DEEP // 2, "1"), True, deep=True),
    Fragment("nesting", _nest("[", "]", DEEP)[: DEEP + 10], True, deep=True),  # unclosed
    *_f("alias", True, "*nothing", "*a"),
    *_f("anchor", False, "&a 74", "&a [L3]"),
    *_f("long", False, "x" * 100_000, '"' + "\u00e9" * 50_000 + '"'),
    *_f("syntax", False, "a: b", "- x", "[unclosed", "{unclosed", "'unclosed", '"bad \\q escape"', "@x", "`x",
        "%x", "? x", "x #", "| x", "> x", "a, b", "]"),
)

JSON_FRAGMENTS: tuple[Fragment, ...] = (
    *_f("big-int", True, "9" * 400, "9" * 4301, "-" + "9" * 400),
    *_f("big-float", False, "1e400", "-1e400", "9" * 400 + ".0", "1" * 5000 + "e-5000"),
    *_f("non-standard", False, "NaN", "Infinity", "-Infinity"),
    *_f("control", True, '"a\\u0000b"', '"\\u001b[31m"', '"\\u202eevil"', '"x\\u2066y"', '"a\x00b"', '"a\x1bb"'),
    *_f("surrogate", False, '"\\ud800"', '"\\udc00x"'),
    *_f("nesting", False, _nest("[", "]", 60)),
    *_f("nesting", True, _nest("[", "]", SAFE_DEEP), _nest('{"a":', "}", SAFE_DEEP, "1")),
    Fragment("nesting", _nest("[", "]", DEEP), True, deep=True),
    Fragment("nesting", _nest('{"a":', "}", DEEP // 2, "1"), True, deep=True),
    *_f("wrong-type", False, "[]", "{}", "null", "true", "false", "0", "-5", "1.5", '""', '"2026-02-30"',
        '"9999-01-01"', '"x"', '[["L3"]]', '{"a": {"b": []}}', '"74"'),
    *_f("long", False, '"' + "x" * 100_000 + '"'),
    *_f("dup-key", True, '{"a": 1, "a": 2}'),
    *_f("syntax", False, "[1,]", "{'a': 1}", "01", "+1", ".5", "0x4A", "tru", '"\\q"'),
)

JSON_KEYS: tuple[Fragment, ...] = (  # a key must stay a JSON string
    *_f("control", True, '"a\\u0000"', '"\\u202e"', '"x\\u2066y"', '"\\u001b[31m"'),
    *_f("dup-key", True, '"format"'),
    *_f("surrogate", False, '"\\ud800"'),
    *_f("key", False, '""', '" "', '"k' + "k" * 5_000 + '"', '"patient.age"', '"__proto__"', '"a.b.c"'),
)

PY_VALUES: tuple[Value, ...] = (
    Value("control", "\x00", True),
    Value("control", "Ana\x1b[2J", True),
    Value("control", "\u202eanA", True),
    Value("control", "a\u2067b", True),
    Value("far-date", date(9999, 1, 1), False),
    Value("far-date", "9999-01-01", False),
    Value("far-date", date(1, 1, 1), False),
    Value("datetime", datetime(2026, 11, 21, 10, 0), False),
    Value("negative", -5, False),
    Value("negative", -(2**63), False),
    Value("big", 2**63, False),
    Value("big", 10**300, False),
    Value("float", float("nan"), False),
    Value("float", float("inf"), False),
    Value("float", 1.5, False),
    Value("bool", True, False),
    Value("bool", False, False),
    Value("none", None, False),
    Value("empty", "", False),
    Value("empty", [], False),
    Value("empty", {}, False),
    Value("nested", [[[[["L3"]]]]], False),
    Value("nested", {"a": {"b": {"c": [1, {"d": None}]}}}, False),
    Value("long", "x" * 5_000, False),
    Value("string", "74", False),
    Value("string", "2026-02-30", False),
    Value("string", " ", False),
    Value("string", "ovcf-case/2", False),
)
