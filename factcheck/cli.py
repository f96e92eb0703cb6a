"""The ``factcheck`` command (also ``python -m factcheck``)."""

from __future__ import annotations

import argparse
import sys
from typing import Sequence

from factcheck import __version__
from factcheck.io import InputError, parse_date_option, read_all
from factcheck.config import ConfigError
from factcheck.nlp import BACKENDS, Analyser, AnalyserError, load_analyser
from factcheck.rules.registry import PluginError
from factcheck.rules.schema import RuleError

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # usage errors exit 2, as documented
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"factcheck: error: {message}\n")


def _common(parser: argparse.ArgumentParser, formats: Sequence[str] = ("text", "json"), default: str | None = "text") -> None:
    parser.add_argument("files", nargs="+", metavar="FILE", help="articles: .txt .md .json .jsonl or - for stdin")
    parser.add_argument("--format", choices=formats, default=default, help="output format (default: text)")
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
    check = commands.add_parser("check", help="check articles against each other, or drafts against sources")
    _common(check, ("text", "json", "sarif", "html"), None)
    check.add_argument("--against", nargs="+", metavar="SOURCE", help="check FILE (drafts) against these sources")
    _rule_options(check)
    check.add_argument(
        "--fail-on", choices=("error", "warning", "info", "never"), help="exit 1 on findings at or above (default: warning)"
    )
    check.set_defaults(run=run_check)
    rules = commands.add_parser("rules", help="list the rules in force")
    rules.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    rules.add_argument("--output", "-o", metavar="FILE", help="write the output to FILE instead of stdout")
    _rule_options(rules)
    rules.set_defaults(run=run_rules)
    return parser


def _rule_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--rules", action="append", default=[], metavar="DIR", help="add the rule files of DIR")


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args))
    except (InputError, AnalyserError, RuleError, PluginError, ConfigError) as error:
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


def _rules_in_force(args: argparse.Namespace, config: object) -> tuple:
    from factcheck.rules import load_rules

    directories = [*getattr(config, "rules", ()), *args.rules]
    return load_rules(directories, disable=getattr(config, "disable", ()))


def run_check(args: argparse.Namespace) -> int:
    from factcheck.check import check_articles, make_extractor
    from factcheck.config import find_config
    from factcheck.rules.findings import severity_rank

    config = find_config()
    rules = _rules_in_force(args, config)
    date = args.date or config.date
    date = parse_date_option(date) if date else None
    drafts = read_all(args.files, date=date)
    sources = read_all(args.against, date=date) if args.against else None
    errors = [*drafts.errors, *(sources.errors if sources else ())]
    for error in errors:
        print(f"factcheck: error: {error}", file=sys.stderr)
    articles = [*drafts.articles, *(sources.articles if sources else ())]
    ids = [a.id for a in articles]
    if len(set(ids)) != len(ids):  # a draft and a source with one file name
        from factcheck.check import _unique_ids

        articles = _unique_ids(articles)
    draft_ids = [a.id for a in articles[: len(drafts.articles)]] if sources is not None else []
    if args.nlp == "spacy" and config.nlp and "--nlp" not in sys.argv:
        args.nlp = config.nlp
    analyser = _analyser(args) if articles else None
    report = check_articles(
        articles,
        make_extractor(articles, analyser),
        rules,
        drafts=draft_ids,
        severities=dict(config.severity),
    )
    fmt = args.format or config.format or "text"
    if fmt == "json":
        _write(args, report.to_json())
    elif fmt == "sarif":
        from factcheck.report.sarif import to_sarif

        _write(args, to_sarif(report))
    elif fmt == "html":
        from factcheck.report.html import to_html

        _write(args, to_html(report))
    else:
        from factcheck.report.text import to_text

        _write(args, to_text(report))
    if not args.quiet and (fmt != "text" or args.output):
        print(f"factcheck: {len(report.findings)} findings in {len(report.articles)} articles", file=sys.stderr)
    if errors:
        return EXIT_USAGE
    fail_on = args.fail_on or config.fail_on or "warning"
    if fail_on != "never" and any(severity_rank(f.severity) >= severity_rank(fail_on) for f in report.findings):
        return EXIT_FINDINGS
    return EXIT_OK


def run_rules(args: argparse.Namespace) -> int:
    import json

    from factcheck.config import find_config

    rules = _rules_in_force(args, find_config())
    if args.format == "json":
        _write(args, json.dumps({"version": 1, "rules": [r.to_dict() for r in rules]}, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    width = max((len(r.id) for r in rules), default=0)
    lines = [f"{r.id:<{width}}  {r.kind:<14} {r.severity:<8} {r.description}" for r in rules]
    _write(args, "\n".join(lines) + "\n")
    return EXIT_OK
