"""Numbers, percentages and ordinals in French text.

``find_quantities(text, article, doc)`` returns ``number``, ``percentage``
and ``ordinal`` assertions (design.md §2).  Patterns run on the folded text
(``factcheck.textnorm.fold``) and spans are mapped back, so typography
never changes what is found nor its value, and ``text`` is always
``article_text[start:end]``.

What an assertion covers, so that an editor sees the whole claim: the
modifier before the number ("environ", "plus de"), the number, its scale
("millions de") and the counted noun when one follows ("environ deux
heures", "plus de 10 000 manifestants", "la deuxième rencontre" ->
"deuxième rencontre").  ``value`` is the number alone; ``unit`` is the
counted noun as a lowercase lemma (the Doc's lemma when a Doc is given,
else a simple French singularisation); for a percentage, what it is a share
of ("40 % des voix" -> "voix"), in the span too.

Decisions (each a general rule, documented here and in the tests):

- "un"/"une" is an article unless it counts: before a scale ("un
  million"), in a list of numbers ("un, deux, trois"), after a quantity
  modifier ("plus d'un", "au moins une"), before "seul(e)", "sur" + number
  or a unit of measure or currency ("un kilomètre", "un euro", "un pour
  cent"), or ending a clause ("il en reste un").  "un homme" is nothing,
  and "un an", "une heure" are left to the duration extractor.
- "deux" after "les" or "ces" before a noun of the sides of a story, or
  alone, means "both" ("les deux pays", "ces deux hommes", "les deux
  parties", "les deux ont été blessés"): flagged ``both``, a figure no
  source needs to state unless one counts it otherwise.  Other nouns count
  ("les deux blessés" is often the figure's first mention), and so does
  "deux" after a possessive ("ses deux filles").
- "zéro" and the adjective-prone "neuf" alone count only before a noun or
  in a list ("zéro mort", "neuf navires"; not "un logement neuf").
- Approximate amounts: "une dizaine", "une centaine", "un millier" (and
  "douzaine" ... "soixantaine") are the amount with ``APPROX``; "des /
  plusieurs / quelques dizaines (centaines, milliers, millions)" are the
  inclusive lower bound, two of the unit, with ``EQUAL_OR_MORE`` ("des
  dizaines de missiles" -> 20, EQUAL_OR_MORE, unit "missile"), so that
  "des dizaines" agrees with 50 and disagrees with 5.  "quelques" before a
  plain noun ("quelques navires") is too vague to check: nothing.
- Modifiers before the number: APPROX "environ", "près de", "quelque",
  "presque", "autour de", "à peu près" ...; MORE_THAN "plus de";
  LESS_THAN "moins de"; EQUAL_OR_MORE "au moins", "pas moins de";
  EQUAL_OR_LESS "au plus", "jusqu'à", "pas plus de".  A stated modifier
  wins over the APPROX of "une centaine".  "environ" after the number or
  its noun counts too, "au moins" / "au plus" there only before
  punctuation or a preposition ("deux au moins.", "1 800 hectares au moins
  dans les Landes", but not "au plus fort de").  "ne ... plus que" is
  "only", no modifier ("il ne recueille plus que 27 %").  In a range of
  percentages ("entre 1,5 et 2 %", "de 20 à 30 %") the first bound is a
  percentage too.
- Words: "deux virgule cinq" is 2.5; "deux et demi" 2.5; "un million et
  demi" 1 500 000; "un demi-million" 500 000; "trois heures et demie" 3.5
  hours; "10 degrés en dessous de zéro" -10; a run of number words that is
  not one number is cut into the longest numbers text2num accepts ("vingt
  un" is 20 then 1; "vingt-un", one malformed compound, is nothing).
- "premier/première/second/seconde" (singular) are ordinals before a noun
  or ending a clause ("il est arrivé premier"), never in the fixed
  expressions of ``ORDINAL_IDIOMS`` ("Premier ministre", "premier pas",
  "au second plan", "de seconde main" ...), and "seconde" after "une" or a
  number without a noun is the unit of time ("une seconde plus tard").
  Plurals ("les premiers") are not ordinals.  "-ième" words, "2e", "1er",
  "1re" and Roman centuries ("XXIe siècle") always are (except "Ier" after
  a name: "François Ier").
- Nothing is reported for phone numbers, scores and ranges written with a
  dash ("3-1", "(1950-1953)"), times ("14h30", "14:30"), numeric dates
  ("19/06/2024"), version numbers, identifiers with letters ("G7", "TF1",
  "COVID-19"), numbers before a month name or after a month or weekday
  ("19 juin", "juin 2024", "mercredi 18", "du 18 au 20 juin"), bare years
  (a four-digit number from 1000 to 2199 not followed by a counted noun:
  "en 2000"), labels ("article 5", "page 12", "n°1", after a capitalised
  name: "France 2", "Boeing 737").
- Fractions of something are shares, read as percentages with ``APPROX``
  (prose rounds: "la moitié des voix" agrees with 52 %, not with 40 %):
  "la moitié des électeurs" 50, "deux tiers des députés" 66.67, "trois
  quarts de la population" 75, "un dixième du budget" 10, "un Français
  sur deux" 50; a stated modifier wins ("plus de la moitié" MORE_THAN 50).
  Only with what they are a share of: "un tiers" alone is a third party,
  "réduit de moitié" a change, "un quart d'heure" a duration, "le
  huitième de la saison" a rank; "N sur M" only for M up to 10 ending the
  phrase or before a verb ("89 sièges sur 577", "un enfant sur 1 000",
  "un plan sur cinq ans", "une fois sur deux" are no shares).
- Not modelled: ranges ("entre 10 et 15", "de 3 à 5": two numbers), words
  and digits mixed ("trente 3"), a spaced minus sign ("- 3"), leading zeros
  read out as codes ("zéro un"), and "zéro" alone ("le bilan est zéro").
"""

from __future__ import annotations

import re
from typing import Callable, Iterable, Iterator

import attrs

from factcheck.model import Assertion
from factcheck.nlp import Doc
from factcheck.normalize.numbers import (
    DIGIT_ORDINAL_SUFFIX,
    NUMBER_WORDS,
    ROMAN,
    SCALES,
    SPECIAL_ORDINALS,
    as_number,
    ordinal_word_value,
    parse_digits,
    roman_ordinal_value,
    suffix_agrees,
    words_value,
)
from factcheck.textnorm import Folded, fold

_I = re.IGNORECASE

# ------------------------------------------------------------------ lexicon

MONTHS = frozenset(
    """janvier février fevrier mars avril mai juin juillet août aout septembre
    octobre novembre décembre decembre janv févr fevr fév fev avr juil sept oct
    nov déc dec""".split()
)
WEEKDAYS = frozenset("lundi mardi mercredi jeudi vendredi samedi dimanche".split())
#: Words after which a four-digit number is a year even before a noun.
YEAR_CONTEXT = frozenset(
    """en depuis dès des avant après vers jusqu an année années fin début mi
    printemps été automne hiver""".split()
)
#: Time units: "un an", "une heure" belong to the duration extractor.
TIME_UNITS = frozenset(
    """an ans année années mois semaine semaines jour jours journée journées
    heure heures minute minutes seconde secondes siècle siècles décennie
    décennies trimestre semestre nuit nuits soir matin instant moment""".split()
)
#: Nouns after which "un"/"une" is a count: units of measure, currencies.
MEASURE_UNITS = frozenset(
    """kilomètre kilometre mètre metre centimètre millimètre kilo kilogramme
    gramme tonne litre hectare mille euro dollar rouble yuan won yen livre
    franc point km m cm mm kg g t l ha""".split()
)
#: Nouns after which digits are a label, not a count ("article 5").
LABEL_NOUNS = frozenset(
    """article articles alinéa alinéas chapitre page pages paragraphe section
    ligne tome volume annexe résolution résolutions numéro""".split()
)
#: Fractions: "deux tiers", "trois quarts" are not counts of thirds.
FRACTIONS = frozenset("tiers quart quarts demi demis".split())
#: Words after which "neuf" is the number ("les neuf", "à neuf").
DETERMINERS = frozenset(
    """les des ces ses leurs nos vos mes tes aux à de sur pour par avec sans
    contre entre parmi numéro""".split()
)
#: Words after a number that are not what it counts.
NOT_COUNTED = frozenset("virgule demi demie".split())
#: "Approximate" nouns and the amount they stand for.
APPROX_NOUNS = {
    "dizaine": 10,
    "douzaine": 12,
    "quinzaine": 15,
    "vingtaine": 20,
    "trentaine": 30,
    "quarantaine": 40,
    "cinquantaine": 50,
    "soixantaine": 60,
    "centaine": 100,
    "millier": 1000,
}
#: Words that make an approximate noun a vague plural ("des dizaines").
VAGUE_PLURAL = frozenset("des plusieurs quelques les".split())
#: Function words: what follows a number without being what it counts.
FUNCTION_WORDS = frozenset(
    """le la les l un une des du de d au aux à a en et ou où mais donc or ni car
    que qu qui quoi dont ce c cet cette ces se s sa son ses leur leurs mon ma
    mes ton ta tes notre nos votre vos il ils elle elles on nous vous je j tu
    me m te t y lui eux sur sous dans par pour avec sans contre vers chez entre
    après avant depuis pendant selon dès jusqu plus moins très trop peu tout
    tous toute toutes autre autres même ne n pas ont est sont était étaient
    avait avaient sera seront serait seraient été être avoir fut furent ayant
    étant aurait auraient environ près seulement déjà encore aussi alors ainsi
    comme si puis ensuite soit lors afin parmi tard tôt hier demain aujourd
    dernier dernière derniers dernières prochain prochaine premier première
    premiers premières second seconde seul seule seuls seules ici là
    oui non voire chacun chacune euh ben bah hein ah oh au-dessus au-dessous
    au-delà en-dessous en-deçà ci-dessus ci-dessous là-bas peut-être""".split()
)
#: Fixed expressions where premier/second is not an ordinal: the noun that
#: follows, and the word that must precede (None: any).
ORDINAL_IDIOMS: dict[str, tuple[str | None, ...]] = {
    "ministre": (None,),
    "secrétaire": (None,),
    "dame": (None,),
    "pas": (None,),
    "plan": (None,),
    "lieu": (None,),
    "abord": (None,),
    "temps": (None,),
    "venu": (None,),
    "venue": (None,),
    "ordre": (None,),
    "main": (None,),
    "vue": (None,),
    "degré": ("au", "du", "de"),
    "chef": ("au",),
    "ligne": ("en",),
    "zone": ("de",),
    "souffle": (None,),
    "couteau": (None,),
    "rôle": (None,),
    "nécessité": (None,),
}
#: Currency symbols and what they count.
CURRENCIES = {"€": "euro", "$": "dollar", "£": "livre", "¥": "yen", "₽": "rouble", "₩": "won"}
#: Unit abbreviations that may stick to digits ("3km", "250ml").
ATTACHED_UNITS = frozenset(
    "km m cm mm kg g mg t l ml cl dl hl ha kw mw gw kwh mwh gwh twh".split()
)
#: Multipliers that may follow digits ("100k", "3M", "1,5 Md€").
MULTIPLIERS = {"k": 1000, "K": 1000, "M": 1_000_000, "Md": 10**9, "Mds": 10**9, "Mrd": 10**9, "Mrds": 10**9}

