"""An on-disk cache of analyses, keyed by content hash, analyser and version.

A pre-publish hook re-checks one draft against sources that rarely change;
parsing is most of the cost, so each analysed text is kept as a pickle of
our (small, frozen) ``Doc`` under the XDG cache directory.  Writes go to a
temporary file renamed into place, so two processes never see half a
file; an unreadable entry is ignored and rebuilt.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path
from typing import Callable, Sequence

from factcheck.nlp.base import Analyser, Doc

# Bump when the Doc model or an analyser fix changes what an analysis holds.
CACHE_FORMAT = 1


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "factcheck"


class CachedAnalyser:
    """Wraps an analyser; analyses only the texts the cache does not hold.

    The analyser is loaded by ``load`` on the first miss only, so a fully
    cached run never pays the model's load time.  ``name`` identifies the
    analyser and its model version without loading it.
    """

    def __init__(self, name: str, load: Callable[[], Analyser], directory: Path | None = None) -> None:
        from factcheck import __version__

        self.name = name
        self._load_analyser = load
        self.directory = (directory or default_cache_dir()) / "analyses"
        self._salt = f"{CACHE_FORMAT}\0{__version__}\0{name}\0".encode()
        self.hits = 0
        self.misses = 0

    def key(self, text: str) -> str:
        return hashlib.sha256(self._salt + text.encode("utf-8", "surrogatepass")).hexdigest()

    def analyse(self, texts: Sequence[str]) -> list[Doc]:
        found: list[Doc | None] = [self._load(self.key(text)) for text in texts]
        missing = [i for i, doc in enumerate(found) if doc is None]
        self.hits += len(texts) - len(missing)
        self.misses += len(missing)
        if missing:
            fresh = self._load_analyser().analyse([texts[i] for i in missing])
            for i, doc in zip(missing, fresh):
                found[i] = doc
                self._store(self.key(texts[i]), doc)
        return [doc for doc in found if doc is not None]

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.pickle"

    def _load(self, key: str) -> Doc | None:
        try:
            with open(self._path(key), "rb") as file:
                doc = pickle.load(file)
        except FileNotFoundError:
            return None
        except Exception:  # a corrupt or foreign entry: rebuild it
            return None
        return doc if isinstance(doc, Doc) else None

    def _store(self, key: str, doc: Doc) -> None:
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
            with os.fdopen(handle, "wb") as file:
                pickle.dump(doc, file, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, path)
        except OSError:
            # A read-only or full disk only costs speed, never a result.
            try:
                os.unlink(temporary)
            except (OSError, UnboundLocalError):
                pass
