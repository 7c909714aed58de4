"""Registries of named, versioned backends ("rasd.ner.shipped.v1"), so code never chains ``if backend == ...``.

Third-party packages add backends through the ``rasd.components`` entry-point group; the name of the entry
point is the registered name and its object the factory.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib.metadata import entry_points
from typing import Generic, TypeVar

from rasd.errors import RegistryError

__all__ = ["Registry", "components"]

T = TypeVar("T")


class Registry(Generic[T]):
    """Name → factory, filled by decorators and, lazily, by entry points."""

    def __init__(self, namespace: str, entry_point_group: str | None = None) -> None:
        self.namespace = namespace
        self._group = entry_point_group
        self._items: dict[str, T] = {}
        self._entry_points_loaded = False

    def register(self, name: str) -> Callable[[T], T]:
        def decorate(obj: T) -> T:
            self._items[name] = obj
            return obj

        return decorate

    def _load_entry_points(self) -> None:
        if self._entry_points_loaded or self._group is None:
            return
        self._entry_points_loaded = True
        for ep in entry_points(group=self._group):
            self._items.setdefault(ep.name, ep.load())

    def get(self, name: str) -> T:
        if name not in self._items:
            self._load_entry_points()
        try:
            return self._items[name]
        except KeyError:
            known = ", ".join(sorted(self._items)) or "none"
            raise RegistryError(
                f"No {self.namespace} registered as {name!r}. Registered: {known}. "
                f"Check the spelling, or install the package that provides it."
            ) from None

    def names(self) -> list[str]:
        self._load_entry_points()
        return sorted(self._items)


# Component factories: called with keyword config, they return a Component.
components: Registry[Callable[..., object]] = Registry("component", "rasd.components")