#: Modifiers written before a number, longest first in the pattern.
PRE_MODIFIERS = {
    "environ": "APPROX",
    "près de": "APPROX",
    "près d'": "APPROX",
    "quelque": "APPROX",
    "presque": "APPROX",
    "quasi": "APPROX",
    "quasiment": "APPROX",
    "approximativement": "APPROX",
    "autour de": "APPROX",
    "autour d'": "APPROX",
    "à peu près": "APPROX",
    "aux alentours de": "APPROX",
    "aux alentours d'": "APPROX",
    "de l'ordre de": "APPROX",
    "de l'ordre d'": "APPROX",
    "grosso modo": "APPROX",
    "plus de": "MORE_THAN",
    "plus d'": "MORE_THAN",
    "plus que": "MORE_THAN",
    "plus qu'": "MORE_THAN",
    "au-delà de": "MORE_THAN",
    "au delà de": "MORE_THAN",
    "au-delà d'": "MORE_THAN",
    "au delà d'": "MORE_THAN",
    "supérieur à": "MORE_THAN",
    "supérieure à": "MORE_THAN",
    "moins de": "LESS_THAN",
    "moins d'": "LESS_THAN",
    "moins que": "LESS_THAN",
    "moins qu'": "LESS_THAN",
    "en dessous de": "LESS_THAN",
    "en-dessous de": "LESS_THAN",
    "en dessous d'": "LESS_THAN",
    "en-dessous d'": "LESS_THAN",
    "inférieur à": "LESS_THAN",
    "inférieure à": "LESS_THAN",
    "au moins": "EQUAL_OR_MORE",
    "pas moins de": "EQUAL_OR_MORE",
    "pas moins d'": "EQUAL_OR_MORE",
    "au minimum": "EQUAL_OR_MORE",
    "au bas mot": "EQUAL_OR_MORE",
    "au plus": "EQUAL_OR_LESS",
    "tout au plus": "EQUAL_OR_LESS",
    "au maximum": "EQUAL_OR_LESS",
    "jusqu'à": "EQUAL_OR_LESS",
    "pas plus de": "EQUAL_OR_LESS",
    "pas plus que": "EQUAL_OR_LESS",
    "pas plus qu'": "EQUAL_OR_LESS",
    "pas plus d'": "EQUAL_OR_LESS",
}
POST_MODIFIERS = {
    "environ": "APPROX",
    "au moins": "EQUAL_OR_MORE",
    "au minimum": "EQUAL_OR_MORE",
    "ou plus": "EQUAL_OR_MORE",
    "au plus": "EQUAL_OR_LESS",
    "au maximum": "EQUAL_OR_LESS",
}


def _alternation(phrases: Iterable[str]) -> str:
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))


_NUMBER_WORD = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
#: A part of a number of things after a number: "(cinq) des six", "de ses 40".
_PARTITIVE = re.compile(
    rf"[ \t\u00a0]+(?:des|de[ \t\u00a0]+(?:ces|ses|leurs|nos|vos)|d'entre[ \t\u00a0]+les)[ \t\u00a0]+"
    rf"(?:\d+|(?:{_NUMBER_WORD})(?:[ -](?:{_NUMBER_WORD}))*)(?!\w)",
    _I,
)
_PRE_MOD = re.compile(rf"(?<!\w)({_alternation(PRE_MODIFIERS)})\s*$", _I)
# A modifier after the number: "environ" unless it opens the next number
# ("deux, environ trois"); the others only before punctuation or a
# preposition ("deux au moins.", "1 800 hectares au moins dans les Landes",
# but not "au moins trois", "au plus fort de").
_POST_MOD = re.compile(
    rf"[ \t]+(?:(environ)(?!\w)(?!\s+(?:\d|(?:{_NUMBER_WORD})(?!\w)))"
    rf"|({_alternation(set(POST_MODIFIERS) - {'environ'})})(?=\s*(?:[,.;:!?)]|$)"
    r"|\s+(?:dans|à|en|sur|selon|pour|par|depuis|lors|chez|et|mais|contre|avant|après)(?!\w)))",
    _I,
)
_NEGATION_BEFORE = re.compile(r"(?<![\w'])(?:ne\s+|n')(?:[^\W\d_]+(?:'[^\W\d_]+)?\s+){0,3}$", _I)
_NEGATIVE_WORD = re.compile(r"(?<![\w'])moins\s+$", _I)
_NOT_NEGATIVE_BEFORE = re.compile(r"(?<!\w)(?:au|pas|de|du|le|en|peu|bien|plus)\s+moins\s+$", _I)

# ----------------------------------------------------------------- patterns

_TOKEN = re.compile(r"\d+|[^\W\d_]+|\S")
#: A word and its hyphenated compounds ("quatre-vingt-dix", "Nord-Coréen").
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
#: Blanks inside one expression: spaces and at most one line break.
_GAP = re.compile(r"[ \t]*(?:\r?\n[ \t]*)?")
_DIGITS_AT = re.compile(
    r"\d{1,3}(?:(?: |\r?\n)\d{3})+(?:,\d+)?(?![\d])"
    r"|\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d]|\.\d)"
    r"|\d+(?:,\d+|\.\d{1,2}(?!\d))?(?![\d])"
)
_DIGIT_ORDINAL_AT = re.compile(rf"({DIGIT_ORDINAL_SUFFIX})(?!\w)")
_ROMAN_ORDINAL_WORD = re.compile(rf"({ROMAN})({DIGIT_ORDINAL_SUFFIX})")
_ATTACHED_LETTERS = re.compile(r"[^\W\d_]+")
_PERCENT = re.compile(r"[ \t]?%|\s+pour(?:\s+|-)cent(?!\w)|\s+pourcent(?!\w)", _I)
_DEGREE = re.compile(r"[ \t]?°[ \t]?(?:[CF](?!\w))?")
_CURRENCY_AFTER = re.compile(r"[ \t]?([€$£¥₽₩])")
_CURRENCY_BEFORE = re.compile(r"([€$£¥₽₩])[ \t]?$")
_HALF = re.compile(r"\s+et\s+demie?(?!\w)", _I)
_DEMI_SCALE = re.compile(r"(?<![\w'])(un|une)\s+demi-(million|milliard)s?(?!\w)", _I)
_DE = re.compile(r"\s+(?:de\s+|d')", _I)
_SEUL = re.compile(r"\s+seule?(?!\w)", _I)
_ONE_ALONE = re.compile(r"une?\s+seule?(?!\w)", _I)
_SUR_NUMBER = re.compile(r"\s+sur\s+(?:\d|[^\W\d_])", _I)

#: Spans that must yield no quantity at all.
_BLOCKED = re.compile(
    "|".join(
        [
            # phone numbers: 01 23 45 67 89, +33 1 23 45 67 89, 0123456789
            r"(?<![\w,.])\+\d{1,3}[ .]?(?:\(0\)[ .]?)?\d(?:[ .-]?\d{2}){4}(?!\w)",
            r"(?<![\w,.])0\d(?:[ .-]?\d{2}){4}(?!\w)",
            r"(?<![\w,.])\d{2}(?:[ .-]\d{2}){3,}(?!\w)",
            # scores and ranges with a dash: 3-1, (1950-1953)
            r"(?<![\w.,])\d+(?:,\d+)?[ \t]?-[ \t]?\d+(?:,\d+)?(?!\w)",
            # times: 14h30, 14 h, 8H, 14:30
            r"(?<![\w.,])\d{1,2}[ \t]?[hH](?:[ \t]?\d{2})?(?:min)?(?!\w)",
            r"(?<![\w.,])\d{1,2}:\d{2}(?::\d{2})?(?!\w)",
            # numeric dates and ratios: 19/06/2024, 2024-06-19, 19.06.24, 24/7
            r"(?<![\w.,])\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}(?!\w)",
            r"(?<![\w.,])\d+/\d+(?!\w)",
            # dotted numbers that are not thousands: versions, addresses
            r"(?<![\w.,])(?!\d{1,3}(?:\.\d{3})+(?![\d.]))\d+(?:\.\d+){2,}(?!\w)",
        ]
    )
)


