"""The optional analyser: stanza, with its French models installed by hand.

``pip install 'factcheck[stanza]'`` brings stanza (and PyTorch); its French
models are not on PyPI and factcheck never downloads them at run time, so
they must be fetched once, on a machine with internet::

    python -c "import stanza; stanza.download('fr')"

(into ``$STANZA_RESOURCES_DIR`` when set, else stanza's default folder,
which the error below names).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Sequence

from factcheck.nlp.base import AnalyserError, Doc, Entity, Sentence, Token, analyse_composed
from factcheck.nlp.fixes import repair_sentences

PROCESSORS = "tokenize,mwt,pos,lemma,depparse,ner"
INSTALL = (
    "pip install 'factcheck[stanza]'\n"
    "python -c \"import stanza; stanza.download('fr')\"   # once, on a machine with internet"
)


class StanzaAnalyser:
    def __init__(self, model_dir: str | Path | None = None) -> None:
        try:
            import stanza
        except ImportError as error:
            raise AnalyserError("stanza is not installed: pip install 'factcheck[stanza]'") from error
        from stanza.resources.common import DEFAULT_MODEL_DIR

        directory = str(model_dir) if model_dir is not None else DEFAULT_MODEL_DIR
        try:
            self._nlp = stanza.Pipeline(
                "fr",
                processors=PROCESSORS,
                dir=directory,
                download_method=None,  # never fetch anything at run time
                logging_level="WARN",
            )
        except (FileNotFoundError, ValueError) as error:
            # ResourcesFileNotFoundError (no resources.json) and
            # LanguageNotDownloadedError are FileNotFoundErrors; a
            # resources.json without French gives a ValueError.
            raise AnalyserError(
                f"stanza's French models are not installed in {directory}.\n"
                f"Install them with:\n{INSTALL}\n"
                "(set STANZA_RESOURCES_DIR to keep them elsewhere)"
            ) from error
        self.name = f"stanza:{stanza.__version__}"

    def analyse(self, texts: Sequence[str]) -> list[Doc]:
        if not texts:
            return []
        return analyse_composed(
            texts, lambda composed: [from_stanza(document, self.name) for document in self._nlp.bulk_process(composed)]
        )


def from_stanza(document: Any, analyser: str = "stanza") -> Doc:
    """Convert a stanza ``Document`` (with character offsets) to our model.

    One ``Token`` per syntactic *word*, since heads, relations, tags and
    lemmas belong to words.  The words of a French multi-word token ("du" =
    de + le, "au" = à + le, "des" = de + les) do not each own a piece of the
    text, so each of them gets the whole token's span: ``text`` is the
    surface form ("du" twice) and ``lemma`` tells the words apart ("de",
    "le").  Words whose own offsets stanza could align inside their token
    keep them.  The root's relation is written ``ROOT``, as spaCy does;
    the root's head is itself.  Sentences then obey
    ``fixes.sentence_start_rules`` where stanza cut them against it (an
    opening « left at the end of the previous sentence), without adding
    new cuts.
    """
    text = document.text
    if text is None:
        raise ValueError("the stanza document has no text (read CoNLL-U with reconstruct_text=True)")
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    for sentence in document.sentences:
        index, first = len(sentences), len(tokens)
        for token in sentence.tokens:
            if token.start_char is None or token.end_char is None:
                raise ValueError(f"stanza token {token.text!r} has no character offsets")
            for word in token.words:
                start, end = token.start_char, token.end_char
                if (
                    len(token.words) > 1
                    and word.start_char is not None
                    and word.end_char is not None
                    and start <= word.start_char < word.end_char <= end
                ):
                    start, end = word.start_char, word.end_char
                i = first + word.id - 1
                head = first + word.head - 1 if word.head else i
                dep = word.deprel or ""
                tokens.append(
                    Token(
                        i=i,
                        start=start,
                        end=end,
                        text=text[start:end],
                        lemma=word.lemma or text[start:end],
                        pos=word.upos or "X",
                        head=head,
                        dep="ROOT" if dep == "root" else dep,
                        sent=index,
                        morph=word.feats or "",
                    )
                )
        if len(tokens) > first:
            sentences.append(Sentence(tokens[first].start, tokens[-1].end, first, len(tokens)))
    entities = tuple(
        Entity(span.start_char, span.end_char, span.type, text[span.start_char : span.end_char])
        for span in document.ents
    )
    doc = Doc(text, tuple(tokens), tuple(sentences), entities, analyser)
    return repair_sentences(doc, split=False)[0]

