"""Report formats of ``check``: text, JSON v1 and SARIF 2.1.0.

The SARIF schema in tests/data is the OASIS 2.1.0 schema (errata 01), as
published in the oasis-tcs/sarif-spec repository (Schemata/).
"""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import jsonschema
import pytest

from factcheck.check import check_articles
from factcheck.model import Article, Assertion
from factcheck.report.findings_json import to_json
from factcheck.report.sarif import to_dict as sarif_dict
from factcheck.report.sarif import to_sarif
from factcheck.report.text import to_text
from factcheck.rules import load_rules

SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
SIGN = "sign:accord:kim-jong-un+vladimir-poutine"


def at(article: Article, phrase: str, kind: str, value, **fields) -> Assertion:
    start = article.text.index(phrase)
    return Assertion(article.id, kind, start, start + len(phrase), phrase, value, **fields)


def sample_report():
    a = Article("a", "Titre\nLe 19 juin, « une assistance mutuelle contre une partie du traité ».", path="dir/a file.txt")
    b = Article(
        "b",
        "Ils ont signé, mercredi 18 juin, un accord : « une assistance mutuelle contre une partie au traité ».",
        path="b.md",
        first_line=4,
    )
    found = {
        "a": [
            at(a, "19 juin", "date", "XXXX-06-19", event=SIGN),
            at(a, "une assistance mutuelle contre une partie du traité", "quote", "une assistance mutuelle contre une partie du traité", speaker="Vladimir Poutine"),
        ],
        "b": [
            at(b, "mercredi 18 juin", "date", "XXXX-06-18", weekday=3, event=SIGN),
            at(b, "une assistance mutuelle contre une partie au traité", "quote", "une assistance mutuelle contre une partie au traité", speaker="Vladimir Poutine"),
        ],
    }
    anchor = Article("c", "Publié le 19 juin 2024.", published="2024-06-19", published_source="dateline")
    found["c"] = [at(anchor, "19 juin 2024", "date", "2024-06-19", event=SIGN)]

    def extractor(article):
        year = (article.published or "XXXX")[:4]
        return [attrs.evolve(x, value=str(x.value).replace("XXXX", year)) if x.kind == "date" else x for x in found[article.id]]

    return check_articles([a, b, anchor], extractor, load_rules(plugins=False)), {x.id: x for x in (a, b, anchor)}


def test_json_contract():
    """Version, articles with their publication source, findings whose evidence text is the article's."""
    report, articles = sample_report()
    document = json.loads(to_json(report))
    assert document["version"] == 1
    assert {a["id"]: a["published_source"] for a in document["articles"]} == {"a": "cluster", "b": "cluster", "c": "dateline"}
    assert {f["rule"] for f in document["findings"]} == {"date-conflict", "weekday-mismatch", "quote-altered"}
    for finding in document["findings"]:
        assert set(finding) >= {"rule", "kind", "severity", "message", "evidence"}
        for evidence in finding["evidence"]:
            assert articles[evidence["article"]].text[evidence["start"] : evidence["end"]] == evidence["text"]
    assert report.to_json() == to_json(report)


def test_text_groups_by_rule_with_file_line_col():
    """Readable report: a block per rule, each side with path:line:col and its value."""
    report, _ = sample_report()
    text = to_text(report)
    assert "date-conflict (contradiction, 1 finding)" in text
    assert "b.md:4:16: «mercredi 18 juin» = 2024-06-18" in text
    assert "dir/a file.txt:2:4: «19 juin» = 2024-06-19" in text
    assert "inferred from the other articles" in text


def test_sarif_validates_against_the_2_1_0_schema():
    """SARIF levels, related locations and fingerprints; valid against the OASIS schema."""
    report, _ = sample_report()
    log = sarif_dict(report)
    jsonschema.validate(log, SCHEMA, cls=jsonschema.Draft4Validator)
    results = log["runs"][0]["results"]
    levels = {r["ruleId"]: r["level"] for r in results}
    assert levels == {"date-conflict": "error", "weekday-mismatch": "error", "quote-altered": "note"}
    conflict = next(r for r in results if r["ruleId"] == "date-conflict")
    assert conflict["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert "dir/a%20file.txt" in json.dumps(log)
    assert all(r["partialFingerprints"]["factcheck/v1"] for r in results)


def test_fingerprints_ignore_offsets():
    """Text added before a finding moves its offsets, not its fingerprint."""
    report, _ = sample_report()
    before = {f.rule: f.fingerprint for f in report.findings}
    shifted = [attrs.evolve(e, start=e.start + 10, end=e.end + 10) for e in report.findings[0].evidence]
    moved = attrs.evolve(report.findings[0], evidence=tuple(shifted))
    assert moved.fingerprint == before[moved.rule]


@pytest.mark.parametrize("render", [to_json, to_sarif, to_text])
def test_same_bytes_across_runs(render):
    """Same input, same bytes, in every format."""
    assert render(sample_report()[0]) == render(sample_report()[0])


def test_percentages_show_their_sign_in_every_format():
    from factcheck.check import check  # noqa: PLC0415
    from factcheck.report.html import to_html  # noqa: PLC0415
    from factcheck.report.text import to_text  # noqa: PLC0415

    draft = Article("draft", "Selon la direction, 60 % des salariés ont fait grève.", published="2025-06-05")
    source = Article("source", "Selon la direction, 45 % des salariés ont fait grève.", published="2025-06-05")
    report = check([draft], against=[source], analyser=None)
    assert any(e.kind == "percentage" for f in report.findings for e in f.evidence)
    assert "60 %" in to_text(report)
    assert "<code>60 %</code>" in to_html(report)
    assert "60 %: no source gives this figure" in json.dumps(sarif_dict(report), ensure_ascii=False)


def test_quote_evidence_says_where_its_speaker_is_named():
    """A quotation's evidence carries the mention that names its speaker
    (JSON ``speaker_start``/``speaker_end``; the HTML page shows it), so an
    editor sees which incise gives the words to whom."""
    a = Article("a", "« Un village sans boulangerie s'éteint », a résumé la maire, Monique Azéma.")
    b = Article("b", "« Un village sans boulangerie s'éteint », a résumé le boulanger, Mathis Delpech.")
    words = "Un village sans boulangerie s'éteint"

    def said(article: Article, name: str) -> Assertion:
        start = article.text.index(name)
        return at(article, words, "quote", words, speaker=name, speaker_start=start, speaker_end=start + len(name))

    found = {"a": [said(a, "Monique Azéma")], "b": [said(b, "Mathis Delpech")]}
    report = check_articles([a, b], lambda article: found[article.id], load_rules(plugins=False))
    (finding,) = [f for f in report.findings if f.rule == "quote-misattributed"]
    texts = {x.id: x.text for x in (a, b)}
    for evidence in json.loads(to_json(report))["findings"][0]["evidence"]:
        named = texts[evidence["article"]][evidence["speaker_start"] : evidence["speaker_end"]]
        assert named == evidence["speaker"]
    from factcheck.report.html import to_html

    assert "“Mathis Delpech”, 1:" in to_html(report)