@attrs.frozen
class _Found:
    """One quantity in folded coordinates."""

    kind: str
    start: int
    end: int
    value: int | float
    mod: str | None = None
    unit: str | None = None
    flags: tuple[str, ...] = ()


@attrs.frozen
class _Context:
    """What the matchers read: the folded text, its map back, the Doc."""

    folded: Folded
    doc: Doc | None
    text: str  # folded.text


# ------------------------------------------------------------------- driver


def find_quantities(text: str, article: str, doc: Doc | None) -> list[Assertion]:
    """The number, percentage and ordinal assertions of one article.

    ``doc`` (the article's analysis) gives the counted noun's lemma and
    part of speech; without it a French singularisation is used.
    """
    folded = fold(text)
    context = _Context(folded, doc, folded.text)
    out = []
    for found in _scan(context):
        if _names_a_pair(context.text, found):
            found = attrs.evolve(found, flags=(*found.flags, "both"))
        elif found.kind == "number" and found.value == 1 and _ONE_ALONE.match(context.text, found.start, found.end):
            # "une seule infirmière": a count the sources tell with an
            # article ("une infirmière pour quatorze patients"), no figure
            found = attrs.evolve(found, flags=(*found.flags, "one"))
        start, end = folded.to_original(found.start, found.end)
        out.append(
            Assertion(
                article=article,
                kind=found.kind,
                start=start,
                end=end,
                text=text[start:end],
                value=found.value,
                mod=found.mod,
                unit=found.unit,
                flags=found.flags,
            )
        )
    return out


def _scan(ctx: _Context) -> Iterator[_Found]:
    """Try the matchers at each token, left to right, without overlaps."""
    text = ctx.text
    blocked = [(m.start(), m.end()) for m in _BLOCKED.finditer(text)]
    position = 0  # nothing is found before this offset
    for token in _TOKEN.finditer(text):
        if token.start() < position or not _may_start(token.group()):
            continue
        # "la moitié", "le tiers": these articles start nothing else
        matchers = _FRACTION_ONLY if token.group().lower() in ("la", "le") else _MATCHERS
        for matcher in matchers:
            found = [f for f in matcher(ctx, token.start()) if f.start >= position]
            if not found:
                continue
            for item in found:
                if not _overlaps(item, blocked):
                    yield item
                position = max(position, item.end)
            break


#: "les deux pays", "ces deux hommes": "deux" after a definite or
#: demonstrative article, before a noun of the sides of a story, means
#: "both" ("les deux blessés" counts: it is often the first mention of the
#: figure; "ses deux filles", a possessive, counts too).
_PAIR_ARTICLES = frozenset(("les", "ces"))
_SIDES = frozenset(
    """parties camps équipes côtés rives belligérants protagonistes interlocuteurs partenaires
    adversaires rivaux clubs formations pays dirigeants délégations""".split()
)
#: After "les deux", words that make the pair a count of what follows.
_BEFORE_A_NOUN = frozenset(
    "premiers premières derniers dernières autres seuls seules jeunes nouveaux nouvelles principaux principales".split()
)


def _names_a_pair(text: str, found: _Found) -> bool:
    if found.kind != "number" or found.value != 2 or found.mod is not None:
        return False
    if _lower(text, _prev_word(text, found.start)) not in _PAIR_ARTICLES:
        return False
    if found.unit is None:  # "les deux ont été blessés" (not "les deux premières victimes")
        return _lower(text, _next_word(text, found.end)) not in _BEFORE_A_NOUN
    return text[found.start : found.end].split()[-1].lower() in _SIDES


#: Words a quantity may start with, besides number words and ordinals.
_STARTERS = VAGUE_PLURAL | frozenset(SPECIAL_ORDINALS) | {"la", "le"}  # (shares: "la moitié")


def _may_start(token: str) -> bool:
    """A cheap test before the matchers: digits, a number word, an ordinal
    in words, a determiner of an approximate amount or of a share ("la
    moitié", "le tiers"), a Roman numeral."""
    if token[0].isdigit() or token[0] in "IVXLCDM":
        return True
    low = token.lower()
    return low in NUMBER_WORDS or low in _STARTERS or low.endswith(("ième", "ieme", "ièmes", "iemes"))


def _overlaps(found: _Found, spans: list[tuple[int, int]]) -> bool:
    return any(s < found.end and found.start < e for s, e in spans)


# ------------------------------------------------------------ text helpers


def _word_at(text: str, pos: int) -> tuple[int, int] | None:
    """The word (with its hyphenated parts) starting exactly at ``pos``;
    None inside a word or a compound ("Jong-un")."""
    match = _WORD.match(text, pos)
    if not match:
        return None
    if pos > 0 and (text[pos - 1].isalnum() or text[pos - 1] == "_"):
        return None
    if pos > 1 and text[pos - 1] == "-" and text[pos - 2].isalnum():
        return None
    return match.start(), match.end()


def _next_word(text: str, pos: int) -> tuple[int, int] | None:
    """The word after ``pos`` across blanks only (no punctuation)."""
    gap = _GAP.match(text, pos)
    if gap is None or gap.end() == pos:
        return None
    return _word_at(text, gap.end())


def _prev_word(text: str, pos: int) -> tuple[int, int] | None:
    """The word before ``pos`` across blanks or an elision ("d'un" -> d)."""
    i = pos
    while i > 0 and text[i - 1] in " \t\r\n":
        i -= 1
    if i > 0 and text[i - 1] == "'":
        i -= 1
    elif i == pos:
        return None
    j = i
    while j > 0 and (text[j - 1].isalpha() or (text[j - 1] == "-" and j > 1 and text[j - 2].isalpha())):
        j -= 1
    return (j, i) if j < i else None


def _lower(text: str, span: tuple[int, int] | None) -> str:
    return text[span[0] : span[1]].lower() if span else ""


def _clause_ends(text: str, pos: int) -> bool:
    """Nothing but punctuation (or the end) follows ``pos``."""
    rest = text[pos : pos + 3].lstrip(" \t")
    return not rest or rest[0] in ".,;:!?)\r\n"


def _sentence_start(text: str, pos: int) -> bool:
    i = pos
    while i > 0 and text[i - 1] in " \t\r\n\"(-":
        i -= 1
    # (a blank line opens a paragraph, after a title with no full stop too)
    return i == 0 or text[i - 1] in ".!?:;\n" or text.count("\n", i, pos) >= 2


def _month_after(text: str, pos: int) -> bool:
    """A month name follows ("19 juin", "7 sept. 2024", not "7 sept navires")."""
    span = _next_word(text, pos)
    word = _lower(text, span)
    if word == "sept":
        assert span is not None
        return bool(re.match(r"\.|\s+\d", text[span[1] : span[1] + 2]))
    return word in MONTHS


_DAY_RANGE = re.compile(
    rf"\s*(?:au|et|ou|à|-)\s+\d{{1,2}}(?:er)?\s+(?:{'|'.join(sorted(MONTHS - {'sept'}, key=len, reverse=True))}|sept\.)(?!\w)",
    _I,
)


def _is_date_part(text: str, start: int, end: int) -> bool:
    """"19 juin", "1er juin", "juin 2024", "mercredi 18", "18 au 20 juin"."""
    if _month_after(text, end) or _DAY_RANGE.match(text, end):
        return True
    span = _prev_word(text, start)
    before = _lower(text, span)
    if before == "sept":
        # "sept. 2024" is a month; "sept un zéro" is not
        assert span is not None
        return text[span[1] : span[1] + 1] == "."
    return before in MONTHS or before in WEEKDAYS


# ------------------------------------------------------------ counted nouns

_INVARIABLE = frozenset(
    """pays fois mois temps corps prix voix choix bras poids cas repas discours
    procès succès accès progrès univers virus bus campus consensus obus blocus
    processus bonus abus recours concours héros avis permis devis colis refus
    fils puits mépris""".split()
)


def singular(word: str) -> str:
    """A simple French singularisation of a lowercase noun (no dictionary:
    the Doc's lemma is used when there is one)."""
    if word in _INVARIABLE or len(word) <= 2:
        return word
    if word.endswith(("eaux", "eux", "oux")):
        return word[:-1]
    if word.endswith("aux") and word != "travaux":
        return word[:-3] + "al"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _noun_at(ctx: _Context, span: tuple[int, int] | None) -> tuple[int, str] | None:
    """The counted noun at ``span``: its end and lemma, or None."""
    if span is None:
        return None
    text = ctx.text
    word = text[span[0] : span[1]]
    low = word.lower()
    if low in FUNCTION_WORDS or low in MONTHS or low in WEEKDAYS or low in NOT_COUNTED:
        return None
    if singular(low).rstrip("e") in _FROM_PARTICIPLES and _FROM_AFTER.match(text, span[1]):
        return None  # "11 240 spectateurs, dont près de 7 000 venus de Narbonne": where from, not what
    # another number or an ordinal is not what a number counts
    parts = low.split("-")
    if all(p in NUMBER_WORDS or p == "et" for p in parts[:-1]) and (
        parts[-1] in NUMBER_WORDS or _is_ordinal_part(parts[-1])
    ):
        return None
    if ctx.doc is not None:
        start, end = ctx.folded.to_original(span[0], span[1])
        token = ctx.doc.token_at(start)
        if token is not None and token.start == start:
            noun = _noun_from_doc(ctx, token.i)
            if noun is not None and token.end < end and "-" in low:
                # a compound the analyser split ("Nord-Coréen"): the word
                return span[1], low if word[0].isupper() else singular(low)
            return noun
    # Without a (matching) doc: a capitalised word is a name, kept as is.
    return span[1], (low if word[0].isupper() else singular(low))


