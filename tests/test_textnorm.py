"""Typography folding: same values as the plain translation table, offsets kept."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.textnorm import _SAME_LENGTH, fold, fold_chars

# Text rich in what folding touches: French letters, the folded marks and
# combining accents, mixed with anything.
_MARKS = "".join(chr(code) for code in _SAME_LENGTH)
_TEXT = st.text(
    st.one_of(
        st.sampled_from(list(_MARKS + "aéèêàùç'\" -\n\u0301\u0300")),
        st.characters(),
    ),
    max_size=60,
)


@given(_TEXT)
@settings(max_examples=300)
def test_fold_chars_is_the_translation_table(text: str) -> None:
    assert fold_chars(text) == text.translate(_SAME_LENGTH)


@given(_TEXT)
@settings(max_examples=300)
def test_fold_maps_every_span_back(text: str) -> None:
    folded = fold(text)
    assert folded.text == fold_chars(unicodedata.normalize("NFC", text))
    # Every folded character comes from the original characters its span maps to.
    for i in range(len(folded.text)):
        start, end = folded.to_original(i, i + 1)
        source = fold_chars(unicodedata.normalize("NFC", text[start:end] or text[start:]))
        assert folded.text[i] in source


def test_fold_examples() -> None:
    assert fold_chars("l\u2019an\u00a0\u00abdernier\u00bb \u2013 2023") == "l'an \"dernier\" - 2023"
    folded = fold("e\u0301te\u0301 19\u202fjuin")
    assert folded.text == "été 19 juin"
    assert folded.to_original(4, 11) == (6, 13)
