"""Which line breaks end a paragraph and which only wrap a line.

News copy comes with one paragraph a line, paragraphs between blank
lines, or hard-wrapped at some width (e-mail, plain-text exports, a
control of the mutation benchmark).  A line break that only wraps is white
space: quotations, sentences and clauses run across it.  A line break ends
a paragraph when:

- a blank line follows (always);
- the text is hard-wrapped (most of its line breaks come after a "full"
  line: one the next word would not have fitted on, at one width common to
  the text) and the line before is not full;
- the text is not hard-wrapped and nothing says the line goes on;
- the line ends a sentence (or a quotation, with » or ”) and the next
  starts with a capital, an opening mark or a dash (even in a wrapped text:
  a quotation reopened on the next line must stay one, and a quotation left
  open over a sentence end is still closed on a later line, see
  ``quote_spans``).

Whatever the layout, a line goes on (the break only wraps) when it ends
with a comma, an opening mark or a word that cannot end a sentence ("à",
"de", "l'"), or when the next line starts with a lower-case letter or a
mark that cannot start a paragraph (a closing », a comma, a French spaced
":" or "?").

Linear in the text.  Widths are counted in characters after NFC, so an
NFD text has the layout of its NFC form.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

#: words that never end a sentence or a heading: a line ending with one goes on
CONTINUING_WORDS = frozenset(
    """à au aux de du des d' l' la le les un une et ou ni en dans sur sous par pour avec sans entre vers
    chez contre selon après avant depuis lors malgré dont où que qu' qui ce cet cette ces son sa ses
    leur leurs mon ma mes ton ta tes notre nos votre vos ne n' se s' c' j' m' t' lorsqu' puisqu'
    jusqu' mais car donc comme ont a est sont été être avoir""".split()
)
#: a line ending with one of these goes on
_CONTINUING_END = ",«“„‹(["
#: a line starting with one of these continues the previous one
_CONTINUING_START = "»”›,;:?!)]…"
_SPACES = " \t\r\u00a0\u202f\u2009\u2007\u200a\u2002\u2003\u3000"
#: the last word of a line, a whole word ("Jong-un" does not end with "un")
_LAST_WORD = re.compile(r"(?:^|[\s«“\"(])(\w+['’]?)$")
#: a "word" for the width: what a wrapper does not break (no-break spaces hold)
_FIRST_RUN = re.compile(r"[^ \t\r]+")
#: how many characters a wrapper may differ from the greedy rule
_SLACK = 1
_MIN_FULL_LINES = 3
_SENTENCE_END = ".!?…"
_OPENING = "«“„‹\"-–—"
_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:M|MM|Mme|Mmes|Mlle|Dr|Pr|Me|Mgr|St|Ste|[A-Z])\.$")


class Line(NamedTuple):
    start: int  # offsets of the line in the text, end at its "\n" (or the text end)
    end: int
    width: int  # visible characters (NFC, trailing white space left out)
    first_run: int  # width of its first unbreakable run of characters


def _lines(text: str) -> list[Line]:
    out = []
    start = 0
    n = len(text)
    while start <= n:
        end = text.find("\n", start)
        if end < 0:
            end = n
        body = text[start:end].rstrip(_SPACES + "\n")
        if not body.isascii() and not unicodedata.is_normalized("NFC", body):
            body = unicodedata.normalize("NFC", body)
        stripped = body.lstrip(_SPACES)
        first = _FIRST_RUN.match(stripped)
        out.append(Line(start, end, len(body), len(first.group()) if first else 0))
        start = end + 1
    return out


