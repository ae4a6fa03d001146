"""`record` and `mutable_record`: data classes made without compiling any code.

`@dataclass` writes the source of `__init__` and of its other methods for each class and
compiles it (with `exec`, on Python 3.11): about a millisecond a class, some 90 classes at
every start of the app. These two decorators make the same classes from parts written once:
`dataclasses.dataclass` is asked only to collect the fields (so `dataclasses.fields` and
`dataclasses.replace` work as before), and `__init__`, `__eq__`, `__hash__`, `__repr__` and the
frozen `__setattr__`/`__delattr__` are shared functions that read the class's fields. They
behave as the dataclass's would: positional or keyword arguments with defaults and default
factories; equal when of the same class with equal compared fields (else NotImplemented); the
hash of the tuple of those fields (frozen classes; mutable ones are unhashable); and
`Name(field=value, ...)`. A method the class writes itself is kept.
"""

from __future__ import annotations

import dataclasses
import reprlib
from collections.abc import Callable
from operator import attrgetter
from typing import Any, TypeVar, dataclass_transform

T = TypeVar("T", bound=type)
_MISSING = dataclasses.MISSING
_set = object.__setattr__


def _getter(names: list[str]) -> Callable[[Any], tuple[Any, ...]]:
    """The tuple of these attributes, as the dataclass's `(self.a, self.b,)`."""
    if not names:
        return lambda _obj: ()
    if len(names) == 1:
        single = attrgetter(names[0])
        return lambda obj: (single(obj),)
    return attrgetter(*names)  # several names: a tuple


class _Factory:
    """A field's default factory, told apart from a default value (a caller cannot pass one)."""

    __slots__ = ("make",)

    def __init__(self, make: Callable[[], Any]) -> None:
        self.make = make


_REQUIRED = _Factory(lambda: None)  # a field without a default (never called: the check comes first)


class _Shape:
    """What one class initialises, compares, hashes and shows (from its fields, worked out once)."""

    def __init__(self, cls: type) -> None:
        fields = dataclasses.fields(cls)
        self.name = cls.__name__
        self.names = tuple(f.name for f in fields)
        # each field with what it takes when not given: its default, a _Factory, or _REQUIRED
        self.template = {f.name: f.default if f.default is not _MISSING else _REQUIRED
                         if f.default_factory is _MISSING else _Factory(f.default_factory) for f in fields}
        self.special = tuple(name for name, value in self.template.items() if value.__class__ is _Factory)
        self.compared = _getter([f.name for f in fields if f.compare])
        self.hashed = _getter([f.name for f in fields if (f.compare if f.hash is None else f.hash)])
        self.shown = tuple(f.name for f in fields if f.repr)
        # what object.__setattr__ would do, done at once: the instances have a __dict__ (no slots)
        # and no data descriptor of the class stands for a field
        self.direct = cls.__dictoffset__ != 0 and not any(
            hasattr(type(getattr(cls, name, None)), "__set__") for name in self.names)


_SHAPES: dict[type, _Shape] = {}


def _shape(cls: type) -> _Shape:
    shape = _SHAPES.get(cls)
    if shape is None:
        shape = _SHAPES[cls] = _Shape(cls)
    return shape


def _init(self: Any, *args: Any, **kwargs: Any) -> None:
    shape = _SHAPES.get(self.__class__) or _shape(self.__class__)  # the hot path: thousands a pack
    names = shape.names
    given = len(args)
    if given > len(names):
        raise TypeError(f"{shape.name}() takes {len(names)} positional arguments but {given} were given")
    values = shape.template.copy()  # every field in order: its default, else a _Factory or _REQUIRED
    if given:
        values.update(zip(names, args, strict=False))  # fewer arguments than fields: the rest as below
    if kwargs:
        values.update(kwargs)
    for name in shape.special:  # the fields with a default factory or no default
        value = values[name]
        if value.__class__ is _Factory:  # not given
            if value is _REQUIRED:
                raise TypeError(f"{shape.name}() missing required argument: {name!r}")
            values[name] = value.make()
    if kwargs and (len(values) != len(names) or (given and not kwargs.keys().isdisjoint(names[:given]))):
        unexpected = next(key for key in kwargs if key not in names[given:])
        raise TypeError(f"{shape.name}() got an unexpected keyword argument {unexpected!r}")
    if shape.direct:
        self.__dict__.update(values)
    else:
        for name, value in values.items():
            _set(self, name, value)


def _eq(self: Any, other: object) -> Any:  # a bool, or NotImplemented
    if other.__class__ is self.__class__:
        compared = _shape(self.__class__).compared
        return compared(self) == compared(other)
    return NotImplemented


def _hash(self: Any) -> int:
    return hash(_shape(self.__class__).hashed(self))


@reprlib.recursive_repr()
def _repr(self: Any) -> str:
    shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in _shape(self.__class__).shown)
    return f"{self.__class__.__qualname__}({shown})"


def _frozen_setattr(self: Any, name: str, value: Any) -> None:
    raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")


def _frozen_delattr(self: Any, name: str) -> None:
    raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")


def _make(cls: T, frozen: bool) -> T:
    own = dict(cls.__dict__)
    if not own.get("__doc__"):
        cls.__doc__ = cls.__name__  # else the dataclass works out a signature for it
    dataclasses.dataclass(cls, init=False, repr=False, eq=False)  # the fields only: nothing compiled
    methods: dict[str, Any] = {"__init__": _init, "__eq__": _eq, "__repr__": _repr}
    if frozen:
        methods.update(__setattr__=_frozen_setattr, __delattr__=_frozen_delattr)
    for name, method in methods.items():
        if name not in own:
            setattr(cls, name, method)
    # as the dataclass: a `__hash__` the class writes is kept (Python sets it to None for a class
    # that writes only `__eq__`: that one is not kept); else frozen hashes its fields, mutable none
    if "__hash__" not in own or (own["__hash__"] is None and "__eq__" in own):
        cls.__hash__ = _hash if frozen else None  # type: ignore[assignment]
    return cls


@dataclass_transform(frozen_default=True, field_specifiers=(dataclasses.field, dataclasses.Field))
def record(cls: T) -> T:
    """A frozen data class (as `@dataclass(frozen=True)`)."""
    return _make(cls, frozen=True)


@dataclass_transform(field_specifiers=(dataclasses.field, dataclasses.Field))
def mutable_record(cls: T) -> T:
    """A mutable data class (as `@dataclass`)."""
    return _make(cls, frozen=False)
