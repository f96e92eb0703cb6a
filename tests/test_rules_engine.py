"""The engine on constructed assertions: no analyser, no extractor."""

from __future__ import annotations

import random

import attrs
import pytest

from factcheck.check import check_articles
from factcheck.model import Article, Assertion
from factcheck.rules import load_rules
from factcheck.rules.dating import infer_publication_dates

SIGN = "sign:accord:kim-jong-un+vladimir-poutine@pyongyang"
RULES = load_rules(plugins=False)


def at(article: Article, phrase: str, kind: str, value, nth: int = 0, **fields) -> Assertion:
    """The assertion of ``phrase`` (its nth occurrence) in ``article``."""
    start = -1
    for _ in range(nth + 1):
        start = article.text.index(phrase, start + 1)
    return Assertion(article.id, kind, start, start + len(phrase), phrase, value, **fields)


def run(articles, assertions, drafts=()):
    by_article = {a.id: [x for x in assertions if x.article == a.id] for a in articles}
    return check_articles(articles, lambda a: by_article[a.id], RULES, drafts=drafts)


def rules_of(report) -> list[str]:
    return [f.rule for f in report.findings]


A = Article("a", "Le 19 juin, ils ont conclu un pacte.", published="2024-06-20")
B = Article("b", "Ils ont signé, le 18 juin, un accord.", published="2024-06-20")


class TestDates:
    def test_conflict_between_articles(self):
        """Two days for one event across articles is a contradiction, both sides quoted."""
        report = run([A, B], [at(A, "19 juin", "date", "2024-06-19", event=SIGN), at(B, "18 juin", "date", "2024-06-18", event=SIGN)])
        [finding] = report.findings
        assert finding.rule == "date-conflict" and finding.severity == "error"
        assert {e.text for e in finding.evidence} == {"19 juin", "18 juin"}
        assert "2024-06-18 ≠ 2024-06-19" in finding.message

    def test_precision_and_mod_agree(self):
        """"juin 2024" agrees with "19 juin"; "vers le 18 juin" with "19 juin"."""
        b = Article("b", "En juin 2024, vers le 18 juin, un accord.", published="2024-06-20")
        report = run(
            [A, b],
            [
                at(A, "19 juin", "date", "2024-06-19", event=SIGN),
                at(b, "juin 2024", "date", "2024-06", event=SIGN),
                at(b, "18 juin", "date", "2024-06-18", mod="APPROX", event=SIGN),
            ],
        )
        assert report.findings == ()

    def test_different_events_stay_quiet(self):
        """The 2023 summit and the 2024 one are different events."""
        report = run(
            [A, B],
            [at(A, "19 juin", "date", "2024-06-19", event=SIGN), at(B, "18 juin", "date", "2023-09-13", event="meet:kim+poutine")],
        )
        assert report.findings == ()

    def test_implied_year_against_a_year(self):
        """"depuis 24 ans" in 2024 implies 2000: it agrees with "2000", not with "2001"."""
        a = Article("a", "La première visite depuis 24 ans.", published="2024-06-19")
        b = Article("b", "Sa dernière visite remontait à 2000.", published="2024-06-19")
        c = Article("c", "Sa dernière visite remontait à 2001.", published="2024-06-19")
        visit = "visit:coree-du-nord:vladimir-poutine"
        duration = at(a, "24 ans", "duration", "P24Y", implied="2000", event=visit)
        assert run([a, b], [duration, at(b, "2000", "date", "2000", event=visit)]).findings == ()
        report = run([a, c], [duration, at(c, "2001", "date", "2001", event=visit)])
        assert rules_of(report) == ["date-conflict"]
        assert report.findings[0].values == ("2000", "2001")

    def test_in_article_inconsistency(self):
        """A relative "mercredi" and an absolute "18 juin" for one event in one article."""
        c = Article("c", "Ils ont signé mercredi. Ils ont signé, le 18 juin, un accord.", published="2024-06-19")
        report = run(
            [c],
            [
                at(c, "mercredi", "date", "2024-06-19", weekday=3, flags=("relative",), event=SIGN),
                at(c, "18 juin", "date", "2024-06-18", event=SIGN),
            ],
        )
        assert rules_of(report) == ["date-inconsistency"]

    def test_weekday_mismatch(self):
        """"mercredi 18 juin" 2024: the 18th was a Tuesday."""
        c = Article("c", "Ils ont signé, mercredi 18 juin, un accord.", published="2024-06-19")
        report = run([c], [at(c, "mercredi 18 juin", "date", "2024-06-18", weekday=3, event=SIGN)])
        [finding] = report.findings
        assert finding.rule == "weekday-mismatch"
        assert finding.message == "2024-06-18 is a Tuesday, not a Wednesday"
        ok = run([c], [at(c, "mercredi 18 juin", "date", "2025-06-18", weekday=3, event=SIGN)])
        assert ok.findings == ()