#: Participles that tell where people came from, not what they are.
_FROM_PARTICIPLES = frozenset("venu originair issu accouru".split())  # (not "partis", "arrivées": nouns too)
_FROM_AFTER = re.compile(r"[^\S\n]+(?:(?:de|du|des)(?![\w-])|d')", re.IGNORECASE)


def _noun_after(ctx: _Context, pos: int) -> tuple[int, str] | None:
    noun = _noun_at(ctx, _next_word(ctx.text, pos))
    if noun is not None and noun[1] in ("km", "kilomètre", "m", "mètre") and _PER_HOUR.match(ctx.text, noun[0]):
        return noun[0] + 2, "km/h" if noun[1] in ("km", "kilomètre") else "m/h"  # a speed: "120 km/h"
    return noun


_PER_HOUR = re.compile(r"/h(?![\w/])")


def _noun_from_doc(ctx: _Context, i: int) -> tuple[int, str] | None:
    assert ctx.doc is not None
    tokens = ctx.doc.tokens
    token = tokens[i]
    if token.pos in ("NOUN", "PROPN", "SYM"):
        return _folded_end(ctx, token.end), token.lemma.lower()
    # "9 gros navires": one adjective before the noun
    if token.pos == "ADJ" and i + 1 < len(tokens):
        following = tokens[i + 1]
        if following.pos in ("NOUN", "PROPN") and following.start <= token.end + 1:
            if following.text.lower() in _WHEN_NOUNS:
                # "27 blessés dimanche matin": the participle is the noun,
                # the day comes after it
                return _folded_end(ctx, token.end), singular(token.text.lower())
            return _folded_end(ctx, following.end), following.lemma.lower()
    return None


#: Nouns that say when, never what is counted ("27 blessés dimanche").
_WHEN_NOUNS = MONTHS | WEEKDAYS | frozenset("matin soir midi minuit nuit hier demain aujourd'hui".split())


def _folded_end(ctx: _Context, original_end: int) -> int:
    """The folded offset of an original end offset."""
    if original_end >= len(ctx.folded.original):
        return len(ctx.text)
    return ctx.folded.to_folded(original_end)


# ----------------------------------------------------------------- matchers

Found = list[_Found]


def _match_vague(ctx: _Context, pos: int) -> Found:
    """"des dizaines de missiles", "plusieurs centaines", "une dizaine"."""
    text = ctx.text
    span = _word_at(text, pos)
    if span is None:
        return []
    det = text[span[0] : span[1]].lower()
    if det not in VAGUE_PLURAL and det not in ("un", "une"):
        return []
    half = _DEMI_SCALE.match(text, pos)
    if half:
        # "un demi-million de réfugiés"
        value = SCALES[half.group(2).lower()] // 2
        return _one(_finish(ctx, pos, half.end(), value, None, approx_noun=True))
    noun = _next_word(text, span[1])
    noun_low = _lower(text, noun)
    if noun is None or not noun_low:
        return []
    if det in VAGUE_PLURAL and noun_low.endswith("s"):
        base = APPROX_NOUNS.get(noun_low[:-1]) or SCALES.get(noun_low)
        if base is None:
            return []
        value, mod = 2 * base, "EQUAL_OR_MORE"
    elif det in ("un", "une") and noun_low in APPROX_NOUNS:
        value, mod = APPROX_NOUNS[noun_low], "APPROX"
    else:
        return []
    return _one(_finish(ctx, span[0], noun[1], value, mod, approx_noun=True))


def _one(found: _Found | None) -> Found:
    return [found] if found is not None else []


def _match_digits(ctx: _Context, pos: int) -> Found:
    text = ctx.text
    match = _DIGITS_AT.match(text, pos)
    if not match:
        return []
    before = text[pos - 1] if pos else " "
    if before.isalnum() or before in "_,.":
        return []
    if before == "-" and pos >= 2 and text[pos - 2].isalnum():
        return []  # COVID-19, F-35
    raw = match.group()
    if before in " \u00a0\u202f" and pos >= 2 and text[pos - 2].isdigit() and re.match(r"\d{3}(?!\d)", raw):
        return []  # the thousands of "Entre 18 000", its head read as a label: no 0 of its own
    value = parse_digits(re.sub(r"\s", " ", raw))
    if value is None:
        return []
    start, end = pos, match.end()
    ordinal = _DIGIT_ORDINAL_AT.match(text, end)
    if ordinal and isinstance(value, int) and raw.isdigit() and suffix_agrees(value, ordinal.group(1)):
        return _one(_finish_ordinal(ctx, pos, ordinal.end(), value)) if value else []
    # Letters stuck to the digits: a multiplier ("100k"), a unit ("3km")
    # or an identifier ("3D", "5G": nothing).
    unit = None
    letters = _ATTACHED_LETTERS.match(text, end)
    if letters:
        suffix = letters.group()
        if suffix in MULTIPLIERS:
            value = as_number(round(value * MULTIPLIERS[suffix], 6))
        elif suffix in ATTACHED_UNITS:  # lowercase only: "5G" is a name
            unit = suffix
        else:
            return []
        end = letters.end()
    if before == "-" and not text[pos - 2 : pos - 1].isalnum():
        start, value = pos - 1, -value  # -3 %, -1200000
    currency = _CURRENCY_BEFORE.search(text, max(0, start - 2), start)
    if currency and unit is None:
        unit, start = CURRENCIES[currency.group(1)], currency.start()
    if _is_date_part(text, start, end) or (
        # (a share or a sum is no label: "la Région Hauts-de-France 35 %")
        _is_label(text, start) and not _PERCENT.match(text, end) and not _CURRENCY_AFTER.match(text, end)
    ):
        return []
    if raw.isdigit() and len(raw) == 4 and 1000 <= value <= 2199 and not letters and _is_year(ctx, start, end):
        return []
    return _one(_finish(ctx, start, end, value, None, unit=unit, digits=not letters))


def _is_label(text: str, start: int) -> bool:
    """Digits that name rather than count: "article 5", "page 12", "n°1",
    "la résolution 2231", and after a name: "France 2", "Boeing 737",
    "Ligue 1"."""
    if re.search(r"(?<!\w)n[°o]\.?\s*$", text[max(0, start - 4) : start], _I):
        return True
    span = _prev_word(text, start)
    if span is None or text[span[1] : span[1] + 1] == "'":
        return False
    word = text[span[0] : span[1]]
    if word.lower() in LABEL_NOUNS:
        return True
    if word.lower() == "semaine" and _lower(text, _prev_word(text, span[0])) in ("en", "la", "de"):
        return True  # "en semaine 14", "de la semaine 14": a week's number ("cette semaine 300 …" counts)
    return word[0].isupper() and not _sentence_start(text, span[0]) and word.lower() not in MONTHS


def _is_year(ctx: _Context, start: int, end: int) -> bool:
    """A bare four-digit number is a year unless it counts something."""
    text = ctx.text
    if _lower(text, _prev_word(text, start)) in YEAR_CONTEXT:
        return True
    if _PERCENT.match(text, end) or _CURRENCY_AFTER.match(text, end):
        return False
    return _noun_after(ctx, end) is None


def _match_words(ctx: _Context, pos: int) -> Found:
    """A run of number words, cut into numbers with text2num."""
    chunks = _number_chunks(ctx.text, pos)
    if not chunks:
        return []
    segments = list(_segments(chunks))
    cardinals = sum(1 for s in segments if not s[3])
    out: Found = []
    for start, end, value, is_ordinal, n_chunks in segments:
        if is_ordinal:
            found = _finish_ordinal(ctx, start, end, value)
        else:
            # Two number words side by side are often not a list ("toutes
            # deux une politique"): a list needs three.
            found = _word_cardinal(ctx, start, end, value, in_list=cardinals > 2, lone=n_chunks == 1)
        if found is not None:
            out.append(found)
    return out


_MAX_CHUNKS = 24


def _is_ordinal_part(word: str) -> bool:
    return word in ("unième", "unieme") or ordinal_word_value(word) is not None


#: Determiners before a plural "-ièmes" that make it a rank ("les
#: deuxièmes quadruplés", "ses troisièmes Jeux"), not a fraction ("des
#: centièmes de seconde", "trois cinquièmes").
_RANK_DETERMINERS = frozenset(("les", "ses", "leurs", "ces", "nos", "vos", "mes", "tes", "aux"))


_ORDINAL_DETERMINERS = _RANK_DETERMINERS | {"le", "la", "l", "son", "sa", "leur", "ce", "cet", "cette", "notre", "votre"}


def _plural_rank(text: str, span: tuple[int, int], parts: list[str]) -> bool:
    """Whether a plural "-ièmes" word is a rank: after a definite or
    possessive determiner, alone (no cardinal before it), and not a share
    of something ("les deux tiers de", "les dixièmes de seconde"); or
    before a league or a table ("neuvièmes de Ligue 1")."""
    last = parts[-1]
    if not last.endswith(("ièmes", "iemes")) or not _is_ordinal_part(last[:-1]) or last in _FRACTIONS_OF_TIME:
        return False
    if _RANKED_IN.match(text, span[1]):
        return True  # "Les Toulousains, neuvièmes de Ligue 1": a team's place
    if _lower(text, _prev_word(text, span[0])) not in _RANK_DETERMINERS:
        return False
    return _SHARE_OF.match(text, span[1]) is None


#: A preposition before a gap told in fractions of a second: "à trois dixièmes du leader".
_GAP_BEFORE = re.compile(r"(?<![\w'])(?:à|a|de)\s+$", re.IGNORECASE)
#: Fractions more than ranks: "Les centièmes ont manqué au skieur".
_FRACTIONS_OF_TIME = frozenset(("dixièmes", "centièmes", "millièmes", "dixiemes", "centiemes", "milliemes"))
_SHARE_OF = re.compile(r"[ \t]+(?:de|d'|d’|du|des)(?!\w)", _I)


