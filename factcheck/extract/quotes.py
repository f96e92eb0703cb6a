"""Direct quotations and their speakers as ``quote`` assertions.

Spans come from the marks alone (``quote_spans``); each is then told
apart as someone's words or a name/scare quote, and given a speaker by the
patterns of ``factcheck.resolve.speakers``.  With no analysis (doc None)
everything still runs on the text; with one, its PER entities tell which
names are people.
"""

from __future__ import annotations

import re
from typing import Sequence

from factcheck.extract.quote_spans import QuoteSpan, find_quote_spans
from factcheck.model import Assertion
from factcheck.nlp.base import Doc
from factcheck.resolve.entities import ARTICLES, NameIndex
from factcheck.resolve.speakers import Speaker, SpeakerFinder, is_organisation_name, mark_incises
from factcheck.resolve.text import ArticleText, QuoteRef
from factcheck.textnorm import fold

_SPACES = re.compile(r"\s+")


def quote_value(text: str, span: QuoteSpan, cuts: Sequence[tuple[int, int]] = ()) -> str:
    """The quoted words with typography folded: NFC, one apostrophe, one
    quotation mark, one space; marks reopening a paragraph dropped, and
    the ``cuts`` (incises: "…, a-t-elle martelé, …")."""
    pieces = []
    last = span.start
    for start, end in sorted([(mark, mark + 1) for mark in span.reopen_marks] + list(cuts)):
        pieces.append(text[last:start])
        last = max(last, end)
    pieces.append(text[last : span.end])
    return _SPACES.sub(" ", fold("".join(pieces)).text).strip()


QuoteAnalysis = tuple[ArticleText, NameIndex, list[QuoteSpan], list[bool], list["Speaker | None"], SpeakerFinder]


def analyse_quotes(text: str, doc: Doc | None = None) -> QuoteAnalysis:
    """Spans, title flags and speakers of the quotations of one text (and
    the finder, whose focus attributions reuse)."""
    spans = find_quote_spans(text)
    at = ArticleText(text, [(s.start, s.end, s.open_mark, s.close_mark) for s in spans])
    incises = mark_incises(at)
    persons: tuple[tuple[int, int], ...] = ()
    if doc is not None and doc.text == text:
        to = at.folded.to_folded
        persons = tuple((to(e.start), to(e.end - 1) + 1) for e in doc.entities if e.label == "PER" and e.end > e.start)
    names = NameIndex(at, persons)
    titles = [("nested" not in s.flags and _is_title(at, ref)) for s, ref in zip(spans, at.quotes)]
    at.speech_sentences = _speech_sentences(at)
    finder = SpeakerFinder(at, names, titles, doc, incises)
    speakers = finder.run()
    return at, names, spans, titles, speakers, finder


def _is_body(finder: SpeakerFinder, spk: Speaker) -> bool:
    """A speaker that is a body, not a person: an acronym ("l'ANWF", "la
    CGT") or a phrase of an institution or a medium ("la préfecture",
    "l'agence"); not an unknown name ("Dacquoise"), which may be anyone's."""
    # (a name opening on an acronym is a body's, whatever else it holds:
    # "l'UFAP-Unsa Justice")
    opening = spk.name.split()[0].split("-")[0] if spk.name.split() else ""
    if len(opening) >= 3 and is_organisation_name(opening):
        return True
    if spk.person:
        return False
    return is_organisation_name(spk.name) or finder.names_a_body(spk.first, spk.end)


def find_quotes(text: str, article: str, doc: Doc | None = None, analysis: QuoteAnalysis | None = None) -> list[Assertion]:
    at, _names, spans, titles, speakers, finder = analysis or analyse_quotes(text, doc)
    out = []
    for i, (span, ref, title, spk) in enumerate(zip(spans, at.quotes, titles, speakers)):
        flags = set(span.flags)
        if "nested" in flags:
            spk = None  # the outer speaker quoting someone: not known
        if title or _names_a_work(at, ref):
            flags.add("title")
            spk = None
        elif spk is None and _is_scare(at, ref):
            flags.add("scare-quote")
        speaker = speaker_start = speaker_end = None
        if spk is not None:
            speaker = spk.name
            speaker_start, speaker_end = at.original(spk.first, spk.end)
            if _is_body(finder, spk):
                flags.add("speaker-body")  # "l'ANWF", "la préfecture": a body, speaking through someone
            if not spk.named:
                flags.add("speaker-unnamed")  # "la préfète": may be the person another article names
                gender = finder.told_gender(i, spk) if spk.person else None
                if gender is not None:
                    # ... of her gender only: "l'acheteur" is no Claire Dufresnoy
                    flags.add(f"speaker-{gender}")
        out.append(
            Assertion(
                article=article,
                kind="quote",
                start=span.start,
                end=span.end,
                text=text[span.start : span.end],
                value=quote_value(text, span, _incise_cuts(at, finder.incises[i])),
                speaker=speaker,
                speaker_start=speaker_start,
                speaker_end=speaker_end,
                flags=tuple(sorted(flags)),
            )
        )
    return out


