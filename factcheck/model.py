"""The data that flows between the pipeline's stages.

Every class here is a frozen, slotted attrs class: values are immutable,
picklable and cheap, so each stage can be a pure function (and, later, a
Dask task) over them.
"""

from __future__ import annotations

from typing import Union

import attrs

#: Kinds of assertion the extractors produce (design.md §2).
ASSERTION_KINDS = (
    "date",
    "time",
    "datetime",
    "interval",
    "duration",
    "set",
    "number",
    "percentage",
    "ordinal",
    "quote",
    "attribution",
)

#: Kinds that state a moment (not a length nor a recurrence).
DATE_KINDS = frozenset({"date", "time", "datetime", "interval"})

#: TIMEX3 modifiers an assertion may carry in ``mod``.
MODS = (
    "APPROX",
    "MORE_THAN",
    "LESS_THAN",
    "EQUAL_OR_MORE",
    "EQUAL_OR_LESS",
    "BEFORE",
    "AFTER",
    "ON_OR_AFTER",
    "ON_OR_BEFORE",
    "START",
    "MID",
    "END",
)

Value = Union[str, int, float, None]


@attrs.frozen
class Article:
    """One article: its text exactly as decoded and what we know about it.

    ``published`` is a TIMEX3 value cut to the precision the source states
    (``"2024-06-19"``, ``"2024-06"``, ``"2023-09-14T11:36"``) or None.
    ``published_source`` says where it came from: ``"option"`` (--date),
    ``"metadata"`` (front matter, JSON field), ``"dateline"`` (a line of the
    text such as "Publié le ..."), ``"cluster"`` (inferred from the other
    articles by the rule engine) or None.
    """

    id: str
    text: str
    path: str | None = None
    published: str | None = None
    published_source: str | None = None
    encoding: str | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    language: str = "fr"
    #: The file's line where ``text`` begins (after a Markdown front
    #: matter), so that reports give lines in the file.
    first_line: int = 1


@attrs.frozen
class Assertion:
    """One normalised statement tied to the characters it came from.

    ``text`` is always ``article_text[start:end]``.  Optional fields are
    None when they do not apply to the kind; the JSON output omits them.
    """

    article: str
    kind: str
    start: int
    end: int = attrs.field()
    text: str
    value: Value
    mod: str | None = None
    #: A weekday stated with a date (1 = Monday ... 7 = Sunday).
    weekday: int | None = None
    #: The counted noun's lemma for numbers ("9 navires" -> "navire").
    unit: str | None = None
    #: A TIMEX3 value the assertion implies with the publication date
    #: ("depuis 24 ans" published in 2024 -> "2000").
    implied: str | None = None
    #: The key of the event a date or number belongs to.
    event: str | None = None
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    #: Extra facts about the assertion, sorted: "relative" (resolved
    #: against the publication date), "weekday-mismatch", "after-midnight"
    #: (the small hours said of the evening before: the weekday names the
    #: day before the value's), "unanchored"
    #: (relative, with no date to resolve it against), "scare-quote" ...
    flags: tuple[str, ...] = ()

    @end.validator
    def _span_in_order(self, _attribute: object, end: int) -> None:
        # a span ending before it starts is an extractor's bug: loud, here
        if not 0 <= self.start <= end:
            raise ValueError(f"assertion span {self.start}..{end} is not in order ({self.kind} {self.text!r})")

    def to_dict(self) -> dict[str, object]:
        """The JSON form of design.md §2: always the core fields, the
        others only when set."""
        out: dict[str, object] = {
            "article": self.article,
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "value": self.value,
            "mod": self.mod,
        }
        for name in (
            "weekday",
            "unit",
            "implied",
            "event",
            "speaker",
            "speaker_start",
            "speaker_end",
        ):
            value = getattr(self, name)
            if value is not None:
                out[name] = value
        if self.kind == "quote" and "speaker" not in out:
            out["speaker"] = None
        if self.flags:
            out["flags"] = list(self.flags)
        return out


def sort_key(assertion: Assertion) -> tuple[str, int, int, str]:
    """The order assertions are reported in: by article, then by place."""
    return (assertion.article, assertion.start, assertion.end, assertion.kind)