class TestQuantities:
    def test_number_conflict_and_agreement(self):
        """Nine ships against seven conflict; "plus de 20" and 23 agree."""
        a = Article("a", "9 navires et plus de 20 soldats.", published="2024-06-19")
        b = Article("b", "7 navires et 23 soldats.", published="2024-06-19")
        event = "deploy:navire"
        report = run(
            [a, b],
            [
                at(a, "9 navires", "number", 9, unit="navire", event=event),
                at(b, "7 navires", "number", 7, unit="navire", event=event),
                at(a, "plus de 20 soldats", "number", 20, mod="MORE_THAN", unit="soldat", event=event),
                at(b, "23 soldats", "number", 23, unit="soldat", event=event),
            ],
        )
        assert rules_of(report) == ["number-conflict"]
        assert report.findings[0].values == ("7", "9") or report.findings[0].values == ("9", "7")

    def test_ordinals_and_durations(self):
        """"deuxième" = "seconde"; "environ deux heures" = "deux heures"; three hours conflict."""
        a = Article("a", "Une deuxième Aurus après environ deux heures.", published="2024-06-19")
        b = Article("b", "Une seconde Aurus après deux heures.", published="2024-06-19")
        c = Article("c", "Une troisième Aurus après trois heures.", published="2024-06-19")
        gift, talks = "offer:aurus", "talk:kim+poutine"
        found = [
            at(a, "deuxième", "ordinal", 2, unit="aurus", event=gift),
            at(b, "seconde", "ordinal", 2, unit="aurus", event=gift),
            at(a, "deux heures", "duration", "PT2H", mod="APPROX", event=talks),
            at(b, "deux heures", "duration", "PT2H", event=talks),
        ]
        assert run([a, b], found).findings == ()
        more = [
            *found,
            at(c, "troisième", "ordinal", 3, unit="aurus", event=gift),
            at(c, "trois heures", "duration", "PT3H", event=talks),
        ]
        assert sorted(rules_of(run([a, b, c], more))) == ["duration-conflict", "ordinal-conflict"]


QUOTE_A = Article("a", "« Le traité prévoit une assistance mutuelle contre une partie du traité », a dit Poutine.", published="2024-06-19")


def quote(article: Article, words: str, speaker: str | None = "Vladimir Poutine") -> Assertion:
    return at(article, words, "quote", words, speaker=speaker)


class TestQuotes:
    def wording(self, words: str, speaker: str | None = "Vladimir Poutine"):
        b = Article("b", f"« {words} », a déclaré M. Poutine.", published="2024-06-19")
        original = "Le traité prévoit une assistance mutuelle contre une partie du traité"
        return run([QUOTE_A, b], [quote(QUOTE_A, original), quote(b, words, speaker)])

    @pytest.mark.parametrize(
        ("words", "expected"),
        [
            ("Le traité prévoit une assistance mutuelle contre une partie du traité", []),
            ("Le traité prévoit une assistance mutuelle contre une partie au traité", [("quote-altered", "info")]),
            ("Le traité prévoit une aide mutuelle contre une partie du traité", [("quote-altered", "warning")]),
            ("Le traité ne prévoit pas une assistance mutuelle contre une partie du traité", [("quote-altered", "error")]),
        ],
    )
    def test_graded(self, words, expected):
        """Typography: nothing; function word: info; content word: warning; negation: error."""
        report = self.wording(words)
        assert [(f.rule, f.severity) for f in report.findings] == expected

    def test_misattribution(self):
        """The same words given to two speakers."""
        report = self.wording("Le traité prévoit une assistance mutuelle contre une partie du traité", "Kim Jong-un")
        assert rules_of(report) == ["quote-misattributed"]
        assert set(report.findings[0].values) == {"Vladimir Poutine", "Kim Jong-un"}

    def test_unsupported_quotation(self):
        """A quotation only one article gives: a note; a warning for a draft."""
        b = Article("b", "« Je suis très heureux de vous revoir », a lâché Poutine.", published="2024-06-19")
        found = [quote(QUOTE_A, "Le traité prévoit une assistance mutuelle"), quote(b, "Je suis très heureux de vous revoir")]
        report = run([QUOTE_A, b], found)
        assert [(f.rule, f.severity) for f in report.findings] == [("quote-unsupported", "info")] * 2
        draft = run([QUOTE_A, b], found, drafts=["b"])
        assert [(f.rule, f.severity, f.evidence[0].article) for f in draft.findings] == [("quote-unsupported", "warning", "b")]


