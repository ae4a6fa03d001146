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
no other exception escapes `load_yaml` or `load_json`. Every YAML mapping and list
remembers the line it started on, so later errors can name file and line too.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from typing import Any

import yaml

from .catalog import msg

MAX_BYTES = 2_000_000
MAX_DEPTH = 32  # the rule pack nests 11 levels at most, case files and drafts fewer
MAX_DIGITS = 12  # no answer or rule needs more; Python refuses int() past 4,300 digits
# C0 controls but tab, newline and CR; DEL; C1; text-direction marks, overrides and
# isolates (they make text read differently from what it holds); lone surrogates
REFUSED_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
PLAIN_INT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")
PLAIN_FLOAT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)\.[0-9]+(?:[eE][-+]?[0-9]+)?")
PLAIN_BOOL = re.compile(r"true|True|TRUE|false|False|FALSE")
# what YAML 1.1 (or 1.2) would also read as a number: refused rather than guessed at
OTHER_NUMBER = re.compile(
    r"[-+]?(?:0b[01_]+|0o[0-7_]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?"
    r"|[0-9][0-9_]*\.?[0-9_]*(?:[eE][-+]?[0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+]?[0-9]+)?|\.(?:inf|Inf|INF))"
    r"|\.(?:nan|NaN|NAN)"
)
CAUGHT = (yaml.YAMLError, ValueError, KeyError, AttributeError, IndexError, TypeError, OverflowError, RecursionError)


class DataError(Exception):
    """A data file refused: `line` (YAML, or a JSON syntax error) or `field` (JSON) says where."""

    def __init__(self, line: int | None, message: str, field: str = "") -> None:
        self.line = line
        self.message = message
        self.field = field
        where = f"line {line}: " if line else f"{field}: " if field else ""
        super().__init__(where + message)


class LineDict(dict[Any, Any]):
    """A mapping that knows the line it starts on and the line of each key."""

    line: int = 0
    key_lines: dict[Any, int]

    def line_of(self, key: Any) -> int:
        return self.key_lines.get(key, self.line) if hasattr(self, "key_lines") else self.line


class LineList(list[Any]):
    """A list that knows the line it starts on and the line of each entry."""

    line: int = 0
    item_lines: list[int]

    def line_of(self, index: int) -> int:
        lines = getattr(self, "item_lines", [])
        return lines[index] if 0 <= index < len(lines) else self.line


def _short(text: str) -> str:
    return text if len(text) <= 40 else text[:37] + "..."


def text_problem(text: str) -> str | None:
    """Why `text` may not be in a data file (a control or text-direction character), if so."""
    found = REFUSED_CHARS.search(text)
    if found is None:
        return None
    code = f"U+{ord(found.group()):04X}"
    return msg("character {code} is not allowed in text (a control or text-direction character)", code=code)


def number_problem(text: str) -> str | None:
    """Why the plain (unquoted) `text` is refused as a number, if it is: the one check of YAML
    and JSON numbers. None for plain decimals of sane size and for what is not a number."""
    if PLAIN_INT.fullmatch(text) or PLAIN_FLOAT.fullmatch(text):
        return _size_problem(text)
    if OTHER_NUMBER.fullmatch(text):
        return _form_problem(text)
    return None


def _size_problem(number: str) -> str | None:
    digits = len(re.split(r"[.eE]", number.lstrip("+-"))[0])
    if digits > MAX_DIGITS or not math.isfinite(float(number)):
        return msg("{value} is too large a number (at most {count} digits)", value=_short(number), count=MAX_DIGITS)
    return None


def _form_problem(number: str) -> str:
    return msg(
        "{value} is not a plain decimal number: write it like 74 or 7.5, or quote it if it is text",
        value=_short(number),
    )


# -- YAML -----------------------------------------------------------------------------------
_SAFE_BASE: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_TAG = "tag:yaml.org,2002:"
_RETYPED = {f"{_TAG}{name}" for name in ("bool", "int", "float", "value", "yaml")}


class _Loader(_SAFE_BASE):  # type: ignore[misc]
    """A safe loader (C or Python) with strict scalar types and the constructors below."""


# YAML 1.1's yes/no/on/off stay text, and only plain decimals are numbers (others are refused)
_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag not in _RETYPED]
    for first, resolvers in yaml.resolver.Resolver.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(f"{_TAG}bool", re.compile(rf"^(?:{PLAIN_BOOL.pattern})$"), list("tTfF"))
