"""Scores on the held-out number/quantity set (numbers_heldout.jsonl).

Each sentence becomes an ``Article`` (its text, no publication date) and
goes through the public path ``factcheck.extract.assertions_from(article,
None)``; the numeric assertions (number, percentage, ordinal) are matched
to the hand-made annotations by greatest character overlap (relaxed,
one-to-one) and scored: detection precision, recall and F1; value, kind,
unit and mod accuracy over the matches; spurious findings on the trap
sentences.  See benchmarks/README.md ("Held-out numbers") for the
conventions.

    python benchmarks/numbers_heldout.py [PATH] [--json] [--failures [CLASS]]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import Any

from factcheck.extract import assertions_from
from factcheck.model import Article, Assertion

DEFAULT_PATH = Path(__file__).parent / "data" / "numbers_heldout.jsonl"
NUMERIC_KINDS = {"number", "percentage", "ordinal"}
FAILURE_CLASSES = ("missed", "spurious", "value", "kind", "unit", "mod")


def load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def same_value(ours: object, gold: float) -> bool:
    """Numbers equal within 1e-9 (relative for large values: 1.2e9 built
    as 1.2 * 10**9 may differ in the last bit)."""
    if isinstance(ours, bool) or not isinstance(ours, (int, float)):
        return False
    return math.isclose(float(ours), float(gold), rel_tol=1e-9, abs_tol=1e-9)


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(ours: list[Assertion], gold: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """One-to-one pairs (our index, gold index), greatest overlap first."""
    pairs = sorted(
        (
            (-overlap((a.start, a.end), (g["start"], g["end"])), i, j)
            for i, a in enumerate(ours)
            for j, g in enumerate(gold)
            if overlap((a.start, a.end), (g["start"], g["end"])) > 0
        ),
    )
    used_o: set[int] = set()
    used_g: set[int] = set()
    out = []
    for _, i, j in pairs:
        if i in used_o or j in used_g:
            continue
        used_o.add(i)
        used_g.add(j)
        out.append((i, j))
    return out


def prf(correct: int, ours: int, gold: int) -> dict[str, float]:
    p = correct / ours if ours else 0.0
    r = correct / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f}


def evaluate(cases: list[dict[str, Any]]) -> dict[str, Any]:
    n_gold = n_ours = n_match = n_strict = 0
    value_ok = kind_ok = mod_ok = mod_ok_strict = all_ok = 0
    unit_total = unit_ok = 0
    trap_spurious = other_spurious = 0
    failures: dict[str, list[dict[str, Any]]] = {c: [] for c in FAILURE_CLASSES}
    for case in cases:
        article = Article(id=case["id"], text=case["text"], published=None)
        ours = [a for a in assertions_from(article, None) if a.kind in NUMERIC_KINDS]
        gold = case["quantities"]
        n_gold += len(gold)
        n_ours += len(ours)
        pairs = match(ours, gold)
        n_match += len(pairs)
        matched_o = {i for i, _ in pairs}
        matched_g = {j for _, j in pairs}
        for j, g in enumerate(gold):
            if j not in matched_g:
                failures["missed"].append({"id": case["id"], "gold": g["text"], "text": case["text"]})
        for i, a in enumerate(ours):
            if i not in matched_o:
                if case.get("trap"):
                    trap_spurious += 1
                else:
                    other_spurious += 1
                failures["spurious"].append(
                    {"id": case["id"], "ours": a.text, "kind": a.kind, "value": a.value,
                     "trap": bool(case.get("trap")), "text": case["text"]}
                )  # fmt: skip
        for i, j in pairs:
            a, g = ours[i], gold[j]
            if (a.start, a.end) == (g["start"], g["end"]):
                n_strict += 1
            row = {"id": case["id"], "gold": g["text"], "ours": a.text}
            v = same_value(a.value, g["value"])
            k = a.kind == g["kind"]
            mods = {g["mod"], *g.get("mod_alt", [])}
            m = a.mod in mods
            u = g["unit"] is None or a.unit == g["unit"]
            value_ok += v
            kind_ok += k
            mod_ok += m
            mod_ok_strict += a.mod == g["mod"]
            all_ok += v and k and m and u
            if g["unit"] is not None:
                unit_total += 1
                unit_ok += a.unit == g["unit"]
            if not v:
                failures["value"].append({**row, "expected": g["value"], "got": a.value})
            if not k:
                failures["kind"].append({**row, "expected": g["kind"], "got": a.kind})
            if not u:
                failures["unit"].append({**row, "expected": g["unit"], "got": a.unit})
            if not m:
                failures["mod"].append({**row, "expected": g["mod"], "got": a.mod})
    traps = sum(1 for c in cases if c.get("trap"))

    def ratio(a: int, b: int) -> dict[str, Any]:
        return {"correct": a, "total": b, "accuracy": a / b if b else 0.0}

    return {
        "sentences": len(cases),
        "trap_sentences": traps,
        "gold": n_gold,
        "ours": n_ours,
        "matched": n_match,
        "detection": prf(n_match, n_ours, n_gold),
        "strict_extent": prf(n_strict, n_ours, n_gold),
        "value": ratio(value_ok, n_match),
        "value_f1": prf(value_ok, n_ours, n_gold),
        "kind": ratio(kind_ok, n_match),
        "unit": ratio(unit_ok, unit_total),
        "mod": ratio(mod_ok, n_match),
        "mod_no_alt": ratio(mod_ok_strict, n_match),
        "all_fields": prf(all_ok, n_ours, n_gold),
        "spurious_on_traps": trap_spurious,
        "spurious_elsewhere": other_spurious,
        "failures": failures,
    }


def report(result: dict[str, Any]) -> str:
    d = result["detection"]
    s = result["strict_extent"]
    lines = [
        f"{result['sentences']} sentences ({result['trap_sentences']} traps), "
        f"{result['gold']} gold quantities, {result['ours']} found, {result['matched']} matched",
        f"detection (relaxed)  P {d['precision']:.3f}  R {d['recall']:.3f}  F1 {d['f1']:.3f}",
        f"extent (strict)      P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}",
    ]
    for name, key in (("value", "value"), ("kind", "kind"), ("unit (gold has one)", "unit"),
                      ("mod", "mod"), ("mod, no alternatives", "mod_no_alt")):  # fmt: skip
        r = result[key]
        lines.append(f"{name + ' accuracy':30} {r['accuracy']:.3f} ({r['correct']}/{r['total']})")
    vf, af = result["value_f1"], result["all_fields"]
    lines.append(f"value F1 {vf['f1']:.3f} (P {vf['precision']:.3f} R {vf['recall']:.3f}); "
                 f"all fields right F1 {af['f1']:.3f}")  # fmt: skip
    lines.append(
        f"spurious: {result['spurious_on_traps']} on the trap sentences, "
        f"{result['spurious_elsewhere']} elsewhere"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--failures", nargs="?", const="all", choices=("all", *FAILURE_CLASSES))
    args = parser.parse_args(argv)
    result = evaluate(load(args.path))
    if args.json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    print(report(result))
    if args.failures:
        classes = FAILURE_CLASSES if args.failures == "all" else (args.failures,)
        for cls in classes:
            rows = result["failures"][cls]
            print(f"\n## {cls} ({len(rows)})")
            for row in rows:
                print("  " + json.dumps(row, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
