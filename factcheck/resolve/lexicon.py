"""The French word lists of factcheck/data/*.toml, loaded once.

Verb lemmas become sets of inflected forms here, so that matchers test a
word with one set lookup.  Everything is lower-cased and NFC, with one
kind of apostrophe ("'"), as in ``factcheck.textnorm.fold``.
"""

from __future__ import annotations

import tomllib
import unicodedata
from functools import lru_cache
from importlib import resources

import attrs

# Endings of a regular -er verb that news copy uses (participles,
# present, imperfect, conditional, future, simple past, gerund).
_ER_ENDINGS = (
    "é", "ée", "és", "ées", "e", "es", "ent", "ait", "aient", "ant", "a",
    "ons", "ez", "era", "erait", "eraient", "eront", "èrent", "ât", "ais",
    "ai",
)  # fmt: skip


def norm(word: str) -> str:
    """Lower-case, NFC, one apostrophe: the form lexicon entries use."""
    return unicodedata.normalize("NFC", word).lower().replace("\u2019", "'")


def generic_singular(word: str) -> str:
    """The singular the canonical names of sources give a word ("organisateurs"
    -> "organisateur", "régionaux" -> "régional"; not "press")."""
    if word.endswith("aux") and len(word) > 4:
        return word[:-3] + "al"
    if word.endswith(("s", "x")) and len(word) > 3 and not word.endswith("ss"):
        return word[:-1]
    return word


def conjugate_er(lemma: str) -> set[str]:
    """The forms of a regular -er verb ("déclarer" -> "déclaré", "déclare"...).

    A reflexive lemma ("s'emporter") gives the forms of the bare verb.
    Stem changes (é -> è: "répète") are added for the present tense.
    """
    bare = lemma.split("'", 1)[-1].split(" ", 1)[-1]
    if not bare.endswith("er"):
        return set()
    stem = bare[:-2]
    forms = {stem + ending for ending in _ER_ENDINGS}
    # "répéter" -> "répète", "préférer" -> "préfère"
    if len(stem) > 2 and stem[-2] == "é":
        grave = stem[:-2] + "è" + stem[-1]
        forms |= {grave + "e", grave + "es", grave + "ent"}
    # "appeler" -> "appelle", "jeter" -> "jette"
    if stem.endswith(("el", "et")):
        forms |= {stem + stem[-1] + "e", stem + stem[-1] + "ent"}
    return forms


def _forms(regular: list[str], irregular: dict[str, list[str]]) -> dict[str, str]:
    """Map each inflected form to its lemma."""
    out: dict[str, str] = {}
    for lemma in regular:
        for form in conjugate_er(norm(lemma)):
            out.setdefault(form, norm(lemma))
    for lemma, forms in irregular.items():
        for form in forms:
            out.setdefault(norm(form), norm(lemma))
    return out


def _load(name: str) -> dict:
    return tomllib.loads(resources.files("factcheck.data").joinpath(name).read_text("utf-8"))


def _set(words: list[str]) -> frozenset[str]:
    return frozenset(norm(w) for w in words)


@attrs.frozen
class SpeechLexicon:
    #: speech verb form -> lemma ("déclaré" -> "déclarer")
    speech_forms: dict[str, str]
    relay_lemmas: frozenset[str]
    #: forms of the verbs that give a count ("recensé", "dénombre")
    counting_forms: frozenset[str]
    #: forms of "faire" in "faire état de"
    faire_etat: frozenset[str]
    auxiliaries: frozenset[str]
    clitics: frozenset[str]
    adverbs: frozenset[str]
    time_nouns: frozenset[str]
    determiners: frozenset[str]
    prepositions: frozenset[str]
    speech_nouns: frozenset[str]
    speech_passives: frozenset[str]
    personal: frozenset[str]
    honorifics: frozenset[str]
    title_heads: frozenset[str]
    naming: frozenset[str]
    attribution_markers: tuple[tuple[str, ...], ...]
    media: frozenset[str]
    generic_filler: tuple[str, ...]
    person_roles: frozenset[str]
    institutions: frozenset[str]
    leader_roles: frozenset[str]
    pair_nouns: frozenset[str]
    #: general role -> the roles it may stand for ("magistrate" -> "procureure"...)
    general_roles: dict[str, frozenset[str]]
    #: demonym, country name or seat of power -> country key
    countries: dict[str, str]


