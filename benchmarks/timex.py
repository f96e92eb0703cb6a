"""TempEval-3-style scores on the held-out TIMEX3 set (timex_heldout.jsonl).

Each sentence becomes an ``Article`` (its text, its ``published`` date) and
goes through the public path ``factcheck.extract.assertions_from(article,
None)``; the temporal assertions (date, time, datetime, interval, duration)
are scored against the hand-made TIMEX3 annotations: extent precision,
recall and F1, strict (same offsets) and relaxed (overlap); value accuracy
and value F1 over the relaxed matches; type and mod accuracy.  See
benchmarks/README.md ("Held-out TIMEX3 set") for the conventions.

    python benchmarks/timex.py [PATH] [--json] [--failures [CLASS]]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from factcheck.extract import assertions_from
from factcheck.io import datelines
from factcheck.model import Article, Assertion

DEFAULT_PATH = Path(__file__).parent / "data" / "timex_heldout.jsonl"
TEMPORAL_KINDS = {"date", "time", "datetime", "interval", "duration", "set"}
TYPES = ("DATE", "TIME", "DURATION", "SET")
SIGNAL_MODS = {"BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER"}
FAILURE_CLASSES = ("missed", "spurious", "extent", "value", "type", "mod")


def load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


# --------------------------------------------------------------------------
# Values and types


def norm(value: object) -> str | None:
    """A TIMEX value in one spelling: "T08" and "T08:00:00" are "T08:00".
    A clock time's zone ("T12-05:00", "T07Z") is not compared: the sets
    were annotated without zones ("à midi, heure de Washington" is
    ``T12:00`` there)."""
    if value is None:
        return None
    text = re.sub(r"(T\d\d(?::\d\d){0,2})(?:Z|[+-]\d\d:\d\d)", r"\1", str(value))
    text = re.sub(r"T(\d\d)$", r"T\1:00", text)
    return re.sub(r"(T\d\d:\d\d):00$", r"\1", text)


def gold_values(gold: dict[str, Any]) -> set[str | None]:
    return {norm(gold["value"]), *(norm(v) for v in gold.get("alt", []))}


def value_reading(a: Assertion, gold: dict[str, Any]) -> str | None:
    """"value" or "implied" when that field of ours equals the gold value
    (or an alternative spelling of it), else None."""
    wanted = gold_values(gold)
    if norm(a.value) in wanted:
        return "value"
    if a.implied is not None and norm(a.implied) in wanted:
        return "implied"
    return None


def bounds(a: Assertion) -> tuple[str | None, str | None] | None:
    if a.kind != "interval" or not isinstance(a.value, str) or "/" not in a.value:
        return None
    start, _, end = a.value.partition("/")
    return norm(start), norm(end)


def implied_bounds(a: Assertion) -> tuple[str | None, str | None] | None:
    """The bounds of the interval an interval of clock times implies."""
    if a.kind != "interval" or not isinstance(a.implied, str) or "/" not in a.implied:
        return None
    start, _, end = a.implied.partition("/")
    return norm(start), norm(end)


_TIME_OF_DAY = re.compile(r"[\dX]T")


def timeml_type(a: Assertion, reading: str | None) -> str:
    """Our kind as a TimeML type; a duration read through its implied date
    ("il y a trois ans" -> 2021) is a DATE (or TIME)."""
    value = str(a.implied if reading == "implied" else a.value)
    if a.kind == "set":
        return "SET"
    if a.kind == "duration" and reading != "implied":
        return "DURATION"
    if a.kind in ("time", "datetime"):
        return "TIME"
    return "TIME" if _TIME_OF_DAY.search(value) else "DATE"


#: Words at the edges of a span that only the extent conventions disagree
#: on (a determiner, a preposition, "il y a", "après"): a diagnostic row
#: compares spans with them trimmed.
_EDGE_START = re.compile(
    r"^(?:(?:le|la|les|l['’]|du|des|de|d['’]|au|aux|à|dans|vers|entre|en|depuis|"
    r"jusqu['’](?:à|au|en)|il y a)\s*)+",
    re.IGNORECASE,
)
_EDGE_END = re.compile(r"(?:\s+(?:après|plus tard|précédents?|précédentes?))+$", re.IGNORECASE)


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) of a span without its edge words."""
    span = text[start:end]
    head = _EDGE_START.match(span)
    cut = head.end() if head and head.end() < len(span) else 0
    tail = _EDGE_END.search(span, cut)
    return start + cut, (start + tail.start()) if tail else end