_Loader.add_implicit_resolver(f"{_TAG}int", re.compile(rf"^{PLAIN_INT.pattern}$"), list("-+0123456789"))
_Loader.add_implicit_resolver(f"{_TAG}float", re.compile(rf"^{PLAIN_FLOAT.pattern}$"), list("-+0123456789"))
_TIMESTAMP = next(r for tag, r in _Loader.yaml_implicit_resolvers["2"] if tag == f"{_TAG}timestamp")
_DATES = yaml.constructor.SafeConstructor()


_NUMBER_START = frozenset("-+.0123456789")


def _scalar_problem(event: yaml.ScalarEvent) -> str | None:
    """Why a scalar is refused. Its characters were checked with the whole text, except what
    the escapes of a double-quoted scalar (`"\\x1b"`) make."""
    value = event.value
    if event.style == '"':
        return text_problem(value)
    if event.style or not value or value[0] not in _NUMBER_START:  # other quoted or block text; no number
        return None
    if _TIMESTAMP.match(value):
        try:
            _DATES.construct_yaml_timestamp(yaml.ScalarNode(f"{_TAG}timestamp", value))
        except (ValueError, OverflowError, TypeError, KeyError, AttributeError):
            return msg("{value} is not a real date", value=_short(value))
        return None
    return number_problem(value)


def _check_text(text: str) -> None:
    """A control or text-direction character anywhere, comments too, named by its line."""
    found = REFUSED_CHARS.search(text)
    if found is not None:
        problem = text_problem(found.group())
        assert problem is not None
        raise DataError(text.count("\n", 0, found.start()) + 1, problem)


def _check_events(text: str) -> None:
    """Refuse, before anything is composed, what the reader never accepts (see the module)."""
    loader = _Loader(text)
    depth = 0
    try:
        while loader.check_event():
            event = loader.get_event()
            line = event.start_mark.line + 1
            if isinstance(event, yaml.AliasEvent):
                raise DataError(line, "malformed YAML: YAML aliases (*name) are not allowed here")
            tag = getattr(event, "tag", None)
            if tag:
                shown = _short(tag.replace(_TAG, "!!"))
                raise DataError(line, msg("typed tags such as {tag} are not allowed: write the plain value", tag=shown))
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                if depth > MAX_DEPTH:
                    raise DataError(line, msg("nested deeper than {count} levels", count=MAX_DEPTH))
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
            elif isinstance(event, yaml.ScalarEvent):
                problem = _scalar_problem(event)
                if problem:
                    raise DataError(line, problem)
    finally:
        loader.dispose()


def _describe_key(key: Any) -> str:
    if isinstance(key, (dict, list)):
        return msg("a mapping") if isinstance(key, dict) else msg("a list")
    if key is None:
        return msg("nothing")
    return _short(str(key).lower() if isinstance(key, bool) else str(key))


def _construct_map(loader: _Loader, node: yaml.MappingNode) -> Iterator[LineDict]:
    data = LineDict()
    data.line = node.start_mark.line + 1
    data.key_lines = {}
    yield data
    for key_node, value_node in node.value:
        line = key_node.start_mark.line + 1
        if key_node.tag == f"{_TAG}merge":
            raise DataError(line, "malformed YAML: merge keys (<<) are not allowed here")
        key = loader.construct_object(key_node, deep=False)
        if not isinstance(key, str):
            raise DataError(line, msg("a key must be text, got {value}", value=_describe_key(key)))
        if key in data:
            raise DataError(line, msg("duplicate key {key}", key=repr(key)))
        data[key] = loader.construct_object(value_node, deep=False)
        data.key_lines[key] = line


def _construct_seq(loader: _Loader, node: yaml.SequenceNode) -> Iterator[LineList]:
    data = LineList()
    data.line = node.start_mark.line + 1
    data.item_lines = [child.start_mark.line + 1 for child in node.value]
    yield data
    data.extend(loader.construct_object(child, deep=False) for child in node.value)


_Loader.add_constructor(f"{_TAG}map", _construct_map)
_Loader.add_constructor(f"{_TAG}seq", _construct_seq)


