from __future__ import annotations

import pickle

from factcheck.nlp.base import Doc, Sentence, Token
from factcheck.nlp.cache import CachedAnalyser


class CountingAnalyser:
    name = "fake"

    def __init__(self) -> None:
        self.seen: list[str] = []

    def analyse(self, texts):
        self.seen.extend(texts)
        return [
            Doc(t, (Token(0, 0, len(t), t, t, "X", 0, "root", 0),), (Sentence(0, len(t), 0, 1),), ())
            for t in texts
        ]


def test_second_run_does_not_reanalyse(tmp_path):
    inner = CountingAnalyser()
    loads = []

    def load():
        loads.append(1)
        return inner

    first = CachedAnalyser("fake", load, tmp_path).analyse(["un", "deux"])
    second_cache = CachedAnalyser("fake", load, tmp_path)
    second = second_cache.analyse(["deux", "un", "trois"])
    assert inner.seen == ["un", "deux", "trois"]
    assert [d.text for d in second] == ["deux", "un", "trois"]
    assert first[0] == second[1]
    assert (second_cache.hits, second_cache.misses) == (2, 1)


def test_fully_cached_run_never_loads_the_analyser(tmp_path):
    CachedAnalyser("fake", CountingAnalyser, tmp_path).analyse(["texte"])

    def refuse():
        raise AssertionError("the model must not be loaded")

    assert CachedAnalyser("fake", refuse, tmp_path).analyse(["texte"])[0].text == "texte"


def test_corrupt_entry_is_rebuilt(tmp_path):
    cache = CachedAnalyser("fake", CountingAnalyser, tmp_path)
    cache.analyse(["texte"])
    path = cache._path(cache.key("texte"))
    path.write_bytes(b"not a pickle")
    inner = CountingAnalyser()
    again = CachedAnalyser("fake", lambda: inner, tmp_path)
    assert again.analyse(["texte"])[0].text == "texte"
    assert inner.seen == ["texte"]
    assert isinstance(pickle.loads(path.read_bytes()), Doc)


def test_key_depends_on_analyser(tmp_path):
    a = CachedAnalyser("spacy:1", CountingAnalyser, tmp_path)
    b = CachedAnalyser("spacy:2", CountingAnalyser, tmp_path)
    assert a.key("texte") != b.key("texte")