def _overlap(a: Assertion, g: dict[str, Any]) -> int:
    return max(0, min(a.end, g["end"]) - max(a.start, g["start"]))


# --------------------------------------------------------------------------
# Matching one sentence


def match(golds: list[dict[str, Any]], ours: list[Assertion]) -> dict[str, Any]:
    """Relaxed one-to-one matching, greatest overlap first, after the
    interval pairs: one of our intervals that overlaps two gold DATE/TIME
    (the two bounds of "du 3 au 5 janvier", "entre 2012 et 2016") matches
    both; each is value-correct when the interval's START (for the first)
    and END (for the second) equal their values."""
    pairs: list[tuple[int, int, str]] = []  # (gold index, our index, how)
    used_gold: set[int] = set()
    used_ours: set[int] = set()
    for j, a in enumerate(ours):
        if bounds(a) is None:
            continue
        covered = [i for i, g in enumerate(golds)
                   if g["type"] in ("DATE", "TIME") and _overlap(a, g) > 0]  # fmt: skip
        if len(covered) == 2:
            for i in covered:
                pairs.append((i, j, "pair"))
                used_gold.add(i)
            used_ours.add(j)
    candidates = sorted(
        ((_overlap(a, g), -abs(a.start - g["start"]) - abs(a.end - g["end"]), i, j)
         for i, g in enumerate(golds) for j, a in enumerate(ours)
         if i not in used_gold and j not in used_ours and _overlap(a, g) > 0),
        reverse=True,
    )  # fmt: skip
    for _, _, i, j in candidates:
        if i in used_gold or j in used_ours:
            continue
        pairs.append((i, j, "one"))
        used_gold.add(i)
        used_ours.add(j)
    return {"pairs": sorted(pairs), "missed": [i for i in range(len(golds)) if i not in used_gold],
            "spurious": [j for j in range(len(ours)) if j not in used_ours]}  # fmt: skip


def judge(golds: list[dict[str, Any]], ours: list[Assertion], i: int, j: int, how: str,
          pair_bounds: dict[int, tuple[int, int]]) -> dict[str, Any]:  # fmt: skip
    g, a = golds[i], ours[j]
    if how == "pair":
        first, last = pair_bounds[j]
        start, end = bounds(a)  # type: ignore[misc]
        got = start if i == first else end
        reading = "value" if got in gold_values(g) else None
        implied = implied_bounds(a)
        if reading is None and implied is not None and implied[0 if i == first else 1] in gold_values(g):
            reading, got = "implied", implied[0 if i == first else 1]  # "de 9 heures à 19 heures" on the day told
        strict = a.start == golds[first]["start"] and a.end == golds[last]["end"]
        ours_type = "TIME" if got and _TIME_OF_DAY.search(got) else "DATE"
    else:
        reading = value_reading(a, g)
        strict = (a.start, a.end) == (g["start"], g["end"])
        ours_type = timeml_type(a, reading)
    return {
        "gold": i, "ours": j, "how": how, "strict": strict,
        "value_ok": reading is not None, "reading": reading,
        "type_ok": ours_type == g["type"], "type": ours_type,
        "mod_ok": (a.mod or None) == (g.get("mod") or None),
        # TimeML makes "depuis", "jusqu'à", "avant", "à partir de" SIGNALs;
        # we put them in mod.
        "signal_mod": not g.get("mod") and a.mod in SIGNAL_MODS,
    }  # fmt: skip


