"""Claims credited to a source: ``attribution`` assertions.

"selon les agences de presse russes", "d'après les médias russes", "cité
par TASS", "selon lui", and a medium's incise "», a rapporté l'agence
KCNA".  ``value`` is the source's canonical name: a name as the article
gives it in full ("TASS", "Vladimir Poutine"), a pronoun resolved to the
person in focus, or for a generic source its words without article and
filler, in the singular ("agence russe", "média russe").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

import attrs

from factcheck.extract.quantities import singular
from factcheck.model import Assertion
from factcheck.nlp.base import Doc
from factcheck.resolve.entities import NP, NameIndex, noun_phrase, np_text
from factcheck.resolve.lexicon import generic_singular, norm
from factcheck.resolve.speakers import ASIDES, STRESSED, SpeakerFinder
from factcheck.resolve.text import ArticleText


def find_attributions(text: str, article: str, doc: Doc | None = None, analysis: tuple | None = None) -> list[Assertion]:
    from factcheck.extract.quotes import analyse_quotes

    at, names, _spans, _titles, _speakers, finder = analysis or analyse_quotes(text, doc)
    toks, lex = at.toks, at.lex
    out: list[Assertion] = []
    last_sentence = -2  # the sentence of the last attribution of ``out``
    n = len(toks)
    seen: set[int] = set()
    for si, sent in enumerate(at.sentences):
        k = sent.first
        while k < sent.end:
            if at.in_quote[k] != -1:
                k += 1
                continue
            marker_end = _marker_at(at, k, sent.end)
            relay = -1
            if marker_end < 0 and toks[k].text == "," or (marker_end < 0 and k > 0 and at.in_quote[k - 1] != -1 and toks[k].kind == "punct"):
                hit = finder.incise_at(k + 1, sent.end)
                # (an incise names its source after the comma: not "La
                # souscription, close le 31 mai, a rapporté 110 000 euros")
                if (hit and hit[1] is not None and hit[1].first > k
                        and lex.speech_forms.get(toks[hit[0]].low) in lex.relay_lemmas):  # fmt: skip
                    relay = k + 1
                    sources = [hit[1]]
            if marker_end >= 0:
                sources = _sources(at, marker_end, sent.end)
            if (marker_end >= 0 or relay >= 0) and sources and k not in seen:
                start_tok = relay if relay >= 0 else k
                values = sorted({v for v in (_canonical(at, names, finder, np, si) for np in sources) if v})
                if len(sources) == 1 and _the_same(at, sources[0]) and out and last_sentence >= si - 1:
                    values = [str(out[-1].value)]  # "selon la même source", "d'après ce même cabinet": the one before
                if values:
                    s, e = at.original(start_tok, sources[-1].end)
                    out.append(
                        Assertion(article, "attribution", s, e, text[s:e], " & ".join(values))
                    )
                    last_sentence = si
                    seen.add(k)
                    k = sources[-1].end
                    continue
            k += 1
    return out


def find_counting_sources(text: str, article: str, analysis: tuple) -> list[Assertion]:
    """The subjects of the verbs that give a count, as ``attribution``
    assertions flagged "counting" from the subject to the verb ("l'ARS a
    recensé", "Santé publique France en dénombre", "la préfecture fait
    état de"): they credit the figures after them in their clause
    (``credit_figures``) and are none of the article's attributions.
    Only a body, a name or a role is one; not a pronoun, nor a count
    with no one behind it ("le bilan fait état de")."""
    at, names, _spans, _titles, _speakers, finder = analysis
    toks, lex = at.toks, at.lex
    out: list[Assertion] = []
    for si, sent in enumerate(at.sentences):
        for k in range(sent.first + 1, sent.end):
            low = toks[k].low
            counting = low in lex.counting_forms and not low.endswith("ant")
            etat = low in lex.faire_etat and k + 1 < sent.end and toks[k + 1].low == "état"
            if at.in_quote[k] != -1 or not (counting or etat):
                continue
            j = k
            if j > sent.first and toks[j - 1].low in lex.auxiliaries:
                j -= 1  # "l'ARS a recensé"
            if j > sent.first and toks[j - 1].low in ("en", "y"):
                j -= 1  # "Santé publique France en dénombre 187"
            first = _clause_start(at, j, sent.first)
            # a clause after a conjunction: "Il pleuvait et la préfecture a recensé"
            first = max([first, *(i + 1 for i in range(first, j - 1) if toks[i].low in ("et", "mais", "puis"))])
            aside = _aside_before(at, j, sent.first) if first == j else 0
            if aside:
                # set off after the subject: "La préfecture maritime, elle, a
                # recensé 412 personnes", "L'ARS, de son côté, dénombre"
                j -= aside
                first = _clause_start(at, j, sent.first)
            np = _subject(at, first, j)
            subject_end = j
            if (np is None or np.end != j) and j - 1 > first and toks[j - 1].low == "et":
                # a verb coordinated to its clause's first one: "La direction
                # réaffirme qu'aucun licenciement n'est prévu et chiffre à 18
                # millions d'euros les économies"
                verb = _subject_verb(at, first, j - 1)
                np = _subject(at, first, verb) if verb is not None else None
                subject_end = verb if verb is not None else j
            if np is not None and np.kind == "pronoun" and np.end == subject_end and first == sent.first and si > 0:
                # "La préfecture a publié son bilan. Elle recense 40 blessés"
                pronoun = {"elle": "elle", "il": "lui"}.get(toks[np.first].low)
                value = _body_opening(at, names, finder, si - 1, pronoun) if pronoun else None
            elif np is None or np.end != subject_end or not (np.kind in ("body", "name") or np.kind == "role" and (
                    finder.names_a_body(np.first, np.end) or _role_singular(np.head) in lex.person_roles)):  # fmt: skip
                continue
            else:
                value = _canonical(at, names, finder, np, si)
            if value:
                end = k + 2 if etat else k + 1
                s, e = at.original(np.first, end)
                out.append(Assertion(article, "attribution", s, e, text[s:e], value, flags=("counting",)))
    return out


def find_reporting_sources(text: str, article: str, analysis: tuple) -> list[Assertion]:
    """The subjects of incises of speech that end a sentence with no
    quotation ("87 personnes … ont été intoxiquées, a annoncé mercredi
    l'Agence régionale de santé (ARS) de Normandie."), as ``attribution``
    assertions flagged "reported": they credit the figures of their
    sentence before them (``credit_figures``) and are none of the
    article's attributions.  Only a body, a name or a role is one."""
    at, names, _spans, _titles, _speakers, finder = analysis
    toks = at.toks
    out: list[Assertion] = []
    for si, sent in enumerate(at.sentences):
        for k in range(sent.first + 1, sent.end - 1):
            if toks[k].text != "," or at.in_quote[k] != -1 or at.in_quote[k - 1] != -1:
                continue
            hit = finder.incise_at(k + 1, sent.end)
            if hit is None or hit[1] is None or hit[1].kind not in ("body", "name", "role") or hit[1].first <= k:
                continue  # (an incise names its source after the comma)
            np = _institution(at, hit[1], sent.end)
            if np.end < sent.end and toks[np.end].text not in ".!?":
                continue  # not the sentence's end: a verb and its object ("…, a annoncé l'ARS aux familles")
            value = _canonical(at, names, finder, np, si)
            if value:
                s, e = at.original(k + 1, np.end)
                out.append(Assertion(article, "attribution", s, e, text[s:e], value, flags=("reported",)))
    return out


def _the_same(at: ArticleText, np: NP) -> bool:
    """A source named as the one before: "la même source", "ce même
    cabinet", "cette même étude"."""
    toks = at.toks
    # (nothing after the noun: "la même étude de l'Observatoire" names its own)
    return (np.end - np.first == 3 and toks[np.first].low in ("la", "le", "ce", "cet", "cette", "les", "ces")
            and toks[np.first + 1].low in ("même", "mêmes"))  # fmt: skip


def _role_singular(word: str) -> str:
    """"pompiers" -> "pompier", "sapeurs-pompiers" -> "sapeur-pompier"."""
    return "-".join(singular(part) for part in word.split("-"))


#: What may stand set off by commas between a subject and its verb: a
#: stressed pronoun ("La préfecture, elle, a recensé") or an aside.
_SET_OFF = (*((word,) for word in sorted(STRESSED)), *ASIDES)


def _aside_before(at: ArticleText, j: int, floor: int) -> int:
    """The length of an aside set off by commas right before token ``j``
    (", elle,", ", de son côté,"), commas included; 0 if none."""
    toks = at.toks
    if j - 3 < floor or toks[j - 1].text != ",":
        return 0
    for words in _SET_OFF:
        start = j - 1 - len(words)
        if start - 1 > floor and toks[start - 1].text == "," and tuple(
                t.low for t in toks[start : j - 1]) == words:  # fmt: skip
            return len(words) + 2
    return 0


def _subject(at: ArticleText, first: int, end: int) -> NP | None:
    """The noun phrase opening tokens [first, end), a body's name run on
    (``_institution``)."""
    np = noun_phrase(at, first, end)
    return _institution(at, np, end) if np is not None else None


def _clause_start(at: ArticleText, k: int, floor: int) -> int:
    """The first token of the clause token ``k`` ends: back to a comma,
    a colon, a semicolon, a parenthesis or a quotation, not past ``floor``."""
    toks = at.toks
    while k > floor and toks[k - 1].text not in ",:;(" and at.in_quote[k - 1] == -1:
        k -= 1
    return k


def _subject_verb(at: ArticleText, first: int, end: int) -> int | None:
    """The first verb after the subject opening tokens [first, end): an
    auxiliary, a verb of speech or of counting ("La direction réaffirme
    …", "Le maire est arrivé …"), where that subject ends."""
    toks, lex = at.toks, at.lex
    return next((i for i in range(first + 1, end) if toks[i].low in lex.auxiliaries
                 or toks[i].low in lex.speech_forms or toks[i].low in lex.counting_forms), None)  # fmt: skip


@lru_cache(maxsize=None)
def _first_words(markers: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    """The tokens a marker can start with ("d'après" starts with "d'")."""
    return frozenset(m[0].split("'")[0] + "'" if "'" in m[0] and not m[0].endswith("'") else m[0] for m in markers)


def _marker_at(at: ArticleText, k: int, limit: int) -> int:
    """End token of an attribution marker starting at k, or -1."""
    toks = at.toks
    if toks[k].low not in _first_words(at.lex.attribution_markers):
        return -1
    for marker in at.lex.attribution_markers:
        j = k
        ok = True
        for word in marker:
            # "d'après" is two tokens: "d'" "après"
            parts = [word] if "'" not in word or word.endswith("'") else [word.split("'")[0] + "'", word.split("'")[1]]
            for part in parts:
                if j >= limit or toks[j].low != part:
                    ok = False
                    break
                j += 1
            if not ok:
                break
        if ok:
            if j < limit and toks[j].low in ("que", "qu'", "les", "moi") and marker == ("selon",) and toks[j].low != "les":
                return -1
            return j
    return -1


def _sources(at: ArticleText, j: int, limit: int) -> list[NP]:
    """The source phrase(s) after a marker: "Washington et Séoul" is two."""
    out = []
    while j < limit:
        np = noun_phrase(at, j, limit)
        if np is None or np.kind == "time":
            break
        np = _publisher(at, _institution(at, np, limit), limit)
        out.append(np)
        j = np.end
        if j < limit and at.toks[j].low == "et":
            j += 1
            continue
        break
    return out


#: Participles of making figures public, before "par" and who did.
_PUBLISHED = frozenset(
    "publié publiée publiés publiées communiqué communiquée communiqués communiquées diffusé diffusée diffusés"
    " diffusées fourni fournie fournis fournies transmis transmise transmises établi établie établis établies"
    " rendu rendue rendus rendues dévoilé dévoilée dévoilés dévoilées".split()
)


_PUBLIC = frozenset(("public", "publique", "publics", "publiques"))
#: Nouns of figures a body gives: "le bilan de l'ARS" is the ARS's word.
_FIGURES = frozenset(
    "bilan bilans chiffre chiffres donnée données décompte décomptes comptage comptages estimation estimations"
    " rapport relevé relevés bulletin bulletins statistique statistiques étude recensement"
    " pointage".split()
)
#: Owners of figures the lexicon lists as no institution nor role.
_FIGURE_OWNERS = frozenset("pompiers sapeurs-pompiers secours organisateurs syndicats gendarmes policiers".split())


def _owner_after(at: ArticleText, k: int, limit: int) -> NP | None:
    """The phrase after "de"/"du"/"des" at token k: "de l'ARS", "de la
    préfecture", "des pompiers" (read as "les pompiers")."""
    toks = at.toks
    if toks[k].low in ("de", "d'") and k + 1 < limit and toks[k + 1].low in ("la", "l'", "le", "les"):
        return noun_phrase(at, k + 1, limit)
    if k + 1 >= limit or toks[k + 1].kind != "word":
        return None
    if toks[k + 1].text[0].isupper():
        return noun_phrase(at, k + 1, limit)
    return NP(k, k + 2, "role", head=toks[k + 1].low)


def _publisher(at: ArticleText, np: NP, limit: int) -> NP:
    """Who made the figures public, for figures named by what they are:
    "selon des résultats quasi définitifs publiés par la commission
    électorale" is the commission's word, as "selon la commission"; "le
    bilan de l'ARS" the ARS's (``_owner``)."""
    toks = at.toks
    if np.kind != "role":
        return np
    owner = _owner(at, np, limit)
    if owner is not None:
        return owner
    k = np.end
    # the participle is in the phrase ("les chiffres communiqués") or after it
    if toks[k - 1].low in _PUBLIC and np.end - np.first > 2 and toks[k - 2].low in _PUBLISHED:
        pass  # "les données rendues publiques"
    elif toks[k - 1].low not in _PUBLISHED:
        if k >= limit or toks[k].low not in _PUBLISHED:
            return np
        k += 1
        if k < limit and toks[k].low in _PUBLIC:
            k += 1  # "rendus publics par"
    told = k
    while k < limit and k - told < 3 and (toks[k].low in at.lex.time_nouns or toks[k].text.isdigit()):
        k += 1  # "publié mardi par", "publié le 3 mars par" (not the article: a date starts with a word)
    if k + 1 >= limit or toks[k].low != "par" or at.in_quote[k + 1] != -1:
        return np
    agent = noun_phrase(at, k + 1, limit)
    if agent is None or agent.kind in ("time", "pronoun"):
        return np
    return _institution(at, agent, limit)


def _owner(at: ArticleText, np: NP, limit: int) -> NP | None:
    """Whose figures a phrase of figures names: "selon le bilan de l'ARS",
    "un bilan des pompiers" (only a body, a role or a name: "les chiffres
    du chômage" are none's)."""
    if np.head not in _FIGURES:
        return None
    toks = at.toks
    h = next((i for i in range(np.first, min(np.end, limit)) if toks[i].low == np.head), -1)
    if h < 0 or h + 2 >= limit or toks[h + 1].low not in ("de", "du", "des", "d'") or at.in_quote[h + 2] != -1:
        return None
    owner = _owner_after(at, h + 1, limit)
    if owner is None or owner.kind in ("time", "pronoun") or not (
            owner.kind in ("name", "body") or owner.head in at.lex.institutions
            or owner.head in at.lex.person_roles or owner.head in _FIGURE_OWNERS):  # fmt: skip
        return None
    return _institution(at, owner, limit)


def _institution(at: ArticleText, np: NP, limit: int) -> NP:
    """A body's name in French typography, its first word alone capitalised:
    "l'Agence régionale de santé (ARS) Grand Est", "les Hôpitaux
    universitaires de Strasbourg", "la Cour des comptes".  The name phrase
    stops at its first word; here it runs on through adjectives,
    complements, names and a parenthesised acronym, to the clause's end."""
    toks = at.toks
    if np.kind == "role":
        return _named_by_acronym(at, np, limit)
    if np.kind != "name" or np.name_end - np.name_first != 1 or np.end != np.name_end:
        return np
    k = np.end
    end = k
    while k < limit and at.in_quote[k] == -1:
        t = toks[k]
        if t.text == "(" and k + 2 < limit and toks[k + 2].text == ")" and toks[k + 1].text.isupper():
            k += 3  # "(ARS)"
        elif t.kind != "word" or (t.text[0].islower() and (
                t.low in at.lex.time_nouns or t.low in _NOT_IN_A_BODY_NAME or t.low in at.lex.speech_forms)):
            break
        elif t.low in ("de", "du", "des", "d'") and k + 1 < limit and toks[k + 1].kind == "word":
            k += 2 if toks[k + 1].low not in ("la", "l'") or k + 2 >= limit else 3
        elif t.text[0].isupper() or (t.low.isalpha() and (t.low.endswith(("ique", "iques")) or t.low.rstrip("s") in _NOUNS_IN_E
                                                           or not t.low.endswith(_PARTICIPLE_ENDINGS))
                                     and t.low not in at.lex.determiners and t.low not in at.lex.prepositions):  # fmt: skip
            k += 1
        else:
            break
        end = k
    if end == np.end or not any(toks[i].text[0].islower() for i in range(np.end, end)):
        return np
    if np.first == np.name_first and not (toks[end - 1].text[0].isupper() or toks[end - 1].text == ")"):
        # with no determiner, only a name ending in one: "Santé publique
        # France", not "Selon Kiev plusieurs villes"
        return np
    return NP(np.first, end, "body", np.name_first, end, toks[np.name_first].low)


def _named_by_acronym(at: ArticleText, np: NP, limit: int) -> NP:
    """A body named in words and then its acronym in parentheses, with its
    complement after: "la chambre de commerce et d'industrie (CCI) de la
    Haute-Marne" (the phrase stops at "et" otherwise)."""
    toks = at.toks
    k = np.end
    while k < limit and k - np.end < 6 and toks[k].kind == "word" and at.in_quote[k] == -1:
        k += 1
    if not (k + 2 < limit and toks[k].text == "(" and toks[k + 1].text.isupper() and toks[k + 2].text == ")"):
        return np
    end = k + 3
    while end + 1 < limit and toks[end].low in ("de", "du", "d'") and at.in_quote[end] == -1:
        nxt = end + 2 if toks[end + 1].low in ("la", "l'") else end + 1
        if nxt >= limit or not toks[nxt].text[:1].isupper():
            break
        end = nxt + 1
    return NP(np.first, end, "body", np.first + 1, end, toks[k + 1].low)


#: Words a body's name does not run on into: relatives, conjunctions,
#: pronouns and adverbs after it ("selon la Préfecture, qui…", "selon
#: l'Élysée lui-même").
_NOT_IN_A_BODY_NAME = frozenset(
    "qui que qu' dont où et ou mais car donc or ni lui elle eux leur leurs même aussi encore déjà toujours "
    "il ils elles on ce cette ces se s' ne n' y en a ont est sont avait avaient était sera"
    .split()
)
#: Participles after a body's name tell what it did ("citée par", "interrogée").
_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "ant", "u", "ue", "us", "ues", "i", "ie", "is", "ies", "it", "ite")
#: Nouns with a participle's ending that bodies' names hold ("le Centre
#: sécurité requin", "l'Agence nationale de sécurité sanitaire").
_NOUNS_IN_E = frozenset(
    "sécurité sûreté santé société solidarité université liberté qualité autorité communauté comité entité"
    " égalité fraternité mutualité propriété activité électricité mobilité humanité biodiversité diversité"
    " identité laïcité citoyenneté proximité accessibilité durabilité".split()
)


def _canonical(at: ArticleText, names: NameIndex, finder: SpeakerFinder, np: NP, sentence: int) -> str | None:
    if np.kind == "pronoun":
        body = _body_opening(at, names, finder, sentence - 1, at.toks[np.first].low) if sentence > 0 else None
        if body is not None:
            return body
        spk = finder.salient_before[sentence] if sentence < len(finder.salient_before) else None
        return spk.name if spk else None
    if np.kind == "body":
        return _body_name(at.words(np.name_first, np.name_end))
    if np.kind == "name" or np.name_first >= 0:
        return names.fullest(at.words(np.name_first, np.name_end))
    words = np_text(at, np)
    tied = names.resolve_role(words)
    if tied:
        return tied
    return generic_source(words, at.lex.generic_filler)


def _body_opening(at: ArticleText, names: NameIndex, finder: SpeakerFinder, sentence: int, pronoun: str) -> str | None:
    """The body opening the sentence before, when a pronoun of its gender
    stands for it: "La préfecture maritime … dénombre 412 personnes
    secourues. Selon elle, 61 personnes …" is the prefecture's count, not
    the person quoted before."""
    first, end = at.sentences[sentence].first, at.sentences[sentence].end
    verb = _subject_verb(at, first, end)
    np = noun_phrase(at, first, end if verb is None else verb)
    if np is None or np.kind != "role" or not finder.names_a_body(np.first, np.end):
        return None
    gender = {"la": "elle", "une": "elle", "cette": "elle", "le": "lui", "un": "lui", "ce": "lui"}.get(at.toks[first].low)
    if gender != pronoun:
        return None
    return _canonical(at, names, finder, np, sentence)


def _body_name(words: str) -> str:
    """A body by the acronym it gives itself, with what follows it:
    "Agence régionale de santé (ARS) Grand Est" -> "ARS Grand Est", as
    another article writes "l'ARS Grand Est"."""
    acronym = re.search(r"\(\s*([A-ZÀ-Ý]{2,})\s*\)", words)
    if acronym is None:
        return words
    return " ".join((acronym.group(1) + " " + words[acronym.end() :]).split())


def generic_source(words: str, filler: tuple[str, ...] = ()) -> str:
    """A generic source in a canonical form: "les agences de presse
    russes" -> "agence russe"."""
    low = " " + norm(words) + " "
    for det in ("le ", "la ", "les ", "l'", "un ", "une ", "des ", "du "):
        if low.startswith(" " + det):
            low = " " + low[len(det) + 1 :]
            break
    for f in filler:
        low = low.replace(" " + f + " ", " ")
    # (an acronym keeps its last letter: "l'ARS" is no plural of "AR")
    acronyms = {norm(w) for w in re.findall(r"\b[A-ZÀ-Ý]{2,}\b", words)}
    out = []
    for w in low.split():
        elided, _, rest = w.rpartition("'")  # "l'ars"
        if rest not in acronyms:
            rest = "-".join(generic_singular(part) for part in rest.split("-"))
        out.append(elided + "'" + rest if elided else rest)
    return " ".join(out)


#: Between a figure and the source credited with it right after it: "450
#: selon la police", "1 200 manifestants, selon les organisateurs".
_CREDIT_AFTER = re.compile(r"[ \u00a0\u202f]?,?[ \u00a0\u202f]?")
#: Between a source opening a sentence and its figure: "Selon la police,
#: 450 personnes", "D'après la préfecture : 450".
#: A participle's apposition may come between: "D'après le dernier bilan
#: de l'ARS, communiqué hier en fin de journée, 87 personnes".
_CREDIT_BEFORE = re.compile(
    r"[ \u00a0\u202f]?(?:\([^()\n]{1,20}\)[ \u00a0\u202f]?)?[,:][ \u00a0\u202f]?"
    r"(?:(?:publié|communiqué|diffusé|rendu|actualisé|arrêté|établi)e?s?(?:[ \u00a0\u202f][^,.;:!?\n«»\"]{1,40})?,[ \u00a0\u202f])?"
)
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:;\n])[\s«\"]*$")
#: The comma after a source opening its sentence, then the clause it credits.
_OPENED_CLAUSE = re.compile(r"[ \u00a0\u202f]?,[ \u00a0\u202f]?")
_CLAUSE_BREAK = re.compile(r"[,;:.!?()\n«»\"]")
#: How far into the clause a source opens its first figure may come, in
#: characters: the clause's subject may be long ("Selon l'ARS, les passages
#: aux urgences pour des pathologies liées à la chaleur ont augmenté de
#: 18 %"); no comma or other break may come between.
_OPENED_REACH = 120
#: A relative clause of the source set off before the clause it credits.
_SOURCES_RELATIVE = re.compile(r"^(?:qui|dont)[ \u00a0\u202f][^,;:.!?()\n«»\"\d]{1,60},[ \u00a0\u202f]?")
#: A source ending its sentence (or a clause before "et", "mais") after a
#: comma: "38 % des agents ont cessé le travail, selon les syndicats."
#: credits the figures of the sentence since the source before it.
#: The source's name may run on, with its acronym or an apposition ("selon
#: l'Union internationale pour la conservation de la nature (UICN).", "selon
#: l'EAZA, l'Association européenne des zoos, qui coordonne …").
_ENDS_SENTENCE = re.compile(
    r"(?:[ \u00a0\u202f]+(?:de|du|des|d['’]|pour|et)[^\d,.;:!?\n()«»\"]{0,60}?)?"
    r"(?:[ \u00a0\u202f]*\([^()\d\n]{1,40}\))?"
    r"(?:,[ \u00a0\u202f]+(?:l['’]|la[ \u00a0\u202f]|le[ \u00a0\u202f]|les[ \u00a0\u202f])[^\d,.;:!?\n()«»\"]{1,80}?"
    r"(?:[ \u00a0\u202f]*\([^()\d\n]{1,40}\))?(?=,[ \u00a0\u202f]+(?:qui|dont|où)(?!\w)|[ \u00a0\u202f]*[.!?;]))?"
    # (a colon too: what follows details the count, "Trois personnes sont
    # mortes, selon l'ARS : un homme de 87 ans, …")
    r"[ \u00a0\u202f]*(?:[.!?;:]|,[ \u00a0\u202f]+(?:et|mais|qui|dont|où)(?!\w)|$)"
)
_SENTENCE_END = re.compile(r"[.!?\n]")


