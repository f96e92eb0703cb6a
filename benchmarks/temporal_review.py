"""Hours, "aujourd'hui", ranges and tenses: sentences read right, per area.

``benchmarks/data/temporal_review/cases.json`` holds 222 French news
sentences written by a reviewer of four normaliser changes (session 11;
the fixes that followed were made against them, so they are a regression
set, no held-out one), each with what a careful annotator expects
(``expect``) and must not find (``absent``), published 2025-11-06 11:00.
Areas: 1 bare hours before a part of the day ("il a dormi 2 heures ce
matin", "il est arrivé 8 heures ce matin"), 2 "aujourd'hui" as today or
as the present, 3 ranges of figures ("de 14,5 à 18,2 millions"), 4 the
tense that resolves a relative date.

    python benchmarks/temporal_review.py [--verbose]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

import factcheck  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "temporal_review" / "cases.json"
KINDS = ("date", "time", "datetime", "duration", "interval", "number", "percentage")
PUB = "2025-11-06T11:00"


def found(a, item):
    kind, value = item[0], item[1]
    if kind == "clock":
        if a["kind"] == "datetime":
            return a["value"] == value
        if a["kind"] == "time":
            return a["implied"] == value or a["value"] == "T" + value.split("T", 1)[1]
        return False
    if kind == "day":
        if a["kind"] == "date":
            return a["value"] == value
        if a["kind"] in ("datetime", "time"):
            return str(a["value"]).startswith(value) or str(a["implied"] or "").startswith(value)
        return False
    if a["kind"] != kind:
        return False
    if kind in ("number", "percentage"):
        try:
            if abs(float(a["value"]) - float(value)) > 1e-6 * max(1, abs(float(value))):
                return False
        except (TypeError, ValueError):
            return False
        if len(item) > 2 and a.get("unit") != item[2]:
            return False
        return True
    return str(a["value"]) == str(value)


def judge(case, got):
    missing = [e for e in case["expect"] if not any(found(a, e) for a in got)]
    extra = [e for e in case["absent"] if any(found(a, e) for a in got)]
    return not missing and not extra, missing, extra


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", "-v", action="store_true", help="list the sentences read wrong")
    args = parser.parse_args(argv)
    right: Counter[int] = Counter()
    total: Counter[int] = Counter()
    for case in json.loads(DATA.read_text(encoding="utf-8")):
        article = factcheck.Article(id="t", text=case["text"], published=PUB)
        got = [
            {"kind": a.kind, "value": a.value if isinstance(a.value, (int, float)) else str(a.value),
             "unit": a.unit, "implied": None if a.implied is None else str(a.implied)}
            for a in factcheck.extract(article) if a.kind in KINDS
        ]  # fmt: skip
        ok, missing, extra = judge(case, got)
        total[case["area"]] += 1
        right[case["area"]] += ok
        if args.verbose and not ok:
            print(f"{case['id']} {case['text']}\n   missing {missing} extra {extra}")
    for area in sorted(total):
        print(f"area {area}: {right[area]}/{total[area]}")
    print(f"all: {sum(right.values())}/{sum(total.values())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