def score_case(case: dict[str, Any]) -> dict[str, Any]:
    article = Article(id=case["id"], text=case["text"], published=case["published"])
    ours = [a for a in assertions_from(article, None) if a.kind in TEMPORAL_KINDS]
    # A dateline the reader takes ("MOSCOU, 26 oct 2020 (AFP) -") is read as
    # the publication date, not as an assertion: TimeML's CREATION_TIME,
    # which the sets annotate, is that date.
    for line in datelines(case["text"]):
        if line.value is not None:
            text = case["text"][line.start : line.end]
            ours.append(Assertion(article.id, "date", line.start, line.end, text, line.value[:10]))
    ours.sort(key=lambda a: a.start)
    golds = case["timex"]
    matched = match(golds, ours)
    pair_bounds: dict[int, tuple[int, int]] = {}
    for i, j, how in matched["pairs"]:
        if how == "pair":
            first, last = pair_bounds.get(j, (i, i))
            pair_bounds[j] = (min(first, i), max(last, i))
    judged = [judge(golds, ours, i, j, how, pair_bounds) for i, j, how in matched["pairs"]]
    exact = {(a.start, a.end) for a in ours}
    strict_gold = sum((g["start"], g["end"]) in exact for g in golds)
    gold_spans = {(g["start"], g["end"]) for g in golds}
    strict_ours = sum((a.start, a.end) in gold_spans for a in ours)
    # An interval that matches a pair exactly counts once for us, twice for gold.
    for j, (first, last) in pair_bounds.items():
        if (ours[j].start, ours[j].end) == (golds[first]["start"], golds[last]["end"]):
            strict_gold += 2
            strict_ours += 1
    # The same, edge words aside (a diagnostic, not a TempEval-3 measure).
    text = case["text"]
    ours_edges = {trimmed(text, a.start, a.end) for a in ours}
    gold_edges = {trimmed(text, g["start"], g["end"]) for g in golds}
    edge_gold = sum(trimmed(text, g["start"], g["end"]) in ours_edges for g in golds)
    edge_ours = sum(trimmed(text, a.start, a.end) in gold_edges for a in ours)
    for j, (first, last) in pair_bounds.items():
        joint = (trimmed(text, golds[first]["start"], golds[first]["end"])[0],
                 trimmed(text, golds[last]["start"], golds[last]["end"])[1])  # fmt: skip
        if trimmed(text, ours[j].start, ours[j].end) == joint:
            edge_gold += 2
            edge_ours += 1
    return {"case": case, "ours": ours, "judged": judged, **matched,
            "strict_gold": strict_gold, "strict_ours": strict_ours,
            "edge_gold": edge_gold, "edge_ours": edge_ours}  # fmt: skip


# --------------------------------------------------------------------------
# Scores


def prf(tp_p: int, n_p: int, tp_r: int, n_r: int) -> dict[str, float | None]:
    p = tp_p / n_p if n_p else None
    r = tp_r / n_r if n_r else None
    f = 2 * p * r / (p + r) if p and r else 0.0
    return {"precision": p, "recall": r, "f1": f}


def _show(a: Assertion) -> str:
    extra = f" mod={a.mod}" if a.mod else ""
    extra += f" implied={a.implied}" if a.implied else ""
    return f"{a.kind} {a.text!r}={a.value}{extra}"


def _gold(g: dict[str, Any]) -> str:
    extra = f" mod={g['mod']}" if g.get("mod") else ""
    extra += f" alt={g['alt']}" if g.get("alt") else ""
    return f"{g['type']} {g['text']!r}={g['value']}{extra}"


def run(path: Path) -> dict[str, Any]:
    results = [score_case(case) for case in load(path)]
    n_gold = sum(len(r["case"]["timex"]) for r in results)
    n_ours = sum(len(r["ours"]) for r in results)
    judged = [(r, d) for r in results for d in r["judged"]]
    relaxed_gold = len(judged)
    relaxed_ours = sum(len({d["ours"] for d in r["judged"]}) for r in results)
    value_gold = sum(d["value_ok"] for _, d in judged)
    value_ours = sum(len({d["ours"] for d in r["judged"] if d["value_ok"]}) for r in results)
    by_type: dict[str, Counter[str]] = {t: Counter() for t in TYPES}
    for r in results:
        for g in r["case"]["timex"]:
            by_type[g["type"]]["gold"] += 1
        for d in r["judged"]:
            row = by_type[r["case"]["timex"][d["gold"]]["type"]]
            row["found"] += 1
            row["value"] += d["value_ok"]
            row["strict"] += d["strict"]
    empty = [r for r in results if not r["case"]["timex"]]
    failures: list[dict[str, Any]] = []
    for r in results:
        case, ours, golds = r["case"], r["ours"], r["case"]["timex"]
        base = {"id": case["id"], "published": case["published"], "text": case["text"]}
        for i in r["missed"]:
            failures.append({**base, "class": "missed", "gold": _gold(golds[i]), "ours": None})
        for j in r["spurious"]:
            failures.append({**base, "class": "spurious", "gold": None, "ours": _show(ours[j])})
        for d in r["judged"]:
            shown = {"gold": _gold(golds[d["gold"]]), "ours": _show(ours[d["ours"]])}
            if not d["strict"]:
                failures.append({**base, "class": "extent", **shown})
            if not d["value_ok"]:
                failures.append({**base, "class": "value", **shown})
            if not d["type_ok"]:
                failures.append({**base, "class": "type", **shown, "ours_type": d["type"]})
            if not d["mod_ok"]:
                failures.append({**base, "class": "mod", **shown})
    return {
        "path": str(path),
        "sentences": len(results),
        "gold": n_gold,
        "ours": n_ours,
        "strict": prf(sum(r["strict_ours"] for r in results), n_ours,
                      sum(r["strict_gold"] for r in results), n_gold),
        "strict_edges_aside": prf(sum(r["edge_ours"] for r in results), n_ours,
                                  sum(r["edge_gold"] for r in results), n_gold),
        "relaxed": prf(relaxed_ours, n_ours, relaxed_gold, n_gold),
        "value": {"accuracy": value_gold / relaxed_gold if relaxed_gold else None,
                  "correct": value_gold, "matched": relaxed_gold,
                  **prf(value_ours, n_ours, value_gold, n_gold)},
        "type_accuracy": sum(d["type_ok"] for _, d in judged) / relaxed_gold if relaxed_gold else None,
        "mod_accuracy": sum(d["mod_ok"] for _, d in judged) / relaxed_gold if relaxed_gold else None,
        "mod_accuracy_signals_aside": sum(d["mod_ok"] or d["signal_mod"] for _, d in judged) / relaxed_gold
        if relaxed_gold else None,
        "by_type": {t: dict(row) for t, row in by_type.items()},
        "empty_sentences": {"n": len(empty), "with_ours": sum(bool(r["ours"]) for r in empty)},
        "failures": failures,
    }  # fmt: skip