def _number_chunks(text: str, pos: int) -> list[tuple[int, int, str, bool]]:
    """Consecutive number-word chunks from ``pos``: (start, end, lowercase
    words, is ordinal).  A chunk is one word or a hyphenated compound; a
    chunk ending in an ordinal ends the run."""
    chunks: list[tuple[int, int, str, bool]] = []
    cursor = pos
    while len(chunks) < _MAX_CHUNKS:
        span = _word_at(text, cursor)
        if span is None:
            break
        low = text[span[0] : span[1]].lower()
        parts = low.split("-")
        inner_ok = all(p in NUMBER_WORDS or p == "et" for p in parts[:-1]) and parts[0] != "et"
        if low == "et" and chunks:
            is_ordinal = False
        elif inner_ok and parts[-1] in NUMBER_WORDS:
            is_ordinal = False
        elif inner_ok and _is_ordinal_part(parts[-1]):
            is_ordinal = True
        elif not chunks and _plural_rank(text, span, parts):
            # "les deuxièmes quadruplés": read as its singular
            is_ordinal, parts[-1] = True, parts[-1][:-1]
        else:
            break
        chunks.append((span[0], span[1], " ".join(parts), is_ordinal))
        gap = _GAP.match(text, span[1])
        if is_ordinal or gap is None or gap.end() == span[1]:
            break
        cursor = gap.end()
    while chunks and chunks[-1][2] == "et":
        chunks.pop()
    return chunks


def _segments(chunks: list[tuple[int, int, str, bool]]) -> Iterator[tuple[int, int, int, bool, int]]:
    """Cut a run into numbers, longest valid prefix first: (start, end,
    value, is ordinal, number of chunks).  "vingt un" is 20 then 1,
    "mille mille deux cent" 1000 then 1200, "vingt et unième" 21st."""
    n = len(chunks)
    cardinal_end, ordinal = n, None
    if chunks and chunks[-1][3]:
        cardinal_end = n - 1
        # The ordinal takes as many chunks before it as still parse.
        for k in range(n):
            # "un centième", "un millionième": the article and a fraction
            if chunks[k][2] == "et" or (chunks[k][2] in ("un", "une") and k == n - 2):
                continue
            value = ordinal_word_value(" ".join(c[2] for c in chunks[k:]))
            if value is not None:
                cardinal_end, ordinal = k, (chunks[k][0], chunks[-1][1], value, True, n - k)
                break
    i = 0
    while i < cardinal_end:
        for j in range(cardinal_end, i, -1):
            words = [c[2] for c in chunks[i:j]]
            if words[0] == "et" or words[-1] == "et" or words == ["mil"]:
                continue
            value = words_value(" ".join(words))
            if value is not None:
                yield chunks[i][0], chunks[j - 1][1], value, False, j - i
                i = j
                break
        else:
            i += 1
    if ordinal is not None:
        yield ordinal


def _word_cardinal(ctx: _Context, start: int, end: int, value: int, *, in_list: bool, lone: bool) -> _Found | None:
    text = ctx.text
    words = text[start:end].lower()
    # A capitalised number word inside a sentence is part of a name ("Kim
    # Jong Un").
    if lone and text[start].isupper() and not _sentence_start(text, start):
        return None
    decimal = _decimal_after(text, end)
    if decimal is not None:
        # "deux virgule cinq", "zéro virgule cent douze"
        fraction, end = decimal
        return _finish(ctx, start, end, as_number(float(f"{value}.{fraction}")), None)
    if lone and not in_list and not _in_comma_list(text, start, end):
        if words in ("un", "une") and not _counts_one(ctx, start, end):
            return None
        if words in ("zéro", "zero", "neuf") and not _counts_small(ctx, start, end):
            return None
        if words == "cents" or (words == "cent" and _lower(text, _prev_word(text, start)) == "pour"):
            return None  # the currency, "pour cent"
    if words == "sept" and _SEPT_MONTH.match(text, end) and (
        _SEPT_YEAR.match(text, end) or _DAY_BEFORE.search(text, max(0, start - 4), start)
    ):
        return None  # "7 sept.", "sept. 2024": the month
    if _is_date_part(text, start, end):
        return None
    return _finish(ctx, start, end, value, None)


_VIRGULE = re.compile(r"[ \t]+virgule[ \t]+", _I)


def _decimal_after(text: str, end: int) -> tuple[str, int] | None:
    """The decimals after "virgule" as digits, and where they end: leading
    "zéro"s then one number ("virgule zéro cinq" -> "05")."""
    comma = _VIRGULE.match(text, end)
    if not comma:
        return None
    chunks = _number_chunks(text, comma.end())
    digits = ""
    while chunks and chunks[0][2] in ("zéro", "zero"):
        digits += "0"
        end = chunks.pop(0)[1]
    if chunks and not chunks[-1][3]:
        first = next(_segments(chunks), None)
        if first is not None and not first[3]:
            return digits + str(first[2]), first[1]
    return (digits, end) if digits else None


_SEPT_MONTH = re.compile(r"\.")
_SEPT_YEAR = re.compile(r"\.\s*\d")
_DAY_BEFORE = re.compile(r"\d(?:er)?\s+$")


def _in_comma_list(text: str, start: int, end: int) -> bool:
    """"un, deux, trois": three or more number words joined by commas."""
    before = re.search(rf"(?:(?<![\w'])(?:{_NUMBER_WORD})\s*,\s*)+$", text[max(0, start - 60) : start], _I)
    after = re.match(rf"(?:\s*,\s*(?:{_NUMBER_WORD})(?!\w))+", text[end : end + 60], _I)
    count = 1 + (before.group().count(",") if before else 0) + (after.group().count(",") if after else 0)
    return count >= 3


def _counts_one(ctx: _Context, start: int, end: int) -> bool:
    """Whether an "un"/"une" counts (see the module's docstring)."""
    text = ctx.text
    if _lower(text, _next_word(text, end)) in TIME_UNITS:
        return False  # "un an", "plus d'une heure": durations
    if _PRE_MOD.search(text, max(0, start - 40), start):
        return True
    if _SEUL.match(text, end) or _SUR_NUMBER.match(text, end) or _PERCENT.match(text, end):
        return True
    after = _next_word(text, end)
    after_low = _lower(text, after)
    if after_low in MEASURE_UNITS or singular(after_low) in MEASURE_UNITS:
        return True
    if after is None and _clause_ends(text, end):
        before = _lower(text, _prev_word(text, start))
        return before not in ("l", "le", "la", "les", "d", "du", "chacun", "à")
    return False


def _counts_small(ctx: _Context, start: int, end: int) -> bool:
    """"zéro"/"neuf" alone count before a noun or after a determiner or a
    preposition ("les neuf", "à neuf"), not as adjectives."""
    text = ctx.text
    if text[start:end].lower() != "neuf":
        # "zéro" is an adjective only after its noun ("tolérance zéro"); the
        # analyser tags it ADJ in "zéro mort" too, so its tag is not asked
        return bool(_PERCENT.match(text, end)) or _noun_after_zero(ctx, end) is not None
    if ctx.doc is not None:
        original, _ = ctx.folded.to_original(start, end)
        token = ctx.doc.token_at(original)
        if token is not None and token.pos == "ADJ":
            return False
    before = _lower(text, _prev_word(text, start))
    if before in DETERMINERS:
        return True
    return _noun_after(ctx, end) is not None


def _noun_after_zero(ctx: _Context, end: int) -> tuple[int, str] | None:
    """The noun "zéro" counts. The analyser, having read "zéro" as an
    adjective, tags the word after it a verb or an adjective ("zéro
    victime", "zéro blessé"), so a lowercase word that is no function word
    is taken as the noun when the analyser sees none. A capitalised one is
    a name ("Zéro Déchet")."""
    span = _next_word(ctx.text, end)
    if span is None or not ctx.text[span[0]].islower():
        return None
    if ctx.doc is not None:
        token = ctx.doc.token_at(ctx.folded.to_original(span[0], span[1])[0])
        if token is not None and token.pos == "ADV":
            return None  # "zéro partout": a score, no count
    return _noun_at(ctx, span) or _noun_at(attrs.evolve(ctx, doc=None), span)


def _noun_after_ordinal(ctx: _Context, start: int, end: int) -> tuple[int, str] | None:
    """The noun a rank ranks.  After a determiner a rank needs one, so an
    adjective or a participle the analyser sees after it with no noun is
    the noun ("les deuxièmes quadruplés nés à Reims", "le troisième
    condamné a fait appel"); a finite verb is not ("les deuxièmes sont
    arrivés"), nor a word after a place with no determiner ("arrivée
    troisième épuisée")."""
    superlative = _superlative_noun(ctx, end)
    if superlative is not None:
        return superlative
    noun = _noun_after(ctx, end)
    if noun is not None or ctx.doc is None or _lower(ctx.text, _prev_word(ctx.text, start)) not in _ORDINAL_DETERMINERS:
        return noun
    span = _next_word(ctx.text, end)
    if span is None:
        return None
    token = ctx.doc.token_at(ctx.folded.to_original(span[0], span[1])[0])
    if token is None or not (token.pos == "ADJ" or (token.pos == "VERB" and "VerbForm=Part" in token.morph)):
        return None
    if token.text.lower().startswith("âgé"):
        return None  # "le troisième, âgé de 15 ans": an age, no noun
    return _noun_at(attrs.evolve(ctx, doc=None), span)


