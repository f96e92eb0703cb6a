"""Clock times in drafts: false findings on correct drafts, changed times found.

``benchmarks/data/clock_review/`` holds 209 small cases written by a
reviewer of the clock-time rules (session 10; that session's fixes were
made against them, so they are no held-out set any more): each has a
``draft.txt`` and one to four sources ``s1.txt``...; ``cases.json`` says
which are correct drafts (``kind`` "ok": 163, clock times told right in
the many ways news tells them) and which change one clock time
(``planted``: the changed text, 46).  Two measures, over the date rules
(date-unsupported, time-out-of-context, date-out-of-context, date-conflict,
date-inconsistency):

- correct drafts with a finding of these rules (false);
- changed times found: a finding of date-unsupported or
  time-out-of-context whose first evidence overlaps the changed text.

    python benchmarks/clock_review.py [--verbose]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

import factcheck  # noqa: E402
from factcheck.check import check  # noqa: E402
from factcheck.nlp import get_analyser  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "clock_review"
DATE_RULES = {"date-unsupported", "time-out-of-context", "date-out-of-context", "date-conflict", "date-inconsistency"}
FINDS_A_TIME = {"date-unsupported", "time-out-of-context"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", "-v", action="store_true", help="list every false finding and miss")
    args = parser.parse_args(argv)
    analyser = get_analyser("spacy")
    cases = json.loads((DATA / "cases.json").read_text(encoding="utf-8"))
    false, found, planted = [], 0, 0
    for case in cases:
        folder = DATA / case["id"]
        draft = factcheck.read(folder / "draft.txt")
        sources = [factcheck.read(p) for p in sorted(folder.glob("s*.txt"))]
        report = check([draft], against=sources, analyser=analyser)
        findings = [f for f in report.findings if f.rule in DATE_RULES]
        if case["kind"] == "ok":
            false += [f"{case['id']} ({case['note']}): {f.rule}: {f.message}" for f in findings]
            continue
        planted += 1
        changed = case["planted"]
        hit = any(
            f.rule in FINDS_A_TIME and f.evidence and (changed in f.evidence[0].text or f.evidence[0].text in changed)
            for f in findings
        )
        found += hit
        if not hit and args.verbose:
            print(f"missed: {case['id']} ({case['note']}): {changed!r}")
    ok = sum(c["kind"] == "ok" for c in cases)
    if args.verbose:
        for line in false:
            print(f"false:  {line}")
    print(f"correct drafts with a false date finding: {len({line.split()[0] for line in false})}/{ok}")
    print(f"changed clock times found: {found}/{planted}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
