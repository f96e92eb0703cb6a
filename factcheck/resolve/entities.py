"""Names, noun phrases and the aliases one article ties together.

- ``noun_phrase``: a small French noun-phrase grammar over tokens: a name
  ("M. Poutine", "Kim Jong-un"), a described role ("le chef de l'État
  russe", "l'agence de presse nord-coréenne KCNA") or a pronoun.
- ``NameIndex``: the names of one article, with the ties the article
  makes by apposition ("Le président russe, Vladimir Poutine," /
  "Iouri Ouchakov, le conseiller diplomatique du Kremlin," / "le dirigeant
  nord-coréen Kim Jong Un"), so that "M. Poutine", "Poutine" and "le
  président russe" resolve to the fullest name the article gives.
- ``role_signature``: what a role says about who holds it ("leader" of
  "russie" for "le président russe", "le chef du Kremlin", "le chef de
  l'État russe"), the key by which roles meet names across articles.
"""

from __future__ import annotations

import re

from collections import Counter
from functools import lru_cache
from typing import NamedTuple

from factcheck.resolve.lexicon import SpeechLexicon, first_name_gender, first_name_genders, norm
from factcheck.resolve.text import ArticleText, Tok, slug

_STOP_CAPS = frozenset(
    "le la les l' un une des du de d' ce cet cette ces son sa ses leur leurs il elle ils elles on "
    "nous vous je selon pour après avant dans en à au aux quant par sur avec sans chez mais et ou "
    "donc or ni car si alors que qu' qui dont où cependant toutefois pourtant ainsi enfin aussi "
    "interrogé interrogée cité citée cités reçu reçue accueilli accueillie lors depuis pendant "
    "c' cela ça ceci celui celle ceux celles y a est tout tous toute toutes parmi outre face vers entre malgré premier"
    " première état etat".split()
)
PRE_ADJECTIVES = frozenset("nouveau nouvel nouvelle ancien ancienne ex futur future jeune vieux vieil vieille grand grande puissant puissante influent influente deux trois".split())
#: A rank before the noun: "38e", "2ème", "1er".
_RANK = re.compile(r"\d+(?:e|er|ère|ème|eme)")
_FIRST = frozenset(("premier", "première", "dernier", "dernière", "second", "seconde", "deuxième"))
#: What "premier" heads as a role: "le Premier ministre", "la première secrétaire".
_FIRST_OF = frozenset(("ministre", "ministres", "secrétaire", "adjoint", "adjointe", "magistrat", "président",
                       "vice-président", "conseiller", "conseillère", "dirigeant", "responsable"))
_CLAUSE_STOP = frozenset("qui que qu' dont où et ou mais ni car,".split())
#: Pronouns that open a verb group: the phrase before them has ended ("La
#: magistrate s'en est prise", "le maire lui a répondu").
_VERB_CLITICS = frozenset("s' se ne n' y lui leur".split())  # (not "me": Maître, "l'avocat Me Paul Roux")


#: The demonstratives that stand for the person named last, and their gender.
LATTER = {"celui-ci": "m", "celle-ci": "f", "celui": "m", "celle": "f"}  # ("celui", "celle" before "qui")


class NP(NamedTuple):
    first: int  # token indices, end exclusive
    end: int
    kind: str  # "name", "role", "pronoun", "time"
    #: token range of the name inside the phrase, if any
    name_first: int = -1
    name_end: int = -1
    head: str = ""  # the role noun, lower-cased


def is_name_token(tok: Tok) -> bool:
    """A capitalised word that can begin a name (not "Le", "Selon", nor a
    sentence-initial participle such as "Qualifiant")."""
    if tok.kind != "word" or not tok.text[0].isupper() or tok.low in _STOP_CAPS or tok.low in _HONORIFICS:
        return False
    if tok.low in _not_names():
        return False
    if tok.text.isupper() and tok.low in _acronym_roles():
        return False  # "Le PDG, Marc-Antoine Rigal": a role, not a name
    if tok.low.endswith(_IMPERATIVE_CLITICS):
        return False  # "Écoutez-le : « … »": a verb and its pronoun
    return not (tok.low.endswith("ant") and len(tok.low) > 6 and tok.text[1:].islower())