@lru_cache(maxsize=None)
def speech_lexicon() -> SpeechLexicon:
    data = _load("speech.toml")
    verbs = data["verbs"]
    words = data["words"]
    countries: dict[str, str] = {}
    for key, names in data["places"]["countries"].items():
        for name in names:
            countries[norm(name)] = key
    return SpeechLexicon(
        speech_forms=_forms(verbs["regular_er"], verbs["forms"]),
        relay_lemmas=_set(verbs["relay"]["lemmas"]),
        counting_forms=frozenset(_forms(verbs["counting"]["regular_er"], {})),
        faire_etat=_set(verbs["counting"]["faire_etat"]),
        auxiliaries=_set(words["auxiliaries"]),
        clitics=_set(words["clitics"]),
        adverbs=_set(words["adverbs"]),
        time_nouns=_set(words["time_nouns"]),
        determiners=_set(words["determiners"]),
        prepositions=_set(words["prepositions"]),
        speech_nouns=_set(words["speech_nouns"]),
        speech_passives=_set(words["speech_passives"]),
        personal=_set(words["personal"]),
        honorifics=_set(words["honorifics"]),
        title_heads=_set(data["titles"]["heads"]),
        naming=_set(data["titles"]["naming"]),
        attribution_markers=tuple(
            tuple(norm(m).split()) for m in sorted(data["attribution"]["markers"], key=len, reverse=True)
        ),
        media=_set(data["attribution"]["media"]),
        generic_filler=tuple(norm(f) for f in data["attribution"]["generic_filler"]),
        person_roles=_set(data["roles"]["person"]),
        institutions=_set(data["roles"]["institution"]),
        leader_roles=_set(data["roles"]["leader"]),
        pair_nouns=_set(data["roles"]["pair"]),
        general_roles={norm(k): _set(v) for k, v in data["roles"]["general"].items()},
        countries=countries,
    )


@attrs.frozen
class EventLexicon:
    #: verb form -> event kind ("signé" -> "sign")
    verb_forms: dict[str, str]
    #: noun form -> event kind ("signature" -> "sign")
    nouns: dict[str, str]
    #: kind -> object classes its key is refined by
    kind_objects: dict[str, tuple[str, ...]]
    #: noun form -> object class ("pacte" -> "agreement")
    objects: dict[str, str]
    #: verb forms that tell their kind only with a reflexive pronoun
    #: ("se sont retrouvés" met; "a été retrouvée" was found)
    reflexive: frozenset[str] = frozenset()
    #: kind -> the kind it follows, whose people it has when it names none
    #: ("reelect" -> "elect": "Élue en 2015 … Réélue en 2021, elle …")
    follows: dict[str, str] = attrs.field(factory=dict)


@lru_cache(maxsize=None)
def event_lexicon() -> EventLexicon:
    data = _load("events.toml")
    verb_forms: dict[str, str] = {}
    nouns: dict[str, str] = {}
    kind_objects: dict[str, tuple[str, ...]] = {}
    irregular = {norm(k): [norm(f) for f in v] for k, v in data["forms"].items()}
    reflexive: set[str] = set()
    plain: set[str] = set()
    for kind, spec in data["kinds"].items():
        for lemma in spec.get("verbs", []):
            lemma = norm(lemma)
            bare = lemma[3:] if lemma.startswith("se ") else lemma[2:] if lemma.startswith("s'") else None
            forms = irregular.get(lemma) or sorted(conjugate_er(bare or lemma))
            (reflexive if bare else plain).update(forms)
            for form in forms:
                verb_forms.setdefault(form, kind)
        for noun in spec.get("nouns", []):
            nouns.setdefault(norm(noun), kind)
        kind_objects[kind] = tuple(spec.get("objects", ()))
    objects = {norm(noun): cls for cls, words in data["objects"].items() for noun in words}
    follows = {kind: spec["follows"] for kind, spec in data["kinds"].items() if "follows" in spec}
    # (a form of a verb listed plain too tells its kind either way: "rendre")
    return EventLexicon(verb_forms, nouns, kind_objects, objects, frozenset(reflexive - plain), follows)


@lru_cache(maxsize=None)
def first_name_genders() -> dict[str, str]:
    """First name (lower case) -> "f" or "m"; with an unaccented capital
    too ("eric" for "Éric", "elodie" for "Élodie"), as capitals are often
    written (not "michele" for "Michèle": an Italian man's name)."""
    data = _load("first_names.toml")
    genders: dict[str, str] = {}
    for key, gender in (("feminine", "f"), ("masculine", "m")):
        for name in data[key]:
            genders[norm(name)] = gender
    for name, gender in list(genders.items()):
        if name[0] in "éèêÉÈÊ":
            genders.setdefault("e" + name[1:], gender)
    return genders


def first_name_gender(name: str) -> str | None:
    """"f" or "m" as the first name of ``name`` tells ("Sophie Durand",
    "Jean-Marie Le Pen" by its first part), else None; a name of one word
    is a surname ("Mme Laurent", "M. Thomas") and tells nothing."""
    words = norm(name).split(" ", 1)
    if len(words) < 2:
        return None
    return first_name_genders().get(words[0].split("-", 1)[0])
