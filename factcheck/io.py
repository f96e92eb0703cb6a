"""Reading articles: files and stdin to ``Article`` values.

Formats: ``.txt``, ``.md`` (with optional ``---`` front matter), ``.json``
(one article object or a list of them), ``.jsonl`` (one article a line) and
``-`` for stdin.  Bytes are decoded as UTF-8 (with or without BOM) or
cp1252, and the encoding used is recorded; anything else is an
``InputError`` naming the file and the place, never a guess.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Iterable, Iterator

import attrs

from factcheck.model import Article
from factcheck.normalize.temporal_lexicon import MONTHS as MONTH_NUMBERS
from factcheck.normalize.temporal_lexicon import key as lexicon_key

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ""}
MONTHS = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
}  # fmt: skip


class InputError(Exception):
    """An input that cannot be read; ``str()`` is a one-line message."""

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        super().__init__(path, message, line)
        self.path = path
        self.message = message
        self.line = line

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.message}"


@attrs.frozen
class ReadResult:
    """Everything read from a list of inputs: the articles and the errors."""

    articles: tuple[Article, ...]
    errors: tuple[InputError, ...]


def read(path: str | Path, *, date: str | None = None) -> Article:
    """Read one article from a file ("-" for stdin).

    A ``.json`` or ``.jsonl`` file must then hold exactly one article; use
    ``read_all`` for many.
    """
    articles = list(_read_one_source(str(path), date))
    if len(articles) != 1:
        raise InputError(str(path), f"holds {len(articles)} articles, expected one; use read_all")
    return articles[0]


def read_all(paths: Iterable[str | Path], *, date: str | None = None) -> ReadResult:
    """Read every input; one bad file never loses the others."""
    articles: list[Article] = []
    errors: list[InputError] = []
    seen: dict[str, int] = {}
    for path in paths:
        try:
            for item in _read_one_source(str(path), date, errors):
                # Ids must be unique: a second "draft" becomes "draft~2".
                count = seen.get(item.id, 0) + 1
                seen[item.id] = count
                if count > 1:
                    item = attrs.evolve(item, id=f"{item.id}~{count}")
                articles.append(item)
        except InputError as error:
            errors.append(error)
    return ReadResult(tuple(articles), tuple(errors))


def _read_one_source(
    path: str, date: str | None, line_errors: list[InputError] | None = None
) -> Iterator[Article]:
    data, shown = _read_bytes(path)
    text, encoding = decode(data, shown)
    suffix = "" if path == "-" else Path(path).suffix.lower()
    stem = "stdin" if path == "-" else Path(path).stem
    if date is not None:
        date = parse_date_option(date)
    if suffix == ".jsonl":
        yield from _read_jsonl(text, shown, stem, encoding, date, line_errors)
    elif suffix == ".json":
        yield from _read_json(text, shown, stem, encoding, date)
    else:
        yield _article_from_text(text, shown, stem, encoding, date)


def _read_bytes(path: str) -> tuple[bytes, str]:
    if path == "-":
        return sys.stdin.buffer.read(), "<stdin>"
    file = Path(path)
    try:
        if file.is_dir():
            raise InputError(path, "is a directory, not an article")
        return file.read_bytes(), path
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except OSError as error:
        raise InputError(path, f"cannot be read ({error.strerror or error})") from None


def decode(data: bytes, path: str) -> tuple[str, str]:
    """Decode article bytes; returns the text and the encoding's name."""
    if b"\x00" in data[:8192]:
        raise InputError(path, "binary data (NUL bytes), not a text article")
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as error:
            raise _decode_error(path, data, error, 3) from None
    try:
        text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as error:
        # Valid UTF-8 sequences beside invalid bytes mean a damaged UTF-8
        # file; decoding it as cp1252 would silently produce mojibake.
        if re.search(rb"[\xc2-\xf4][\x80-\xbf]", data):
            raise _decode_error(path, data, error) from None
        try:
            text, encoding = data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            raise _decode_error(path, data, error) from None
    if _looks_binary(text):
        raise InputError(path, "binary data (control characters), not a text article")
    return text, encoding


