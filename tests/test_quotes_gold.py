"""The seeds' hand annotations (tests/gold/) as a regression floor.

The figures are those of benchmarks/quotes.py on text alone (no parser):
quotation F1 and speaker accuracy must stay at or above 0.90.
"""

from __future__ import annotations

import json
from pathlib import Path

from factcheck.extract.attributions import find_attributions
from factcheck.extract.quotes import analyse_quotes, find_quotes
from factcheck.resolve.aliases import canonical_speakers
from factcheck.resolve.text import slug

ROOT = Path(__file__).resolve().parent.parent
GOLD = json.loads((ROOT / "tests/gold/seeds_quotes.json").read_text("utf-8"))["articles"]
NOT_QUOTE = {"title", "scare-quote", "nested"}


def _same(system, gold):
    if gold is None or system is None:
        return gold is system
    a, b = slug(system), slug(gold)
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return gold[:1].islower() and len(short.split("-")) >= 2 and (long + "-").startswith(short + "-")


def test_gold_is_consistent_with_the_seed_texts():
    """Every gold span slices the seed text to the annotated words."""
    for aid, gold in GOLD.items():
        text = (ROOT / "seeds" / f"{aid}.txt").read_text("utf-8")
        for item in gold["quotes"] + gold["attributions"] + gold["event_dates"]:
            assert text[item["start"] : item["end"]] == item["text"]


def test_quotations_and_speakers_on_the_seeds():
    """Quotation F1 and speaker accuracy >= 0.90 on the hand annotations."""
    texts = {aid: (ROOT / "seeds" / f"{aid}.txt").read_text("utf-8") for aid in GOLD}
    per_article = []
    for aid, text in texts.items():
        analysis = analyse_quotes(text)
        per_article.append(tuple(find_quotes(text, aid, None, analysis) + find_attributions(text, aid, None, analysis)))
    per_article = canonical_speakers(per_article, list(texts.values()))
    tp = fp = fn = right = total = 0
    for (aid, gold), assertions in zip(GOLD.items(), per_article):
        found = {(a.start, a.end): a for a in assertions if a.kind == "quote" and not NOT_QUOTE & set(a.flags)}
        wanted = {(q["start"], q["end"]): q for q in gold["quotes"] if q["type"] == "quote"}
        tp += len(found.keys() & wanted.keys())
        fp += len(found.keys() - wanted.keys())
        fn += len(wanted.keys() - found.keys())
        for span, q in wanted.items():
            total += 1
            right += span in found and _same(found[span].speaker, q["speaker"])
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.90
    assert right / total >= 0.90
