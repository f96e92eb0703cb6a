"""Accuracy of the extractors on the peers' test corpora (peer-dev.jsonl).

Each case is run through the public extraction path
(``factcheck.extract.assertions_from(article, None)``: no analyser, since
values never depend on the parse) as an article whose text is the case's
text and whose publication date is the case's ``reference``.  The assertion
that overlaps the expected span the most is compared with ``expected`` (or
an ``alt``).  See benchmarks/README.md for the comparison conventions.

    python benchmarks/accuracy.py [PATH] [--json] [--failures CATEGORY]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, Iterable

from factcheck.extract import assertions_from
from factcheck.model import Article, Assertion
from factcheck.normalize.numbers import parse_cardinal, parse_ordinal

DEFAULT_PATH = Path("/work/shared/data/peer-dev.jsonl")

#: The categories whose total is the headline number.
IN_SCOPE = ("date", "datetime", "daterange", "duration", "number", "ordinal")
TEMPORAL_CATEGORIES = {"date", "datetime", "daterange", "datetimerange", "duration"}
NUMERIC_CATEGORIES = {"number", "ordinal", "currency", "temperature", "dimension"}
TEMPORAL_KINDS = {"date", "time", "datetime", "interval", "duration"}
NUMERIC_KINDS = {"number", "percentage", "ordinal"}
#: Categories outside factcheck's job, reported apart.
OUT_OF_SCOPE = ("currency", "temperature", "dimension", "rewrite")
#: A part of the day ("cet après-midi", "en début de soirée") is a span of
#: hours whose bounds are each peer's convention: reported apart.
PART_OF_DAY = re.compile(
    r"matin|midi|soir|nuit|journée|déjeuner|travail|week-end|weekend", re.IGNORECASE
)
RECURRING = re.compile(r"\b(?:tous les|toutes les|chaque)\b", re.IGNORECASE)
MODS = {
    "after": {"AFTER", "ON_OR_AFTER"},
    "before": {"BEFORE"},
    "more": {"MORE_THAN", "EQUAL_OR_MORE"},
    "less": {"LESS_THAN", "EQUAL_OR_LESS"},
}


def load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def group_of(case: dict[str, Any]) -> str:
    """The row a case is reported in: its category, or an out-of-scope group."""
    category = case["category"]
    expected = case.get("expected")
    if RECURRING.search(case["text"]):
        return "recurring sets"
    if (
        category in TEMPORAL_CATEGORIES
        and isinstance(expected, str)
        and "/" in expected
        and "T" in expected
        and PART_OF_DAY.search(case["text"])
    ):
        return "time-of-day parts"
    return category


# --------------------------------------------------------------------------
# TIMEX values


_VALUE = re.compile(
    r"(?P<y>\d{4}|XXXX)(?:-W(?P<w>\d\d)|-(?P<m>\d\d|XX)(?:-(?P<d>\d\d|XX)"
    r"(?:T(?P<h>\d\d)(?::(?P<mi>\d\d)(?::(?P<s>\d\d))?)?)?)?)?$"
)


def _parse(value: str) -> tuple[datetime, str] | None:
    """A TIMEX value to (its first instant, its grain)."""
    m = _VALUE.match(value)
    if not m or "X" in value:
        return None
    y = int(m["y"])
    if m["w"]:
        return datetime.fromisocalendar(y, int(m["w"]), 1), "w"
    grain = "y"
    parts = [y, 1, 1, 0, 0, 0]
    for i, (name, g) in enumerate((("m", "m"), ("d", "d"), ("h", "h"), ("mi", "mi"), ("s", "s"))):
        if m[name]:
            parts[i + 1] = int(m[name])
            grain = g
    return datetime(*parts), grain


def _step(moment: datetime, grain: str, n: int) -> datetime:
    if grain == "y":
        return moment.replace(year=moment.year + n)
    if grain == "m":
        index = moment.year * 12 + moment.month - 1 + n
        return moment.replace(year=index // 12, month=index % 12 + 1)
    deltas = {"w": timedelta(weeks=1), "d": timedelta(days=1), "h": timedelta(hours=1),
              "mi": timedelta(minutes=1), "s": timedelta(seconds=1)}  # fmt: skip
    return moment + n * deltas[grain]


def _format(moment: datetime, grain: str) -> str:
    if grain == "w":
        year, week, _ = moment.isocalendar()
        return f"{year:04d}-W{week:02d}"
    full = moment.strftime("%Y-%m-%dT%H:%M:%S")
    cut = {"y": 4, "m": 7, "d": 10, "h": 13, "mi": 16, "s": 19}[grain]
    return full[:cut]


def inclusive(expected: str) -> str:
    """A Duckling interval (END exclusive) with its END made inclusive."""
    start, _, end = expected.partition("/")
    parsed = _parse(end)
    if parsed is None:
        return expected
    moment, grain = parsed
    return f"{start}/{_format(_step(moment, grain, -1), grain)}"


def _period(value: str) -> tuple[datetime, datetime] | None:
    """First and last instant (inclusive, to the second) of a TIMEX value."""
    if "/" in value:
        a, _, b = value.partition("/")
        pa, pb = _period(a), _period(b)
        return (pa[0], pb[1]) if pa and pb else None
    parsed = _parse(value)
    if parsed is None:
        return None
    moment, grain = parsed
    return moment, _step(moment, grain, 1) - timedelta(seconds=1)


def _mod_covers(value: str, mod: str | None, expected: str) -> bool:
    """"fin mars" is March with mod END in TIMEX3 and an explicit span of
    days at the end of March for Duckling: the same statement."""
    if mod not in ("START", "END", "MID") or "/" not in expected:
        return False
    ours, theirs = _period(value), _period(expected)
    if ours is None or theirs is None:
        return False
    (o_start, o_end), (t_start, t_end) = ours, theirs
    if not (o_start <= t_start <= t_end <= o_end) or (t_start, t_end) == (o_start, o_end):
        return False
    if mod == "START":
        return t_start == o_start
    if mod == "END":
        return t_end == o_end
    return o_start < t_start and t_end < o_end


def _time_part(value: str) -> str | None:
    if "/" in value:
        parts = [_time_part(v) for v in value.split("/")]
        return None if None in parts else "/".join(parts)  # type: ignore[arg-type]
    index = value.find("T")
    return value[index:] if index >= 0 else None


_ZONED = re.compile(r"(\d{4}-\d{2}-\d{2})T(\d{2})(?::(\d{2}))?([+-]\d{2}:\d{2}|Z)$")


def in_zone(value: str, offset: str | None) -> set[str]:
    """A zoned datetime of ours ("2013-02-12T16+01:00", "à seize heures
    CET") told in the case's zone (Duckling's -02:00: "2013-02-12T13:00"),
    at the hour and the minute; nothing when either has no zone."""
    m = _ZONED.match(value)
    if m is None or not offset:
        return set()
    zone = "+00:00" if m.group(4) == "Z" else m.group(4)
    moment = datetime.fromisoformat(f"{m.group(1)}T{m.group(2)}:{m.group(3) or '00'}{zone}")
    local = moment.astimezone(datetime.fromisoformat(f"2000-01-01T00:00{offset}").tzinfo)
    return {local.strftime("%Y-%m-%dT%H"), local.strftime("%Y-%m-%dT%H:%M")}


def temporal_match(assertion: Assertion, expected: str, category: str, offset: str | None = None) -> bool:
    value = str(assertion.value)
    candidates = {value}
    if assertion.implied:
        candidates.add(assertion.implied)
        candidates |= in_zone(assertion.implied, offset)
    if category != "duration" and "/" in expected:
        expected = inclusive(expected)
    if expected in candidates:
        return True
    if assertion.kind == "time" or (assertion.kind == "interval" and value.startswith("T")):
        # A clock time is not tied to a day: compare the time of day.
        return _time_part(expected) == value
    return _mod_covers(value, assertion.mod, expected)


def temporal_compatible(assertion: Assertion, expected: str, category: str) -> bool:
    """A failure only of precision: the expected value lies within ours
    ("il y a deux ans" -> ours 2011, Duckling's 2011-02).  Only for points
    (an interval of ours that holds theirs differs in its bounds, not its
    precision: "la première quinzaine d'avril")."""
    if category == "duration" or "X" in str(assertion.value) or assertion.kind == "interval":
        return False
    if "/" in expected:
        expected = inclusive(expected)
    theirs = _period(expected)
    if theirs is None:
        return False
    for value in (str(assertion.value), assertion.implied):
        ours = _period(value) if value else None
        if ours is not None and ours[0] <= theirs[0] and theirs[1] <= ours[1] and ours != theirs:
            return True
    return False


# --------------------------------------------------------------------------
# Scoring


def _overlap(a: Assertion, start: int, end: int) -> int:
    return min(a.end, end) - max(a.start, start)


def best(assertions: Iterable[Assertion], kinds: set[str], start: int, end: int) -> Assertion | None:
    chosen = None
    for a in assertions:
        if a.kind not in kinds:
            continue
        overlap = _overlap(a, start, end)
        if overlap <= 0:
            continue
        rank = (overlap, a.end - a.start)
        if chosen is None or rank > chosen[0]:
            chosen = (rank, a)
    return chosen[1] if chosen else None


def _number_equal(value: Any, expected: Any) -> bool:
    try:
        return abs(float(value) - float(expected)) < 1e-9 * max(1.0, abs(float(expected)))
    except (TypeError, ValueError):
        return False


#: Tokens a numeral is made of: words, digits with their separators ("1,5";
#: "10 000" is two tokens, tried together).
_NUMERAL_TOKEN = re.compile(r"\w(?:[\w'’.,\-]*\w)?")


def numeral_span(a: Assertion) -> tuple[int, int]:
    """The span of the numeral within a number or ordinal assertion.

    A number's span holds its modifiers and counted noun ("Vingt-cinq
    vaches", "environ 20 %"): the numeral is the longest run of whole
    tokens of the span whose value, read as a cardinal (number) or an
    ordinal, is the assertion's value; the whole span when none is.
    """
    parse = parse_ordinal if a.kind == "ordinal" else parse_cardinal
    tokens = [(m.start(), m.end()) for m in _NUMERAL_TOKEN.finditer(a.text)]
    best: tuple[int, int] | None = None
    for i in range(len(tokens)):
        for j in range(len(tokens) - 1, i - 1, -1):
            start, end = tokens[i][0], tokens[j][1]
            if best is not None and end - start <= best[1] - best[0]:
                break
            try:
                value = parse(a.text[start:end])
            except Exception:  # noqa: BLE001  (a parser's odd input is no numeral)
                value = None
            if value is not None and _number_equal(value, a.value):
                best = (start, end)
                break
    if best is None:
        return a.start, a.end
    return a.start + best[0], a.start + best[1]


def _rewrite(text: str, assertions: Iterable[Assertion]) -> str:
    """The text with the numeral of each number and ordinal in digits (its
    modifiers and counted noun kept)."""
    out = text
    for a in sorted(assertions, key=lambda a: -a.start):
        if a.kind not in ("number", "ordinal"):
            continue
        start, end = numeral_span(a)
        numeral = text[start:end]
        if a.kind == "ordinal":
            digits = "1er" if a.value == 1 and numeral.lower().startswith("premier") else f"{a.value}ème"
        else:
            value = a.value
            digits = str(value).replace(".", ",") if isinstance(value, float) else str(value)
        out = out[:start] + digits + out[end:]
    return out


def score(case: dict[str, Any]) -> tuple[bool, str]:
    """(passed, what was found) for one case; "compatible" failures (a
    coarser value that holds the expected one) are marked in the text."""
    reference = case.get("reference")
    article = Article(id=case["id"], text=case["text"], published=reference)
    assertions = assertions_from(article, None)
    category = case["category"]
    negative = case.get("negative")
    if category == "rewrite":
        got = _rewrite(case["text"], assertions)
        wanted = [case["expected"], *case.get("alt", [])]
        norm = lambda s: " ".join(str(s).split())  # noqa: E731
        return norm(got) in {norm(w) for w in wanted}, got
    kinds = TEMPORAL_KINDS if category in TEMPORAL_CATEGORIES else NUMERIC_KINDS
    if category in ("datetime", "datetimerange") and negative:
        kinds = TEMPORAL_KINDS - {"duration"}
    if category == "duration" and negative:
        kinds = {"duration"}
    if negative == "no_entity":
        found = [a for a in assertions if a.kind in kinds]
        return not found, "; ".join(f"{a.kind} {a.text!r}={a.value}" for a in found) or "-"
    if negative == "not_one_number":
        whole = case["text"].strip()
        found = [a for a in assertions if a.kind in NUMERIC_KINDS and a.text.strip() == whole]
        return not found, "; ".join(f"{a.kind} {a.text!r}={a.value}" for a in found) or "-"
    start, end = case["start"], case["end"]
    chosen = best(assertions, kinds, start, end)
    if chosen is None:
        shown = "; ".join(f"{a.kind} {a.text!r}={a.value}" for a in assertions) or "nothing"
        return False, f"missed ({shown})"
    shown = f"{chosen.kind} {chosen.text!r}={chosen.value}" + (
        f" mod={chosen.mod}" if chosen.mod else ""
    ) + (f" implied={chosen.implied}" if chosen.implied else "")
    wanted = [case["expected"], *case.get("alt", [])]
    if category in TEMPORAL_CATEGORIES:
        offset = (case.get("meta") or {}).get("tz_offset")
        ok = any(temporal_match(chosen, str(w), category, offset) for w in wanted)
        if not ok and any(temporal_compatible(chosen, str(w), category) for w in wanted):
            shown = "[coarser] " + shown
    else:
        ok = any(_number_equal(chosen.value, w) for w in wanted)
    if ok and case.get("mod") in MODS:
        ok = chosen.mod in MODS[case["mod"]]
    return ok, shown


def run(path: Path) -> dict[str, Any]:
    cases = load(path)
    rows: dict[str, dict[str, Any]] = defaultdict(lambda: {"n": 0, "passed": 0, "failures": []})
    for case in cases:
        group = group_of(case)
        passed, shown = score(case)
        row = rows[group]
        row["n"] += 1
        row["passed"] += passed
        if not passed:
            row["failures"].append(
                {"id": case["id"], "text": case["text"], "expected": case.get("expected"),
                 "alt": case.get("alt") or [], "mod": case.get("mod"),
                 "negative": case.get("negative"), "got": shown}  # fmt: skip
            )
    for row in rows.values():
        row["accuracy"] = row["passed"] / row["n"] if row["n"] else None
        row["coarser"] = sum(f["got"].startswith("[coarser]") for f in row["failures"])
    n = sum(rows[c]["n"] for c in IN_SCOPE if c in rows)
    passed = sum(rows[c]["passed"] for c in IN_SCOPE if c in rows)
    coarser = sum(rows[c]["coarser"] for c in IN_SCOPE if c in rows)
    return {
        "path": str(path),
        "categories": dict(sorted(rows.items())),
        "total": {"categories": list(IN_SCOPE), "n": n, "passed": passed,
                  "accuracy": passed / n if n else None, "coarser": coarser},  # fmt: skip
    }


def _table(result: dict[str, Any]) -> str:
    lines = [f"{'category':<20} {'cases':>6} {'passed':>7} {'accuracy':>9} {'coarser':>8}"]

    def line(name: str, row: dict[str, Any]) -> str:
        acc = "-" if row["accuracy"] is None else f"{row['accuracy']:.3f}"
        return f"{name:<20} {row['n']:>6} {row['passed']:>7} {acc:>9} {row['coarser']:>8}"

    categories = result["categories"]
    for name in IN_SCOPE:
        if name in categories:
            lines.append(line(name, categories[name]))
    total = result["total"]
    lines.append(line("TOTAL (in scope)", total))
    if total["n"]:
        lenient = (total["passed"] + total["coarser"]) / total["n"]
        lines.append(f"{'  with coarser':<20} {total['n']:>6} {total['passed'] + total['coarser']:>7} {lenient:>9.3f}")
    lines.append("")
    lines.append("reported apart:")
    for name, row in categories.items():
        if name not in IN_SCOPE:
            lines.append(line(name, row))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--failures", metavar="CATEGORY",
                        help="list the failing cases of a category ('all' for every one)")  # fmt: skip
    args = parser.parse_args(argv)
    result = run(args.path)
    if args.json:
        if not args.failures:
            for row in result["categories"].values():
                row.pop("failures")
        json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    print(_table(result))
    print("\ncoarser: failures whose expected value lies within ours (a precision")
    print("convention: ours is cut to the stated unit, as the issue and TimeML ask;")
    print("Duckling adds a finer grain). Counted as failures; 'with coarser' shows")
    print("the total if they were not.")
    if args.failures:
        for name, row in result["categories"].items():
            if args.failures not in ("all", name):
                continue
            print(f"\n{name}: {len(row['failures'])} failing")
            for f in row["failures"]:
                want = f["expected"] if f["negative"] is None else f["negative"]
                extra = f" alt={f['alt']}" if f["alt"] else ""
                extra += f" mod={f['mod']}" if f["mod"] else ""
                print(f"  {f['text']!r}: want {want}{extra}; got {f['got']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
