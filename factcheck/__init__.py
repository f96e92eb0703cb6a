"""factcheck: check French news articles for factual consistency across sources.

>>> import factcheck
>>> article = factcheck.read("seeds/003_c900b999961e57c5.txt")
>>> assertions = factcheck.extract(article)
"""

from __future__ import annotations

__version__ = "0.1.0"

from factcheck.extract import extract, extract_many
from factcheck.io import InputError, ReadResult, read, read_all
from factcheck.model import Article, Assertion
from factcheck.rules.findings import Evidence, Finding, Report
from factcheck.check import check  # noqa: E402  (after the model it uses)

__all__ = [
    "Article",
    "Assertion",
    "Evidence",
    "Finding",
    "InputError",
    "ReadResult",
    "Report",
    "__version__",
    "check",
    "extract",
    "extract_many",
    "read",
    "read_all",
]
