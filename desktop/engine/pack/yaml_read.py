"""The YAML half of `safe_read` (see there): PyYAML is imported only when a YAML file is
read or written, not at start-up (a start from the parse cache reads none)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import yaml

from .catalog import Sentence
from .input_checks import (
    MAX_DEPTH,
    OTHER_NUMBER,
    PLAIN_BOOL,
    PLAIN_FLOAT,
    PLAIN_INT,
    REFUSED_CHARS,
    DataError,
    decoded,
    number_problem,
    short,
    text_problem,
)
from .lines import LineDict, LineList

CAUGHT = (yaml.YAMLError, ValueError, KeyError, AttributeError, IndexError, TypeError, OverflowError, RecursionError)


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


def _scalar_problem(event: yaml.ScalarEvent) -> Sentence | None:
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
            return Sentence("{value} is not a real date", value=short(value))
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
                shown = short(tag.replace(_TAG, "!!"))
                reason = Sentence("typed tags such as {tag} are not allowed: write the plain value", tag=shown)
                raise DataError(line, reason)
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                if depth > MAX_DEPTH:
                    raise DataError(line, Sentence("nested deeper than {count} levels", count=MAX_DEPTH))
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
            elif isinstance(event, yaml.ScalarEvent):
                problem = _scalar_problem(event)
                if problem:
                    raise DataError(line, problem)
    finally:
        loader.dispose()


def _describe_key(key: Any) -> str | Sentence:
    if isinstance(key, (dict, list)):
        return Sentence("a mapping") if isinstance(key, dict) else Sentence("a list")
    if key is None:
        return Sentence("nothing")
    return short(str(key).lower() if isinstance(key, bool) else str(key))


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
            raise DataError(line, Sentence("a key must be text, got {value}", value=_describe_key(key)))
        if key in data:
            raise DataError(line, Sentence("duplicate key {key}", key=repr(key)))
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


def load_yaml(text: str | bytes) -> Any:
    """Parse one YAML document safely; raise DataError (with the line) on any problem."""
    text = decoded(text)
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
