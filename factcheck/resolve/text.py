"""A light token layer for the speaker and event patterns.

Patterns run on the typography-folded text (``factcheck.textnorm.fold``)
cut into words with a regex: elisions ("l'", "qu'") and inverted subject
clitics ("-t-il") are tokens of their own, hyphenated names stay whole
("Jong-un").  Sentences are cut here too, never inside a quotation, so the
patterns do not depend on any parser's sentence boundaries.  Everything is
linear in the text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple, Sequence

from factcheck.resolve.layout import as_spaces, wrapping_breaks
from factcheck.resolve.lexicon import SpeechLexicon, speech_lexicon
from factcheck.textnorm import Folded, fold

_CLITIC = r"(?:il|elle|on|ils|elles|je|nous|vous)"
_TOKEN = re.compile(
    r"""
    (?P<clitic>-t-(?:il|elle|on|ils|elles)\b|-%(c)s\b(?!-))  # a-t-il, dit-elle
    | (?P<word>
        (?i:aujourd'hui|prud'hom\w*|presqu'île)
      | (?i:l|d|qu|n|s|j|m|t|c|jusqu|lorsqu|puisqu|quoiqu)'(?=\w|\s?")   # elisions
      | (?:M|MM|Mme|Mmes|Mlle|Dr|Pr|Me|Mgr|St|Ste)\.(?=\s)        # honorifics
      | [^\W_](?:[^\W_]|-(?!t-%(c)s\b)(?!%(c)s\b)(?=[^\W_])|'(?=[^\W_]))*
      )
    | (?P<punct>[^\w\s])
    """ % {"c": _CLITIC},
    re.VERBOSE,
)


_WHITE = re.compile(r"\s+")


class Tok(NamedTuple):
    start: int  # offsets in the folded text
    end: int
    text: str
    low: str  # lower-cased
    kind: str  # "word", "clitic", "punct"
    #: A blank line comes before it: a title or a paragraph ended there.
    after_break: bool = False

    @property
    def cap(self) -> bool:
        """Starts with a capital letter (a name, or a sentence start)."""
        return self.kind == "word" and self.text[0].isupper()


def tokenize(text: str) -> list[Tok]:
    toks = []
    end = 0
    for m in _TOKEN.finditer(text):
        start = m.start()
        after_break = text.count("\n", end, start) >= 2
        toks.append(Tok(start, m.end(), m.group(), m.group().lower(), m.lastgroup or "punct", after_break))
        end = m.end()
    return toks


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=1 << 16)
def slug(name: str) -> str:
    """A name folded for comparison: "Kim Jong Un" and "Kim Jong-un" are
    both "kim-jong-un"; a leading article is dropped."""
    text = strip_accents(fold(name).text).lower()
    text = re.sub(r"^(?:(?:le|la|les|un|une|des|du)\s+|l'|d')", "", text.strip())
    return "-".join(re.findall(r"[a-z0-9]+", text))


class Sentence(NamedTuple):
    first: int  # token indices, end exclusive
    end: int
    paragraph: int


class QuoteRef(NamedTuple):
    """A quotation located in the token stream (folded offsets)."""

    start: int
    end: int
    open_tok: int  # token index of the opening mark, -1 when lost
    close_tok: int  # token index of the closing mark, -1 when never closed
    first_tok: int  # first and end (exclusive) token of the quoted words
    end_tok: int


class ArticleText:
    """The folded text of one article, its tokens, quotations and sentences."""

    def __init__(self, text: str, quote_spans: Sequence[tuple[int, int, int, int]] = ()) -> None:
        self.folded: Folded = fold(text)
        # line breaks that only wrap a line are spaces (same length): the
        # line breaks left end paragraphs.  The layout is read on the
        # original, whose marks say more than the folded ones.
        to = self.folded.to_folded
        self.text = as_spaces(self.folded.text, [to(i) for i in wrapping_breaks(text)])
        self.lex: SpeechLexicon = speech_lexicon()
        self.toks = tokenize(self.text)
        self._starts = [t.start for t in self.toks]
        self.quotes = [self._quote_ref(*span) for span in quote_spans]
        # token index -> index of the quotation holding it (or -1)
        self.in_quote = [-1] * len(self.toks)
        for qi, ref in enumerate(self.quotes):
            lo = ref.open_tok if ref.open_tok >= 0 else ref.first_tok
            hi = ref.close_tok + 1 if ref.close_tok >= 0 else ref.end_tok
            for k in range(lo, hi):
                if self.in_quote[k] == -1:
                    self.in_quote[k] = qi
        self.sentences = self._sentences()
        #: sentences with a word of speech (set by the quotation layer)
        self.speech_sentences: frozenset[int] = frozenset()
        self.sent_of = [0] * len(self.toks)
        for si, sent in enumerate(self.sentences):
            for k in range(sent.first, sent.end):
                self.sent_of[k] = si

    # -- offsets ---------------------------------------------------------
    def tok_index(self, offset: int) -> int:
        """Index of the first token starting at or after a folded offset."""
        from bisect import bisect_left

        return bisect_left(self._starts, offset)

    def _quote_ref(self, start: int, end: int, open_mark: int, close_mark: int) -> QuoteRef:
        to = self.folded.to_folded
        f_start, f_end = to(start), to(end - 1) + 1 if end > start else to(end)
        first = self.tok_index(f_start)
        stop = self.tok_index(f_end)
        open_tok = self.tok_index(to(open_mark)) if open_mark >= 0 else -1
        close_tok = self.tok_index(to(close_mark)) if close_mark >= 0 else -1
        return QuoteRef(f_start, f_end, open_tok, close_tok, first, stop)

    def original(self, first: int, end: int) -> tuple[int, int]:
        """Original offsets of the tokens [first, end)."""
        return self.folded.to_original(self.toks[first].start, self.toks[end - 1].end)

    def words(self, first: int, end: int) -> str:
        """The folded text of tokens [first, end), white space as one space."""
        if end <= first:
            return ""
        words = self.text[self.toks[first].start : self.toks[end - 1].end]
        return _WHITE.sub(" ", words) if "  " in words or "\n" in words else words

    # -- sentences -------------------------------------------------------
    def _sentences(self) -> list[Sentence]:
        """Sentences cut at . ! ? … and paragraph breaks, never inside a quotation
        (a quotation ending with its own full stop ends the sentence only if
        a capital or a new paragraph follows)."""
        out: list[Sentence] = []
        toks, text = self.toks, self.text
        first = 0
        paragraph = 0
        n = len(toks)
        for k, tok in enumerate(toks):
            nxt = toks[k + 1] if k + 1 < n else None
            newline = nxt is not None and "\n" in text[tok.end : nxt.start]
            inside = self.in_quote[k] != -1 and (nxt is not None and self.in_quote[k + 1] == self.in_quote[k])
            cut = False
            if nxt is None:
                cut = True
            elif newline and not inside:
                cut = True  # a paragraph break (wrapping ones are spaces now)
            elif tok.kind == "punct" and tok.text in ".!?…" and not inside:
                if tok.text == "." and k > 0 and toks[k - 1].end == tok.start and _abbreviation(toks[k - 1].text):
                    cut = False
                elif nxt.cap or nxt.text in '"-(':
                    cut = True
            if cut:
                out.append(Sentence(first, k + 1, paragraph))
                first = k + 1
                if newline:
                    paragraph += text.count("\n", tok.end, nxt.start) if nxt else 0
        return out

    def sentence_first(self, k: int) -> bool:
        """Whether token ``k`` opens its sentence, or follows a quotation
        that ended one (". » L'Allemand n'a pas …": our sentences keep the
        words after a closing mark with the quotation)."""
        if self.sentences[self.sent_of[k]].first == k:
            return True
        return k >= 1 and self.in_quote[k - 1] != -1 and self.in_quote[k] == -1 and self.quote_ended_sentence(k - 1)

    def quote_ended_sentence(self, close: int) -> bool:
        """Whether the quotation whose last token is at ``close`` ends on
        the mark of a sentence's end ("… colère. »")."""
        return close > 0 and self.toks[close - 1].text in ".!?…"

    def sentence_after_quote(self, close: int) -> bool:
        """Whether that quotation ended its sentence and a new one opens
        right after it ("… colère. » Dans le camp adverse")."""
        return (self.quote_ended_sentence(close) and close + 1 < len(self.toks)
                and self.toks[close + 1].text[:1].isupper())  # fmt: skip

    def sentence_of_quote(self, ref: QuoteRef) -> Sentence:
        k = ref.open_tok if ref.open_tok >= 0 else ref.first_tok
        return self.sentences[self.sent_of[min(k, len(self.toks) - 1)]]


def _abbreviation(word: str) -> bool:
    """A word whose full stop does not end a sentence ("M.", "J.-C.")."""
    return len(word) == 1 and word.isupper()