def _decode_error(path: str, data: bytes, error: UnicodeDecodeError, shift: int = 0) -> InputError:
    position = error.start + shift
    line = data.count(b"\n", 0, position) + 1
    column = position - (data.rfind(b"\n", 0, position) + 1) + 1
    byte = data[position : position + 1].hex()
    return InputError(
        path,
        f"column {column}: invalid byte 0x{byte}: neither UTF-8 nor cp1252 text",
        line,
    )


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f")
    return controls > max(2, len(sample) // 100)


# --- text and Markdown ---------------------------------------------------

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)


def _article_from_text(
    text: str, path: str, stem: str, encoding: str, date: str | None
) -> Article:
    meta: dict[str, str] = {}
    match = _FRONT_MATTER.match(text)
    if match:
        meta = _parse_front_matter(match.group(1), path)
        text = text[match.end() :]
    if not text.strip():
        raise InputError(path, "empty article (no text)")
    published, source = _published(meta.get("date") or meta.get("published"), path, date)
    if published is None:
        published = find_dateline(text)
        source = "dateline" if published else None
    return Article(
        id=meta.get("id") or stem,
        text=text,
        path=path,
        published=published,
        published_source=source,
        encoding=encoding,
        title=meta.get("title"),
        source=meta.get("source"),
        url=meta.get("url"),
        language=meta.get("language", "fr"),
        first_line=match.group(0).count("\n") + 1 if match else 1,
    )


