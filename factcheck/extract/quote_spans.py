"""Where the quotation marks are: spans of quoted words, by pattern only.

One pass over the text with a stack of open marks, paragraph by paragraph.
It never looks at a parser's sentences, so a « that a parser leaves at the
end of the previous sentence changes nothing.  A line break that only
wraps a line is white space (``factcheck.resolve.layout``): a quotation
runs across it.  Handles:

- « », “ ”, „ “, ‹ › and straight " (which open or close by what is open);
- quotations inside quotations (flag ``nested``);
- the French convention for quotations over several paragraphs, each new
  paragraph reopening with a mark (flag ``multi-paragraph``);
- a » printed where « was meant ("l' »hégémonie »"), when another »
  closes it later in the paragraph;
- a closing mark whose opening was lost, in a paragraph with no sentence
  end before it (flag ``unopened``), and an opening mark never closed
  (flag ``unclosed``, up to the end of its paragraph);
- a " or ” in a race time (1'54"06, 9"58) is a seconds mark, no quotation
  mark;
- a straight " with no straight one open that can only close
  ('durabilité" des': after a letter, before a space) is a closing mark
  whose opening was lost, like a lone »;
- a quotation still open where a line ends a sentence and the next starts
  a paragraph, but closed on the next paragraph before anything opens
  there, was only wrapped.
"""

from __future__ import annotations

import re

import attrs

from factcheck.resolve.layout import unwrap

OPENERS = frozenset("«“„‹")
CLOSERS = frozenset("»”›")
STRAIGHT = '"'
MARKS = OPENERS | CLOSERS | {STRAIGHT}
# A " or ” in a race time is a seconds mark, no quotation mark: after
# minutes (1'54", 1’54”, 52' 18") or between digits (9"58).
_MARK = re.compile(
    r"""[«“„‹»›]|(?<!\d['’′]\d\d)(?<!\d['’′]\d)(?<!\d['’′][ \u00a0\u202f]\d\d)(?<!\d['’′][ \u00a0\u202f]\d)"""
    r"""(?:(?<!\d)["”]|["”](?!\d))"""
)
_SPACES = " \t\u00a0\u202f\u2009\u2007\u200a\u2002\u2003\u3000"
_SENTENCE_END = ".!?…"


@attrs.frozen
class QuoteSpan:
    """The quoted words [start, end) of ``text`` (inside the marks) and
    where the marks are (``open_mark`` is -1 when it was lost,
    ``close_mark`` -1 when never closed)."""

    start: int
    end: int
    open_mark: int
    close_mark: int
    depth: int = 0
    flags: tuple[str, ...] = ()
    #: offsets of the marks that reopen the quotation at each new paragraph
    reopen_marks: tuple[int, ...] = ()


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """[start, end) of each line of an unwrapped text (a paragraph)."""
    out = []
    start = 0
    i = text.find("\n")
    while i >= 0:
        out.append((start, i))
        start = i + 1
        i = text.find("\n", start)
    out.append((start, len(text)))
    return out


def _wrapped_line(text: str, start: int, end: int, mark: str) -> bool:
    """The line closes the open quotation before opening another: the
    quotation was only wrapped, not left open."""
    closer = {"«": "»", "“": "”", "„": "“", "‹": "›", STRAIGHT: STRAIGHT, "»": "»"}.get(mark, "»")
    for m in _MARK.finditer(text, start, end):
        j, ch = m.start(), m.group()
        if ch == STRAIGHT:
            # a straight mark closes the quotation only if it can close
            return closer == STRAIGHT and _can_close(text, j)
        if ch == closer:
            return True
        if ch in OPENERS:
            return False
    return False


def _can_close(text: str, j: int) -> bool:
    """A straight mark at j may close: something is quoted before it."""
    return j > 0 and text[j - 1] not in _SPACES and text[j - 1] not in "\n(['’"


def _only_closes(text: str, j: int) -> bool:
    """A straight mark at j closes and cannot open: after a letter or a
    stop, before white space, a stop or the end ('durabilité" des')."""
    after = text[j + 1] if j + 1 < len(text) else " "
    return _can_close(text, j) and (after in _SPACES or after in "\n\r.,;:!?)]…")


