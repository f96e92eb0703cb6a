"""Scale benchmark: check clusters of 10, 100 and 1,000 articles.

The articles are generated variants of the seeds: each keeps a seed's text
with a few deterministic changes (a day, a duration, a word of a quotation,
typography), so the clusters hold agreeing and conflicting facts in
realistic proportions.  Variants are drawn from a pool of 20 texts per
seed, as wire copy is republished word for word: analysis (spaCy) is done
once per distinct text and timed apart; every article is extracted and
checked.

Each size runs in its own process so that peak memory is that size's.
Targets: time(1,000) <= 12 x time(100) for the check; peak RSS < 800 MB.

    python benchmarks/scale.py                 # 10, 100, 1000
    python benchmarks/scale.py --sizes 10 100  # some sizes
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

VARIANTS_PER_SEED = 20
# Changes a newsroom makes between versions of one story (and slips).
CHANGES = [
    ("19 juin", "20 juin"),
    ("18 juin", "19 juin"),
    ("deux heures", "trois heures"),
    ("24 ans", "23 ans"),
    ("révolutionnaire", "historique"),
    ("deuxième", "troisième"),
    ("’", "'"),
    ("« ", '"'),
    (" »", '"'),
]


def variant_texts(seed_text: str, rng: random.Random) -> list[str]:
    out = [seed_text]
    while len(out) < VARIANTS_PER_SEED:
        text = seed_text
        for old, new in rng.sample(CHANGES, k=rng.randint(1, 3)):
            if old in text:
                text = text.replace(old, new, 1)
        out.append(text)
    return out


def articles_for(size: int):  # type: ignore[no-untyped-def]
    from factcheck.io import read_all

    seeds = list(read_all(sorted((ROOT / "seeds").glob("*.txt"))).articles)
    rng = random.Random(20240619)
    pools = {seed.id: variant_texts(seed.text, rng) for seed in seeds}
    import attrs

    out = []
    for i in range(size):
        seed = seeds[i % len(seeds)]
        text = pools[seed.id][(i // len(seeds)) % VARIANTS_PER_SEED]
        out.append(attrs.evolve(seed, id=f"{seed.id}-v{i:04d}", text=text, path=f"gen/{seed.id}-v{i:04d}.txt"))
    return out


def measure(size: int) -> dict[str, object]:
    from factcheck.check import canonical_names
    from factcheck.extract import assertions_from
    from factcheck.nlp import get_analyser
    from factcheck.report.findings_json import to_json
    from factcheck.rules import Report, load_rules
    from factcheck.rules.dating import infer_publication_dates
    from factcheck.rules.engine import evaluate
    from factcheck.align import cluster_quotations
    from factcheck.check import ANALYSIS_CHUNK
    from factcheck.rules.dating import needs_date

    import attrs

    timings: dict[str, float] = {}
    memory: dict[str, int] = {}

    def timed(name: str, function, *args):  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        result = function(*args)
        timings[name] = timings.get(name, 0.0) + time.perf_counter() - start
        memory[name] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
        return result

    analyser = timed("load spaCy", get_analyser, "spacy")
    rules = load_rules(plugins=False)
    articles = sorted(articles_for(size), key=lambda a: a.id)
    distinct = sorted({a.text for a in articles})
    by_text: dict[str, list] = {}
    for article in articles:
        by_text.setdefault(article.text, []).append(article)
    # As check does: a few texts at a time, and only the analyses of
    # undated articles kept (they are extracted again once dated).
    undated_texts = {a.text for a in articles if needs_date(a)}
    docs: dict[str, object] = {}
    found: dict[str, object] = {}
    timings["analyse (distinct texts)"] = 0.0
    check_start = time.perf_counter()
    for i in range(0, len(distinct), ANALYSIS_CHUNK):
        chunk = distinct[i : i + ANALYSIS_CHUNK]
        for text, doc in zip(chunk, timed("analyse (distinct texts)", analyser.analyse, chunk)):
            for article in by_text[text]:
                found[article.id] = timed("extract", assertions_from, article, doc)
            if text in undated_texts:
                docs[text] = doc
    dated = timed("date from cluster", infer_publication_dates, articles, found)
    articles = [attrs.evolve(a, published=dated[a.id], published_source="cluster") if a.id in dated else a for a in articles]
    for article in articles:
        if article.id in dated:
            found[article.id] = timed("re-extract dated", assertions_from, article, docs[article.text])
    found = timed("canonical speakers", canonical_names, articles, found)
    assertions = [x for a in articles for x in found[a.id]]
    timed("cluster quotations", cluster_quotations, assertions)
    findings = timed("rules (align + compare)", evaluate, rules, assertions, articles)
    report = Report(tuple(articles), findings, rules)
    timed("JSON report", to_json, report)
    # the check: everything after loading, but the analysis (timed apart)
    check_seconds = time.perf_counter() - check_start - timings["analyse (distinct texts)"]
    return {
        "articles": size,
        "distinct_texts": len(distinct),
        "assertions": len(assertions),
        "findings": len(findings),
        "check_seconds": round(check_seconds, 2),
        "timings": {k: round(v, 2) for k, v in timings.items()},
        "peak_rss_mb_after": memory,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description="Check clusters of generated articles; time and memory.")
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000])
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # child process mode
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one)))
        return 0
    results = []
    for size in args.sizes:
        child = subprocess.run(
            [sys.executable, __file__, "--one", str(size)], capture_output=True, text=True, check=True
        )
        results.append(json.loads(child.stdout.strip().splitlines()[-1]))
    print(f"{'articles':>8} {'texts':>6} {'assertions':>10} {'findings':>8} {'check s':>8} {'peak MB':>8}")
    for r in results:
        print(f"{r['articles']:>8} {r['distinct_texts']:>6} {r['assertions']:>10} {r['findings']:>8} {r['check_seconds']:>8} {r['peak_rss_mb']:>8}")
    for r in results:
        print(f"\n{r['articles']} articles, where the time goes:")
        for name, seconds in r["timings"].items():
            print(f"  {name:<26} {seconds:>7.2f} s   peak RSS so far {r['peak_rss_mb_after'][name]:>5} MB")
    by_size = {r["articles"]: r for r in results}
    if 100 in by_size and 1000 in by_size:
        ratio = by_size[1000]["check_seconds"] / max(by_size[100]["check_seconds"], 1e-9)
        print(f"\ntime(1000) / time(100) = {ratio:.1f} (target <= 12)")
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