#: A pronoun hyphenated to an imperative ("Écoutez-le", "Dites-nous").
_IMPERATIVE_CLITICS = ("-le", "-la", "-les", "-lui", "-leur", "-moi", "-nous", "-vous")


#: The endings of an -er verb's past participle ("cité", "interrogées").
ER_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")
#: Articles, in lower case: no person's name takes one ("le Stérenn" is a
#: boat; "Le Pen" and "Le Bihan" have a capital); a title opens with one
#: (« La Joconde »).
ARTICLES = frozenset("le la les l' un une".split())
#: A demonym, written with a capital as a noun: "le Nîmois", "la Lyonnaise",
#: "le Rennais", "la Parisienne" (a person described, not named); see
#: ``is_demonym``.  Only the common endings: "-in", "-on", "-aine" end too
#: many other names ("le Kremlin", "le Japon", "la Lorraine", "l'Ukraine").
#: Compounds too: "la Haute-Ligérienne", "le Franc-Comtois".
_COMPOUND = r"(?:[A-ZÀ-Ý][a-zà-ÿ]+-)*"
DEMONYM = re.compile(
    _COMPOUND + r"(?:[A-ZÀ-Ý][a-zà-ÿ]+(?:ois|oise|ais|aise|ien|ienne|éen|éenne|ain)s?"
    # regions' and countries' people whose endings names share too much to
    # go by ("le Breton", "la Normande", "l'Allemand", "le Basque")
    r"|(?:Breton(?:ne)?|Gascon(?:ne)?|Normand(?:e)?|Flamand(?:e)?|Allemand(?:e)?|Auvergnat(?:e)?"
    r"|Catalan(?:e)?|Occitan(?:e)?|Cévenol(?:e)?|Espagnol(?:e)?|Basque|Corse|Belge|Suisse|Russe|Turc|Turque"
    r"|Grec(?:que)?|Slovaque|Tchèque"
    # countries' people with endings of their own ("le Kényan Abel Kiprugut")
    r"|Kényan(?:e)?|Nigérian(?:e)?|Afghan(?:e)?|Andorran(?:e)?|Birman(?:e)?|Argentin(?:e)?|Philippin(?:e)?"
    r"|Monténégrin(?:e)?|Letton(?:ne)?|Mongol(?:e)?|Kazakh(?:e)?|Ouzbek(?:e)?|Tadjik(?:e)?|Thaï(?:e)?"
    r"|Qatari(?:e)?|Émirati(?:e)?|Britannique|Slovène|Croate|Serbe|Bulgare|Biélorusse|Moldave|Malgache"
    r"|Monégasque|Yéménite|Chypriote|Turkmène|Burkinabè)s?)"
)


#: Endings of demonyms that too many names share (see ``DEMONYM``):
#: "le Bornandin", "l'Angevin", "le Savoyard".  Read as a demonym only
#: where a name would be a thing: alone after "le" or "la", saying words.
MORE_DEMONYMS = re.compile(_COMPOUND + r"[A-ZÀ-Ý][a-zà-ÿ]+(?:in|ine|ard|arde)s?")


def is_demonym(tok: Tok, pattern: re.Pattern[str] = DEMONYM) -> bool:
    """A demonym, not a first name ("Julien", "François") nor a country,
    an institution or a medium the lexicon lists."""
    low = norm(tok.text)
    names = first_name_genders()
    return (bool(pattern.fullmatch(tok.text)) and low not in names and low not in _not_demonyms()
            and low.split("-")[0] not in names)  # "Jean-Sébastien", "Marie-Christine"  # fmt: skip


@lru_cache(maxsize=1)
def _not_demonyms() -> frozenset[str]:
    from factcheck.resolve.lexicon import speech_lexicon  # noqa: PLC0415

    lex = speech_lexicon()
    # (a country's adjective is a demonym all the same: "le Français Théo
    # Vuillermoz", "souriait la Française"; its name and seats are not)
    places = frozenset(name for name in lex.countries if not DEMONYM.fullmatch(name.capitalize()))
    return frozenset(lex.institutions) | frozenset(lex.media) | places | _PRESS_TITLES


