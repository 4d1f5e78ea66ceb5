"""What a report repeats from note to note (a speaker and stance, a set of cited documents,
of tags), written once per render: at 10,000 notes, escaping and wrapping them again for every
note was a third of a text or Markdown export (issue 15)."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
Obj = TypeVar("Obj")
T = TypeVar("T")


class OncePerValue(Generic[K, T]):
    """``make(key)`` once per distinct key."""

    def __init__(self, make: Callable[[K], T]) -> None:
        self._make = make
        self._made: dict[K, T] = {}

    def __call__(self, key: K) -> T:
        try:
            return self._made[key]
        except KeyError:
            made = self._made[key] = self._make(key)
            return made


class OncePerObject(Generic[Obj, T]):
    """``make(obj)`` once per object, told apart by identity: the report shares one tuple of
    cited documents between the notes citing the same ones, and objects from older versions
    need not be hashable. Each object is kept here, so its id stays its own meanwhile."""

    def __init__(self, make: Callable[[Obj], T]) -> None:
        self._make = make
        self._made: dict[int, tuple[Obj, T]] = {}

    def __call__(self, obj: Obj) -> T:
        found = self._made.get(id(obj))
        if found is None:
            found = self._made[id(obj)] = (obj, self._make(obj))
        return found[1]
