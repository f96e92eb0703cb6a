"""Rule files: one TOML file, one rule; validated field by field.

The schema is documented in docs/rules.md.  A problem is a ``RuleError``
that names the file, the rule id and the field, in one line.
"""

from __future__ import annotations

import string
import tomllib
from typing import Any, Mapping

import attrs

from factcheck.model import ASSERTION_KINDS
from factcheck.rules.findings import FINDING_KINDS, SEVERITIES

#: How the selected assertions are paired (closed list).
SCOPES = ("across", "within", "single", "unsupported", "context")
#: What assertions are grouped by before they are compared (closed list).
ALIGN_KEYS = ("event", "unit", "kind", "speaker", "quote", "figure")
#: Assertion fields a rule may require or compare.
FIELDS = ("value", "implied", "event", "unit", "speaker", "weekday", "mod")
STATUSES = ("stable", "preview", "deprecated")
WHEN = ("always", "draft")
#: Placeholders a message template may use.
PLACEHOLDERS = ("left", "right", "detail", "key", "rule", "count")
_TOP = {
    "id", "description", "kind", "severity", "draft_severity", "message", "status", "since",
    "aliases", "superseded_by", "select", "compare",
}  # fmt: skip
_SELECT = {"kinds", "require", "forbid", "value", "exclude_flags", "contested_flags", "min_words", "relative_in_quotes", "series",
           "clock_readings"}
_COMPARE = {"scope", "align", "comparator", "when", "options"}


class RuleError(ValueError):
    """A rule file that cannot be used; ``str()`` is one line naming the
    file, the rule and the field."""

    def __init__(self, path: str, rule: str | None, field: str | None, message: str) -> None:
        super().__init__(path, rule, field, message)
        self.path, self.rule, self.field, self.message = path, rule, field, message

    def __str__(self) -> str:
        parts = [self.path]
        if self.rule:
            parts.append(f"rule {self.rule!r}")
        if self.field:
            parts.append(f"field {self.field!r}")
        return ": ".join([*parts, self.message])


@attrs.frozen
class Selector:
    """Which assertions a rule looks at."""

    kinds: tuple[str, ...]
    require: tuple[str, ...] = ()
    #: Fields that must be unset.
    forbid: tuple[str, ...] = ()
    #: The compared value is the first of these fields that is set.
    value: tuple[str, ...] = ("value",)
    exclude_flags: tuple[str, ...] = ()
    #: In the unsupported scope, a claim with one of these flags is
    #: reported only when a source states something of its unit the
    #: comparator can weigh against it ("les deux parties" asks no source
    #: for a figure; against "les trois parties" it is reported); as a
    #: source it backs others ("les deux patous" backs "deux patous").
    contested_flags: tuple[str, ...] = ()
    min_words: int = 0
    #: False leaves out relative expressions inside quotations: they are
    #: anchored to when the words were said, not to the publication date.
    relative_in_quotes: bool = True
    #: False leaves out the members of a series: an ordinal of a unit its
    #: article ranks more than one of for one event ("au premier tour" …
    #: "au second tour") names one of them, it claims no rank.
    series: bool = True
    #: True also reads hours that may be a clock time (a duration flagged
    #: ``or-clock``: "le train de 18 heures") as that time, so a source
    #: telling them backs a draft's "train de 18h".
    clock_readings: bool = False


@attrs.frozen
class Rule:
    id: str
    description: str
    kind: str
    severity: str
    message: str
    selector: Selector
    scope: str
    align: tuple[str, ...]
    comparator: str | None
    options: tuple[tuple[str, Any], ...] = ()
    when: str = "always"
    draft_severity: str | None = None
    status: str = "stable"
    since: str | None = None
    aliases: tuple[str, ...] = ()
    #: Rules whose finding on the same statement of an article makes this
    #: rule's finding redundant: it is left out.
    superseded_by: tuple[str, ...] = ()
    #: Where the rule was read from ("rules/date-conflict.toml").
    source: str = ""

    @property
    def options_dict(self) -> dict[str, Any]:
        return dict(self.options)

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "kind": self.kind,
            "severity": self.severity,
            "description": self.description,
            "scope": self.scope,
            "comparator": self.comparator,
            "status": self.status,
            "source": self.source,
        }


def parse_rule_file(data: bytes, path: str) -> Rule:
    """A rule from the bytes of its TOML file."""
    try:
        table = tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise RuleError(path, None, None, "not UTF-8 text") from None
    except tomllib.TOMLDecodeError as error:
        raise RuleError(path, None, None, f"invalid TOML: {error}") from None
    return parse_rule(table, path)