#: Newspapers named like demonyms ("selon le Parisien", "la Marseillaise").
_PRESS_TITLES = frozenset("parisien marseillaise républicain provençal montagnard berrichon".split())


#: Plural determiners before a demonym and names ("Les Marseillais Kévin
#: Aubert, …", "face aux Marseillais Kévin Aubert"): never a surname's
#: particle, as "Le" of "Le Gall" is.
_PLURAL_BEFORE = frozenset(("les", "aux", "des"))
#: Determiners a demonym before names may follow, in any case.
_DEMONYM_DETERMINERS = ARTICLES | _PLURAL_BEFORE


def _demonym_before_name(toks: list[Tok], i: int, end: int) -> bool:
    """"Brestois Corentin Abgrall": a demonym, then a person's name of two
    words or more."""
    return end - i >= 3 and is_demonym(toks[i])


#: What follows a participle opening a sentence ("Hélitreuillé jeudi",
#: "Interpellé mardi", "Condamné à dix ans"), not a noun ("Assemblée
#: nationale", "Société générale", "Université de Lyon") nor a name in
#: apposition ("Dupré, élu en 2014").
_AFTER_PARTICIPLE = frozenset("à au aux par en dans pour sur avec sans dès hier lundi mardi mercredi jeudi vendredi samedi dimanche".split())
_SENTENCE_STARTS = frozenset(". ! ? « \" : ;".split())
#: Participles of other verbs that open a clause: "Parti de Nouméa", "Né à Lyon".
_OTHER_PARTICIPLES = frozenset(
    "parti partie partis parties sorti sortie sortis sorties venu venue venus venues revenu revenue revenus revenues"
    " né née nés nées mort morte morts mortes élu élue élus élues réélu réélue réélus réélues"
    # participles in -ert, -is, -it: "Découvert au petit matin par un voisin, …"
    " découvert découverte découverts découvertes ouvert ouverte ouverts ouvertes rouvert rouverte"
    " pris prise prises repris reprise mis mise mises remis remise admis admise atteint atteinte"
    " construit construite détruit détruite inscrit inscrite".split()
)


def opens_participial_clause(toks: list[Tok], i: int) -> bool:
    """A capitalised participle opening a sentence, which the analyser may
    take for a name: "Hélitreuillé jeudi dernier à l'aube, le marin…"
    (not a first name: "Dieudonné", "Timothée")."""
    tok = toks[i]
    if tok.low in _OTHER_PARTICIPLES and i + 1 < len(toks) and (i == 0 or tok.after_break or toks[i - 1].text in _SENTENCE_STARTS):
        # "Parti de Nouméa jeudi, le navire…", "Né à Lyon en 1970, il…",
        # "Élu maire en 2014, il…" (a party or a name opening a sentence
        # takes an article: "Le Parti socialiste")
        after = toks[i + 1].low
        return after in _AFTER_PARTICIPLE or after in ("de", "d'", "du", "le", "la", "l'") or after in _person_roles()
    return (
        tok.kind == "word"
        and tok.low.endswith(ER_PARTICIPLE_ENDINGS)
        # (short names end in -é too: "Mbappé", "Dupré", "Noé"; hardly any
        # in -ée or -és: "Créée en 1978"; a verb of the lexicons is none:
        # "Arrivé au conseil en 1995")
        and (len(tok.low) >= (5 if tok.low.endswith(("ée", "ées", "és")) else 7) or tok.low in _verb_forms())
        and tok.text[1:].islower()
        and (i == 0 or tok.after_break or toks[i - 1].text in _SENTENCE_STARTS)
        and i + 1 < len(toks)
        and toks[i + 1].low in _AFTER_PARTICIPLE
        and norm(tok.text) not in first_name_genders()
    )


@lru_cache(maxsize=1)
def _person_roles() -> frozenset[str]:
    from factcheck.resolve.lexicon import speech_lexicon

    return speech_lexicon().person_roles