def _superlative_noun(ctx: _Context, end: int) -> tuple[int, str] | None:
    """The noun a rank ranks past a superlative: "le deuxième plus grand
    animal", "la seconde plus haute tour"."""
    superlative = _SUPERLATIVE_AFTER.match(ctx.text, end)
    return _noun_after(ctx, superlative.end()) if superlative is not None else None


#: A superlative between a rank and its noun: "deuxième plus grand", "troisième moins cher".
_SUPERLATIVE_AFTER = re.compile(r"[ \t]+(?:plus|moins)[ \t]+[^\W\d_]+(?=[ \t]+[^\W\d_])", _I)


def _match_special_ordinal(ctx: _Context, pos: int) -> Found:
    """premier, première, second, seconde (singular only)."""
    text = ctx.text
    span = _word_at(text, pos)
    if span is None:
        return []
    low = text[span[0] : span[1]].lower()
    if low not in SPECIAL_ORDINALS:
        return []
    value = SPECIAL_ORDINALS[low]
    before = _lower(text, _prev_word(text, pos))
    following = _next_word(text, span[1])
    following_low = _lower(text, following)
    idiom = ORDINAL_IDIOMS.get(following_low)
    if idiom is not None and (None in idiom or before in idiom):
        return []
    if _month_after(text, span[1]):
        return []
    if ctx.doc is not None and low == "seconde":
        original, _ = ctx.folded.to_original(span[0], span[1])
        token = ctx.doc.token_at(original)
        if token is not None and token.pos == "NOUN":
            return []  # the unit of time
    if _noun_after(ctx, span[1]) is not None or _superlative_noun(ctx, span[1]) is not None:
        return _one(_finish_ordinal(ctx, span[0], span[1], value))
    if following is None and _clause_ends(text, span[1]):
        # "il est arrivé premier." / "la seconde." but "en une seconde."
        if low == "seconde" and before not in ("la", "sa", "cette", "leur", "notre", "votre"):
            return []
        if before == "en":
            return []
        return _one(_finish_ordinal(ctx, span[0], span[1], value))
    if low.startswith("premi") and following_low == "à" and before in ("le", "la", "l", "du"):
        return _one(_finish_ordinal(ctx, span[0], span[1], value))  # "le premier à"
    return []


def _match_roman(ctx: _Context, pos: int) -> Found:
    """"XXIe siècle", "la Ve République"."""
    text = ctx.text
    span = _word_at(text, pos)
    if span is None:
        return []
    match = _ROMAN_ORDINAL_WORD.fullmatch(text, span[0], span[1])
    if not match:
        return []
    numeral = match.group(1)
    value = roman_ordinal_value(numeral)
    if value is None or not suffix_agrees(value, match.group(2)):
        return []  # "l'Inde" is no "1nde"
    if numeral == "I":
        name = _prev_word(text, pos)
        if name and text[name[0]].isupper():
            return []  # François Ier
    return _one(_finish_ordinal(ctx, span[0], span[1], value))


def _finish_ordinal(ctx: _Context, start: int, end: int, value: int) -> _Found | None:
    if _is_date_part(ctx.text, start, end):
        return None
    unit = None
    flags: tuple[str, ...] = ()
    noun = _noun_after_ordinal(ctx, start, end)
    other = _NEXT_ORDINAL.match(ctx.text, end) if noun is None else None
    if other is not None:
        # "du 1er au 7e arrondissement", "les 3e et 4e places": the first
        # ordinal of a range or list counts the last one's noun
        shared = _noun_after(ctx, other.end())
        unit = shared[1] if shared is not None else None
        if unit in _PLACE_NOUNS:
            unit = "place"
    if (other is not None and other.group(1)) or _RANGE_FROM.search(ctx.text, max(0, start - 24), start):
        # the ends of a range name members ("du 1er au 7e arrondissement"),
        # they claim no rank
        flags = ("range",)
    if noun is not None:
        end, unit = noun
        if unit in _PLACE_NOUNS:
            unit = "place"  # "au 9e rang" is "à la 9e place"
        elif (_BEING_THE_BEFORE.search(ctx.text, max(0, start - 40), start)
              and (scope := _RANKING_SCOPE.match(ctx.text, end)) is not None
              and not _TO_DO_AFTER.match(ctx.text, scope.end())):  # fmt: skip
            # "le cinquième éditeur européen", "la deuxième ville de France":
            # a place in a ranking, as "au sixième rang des éditeurs européens"
            unit = "place"
    elif _RANKED_IN.match(ctx.text, end) or _RANKED_BY.search(ctx.text, max(0, start - 24), start):
        # "16e de Ligue 1", "17e et avant-dernier du classement", "termine
        # neuvième", "se classe 9e": a place in a ranking
        unit = "place"
    elif unit is None:
        unit = _elided_noun(ctx, start)
    if _FORMER_BEFORE.search(ctx.text, max(0, start - 40), start) or _AT_THE_START.match(ctx.text, end):
        # "qui était quatrième au départ de Pau": a rank held before the
        # one the story tells ("se hisse au deuxième rang")
        flags = (*flags, "former")
    return _Found("ordinal", start, end, value, None, unit, flags)


#: A verb of being and a definite article right before a rank ("est
#: désormais le cinquième éditeur européen"), and the scope of a ranking
#: right after its noun.
_BEING_THE_BEFORE = re.compile(
    r"(?<![\w'’])(?:est|sont|devient|deviennent|reste|restent|demeure|[ée]tait|sera|devenu|devenue)"
    r"(?:[ \t]+(?:d[ée]sormais|aujourd'hui|aujourd’hui|toujours|d[ée]j[àa]|encore|bien|ainsi))?[ \t]+(?:le|la|l'|l’)[ \t]*$",
    re.IGNORECASE,
)
#: "le premier président européen à se rendre à Kiev": the first to do, no ranking.
_TO_DO_AFTER = re.compile(
    r"[ \t]+[àa][ \t]+(?:se[ \t]+|s['’]|y[ \t]+|en[ \t]+)?(?!la[ \t]|l['’])[^\W\d_]+(?:er|ir|re)(?!\w)", re.IGNORECASE
)
_RANKING_SCOPE = re.compile(
    r"[ \t]+(?:europ[ée]en(?:ne)?s?|mondiale?s?|fran[çc]aise?s?|nationale?s?|r[ée]gionale?s?|hexagonale?s?"
    r"|de[ \t]+France|d['’]Europe|du[ \t]+monde|du[ \t]+pays|de[ \t]+la[ \t]+r[ée]gion)(?!\w)",
    re.IGNORECASE,
)


#: An imperfect of being ranked right before a rank: a rank held before.
_FORMER_BEFORE = re.compile(
    r"(?<![\w'’])(?:[ée]tai(?:t|en)t?|pointai(?:t|en)t?|occupai(?:t|en)t?|figurai(?:t|en)t?)"
    r"(?:[ \t]+encore|[ \t]+alors|[ \t]+d[ée]j[àa])?[ \t]+(?:au[ \t]+|à[ \t]+la[ \t]+|la[ \t]+|le[ \t]+)?$",
    re.IGNORECASE,
)
#: ... or the rank the day began with: "sixième au départ de Pau".
_AT_THE_START = re.compile(r"[ \t]+au[ \t]+d[ée]part(?!\w)", re.IGNORECASE)


def _elided_noun(ctx: _Context, start: int) -> str | None:
    """The noun of a rank with none after it, that of an earlier rank of
    its sentence or the one before, after a determiner of the same gender:
    "à la 24e minute, puis … à la 32e", "dès la 23e minute. Il a fallu
    attendre la 67e" (an ellipsis of "minute"), "au 5e tour … au 7e"."""
    text = ctx.text
    frame = _DETERMINER_BEFORE.search(text, max(0, start - 6), start)
    if frame is None:
        return None
    gender = _DETERMINER_GENDER[frame.group(1).lower()]
    told_from = max(_break_before(text, max(_break_before(text, start), 0)), start - 240) + 1
    earlier = [m for m in _RANK_AFTER_DETERMINER.finditer(text, told_from, frame.start())
               if _DETERMINER_GENDER[m.group(1).lower()] == gender]  # fmt: skip
    if not earlier:
        return None
    noun = _noun_after_ordinal(ctx, earlier[-1].start(2), earlier[-1].end())
    if noun is None or noun[1] not in _SEQUENCE_NOUNS:
        return None
    return "place" if noun[1] in _PLACE_NOUNS else noun[1]


def _break_before(text: str, pos: int) -> int:
    """The offset of the last sentence or line break before ``pos``, -1 if none."""
    return max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos))


#: The nouns of a sequence told rank after rank, whose noun French drops
#: after the first ("à la 24e minute, puis à la 32e", "au 5e tour, puis au
#: 7e"); not "au 3e étage … au 12e" (a district as often).
_SEQUENCE_NOUNS = frozenset(
    "minute seconde tour place rang position kilomètre km journée étape manche set round trou jeu".split()
)
#: The determiner right before a rank, and an earlier rank after one:
#: the elided noun agrees with it ("la 67e" is a minute, "le 7e" a tour).
_DETERMINER_BEFORE = re.compile(r"(?<!\w)(la|le|au|du)[ \t]+$", _I)
_RANK_AFTER_DETERMINER = re.compile(rf"(?<!\w)(la|le|au|du)[ \t]+(\d+{DIGIT_ORDINAL_SUFFIX})(?!\w)", _I)
_DETERMINER_GENDER = {"la": "f", "le": "m", "au": "m", "du": "m"}