def _f(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


def table(result: dict[str, Any]) -> str:
    lines = [
        f"{result['sentences']} sentences, {result['gold']} gold TIMEX3, {result['ours']} ours",
        "",
        f"{'':<24} {'P':>6} {'R':>6} {'F1':>6}",
    ]
    for name, key in (("extent, strict", "strict"), ("  edge words aside", "strict_edges_aside"),
                      ("extent, relaxed", "relaxed"), ("value (relaxed matches)", "value")):  # fmt: skip
        row = result[key]
        lines.append(f"{name:<24} {_f(row['precision']):>6} {_f(row['recall']):>6} {_f(row['f1']):>6}")
    v = result["value"]
    lines += [
        "",
        f"value accuracy  {_f(v['accuracy'])} ({v['correct']}/{v['matched']} relaxed matches)",
        f"type accuracy   {_f(result['type_accuracy'])}",
        f"mod accuracy    {_f(result['mod_accuracy'])} "
        f"({_f(result['mod_accuracy_signals_aside'])} with our BEFORE/AFTER/ON_OR_* from a"
        " preposition taken as no mod)",
        "",
        f"{'gold type':<10} {'gold':>5} {'found':>6} {'strict':>7} {'value ok':>9}",
    ]
    for t, row in result["by_type"].items():
        lines.append(f"{t:<10} {row.get('gold', 0):>5} {row.get('found', 0):>6} "
                     f"{row.get('strict', 0):>7} {row.get('value', 0):>9}")  # fmt: skip
    e = result["empty_sentences"]
    lines.append(f"\nsentences with no TIMEX3: {e['n']}, where we found something: {e['with_ours']}")
    counts = Counter(f["class"] for f in result["failures"])
    lines.append("failures: " + ", ".join(f"{c} {counts.get(c, 0)}" for c in FAILURE_CLASSES))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--failures", nargs="?", const="all", metavar="CLASS",
                        choices=("all", *FAILURE_CLASSES),
                        help="list the failures (all, or one of: " + ", ".join(FAILURE_CLASSES) + ")")  # fmt: skip
    args = parser.parse_args(argv)
    result = run(args.path)
    if args.failures and args.failures != "all":
        result["failures"] = [f for f in result["failures"] if f["class"] == args.failures]
    if args.json:
        if not args.failures:
            result.pop("failures")
        json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    print(table(result))
    if args.failures:
        for f in result["failures"]:
            print(f"\n[{f['class']}] {f['id']} ({f['published']}) {f['text']}")
            if f["gold"]:
                print(f"  gold: {f['gold']}")
            if f["ours"]:
                print(f"  ours: {f['ours']}" + (f" (as {f['ours_type']})" if "ours_type" in f else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