def parse_rule(table: Mapping[str, Any], path: str) -> Rule:
    """Validate one rule table; the first problem raises ``RuleError``."""
    rule_id = table.get("id") if isinstance(table.get("id"), str) else None

    def fail(field: str | None, message: str) -> RuleError:
        return RuleError(path, rule_id, field, message)

    def text(where: Mapping[str, Any], key: str, field: str, default: str | None = None) -> str:
        value = where.get(key, default)
        if not isinstance(value, str) or not value.strip():
            raise fail(field, "required, a non-empty string" if value is None else f"must be a non-empty string, not {value!r}")
        return value

    def choice(where: Mapping[str, Any], key: str, field: str, allowed: tuple[str, ...], default: str | None = None) -> str:
        value = where.get(key, default)
        if value not in allowed:
            got = "missing" if value is None else f"got {value!r}"
            raise fail(field, f"must be one of {', '.join(allowed)} ({got})")
        return value

    def strings(where: Mapping[str, Any], key: str, field: str, allowed: tuple[str, ...] | None = None) -> tuple[str, ...]:
        value = where.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise fail(field, f"must be a list of strings, not {value!r}")
        if allowed is not None:
            for item in value:
                if item not in allowed:
                    raise fail(field, f"{item!r} is not one of {', '.join(allowed)}")
        return tuple(value)

    def unknown(where: Mapping[str, Any], known: set[str], prefix: str) -> None:
        for key in sorted(where):
            if key not in known:
                raise fail(f"{prefix}{key}", f"unknown field; known: {', '.join(sorted(known))}")

    if rule_id is None:
        raise fail("id", "required, a string such as \"date-conflict\"")
    if not all(c.isalnum() or c in "-_." for c in rule_id) or not rule_id[0].isalpha():
        raise fail("id", "letters, digits, '-', '_' and '.', starting with a letter")
    unknown(table, _TOP, "")
    select = table.get("select")
    compare = table.get("compare")
    if not isinstance(select, dict):
        raise fail("select", "required, a table ([select])")
    if not isinstance(compare, dict):
        raise fail("compare", "required, a table ([compare])")
    unknown(select, _SELECT, "select.")
    unknown(compare, _COMPARE, "compare.")

    kinds = strings(select, "kinds", "select.kinds", ASSERTION_KINDS)
    if not kinds:
        raise fail("select.kinds", f"required: the assertion kinds to look at ({', '.join(ASSERTION_KINDS)})")
    value_from = strings(select, "value", "select.value", FIELDS) or ("value",)
    min_words = select.get("min_words", 0)
    if not isinstance(min_words, int) or isinstance(min_words, bool) or min_words < 0:
        raise fail("select.min_words", f"must be a whole number >= 0, not {min_words!r}")
    relative_in_quotes = select.get("relative_in_quotes", True)
    if not isinstance(relative_in_quotes, bool):
        raise fail("select.relative_in_quotes", f"must be true or false, not {relative_in_quotes!r}")
    series = select.get("series", True)
    if not isinstance(series, bool):
        raise fail("select.series", f"must be true or false, not {series!r}")
    clock_readings = select.get("clock_readings", False)
    if not isinstance(clock_readings, bool):
        raise fail("select.clock_readings", f"must be true or false, not {clock_readings!r}")
    selector = Selector(
        relative_in_quotes=relative_in_quotes,
        series=series,
        clock_readings=clock_readings,
        kinds=kinds,
        require=strings(select, "require", "select.require", FIELDS),
        forbid=strings(select, "forbid", "select.forbid", FIELDS),
        value=value_from,
        exclude_flags=strings(select, "exclude_flags", "select.exclude_flags"),
        contested_flags=strings(select, "contested_flags", "select.contested_flags"),
        min_words=min_words,
    )

    scope = choice(compare, "scope", "compare.scope", SCOPES)
    align = strings(compare, "align", "compare.align", ALIGN_KEYS)
    if scope in ("across", "within") and not align:
        raise fail("compare.align", f"required for scope {scope!r}: what makes two assertions one fact")
    comparator = compare.get("comparator")
    if comparator is not None:
        from factcheck.rules.registry import UnknownComparator, get_comparator

        if not isinstance(comparator, str):
            raise fail("compare.comparator", f"must be a comparator name, not {comparator!r}")
        try:
            get_comparator(comparator)
        except UnknownComparator as error:
            raise fail("compare.comparator", str(error)) from None
    elif scope != "unsupported":
        raise fail("compare.comparator", f"required for scope {scope!r}")
    options = compare.get("options", {})
    if not isinstance(options, dict):
        raise fail("compare.options", "must be a table")

    message = text(table, "message", "message", "{detail}")
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(message) if name is not None}
    except ValueError as error:
        raise fail("message", f"bad template: {error}") from None
    for name in sorted(names):
        if name not in PLACEHOLDERS:
            raise fail("message", f"unknown placeholder {{{name}}}; known: {', '.join(PLACEHOLDERS)}")

    draft_severity = table.get("draft_severity")
    if draft_severity is not None:
        choice(table, "draft_severity", "draft_severity", SEVERITIES)
    since = table.get("since")
    if since is not None and not isinstance(since, str):
        raise fail("since", "must be a version string such as \"0.1.0\"")
    return Rule(
        id=rule_id,
        description=" ".join(text(table, "description", "description").split()),
        kind=choice(table, "kind", "kind", FINDING_KINDS),
        severity=choice(table, "severity", "severity", SEVERITIES),
        message=message,
        selector=selector,
        scope=scope,
        align=align,
        comparator=comparator,
        options=tuple(sorted(_freeze(options).items())),
        when=choice(compare, "when", "compare.when", WHEN, "always"),
        draft_severity=draft_severity,
        status=choice(table, "status", "status", STATUSES, "stable"),
        since=since,
        aliases=strings(table, "aliases", "aliases"),
        superseded_by=strings(table, "superseded_by", "superseded_by"),
        source=path,
    )


def _freeze(options: Mapping[str, Any]) -> dict[str, Any]:
    # Options stay plain dicts and lists for comparators to read; the rule
    # itself keeps them as sorted pairs so that it stays hashable.
    return dict(options)