def _figureless_tail(text: str, end: int, figures: Sequence[Assertion], attributions: Sequence[Assertion]) -> bool:
    """Whether a source set off by a comma is followed, up to its sentence's
    end, by words with no figure and no other source ("… abattues sur la
    chaussée, selon les géologues du service RTM, sans faire de blessé."):
    it ends the sentence's count all the same."""
    after = text[end : end + 2].lstrip(" \u00a0\u202f")
    if not after.startswith(","):
        return False
    stop = _SENTENCE_END.search(text, end)
    last = stop.start() if stop else len(text)
    return not any(end <= a.start < last for a in [*figures, *attributions])


_CLAUSE_END = re.compile(r"[.!?;\n]|,[ \u00a0\u202f]+(?:qui|où|lequel|laquelle|lesquels|lesquelles)(?!\w)")
#: A source set off before the body whose figures it relays: "selon la
#: préfecture, qui cite les chiffres de l'ARS".
_RELAYS = re.compile(
    r"[ \u00a0\u202f]*,[ \u00a0\u202f]*qui[ \u00a0\u202f]+(?:cite|citent|reprend|reprennent|relaie|relaient|relaye"
    r"|relayent|rapporte|rapportent|s'appuie|s’appuie|s'appuient|s’appuient)(?!\w)",
    re.IGNORECASE,
)


