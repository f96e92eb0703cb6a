"""The HTML report without a browser: escaping, determinism, structure,
excerpts.  The browser tests (test_html_browser.py) use ``sample_report``."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.check import check_articles
from factcheck.model import Article, Assertion
from factcheck.report.html import Excerpt, excerpt, to_html, wording_diff
from factcheck.rules import load_rules
from factcheck.rules.findings import Evidence, Finding, Report

SIGN = "sign:accord:kim-jong-un+vladimir-poutine"
SCRIPT = "<script>alert(1)</script>"

# Short French texts of our own; the assertions are constructed, so the
# report does not depend on how well the extractors do.
ARTICLE_A = Article(
    "a",
    "Publié le 20 juin 2024\n\n"
    f"Le mercredi 18 juin 2024, à Pyongyang, Vladimir Poutine et Kim Jong-un ont signé un accord. {SCRIPT} "
    "Le président russe a déclaré : « Nous avons signé un accord historique avec nos amis. »\n\n"
    "Il y avait 9 navires dans le port.\n\n"
    "« Je suis très heureux de vous rencontrer de nouveau », a lâché M. Poutine.",
    path="articles/a & <b>.txt",
    published="2024-06-20",
    published_source="dateline",
)
ARTICLE_B = Article(
    "b",
    "Le 19 juin 2024, Vladimir Poutine et Kim Jong-un ont conclu un pacte.\n"
    "« Nous avons conclu un accord historique avec nos voisins », a dit M. Poutine.\n\n"
    "Il y avait 7 navires dans le port.",
    path="articles/b.txt",
    published="2024-06-20",
    published_source="cluster",
)


def at(article: Article, phrase: str, kind: str, value, **fields) -> Assertion:
    start = article.text.index(phrase)
    return Assertion(article.id, kind, start, start + len(phrase), phrase, value, **fields)


def sample_assertions() -> dict[str, list[Assertion]]:
    a, b = ARTICLE_A, ARTICLE_B
    return {
        "a": [
            at(a, "mercredi 18 juin 2024", "date", "2024-06-18", weekday=3, event=SIGN),
            at(a, "Nous avons signé un accord historique avec nos amis.", "quote",
               "Nous avons signé un accord historique avec nos amis.", speaker="Vladimir Poutine"),
            at(a, "9", "number", 9, unit="navire", event=SIGN),
            at(a, "Je suis très heureux de vous rencontrer de nouveau", "quote",
               "Je suis très heureux de vous rencontrer de nouveau", speaker="Vladimir Poutine"),
        ],
        "b": [
            at(b, "19 juin 2024", "date", "2024-06-19", event=SIGN),
            at(b, "Nous avons conclu un accord historique avec nos voisins", "quote",
               "Nous avons conclu un accord historique avec nos voisins", speaker="Vladimir Poutine"),
            at(b, "7", "number", 7, unit="navire", event=SIGN),
        ],
    }  # fmt: skip


def sample_report() -> Report:
    """A report from the real rule engine: errors, a warning and an info."""
    found = sample_assertions()
    return check_articles([ARTICLE_A, ARTICLE_B], lambda article: found[article.id], load_rules(plugins=False))


class _Collector(HTMLParser):
    """Tags, attributes and text of a page, as a browser's parser sees them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def parse(page: str) -> _Collector:
    collector = _Collector()
    collector.feed(page)
    collector.close()
    return collector


@pytest.fixture(scope="module")
def report() -> Report:
    return sample_report()


@pytest.fixture(scope="module")
def page(report) -> str:
    return to_html(report)


def test_sample_has_every_severity(report):
    """The sample exercises the page: errors, a warning and an info."""
    assert {f.severity for f in report.findings} == {"error", "warning", "info"}
    assert {"date-conflict", "weekday-mismatch", "number-conflict", "quote-altered"} <= {f.rule for f in report.findings}


def test_one_item_per_finding_with_its_data(report, page):
    items = [attrs for tag, attrs in parse(page).tags if tag == "li" and "finding" in (attrs.get("class") or "")]
    assert len(items) == len(report.findings)
    assert [(i["data-rule"], i["data-severity"], i["data-fingerprint"]) for i in items] == [
        (f.rule, f.severity, f.fingerprint) for f in report.findings
    ]


def test_every_side_is_marked_in_context(report, page):
    """Each piece of evidence is a <mark> of exactly its text, inside its context."""
    marks = page.count("<mark>")
    assert marks == sum(len(f.evidence) for f in report.findings)
    changed = '<strong class="changed">{}</strong>'
    assert "avec nos " + changed.format("voisins") in page and "avec nos " + changed.format("amis.") in page
    assert "Nous avons " + changed.format("signé") in page and "Nous avons " + changed.format("conclu") in page
    assert "articles/a &amp; &lt;b&gt;.txt:3:4" in page  # file:line:col of "mercredi 18 juin 2024"


def test_input_is_escaped(page):
    """The <script> of an article is text: the page's only script is its own."""
    parsed = parse(page)
    assert sum(1 for tag, _ in parsed.tags if tag == "script") == 1
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert any(SCRIPT in text for text in parsed.text)
    assert "<b>.txt" not in page