@lru_cache(maxsize=1)
def _verb_forms() -> frozenset[str]:
    """The forms of the verbs the event and speech lexicons list."""
    from factcheck.resolve.lexicon import event_lexicon, speech_lexicon

    return frozenset(event_lexicon().verb_forms) | frozenset(speech_lexicon().speech_forms)


_HONORIFICS = frozenset("m. mme mlle mm. mmes me dr pr mgr".split())
_PARTICLES = frozenset("le la de du des d' van von der den al ben bin".split())
#: Words that open a dateline or a credit line, never part of a name.
#: Words a dateline or a credit line opens with, a weekday among them
#: ("Lundi 14 décembre 2026, 06h00" under a title ending with a name).
_HEADER_WORDS = frozenset(
    "publié publiée mis modifié modifiée actualisé actualisée source crédit crédits photo"
    " lundi mardi mercredi jeudi vendredi samedi dimanche".split()
)
_RUN_BREAK = frozenset("le la les l' de du des d' et à au aux en selon pour par sur dans avec".split())


@lru_cache(maxsize=1)
def _acronym_roles() -> frozenset[str]:
    from factcheck.resolve.lexicon import speech_lexicon

    return frozenset(r for r in speech_lexicon().person_roles if len(r) <= 4)


@lru_cache(maxsize=None)
def _not_names() -> frozenset[str]:
    """Words that start a sentence with a capital but never a name:
    adverbs, prepositions, days and months ("Mardi, ...", "Puis ..."),
    time zones ("GMT")."""
    from factcheck.normalize.temporal_lexicon import ZONE_ABBREVIATIONS
    from factcheck.resolve.lexicon import speech_lexicon

    lex = speech_lexicon()
    extra = frozenset(
        "puis ensuite enfin aussi alors désormais hier demain aujourd'hui mais lorsque quand comme"
        " certains certaines plusieurs aucun aucune chaque tous toutes".split()
    ) | {zone.lower() for zone in ZONE_ABBREVIATIONS}  # "(18 h GMT)": a clock's zone, no one
    return lex.time_nouns | lex.adverbs | lex.prepositions | lex.auxiliaries | lex.determiners | extra


def name_run(toks: list[Tok], i: int, limit: int) -> int:
    """End of the run of capitalised words starting at i ("Kim Jong Un").

    A place of the gazetteer ends a run ("à Pyongyang Kim Jong Un"), and so
    does an acronym followed by a name ("l'AFP Vladimir Tikhonov").
    """
    from factcheck.resolve.lexicon import speech_lexicon

    places = speech_lexicon().countries
    k = i
    while k < limit:
        tok = toks[k]
        if k == i:
            if not is_name_token(tok):
                break
        elif tok.after_break or tok.low in _HEADER_WORDS:
            break  # a title's last name and the dateline's "Publié" (with or without a blank line)
        elif not (tok.kind == "word" and tok.text[0].isupper() and tok.low not in _RUN_BREAK and tok.low not in _HONORIFICS):
            # a particle inside a name: "Marine Le Pen", "Ursula von der Leyen"
            if not (
                tok.low in _PARTICLES
                and (
                    # "de", "d'" continue a name of one word only ("Quai d'Orsay",
                    # not "Marie Dubois d'Amnesty International")
                    tok.low not in ("de", "du", "des", "d'")
                    or (k - i == 1 and not (k + 2 < limit and is_name_token(toks[k + 2])))
                )
                and not any(t.low in _PARTICLES for t in toks[i:k])
                and k + 1 < limit
                and toks[k + 1].low not in _HONORIFICS
                and toks[k + 1].kind == "word"
                and toks[k + 1].text[0].isupper()
                and toks[k + 1].low not in _RUN_BREAK
            ):
                break
        k += 1
        if (tok.low in places and k < limit and toks[k].kind == "word" and toks[k].text[0].isupper()
                and not (k - 1 == i and DEMONYM.fullmatch(tok.text))):  # fmt: skip
            break  # (a country's adjective opening the run goes on: "le Français Théo Vuillermoz")
        if (
            len(tok.text) >= 2
            and tok.text.isupper()
            and k + 1 < limit
            and is_name_token(toks[k])
            and is_name_token(toks[k + 1])
        ):
            break
    return k


