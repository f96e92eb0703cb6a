"""Comparators: Python functions that rule files name.

A comparator decides whether two statements of one fact agree.  It is
registered under a namespaced, versioned name (``factcheck.same_date.v1``):
a change of behaviour is published under a new version so that rule files
keep meaning what they meant.  Other packages add comparators through the
``factcheck.comparators`` entry-point group (the entry point's name is the
comparator's name; its object the function).
"""

from __future__ import annotations

from importlib import metadata
from typing import Any, Callable, Mapping, Sequence

import attrs

from factcheck.model import Article, Assertion

ENTRY_POINT_GROUP = "factcheck.comparators"


@attrs.frozen
class Item:
    """An assertion as one rule sees it: ``value`` and ``mod`` are the ones
    compared (a duration's ``implied`` year when the rule says so)."""

    assertion: Assertion
    value: Any
    mod: str | None
    #: The speaker's canonical name across articles (quotations).
    speaker: str | None = None

    @property
    def article(self) -> str:
        return self.assertion.article


@attrs.frozen
class Verdict:
    """What a comparator says of two statements.

    ``left``/``right`` are the values as shown to a reader; ``detail`` says
    what differs; ``severity`` overrides the rule's (quotations are graded).
    """

    agree: bool
    left: str = ""
    right: str = ""
    detail: str = ""
    severity: str | None = None


@attrs.frozen
class Context:
    """What a comparator may consult besides the two statements."""

    articles: Mapping[str, Article] = attrs.field(factory=dict)
    options: Mapping[str, Any] = attrs.field(factory=dict)
    #: Every statement the rule selected, in all its groups: what a
    #: comparator weighing one pair against the rest may consult.
    selected: Sequence[Item] = ()


#: (left, right or None for single-statement rules, context) -> verdict, or
#: None when the two cannot be compared.
Comparator = Callable[[Item, "Item | None", Context], "Verdict | None"]

_COMPARATORS: dict[str, Comparator] = {}
_LOADED_ENTRY_POINTS = False


class UnknownComparator(LookupError):
    def __init__(self, name: str, known: list[str]) -> None:
        super().__init__(name)
        self.name = name
        self.known = known

    def __str__(self) -> str:
        return f"unknown comparator {self.name!r}; known: {', '.join(self.known)}"


def register(name: str) -> Callable[[Comparator], Comparator]:
    """Decorator: register a comparator under ``name``."""

    def decorate(function: Comparator) -> Comparator:
        _COMPARATORS[name] = function
        return function

    return decorate


def comparator_names() -> list[str]:
    _ensure_loaded()
    return sorted(_COMPARATORS)


def get_comparator(name: str) -> Comparator:
    """The comparator registered as ``name``; the error lists the known ones."""
    _ensure_loaded()
    try:
        return _COMPARATORS[name]
    except KeyError:
        raise UnknownComparator(name, sorted(_COMPARATORS)) from None


class PluginError(RuntimeError):
    """A plugin's entry point failed to load; names the plugin and version."""


def _ensure_loaded() -> None:
    global _LOADED_ENTRY_POINTS
    import factcheck.rules.comparators  # noqa: F401  (registers the built-ins)

    if _LOADED_ENTRY_POINTS:
        return
    _LOADED_ENTRY_POINTS = True
    for entry in sorted(metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
        try:
            function = entry.load()
        except Exception as error:  # a broken plugin must say who it is
            raise PluginError(f"comparator plugin {entry.name!r} ({_dist(entry)}) failed to load: {error}") from None
        if not callable(function):
            raise PluginError(f"comparator plugin {entry.name!r} ({_dist(entry)}) is not callable")
        _COMPARATORS.setdefault(entry.name, function)


def _dist(entry: metadata.EntryPoint) -> str:
    dist = getattr(entry, "dist", None)
    return f"{dist.name} {dist.version}" if dist is not None else entry.value


def reset_entry_points() -> None:
    """Forget loaded plugins (tests that install a fake plugin use this)."""
    global _LOADED_ENTRY_POINTS
    _LOADED_ENTRY_POINTS = False
