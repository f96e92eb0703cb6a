"""The events dates and numbers belong to: keys equal across articles.

A trigger is a verb or noun of the event lexicon (factcheck/data/
events.toml): "ont signé", "ont conclu un pacte", "la signature", "la
visite", "un sommet".  Its key reads ``kind[:object]:participants[@place]``:

- ``kind`` groups predicates by meaning (signer / conclure / parapher ->
  ``sign``); ``object`` the class of what is signed, launched... (accord,
  pacte, traité -> ``agreement``);
- ``participants`` the people (or, when no one is named, the countries)
  taking part, as slugs of their canonical names, sorted, joined by "+":
  the subject of the verb ("Vladimir Poutine et Kim Jong-un ont signé"),
  "les deux dirigeants" (the two people the article names most), the
  complements of a noun ("la rencontre entre X et Y", "la visite de X"),
  else those of the last event of that kind in the article;
- ``place`` the country where it happens, when the clause says so ("à
  Pyongyang", "en Russie", "dans l'Extrême-Orient russe"), else the place
  of another mention of the same event in the article.  A key without
  ``@place`` is compatible with the same key with one
  (``keys_compatible``).

A date or number takes the key of the nearest trigger in its sentence
(same quotation or both outside), within a few words.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import NamedTuple, Sequence

import attrs

from factcheck.model import DATE_KINDS, Assertion
from factcheck.normalize.numbers import parse_cardinal
from factcheck.resolve.entities import (
    PRE_ADJECTIVES,
    NameIndex,
    is_demonym,
    is_name_token,
    name_run,
    noun_phrase,
    np_text,
    opens_participial_clause,
)
from factcheck.resolve.lexicon import event_lexicon, first_name_genders
from factcheck.resolve.text import ArticleText, Sentence, slug

#: assertion kinds that can belong to an event
EVENT_KINDS = frozenset({"date", "time", "datetime", "interval", "duration", "number", "percentage", "ordinal"})
_NOUN_BEFORE = frozenset("de d' du des en à au aux lors après avant pour première premier deuxième seconde dernière dernier nouvelle nouveau prochaine prochain grande grand longue long".split())
_MAX_DISTANCE = 24  # tokens between a value and its trigger
#: Nouns of events that also end compounds after "de" ("consigne de vote",
#: "bureau de vote", "droit de vote", "intentions de vote").
_COMPOUND_TAILS = frozenset(("vote", "votes"))
#: Words that put a noun's event at a distance: "à quatre minutes du
#: décollage", "la veille du scrutin", "à l'approche de l'élection".
_TIME_UNITS = frozenset(
    "seconde secondes minute minutes heure heures jour jours semaine semaines mois an ans année années".split()
)
#: Nouns that put an event at a distance by themselves ("la veille du scrutin").
_AT_A_DISTANCE = frozenset("veille avant-veille lendemain surlendemain approche amont".split())


class Trigger(NamedTuple):
    tok: int
    kind: str
    noun: bool
    obj: str | None
    participants: tuple[str, ...]
    place: str | None
    #: Another occurrence of the event's kind than the one told ("le
    #: prochain sommet de l'Otan", "la précédente visite de Poutine"):
    #: "next" or "previous", part of the key.
    occurrence: str | None = None

    @property
    def key(self) -> str | None:
        if not self.participants:
            return None
        head = self.kind if self.obj is None else f"{self.kind}:{self.obj}"
        if self.occurrence:
            head = f"{head}:{self.occurrence}"
        key = f"{head}:{'+'.join(self.participants)}"
        return f"{key}@{self.place}" if self.place else key


def keys_compatible(a: str, b: str) -> bool:
    """Two event keys tell the same event: equal, or equal but for a place
    one of them does not state."""
    if a == b:
        return True
    base_a, _, place_a = a.partition("@")
    base_b, _, place_b = b.partition("@")
    return base_a == base_b and (not place_a or not place_b)


def find_triggers(at: ArticleText, names: NameIndex) -> list[Trigger]:
    lex = event_lexicon()
    toks = at.toks
    pair = _main_pair(names)
    out: list[Trigger] = []
    last_by_kind: dict[str, Trigger] = {}
    for sent in at.sentences:
        for k in range(sent.first, sent.end):
            tok = toks[k]
            if tok.kind != "word":
                continue
            prev = toks[k - 1] if k > sent.first else None
            # a noun comes after a determiner, an adjective or a preposition
            # ("la visite", "une première visite", "lors de sa visite")
            noun_place = (
                prev is None
                or prev.kind != "word"
                or prev.low in at.lex.determiners
                or prev.low in _NOUN_BEFORE
                or prev.low.endswith("ième")  # "la troisième rencontre"
            )
            kind = None
            noun = False
            if tok.low in lex.nouns and _at_a_distance(toks, k, sent.first):
                continue  # "le 11 juin, … à quatre minutes du décollage": another moment's date
            if tok.low in lex.nouns and (noun_place or tok.low not in lex.verb_forms):
                kind = lex.nouns[tok.low]
                noun = True
                if (tok.low in _COMPOUND_TAILS and prev is not None and prev.low in ("de", "d'") and k - 2 >= sent.first
                        and toks[k - 2].kind == "word" and toks[k - 2].low not in at.lex.determiners
                        and toks[k - 2].low not in _NOUN_BEFORE):  # fmt: skip
                    continue  # "une consigne de vote", "le bureau de vote": a thing, no election
                if not noun_place and not (prev is not None and prev.low.endswith(("e", "s")) and prev.low not in at.lex.auxiliaries):
                    kind = None
            elif tok.low in lex.verb_forms and not (prev is not None and (
                    prev.low in _noun_determiners(at.lex.determiners) or _counted_group(toks, k, sent.first))):
                # (after a determiner a verb form is a noun of another
                # sense: "l'offre" of a takeover is no gift; so after a
                # determiner and a number: "les six élus" are councillors)
                kind = lex.verb_forms[tok.low]
                if tok.low in lex.reflexive and not _reflexive_before(toks, k, sent.first):
                    kind = None  # "a été retrouvée", "ont retrouvé Lina": found, not met
                elif tok.low in _NOUN_HOMOGRAPHS and not _participle_of_being(at, k, sent.first):
                    kind = None  # "a pris parti", "faisait partie du gouvernement", "partie civile"
                elif (k - 2 >= sent.first and prev is not None and prev.low.endswith(("s", "x")) and prev.low.isalpha()
                      and toks[k - 2].low in _PLURAL_DETERMINERS):  # fmt: skip
                    kind = None  # "des randonneurs partis trop tard", "les élus partis en délégation": a group's
            if kind is None:
                continue
            obj = _object(at, k, sent.end, kind, lex)
            if lex.kind_objects.get(kind) and obj is None and not noun:
                continue  # "signer" with nothing signable is not the event
            if noun:
                participants = _noun_participants(at, names, k, sent.end, pair)
            else:
                participants = _subject_participants(at, names, k, sent, pair)
            last = last_by_kind.get(kind) or last_by_kind.get(lex.follows.get(kind, ""))
            if (not participants and last is not None
                    and _refers_back(toks, k, sent, noun, last, at.sent_of[k] - at.sent_of[last.tok] <= 1)
                    and not (obj and _named_object(at, k, sent.end, lex))):  # fmt: skip
                participants = last.participants
            place = _place(at, names, k, sent)
            occurrence = _OCCURRENCE.get(prev.low) if noun and prev is not None else None
            trigger = Trigger(k, kind, noun, obj, participants, place, occurrence)
            out.append(trigger)
            if participants:
                last_by_kind[kind] = trigger
    # a noun with no participants ("après deux heures de pourparlers, X et
    # Y ont signé") takes those of a verb of its sentence
    by_sentence: dict[int, list[Trigger]] = {}
    for t in out:
        by_sentence.setdefault(at.sent_of[t.tok], []).append(t)
    out = [
        t._replace(participants=next((v.participants for v in by_sentence[at.sent_of[t.tok]] if not v.noun and v.participants), ()))
        if t.noun and not t.participants
        else t
        for t in out
    ]
    # a place stated once holds for the same event elsewhere in the article
    places: dict[str, str] = {}
    for t in out:
        base = t._replace(place=None).key
        if base and t.place:
            places.setdefault(base, t.place)
    return [t if t.place else t._replace(place=places.get(t._replace(place=None).key or "")) for t in out]


#: Before an event noun, words that make it another occurrence of the
#: event's kind, not the one told: "les prochaines élections", "la
#: précédente visite", "d'autres frappes" ("les entretiens", "ces
#: négociations", "une rencontre de deux heures" are the one told).
#: Of those, the ones that name which occurrence, kept in the event's key:
#: "le prochain sommet de l'Otan" is the next one, its date none of this one's.
_OCCURRENCE = {
    **dict.fromkeys(("prochain", "prochaine", "prochains", "prochaines"), "next"),
    **dict.fromkeys(("précédent", "précédente", "précédents", "précédentes"), "previous"),
}
_ANOTHER_OCCURRENCE = frozenset(("autres", "plusieurs", *_OCCURRENCE))
_PRONOUN_GENDER = {"il": "m", "ils": "m", "elle": "f", "elles": "f"}


#: Before an age, words that make it the age at some time, not the
#: person's: "navigue depuis l'âge de huit ans", "À 40 ans, il était
#: devenu" opening a sentence (not "mort à l'âge de 79 ans": the age the
#: dead person has; not the verb "a": "Jean Martin a 40 ans"); an age said
#: to be then's ("alors âgé de 27 ans", "qui avait à l'époque 27 ans").
#: Before a number of years that is a sentence, not an age: "condamné à
#: douze ans", "une peine de huit ans", "a écopé de six ans".
_SENTENCED_TO = re.compile(r"(?:condamn[ée]e?s?|[ée]cop[ée]e?s?|peine|requis)\s+(?:[àa]|de|d')\s*$", re.IGNORECASE)
_AGE_AT_A_TIME = re.compile(
    r"(?:\b(?:[Dd]epuis|[Dd][èe]s)\s+l'[âa]ge\s+(?:de\s+|d')|(?:^|[.!?]\s+|\n)À\s+"
    r"|\b(?:alors|[àa]\s+l'[ée]poque)\s+(?:que\s+|[âa]g[ée]e?s?\s+(?:de\s+|d'))?)$"
)
#: A sentence told of another time: "À l'époque, Lucie Faure, 27 ans, …".
_THEN_OPENING = re.compile(r"(?:[ÀA]\s+l'[ée]poque|Au\s+moment\s+des\s+faits|[ÀA]\s+ce\s+moment-l[àa])\s*,")


def _told_of_then(at: ArticleText, start: int) -> bool:
    """Whether the sentence of the text at ``start`` opens with a marker of
    another time ("À l'époque,", "Au moment des faits,")."""
    k = at.tok_index(start)
    if k >= len(at.toks):
        return False
    first = at.toks[at.sentences[at.sent_of[k]].first]
    return _THEN_OPENING.match(at.text, first.start) is not None


#: Right after the age (no comma: "Nadia Kaci, 41 ans, à l'époque
#: directrice" tells her role then): "27 ans au moment des faits", "27 ans
#: à l'époque".
_THEN_AFTER_AGE = re.compile(r"\s+(?:au\s+moment\s+des\s+faits|[àa]\s+l'[ée]poque)(?!\w)")


def _counted_group(toks, k: int, first: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether the word at ``k`` follows a determiner and a number ("les six
    élus", "ses trois adjoints"): a noun naming a group, no verb."""
    if k - 2 < first or toks[k - 2].low not in ("les", "des", "ses", "leurs", "ces", "nos", "vos"):
        return False
    number = toks[k - 1].low
    return number.isdigit() or (number not in ("un", "une") and parse_cardinal(number) is not None)