def _incise_cuts(at: ArticleText, incises: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The original offsets of the incises to cut from a quotation's words:
    from the comma before to the comma after ("Nous irons, a-t-elle
    martelé, jusqu'au bout" -> "Nous irons jusqu'au bout"), or to the full
    stop ending it, which stays ("…cette 203, raconte-t-il. Elle…")."""
    toks = at.toks
    return [
        at.folded.to_original(toks[comma].start, toks[end].end if toks[end].text == "," else toks[end].start)
        for comma, end in incises
    ]


def _is_title(at: ArticleText, ref: QuoteRef) -> bool:
    """The quotation names a thing: "un accord de « partenariat global »",
    "cet « accord de Paris »", "baptisé « … »"."""
    toks, lex = at.toks, at.lex
    inner = toks[ref.first_tok : ref.end_tok]
    if not inner or len(inner) > 8 or any(t.text in ".!?…;:" for t in inner) or ref.open_tok < 1:
        return False
    before = ref.open_tok - 1
    if toks[before].low in lex.naming:
        return True
    if toks[before].text == "," and before > 0 and toks[before - 1].low in lex.title_heads and inner[0].text[:1].isupper():
        # "Son prochain film, « La Passion », sortira": an apposed name
        return True
    k = before
    if toks[k].low in ("de", "d'", "du"):
        k -= 1
    if k >= 0 and toks[k].low in lex.title_heads and len(inner) <= 6:
        # not "qualifier l'accord de « … »": a speech verb just before
        return not any(lex.speech_forms.get(toks[j].low) for j in range(max(0, k - 3), k))
    if toks[before].low in ("le", "la", "l'", "ce", "cet", "cette", "ces") and inner[0].low in lex.title_heads:
        return len(inner) >= 3 and any(t.low in ("de", "du", "d'", "des") for t in inner[1:3])
    return False


def _speech_sentences(at: ArticleText) -> frozenset[int]:
    """Sentences with a word of speech outside quotation marks (one pass)."""
    lex = at.lex
    out = set()
    for k, tok in enumerate(at.toks):
        if at.in_quote[k] == -1:
            low = tok.low
            if low in lex.speech_forms or low in lex.speech_nouns or low in lex.speech_passives or low in ("selon", "après"):
                out.add(at.sent_of[k])
    return frozenset(out)


_TITLE_PARTICLES = frozenset("de du des d' la le les l' et à au aux".split())


def _names_a_work(at: ArticleText, ref: QuoteRef) -> bool:
    """A title in quotation marks inside a sentence, no one's words: an
    article and capitalised words ("autour de quelques œuvres, « La
    Joconde » en tête", « Le Radeau de la Méduse »)."""
    toks = at.toks[ref.first_tok : ref.end_tok]
    if not 2 <= len(toks) <= 6 or toks[0].low not in ARTICLES or not toks[0].text[0].isupper():
        return False
    k = ref.open_tok if ref.open_tok >= 0 else ref.first_tok
    if k <= at.sentences[at.sent_of[min(k, len(at.toks) - 1)]].first:
        return False  # opening its sentence: maybe words ("« Le gouvernement ment », a-t-il dit")
    words = [t for t in toks[1:] if t.kind == "word"]
    return bool(words) and words[0].cap and all(t.cap or t.low in _TITLE_PARTICLES for t in words)


def _is_scare(at: ArticleText, ref: QuoteRef) -> bool:
    """Short quoted words in a sentence that reports no speech at all."""
    if ref.end_tok - ref.first_tok > 3 or not at.toks:
        return False
    k = ref.open_tok if ref.open_tok >= 0 else ref.first_tok
    return at.sent_of[min(k, len(at.toks) - 1)] not in at.speech_sentences