_PLACE_NOUNS = frozenset(("rang", "position"))
#: ("passe de la 6e à la 2e place": a move from one rank to another, no range)
_NEXT_ORDINAL = re.compile(
    rf"(?:[ \t]*,|[ \t]+(?:(au|à)(?![ \t]+la[ \t])|à[ \t]+la|et|ou))[ \t]+\d+{DIGIT_ORDINAL_SUFFIX}(?!\w)", _I
)
#: The start of a range of ordinals before its last one: "du 1er au ".
_RANGE_FROM = re.compile(rf"(?<!\w)(?:du|de)[ \t]+\d+{DIGIT_ORDINAL_SUFFIX}[ \t]+(?:au|à)[ \t]+$", _I)
#: A verb of finishing a race or a ranking right before a rank with no noun.
_RANKED_BY = re.compile(
    r"(?<!\w)(?:(?:termin|fini|class|arriv|pointe|pointé|remont|recul|grimp)\w*|est|sont|reste|restent)"
    r"[ \t]+(?:au[ \t]+|à[ \t]+la[ \t]+)?$"
)


#: What follows a rank with no noun in a ranking: "et avant-dernier de
#: Ligue 1", or a league, a table or a pool ("16e de Ligue 1", "3e du
#: classement", "5e du Top 14"); not a district ("le 12e de Paris"), a
#: person's film or goal ("la 3e de Juliette Binoche").
_RANKED_IN = re.compile(
    r"[ \t]+et[ \t]+(?:avant-)?derni(?:er|ère|ere)[ \t]+(?:de|du|d')"
    r"|[ \t]+(?:de[ \t]+(?:la[ \t]+|l')?|du[ \t]+|d')"
    r"(?:classement|championnat|poule|groupe|conférence|Ligue|Top|Pro[ \t]D2|National|Liga|Serie|Bundesliga"
    r"|Premier[ \t]League|Elite|Élite)(?!\w)"
)


def _finish(
    ctx: _Context,
    start: int,
    end: int,
    value: int | float,
    mod: str | None,
    *,
    unit: str | None = None,
    digits: bool = False,
    approx_noun: bool = False,
) -> _Found | None:
    """A cardinal at [start, end): its scale, "et demi", percent, currency
    or counted noun, and its modifiers."""
    text = ctx.text
    if _lower(text, _next_word(text, end)) in FRACTIONS:
        return None  # "deux tiers des électeurs": a fraction (not modelled)
    # "1,5 million", "3 milliards", "10 000 milliards", "1,5 Md€"
    scale = _next_word(text, end) if digits else None
    if scale and _lower(text, scale) in SCALES:
        value = as_number(round(value * SCALES[_lower(text, scale)], 6))
        end = scale[1]
    elif digits and unit is None:
        multiplier = _SPACED_MULTIPLIER.match(text, end)
        if multiplier:
            value = as_number(round(value * MULTIPLIERS[multiplier.group(1)], 6))
            end = multiplier.end(1)
    if digits and unit is None:
        value, unit = _first_end_of_range(ctx, start, end, value, scaled=bool(scale and _lower(text, scale) in SCALES))
        if unit is None and _AGES_LISTED_AFTER.match(text, end) and not _LENGTH_BEFORE.search(text, max(0, start - 12), start):
            unit = "an"  # "Paul et Lucie Martin, 45 et 38 ans": each an age (not "il y a 50 et 70 ans")
    # "deux centaines de manifestants": an approximate amount
    approx = _next_word(text, end) if not approx_noun else None
    approx_low = _lower(text, approx)
    if approx and approx_low.rstrip("s") in APPROX_NOUNS and isinstance(value, int):
        value, mod, approx_noun = value * APPROX_NOUNS[approx_low.rstrip("s")], "APPROX", True
        end = approx[1]
    if approx_noun:
        end, value = _scale_after_approx(text, end, value)
    half = _HALF.match(text, end)
    if half:
        # "deux et demi", "un million et demi"
        last = text[start:end].split()[-1].lower()
        value = as_number(value + 0.5 * SCALES.get(last, 1))
        end = half.end()
    percent = _PERCENT.match(text, end)
    if percent and unit is None:
        # "40 % des voix": what the percentage is a share of
        end, unit = percent.end(), None
        of = _PERCENT_OF.match(text, end)
        noun = _noun_at(ctx, _word_at(text, of.end())) if of else None
        if noun is not None:
            end, unit = noun
        return _with_modifiers(ctx, _Found("percentage", start, end, value, mod, unit))
    if unit is None and _PERCENT_RANGE_END.match(text, end) and _RANGE_OPENER.search(text, max(0, start - 8), start):
        # "entre 1,5 et 2 %", "de 20 à 30 %": the first bound is a percentage too
        return _with_modifiers(ctx, _Found("percentage", start, end, value, mod, None))
    if unit is None:
        unit, end, value = _unit_after(ctx, start, end, value, needs_de=approx_noun or _ends_with_big_scale(text, start, end))
    return _with_modifiers(ctx, _Found("number", start, end, value, mod, unit))


def _first_end_of_range(ctx: _Context, start: int, end: int, value: int | float,
                        scaled: bool) -> tuple[int | float, str | None]:  # fmt: skip
    """The value and unit of a figure that opens a range ("de", "entre"):
    told in the scale and unit of the second end, when within a factor ten
    of it ("de 14,5 à 18,2 millions d'euros", "de 1,5 à 2 Md€"; not "de 120
    à 3 millions"), else counting what the second end counts ("de 2 à 2,5
    euros", "entre 800 000 et 1,2 million de visiteurs"; not years)."""
    text = ctx.text
    if not _RANGE_OPENER.search(text, max(0, start - 8), start):
        return value, None
    second = _RANGE_END_FIGURE.match(text, end)
    if 0 < value < 1000 and not scaled:
        if (second and second.group(2) and _SHORT_FIGURE.fullmatch(second.group(1))
                and _within_ten(value, second.group(1))):  # fmt: skip
            value = as_number(round(value * SCALES[second.group(2).lower()], 6))
            return value, _unit_after(ctx, start, second.end(), value, needs_de=True)[0]
        symbol = _SYMBOL_RANGE_END.match(text, end)
        if symbol and _within_ten(value, symbol.group(1)):
            return as_number(round(value * MULTIPLIERS[symbol.group(2)], 6)), CURRENCIES[symbol.group(3)]
    if second and not (1900 <= value <= 2100 and len(second.group(1)) == 4):
        return value, _unit_after(ctx, second.start(1), second.end(), value, needs_de=bool(second.group(2)))[0]
    return value, None


#: Words before years that make them a length or a time ago, no age.
_LENGTH_BEFORE = re.compile(r"(?<!\w)(?:il[ \t]+y[ \t]+a|depuis|pendant|durant|dans|en|sur|pour)[ \t]+$", _I)
#: The ages listed after a figure: "45 et 38 ans", "12, 14 et 17 ans".
_AGES_LISTED_AFTER = re.compile(r"(?:[ \t]*,[ \t]*\d{1,3})*[ \t]+et[ \t]+\d{1,3}[ \t]+ans(?!\w)", _I)


def _within_ten(value: int | float, figure: str) -> bool:
    """Whether ``value`` is within a factor ten of a figure written "1,5"."""
    other = float(figure.replace(",", "."))
    return other > 0 and 0.1 <= value / other <= 10


_DEGREES_BELOW_ZERO = re.compile(
    r"\s+degr[ée]s?(?:\s+celsius)?(\s+(?:en[\s-]+dessous\s+de|sous)\s+z[ée]ro(?!\w))?", _I
)
_PERCENT_RANGE_END = re.compile(r"\s+(?:et|à)\s+\d+(?:,\d+)?(?:[ \t]?%|\s+pour(?:\s+|-)cent(?!\w))", _I)
_RANGE_END_FIGURE = re.compile(
    r"\s+(?:et|à)\s+(\d+(?:[ \u202f]\d{3})*(?:,\d+)?)(?:\s+(millions?|milliards?)(?!\w))?", _I
)
_SYMBOL_RANGE_END = re.compile(r"\s+(?:et|à)\s+(\d{1,3}(?:,\d+)?)[ \t]?(Mds|Mrds|Mrd|Md|M|k)[ \t]?([€$£])")
#: A figure that a scale multiplies: "1,5" (not "1 200").
_SHORT_FIGURE = re.compile(r"\d{1,3}(?:,\d+)?")
_RANGE_OPENER = re.compile(r"(?<![\w'])(?:entre|de)\s+$", _I)
_PERCENT_OF = re.compile(r"\s+(?:des|du|de\s+la|de\s+l'|de|d')\s*(?<=\s|')", _I)
_SPACED_MULTIPLIER = re.compile(r"[ \t](Mds|Mrds|Mrd|Md|M|k)(?=[€$£])")
_BIG_SCALE = re.compile(r"(?:millions?|milliards?)$", _I)


def _ends_with_big_scale(text: str, start: int, end: int) -> bool:
    return bool(_BIG_SCALE.search(text, start, end))


def _scale_after_approx(text: str, end: int, value: int | float) -> tuple[int, int | float]:
    """"des dizaines de milliers": the scale after an approximate noun."""
    de = _DE.match(text, end)
    if de:
        scale = _word_at(text, de.end())
        word = _lower(text, scale)
        if scale and word in ("milliers", "millions", "milliards"):
            factor = {"milliers": 1000, "millions": 10**6, "milliards": 10**9}[word]
            return scale[1], value * factor
    return end, value


