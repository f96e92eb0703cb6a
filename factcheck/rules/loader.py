"""Finding the rules in force: built-in, from plugins, from ``--rules``.

The built-in rule files are the repository's top-level ``rules/``; the
package ships them as ``factcheck/builtin_rules`` (a link to ``rules/`` in a
checkout, copied into the wheel), so a checkout and ``pip install`` read
the same files.  Plugins add rule directories through the
``factcheck.rules`` entry-point group: the object an entry point names is a
directory (``str`` or ``Path``), a package whose ``*.toml`` files are rules,
or a callable returning either.  Directories given with ``--rules`` come
last; a rule there with the id of an earlier one replaces it.
"""

from __future__ import annotations

import types
from importlib import metadata, resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Iterable, Sequence

from factcheck.rules.registry import PluginError
from factcheck.rules.schema import Rule, RuleError, parse_rule_file

ENTRY_POINT_GROUP = "factcheck.rules"


def builtin_rules_dir() -> Traversable:
    """Where the built-in rule files are."""
    packaged = resources.files("factcheck") / "builtin_rules"
    if packaged.is_dir():
        return packaged
    # A checkout whose link did not survive (a file system without links).
    return Path(__file__).resolve().parent.parent.parent / "rules"


def load_rules(
    directories: Sequence[str | Path] = (),
    *,
    builtin: bool = True,
    plugins: bool = True,
    disable: Iterable[str] = (),
) -> tuple[Rule, ...]:
    """The rules in force, sorted by id."""
    by_id: dict[str, Rule] = {}
    sources: list[tuple[str, Traversable]] = []
    if builtin:
        sources.append(("builtin", builtin_rules_dir()))
    if plugins:
        sources.extend(_plugin_dirs())
    for directory in directories:
        path = Path(directory)
        if not path.is_dir():
            raise RuleError(str(directory), None, None, "no such rule directory")
        sources.append(("option", path))
    for origin, rule_dir in sources:
        seen_here: dict[str, str] = {}
        for rule in _rules_in(rule_dir, origin):
            if rule.id in seen_here:
                raise RuleError(rule.source, rule.id, "id", f"already defined in {seen_here[rule.id]}")
            seen_here[rule.id] = rule.source
            by_id[rule.id] = rule
    disabled = set(disable)
    aliases = {alias: rule.id for rule in by_id.values() for alias in rule.aliases}
    disabled |= {aliases[name] for name in disabled if name in aliases}
    return tuple(rule for rule_id, rule in sorted(by_id.items()) if rule_id not in disabled)


def _rules_in(directory: Traversable, origin: str) -> list[Rule]:
    files = sorted((f for f in directory.iterdir() if f.name.endswith(".toml") and f.is_file()), key=lambda f: f.name)
    shown = _shown_path(directory, origin)
    return [parse_rule_file(f.read_bytes(), f"{shown}/{f.name}") for f in files]


def _shown_path(directory: Traversable, origin: str) -> str:
    if origin == "builtin":
        return "rules"
    return str(directory).rstrip("/")


def _plugin_dirs() -> list[tuple[str, Traversable]]:
    found: list[tuple[str, Traversable]] = []
    for entry in sorted(metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
        dist = getattr(entry, "dist", None)
        who = f"rule plugin {entry.name!r} ({dist.name} {dist.version})" if dist else f"rule plugin {entry.name!r}"
        try:
            target = entry.load()
            if callable(target) and not isinstance(target, types.ModuleType):
                target = target()
        except Exception as error:
            raise PluginError(f"{who} failed to load: {error}") from None
        targets = target if isinstance(target, (list, tuple)) else [target]
        for item in targets:
            if isinstance(item, types.ModuleType):
                found.append((entry.name, resources.files(item)))
            elif isinstance(item, (str, Path)) and Path(item).is_dir():
                found.append((entry.name, Path(item)))
            else:
                raise PluginError(f"{who} gave {item!r}, not a rule directory or package")
    return found