class TestDraft:
    def test_unsupported_date_and_number(self):
        """A draft's date or figure that no source states is unsupported; one stated at coarser precision is not."""
        source = Article("s", "Signé le 19 juin 2024 ; 9 navires.", published="2024-06-20")
        draft = Article("d", "Signé le 18 juin ; 9 navires ; en juin 2024 ; 12 navires.", published="2024-06-20")
        found = [
            at(source, "19 juin 2024", "date", "2024-06-19"),
            at(source, "9 navires", "number", 9, unit="navire"),
            at(draft, "18 juin", "date", "2024-06-18"),
            at(draft, "9 navires", "number", 9, unit="navire"),
            at(draft, "juin 2024", "date", "2024-06"),
            at(draft, "12 navires", "number", 12, unit="navire"),
        ]
        report = run([source, draft], found, drafts=["d"])
        assert sorted((f.rule, f.evidence[0].text) for f in report.findings) == [
            ("date-unsupported", "18 juin"),
            ("number-unsupported", "12 navires"),
        ]

    def test_only_findings_that_involve_the_draft(self):
        """Sources that disagree among themselves are not the draft's problem."""
        draft = Article("d", "Un texte sans date.", published="2024-06-20")
        report = run([A, B, draft], [at(A, "19 juin", "date", "2024-06-19", event=SIGN), at(B, "18 juin", "date", "2024-06-18", event=SIGN)], drafts=["d"])
        assert report.findings == ()


class TestClusterDating:
    def articles(self):
        a = Article("a", "Le 19 juin, ils ont conclu un pacte.")
        b = Article("b", "Ils ont signé, mercredi 18 juin, un accord.")
        c = Article("c", "Ils ont signé mercredi un accord.")
        d = Article("d", "Publié en juin 2024 : la visite.", published="2024-06", published_source="dateline")
        found = {
            "a": [at(a, "19 juin", "date", "XXXX-06-19", event=SIGN)],
            "b": [at(b, "mercredi 18 juin", "date", "XXXX-06-18", weekday=3, event=SIGN)],
            "c": [at(c, "mercredi", "date", "XXXX-XX-XX", weekday=3, flags=("unanchored",), event=SIGN)],
            "d": [at(d, "la visite", "date", "XXXX", event=SIGN)],
        }
        return [a, b, c, d], found

    def test_undated_articles_take_the_clusters_event_day(self):
        """The signing day the cluster gives (with the weekday said of it) dates the undated articles."""
        articles, found = self.articles()
        assert infer_publication_dates(articles, found) == {
            "a": "2024-06-19",
            "b": "2024-06-19",
            "c": "2024-06-19",
            "d": "2024-06-19",
        }

    def test_no_shared_event_no_date(self):
        """An article that shares no event with the others stays undated."""
        lone = Article("e", "Un autre sujet, le 3 mai.")
        articles, found = self.articles()
        found["e"] = [at(lone, "3 mai", "date", "XXXX-05-03", event="other:event")]
        assert "e" not in infer_publication_dates([*articles, lone], found)

    def test_report_says_so_and_re_resolves(self):
        """Re-extraction runs with the inferred date; the report marks it "cluster"."""
        articles, found = self.articles()

        def extractor(article):
            year = article.published[:4] if article.published and len(article.published) >= 4 else "XXXX"
            return [attrs.evolve(x, value=str(x.value).replace("XXXX", year)) for x in found[article.id]]

        report = check_articles(articles, extractor, RULES)
        sources = {a.id: (a.published, a.published_source) for a in report.articles}
        assert sources["b"] == ("2024-06-19", "cluster")
        rules = sorted(rules_of(report))
        assert rules == ["date-conflict", "weekday-mismatch"]
        assert all(f.notes for f in report.findings)


def test_same_bytes_whatever_the_input_order():
    """The report does not depend on the order articles come in."""
    found = [
        at(A, "19 juin", "date", "2024-06-19", event=SIGN),
        at(B, "18 juin", "date", "2024-06-18", event=SIGN),
        quote(QUOTE_A, "Le traité prévoit une assistance mutuelle"),
    ]
    articles = [A, B, QUOTE_A.__class__(**{**attrs.asdict(QUOTE_A), "id": "q"})]
    found[2] = attrs.evolve(found[2], article="q")
    first = run(articles, found).to_json()
    for seed in range(3):
        shuffled = articles[:]
        random.Random(seed).shuffle(shuffled)
        assert run(shuffled, list(reversed(found))).to_json() == first