def _parse_front_matter(block: str, path: str) -> dict[str, str]:
    """A YAML-style block of ``key: value`` lines (flat; quotes stripped)."""
    meta: dict[str, str] = {}
    for number, line in enumerate(block.splitlines(), start=2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition(":")
        if not sep or not key.strip():
            raise InputError(path, f"front matter: expected 'key: value', got {line.strip()!r}", number)
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        meta[key.strip().lower()] = value
    return meta


# --- JSON ----------------------------------------------------------------


def _read_json(text: str, path: str, stem: str, encoding: str, date: str | None) -> Iterator[Article]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(path, f"column {error.colno}: invalid JSON: {error.msg}", error.lineno) from None
    items = data if isinstance(data, list) else [data]
    for index, item in enumerate(items):
        default_id = stem if len(items) == 1 else f"{stem}:{index + 1}"
        yield _article_from_object(item, path, default_id, encoding, date, None)


def _read_jsonl(
    text: str,
    path: str,
    stem: str,
    encoding: str,
    date: str | None,
    line_errors: list[InputError] | None,
) -> Iterator[Article]:
    found = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        found = True
        try:
            try:
                item = json.loads(line)
            except json.JSONDecodeError as error:
                raise InputError(path, f"invalid JSON: {error.msg}", number) from None
            yield _article_from_object(item, path, f"{stem}:{number}", encoding, date, number)
        except InputError as error:
            # One bad line loses that line only.
            if line_errors is None:
                raise
            line_errors.append(error)
    if not found:
        raise InputError(path, "empty file (no articles)")


def _article_from_object(
    item: object, path: str, default_id: str, encoding: str, date: str | None, line: int | None
) -> Article:
    if not isinstance(item, dict):
        raise InputError(path, "expected a JSON object with a 'text' field", line)
    text = item.get("text")
    if not isinstance(text, str):
        raise InputError(path, "missing 'text' (a string)", line)
    if not text.strip():
        raise InputError(path, "empty article (no text)", line)
    for key in ("id", "published", "date", "title", "source", "url"):
        if item.get(key) is not None and not isinstance(item[key], str):
            raise InputError(path, f"'{key}' must be a string", line)
    published, source = _published(item.get("published") or item.get("date"), path, date, line)
    if published is None:
        published = find_dateline(text)
        source = "dateline" if published else None
    return Article(
        id=item.get("id") or default_id,
        text=text,
        path=path,
        published=published,
        published_source=source,
        encoding=encoding,
        title=item.get("title"),
        source=item.get("source"),
        url=item.get("url"),
        language=item.get("language") or "fr",
    )


# --- publication dates ---------------------------------------------------

_ISO = re.compile(
    r"(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?"
)


def parse_iso(value: str) -> str | None:
    """A TIMEX3 value for an ISO date or datetime, cut to its precision."""
    match = _ISO.fullmatch(value.strip())
    if not match:
        return None
    year, month, day, hour, minute = match.groups()
    try:
        if month and not 1 <= int(month) <= 12:
            return None
        if day:
            import datetime

            datetime.date(int(year), int(month), int(day))
        if hour and (int(hour) > 23 or int(minute) > 59):
            return None
    except ValueError:
        return None
    out = year
    if month:
        out += f"-{month}"
    if day:
        out += f"-{day}"
    if hour:
        out += f"T{hour}:{minute}"
    return out


def parse_date_option(value: str) -> str:
    """Validate a ``--date`` value (YYYY, YYYY-MM, YYYY-MM-DD or a datetime)."""
    parsed = parse_iso(value)
    if parsed is None:
        raise InputError("--date", f"not a date: {value!r} (expected YYYY-MM-DD)")
    return parsed


def _published(
    meta_value: str | None, path: str, date: str | None, line: int | None = None
) -> tuple[str | None, str | None]:
    if date is not None:
        return date, "option"
    if meta_value:
        parsed = parse_iso(meta_value) or find_dateline(f"Publié le {meta_value}", lines=1)
        if parsed is None:
            raise InputError(path, f"unreadable publication date {meta_value!r}", line)
        return parsed, "metadata"
    return None, None


_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_FRENCH_DATELINE = re.compile(
    rf"(?P<word>\b(?:publi[ée](?:e)?|mis\s+[àa]\s+jour|modifi[ée](?:e)?|mise\s+[àa]\s+jour|[ée]dition"
    # a broadcast's, a post's: "Diffusé le vendredi 6 mars 2026", "Mis en ligne le …"
    rf"|diffus[ée]e?|post[ée]e?|mise?\s+en\s+ligne|actualis[ée]e?))\b[^\n\d]{{0,20}}?"
    rf"(?P<day>1er|\d{{1,2}})\s+(?P<month>{_MONTH})\s+(?P<year>\d{{4}})"
    rf"(?:(?:\s*[,–—-]\s*(?:mise?\s+en\s+ligne|publi[ée]e?))?\s*(?:à|a|,)?\s*(?P<hour>\d{{1,2}})\s*[hH:]\s*(?P<minute>\d{{2}}))?",
    re.I,
)
_ISO_DATELINE = re.compile(r"(?P<word>\b(?:date|publi[ée]e?|published))\s*:?\s*(?P<iso>\d{4}-\d{2}(?:-\d{2})?)\b", re.I)
_NUMERIC_DATELINE = re.compile(
    r"(?P<word>\b(?:publi[ée]e?|mis\s+[àa]\s+jour|modifi[ée]e?|diffus[ée]e?|post[ée]e?|mise?\s+en\s+ligne"
    r"|actualis[ée]e?))\s+le\s+(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{4})"
    r"(?:\s*(?:à|a|,)?\s*(?P<hour>\d{1,2})\s*[hH:]\s*(?P<minute>\d{2}))?\b",
    re.I,
)
_CLOCK = r"(?:\s*(?:à|a|,|-|–|—)?\s*(?P<hour>\d{1,2})\s*(?:[hH](?:eures?)?\s*(?P<minute>\d{2})?|:\s*(?P<minute2>\d{2})))?"
_WEEKDAY = r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?"
#: A line that is a date alone, perhaps with its time: "Le 17 juin 2026 à
#: 8 h 15", "Le 03/03/2026 à 5 h 45", "Mardi 3 mars 2026" (read only when
#: nothing else is on the line).
#: ... perhaps with the word of its publishing between: "Jeudi 2 juillet
#: 2026 – mis en ligne à 09h00".
_PUBLISHING = r"(?:\s*[-–—,|]\s*(?:publi[ée]e?|mise?\s+en\s+ligne|mise?\s+[àa]\s+jour|diffus[ée]e?|post[ée]e?|actualis[ée]e?))?"
_BARE_DATELINE = re.compile(
    rf"(?P<word>le\s+|){_WEEKDAY}(?P<day>1er|\d{{1,2}})\s+(?P<month>{_MONTH})\s+(?P<year>\d{{4}}){_PUBLISHING}{_CLOCK}", re.I
)
_BARE_NUMERIC_DATELINE = re.compile(
    rf"(?P<word>le\s+|){_WEEKDAY}(?P<day>\d{{1,2}})/(?P<month>\d{{1,2}})/(?P<year>\d{{4}}){_CLOCK}\b", re.I
)
_BARE = (_BARE_DATELINE, _BARE_NUMERIC_DATELINE)
#: The wire's abbreviated months ("MOSCOU, 26 oct 2020 (AFP) -"), as
#: written; their numbers are the normaliser's lexicon's.
_MONTH_ABBREVIATIONS = ("janv", "jan", "févr", "fév", "fevr", "fev", "avr", "juil", "sept", "oct", "nov", "déc", "dec")
_ANY_MONTH = "|".join(sorted([*MONTHS, *_MONTH_ABBREVIATIONS], key=len, reverse=True))
#: A wire dateline opening the first paragraph or alone on its line: the
#: place, the day and perhaps the time, perhaps the agency, then a dash:
#: "Foix, 20 mai 2026 (AFP) -", "MOSCOU, 26 oct 2020 (AFP) - Le Kremlin…",
#: "Grenoble, mardi 9 juin 2026, 07h45 -".
_WIRE_DATELINE = re.compile(
    rf"(?P<word>[A-ZÀ-Ý][\w'’.-]*(?:[ ](?:[A-ZÀ-Ý][\w'’.-]*|de|du|des|la|le|les|sur|en|aux|d['’][A-ZÀ-Ý][\w'’.-]*)){{0,3}}),\s+(?i:{_WEEKDAY}(?P<day>1er|\d{{1,2}})\s+"
    rf"(?P<month>{_ANY_MONTH})\.?\s+(?P<year>\d{{4}}){_CLOCK})"
    r"(?:\s*\([^()\n]{1,40}\))?\s*(?:[-–—]|$)",
)  # (case-sensitive: the place is capitalised)
_DATELINE_PATTERNS = (_FRENCH_DATELINE, _ISO_DATELINE, _NUMERIC_DATELINE, _WIRE_DATELINE)


@attrs.frozen
class Dateline:
    """A dateline among an article's first lines: where it is, the date or
    datetime it states (None when that is no calendar date) and its rank
    (0 for "Publié", 1 for "Mis à jour" or "Modifié")."""

    start: int
    end: int
    value: str | None
    rank: int


def datelines(text: str, lines: int = 8) -> list[Dateline]:
    """The datelines among the first lines of ``text``: "Publié le 14
    septembre 2023 à 11h36", "date 2024-06", "Mis à jour le 19/06/2024".

    One is a dateline when it opens its line, when its word is capitalised
    or follows a separator in a byline ("par M.L (avec AFP) Publié le …",
    "Par Jean Dupont, publié le …"), or when it follows another on its line
    ("Publié le …, mis à jour le …"), and when the line ends with it (or a
    few words after a capitalised one: "… Source : TF1 Info").  A date the
    body tells ("Le décret, publié le 14 juin 2024 au Journal officiel") is
    no dateline: it is a claim of the article, not its publication date.
    Leading blank lines are skipped, then ``lines`` lines are read.
    """
    found: list[Dateline] = []
    offset = len(text) - len(text.lstrip("\r\n\t "))  # leading blank lines are not counted
    offset = text.rfind("\n", 0, offset) + 1
    head = text[offset:].split("\n")[:lines]
    bare_line = _bare_dateline_line(text[offset:], head)
    for n, line in enumerate(head):
        indent = len(line) - len(line.lstrip())
        matches = sorted(
            (m for pattern in _DATELINE_PATTERNS for m in pattern.finditer(line)), key=lambda m: m.start()
        )
        if not matches and n == bare_line:
            matches = [next(m for m in (p.match(line, indent) for p in _BARE) if m)]
        taken: list[re.Match[str]] = []
        lowercase_byline = False
        for m in matches:
            word = m.start("word")
            before = line[indent:word]
            opens = not before.strip()
            follows = bool(taken) and not line[taken[-1].end() : word].strip(" ,;-–—|•*_")
            capitalised = line[word].isupper()
            # "Par Jean Dupont, publié le …", "Le Figaro avec AFP | publié le …"
            byline = bool(_BYLINE_END.search(before))
            if opens or follows or capitalised or byline:
                taken.append(m)
                lowercase_byline = lowercase_byline or not (opens or follows or capitalised)
        # A dateline ends its line ("… à 11h36", "… Source : TF1 Info"; nothing
        # at all after a lowercase "publié"); a date the body tells goes on
        # ("… au Journal officiel, le décret", "…, dit le texte").
        ends = _NOTHING_AFTER if lowercase_byline else _ENDS_LINE
        if taken and taken[0].re is _WIRE_DATELINE and (taken[0].start("word") > indent or len(taken) > 1):
            taken = []  # a wire dateline opens its line, alone
        # (a wire dateline's dash ends it: the body may go on after it)
        if taken and (taken[0].re in (_ISO_DATELINE, _WIRE_DATELINE) or ends.match(line, taken[-1].end())):
            for m in taken:
                found.append(Dateline(offset + m.start("word"), offset + m.end(), _dateline_value(m), _dateline_rank(m)))
        offset += len(line) + 1
    return found


def _bare_dateline_line(text: str, head: list[str]) -> int | None:
    """The index of the line that is a dateline with no word before it
    ("Le 17 juin 2026 à 8 h 15"), if any: among the first three lines with
    text, a date and its clock time alone on their line, text after it,
    and no other date alone in ``head`` (a chronology, an agenda, a live
    blog's entries are no datelines)."""
    alone = []
    with_text = 0
    for n, line in enumerate(head):
        if not line.strip():
            continue
        with_text += 1
        bare = next((m for m in (p.match(line, len(line) - len(line.lstrip())) for p in _BARE) if m), None)
        if bare is not None and _NOTHING_AFTER.match(line, bare.end()):
            alone.append((n, with_text, bare))
    if len(alone) != 1:
        return None
    n, rank, bare = alone[0]
    after = sum(len(line) + 1 for line in head[: n + 1])
    if rank > 3 or bare.group("hour") is None or not text[after:].strip():
        return None
    return n


#: What may come before a dateline's word on a byline line: a separator.
_BYLINE_END = re.compile(r"[,|—–•*_(]\s*$")
#: What may follow the last dateline of a line: little or nothing.
_NOTHING_AFTER = re.compile(r"[\s,.;:|—–•*_)]*$")
_ENDS_LINE = re.compile(r"[\s,.;:|—–•*_)]*(?:\S+(?:\s+\S+){0,3})?[\s.*_)]*$")


def _dateline_value(m: re.Match[str]) -> str | None:
    groups = m.groupdict()
    if groups.get("iso"):
        value = groups["iso"]
    else:
        month = groups["month"]
        month_number = int(month) if month.isdigit() else MONTH_NUMBERS[lexicon_key(month)]
        day = 1 if groups["day"].lower() == "1er" else int(groups["day"])
        value = f"{groups['year']}-{month_number:02d}-{day:02d}"
        if groups["hour"]:
            minute = groups.get("minute") or groups.get("minute2") or "00"
            value += f"T{int(groups['hour']):02d}:{minute}"
    return value if parse_iso(value) else None


def _dateline_rank(m: re.Match[str]) -> int:
    word = m.group("word").lower()
    # an update's date, else the publication's ("mis en ligne" is published)
    return 1 if word.startswith(("mis", "modifi", "actualis")) and "ligne" not in word else 0


def dateline_spans(text: str, lines: int = 8) -> list[tuple[int, int]]:
    """(start, end) of each dateline among the first lines: they say when
    the article was published, not what it tells, so no assertion of them."""
    return [(d.start, d.end) for d in datelines(text, lines)]


def find_dateline(text: str, lines: int = 8) -> str | None:
    """The publication date the datelines of the first lines state, if
    any; a "Publié" one wins over a "Mis à jour" one."""
    stated = [d for d in datelines(text, lines) if d.value is not None]
    return min(stated, key=lambda d: d.rank).value if stated else None