def _reflexive_before(toks, k: int, first: int) -> bool:  # type: ignore[no-untyped-def]
    """A reflexive pronoun among the four words before the verb at ``k``, in
    its clause ("se sont retrouvés", "se sont finalement retrouvés", "s'y
    sont retrouvés", "se sont-ils retrouvés", "nous nous sommes retrouvés")."""
    for j in range(k - 1, max(first, k - 5) - 1, -1):
        if toks[j].kind == "punct":
            return False
        if toks[j].low in ("se", "s'", "nous", "vous"):
            return True
    return False


def _named_by_its_year(toks, k: int, sent) -> bool:  # type: ignore[no-untyped-def]
    """"les élections régionales de 2028", "le sommet de 2019": an
    occurrence named by its year, not the one being told."""
    j = k + 1
    if j < sent.end and toks[j].kind == "word" and toks[j].low not in ("de", "d'", "du", "en"):
        j += 1  # one adjective ("régionales")
    return (j + 1 < sent.end and toks[j].low in ("de", "d'", "en")
            and len(toks[j + 1].text) == 4 and toks[j + 1].text.isdigit())  # fmt: skip


def _someone_else(toks, j: int, end: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether the words after "d'un(e)" tell of someone else: a rank or
    "autre" ("la mort d'un deuxième cycliste", "d'une autre victime"), an
    age ("d'un homme de 70 ans"); not a description of the one told ("le
    décès d'une figure de la Résistance", "d'un homme aussi engagé")."""
    if j < end and (toks[j].low in ("autre", "second", "seconde") or toks[j].low.endswith("ième")):
        return True
    for m in range(j, min(end - 2, j + 5)):
        if toks[m].kind == "punct":
            break
        if toks[m].low == "de" and toks[m + 1].text.isdigit() and toks[m + 2].low == "ans":
            return True
    return False


def _refers_back(toks, k: int, sent, noun: bool, last: Trigger, just_told: bool) -> bool:  # type: ignore[no-untyped-def]
    """Whether a trigger with no participants of its own is the event last
    told of that kind (``just_told``: in this sentence or the one before):
    a noun in the singular, named as that one ("la signature", "sa
    visite"), not as another ("les prochaines élections", "la mort de son
    frère", "la mort d'un homme de 70 ans" (``_someone_else``), nor "le
    décès d'une Rouennaise" paragraphs after another death: "la signature
    d'un tel accord" right after one is that one); a verb whose subject pronoun is not of the other gender
    than the one person of that event ("Élu en 2015, il avait démissionné"
    after "Catherine Morand a été élue")."""
    if noun:
        prev = toks[k - 1].low if k > sent.first else ""
        j = k + 1
        if j < sent.end and toks[j].text == ",":
            # past a remark set off by commas: "le décès, début janvier, d'une Rouennaise"
            j = next((m + 1 for m in range(j + 1, min(sent.end, j + 8)) if toks[m].text == ","), j)
        if j + 1 < sent.end and toks[j].low in ("de", "d'") and toks[j + 1].low in _POSSESSIVES:
            return False  # "depuis la mort, en 2011, de son épouse": a relative's, not the one told
        if (j + 1 < sent.end and toks[j].low in ("de", "d'") and toks[j + 1].low in ("un", "une")
                and (not just_told or _someone_else(toks, j + 2, sent.end))):  # fmt: skip
            return False
        return prev not in _ANOTHER_OCCURRENCE and not _named_by_its_year(toks, k, sent)
    if len(last.participants) != 1:
        return True
    # (a first name tells a gender before a surname: "Mme Gautier" is "gautier", no one's first name)
    first, _, rest = last.participants[0].partition("-")
    gender = first_name_genders().get(first) if rest else None
    if gender is None:
        return True
    pronoun = _subject_pronoun(toks, k, sent)
    return pronoun is None or _PRONOUN_GENDER[pronoun] == gender


#: Verb forms that are as often nouns ("le parti", "faire partie de", "en
#: partie"): a verb only after "être" ("est parti") or opening a clause
#: ("Parti de Nouméa jeudi", "le navire, parti de Nouméa").
_NOUN_HOMOGRAPHS = frozenset(("parti", "partie", "partis", "parties"))
_BEING = frozenset("est sont était étaient sera seront serait seraient fut furent soit soient étant été être".split())
#: What follows the participle of a departure: where from, where to, when.
_AFTER_LEAVING = frozenset(
    "de d' du des à au aux pour en vers dès le la l' ce cette cet hier avant-hier lundi mardi mercredi jeudi vendredi"
    " samedi dimanche depuis seul seule seuls seules".split()
)


def _participle_of_being(at: ArticleText, k: int, first: int) -> bool:
    """Whether "parti(e)(s)" at ``k`` is the verb: after "être" or opening a
    clause (a sentence start or a comma), and followed by where or when."""
    toks = at.toks
    j = k - 1
    while j >= first and toks[j].low in ("ne", "n'", "pas", "déjà", "alors", "aussitôt", "finalement", "bien"):
        j -= 1
    opens = j < first or toks[j].low in _BEING or toks[j].text in (",", ";", ":", "(")
    return opens and k + 1 < len(toks) and toks[k + 1].low in _AFTER_LEAVING


#: After an event noun and "de", a relative's event: "la mort de son frère".
_POSSESSIVES = frozenset("son sa ses leur leurs mon ma mes ton ta tes notre nos votre vos".split())
#: Before a plural noun, a group a participle after it tells of: "des randonneurs partis".
_PLURAL_DETERMINERS = frozenset("les des de d' ces ses leurs nos vos aux plusieurs quelques certains nombreux".split())

#: Words after "il" that make it impersonal ("il y a", "il faut").
_IMPERSONAL_AFTER = frozenset("y faut fallu fallait s'agit s'agissait semble semblait reste restait suffit".split())
_OBJECT_CLITICS = frozenset("l' le la les lui leur".split())
#: Words between a subject pronoun and its verb ("il l'a rencontrée", "il
#: n'avait pas été élu").
_BEFORE_VERB = frozenset("ne n' l' le la les lui leur se s' y en a avait aura avaient ont été pas plus jamais déjà".split())


def _subject_pronoun(toks, k: int, sent) -> str | None:  # type: ignore[no-untyped-def]
    """The personal subject pronoun of the verb at ``k``: right before it
    (with clitics and auxiliaries between), or, for a participle opening
    the sentence ("Élu en 2015, il avait démissionné"), the one after its
    clause."""
    j = k - 1
    while j >= sent.first and toks[j].low in _BEFORE_VERB:
        j -= 1
    if j >= sent.first and toks[j].low in _PRONOUN_GENDER:
        after = toks[j + 1].low if j + 1 < sent.end else ""
        if after in _IMPERSONAL_AFTER or any(t.low in _OBJECT_CLITICS for t in toks[j + 1 : k]):
            return None  # "il y a", "il l'a rencontrée": she may be the one of the event
        return toks[j].low
    if k - sent.first <= 1:
        for j in range(k + 1, sent.end - 1):
            if toks[j].low == ",":
                nxt = toks[j + 1].low
                if nxt in _PRONOUN_GENDER and (j + 2 >= sent.end or toks[j + 2].low not in _IMPERSONAL_AFTER):
                    return nxt
    return None


def attach_events(assertions: Sequence[Assertion], at: ArticleText, names: NameIndex) -> list[Assertion]:
    """The assertions with ``event`` set on dates and numbers that belong
    to an event of their sentence."""
    triggers = find_triggers(at, names)
    by_sentence: dict[int, list[Trigger]] = {}
    for t in triggers:
        if t.key:
            by_sentence.setdefault(at.sent_of[t.tok], []).append(t)
    out = []
    pair_nouns = at.lex.pair_nouns
    for a in assertions:
        # "les deux dirigeants", "les deux pays" name the participants: no count
        counted = a.text.split()[-1].lower() if a.kind == "number" and a.text.split() else ""
        if a.kind == "number" and a.unit == "an":
            # an age ("Kévin Marsac, 33 ans"): the person's, not the
            # event's ("la mort de René Castagnet, 79 ans" is no count of it)
            at_start = at.folded.to_folded(a.start)
            at_end = at.folded.to_folded(a.end)
            at_a_time = (_AGE_AT_A_TIME.search(at.text, max(0, at_start - 24), at_start)
                         or _SENTENCED_TO.search(at.text, max(0, at_start - 24), at_start)
                         or _THEN_AFTER_AGE.match(at.text, at_end) or _told_of_then(at, at_start))  # fmt: skip
            person = None if at_a_time else _aged_person(at, names, a)
            a = attrs.evolve(a, event=f"age:{person}" if person else None)
        elif a.kind == "ordinal" and a.unit == "place" and a.event is None and (person := _ranked_person(at, names, a)):
            # a place in a race or a ranking ("Hugo Ferrand, 31 ans, termine
            # neuvième"): the person's, not the event's (each runner has one)
            a = attrs.evolve(a, event=f"rank:{person}")
        elif (a.kind in EVENT_KINDS and a.event is None and by_sentence and counted not in pair_nouns
              and not _labels_a_noun(at, a) and not _locates(at, a)):  # fmt: skip
            best = _nearest_trigger(at, a, by_sentence)
            if best is not None:
                a = attrs.evolve(a, event=best.key)
        out.append(a)
    return out


@lru_cache(maxsize=4)
def _noun_determiners(determiners: frozenset[str]) -> frozenset[str]:
    """Determiners that are no object pronoun ("Macron le rencontrera")."""
    return determiners - {"le", "la", "les"}


_AGE_REACH = 8  # tokens between a name and the age said of it


#: Before a name, words that make it a complement, not the one an age is
#: said of: "la mère de Jean Dupont, âgée de 79 ans" is the mother's age.
_COMPLEMENT_BEFORE = frozenset(("de", "d'", "du"))


def _aged_person(
    at: ArticleText, names: NameIndex, a: Assertion, not_after: frozenset[str] = _COMPLEMENT_BEFORE
) -> str | None:
    """The slug of the person named right before an age, in the same clause
    ("Kévin Marsac, 33 ans", "René Castagnet, un agriculteur retraité de 79
    ans"), else None ("l'agriculteur de 79 ans"); none when the name comes
    after one of ``not_after``."""
    toks = at.toks
    first = at.tok_index(at.folded.to_folded(a.start))
    if first >= len(toks):
        return None
    # "Camille et Julien Hennequin, âgés de 29 et 32 ans": respectively
    nth, of = _place_in_list(toks, first, len(toks))
    floor = max(at.sentences[at.sent_of[first]].first, first - 2 * nth - _AGE_REACH - 3 * (of - 1))
    k = first - 1
    # "Sébastien Delattre, père d'une fillette de 3 ans": an age after the
    # noun of a complement ("d'une fillette") is that noun's
    of_a_noun = first >= 2 and toks[first - 1].low == "de" and toks[first - 2].low not in _AGED
    while k >= floor and toks[k].low not in (".", ";", ":", "(", ")", "«", "»", '"'):
        if of_a_noun and k < first - 2 and toks[k].low in _OF_WORDS:
            return None
        if is_name_token(toks[k]):
            runs: list[tuple[int, int]] = []  # the names listed, last first
            end = k + 1
            while True:
                start = end - 1
                while start - 1 >= floor and is_name_token(toks[start - 1]):
                    start -= 1
                runs.append((start, end))
                if not (of > 1 and start - 2 >= floor and toks[start - 1].low in ("et", ",")
                        and is_name_token(toks[start - 2])):  # fmt: skip
                    break
                end = start - 1
            start = runs[-1][0]
            if start > 0 and toks[start - 1].low in not_after:
                return None
            if of > 1:
                if len(runs) == of:
                    start, end = runs[of - 1 - nth]
                elif nth == 0 and len(runs) < of and runs[-1][1] < len(toks) and toks[runs[-1][1]].low in ("et", ","):
                    start, end = runs[-1]  # "Sophie Laurent et son fils, âgés de 41 et 15 ans": the first is hers
                else:
                    return None  # no telling whose
            else:
                start, end = runs[0]
            name = names.fullest(at.words(start, end))
            if end - start >= 3 and is_demonym(toks[start]):
                # "Le Kényan Abel Kiprugut, 27 ans": the demonym describes,
                # the name follows (unless only the whole is known a person)
                bare = names.fullest(at.words(start + 1, end))
                name = bare if names.is_person(bare) or not names.is_person(name) else name
            return slug(name) if names.is_person(name) else None
        k -= 1
    return None


_AGED = frozenset(("âgé", "âgée", "âgés", "âgées", "agé", "agée"))
_OF_WORDS = frozenset(("de", "d'", "du", "des"))


def _place_in_list(toks, first: int, stop: int) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """(index, count) of the number at ``first`` in a list of numbers
    ("29 et 32 ans", "12, 14 et 17 ans"); (0, 1) alone."""
    before = 0
    k = first
    while k - 2 >= 0 and toks[k - 1].low in ("et", ",") and _NUMBER_TOKEN.fullmatch(toks[k - 2].low):
        before += 1
        k -= 2
    after = 0
    k = first
    while k + 2 < stop and toks[k + 1].low in ("et", ",") and _NUMBER_TOKEN.fullmatch(toks[k + 2].low):
        after += 1
        k += 2
    return before, before + after + 1


_NUMBER_TOKEN = re.compile(r"\d{1,3}")


#: Before a name, words that make it no subject ranked: "devancé par
#: Daniel Sang", "derrière Daniel Sang" (and a complement's).
_NOT_RANKED_AFTER = _COMPLEMENT_BEFORE | frozenset("par devant derrière avec que qu' à".split())


def _ranked_person(at: ArticleText, names: NameIndex, a: Assertion) -> str | None:
    """The slug of the person a place belongs to: named right before it in
    the clause ("Hugo Ferrand, 31 ans, termine neuvième"), not as an agent
    or a rival ("devancé par Daniel Sang, termine deuxième"); none when the
    place is in a named competition ("neuvième du marathon de Paris", which
    may not be the one told)."""
    if _IN_A_COMPETITION.match(at.text, at.folded.to_folded(max(a.start, a.end - 1)) + 1):
        return None
    return _aged_person(at, names, a, _NOT_RANKED_AFTER)


#: "neuvième du marathon de Paris", "cinquième des championnats de France".
_IN_A_COMPETITION = re.compile(r"[ \t]+(?:du|des|de[ \t]+la|de[ \t]+l')[ \t]*\w", re.IGNORECASE)


#: A demonstrative standing for another thing of the same kind right
#: before a value: "celui de janvier 2019", "celle du 3 mai", "ceux de 2020".
_OF_ANOTHER = re.compile(r"(?<!\w)(?:celui|celle|ceux|celles)\s+(?:de|du|des|d')\s*(?:l'|la\s+|le\s+)?$", re.IGNORECASE)


def _at_a_distance(toks, k: int, first: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether the noun at ``k`` is what a span of time is counted from
    ("à quatre minutes du décollage", "la veille de l'élection", "quelques
    minutes avant le décollage"): a date of its clause dates something
    else."""
    j = k - 1
    if j > first and toks[j].low in ("l'", "la", "le", "les"):
        j -= 1
    if j <= first:
        return False
    if toks[j].low in ("avant", "après"):
        # "quelques minutes avant le décollage", "deux heures après le vote"
        return toks[j - 1].low in _TIME_UNITS
    if toks[j].low not in ("du", "de", "d'", "des"):
        return False
    if toks[j - 1].low in _AT_A_DISTANCE:
        return True
    # "à quatre minutes du décollage" (not "le jour du décollage", "douze
    # heures de négociations": the event itself, or how long it lasted)
    return toks[j - 1].low in _TIME_UNITS and j >= first + 3 and toks[j - 3].low == "à"


#: Subject pronouns: "où" then one opens a clause of its own, whose verb
#: a value after it belongs to ("qui" may speak of the event itself: "la
#: visite, qui a débuté mardi").
_SUBJECTS = frozenset(("il", "elle", "ils", "elles", "on"))
_YEAR = re.compile(r"\d{4}")
_PARTICIPLE_SHAPE = re.compile(r".*(?:é|ée|és|ées|u|ue|us|ues|i|ie|is|ies|it|ite|its|ites)")


_DISTANCE_UNITS = frozenset(("kilomètre", "mètre", "mille"))
_AT_BEFORE = re.compile(r"(?:^|\s)[àÀ](?:\s+(?:environ|quelque|peine|pr[èe]s\s+de|moins\s+de|plus\s+de))?\s+$")
_FROM_AFTER = re.compile(
    r"\s+(?:(?:de|du|des)\s(?!fait\b)|d'|au\s+(?:nord|sud|est|ouest)\S*\s+d)", re.IGNORECASE
)


def _locates(at: ArticleText, a: Assertion) -> bool:
    """A distance that places something ("à 14 kilomètres de l'arrivée",
    "à 30 km au nord de Lyon"): a position, no measure of the event told
    beside it (the race "disputée sur 178 kilomètres")."""
    if a.kind != "number" or a.unit not in _DISTANCE_UNITS:
        return False
    start, end = at.folded.to_folded(a.start), at.folded.to_folded(a.end)
    return bool(_AT_BEFORE.search(at.text, max(0, start - 16), start) and _FROM_AFTER.match(at.text, end))


def _labels_a_noun(at: ArticleText, a: Assertion) -> bool:
    """A year written after a noun names what the noun stands for, it dates
    no event: "le budget 2027", "son budget pour 2027" (the budget adopted
    on Monday is not adopted in 2027).  A year after the event's own noun
    dates it ("l'élection présidentielle 2027"), and so does one after a
    participle ("prévue pour 2027")."""
    if a.kind != "date" or not _YEAR.fullmatch(a.text):
        return False
    toks, lex = at.toks, at.lex
    k = at.tok_index(at.folded.to_folded(a.start)) - 1
    if k >= 0 and toks[k].low == "pour":
        k -= 1
    if k < 0 or toks[k].kind != "word" or not toks[k].low.isalpha():
        return False
    nouns = event_lexicon().nouns
    word = toks[k].low
    return not (
        word in _COMPLEMENT_BEFORE or word in ("des", "en")
        or word in lex.prepositions or word in lex.determiners or word in lex.auxiliaries or word in lex.time_nouns
        or word in nouns or (k > 0 and toks[k - 1].low in nouns) or _PARTICIPLE_SHAPE.fullmatch(word)
    )  # fmt: skip


def _dates_another_noun(at: ArticleText, first: int, last: int, triggers: Sequence[Trigger]) -> bool:
    """A date set off by commas inside a noun phrase that is no trigger's
    (its complement goes on after it) dates that noun's fact: "provoqué par
    la démission, en juillet, de 19 conseillers" is no date of the election
    ("ont signé le traité, mercredi, à Pyongyang" is the signing's)."""
    toks = at.toks
    j = first - 1
    if j >= 0 and toks[j].low in ("en", "le", "au", "dès", "début", "fin", "mi"):
        j -= 1
    if j < 2 or toks[j].text != "," or last + 2 >= len(toks) or toks[last + 1].text != ",":
        return False
    if toks[last + 2].low not in ("de", "d'", "du", "des"):
        return False
    noun = j - 1
    return (toks[noun].kind == "word" and toks[noun - 1].low in at.lex.determiners
            and all(t.tok != noun for t in triggers))  # fmt: skip


def _in_role_apposition(at: ArticleText, first: int, last: int, sent: Sentence) -> bool:
    """A value inside an apposition that tells a person's role, set off by
    commas before the subject ("Ancien éleveur, maire de Mattaincourt
    depuis dix-huit ans, Marc Thiriet était arrivé en tête"): the role's
    tenure, no date of the sentence's event."""
    toks = at.toks
    lo = next((m for m in range(first - 1, sent.first - 1, -1) if toks[m].text == ","), sent.first - 1)
    hi = next((m for m in range(last + 1, sent.end) if toks[m].text == ","), None)
    if hi is None or any(at.in_quote[m] != -1 for m in range(lo + 1, hi)):
        return False
    k = lo + 1
    while k < first and toks[k].low in PRE_ADJECTIVES:
        k += 1
    if k >= first or toks[k].low not in at.lex.person_roles:
        return False
    # the apposition opens the sentence, or follows another one
    return lo < sent.first or all(toks[m].low not in at.lex.determiners for m in range(sent.first, lo))


def _nearest_trigger(at: ArticleText, a: Assertion, by_sentence: dict[int, list[Trigger]]) -> Trigger | None:
    """The trigger of the value's sentence nearest to it, counting a comma
    between them as a clause away (but a date fronted at the start of the
    sentence, "Le 19 juin, X et Y ont signé", belongs to its main verb)."""
    toks = at.toks
    first = at.tok_index(at.folded.to_folded(a.start))
    last = max(first, at.tok_index(at.folded.to_folded(max(a.start, a.end - 1)) + 1) - 1)
    if first >= len(toks):
        return None
    sentence = at.sent_of[first]
    if _OF_ANOTHER.search(at.folded.text, max(0, at.folded.to_folded(a.start) - 16), at.folded.to_folded(a.start)):
        return None  # "six ans après celui de janvier 2019": the date of another one
    fronted = first - at.sentences[sentence].first <= 2 and last + 1 < len(toks) and toks[last + 1].text == ","
    if _dates_another_noun(at, first, last, by_sentence.get(sentence, ())):
        return None
    if _in_role_apposition(at, first, last, at.sentences[sentence]):
        return None
    # "Parti de Nouméa le 16 octobre, le navire est arrivé…": a value in
    # a participial clause opening the sentence is the participle's
    opening = at.sentences[sentence].first
    clause_end = -1
    if opens_participial_clause(toks, opening):
        clause_end = next((m for m in range(opening, first) if toks[m].low == ","), None) or next(
            (m for m in range(last + 1, min(len(toks), last + _MAX_DISTANCE)) if toks[m].low == ","), -1)
    best: tuple[int, Trigger] | None = None
    remarks = _remarks(at, at.sentences[sentence])
    for t in by_sentence.get(sentence, ()):
        if at.in_quote[t.tok] != at.in_quote[first]:
            continue
        if any(lo < t.tok < hi and not lo < first < hi for lo, hi in remarks):
            continue  # "– son fils est décédé en 2016 –, elle compte aujourd'hui 22 …": the remark's verb is not the sentence's
        if t.tok > last and (last < clause_end < t.tok or (not t.noun and _conjunct_after(at, last, t.tok))):
            continue
        if t.tok < first and _subordinate_between(at, t.tok, first):
            continue  # "un vote qui passe mal, puisque le 4 octobre, le non l'avait emporté"
        if t.tok < first and _infinitive_between(toks, t.tok, first):
            continue  # "inaugurée à 10 heures, avant d'ouvrir au public à 14 heures": the opening's
        if (fronted and t.tok > last and not t.noun and toks[t.tok - 1].text == ","
                and _PARTICIPLE_SHAPE.fullmatch(toks[t.tok].low)):  # fmt: skip
            # "Dix-sept ans plus tard, une génération a pris le relais, sous la
            # houlette de Pascal Lestrade, arrivé sur le banc en 2022": a
            # participle set off tells of its noun, not the main clause's day
            continue
        if a.kind in DATE_KINDS and _toll_told(at, t, sentence):
            continue  # "le bilan s'est alourdi lundi à 14 morts": the day of the count, not of the deaths
        if first <= t.tok <= last:
            distance = 0  # a trigger inside the value: "première visite"
        else:
            lo, hi = (t.tok, first) if t.tok < first else (last, t.tok)
            if any(toks[m].low == "où" and toks[m + 1].low in _SUBJECTS and at.in_quote[m] == -1
                   for m in range(lo + 1, hi - 1)):  # fmt: skip
                continue  # "est morte samedi à l'hôpital, où elle avait été admise jeudi": another clause's
            distance = hi - lo
            if not (fronted and t.tok > last):
                distance += 8 * sum(1 for m in range(lo, hi) if toks[m].low in (",", ";", "et") and at.in_quote[m] == -1)
        if distance <= _MAX_DISTANCE and (best is None or distance < best[0]):
            best = (distance, t)
    return best[1] if best else None


def _infinitive_between(toks, lo: int, hi: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether a clause of "avant de" or "après avoir/être" opens between
    a verb and a value: the value is the infinitive's."""
    return any(toks[m].low in ("avant", "après") and toks[m + 1].low in ("de", "d'", "avoir", "être")
               for m in range(lo + 1, hi - 1))  # fmt: skip


#: Words of a toll told or updated: its day is the count's.
_TOLL_WORDS = frozenset(
    "bilan état alourdi alourdit alourdissait recensé recense recensait dénombré dénombre dénombrait".split()
)


def _toll_told(at: ArticleText, trigger: Trigger, sentence: int) -> bool:
    """Whether a counted death noun ("14 morts", "au moins 12 victimes")
    stands in a clause that tells a toll ("le bilan s'est alourdi",
    "les autorités faisaient état de", "on recensait")."""
    toks = at.toks
    if trigger.kind != "die" or trigger.tok == 0:
        return False
    before = toks[trigger.tok - 1]
    if not (before.text[:1].isdigit() or parse_cardinal(before.low) is not None):
        return False
    # in the clause of the count ("…, selon un bilan provisoire" credits it:
    # the day told with "a fait deux morts" is still the deaths')
    sent = at.sentences[sentence]
    lo = hi = trigger.tok
    while lo > sent.first and toks[lo - 1].text not in ",;:":
        lo -= 1
    while hi < sent.end and toks[hi].text not in ",;:":
        hi += 1
    return any(toks[m].low in _TOLL_WORDS and at.in_quote[m] == -1 for m in range(lo, hi))


def _remarks(at: ArticleText, sent) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    """The (opening, closing) tokens of the remarks a sentence sets off
    between two dashes standing alone or in parentheses ("Mère de trois
    enfants – son fils aîné est décédé en 2016 –, elle …")."""
    toks, text = at.toks, at.folded.text
    out: list[tuple[int, int]] = []
    dash = paren = None
    for m in range(sent.first, sent.end):
        t = toks[m]
        if t.kind != "punct" or at.in_quote[m] != -1:
            continue
        if t.text == "(":
            paren = m
        elif t.text == ")" and paren is not None:
            out.append((paren, m))
            paren = None
        elif (t.text == "-" and t.start > 0 and text[t.start - 1].isspace()
              and not (toks[m - 1].text.isdigit() and m + 1 < sent.end and toks[m + 1].text.isdigit())):  # fmt: skip
            # (a dash with a space before it, not a score's "3 - 1")
            if dash is None:
                dash = m
            else:
                out.append((dash, m))
                dash = None
    return out


def _conjunct_after(at: ArticleText, last: int, trigger: int) -> bool:
    """Whether the trigger opens a verb coordinated after the value ("parti
    de Nouméa le 16 octobre et arrivé le 20", "quitte Nouméa jeudi et
    arrive lundi", "… et est arrivé"): the value ends the conjunct before,
    another verb's."""
    toks = at.toks
    for m in range(max(last + 1, trigger - 3), trigger):
        if toks[m].low == "et":
            return all(toks[j].low in at.lex.auxiliaries or toks[j].low in _BEFORE_A_VERB for j in range(m + 1, trigger))
    return False


def _subordinate_between(at: ArticleText, trigger: int, first: int) -> bool:
    """Whether a clause of cause or contrast opens between a trigger and a
    value after it ("puisque", "car", "alors que", "parce que"): the value
    is that clause's, told of another fact."""
    toks = at.toks
    for m in range(trigger + 1, first):
        if at.in_quote[m] != -1:
            continue
        low = toks[m].low
        if low in ("puisque", "puisqu'", "car") or (
                low in ("alors", "parce", "tandis", "bien") and m + 1 < first and toks[m + 1].low in ("que", "qu'")):  # fmt: skip
            return True
    return False


#: Words between "et" and a coordinated verb: "et y est arrivé", "et s'est rendu".
_BEFORE_A_VERB = frozenset("y s' se en ne n' puis enfin ensuite aussitôt".split())


# -- parts of a key ----------------------------------------------------------
def _object(at: ArticleText, k: int, limit: int, kind: str, lex) -> str | None:
    """The class of what the event is about: the first object noun shortly
    after the trigger ("signé, mercredi, un accord"; "la signature du
    traité")."""
    classes = lex.kind_objects.get(kind)
    if not classes:
        return None
    for j in range(k + 1, min(limit, k + 16)):
        cls = lex.objects.get(at.toks[j].low)
        if cls in classes:
            return _instance(at, j, cls)
    # "un pacte ... signé": the object before a participle
    for j in range(k - 1, max(-1, k - 6), -1):
        cls = lex.objects.get(at.toks[j].low)
        if cls in classes:
            return _instance(at, j, cls)
    return None


def _named_object(at: ArticleText, k: int, limit: int, lex) -> bool:  # type: ignore[no-untyped-def]
    """Whether the object of the trigger at ``k`` is named ("la signature
    du traité d'Aix-la-Chapelle", "le traité de Versailles, signé en
    1919"): a known one, not the one being told unless its sentence says
    who takes part."""
    toks = at.toks
    around = [*range(k + 1, min(limit, k + 16)), *range(k - 1, max(-1, k - 6), -1)]
    for j in around:
        if toks[j].low in lex.objects:
            return (j + 2 < limit and toks[j + 1].low in ("de", "d'", "du")
                    and is_name_token(toks[j + 2]))  # fmt: skip
    return False


#: Words before an object that make it an earlier one of its kind.
_EARLIER = frozenset(("précédent", "précédente", "précédents", "précédentes", "ancien", "ancienne", "anciens",
                      "anciennes", "ex"))


def _instance(at: ArticleText, j: int, cls: str) -> str:
    """The object's class, marked when the text says it is an earlier one
    ("le précédent traité avait été signé en janvier 2019"): another event
    than the one the article is about."""
    if any(at.toks[i].low in _EARLIER for i in range(max(0, j - 2), j)):
        return cls + "-earlier"
    return cls


def _person_key(at: ArticleText, names: NameIndex, np) -> str | None:
    """The slug of the person (or country) a phrase names."""
    lex = at.lex
    if np.kind == "name" or np.name_first >= 0:
        name = at.words(np.name_first, np.name_end)
        country = lex.countries.get(name.lower())
        if country:
            return names.signature_ties.get(("leader", country)) and slug(names.signature_ties[("leader", country)]) or country
        return slug(names.fullest(name))
    if np.kind == "role":
        words = np_text(at, np)
        tied = names.resolve_role(words)
        if tied:
            return slug(tied)
        country = lex.countries.get(words.lower())
        if country:
            return country
    return None


def _subject_participants(at: ArticleText, names: NameIndex, k: int, sent, pair: tuple[str, ...]) -> tuple[str, ...]:
    """The people named in the subject before a verb: from the clause start
    to the verb, outside prepositional phrases and quotations."""
    toks, lex = at.toks, at.lex
    found: list[str] = []
    # a verb in a remark has its subject there ("Mère de trois enfants – son
    # fils, Michel, est décédé –, …")
    remark = max((lo + 1 for lo, hi in _remarks(at, sent) if lo < k < hi), default=sent.first)
    if remark > sent.first:
        inside = _subject_participants(at, names, k, sent._replace(first=remark), pair)
        if inside:
            return inside
        # "Marius Blanc – élu en 2008 –", "Emmanuel Macron – qui s'est
        # rendu à Kiev –", "Fabrice Loher – il a été réélu –": no subject
        # of its own, the sentence's
    j = sent.first
    stop = k
    while j < stop:
        tok = toks[j]
        if at.in_quote[j] != -1 or tok.kind != "word":
            j += 1
            continue
        if tok.low in ("que", "qu'", "qui") and found:
            break
        if tok.low in lex.prepositions or tok.low in ("de", "du", "des", "d'"):
            # skip a prepositional phrase and its object ("sur la place X")
            j += 1
            while j < stop and toks[j].low in ("de", "d'"):
                j += 1
            inner = noun_phrase(at, j, stop)
            j = inner.end if inner is not None and inner.end > j else j + 1
            continue
        np = noun_phrase(at, j, stop)
        if np is None or np.kind in ("time", "pronoun"):
            j += 1 if np is None else np.end - j
            continue
        if np.kind == "role" and np.head in lex.pair_nouns and toks[np.first].low == "les" and pair:
            found.extend(pair)
        else:
            key = _person_key(at, names, np)
            if key:
                found.append(key)
        j = max(np.end, j + 1)
    return tuple(sorted(set(found)))


def _noun_participants(at: ArticleText, names: NameIndex, k: int, limit: int, pair: tuple[str, ...] = ()) -> tuple[str, ...]:
    """"la rencontre entre X et Y", "la visite de X": the complements."""
    toks = at.toks
    j = k + 1
    found: list[str] = []
    # "un voyage exceptionnel du numéro un": adjectives first
    if j + 1 < limit and toks[j].low in ("en", "à", "au") and toks[j + 1].kind == "word":
        # "la visite en Corée du Nord de X": past the place first
        place = noun_phrase(at, j + 1, limit)
        j = place.end if place is not None else j + 2
    while j < limit and j < k + 4 and toks[j].kind == "word" and toks[j].low.isalpha() and toks[j].text.islower() and toks[j].low not in at.lex.prepositions and toks[j].low not in at.lex.determiners and toks[j].low not in ("de", "d'", "entre"):
        j += 1
    if j < limit and toks[j].low in ("entre", "de", "du", "des", "d'", "avec"):
        # "du", "des" open the phrase themselves
        j += 0 if toks[j].low in ("du", "des") else 1
        while j < limit and len(found) < 4:
            np = noun_phrase(at, j, limit)
            if np is None or np.kind in ("time", "pronoun"):
                break
            if np.kind == "role" and np.head in at.lex.pair_nouns and toks[np.first].low == "les":
                found.extend(pair)
            else:
                key = _person_key(at, names, np)
                if key:
                    found.append(key)
            j = np.end
            if j < limit and toks[j].low == "et":
                j += 1
                continue
            break
    return tuple(sorted(set(found)))


def _place(at: ArticleText, names: NameIndex, k: int, sent) -> str | None:
    """The country of "à Pyongyang", "en Russie", "dans l'Extrême-Orient
    russe" near the trigger, in the same clause."""
    toks, lex = at.toks, at.lex
    lo, hi = max(sent.first, k - 8), min(sent.end, k + 16)
    best: tuple[int, str] | None = None
    for j in range(lo, hi):
        if toks[j].low == "où" and at.in_quote[j] == at.in_quote[k]:
            # "pour le Vietnam, où il est arrivé jeudi": the place named
            # just before the relative "où"
            country = _place_before(at, names, j - 1 if j > sent.first and toks[j - 1].text == "," else j)
            if country and (best is None or abs(j - k) < best[0]):
                best = (abs(j - k), country)
            continue
        if toks[j].low not in ("à", "en", "au", "aux", "dans") or at.in_quote[j] != at.in_quote[k]:
            continue
        np_start = j + 1
        if np_start < hi and toks[np_start].low in ("l'", "la", "le", "les"):
            np_start += 1
        end = np_start
        while end < hi and end < np_start + 6 and toks[end].kind == "word" and (
            toks[end].low in ("du", "de", "d'", "la", "l'") or toks[end].low not in lex.prepositions
        ) and at.in_quote[end] == at.in_quote[k]:
            end += 1
        words = [toks[m].low for m in range(np_start, end)]
        country = None
        for n in range(len(words), 0, -1):
            for s in range(0, len(words) - n + 1):
                country = lex.countries.get(" ".join(words[s : s + n]))
                if country:
                    break
            if country:
                break
        if country is None and np_start < hi and is_name_token(toks[np_start]) and name_run(toks, np_start, hi) == np_start + 1:
            # a place outside the gazetteer: its one-word name ("en Angola"),
            # unless it is a person's ("offert à Kim")
            name = toks[np_start].text
            if names.fullest(name) == name:
                country = slug(name)
        if country:
            distance = abs(j - k)
            if best is None or distance < best[0]:
                best = (distance, country)
    return best[1] if best else None


def _place_before(at: ArticleText, names: NameIndex, end: int) -> str | None:
    """The country (or one-word place name) that the words just before
    token ``end`` name: "le Vietnam", "l'Extrême-Orient russe"."""
    toks, lex = at.toks, at.lex
    words = [toks[m].low for m in range(max(0, end - 3), end) if toks[m].kind == "word"]
    for n in range(len(words), 0, -1):
        country = lex.countries.get(" ".join(words[-n:]))
        if country:
            return country
    if end >= 2 and is_name_token(toks[end - 1]) and not is_name_token(toks[end - 2]):
        name = toks[end - 1].text
        if names.fullest(name) == name and toks[end - 2].low in ("le", "la", "l'", "à", "en", "au", "pour", "vers"):
            return slug(name)
    return None


def _main_pair(names: NameIndex) -> tuple[str, ...]:
    """The two people the article names most: "les deux dirigeants"."""
    counts: Counter[str] = Counter()
    for variant, count in names.variants.items():
        if variant.lower() in names.at.lex.countries:
            continue
        full = names.fullest(variant)
        if names.persons_known and not names.is_person(full):
            continue
        counts[slug(full)] += count
    top = [name for name, _ in counts.most_common(2)]
    return tuple(sorted(top)) if len(top) == 2 else ()