def _decoded(text: str | bytes) -> str:
    """The file's text, if it is of a sane size and UTF-8 (the first check of YAML and JSON)."""
    if len(text) > MAX_BYTES:
        raise DataError(None, f"file is larger than {MAX_BYTES // 1_000_000} MB")
    if isinstance(text, bytes):
        try:
            return text.decode("utf-8")
        except UnicodeDecodeError:
            raise DataError(None, "the file is not UTF-8 text") from None
    return text


def load_yaml(text: str | bytes) -> Any:
    """Parse one YAML document safely; raise DataError (with the line) on any problem."""
    text = _decoded(text)
    loader: _Loader | None = None
    try:
        _check_text(text)
        _check_events(text)
        loader = _Loader(text)  # a safe loader: no arbitrary Python objects
        node = loader.get_single_node()
        return None if node is None else loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "malformed YAML"
        raise DataError(mark.line + 1 if mark else None, f"malformed YAML: {problem}") from None
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow (e.g. U+FFFF)
        at = text.find(chr(exc.character)) if isinstance(exc.character, int) else -1
        raise DataError(text.count("\n", 0, at) + 1 if at >= 0 else None, f"malformed YAML: {exc.reason}") from None
    except CAUGHT as exc:  # a constructor's own error: never seen after the checks, but never a crash
        raise DataError(None, f"malformed YAML: {exc.__class__.__name__}") from None
    finally:
        if loader is not None:
            loader.dispose()


class _Dumper(yaml.SafeDumper):
    """PyYAML's safe dumper, quoting what this reader would refuse or read as a number."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    # PyYAML quotes only what its YAML 1.1 resolver would retype; `09`, `1e5`, `0o12` it
    # writes plain, and this stricter reader would then refuse the file the app saved
    if PLAIN_INT.fullmatch(value) or PLAIN_FLOAT.fullmatch(value) or OTHER_NUMBER.fullmatch(value):
        return dumper.represent_scalar(f"{_TAG}str", value, style="'")
    return dumper.represent_str(value)


_Dumper.add_representer(str, _represent_str)


def dump_yaml(data: Any) -> str:
    """YAML text that `load_yaml` reads back as `data` (every file the app writes for people)."""
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=1000)


def line_of(container: Any, key: Any = None) -> int | None:
    """Best-known line of `container[key]` (or of the container itself)."""
    if key is not None and isinstance(container, (LineDict, LineList)):
        return container.line_of(key) or None
    return getattr(container, "line", None) or None


# -- JSON -----------------------------------------------------------------------------------
_JSON_TOKENS = re.compile(r'[\[\]{}"\\]')


class _Refused:
    """Stands in for a JSON value that is refused, until the walk can name its field."""

    def __init__(self, message: str, key: str | None = None) -> None:
        self.message = message
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
                raise DataError(line, msg("nested deeper than {count} levels", count=MAX_DEPTH))
        elif char in "]}":
            depth -= 1


def _json_object(pairs: list[tuple[str, Any]]) -> dict[str, Any] | _Refused:
    data: dict[str, Any] = {}
    for key, value in pairs:
        if key in data:
            return _Refused(msg("duplicate key {key}", key=repr(key)), key)
        data[key] = value
    return data


def _json_number(text: str) -> int | float | _Refused:
    """JSON's own grammar already allows only decimal numbers: check their size."""
    problem = _size_problem(text)
    if problem:
        return _Refused(problem)
    return int(text) if PLAIN_INT.fullmatch(text) else float(text)


def _json_constant(text: str) -> _Refused:
    return _Refused(_form_problem(text))  # NaN, Infinity, -Infinity


def _field(path: str, key: str) -> str:
    key = REFUSED_CHARS.sub("?", key) or '""'  # the name of a field, shown: never with a refused character
    return f"{path}.{key}" if path else key


def _check_json_values(data: Any) -> None:
    """Walk the parsed JSON (without recursion) and raise the first refusal, naming its field."""
    stack: list[tuple[Any, str]] = [(data, "")]
    while stack:
        value, path = stack.pop()
        if isinstance(value, _Refused):
            raise DataError(None, value.message, _field(path, value.key) if value.key is not None else path)
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
    text = _decoded(text)
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
        raise DataError(exc.lineno, msg("malformed JSON: {problem}", problem=exc.msg)) from None
    except CAUGHT as exc:
        raise DataError(None, msg("malformed JSON: {problem}", problem=exc.__class__.__name__)) from None
    _check_json_values(data)
    return data
