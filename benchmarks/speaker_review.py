"""Quotations given to someone else: false findings on consistent pairs, misattributions found.

``benchmarks/data/speaker_review/cases.json`` holds 159 small cases written
by a reviewer of the speaker-gender change (session 11; that change was
fixed against them, so they are a regression set, no held-out one): a
draft and one or two sources telling one quotation, ``consistent`` when
the quotation has the same speaker in all (89: "la maire" and "Nadine
Carrère", "l'avocate" and "Me Sophie Martin", a masculine title given to
a woman), else given to someone else in the draft (70).  Two measures of
the rule quote-misattributed:

- consistent cases with a finding (false);
- misattributed cases with a finding (found).

    python benchmarks/speaker_review.py [--verbose]
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

DATA = ROOT / "benchmarks" / "data" / "speaker_review" / "cases.json"
RULE = "quote-misattributed"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", "-v", action="store_true", help="list the wrong cases")
    args = parser.parse_args(argv)
    analyser = get_analyser("spacy")
    cases = json.loads(DATA.read_text(encoding="utf-8"))
    false = found = consistent = 0
    for i, case in enumerate(cases):
        draft = factcheck.Article(id="draft", text=case["draft"], published=case["published"])
        texts = case["source"] if isinstance(case["source"], list) else [case["source"]]
        sources = [factcheck.Article(id=f"s{j}", text=t, published=case["published"]) for j, t in enumerate(texts)]
        flagged = any(f.rule == RULE for f in check([draft], against=sources, analyser=analyser).findings)
        consistent += case["consistent"]
        false += case["consistent"] and flagged
        found += not case["consistent"] and flagged
        if args.verbose and flagged == case["consistent"]:
            print(f"{'false' if flagged else 'missed'} {i}: {case['note']}")
    print(f"consistent cases with a false {RULE}: {false}/{consistent}")
    print(f"misattributed quotations found: {found}/{len(cases) - consistent}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