def noun_phrase(at: ArticleText, i: int, limit: int) -> NP | None:
    """The noun phrase starting at token i (not past ``limit``), if any."""
    toks, lex = at.toks, at.lex
    if i >= limit:
        return None
    tok = toks[i]
    if tok.kind == "clitic":
        return NP(i, i + 1, "pronoun")
    if tok.low in ("il", "elle", "ils", "elles", "lui", "eux"):
        return NP(i, i + 1, "pronoun")
    if tok.low in LATTER and (tok.low.endswith("-ci") or (i + 1 < limit and toks[i + 1].low == "qui")):
        # "Celui-ci", "Celle qui voulait …": the latter, as "ce dernier"
        return NP(i, i + 1, "role", head=tok.low)
    if tok.low in lex.honorifics and i + 1 < limit:
        j = i + 1
        if toks[j].low in _PARTICLES and toks[j].text[0].isupper() and not is_name_token(toks[j]) and j + 1 < limit:
            j += 1  # "M. Le Goff", "Mme De Sarnez"
        if is_name_token(toks[j]):
            end = name_run(toks, j, limit)
            return NP(i, end, "name", i, end)
    if is_name_token(tok) and at.in_quote[i] == -1 and not opens_participial_clause(toks, i):
        end = name_run(toks, i, limit)
        if i > 0 and (toks[i - 1].text in ARTICLES or toks[i - 1].low in _PLURAL_BEFORE) and _demonym_before_name(toks, i, end):
            return NP(i, end, "role", i + 1, end, tok.low)  # (after "le": "Lucien Le Gall" is a name)
        return NP(i, end, "name", i, end)
    if tok.low not in lex.determiners:
        return None
    k = i + 1
    while k < limit and (toks[k].low in PRE_ADJECTIVES or _RANK.fullmatch(toks[k].low)
                         or (toks[k].low in _FIRST and k + 1 < limit and toks[k + 1].low not in _FIRST_OF)):  # fmt: skip
        k += 1  # "le 38e joueur mondial", "son premier titre" (but "le Premier ministre")
    if k >= limit or toks[k].kind != "word":
        return None
    head = toks[k].low
    if not head[:1].isalpha() or head in _CLAUSE_STOP or head in lex.prepositions or head in lex.clitics:
        return None
    if head in lex.time_nouns:
        end = k + 1
        while end < limit and toks[end].kind == "word" and toks[end].low in ("même", "dernier", "dernière", "suivant", "suivante", "précédent", "précédente", "prochain", "prochaine"):
            end += 1
        return NP(i, end, "time", head=head)
    if is_name_token(toks[k]):
        end = name_run(toks, k, limit)
        if _demonym_before_name(toks, k, end):
            # "le Brestois Corentin Abgrall": a person described, then named
            return NP(i, end, "role", k + 1, end, toks[k].low)
        return NP(i, end, "name", k, end)
    name_first = name_end = -1
    k += 1
    in_complement = False
    while k < limit:
        t = toks[k]
        if t.kind != "word" or at.in_quote[k] != -1:
            break
        low = t.low
        if (low == "et" and in_complement and k + 2 < limit and toks[k + 1].low in ("de", "du", "des", "d'")
                and is_name_token(toks[k + 2] if toks[k + 2].low not in ("la", "l'") or k + 3 >= limit else toks[k + 3])):  # fmt: skip
            # one complement of two names: "le ministère de l'Europe et des
            # Affaires étrangères", "la ministre du Travail et de l'Emploi"
            k += 1
            continue
        if low in ("de", "du", "des", "d'"):
            in_complement = True
            nxt = k + 1
            if nxt < limit and toks[nxt].low in ("la", "l'", "les"):
                nxt += 1
            if nxt < limit and toks[nxt].kind == "word" and toks[nxt].low not in lex.determiners and toks[nxt].low not in lex.time_nouns:
                # names inside a complement are not the person's name: "le
                # leader de la Corée du Nord", "le président du groupe LR"
                k = name_run(toks, nxt, limit) if is_name_token(toks[nxt]) else nxt + 1
                while k < limit and is_name_token(toks[k]) and name_first < 0:
                    run_end = name_run(toks, k, limit)
                    if not is_name_token(toks[nxt]) and run_end - k >= 2 and first_name_gender(at.words(k, run_end)):
                        # a first name and a surname after a complement in
                        # lower case are the person's: "le capitaine de
                        # corvette Julien Marchetti" (not "du groupe LR")
                        name_first, name_end = k, run_end
                    k = run_end
                continue
            break
        if low in ("à", "au", "aux") and head in lex.person_roles and not in_complement:
            # a role's charge before the name it is apposed to: "l'adjointe
            # aux finances, Nadia Benali", "le délégué à la jeunesse, Paul
            # Roux,"; not those spoken to ("a déclaré le maire aux
            # habitants, Jean Roux, son adjoint, à ses côtés"), nor a name
            # the apposition does not close ("…, Bruno Retailleau en tête")
            nxt = k + 1
            if nxt < limit and toks[nxt].low in ("la", "l'"):
                nxt += 1
            delegated = toks[k - 1].low in _DELEGATED and nxt + 1 < limit and toks[nxt].kind == "word"
            if (delegated and toks[nxt + 1].text == "," and nxt + 2 < limit and is_name_token(toks[nxt + 2])
                    and _closed_apposition(toks, name_run(toks, nxt + 2, limit), limit)):  # fmt: skip
                # a minister's portfolio, capitalised: "le ministre délégué à
                # l'Industrie, Marc Ferrand" (after "délégué", no one spoken to)
                in_complement = True
                k = nxt + 1
                continue
            if (nxt + 2 < limit and toks[nxt].kind == "word" and toks[nxt].low.isalpha() and not is_name_token(toks[nxt])
                    and toks[nxt + 1].text == "," and is_name_token(toks[nxt + 2])
                    and not (low == "aux" and toks[nxt].low.rstrip("sx") in lex.person_roles)
                    and _closed_apposition(toks, name_run(toks, nxt + 2, limit), limit)):  # fmt: skip
                in_complement = True
                k = nxt + 1
                continue
        if (
            low in lex.prepositions
            or (low in lex.determiners and not t.text[0].isupper())  # another phrase begins
            or low in _CLAUSE_STOP
            or low in lex.auxiliaries
            or low in lex.speech_forms
            or low in lex.time_nouns
            or low in lex.clitics
            or low in _VERB_CLITICS
        ):
            break
        if t.low in ("le", "la", "les") and t.text[0].isupper() and name_first < 0 and k + 1 < limit and is_name_token(toks[k + 1]):
            # a title with its article: "le quotidien Le Monde"
            name_first = k
            k = name_run(toks, k + 1, limit)
            name_end = k
            continue
        if is_name_token(t):
            if name_first >= 0:
                break
            name_first = k
            k = name_run(toks, k, limit)
            name_end = k
            continue
        if name_first >= 0:
            break
        k += 1
    return NP(i, k, "role", name_first, name_end, head)