def _wrap_width(lines: list[Line]) -> int | None:
    """The width the text is hard-wrapped at, or None.

    A line break after line a is "full" at width W when a fits (a.width <=
    W) and the next line's first word would not have (a.width + 1 + word >
    W).  The W most breaks are full at wins (the widest such W); the text counts as wrapped
    when at least three breaks and a third of them are full at it, and
    at most a tenth of the lines are longer than it.
    """
    events: list[tuple[int, int]] = []
    breaks = 0
    for a, b in zip(lines, lines[1:]):
        if a.width and b.width:
            breaks += 1
            events.append((a.width, 1))
            events.append((a.width + b.first_run + _SLACK + 1, -1))
    if not events:
        return None
    events.sort()  # at one width, intervals end before others start
    best, best_width, count = 0, 0, 0
    for i, (width, step) in enumerate(events):
        count += step
        if count > best:
            # the widest width of the best plateau: for a text wrapped at W
            # it is above W, so a paragraph's last line is never full at it
            best, best_width = count, events[i + 1][0] - 1
    if best < _MIN_FULL_LINES or 3 * best < breaks:
        return None
    visible = [line for line in lines if line.width]
    if 10 * sum(1 for line in visible if line.width > best_width + _SLACK) > len(visible):
        return None
    return best_width


def _goes_on(text: str, a: Line, b: Line) -> bool:
    """Local signs that line a continues on line b."""
    body = text[a.start : a.end].rstrip(_SPACES)
    nxt = text[b.start : b.end].lstrip(_SPACES)
    if not body or not nxt:
        return False
    if body[-1] in _CONTINUING_END or nxt[0] in _CONTINUING_START or nxt[0].islower():
        return True
    if body[-1] == '"' and (len(body) == 1 or body[-2] in _SPACES or body[-2] in "'’("):
        return True  # a straight mark that opens
    last = _LAST_WORD.search(body[-20:])
    return last is not None and last.group(1).lower().replace("’", "'") in CONTINUING_WORDS


def _sentence_then_paragraph(text: str, a: Line, b: Line) -> bool:
    """Line a ends a sentence and line b starts as a paragraph does (a
    capital, an opening mark, a dash): a paragraph break even when line a is
    full, so that a quotation reopened on the next line stays one.  So is a
    closing » or ” before a capital: a quotation and a name with nothing
    between them is no sentence."""
    line = text[a.start : a.end].rstrip(_SPACES)
    body = line.rstrip("»”›\"" + _SPACES)
    nxt = text[b.start : b.end].lstrip(_SPACES)
    if not body or not nxt:
        return False
    if body != line and nxt[0].isupper() and (line[-1] != '"' or line[-2] not in _SPACES + "'’("):
        return True  # '« Une collaboration »' then 'M. Poutine': a heading
    if body[-1] not in _SENTENCE_END:
        return False
    if body[-1] == "." and _ABBREVIATION.search(body[-6:]):
        return False  # "M.", "Mme.", an initial: a name goes on
    return nxt[0].isupper() or nxt[0] in _OPENING


def wrapping_breaks(text: str) -> list[int]:
    """Offsets of the line breaks of ``text`` that only wrap a line."""
    if "\n" not in text:
        return []
    lines = _lines(text)
    width = _wrap_width(lines)
    out = []
    for a, b in zip(lines, lines[1:]):
        if not a.width or not b.width or _sentence_then_paragraph(text, a, b):
            continue  # a blank line, or what a paragraph break looks like
        full = width is not None and a.width <= width + _SLACK and a.width + 1 + b.first_run > width - _SLACK
        if full or _goes_on(text, a, b):
            out.append(a.end)
    return out


def unwrap(text: str) -> str:
    """``text`` with the line breaks that only wrap turned into spaces (same
    length: offsets do not move)."""
    return as_spaces(text, wrapping_breaks(text))


def as_spaces(text: str, breaks: list[int]) -> str:
    """``text`` with the line breaks at ``breaks`` (and a carriage return before
    them) turned into spaces."""
    if not breaks:
        return text
    chars = list(text)
    for i in breaks:
        chars[i] = " "
        if i > 0 and chars[i - 1] == "\r":
            chars[i - 1] = " "
    return "".join(chars)