def _first_visible(text: str, start: int, end: int) -> int:
    i = start
    while i < end and (text[i] in _SPACES or text[i] in "\r"):
        i += 1
    return i


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@attrs.define
class _Open:
    mark: str
    pos: int
    reopens: list[int] = attrs.Factory(list)


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Every quotation in ``text``, in order of their start."""
    text = unwrap(text)  # same length: every offset holds for the original
    spans: list[QuoteSpan] = []
    stack: list[_Open] = []
    paragraphs = _paragraphs(text)

    def emit(opened: _Open, close: int, end: int, flags: tuple[str, ...], depth: int) -> None:
        start, stop = _trim(text, opened.pos + 1, end)
        if opened.reopens:
            flags = (*flags, "multi-paragraph")
        if depth > 0:
            flags = (*flags, "nested")
        if stop > start:
            spans.append(
                QuoteSpan(start, stop, opened.pos, close, depth, tuple(sorted(flags)), tuple(opened.reopens))
            )

    def _unopened(j: int) -> None:
        # A closing mark whose opening was lost: the quotation runs from the
        # paragraph start if no sentence ends before it.
        first = _first_visible(text, p_start, j)
        before = text[first:j].rstrip()
        if before and not any(c in _SENTENCE_END for c in before[:-1]):
            spans.append(QuoteSpan(*_trim(text, first, j), -1, j, 0, ("unopened",)))

    pending_wrap = [False]
    p_start = 0
    for index, (p_start, p_end) in enumerate(paragraphs):
        i = p_start
        # A paragraph that reopens a quotation left open by the previous one.
        wrapped, pending_wrap[0] = pending_wrap[0], False
        if stack and not wrapped:
            first = _first_visible(text, p_start, p_end)
            if first < p_end and (text[first] in OPENERS or text[first] == STRAIGHT):
                stack[0].reopens.append(first)
                del stack[1:]
                i = first + 1
        marks_ahead = [m.start() for m in _MARK.finditer(text, i, p_end)]
        # how many » are still ahead, to tell a » printed for « (linear)
        closers_left = sum(1 for j in marks_ahead if text[j] == "»")
        for j in marks_ahead:
            ch = text[j]
            if ch == "»":
                closers_left -= 1
            if ch == STRAIGHT:
                if stack and stack[-1].mark == STRAIGHT:
                    opened = stack.pop()
                    emit(opened, j, j, (), len(stack))
                elif not any(o.mark == STRAIGHT for o in stack) and _only_closes(text, j):
                    _unopened(j)
                else:
                    stack.append(_Open(ch, j))
            elif ch in OPENERS and not (ch == "“" and stack and stack[-1].mark == "„"):
                stack.append(_Open(ch, j))
            elif stack:
                opened = stack.pop()
                emit(opened, j, j, (), len(stack))
            elif ch == "»" and closers_left > 0:
                # » printed for «: another » closes it in this paragraph.
                stack.append(_Open(ch, j))
            else:
                _unopened(j)
        if stack:
            # the next line with text, past blank lines
            nxt = index + 1
            while nxt < len(paragraphs) and _first_visible(text, *paragraphs[nxt]) >= paragraphs[nxt][1]:
                nxt += 1
            continues = False
            if nxt < len(paragraphs):
                f_start, f_end = paragraphs[nxt]
                first = _first_visible(text, f_start, f_end)
                continues = text[first] in OPENERS or (text[first] == STRAIGHT and stack[0].mark == STRAIGHT)
                if not continues and nxt == index + 1 and _wrapped_line(text, f_start, f_end, stack[-1].mark):
                    # a quotation wrapped over two lines: carry on
                    pending_wrap[0] = True
                    continue
            if not continues:
                # Unclosed: the outermost quotation runs to the paragraph end.
                opened = stack[0]
                stack.clear()
                emit(opened, -1, p_end, ("unclosed",), 0)
    spans.sort(key=lambda s: (s.start, -s.end))
    return spans
