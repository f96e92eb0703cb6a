"""Inline markers: where they apply, and what they suppress."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import factcheck
from factcheck.model import Article
from factcheck.suppress import apply_markers, find_markers, marker_problems, strip_markers

WRONG_WEEKDAY = "Le sommet s'est tenu mercredi 18 juin 2024 à Pyongyang."  # a Tuesday


def article(text: str, path: str = "draft.txt") -> Article:
    return Article(id="draft", text=text, path=path, published="2024-06-20")


def scopes(text: str, path: str = "draft.txt") -> list[tuple[tuple[str, ...], str]]:
    return [(m.rules, text[m.scope_start : m.scope_end]) for m in find_markers(article(text, path))]


def test_comment_on_a_line_with_text_applies_to_that_line():
    text = "Avant.\nUne phrase. <!-- factcheck: ignore date-conflict --> Suite.\nAprès.\n"
    assert scopes(text) == [(("date-conflict",), "Une phrase. <!-- factcheck: ignore date-conflict --> Suite.")]


def test_comment_alone_applies_to_the_next_paragraph():
    text = (
        "Premier paragraphe.\n\n<!-- factcheck: ignore date-conflict, weekday-mismatch -->\n\n"
        "Ligne un\nligne deux.\n\nTroisième.\n"
    )
    assert scopes(text) == [(("date-conflict", "weekday-mismatch"), "Ligne un\nligne deux.")]


def test_stacked_markers_apply_to_the_same_paragraph():
    text = "<!-- factcheck: ignore a-rule -->\n<!-- factcheck: ignore b-rule -->\nLe paragraphe.\n"
    assert scopes(text) == [(("a-rule",), "Le paragraphe."), (("b-rule",), "Le paragraphe.")]


def test_line_marker_in_plain_text_but_not_in_markdown():
    text = "# factcheck: ignore weekday-mismatch\nLe paragraphe.\n\nAutre.\n"
    assert scopes(text, "draft.txt") == [(("weekday-mismatch",), "Le paragraphe.")]
    assert scopes(text, "draft.md") == []  # a heading in Markdown


def test_marker_with_nothing_after_it_covers_nothing():
    assert scopes("Texte.\n\n<!-- factcheck: ignore a-rule -->\n") == [(("a-rule",), "")]


def test_a_marked_finding_is_dropped_and_others_kept():
    marked = article(f"<!-- factcheck: ignore weekday-mismatch -->\n{WRONG_WEEKDAY}\n\n{WRONG_WEEKDAY}\n")
    report = factcheck.check([marked], analyser=None, suppress=False)
    assert [f.rule for f in report.findings] == ["weekday-mismatch", "weekday-mismatch"]
    kept, suppressed = apply_markers(report.findings, [marked])
    assert len(kept) == 1 and kept[0].evidence[0].start > marked.text.index("\n\n")
    assert [s.reason for s in suppressed] == ["inline"]
    assert len(factcheck.check([marked], analyser=None).findings) == 1


def test_marker_for_another_rule_suppresses_nothing():
    marked = article(f"{WRONG_WEEKDAY} <!-- factcheck: ignore date-conflict -->\n")
    assert len(factcheck.check([marked], analyser=None).findings) == 1


def test_old_rule_ids_are_honoured_through_aliases():
    marked = article(f"{WRONG_WEEKDAY} <!-- factcheck: ignore weekday -->\n")
    findings = factcheck.check([marked], analyser=None, suppress=False).findings
    kept, _ = apply_markers(findings, [marked], {"weekday": "weekday-mismatch"})
    assert kept == ()


def test_problems_name_file_line_and_rule():
    marked = Article(
        id="d", text="x\n<!-- factcheck: ignore date-confict -->\ny <!-- factcheck: ignore -->\n", path="d.md"
    )
    problems = marker_problems([marked], {"date-conflict"})
    assert problems[0].startswith("d.md:2: ") and "'date-confict'" in problems[0]
    assert problems[1].startswith("d.md:3: ") and "names no rule" in problems[1]
    garbled = Article(id="g", text="x\n\ny <!-- factcheck: ignore date-conflict (vu) -->\n", path="g.txt", first_line=3)
    assert marker_problems([garbled], {"date-conflict"}) == [
        "g.txt:5: factcheck marker not understood; write <!-- factcheck: ignore RULE-ID: reason -->"
    ]


def test_a_reason_may_follow_the_ids():
    text = "Texte. <!-- factcheck: ignore date-conflict, quote-altered: la source se trompe -->\n"
    assert scopes(text)[0][0] == ("date-conflict", "quote-altered")


def test_strip_markers_for_publication():
    text = "A <!-- factcheck: ignore x --> B\n# factcheck: ignore y\nC\n"
    assert strip_markers(text) == "A  B\nC\n"
    assert strip_markers(text, line_markers=False) == "A  B\n# factcheck: ignore y\nC\n"


_pieces = st.sampled_from(
    ["<!-- factcheck: ignore a-b -->", "# factcheck: ignore c", "\n", "\n\n", " ", "texte", "<!--", "-->", "é"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_pieces, max_size=20), st.sampled_from(["x.txt", "x.md"]))
def test_markers_never_crash_and_scopes_stay_in_the_text(pieces, path):
    text = "".join(pieces)
    markers = find_markers(article(text, path))
    previous_end = 0
    removed = 0
    for marker in markers:
        assert previous_end <= marker.start < marker.end  # in order, never overlapping
        assert 0 <= marker.scope_start <= marker.scope_end <= len(text)
        assert text[marker.start : marker.end].lstrip(" \t").startswith(("<!-- factcheck", "# factcheck"))
        previous_end = marker.end
        removed += marker.end - marker.start + (not text.startswith("<!--", marker.start) and text[marker.end : marker.end + 1] == "\n")
    assert len(strip_markers(text, line_markers=path.endswith(".txt"))) == len(text) - removed
    if "factcheck" not in text:
        assert markers == ()
