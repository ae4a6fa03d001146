"""`Record`: the `__eq__`, `__hash__` and `__repr__` of a frozen dataclass, written once.

`@dataclass(frozen=True)` compiles six methods for every class it makes (with `exec`, on
Python 3.11), about a millisecond a class at every start of the app. A class declared
`@dataclass(frozen=True, eq=False, repr=False)` on `Record` gets only its `__init__`,
`__setattr__` and `__delattr__` compiled; these three behave exactly as the ones the
dataclass would have made: equal when of the same class with equal compared fields (else
NotImplemented), the hash of the tuple of those fields, and `Name(field=value, ...)`.
"""

from __future__ import annotations

import dataclasses
import reprlib
from collections.abc import Callable
from operator import attrgetter
from typing import Any


def _getter(names: list[str]) -> Callable[[Any], tuple[Any, ...]]:
    """The tuple of these attributes, as the dataclass's `(self.a, self.b,)`."""
    if not names:
        return lambda _obj: ()
    if len(names) == 1:
        single = attrgetter(names[0])
        return lambda obj: (single(obj),)
    return attrgetter(*names)  # several names: a tuple


class _Shape:
    """What one class compares, hashes and shows (from its dataclass fields, worked out once)."""

    def __init__(self, cls: type) -> None:
        fields = dataclasses.fields(cls)
        self.compared = _getter([f.name for f in fields if f.compare])
        self.hashed = _getter([f.name for f in fields if (f.compare if f.hash is None else f.hash)])
        self.shown = tuple(f.name for f in fields if f.repr)


_SHAPES: dict[type, _Shape] = {}


def _shape(cls: type) -> _Shape:
    shape = _SHAPES.get(cls)
    if shape is None:
        shape = _SHAPES[cls] = _Shape(cls)
    return shape


class Record:
    """Base of the engine's frozen dataclasses (see the module)."""

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            compared = _shape(self.__class__).compared
            return compared(self) == compared(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(_shape(self.__class__).hashed(self))

    @reprlib.recursive_repr()
    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in _shape(self.__class__).shown)
        return f"{self.__class__.__qualname__}({shown})"
