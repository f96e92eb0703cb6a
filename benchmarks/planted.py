"""Planted errors in drafts, and findings on consistent sources.

Each cluster of ``benchmarks/data/blind2/`` (written blind, see the
README there) holds consistent source articles and ``z_draft.txt``, a
draft with two or three planted errors listed in ``planted.json`` (a date,
a weekday, a number, a duration, an ordinal, a word of a quotation, the
speaker of a quotation).  Two measures:

- the sources checked against each other: every warning or error is a
  false finding (they agree);
- the draft checked against the sources (``check(drafts, against=...)``,
  as the pre-publish hook runs it): a planted error is found when a
  warning or error has evidence in the draft overlapping its text (for a
  quotation, its words or the mention naming its speaker); any
  other warning or error quoting the draft is a false finding.  Infos
  (unsupported quotations and figures) are counted apart.  A fact the
  draft adds on purpose, with no source (``"kind": "addition"`` in
  ``planted.json``), is no planted error: a finding on it is right, not
  false, and the additions flagged are counted apart.

    python benchmarks/planted.py [DIR] [--json] [--verbose]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

import factcheck  # noqa: E402
from factcheck.check import check  # noqa: E402
from factcheck.nlp import get_analyser  # noqa: E402

DEFAULT_DIR = ROOT / "benchmarks" / "data" / "blind2"
SERIOUS = ("warning", "error")


def run(directory: Path, verbose: bool = False) -> dict[str, object]:
    planted = json.loads((directory / "planted.json").read_text(encoding="utf-8"))
    analyser = get_analyser("spacy")
    started = time.perf_counter()
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    false_sources: list[str] = []
    false_draft: list[str] = []
    missed: list[str] = []
    infos = 0
    additions = [0, 0]  # flagged, written
    for cluster in sorted(p for p in directory.iterdir() if p.is_dir()):
        sources = [factcheck.read(p) for p in sorted(cluster.glob("*.txt")) if p.stem != "z_draft"]
        draft = factcheck.read(cluster / "z_draft.txt")
        among = check(sources, analyser=analyser)
        for f in among.findings:
            if f.severity in SERIOUS:
                false_sources.append(f"{cluster.name}: {f.rule}: {f.message}")
        report = check([draft], against=sources, analyser=analyser)
        errors = [p for p in planted if p["cluster"] == cluster.name and p["kind"] != "addition"]
        added = [p for p in planted if p["cluster"] == cluster.name and p["kind"] == "addition"]
        spans = {id(p): _span(draft.text, p["text"]) for p in errors + added}
        hit: set[int] = set()
        for f in report.findings:
            on_draft = [e for e in f.evidence if e.article == draft.id]
            if f.severity not in SERIOUS:
                infos += bool(on_draft)
                continue
            matched = [p for p in errors + added for e in on_draft
                       if any(_overlaps(spans[id(p)], place) for place in _places(e))]
            hit.update(id(p) for p in matched)
            if on_draft and not matched:
                false_draft.append(f"{cluster.name}: {f.rule}: {f.message}")
        for p in errors:
            total[p["kind"]] += 1
            found[p["kind"]] += id(p) in hit
            if id(p) not in hit:
                missed.append(f"{cluster.name}: {p['kind']} {p['text']!r} (sources: {p['truth']})")
            if verbose:
                print(("found  " if id(p) in hit else "MISSED ") + f"{cluster.name}: {p['kind']} {p['text']!r}")
        additions[0] += sum(id(p) in hit for p in added)
        additions[1] += len(added)
    detected = sum(found.values())
    planted_total = sum(total.values())
    return {
        "planted": planted_total,
        "detected": detected,
        "recall": round(detected / planted_total, 3) if planted_total else None,
        "by_kind": {k: f"{found[k]}/{total[k]}" for k in sorted(total)},
        "false_findings_on_sources": false_sources,
        "false_findings_on_drafts": false_draft,
        "infos_on_drafts": infos,
        "additions_flagged": f"{additions[0]}/{additions[1]}",
        "missed": missed,
        "seconds": round(time.perf_counter() - started, 1),
    }


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.find(words)
    if start < 0:
        raise SystemExit(f"planted.json: {words!r} is not in its draft")
    return start, start + len(words)


def _places(evidence: factcheck.Evidence) -> list[tuple[int, int]]:
    """The spans of the draft a finding points at: its evidence, and for
    a quotation the mention that names its speaker (a planted wrong
    speaker is the incise, "a résumé le boulanger, X")."""
    places = [(evidence.start, evidence.end)]
    if evidence.speaker_start is not None and evidence.speaker_end is not None:
        places.append((evidence.speaker_start, evidence.speaker_end))
    return places


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--verbose", "-v", action="store_true", help="print every planted error")
    args = parser.parse_args(argv)
    figures = run(args.directory, args.verbose)
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, indent=2))
        return 0
    print(f"planted errors found: {figures['detected']}/{figures['planted']} (recall {figures['recall']})")
    for kind, share in figures["by_kind"].items():  # type: ignore[attr-defined]
        print(f"  {kind:<14} {share}")
    print(f"false findings (warning/error) on the sources: {len(figures['false_findings_on_sources'])}")  # type: ignore[arg-type]
    print(f"false findings (warning/error) on the drafts: {len(figures['false_findings_on_drafts'])}")  # type: ignore[arg-type]
    print(f"infos on the drafts (unsupported): {figures['infos_on_drafts']}")
    if figures["additions_flagged"] != "0/0":
        print(f"facts added on purpose, flagged: {figures['additions_flagged']}")
    for line in figures["missed"]:  # type: ignore[attr-defined]
        print("  missed:", line)
    for line in [*figures["false_findings_on_sources"], *figures["false_findings_on_drafts"]]:  # type: ignore[misc]
        print("  false: ", line)
    print(f"{figures['seconds']} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
