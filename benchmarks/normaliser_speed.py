"""Speed of the temporal normaliser against dateparser, on the same expressions.

The expressions are the temporal spans of peer-dev.jsonl (dates, times,
intervals, durations) and the temporal expressions of the five seeds.  Each
normaliser gets one expression at a time with its publication date:

- ours: ``normalise(fold(expression).text, published)`` (folding included,
  as the extractor always folds), as installed: compiled by mypyc after
  ``pip install .``, pure Python in an editable install (the output says
  which);
- dateparser (bench-only dependency): ``DateDataParser(languages=["fr"],
  settings={"RELATIVE_BASE": ...}).get_date_data(expression)``, one parser
  built per publication date (as fast as ``dateparser.parse``, which caches).

Rates are expressions per second of CPU time (``time.process_time``), so
other work on the machine does not lower them.

    python benchmarks/normaliser_speed.py [PATH] [--seconds S] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Callable

import factcheck
from factcheck.extract.temporal import find_temporal
from factcheck.normalize.temporal import COMPILED, normalise
from factcheck.textnorm import fold

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PATH = Path("/work/shared/data/peer-dev.jsonl")
TEMPORAL = {"date", "datetime", "daterange", "datetimerange", "duration"}
SEED_PUBLISHED = "2024-06-19"


def expressions(path: Path) -> list[tuple[str, str | None]]:
    """(expression, publication date) pairs: peer-dev spans, then the seeds'."""
    out: list[tuple[str, str | None]] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            case = json.loads(line)
            if case["category"] in TEMPORAL and case.get("span"):
                reference = case.get("reference")
                out.append((case["span"], reference[:16] if reference else None))
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        article = factcheck.read(seed)
        published = article.published or SEED_PUBLISHED
        for a in find_temporal(article.text, published, article.id):
            out.append((a.text, published))
    return out


def one_round(fn: Callable[[str, str | None], object], items: list[tuple[str, str | None]],
              seconds: float) -> float:  # fmt: skip
    """Expressions per second over whole passes lasting ``seconds``."""
    # CPU time of this process: the machine is shared, wall time is not ours.
    done, start = 0, time.process_time()
    while True:
        for text, pub in items:
            fn(text, pub)
        done += len(items)
        elapsed = time.process_time() - start
        if elapsed >= seconds:
            return done / elapsed


def rates(fns: list[Callable[[str, str | None], object]], items: list[tuple[str, str | None]],
          seconds: float, rounds: int = 5) -> list[tuple[float, int]]:  # fmt: skip
    """(expressions per second, how many gave a value) of each function:
    the best of a few rounds of whole passes, as ``timeit`` does, since
    noise only slows.  The rounds of the functions alternate, so that a
    slow spell of the machine falls on both rather than on one."""
    found = [sum(fn(text, pub) is not None for text, pub in items) for fn in fns]  # warm-up
    best = [0.0] * len(fns)
    for _ in range(rounds):
        for i, fn in enumerate(fns):
            best[i] = max(best[i], one_round(fn, items, seconds / rounds))
    return list(zip(best, found))


def ours(text: str, published: str | None) -> object:
    return normalise(fold(text).text, published)


def make_dateparser() -> Callable[[str, str | None], object]:
    """dateparser at its fastest: one DateDataParser per publication date."""
    import dateparser  # noqa: PLC0415  (bench-only dependency)

    parsers: dict[str | None, dateparser.DateDataParser] = {}

    def parse(text: str, published: str | None) -> object:
        parser = parsers.get(published)
        if parser is None:
            base = datetime.fromisoformat(published) if published and len(published) >= 10 else None
            settings = {"RELATIVE_BASE": base} if base else {}
            parser = parsers[published] = dateparser.DateDataParser(languages=["fr"], settings=settings)
        return parser.get_date_data(text).date_obj

    return parse


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--seconds", type=float, default=2.0, help="time per normaliser")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    args = parser.parse_args(argv)
    items = expressions(args.path)
    (our_rate, our_found), (dp_rate, dp_found) = rates([ours, make_dateparser()], items, args.seconds)
    result = {
        "expressions": len(items),
        "compiled": COMPILED,
        "ours": {"per_second": round(our_rate), "with_value": our_found},
        "dateparser": {"per_second": round(dp_rate), "with_value": dp_found},
        "speedup": round(our_rate / dp_rate, 1),
    }
    if args.json:
        print(json.dumps(result, indent=1))
        return 0
    print(f"{len(items)} expressions (peer-dev temporal spans + seeds)")
    print(f"normaliser {'compiled by mypyc' if COMPILED else 'pure Python'} (setup.py)")
    print(f"{'normaliser':<12} {'expr/s':>10} {'with a value':>13}")
    print(f"{'factcheck':<12} {our_rate:>10,.0f} {our_found:>13}")
    print(f"{'dateparser':<12} {dp_rate:>10,.0f} {dp_found:>13}")
    print(f"speed-up: {our_rate / dp_rate:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
