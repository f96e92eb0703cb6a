"""The ``factcheck`` command (also ``python -m factcheck``)."""

from __future__ import annotations

import argparse
import sys
from typing import Sequence

from factcheck import __version__
from factcheck.io import InputError, parse_date_option, read_all
from factcheck.nlp import BACKENDS, Analyser, AnalyserError, load_analyser

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # usage errors exit 2, as documented
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"factcheck: error: {message}\n")


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE", help="articles: .txt .md .json .jsonl or - for stdin")
    parser.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    parser.add_argument("--output", "-o", metavar="FILE", help="write the output to FILE instead of stdout")
    parser.add_argument("--date", metavar="YYYY-MM-DD", help="publication date for articles that do not state one")
    parser.add_argument("--nlp", choices=BACKENDS, default="spacy", help="analyser (default: spacy)")
    parser.add_argument("--quiet", "-q", action="store_true", help="no messages on stderr but errors")
    parser.add_argument("--no-cache", action="store_true", help="do not read or write the analysis cache")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="factcheck", description="Check French news articles for factual consistency.")
    parser.add_argument("--version", action="version", version=f"factcheck {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    extract = commands.add_parser("extract", help="print the assertions found in articles")
    _common(extract)
    extract.set_defaults(run=run_extract)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args))
    except (InputError, AnalyserError) as error:
        print(f"factcheck: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


def _write(args: argparse.Namespace, content: str) -> None:
    if args.output:
        try:
            with open(args.output, "w", encoding="utf-8") as out:
                out.write(content)
        except OSError as error:
            raise InputError(args.output, f"cannot write output ({error.strerror or error})") from None
    else:
        sys.stdout.write(content)


def _analyser(args: argparse.Namespace) -> Analyser:
    return load_analyser(args.nlp, cache=not args.no_cache)


def run_extract(args: argparse.Namespace) -> int:
    from factcheck.extract import extract_many
    from factcheck.report.assertions import to_json, to_text

    date = parse_date_option(args.date) if args.date else None
    result = read_all(args.files, date=date)
    for error in result.errors:
        print(f"factcheck: error: {error}", file=sys.stderr)
    per_article = extract_many(result.articles, analyser=_analyser(args)) if result.articles else []
    assertions = [a for found in per_article for a in found]
    if args.format == "json":
        _write(args, to_json(result.articles, assertions, result.errors))
    else:
        _write(args, to_text(result.articles, assertions))
    return EXIT_USAGE if result.errors else EXIT_OK