def credit_figures(text: str, figures: Sequence[Assertion], attributions: Sequence[Assertion]) -> list[Assertion]:
    """Numbers and percentages with the source a counting is credited to,
    as their ``speaker`` (its span the attribution's): "450 selon la
    police, 1 200 selon les organisateurs" gives 450 to "police" and
    1 200 to "organisateur".  Only a source right after the figure, or
    opening the sentence right before it ("Selon la préfecture, 30 % des
    agents"), or ending it after a comma ("38 % des agents ont cessé le
    travail, selon les syndicats."), is its: not one that ends another
    figure's count ("6 200 selon la police, près de trois fois plus")."""
    # (a source of two, "selon Washington et Séoul", credits no figure)
    counting = [a for a in attributions if "counting" in a.flags]
    reported = [a for a in attributions if "reported" in a.flags]
    attributions = [a for a in attributions if "counting" not in a.flags and "reported" not in a.flags]
    single = [a for a in attributions if "&" not in str(a.value)]
    after = {a.start: a for a in single}
    before = {a.end: a for a in single}
    credited: dict[int, Assertion] = {}
    for i, figure in enumerate(figures):
        for start in range(figure.end, min(figure.end + 4, len(text)) + 1):
            if start in after and _CREDIT_AFTER.fullmatch(text, figure.end, start):
                credited[i] = after[start]
                break
    used = {id(source) for source in credited.values()}
    for i, figure in enumerate(figures):
        if i in credited:
            continue
        for end in range(max(0, figure.start - 80), figure.start):
            source = before.get(end)
            if (source is not None and id(source) not in used and _CREDIT_BEFORE.fullmatch(text, end, figure.start)
                    and _SENTENCE_OPENS.search(text, max(0, source.start - 8), source.start)):  # fmt: skip
                credited[i] = source
                break
    used = {id(source) for source in credited.values()}
    for source in single:
        # "Selon la police judiciaire, le butin est estimé à 2,4 millions
        # d'euros": the first figure of the clause the source opens, a few
        # words on (only that one: a figure after a comma is another count's)
        if id(source) in used or not _SENTENCE_OPENS.search(text, max(0, source.start - 8), source.start):
            continue
        opened = _OPENED_CLAUSE.match(text, source.end)
        if opened is None:
            continue
        first = next((i for i, figure in enumerate(figures) if figure.start >= opened.end()), None)
        if first is not None and first not in credited and figures[first].start <= opened.end() + _OPENED_REACH:
            between = text[opened.end() : figures[first].start]
            # (past a relative clause of the source: "Selon la Fondation du
            # patrimoine, qui a piloté la collecte, 2 150 donateurs ont …")
            between = _SOURCES_RELATIVE.sub("", between, count=1)
            # (commas in pairs set off an apposition of the clause's subject:
            # "D'après le CSR, l'animal, probablement un bouledogue,
            # mesurait environ 2,5 mètres")
            if not _CLAUSE_BREAK.search(between.replace(",", "")) and between.count(",") % 2 == 0:
                credited[first] = source
                used.add(id(source))
    for source in [*single, *reported]:
        if id(source) in used or not (
            _ENDS_SENTENCE.match(text, source.end) or _figureless_tail(text, source.end, figures, attributions)
        ):
            continue
        if not text[: source.start].rstrip(" \u00a0\u202f").endswith(","):
            continue
        opening = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, source.start - 400), source.start)), default=0)
        # (only the clause since another source: "31 %, selon la SNCF, et
        # 27 %, selon le rectorat." gives the rectorat 27 % alone)
        opening = max([opening, *(a.end for a in attributions if opening <= a.end <= source.start)])
        for i, figure in enumerate(figures):
            if i not in credited and opening <= figure.start and figure.end <= source.start:
                credited[i] = source
    for source in counting:
        # a counting verb credits the figures after it in its clause ("l'ARS
        # a recensé 6 412 cas, dont 41 …"), up to another source
        # (not into a relative clause about something else: "recense 38
        # postes vacants dans l'établissement, qui compte 720 détenus")
        stop = _CLAUSE_END.search(text, source.end)
        limit = min([stop.start() if stop else len(text), *(a.start for a in attributions if a.start >= source.end)])
        for i, figure in enumerate(figures):
            if i not in credited and source.end <= figure.start and figure.end <= limit:
                credited[i] = source
    out = []
    for i, figure in enumerate(figures):
        source = credited.get(i)
        if source is not None and _RELAYS.match(text, source.end):
            source = None  # "selon la préfecture, qui cite les chiffres de l'ARS": two bodies, no one's alone
        if source is None or figure.kind not in ("number", "percentage"):
            out.append(figure)
            continue
        out.append(attrs.evolve(figure, speaker=str(source.value), speaker_start=source.start, speaker_end=source.end))
    return out