def _unit_after(
    ctx: _Context, start: int, end: int, value: int | float, *, needs_de: bool
) -> tuple[str | None, int, int | float]:
    """The currency, degree or counted noun after a cardinal."""
    text = ctx.text
    currency = _CURRENCY_AFTER.match(text, end)
    if currency:
        return CURRENCIES[currency.group(1)], currency.end(), value
    degree = _DEGREE.match(text, end)
    if degree:
        return "degré", degree.end(), value
    degrees = _DEGREES_BELOW_ZERO.match(text, end)
    if degrees:
        # "10 degrés en dessous de zéro", "5 degrés sous zéro"
        below = degrees.group(1) is not None
        return "degré", degrees.end(), -value if below else value
    if needs_de:
        # "3 millions de personnes", "des dizaines de missiles"
        de = _DE.match(text, end)
        noun = _noun_at(ctx, _word_at(text, de.end())) if de else None
    else:
        # "un seul navire"
        seul = _SEUL.match(text, end)
        zero = value == 0 and text[start:end].lower() in ("zéro", "zero")
        noun = (_noun_after_zero if zero else _noun_after)(ctx, seul.end() if seul else end)
        if noun is None and (partitive := _PARTITIVE.match(text, end)):
            # "Cinq des six membres d'équipage": members, out of a number of them
            counted = _noun_after(ctx, partitive.end())
            if counted is not None:
                return counted[1], end, value
    if noun is None:
        return None, end, value
    end, unit = noun
    half = _HALF.match(text, end)
    if half and isinstance(value, int):
        # "trois heures et demie"
        return unit, half.end(), value + 0.5
    return unit, end, value


def _with_modifiers(ctx: _Context, found: _Found) -> _Found:
    """Extend a quantity over the modifier before or after it."""
    text = ctx.text
    start, end, mod, value = found.start, found.end, found.mod, found.value
    window = max(0, start - 40)
    pre = _PRE_MOD.search(text, window, start)
    if pre and pre.group(1).lower().startswith("plus qu") and _NEGATION_BEFORE.search(text, window, pre.start(1)):
        pre = None  # "ne recueille plus que 27 %": only 27 %, not more
    if pre:
        start, mod = pre.start(1), PRE_MODIFIERS[" ".join(pre.group(1).lower().split())]
    else:
        negative = _NEGATIVE_WORD.search(text, window, start)
        if negative and value > 0 and not _NOT_NEGATIVE_BEFORE.search(text, window, start):
            # "moins 5 degrés", but not "trois moins deux", "10 moins 3"
            before = text[window : negative.start()].rstrip()
            if not before[-1:].isdigit() and _lower(text, _prev_word(text, negative.start())) not in NUMBER_WORDS:
                start, value = negative.start(), -value
    post = _POST_MOD.match(text, end)
    if post and (mod is None or mod == found.mod == "APPROX"):
        end = post.end()
        mod = POST_MODIFIERS[" ".join((post.group(1) or post.group(2)).lower().split())]
    return attrs.evolve(found, start=start, end=end, mod=mod, value=value)


#: Denominators of fractions and how many parts make the whole.
DENOMINATORS = {
    "tiers": 3, "quart": 4, "quarts": 4,
    "cinquième": 5, "sixième": 6, "septième": 7, "huitième": 8, "neuvième": 9,
    "dixième": 10, "vingtième": 20, "centième": 100, "millième": 1000,
}  # fmt: skip
#: "le tiers des sièges", "le quart de": "le" counts one only before these
#: ("le huitième de la saison" is a rank).
_LE_DENOMINATORS = frozenset(("tiers", "quart"))
#: "la moitié des", "les deux tiers de la", "le quart de ses": the share
#: and a determined whole it is of (a bare "de" makes a compound noun:
#: "un quart de finale", "un tiers de confiance", "un demi de mêlée").
_FRACTION = re.compile(
    r"(?:(?P<half>la\s+moiti[ée])|(?P<num>\d{1,2}|[^\W\d_]+)\s+(?P<den>[^\W\d_]+))"
    r"\s+(?:des|du|de\s+la|de\s+l'|d'|de\s+(?:ses|sa|son|leurs|leur|nos|notre|vos|votre|mes|ma|mon"
    r"|ces|cette|cet|ce)(?!\w))\s*(?<=\s|')",
    _I,
)
#: "un Français sur deux", "trois salariés sur quatre".
_ONE_IN = re.compile(
    r"(?P<num>\d{1,2}|[^\W\d_]+)\s+(?P<noun>[^\W\d_]+(?:-[^\W\d_]+)*)\s+sur\s+(?P<den>\d{1,2}|[^\W\d_]+)(?!\w)",
    _I,
)
#: After "sur N", what makes N no denominator of a share: more digits or
#: a scale ("sur 1 000", "sur deux millions"), a noun or unit ("sur cinq
#: ans", "sur 10 km", "sur deux sœurs": a plural), "fois" (how often).
_NOT_ONE_IN_AFTER = re.compile(
    r"[ \t\u00a0]*(?:\d|[,.]\d|(?:mille|cents?|millions?|milliards?|km|m|kg|t|h|min)(?!\w)"
    r"|[^\W\d_]*[sx](?!\w))",
    _I,
)
_NOT_SHARED = TIME_UNITS | {"fois", "week-end", "week-ends", "coup", "coups"}
#: "plus des deux tiers", "près des trois quarts": a modifier before "des".
_BEFORE_DES = re.compile(r"(?<![\w'])(plus|moins|près)\s+des\s+$", _I)
_BEFORE_DES_MODS = {"plus": "MORE_THAN", "moins": "LESS_THAN", "près": "APPROX"}


def _small_number(word: str) -> int | None:
    """A numerator or denominator: digits or a number word ("un", "une" 1)."""
    if word.isdigit():
        return int(word)
    low = word.lower()
    return 1 if low in ("un", "une") else words_value(low)


def _share(ctx: _Context, start: int, end: int, parts: int, whole: int, unit: str | None) -> _Found | None:
    if not 0 < parts <= whole:
        return None
    value = as_number(round(100 * parts / whole, 2))
    before = _BEFORE_DES.search(ctx.text, max(0, start - 16), start)
    if before is not None:  # "plus des deux tiers des navires"
        return _Found("percentage", before.start(), end, value, _BEFORE_DES_MODS[before.group(1).lower()], unit)
    return _with_modifiers(ctx, _Found("percentage", start, end, value, "APPROX", unit))


def _match_fraction(ctx: _Context, pos: int) -> Found:
    """"la moitié des électeurs", "deux tiers des députés", "un Français
    sur deux": a share of something, as a percentage (module docstring)."""
    text = ctx.text
    if _word_at(text, pos) is None and not text[pos].isdigit():
        return []
    match = _FRACTION.match(text, pos)
    if match is not None:
        noun = _noun_at(ctx, _word_at(text, match.end()))
        if noun is None or noun[1] in TIME_UNITS:
            return []  # "un tiers de" what? "un quart d'heure" is a duration
        if match.group("half"):
            if text[max(0, pos - 2) : pos].lower() in ("à ", "a "):
                return []  # "à la moitié du parcours": a place, no share
            return _one(_share(ctx, pos, noun[0], 1, 2, noun[1]))
        den = match.group("den").lower()
        if den in _FRACTIONS_OF_TIME and (den != "dixièmes" or _GAP_BEFORE.search(text, max(0, pos - 4), pos)):
            return []  # "à 58 centièmes du Norvégien", "27 centièmes d'avance": hundredths of a second
        whole = DENOMINATORS.get(den) or (DENOMINATORS.get(den[:-1]) if den.endswith("s") else None)
        num = match.group("num").lower()
        parts = 1 if num == "le" and den in _LE_DENOMINATORS else None if num == "le" else _small_number(num)
        if whole is None or parts is None:
            return []
        return _one(_share(ctx, pos, noun[0], parts, whole, noun[1]))
    match = _ONE_IN.match(text, pos)
    if match is not None:
        noun = _noun_at(ctx, (match.start("noun"), match.end("noun")))
        parts, whole = _small_number(match.group("num")), _small_number(match.group("den"))
        if (noun is None or noun[1] in _NOT_SHARED or parts is None or whole is None or whole > 10
                or _NOT_ONE_IN_AFTER.match(text, match.end())):  # fmt: skip
            # "une fois sur deux" is how often, "89 sièges sur 577" a count,
            # "un plan sur cinq ans" a length
            return []
        return _one(_share(ctx, pos, match.end(), parts, whole, noun[1]))
    return []


_FRACTION_ONLY: tuple[Callable[[_Context, int], Found], ...] = (_match_fraction,)
_MATCHERS: tuple[Callable[[_Context, int], Found], ...] = (
    _match_fraction,
    _match_vague,
    _match_digits,
    _match_words,
    _match_special_ordinal,
    _match_roman,
)


# ------------------------------------------------------------ durations

#: "de" or "d'" right after a duration, then a word: "huit heures de
#: délibéré", "cinq jours d'audience" (not "de l'après-midi": the word must
#: not be elided itself).
_MEASURE_OF = re.compile(r"[ \t]+(?:de[ \t]+|d')(?=[^\W\d_]+(?![\w']))", _I)
#: Words after "de" that say how a duration goes, not what it measures.
_NOT_MEASURED = frozenset("suite rang file affilée plus moins trop retard avance marche route".split())


def with_measured_nouns(text: str, durations: list[Assertion], doc: Doc | None) -> list[Assertion]:
    """Durations with the noun they measure as their ``unit``: "huit heures
    de délibéré" -> "délibéré", "vingt ans de réclusion" -> "réclusion"
    (the Doc's lemma when there is one).  Two durations of one event with
    different figures compare only when they measure the same thing."""
    if not durations:
        return durations
    folded = fold(text)
    ctx = _Context(folded, doc, folded.text)
    out = []
    for a in durations:
        end = folded.to_folded(a.end) if a.end < len(text) else len(folded.text)
        of = _MEASURE_OF.match(ctx.text, end)
        noun = _noun_at(ctx, _word_at(ctx.text, of.end())) if of else None
        if noun is not None and noun[1] not in _NOT_MEASURED:
            a = attrs.evolve(a, unit=noun[1])
        out.append(a)
    return out
