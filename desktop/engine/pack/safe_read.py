"""The one reader for every data file the app reads: YAML (case files, rule pack, profiles,
translations) and JSON (case files, drafts).

A data file is untrusted input, and PyYAML alone is not safe enough for it: its composer
is recursive (60 KB of `[[[[` kills CPython), YAML 1.1 reads `1:14`, `0x4A` and `7_4` as
74, and its constructors raise ValueError and the like on `!!int ''` or `2026-02-30`. So a
YAML document is first walked as a flat stream of parser events (a non-recursive state
machine) and refused if it nests deeper than MAX_DEPTH, carries a tag or an alias, spells a
number other than in plain decimal, names a date that does not exist, has a number of more
than MAX_DIGITS digits, or puts a control or text-direction character in text; only then is
it composed. JSON gets the same checks, and duplicate keys are refused in both.

Every refusal is a `DataError` naming the line (YAML) or the field (JSON) and the reason;
no other exception escapes `load_yaml` or `load_json`; its reason is put into a pack's
language by whoever reads the file for that pack (see `input_checks`). Every YAML mapping
and list remembers the line it started on, so later errors can name file and line too.
"""

from __future__ import annotations

import json
import re
from typing import Any

from .catalog import Sentence
from .input_checks import MAX_BYTES as MAX_BYTES  # re-exported: the limit every data file keeps
from .input_checks import MAX_DEPTH as MAX_DEPTH
from .input_checks import (
    PLAIN_INT,
    REFUSED_CHARS,
    decoded,
    form_problem,
    size_problem,
    text_problem,
)
from .input_checks import DataError as DataError  # re-exported: what every reader catches
from .lines import LineDict as LineDict  # re-exported: what a parsed YAML mapping or list is
from .lines import LineList as LineList

# PyYAML (in `yaml_read`) is imported by the first YAML file read or written, not with this module
CAUGHT = (ValueError, KeyError, AttributeError, IndexError, TypeError, OverflowError, RecursionError)


def load_yaml(text: str | bytes) -> Any:
    """Parse one YAML document safely; raise DataError (with the line) on any problem."""
    from .yaml_read import load_yaml as load

    return load(text)


def dump_yaml(data: Any) -> str:
    """YAML text that `load_yaml` reads back as `data` (every file the app writes for people)."""
    from .yaml_read import dump_yaml as dump

    return dump(data)


def line_of(container: Any, key: Any = None) -> int | None:
    """Best-known line of `container[key]` (or of the container itself)."""
    if key is not None and isinstance(container, (LineDict, LineList)):
        return container.line_of(key) or None
    return getattr(container, "line", None) or None


# -- JSON -----------------------------------------------------------------------------------
_JSON_TOKENS = re.compile(r'[\[\]{}"\\]')


class _Refused:
    """Stands in for a JSON value that is refused, until the walk can name its field."""

    def __init__(self, reason: Sentence, key: str | None = None) -> None:
        self.reason = reason
        self.key = key  # a duplicate key: named in the field


def _check_json_depth(text: str) -> None:
    """Brackets outside strings, counted without recursion (json.loads recurses)."""
    depth, in_string, skip = 0, False, -1
    for found in _JSON_TOKENS.finditer(text):
        pos = found.start()
        if pos < skip:
            continue
        char = found.group()
        if in_string:
            if char == "\\":
                skip = pos + 2
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                line = text.count("\n", 0, pos) + 1
                raise DataError(line, Sentence("nested deeper than {count} levels", count=MAX_DEPTH))
        elif char in "]}":
            depth -= 1


def _json_object(pairs: list[tuple[str, Any]]) -> dict[str, Any] | _Refused:
    data: dict[str, Any] = {}
    for key, value in pairs:
        if key in data:
            return _Refused(Sentence("duplicate key {key}", key=repr(key)), key)
        data[key] = value
    return data


def _json_number(text: str) -> int | float | _Refused:
    """JSON's own grammar already allows only decimal numbers: check their size."""
    problem = size_problem(text)
    if problem:
        return _Refused(problem)
    return int(text) if PLAIN_INT.fullmatch(text) else float(text)


def _json_constant(text: str) -> _Refused:
    return _Refused(form_problem(text))  # NaN, Infinity, -Infinity


def _field(path: str, key: str) -> str:
    key = REFUSED_CHARS.sub("?", key) or '""'  # the name of a field, shown: never with a refused character
    return f"{path}.{key}" if path else key


def _check_json_values(data: Any) -> None:
    """Walk the parsed JSON (without recursion) and raise the first refusal, naming its field."""
    stack: list[tuple[Any, str]] = [(data, "")]
    while stack:
        value, path = stack.pop()
        if isinstance(value, _Refused):
            raise DataError(None, value.reason, _field(path, value.key) if value.key is not None else path)
        if isinstance(value, str):
            problem = text_problem(value)
            if problem:
                raise DataError(None, problem, path)
        elif isinstance(value, dict):
            for key, child in reversed(value.items()):
                problem = text_problem(key)
                if problem:
                    raise DataError(None, problem, _field(path, key))
                stack.append((child, _field(path, key)))
        elif isinstance(value, list):
            stack.extend((child, f"{path}[{i}]") for i, child in reversed(list(enumerate(value))))


def load_json(text: str | bytes) -> Any:
    """Parse a JSON document safely; raise DataError (naming the field or line) on any problem."""
    text = decoded(text)
    _check_json_depth(text)
    try:
        data = json.loads(
            text,
            object_pairs_hook=_json_object,
            parse_int=_json_number,
            parse_float=_json_number,
            parse_constant=_json_constant,
        )
    except json.JSONDecodeError as exc:
        raise DataError(exc.lineno, Sentence("malformed JSON: {problem}", problem=exc.msg)) from None
    except CAUGHT as exc:
        raise DataError(None, Sentence("malformed JSON: {problem}", problem=exc.__class__.__name__)) from None
    _check_json_values(data)
    return data
