"""Mutation benchmark: inject one factual change at a time, see if check finds it.

For each cluster of real articles (the seeds, and benchmarks/data/*/), the
corroborated facts — a date, number, ordinal or quotation that another
article states too, a date with its weekday — are changed one at a time in
one article: a day, a year, a quantity, an ordinal, a weekday, a word of a
quotation, the speaker of a quotation.  A change is detected when the
report of the mutated cluster has a finding (a fingerprint absent from the
unmutated report) that quotes the mutated article.  Typography-only
controls (apostrophes, guillemets, no-break spaces, line wrapping, Unicode
NFD) must produce no new finding at all.

    python benchmarks/mutations.py            # the table
    python benchmarks/mutations.py --json     # figures as JSON
    python benchmarks/mutations.py --verbose  # every mutation and its outcome

Analyses are cached by text, so each mutation re-analyses one article.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import time
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterable, NamedTuple, Sequence

import attrs

ROOT = Path(__file__).resolve().parent.parent

from factcheck.align import cluster_quotations, events_compatible  # noqa: E402
from factcheck.check import check_articles  # noqa: E402
from factcheck.extract import assertions_from  # noqa: E402
from factcheck.io import read_all  # noqa: E402
from factcheck.model import Article, Assertion  # noqa: E402
from factcheck.nlp import get_analyser  # noqa: E402
from factcheck.resolve.aliases import resolve_cluster  # noqa: E402
from factcheck.rules import load_rules  # noqa: E402
from factcheck.rules.comparators import same_date, same_quantity  # noqa: E402
from factcheck.rules.quotes import is_function_word, words  # noqa: E402
from factcheck.rules.registry import Context, Item  # noqa: E402
from factcheck.rules.values import parse_date  # noqa: E402

WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
# "un"/"une" are left alone: "d'un an" cannot become "d'deux ans".
NUMBER_WORDS = {"deux": "trois", "trois": "quatre", "quatre": "cinq", "cinq": "six",
                "six": "sept", "sept": "huit", "huit": "neuf", "neuf": "onze", "dix": "onze", "douze": "quinze"}  # fmt: skip
ORDINALS = {"premier": "deuxième", "première": "deuxième", "deuxième": "troisième", "second": "troisième",
            "seconde": "troisième", "troisième": "quatrième", "quatrième": "cinquième"}  # fmt: skip
REPLACEMENT_WORDS = ("considérable", "remarquable")


class Mutation(NamedTuple):
    kind: str
    article: str
    start: int
    end: int
    replacement: str

    def apply(self, text: str) -> str:
        return text[: self.start] + self.replacement + text[self.end :]


class Runner:
    """Checks clusters, analysing each distinct text once."""

    def __init__(self) -> None:
        self.analyser = get_analyser("spacy")
        self.rules = load_rules(plugins=False)
        self.docs: dict[str, object] = {}
        self.runs = 0

    def doc(self, text: str) -> object:
        key = hashlib.sha256(text.encode("utf-8")).hexdigest()
        if key not in self.docs:
            self.docs[key] = self.analyser.analyse([text])[0]
        return self.docs[key]

    def extract(self, article: Article) -> tuple[Assertion, ...]:
        return assertions_from(article, self.doc(article.text))  # type: ignore[arg-type]

    def check(self, articles: Sequence[Article]):  # type: ignore[no-untyped-def]
        self.runs += 1
        return check_articles(articles, self.extract, self.rules)


def load_clusters() -> dict[str, list[Article]]:
    clusters = {"seeds": sorted((ROOT / "seeds").glob("*.txt"))}
    for folder in sorted((ROOT / "benchmarks" / "data").glob("*/")):
        if any(folder.glob("*.txt")):
            clusters[folder.name] = sorted(folder.glob("*.txt"))
    # the blind rounds with drafts (planted.py): their sources, not their drafts
    for blind in ("blind2", "blind3", "blind4", "blind5", "blind6"):
        for folder in sorted((ROOT / "benchmarks" / "data" / blind).glob("*/")):
            clusters[f"{blind}/{folder.name}"] = sorted(p for p in folder.glob("*.txt") if p.stem != "z_draft")
    out = {}
    for name, paths in clusters.items():
        result = read_all(paths)
        out[name] = list(result.articles)
    return out


# --- which facts are corroborated -----------------------------------------


def _item(a: Assertion) -> Item:
    return Item(a, a.value, a.mod)


# The options the built-in rules compare with: a fact is corroborated only
# by a statement the rules would compare it with.
OPTIONS = Context(options={"max_ratio": 10, "max_differing_parts": 1})


def _agrees(a: Assertion, b: Assertion) -> bool:
    if a.kind in ("date", "datetime"):
        verdict = same_date(_item(a), _item(b), OPTIONS)
    else:
        verdict = same_quantity(_item(a), _item(b), OPTIONS)
    return verdict is not None and verdict.agree


def corroborated(found: dict[str, Sequence[Assertion]]) -> list[Assertion]:
    """Dates, durations, numbers and ordinals that another article states
    too, for a compatible event (and the same counted noun)."""
    out = []
    everything = [a for assertions in found.values() for a in assertions]
    for a in everything:
        if a.kind not in ("date", "datetime", "duration", "number", "percentage", "ordinal") or not a.event:
            continue
        for b in everything:
            if b.article == a.article or b.kind != a.kind or not events_compatible(a.event, b.event):
                continue
            if a.kind in ("number", "percentage", "ordinal") and a.unit != b.unit:
                continue
            if _agrees(a, b):
                out.append(a)
                break
    return out


# --- mutations ------------------------------------------------------------


def _first(pattern: str, text: str, start: int, end: int) -> re.Match[str] | None:
    return re.compile(pattern, re.I).search(text, start, end)


def fact_mutations(article: Article, a: Assertion) -> list[Mutation]:
    text, out = article.text, []
    if a.kind in ("date", "datetime"):
        parts = parse_date(a.value)
        year = _first(r"\b(1[89]\d\d|20\d\d)\b", text, a.start, a.end)
        if year:
            out.append(Mutation("year", article.id, year.start(), year.end(), str(int(year.group()) - 1)))
        day = _first(r"\b([1-9]|[12]\d|3[01])(?:er)?\b(?=\s+\w)", text, a.start, a.end)
        if day and parts is not None and parts.day is not None:
            value = int(day.group(1))
            out.append(Mutation("day", article.id, day.start(1), day.end(1), str(value + 1 if value < 28 else value - 1)))
        weekday = _first(r"\b(" + "|".join(WEEKDAYS) + r")\b", text, a.start, a.end)
        if weekday:
            name = weekday.group().lower()
            new = WEEKDAYS[(WEEKDAYS.index(name) + 1) % 7]
            out.append(Mutation("weekday", article.id, weekday.start(), weekday.end(), _case(weekday.group(), new)))
    elif a.kind == "ordinal":
        word = _first(r"\b(" + "|".join(ORDINALS) + r")\b", text, a.start, a.end)
        if word:
            out.append(Mutation("ordinal", article.id, word.start(), word.end(), _case(word.group(), ORDINALS[word.group().lower()])))
    else:
        digits = _first(r"\d+", text, a.start, a.end)
        if digits:
            value = int(digits.group())
            out.append(Mutation("quantity", article.id, digits.start(), digits.end(), str(value + 3 if value > 3 else value + 1)))
        else:
            word = _first(r"\b(" + "|".join(NUMBER_WORDS) + r")\b", text, a.start, a.end)
            if word:
                new = NUMBER_WORDS[word.group().lower()]
                out.append(Mutation("quantity", article.id, word.start(), word.end(), _case(word.group(), new)))
    return out


def _shared_words(quote: Assertion, others: Sequence[Assertion]) -> set[str]:
    """Content words of a quotation that another wording of it has, at the
    same place."""
    from rapidfuzz.distance import Levenshtein

    mine = words(quote.text)
    shared: set[str] = set()
    for other in others:
        for op in Levenshtein.opcodes(mine, words(other.text)):
            if op.tag == "equal":
                shared.update(w for w in mine[op.src_start : op.src_end] if not is_function_word(w))
    return shared


def _case(original: str, new: str) -> str:
    return new.capitalize() if original[:1].isupper() else new


def quote_mutations(articles: dict[str, Article], found: dict[str, Sequence[Assertion]]) -> list[Mutation]:
    quotes = [a for assertions in found.values() for a in assertions if a.kind == "quote" and "title" not in a.flags]
    clusters = cluster_quotations(quotes)
    articles_of: dict[str, set[str]] = defaultdict(set)
    speakers_of: dict[str, Counter[str]] = defaultdict(Counter)
    for q in quotes:
        cluster = clusters.get((q.article, q.start, q.end))
        if cluster:
            articles_of[cluster].add(q.article)
            if q.speaker and len(words(q.text)) >= 4:
                # quote-misattributed compares quotations of four words or more
                speakers_of[cluster][q.speaker] += 1
    names = Counter(q.speaker for q in quotes if q.speaker and q.speaker[:1].isupper())
    out, seen = [], set()
    for q in sorted(quotes, key=lambda q: (q.article, q.start)):
        cluster = clusters.get((q.article, q.start, q.end))
        if not cluster or len(articles_of[cluster]) < 2 or len(words(q.text)) < 4:
            continue
        if (cluster, q.article) in seen:
            continue
        seen.add((cluster, q.article))
        text = articles[q.article].text
        # A word the other articles quote too: words beyond a partial
        # quotation elsewhere are corroborated by nobody.
        others = [o for o in quotes if o.article != q.article and clusters.get((o.article, o.start, o.end)) == cluster]
        shared = _shared_words(q, [o for o in others if len(words(o.text)) >= 4])
        tokens = [m for m in re.finditer(r"\w[\w'’-]*", text[q.start : q.end]) if words(m.group()) and words(m.group())[-1] in shared]
        if tokens:
            word = max(tokens, key=lambda m: (len(m.group()), -m.start()))
            new = REPLACEMENT_WORDS[0] if word.group().lower() != REPLACEMENT_WORDS[0] else REPLACEMENT_WORDS[1]
            out.append(Mutation("quote-word", q.article, q.start + word.start(), q.start + word.end(), new))
        if q.speaker and q.speaker_start is not None and speakers_of[cluster][q.speaker] >= 2:
            other = next((n for n, _ in names.most_common() if n != q.speaker and n not in q.speaker), None)
            mention = text[q.speaker_start : q.speaker_end]
            if other and mention[:1].isupper():
                out.append(Mutation("speaker", q.article, q.speaker_start, q.speaker_end, other))
    return out


# --- typography-only controls ----------------------------------------------


def _wrap(text: str) -> str:
    lines = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            if line and len(line) + len(word) > 70:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        lines.append(line)
    return "\n".join(lines)


CONTROLS = {
    "apostrophes": lambda t: t.replace("'", "’") if "'" in t else t.replace("’", "'"),
    "guillemets": lambda t: re.sub(r"«\s*", '"', re.sub(r"\s*»", '"', t)) if "«" in t else re.sub(r'"([^"\n]*)"', r"« \1 »", t),
    "no-break spaces": lambda t: re.sub(r" ([:;!?»])", "\u202f\\1", t.replace("« ", "«\u00a0")),
    "line wrapping": _wrap,
    "unicode NFD": lambda t: unicodedata.normalize("NFD", t),
}


# --- the run ----------------------------------------------------------------


def run(verbose: bool = False) -> dict[str, object]:
    runner = Runner()
    started = time.perf_counter()
    tally: dict[str, Counter[str]] = defaultdict(Counter)
    misses: list[str] = []
    false_findings: list[str] = []
    controls = Counter()
    unmutated: dict[str, dict[str, int]] = {}
    for name, articles in load_clusters().items():
        by_id = {a.id: a for a in articles}
        baseline = runner.check(articles)
        known = {f.fingerprint for f in baseline.findings}
        # what the cluster as written gets: its real contradictions, or
        # (in a cluster written consistent) false findings
        unmutated[name] = dict(Counter(f.severity for f in baseline.findings))
        # the assertions as check compares them: speakers and event keys
        # resolved across the cluster
        resolved = resolve_cluster([runner.extract(a) for a in baseline.articles], baseline.articles)
        found = {a.id: assertions for a, assertions in zip(baseline.articles, resolved)}
        dated = {a.id: a for a in baseline.articles}
        mutations = [m for a in corroborated(found) for m in fact_mutations(dated[a.article], a)]
        mutations += quote_mutations(dated, found)
        for mutation in sorted(set(mutations)):
            original = by_id[mutation.article]
            mutated = attrs.evolve(original, text=mutation.apply(original.text))
            report = runner.check([mutated if a.id == mutation.article else a for a in articles])
            new = [f for f in report.findings if f.fingerprint not in known and any(e.article == mutation.article for e in f.evidence)]
            tally[mutation.kind]["total"] += 1
            tally[mutation.kind]["detected"] += bool(new)
            shown = f"{name}/{mutation.article}: {mutation.kind} {original.text[mutation.start:mutation.end]!r} -> {mutation.replacement!r}"
            if not new:
                misses.append(shown)
            if verbose:
                print(("found  " if new else "MISSED ") + shown + (f"  [{new[0].rule}]" if new else ""))
        for control, transform in CONTROLS.items():
            for article in articles:
                changed = attrs.evolve(article, text=transform(article.text))
                if changed.text == article.text:
                    continue
                report = runner.check([changed if a.id == article.id else a for a in articles])
                controls["runs"] += 1
                extra = [f for f in report.findings if f.fingerprint not in known]
                controls["false findings"] += len(extra)
                for finding in extra:
                    false_findings.append(f"{name}/{article.id} [{control}]: {finding.rule}: {finding.message}")
                if verbose and extra:
                    print(f"FALSE  {name}/{article.id} [{control}]: {[f.message for f in extra]}")
    total = sum(c["total"] for c in tally.values())
    detected = sum(c["detected"] for c in tally.values())
    return {
        "by_kind": {kind: dict(c) for kind, c in sorted(tally.items())},
        "mutations": total,
        "detected": detected,
        "detection_rate": round(detected / total, 3) if total else None,
        "control_runs": controls["runs"],
        "false_findings_on_controls": controls["false findings"],
        "unmutated_findings": unmutated,
        "misses": misses,
        "false_findings": false_findings,
        "checks_run": runner.runs,
        "seconds": round(time.perf_counter() - started, 1),
    }


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--verbose", "-v", action="store_true", help="print every mutation")
    args = parser.parse_args(argv)
    figures = run(args.verbose)
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, indent=2))
        return 0
    print(f"{'change':<12} {'detected':>8} / {'total':<5}")
    for kind, counts in figures["by_kind"].items():  # type: ignore[union-attr]
        print(f"{kind:<12} {counts.get('detected', 0):>8} / {counts['total']:<5}")
    print(f"detection rate {figures['detection_rate']} ({figures['detected']}/{figures['mutations']})")
    print(f"false findings on {figures['control_runs']} typography-only controls: {figures['false_findings_on_controls']}")
    print("findings on the clusters as written (errors/warnings/infos):")
    for name, severities in figures["unmutated_findings"].items():  # type: ignore[attr-defined]
        print(f"  {name:<24} {severities.get('error', 0)}/{severities.get('warning', 0)}/{severities.get('info', 0)}")
    for line in figures["misses"]:  # type: ignore[union-attr]
        print("  missed:", line)
    for line in figures["false_findings"]:  # type: ignore[union-attr]
        print("  false: ", line)
    print(f"{figures['checks_run']} checks in {figures['seconds']} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
