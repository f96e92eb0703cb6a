"""Output of ``factcheck extract``: readable text and the JSON contract."""

from __future__ import annotations

import json
from typing import Sequence

from factcheck.io import InputError
from factcheck.model import Article, Assertion
from factcheck.report.locations import line_col, line_starts

VERSION = 1


def article_dict(article: Article) -> dict[str, object]:
    return {
        "id": article.id,
        "path": article.path,
        "published": article.published,
        "published_source": article.published_source,
        "encoding": article.encoding,
    }


def to_json(
    articles: Sequence[Article],
    assertions: Sequence[Assertion],
    errors: Sequence[InputError] = (),
) -> str:
    """The assertions JSON of design.md §2, deterministic byte for byte."""
    document = {
        "version": VERSION,
        "articles": [article_dict(a) for a in articles],
        "assertions": [a.to_dict() for a in assertions],
        "errors": [{"path": e.path, "line": e.line, "message": e.message} for e in errors],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def to_text(articles: Sequence[Article], assertions: Sequence[Assertion]) -> str:
    """One block per article; one line per assertion with its place."""
    by_article: dict[str, list[Assertion]] = {}
    for assertion in assertions:
        by_article.setdefault(assertion.article, []).append(assertion)
    lines: list[str] = []
    for article in articles:
        found = by_article.get(article.id, [])
        published = article.published or "unknown"
        how = f" ({article.published_source})" if article.published_source else ""
        lines.append(f"{article.path or article.id}: published {published}{how}, "
                     f"{article.encoding or 'text'}, {len(found)} assertions")
        starts = line_starts(article.text)
        for a in found:
            line, col = line_col(article, a.start, starts)
            details = [f"= {a.value}"]
            if a.mod:
                details.append(a.mod)
            for name in ("unit", "implied", "event", "speaker"):
                value = getattr(a, name)
                if value is not None:
                    details.append(f"{name}={value}")
            if a.weekday is not None:
                details.append(f"weekday={a.weekday}")
            if a.flags:
                details.append("[" + ", ".join(a.flags) + "]")
            text = " ".join(a.text.split())
            if len(text) > 70:
                text = text[:67] + "..."
            lines.append(f"  {line}:{col}\t{a.kind:<11} {text!r} " + " ".join(details))
        lines.append("")
    return "\n".join(lines)
