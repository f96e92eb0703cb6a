"""Project configuration: ``.factcheck.toml`` or ``[tool.factcheck]``.

Found by walking up from the working directory; the first directory that
has a ``.factcheck.toml``, or a ``pyproject.toml`` with a
``[tool.factcheck]`` table, wins.  Paths and globs in it are relative to
that directory.  Command-line options override every setting.

```toml
# .factcheck.toml (in pyproject.toml: the same keys under [tool.factcheck])
sources = ["sources/*.txt", "wires/**/*.md"]   # what drafts are checked against
rules = ["newsroom-rules"]                       # extra rule directories
disable = ["quote-unsupported"]                  # rule ids switched off
fail-on = "warning"                              # error | warning | info | never
date = "2024-06-19"                              # default publication date
format = "text"                                  # text | json | sarif | html
nlp = "spacy"                                    # spacy | stanza
cache = true                                     # the analysis cache
baseline = "factcheck-baseline.json"             # accepted findings (--baseline)

[severity]                                       # rule id -> new severity
quote-function-word = "warning"
```
"""

from __future__ import annotations

import glob
import tomllib
from pathlib import Path
from typing import Any

import attrs

SEVERITIES = ("error", "warning", "info")
FAIL_ON = (*SEVERITIES, "never")
FORMATS = ("text", "json", "sarif", "html")
NLP = ("spacy", "stanza")


class ConfigError(Exception):
    """A configuration file that cannot be used; ``str()`` names file and key."""

    def __init__(self, path: Path | str, message: str) -> None:
        super().__init__(str(path), message)
        self.path = str(path)
        self.message = message

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@attrs.frozen
class Config:
    path: Path | None = None  # the file the settings came from
    sources: tuple[str, ...] = ()  # globs, made absolute
    rules: tuple[Path, ...] = ()
    disable: tuple[str, ...] = ()
    severity: tuple[tuple[str, str], ...] = ()  # (rule id, severity), sorted
    fail_on: str | None = None
    date: str | None = None
    format: str | None = None
    nlp: str | None = None
    cache: bool = True
    baseline: Path | None = None

    def source_files(self) -> list[str]:
        """The files the source globs match, sorted, without duplicates."""
        found: set[str] = set()
        for pattern in self.sources:
            found.update(glob.glob(pattern, recursive=True))
        return sorted(found)


def find_config(start: Path | None = None) -> Config:
    """The configuration that applies in ``start`` (default: the cwd)."""
    directory = (start or Path.cwd()).resolve()
    for folder in (directory, *directory.parents):
        dotfile = folder / ".factcheck.toml"
        if dotfile.is_file():
            return load_config(dotfile)
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            table = _load_toml(pyproject).get("tool", {}).get("factcheck")
            if table is not None:
                return parse_config(table, pyproject, "[tool.factcheck]")
    return Config()


def load_config(path: Path) -> Config:
    data = _load_toml(path)
    if path.name == "pyproject.toml":
        return parse_config(data.get("tool", {}).get("factcheck", {}), path, "[tool.factcheck]")
    return parse_config(data, path, "")


def _load_toml(path: Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as file:
            return tomllib.load(file)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(path, f"invalid TOML: {error}") from None
    except OSError as error:
        raise ConfigError(path, f"cannot be read ({error.strerror or error})") from None


def parse_config(table: Any, path: Path, prefix: str) -> Config:
    """Validate a configuration table; every problem names the key."""

    def where(key: str) -> str:
        return f"{prefix}.{key}" if prefix else key

    if not isinstance(table, dict):
        raise ConfigError(path, f"{prefix or 'configuration'} must be a table")
    known = {"sources", "rules", "disable", "severity", "fail-on", "date", "format", "nlp", "cache", "baseline"}
    for key in table:
        if key not in known:
            raise ConfigError(path, f"unknown key {where(key)!r}; known keys: {', '.join(sorted(known))}")
    base = path.parent.resolve()

    def strings(key: str) -> tuple[str, ...]:
        value = table.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(path, f"{where(key)} must be a list of strings")
        return tuple(value)

    def choice(key: str, allowed: tuple[str, ...]) -> str | None:
        value = table.get(key)
        if value is not None and value not in allowed:
            raise ConfigError(path, f"{where(key)} must be one of {', '.join(allowed)}, not {value!r}")
        return value

    severity = table.get("severity", {})
    if not isinstance(severity, dict):
        raise ConfigError(path, f"{where('severity')} must be a table of rule id = severity")
    for rule, level in severity.items():
        if level not in SEVERITIES:
            raise ConfigError(
                path, f"{where('severity')}.{rule} must be one of {', '.join(SEVERITIES)}, not {level!r}"
            )
    date = table.get("date")
    if date is not None:
        from factcheck.io import parse_iso

        if not isinstance(date, str) or parse_iso(date) is None:
            raise ConfigError(path, f"{where('date')} must be a date such as \"2024-06-19\", not {date!r}")
    cache = table.get("cache", True)
    if not isinstance(cache, bool):
        raise ConfigError(path, f"{where('cache')} must be true or false")
    baseline = table.get("baseline")
    if baseline is not None and (not isinstance(baseline, str) or not baseline):
        raise ConfigError(path, f"{where('baseline')} must be a file name")
    return Config(
        path=path,
        sources=tuple(str(base / pattern) for pattern in strings("sources")),
        rules=tuple(base / folder for folder in strings("rules")),
        disable=strings("disable"),
        severity=tuple(sorted(severity.items())),
        fail_on=choice("fail-on", FAIL_ON),
        date=date,
        format=choice("format", FORMATS),
        nlp=choice("nlp", NLP),
        cache=cache,
        baseline=base / baseline if baseline else None,
    )