#: "délégué à": what follows is the role's charge, never a person spoken to.
_DELEGATED = frozenset(("délégué", "déléguée", "délégués", "déléguées"))


def _closed_apposition(toks, end: int, limit: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether a name ending at ``end`` closes its apposition: a comma, a
    full stop or the sentence's end after it."""
    return end >= limit or toks[end].text in (",", ".")


def np_text(at: ArticleText, np: NP) -> str:
    """The phrase without its leading determiner ("président russe")."""
    first = np.first
    if at.toks[first].low in at.lex.determiners and np.kind != "name":
        first += 1
    elif np.kind == "name" and np.name_first >= 0:
        return at.words(np.name_first, np.name_end)
    return at.words(first, np.end)


def role_signature(words: str, lex: SpeechLexicon) -> tuple[str, str] | None:
    """(role class, country key) of a role phrase, or None.

    "président russe", "chef de l'État russe", "chef du Kremlin" ->
    ("leader", "russie"); "agence de presse nord-coréenne" -> ("agency",
    "coree-du-nord").  Plural roles are groups: None.
    """
    low = norm(words)
    parts = low.replace("'", "' ").split()
    if not parts:
        return None
    head = parts[0]
    if head in lex.determiners and len(parts) > 1:
        parts = parts[1:]
        head = parts[0]
    if head in ("agence", "agency"):
        cls = "agency"
    elif head in lex.leader_roles:
        cls = "leader"
        # "chef de la diplomatie", "chef du parti": head of something else
        if len(parts) > 2 and parts[1] in ("de", "du", "des", "d'"):
            rest = [p for p in parts[2:] if p not in ("la", "l'", "le", "les")]
            if rest and rest[0] not in lex.countries and rest[0] not in ("état", "etat", "corée"):
                cls = head
        if head == "numéro" and (len(parts) < 2 or parts[1] != "un"):
            return None
        if head == "homme" and "fort" not in parts:
            return None
    elif head in lex.person_roles or head in lex.institutions:
        cls = head
    else:
        return None
    country = None
    for n in (4, 3, 2, 1):
        for j in range(1, len(parts) - n + 1):
            key = lex.countries.get(" ".join(parts[j : j + n]))
            if key:
                country = key
                break
        if country:
            break
    if country is None:
        return None
    return cls, country


class NameIndex:
    """The names of one article and the roles it ties to them."""

    def __init__(self, at: ArticleText, person_spans: tuple[tuple[int, int], ...] = ()) -> None:
        self.at = at
        lex = at.lex
        toks = at.toks
        self.variants: Counter[str] = Counter()  # full-name variants as written
        self.persons: set[str] = set()  # slugs of names known to be people
        self.ties: dict[str, str] = {}  # role slug -> name
        self.signature_ties: dict[tuple[str, str], str] = {}
        self._fullest: dict[str, str] = {}
        self._variant_slugs: list[tuple[str, int, str, list[str]]] | None = None
        n = len(toks)
        i = 0
        while i < n:
            if at.in_quote[i] != -1 or not is_name_token(toks[i]):
                i += 1
                continue
            end = name_run(toks, i, n)
            if i > 0 and toks[i - 1].low in _DEMONYM_DETERMINERS and _demonym_before_name(toks, i, end):
                # "le Brestois Corentin Abgrall", "Le Brestois Corentin Abgrall"
                # opening a sentence: the name is "Corentin Abgrall"
                i += 1
            honorific = i > 0 and toks[i - 1].low in lex.honorifics
            if end - i >= 2 or honorific:
                name = at.words(i, end)
                if end - i >= 2:
                    self.variants[name] += 1
                if honorific:
                    self.persons.add(slug(name))
            i = end
        for start, end in person_spans:
            k = at.tok_index(start)
            if k < n and toks[k].end >= end and opens_participial_clause(toks, k):
                continue  # the analyser's person "Hélitreuillé" opening a sentence
            if k < n and toks[k].end >= end and toks[k].text.count("-") >= 2:
                continue  # "Lorient-Açores-Lorient", a route: no one's name is one word of three parts
            self.persons.add(slug(at.text[start:end]))
        #: the analysis said which names are people
        self.persons_known = bool(person_spans)
        self._find_ties()

    # -- appositions -----------------------------------------------------
    def _tie(self, at: ArticleText, role: NP, name: str, listed_only: bool = False) -> None:
        """Tie ``role`` to ``name``; ``listed_only``: only a role the
        lexicon lists (the apposition is not closed after the name)."""
        plural = at.toks[role.first].low in ("les", "des", "ses", "leurs", "ces") or role.head.endswith(("s", "x"))
        if plural:
            return
        if role.kind != "role" or not role.head:
            return
        full = self.fullest(name)
        if role.head not in at.lex.person_roles:
            a_person = self._a_person(full)
            if role.head in at.lex.institutions or role.head in at.lex.media:
                if a_person:
                    return  # no person is an institution: "Jean Delcroix, l'entreprise emploie…" is two phrases
            elif listed_only or not a_person:
                # Occupations are an open class: a noun apposed to a person's
                # name is that person's role ("Le berger, Théo Mallet, 24 ans"),
                # whatever it is; to any other name only a listed one is.
                return
        words = np_text(at, role)
        self.ties.setdefault(slug(words), full)
        signature = role_signature(words, at.lex)
        if signature:
            self.signature_ties.setdefault(signature, full)
        if role.head in at.lex.person_roles:
            self.persons.add(slug(full))

    def _a_person(self, name: str) -> bool:
        """A person by the analysis, or by a first name the lexicon knows."""
        return slug(name) in self.persons or first_name_gender(name) is not None

    def _find_ties(self) -> None:
        at = self.at
        toks = at.toks
        lex = at.lex
        n = len(toks)
        for sent in at.sentences:
            k = sent.first
            while k < sent.end:
                tok = toks[k]
                if tok.low in lex.determiners and at.in_quote[k] == -1:
                    np = noun_phrase(at, k, sent.end)
                    if np and np.kind == "role":
                        if np.name_first >= 0:
                            # "le président russe Vladimir Poutine"; only a listed
                            # role so: places are named after people too
                            # ("l'aéroport Charles de Gaulle", "le stade Pierre Mauroy")
                            role = NP(np.first, np.name_first, "role", head=np.head)
                            self._tie(at, role, at.words(np.name_first, np.name_end), listed_only=True)
                        elif np.end + 1 < n and toks[np.end].text == "," and is_name_token(toks[np.end + 1]):
                            # "Le président russe, Vladimir Poutine,"; not after
                            # a preposition: "Cité par le journal russe, Kim
                            # Jong-un a parlé" (a complement, then the subject)
                            end = name_run(toks, np.end + 1, sent.end)
                            after_preposition = np.first > 0 and toks[np.first - 1].low in lex.prepositions
                            if end - np.end - 1 >= 2 and not after_preposition:
                                closed = end < sent.end and toks[end].text == ","
                                self._tie(at, np, at.words(np.end + 1, end), listed_only=not closed)
                        if np.first >= 2 and toks[np.first - 1].text == ",":
                            # "Vladimir Poutine, le chef d'État russe,"
                            j = np.first - 1
                            start = j
                            while start > sent.first and is_name_token(toks[start - 1]):
                                start -= 1
                            if j - start >= 2 and (np.end >= sent.end or toks[np.end].text in ",."):
                                self._tie(at, np, at.words(start, j))
                        k = max(np.end, k + 1)
                        continue
                k += 1

    # -- resolution ------------------------------------------------------
    def fullest(self, name: str) -> str:
        """The fullest variant of a name in this article ("Poutine",
        "M. Poutine" -> "Vladimir Poutine")."""
        hit = self._fullest.get(name)
        if hit is None:
            hit = self._fullest[name] = self._find_fullest(name)
        return hit

    def _find_fullest(self, name: str) -> str:
        name = name.strip()
        words = name.split()
        if words and norm(words[0]) in self.at.lex.honorifics:
            words = words[1:]
        key = slug(" ".join(words))
        if not key:
            return name
        parts = key.split("-")
        best: tuple[int, int, int, str] | None = None
        if self._variant_slugs is None:
            self._variant_slugs = [(v, c, slug(v), slug(v).split("-")) for v, c in self.variants.items()]
        for variant, count, v, vparts in self._variant_slugs:
            same = v == key
            contains = len(parts) < len(vparts) and _contains(vparts, parts)
            if same or contains:
                rank = (len(vparts), count, len(variant), variant)
                if best is None or rank > best:
                    best = rank
        return best[3] if best else " ".join(words)

    def resolve_role(self, words: str) -> str | None:
        """The name a role phrase stands for in this article, if tied."""
        hit = self.ties.get(slug(words))
        if hit:
            return hit
        signature = role_signature(words, self.at.lex)
        if signature:
            return self.signature_ties.get(signature)
        head = slug(words)
        if head and "-" not in head:
            # a bare role, the head of one role the article ties to a name:
            # "le préfet" after "Le préfet de La Réunion, Jérôme Castellan"
            named = {name for role, name in self.ties.items() if role.startswith(head + "-")}
            if len(named) == 1:
                return named.pop()
        return None

    def is_person(self, name: str) -> bool:
        return slug(name) in self.persons or slug(self.fullest(name)) in self.persons


def _contains(longer: list[str], shorter: list[str]) -> bool:
    n = len(shorter)
    return any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))