def test_nothing_is_loaded_from_outside(page):
    """No URL but in-page anchors and the empty data: icon; a CSP allows nothing else."""
    for tag, attrs in parse(page).tags:
        for name in ("src", "href", "action", "srcset", "data", "poster"):
            value = attrs.get(name)
            if value is not None:
                assert value.startswith("#") or value == "data:,", (tag, name, value)
    assert "default-src 'none'" in page
    assert "@import" not in page and "url(" not in page


def test_accessibility_basics(page):
    parsed = parse(page)
    assert ("html", {"lang": "en"}) in parsed.tags
    assert all(attrs.get("lang") == "fr" for tag, attrs in parsed.tags if tag == "blockquote")
    assert ("meta", {"name": "viewport", "content": "width=device-width, initial-scale=1"}) in parsed.tags
    # Every form control has a label; severities are words, not colours only.
    assert 'for="rule-filter"' in page and 'id="rule-filter"' in page
    assert page.count('<label><input type="checkbox" name="severity"') == 3
    assert "</span> error</span>" in page and "</span> info</span>" in page


def test_deterministic(report):
    assert to_html(report) == to_html(sample_report())


def test_empty_report():
    page = to_html(Report((ARTICLE_B,), ()))
    assert "No findings" in page and "0 findings in 1 article" in page and 'id="filters"' not in page


def test_evidence_from_an_unknown_article_is_shown_alone():
    finding = Finding("date-conflict", "contradiction", "error", "<x>", (Evidence("zz", 0, 3, "a<b", "v"),))
    page = to_html(Report((), (finding,)))
    assert "<mark>a&lt;b</mark>" in page and "&lt;x&gt;" in page


def test_wording_diff_marks_only_changed_words():
    left, right = wording_diff("Nous avons signé un accord <b>", "Nous avons conclu un accord <b>")
    assert left == 'Nous avons <strong class="changed">signé</strong> un accord &lt;b&gt;'
    assert right == 'Nous avons <strong class="changed">conclu</strong> un accord &lt;b&gt;'
    assert wording_diff("a b", "a b") == ("a b", "a b")
    # Three wordings: a word is marked where any other wording differs.
    assert wording_diff("un accord révolutionnaire", "un accord révolutionnaire", "un accord innovant") == (
        'un accord <strong class="changed">révolutionnaire</strong>',
        'un accord <strong class="changed">révolutionnaire</strong>',
        'un accord <strong class="changed">innovant</strong>',
    )


class TestExcerpt:
    def test_short_paragraph_whole(self):
        text = "Titre\n\nAvant. Le 19 juin, un accord. Après.\n\nAutre paragraphe."
        start = text.index("19 juin")
        assert excerpt(text, start, start + 7) == Excerpt("Avant. Le ", "19 juin", ", un accord. Après.", False, False)

    def test_long_paragraph_sentence(self):
        filler = "Une phrase de remplissage assez longue pour dépasser la limite. " * 12
        text = filler + "M. Poutine est arrivé le 19 juin à Pyongyang. " + filler
        start = text.index("19 juin")
        cut = excerpt(text, start, start + 7)
        assert cut.before == "M. Poutine est arrivé le " and cut.after == " à Pyongyang."
        assert cut.cut_before and cut.cut_after

    def test_long_sentence_cut_at_words(self):
        text = "mot " * 200 + "CIBLE" + " mot" * 200
        start = text.index("CIBLE")
        cut = excerpt(text, start, start + 5, side=40)
        assert cut.span == "CIBLE" and len(cut.before) <= 40 and len(cut.after) <= 40
        assert cut.before.startswith("mot") and cut.after.endswith("mot")


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab .!?«»\n’ÉM"), max_size=1500), st.data())
def test_excerpt_properties(text, data):
    """Never crashes; the span is exact; the context is the text around it."""
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    cut = excerpt(text, start, end, whole=60, side=30)
    assert cut.span == text[start:end]
    assert text[:start].endswith(cut.before) and text[end:].startswith(cut.after)
    assert len(cut.before) <= 60 + 30 and len(cut.after) <= 60 + 30


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200), st.text(max_size=50))
def test_any_text_stays_text(text, message):
    """Whatever the article and message hold, the page's markup is its own."""
    article = Article("x", text)
    finding = Finding("r", "contradiction", "warning", message, (Evidence("x", 0, len(text), text, text),))
    page = to_html(Report((article,), (finding,)))
    parsed = parse(page)
    assert sum(1 for tag, _ in parsed.tags if tag == "script") == 1
    assert sum(1 for tag, attrs in parsed.tags if tag == "li" and "finding" in (attrs.get("class") or "")) == 1


def test_check_command_writes_html(tmp_path):
    """``factcheck check --format html -o FILE``: the page, the same bytes twice."""
    from factcheck.cli import main

    for article in (ARTICLE_A, ARTICLE_B):
        (tmp_path / f"{article.id}.txt").write_text(article.text, encoding="utf-8")
    files = [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    outputs = [tmp_path / "one.html", tmp_path / "two.html"]
    for output in outputs:
        assert main(["check", *files, "--format", "html", "-o", str(output), "--quiet", "--fail-on", "never"]) == 0
    page = outputs[0].read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and outputs[0].read_bytes() == outputs[1].read_bytes()
    assert SCRIPT not in page and sum(1 for tag, _ in parse(page).tags if tag == "script") == 1
