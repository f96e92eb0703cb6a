"""The ``factcheck`` command (also ``python -m factcheck``).

Settings come from three places, the first that gives one wins: the
command line, the project configuration (``factcheck.config``: found
upwards from the working directory, or ``--config FILE``), the defaults.
So every option that configuration can set has no argparse default: None
means "not given".
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import NoReturn, Sequence

import attrs

from factcheck import __version__
from factcheck.config import FAIL_ON, NLP, Config, ConfigError
from factcheck.io import InputError, parse_date_option, read_all
from factcheck.nlp import AnalyserError
from factcheck.normalize import temporal
from factcheck.rules.registry import PluginError
from factcheck.rules.schema import RuleError

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
DEFAULT_FAIL_ON = "warning"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # usage errors exit 2, as documented
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"factcheck: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="factcheck", description="Check French news articles for factual consistency.")
    normaliser = "compiled" if temporal.COMPILED else "pure Python"
    parser.add_argument("--version", action="version", version=f"factcheck {__version__} (normaliser: {normaliser})")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    extract = commands.add_parser("extract", help="print the assertions found in articles")
    extract.add_argument("files", nargs="+", metavar="FILE", help="articles: .txt .md .json .jsonl or - for stdin")
    _common(extract, ("text", "json"))
    extract.set_defaults(run=run_extract)

    check = commands.add_parser("check", help="check articles against each other, or drafts against sources")
    check.add_argument("files", nargs="+", metavar="FILE", help="articles: .txt .md .json .jsonl or - for stdin")
    check.add_argument(
        "--against",
        nargs="+",
        metavar="SOURCE",
        help="check FILE (drafts) against these sources (default: the configured sources)",
    )
    _common(check, ("text", "json", "sarif", "html"))
    _checking(check)
    check.set_defaults(run=run_check, hook=False)

    hook = commands.add_parser(
        "hook",
        help="check drafts (files, or stdin) against the configured sources: for pre-commit, CMS and CI",
        description="Check drafts against the sources named in the configuration (or --against). "
        "Files that are configured sources themselves are skipped; with no FILE the draft is read "
        "from standard input. Exit 1 on findings at or above the fail level.",
    )
    hook.add_argument("files", nargs="*", metavar="FILE", help="drafts (default: - for stdin)")
    hook.add_argument("--against", nargs="+", metavar="SOURCE", help="sources (default: the configured sources)")
    _common(hook, ("text", "json", "sarif", "html"))
    _checking(hook)
    hook.set_defaults(run=run_check, hook=True)

    rules = commands.add_parser("rules", help="list the rules in force")
    rules.add_argument(
        "--format",
        choices=("text", "json", "markdown"),
        default="text",
        help="output format (default: text; markdown is the rules reference of the documentation)",
    )
    rules.add_argument("--output", "-o", metavar="FILE", help="write the output to FILE instead of stdout")
    _rule_options(rules)
    _config_options(rules)
    rules.set_defaults(run=run_rules)
    return parser


def _common(parser: argparse.ArgumentParser, formats: Sequence[str]) -> None:
    parser.add_argument("--format", choices=formats, help=f"output format: {', '.join(formats)} (default: text)")
    parser.add_argument("--output", "-o", metavar="FILE", help="write the output to FILE instead of stdout")
    parser.add_argument("--date", metavar="YYYY-MM-DD", help="publication date for articles that do not state one")
    parser.add_argument("--nlp", choices=NLP, help="analyser (default: spacy)")
    parser.add_argument("--quiet", "-q", action="store_true", help="no messages on stderr but errors")
    parser.add_argument(
        "--cache",
        action=argparse.BooleanOptionalAction,
        help="read and write the analysis cache (default: on; --no-cache bypasses it)",
    )
    parser.add_argument(
        "--stdin-name",
        metavar="NAME",
        help="file name for the article read from stdin (its id, and .md for Markdown markers)",
    )
    _config_options(parser)


def _config_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--config", metavar="FILE", help="read the configuration from FILE (no search)")
    group.add_argument("--no-config", action="store_true", help="ignore configuration files")


def _rule_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--rules", action="append", default=[], metavar="DIR", help="add the rule files of DIR")
    parser.add_argument("--disable", action="append", default=[], metavar="RULE", help="switch a rule off")


def _checking(parser: argparse.ArgumentParser) -> None:
    _rule_options(parser)
    parser.add_argument("--fail-on", choices=FAIL_ON, help="exit 1 on findings at or above (default: warning)")
    parser.add_argument("--baseline", metavar="FILE", help="leave out the findings this baseline file lists")
    parser.add_argument(
        "--write-baseline", metavar="FILE", help="record the current findings in FILE as accepted, and exit 0"
    )
    parser.add_argument(
        "--no-suppress", action="store_true", help="ignore inline 'factcheck: ignore' markers (show every finding)"
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args))
    except (InputError, AnalyserError, RuleError, PluginError, ConfigError) as error:
        print(f"factcheck: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


# --- settings: command line, then configuration, then defaults -------------


@attrs.frozen
class Settings:
    config: Config
    format: str
    date: str | None
    nlp: str
    cache: bool
    quiet: bool


def _config(args: argparse.Namespace) -> Config:
    from factcheck.config import find_config, load_config

    if args.no_config:
        return Config()
    if args.config:
        return load_config(Path(args.config))
    return find_config()


def _settings(args: argparse.Namespace, formats: Sequence[str]) -> Settings:
    config = _config(args)
    # A configured format the command does not have (html for extract) is
    # left to the commands that do.
    configured_format = config.format if config.format in formats else None
    date = args.date or config.date
    return Settings(
        config=config,
        format=args.format or configured_format or "text",
        date=parse_date_option(date) if date else None,
        nlp=args.nlp or config.nlp or "spacy",
        cache=config.cache if args.cache is None else args.cache,
        quiet=args.quiet,
    )


def _write(args: argparse.Namespace, content: str) -> None:
    if args.output:
        try:
            with open(args.output, "w", encoding="utf-8") as out:
                out.write(content)
        except OSError as error:
            raise InputError(args.output, f"cannot write output ({error.strerror or error})") from None
    else:
        sys.stdout.write(content)


def _read(args: argparse.Namespace, paths: Sequence[str], date: str | None):  # -> ReadResult
    """Read articles; the one from stdin takes ``--stdin-name``'s id and path."""
    result = read_all(paths, date=date)
    if not args.stdin_name or "-" not in paths:
        return result
    name = Path(args.stdin_name)
    renamed = tuple(
        attrs.evolve(a, id=name.stem, path=args.stdin_name) if a.path == "<stdin>" else a for a in result.articles
    )
    return attrs.evolve(result, articles=renamed)


# --- extract ------------------------------------------------------------------


def run_extract(args: argparse.Namespace) -> int:
    from factcheck.check import ANALYSIS_CHUNK
    from factcheck.extract import extract_many
    from factcheck.nlp import load_analyser
    from factcheck.progress import progress, wanted
    from factcheck.report.assertions import to_json, to_text

    settings = _settings(args, ("text", "json"))
    result = _read(args, args.files, settings.date)
    for error in result.errors:
        print(f"factcheck: error: {error}", file=sys.stderr)
    articles = result.articles
    per_article: list = []
    if articles:
        analyser = load_analyser(settings.nlp, cache=settings.cache)
        # A chunk at a time: the analyser's memory stays flat, and the
        # progress bar moves.
        with progress(len(articles), "extract", enabled=wanted(len(articles), settings.quiet)) as advance:
            for start in range(0, len(articles), ANALYSIS_CHUNK):
                chunk = articles[start : start + ANALYSIS_CHUNK]
                per_article.extend(extract_many(chunk, analyser=analyser))
                advance(len(chunk))
    assertions = [a for found in per_article for a in found]
    if settings.format == "json":
        _write(args, to_json(articles, assertions, result.errors))
    else:
        _write(args, to_text(articles, assertions))
    return EXIT_USAGE if result.errors else EXIT_OK


# --- rules ----------------------------------------------------------------------


def _rules_in_force(args: argparse.Namespace, config: Config) -> tuple:
    """The rules: built-in, plugins, configured directories then ``--rules``;
    less the disabled ones.  A disabled or re-graded id that names no rule
    is an error (a typo would silently keep the rule on)."""
    from factcheck.rules import load_rules

    rules = load_rules([*config.rules, *args.rules])
    aliases = {alias: rule.id for rule in rules for alias in rule.aliases}
    known = {rule.id for rule in rules} | set(aliases)
    where = str(config.path) if config.path else "configuration"
    for rule_id in config.disable:
        if rule_id not in known:
            raise ConfigError(where, f"disable: no rule {rule_id!r} (see factcheck rules)")
    for rule_id, _ in config.severity:
        if rule_id not in known:
            raise ConfigError(where, f"severity: no rule {rule_id!r} (see factcheck rules)")
    for rule_id in args.disable:
        if rule_id not in known:
            raise InputError("--disable", f"no rule {rule_id!r} (see factcheck rules)")
    disabled = {aliases.get(r, r) for r in (*config.disable, *args.disable)}
    return tuple(rule for rule in rules if rule.id not in disabled)


def run_rules(args: argparse.Namespace) -> int:
    import json

    rules = _rules_in_force(args, _config(args))
    if args.format == "json":
        _write(args, json.dumps({"version": 1, "rules": [r.to_dict() for r in rules]}, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    if args.format == "markdown":
        _write(args, rules_markdown(rules))
        return EXIT_OK
    width = max((len(r.id) for r in rules), default=0)
    lines = [f"{r.id:<{width}}  {r.kind:<14} {r.severity:<8} {r.description}" for r in rules]
    _write(args, "\n".join(lines) + "\n")
    return EXIT_OK


def rules_markdown(rules: Sequence) -> str:
    """The rules reference page (docs/rules-reference.md), from the rule
    files themselves: one section per rule."""
    out = [
        "# Rules reference",
        "",
        "<!-- Generated from rules/*.toml by `factcheck rules --format markdown --no-config"
        " -o docs/rules-reference.md`; tests/test_cli_rules_doc.py checks it is up to date. -->",
        "",
        "Every rule, from its rule file. How rules are written and evaluated:"
        " [Rules and check](rules.md); how to switch one off or accept one"
        " finding: [Configuration](configuration.md), [Suppressions and baseline](suppressions.md).",
        "",
        "| id | kind | severity | scope |",
        "|---|---|---|---|",
    ]
    for rule in rules:
        out.append(f"| [`{rule.id}`](#{rule.id}) | {rule.kind} | {_severity_text(rule)} | {_scope_text(rule)} |")
    for rule in rules:
        out += ["", f"## `{rule.id}`", "", " ".join(rule.description.split()), ""]
        facts = [
            ("kind", rule.kind),
            ("severity", _severity_text(rule)),
            ("looks at", ", ".join(rule.selector.kinds)),
            ("scope", _scope_text(rule)),
            ("aligned by", ", ".join(rule.align) or "—"),
            ("comparator", f"`{rule.comparator}`" if rule.comparator else "—"),
            ("message", f"`{rule.message}`"),
            ("status", rule.status + (f", since {rule.since}" if rule.since else "")),
            ("file", f"`{rule.source}`"),
        ]
        if rule.aliases:
            facts.append(("old ids", ", ".join(f"`{a}`" for a in rule.aliases)))
        if rule.options:
            facts.append(("options", ", ".join(f"`{k} = {_toml_value(v)}`" for k, v in rule.options)))
        if rule.source.startswith("rules/"):  # built-in: examples in the repository
            facts.append(("examples", f"`tests/rules/{rule.id}/`"))
        facts.append(("accept one finding", f"`<!-- factcheck: ignore {rule.id} -->`"))
        out += ["| | |", "|---|---|"] + [f"| {name} | {value.replace('|', '&#124;')} |" for name, value in facts]
    return "\n".join(out) + "\n"


def _severity_text(rule) -> str:
    text = rule.severity
    grades = dict(rule.options).get("severity")
    if isinstance(grades, dict):
        text = "graded: " + ", ".join(f"{grade} {level}" for grade, level in grades.items())
    if rule.draft_severity:
        text += f" ({rule.draft_severity} for drafts)"
    return text


def _scope_text(rule) -> str:
    return rule.scope + (" (drafts only)" if rule.when == "draft" else "")


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k} = {_toml_value(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return str(value)


# --- check and hook ----------------------------------------------------------


def _shown(path: str) -> str:
    """A configured (absolute) path as reports show it: relative to the
    working directory when it is below it."""
    import os

    relative = os.path.relpath(path)
    return path if relative.startswith("..") else relative


def _same_file(path: str, others: set[Path]) -> bool:
    return path != "-" and Path(path).resolve() in others


def _inputs(args: argparse.Namespace, config: Config) -> tuple[list[str], list[str] | None]:
    """The drafts and the sources (None: the articles are checked against
    each other).  ``--against`` wins over the configured sources; a file
    given as a draft is never its own source; the hook skips files that are
    configured sources."""
    files = list(args.files) or (["-"] if args.hook else [])
    if args.against is not None:
        return files, list(args.against)
    configured = [_shown(p) for p in config.source_files()]
    if config.sources and not configured and not args.quiet:
        print(f"factcheck: warning: {config.path}: the configured sources match no file", file=sys.stderr)
    if not configured:
        return files, None
    source_paths = {Path(p).resolve() for p in configured}
    if args.hook:
        files = [f for f in files if not _same_file(f, source_paths)]
    draft_paths = {Path(f).resolve() for f in files if f != "-"}
    sources = [p for p in configured if Path(p).resolve() not in draft_paths]
    return files, sources or None


def run_check(args: argparse.Namespace) -> int:
    from factcheck.check import check_articles, make_extractor, without_suppressed, _unique_ids
    from factcheck.nlp import load_analyser
    from factcheck.progress import progress, wanted
    from factcheck.rules.findings import severity_rank

    settings = _settings(args, ("text", "json", "sarif", "html"))
    config = settings.config
    rules = _rules_in_force(args, config)
    baseline_path = args.baseline or (str(config.baseline) if config.baseline and not args.write_baseline else None)
    fingerprints = None
    if baseline_path:
        from factcheck.baseline import read_baseline

        fingerprints = read_baseline(baseline_path)
    files, against = _inputs(args, config)
    if not files:  # the hook was given only sources
        return EXIT_OK
    drafts = _read(args, files, settings.date)
    sources = _read(args, against, settings.date) if against else None
    errors = [*drafts.errors, *(sources.errors if sources else ())]
    for error in errors:
        print(f"factcheck: error: {error}", file=sys.stderr)
    articles = _unique_ids([*drafts.articles, *(sources.articles if sources else ())])
    draft_ids = [a.id for a in articles[: len(drafts.articles)]] if sources is not None else []
    analyser = load_analyser(settings.nlp, cache=settings.cache) if articles else None
    with progress(len(articles), "check", enabled=wanted(len(articles), settings.quiet)) as advance:
        report = check_articles(
            articles,
            make_extractor(articles, analyser),
            rules,
            drafts=draft_ids,
            severities=dict(config.severity),
            progress=advance,
        )
    if not args.no_suppress and not settings.quiet:
        from factcheck.suppress import marker_problems

        known = {r.id for r in rules} | {alias for r in rules for alias in r.aliases}
        for problem in marker_problems(report.articles, known):
            print(f"factcheck: warning: {problem}", file=sys.stderr)
    if args.write_baseline:
        from factcheck.baseline import write_baseline

        report, _ = without_suppressed(report, markers=not args.no_suppress)
        write_baseline(args.write_baseline, report.findings)
        if not settings.quiet:
            print(f"factcheck: {len(report.findings)} findings written to {args.write_baseline}", file=sys.stderr)
        return EXIT_USAGE if errors else EXIT_OK
    report, suppressed = without_suppressed(report, markers=not args.no_suppress, baseline=fingerprints)
    _write(args, _render(report, suppressed, settings.format, baseline_path))
    if not settings.quiet and (settings.format != "text" or args.output):
        print(
            f"factcheck: {len(report.findings)} findings in {len(report.articles)} articles"
            + _suppressed_note(suppressed),
            file=sys.stderr,
        )
    if errors:
        return EXIT_USAGE
    fail_on = args.fail_on or config.fail_on or DEFAULT_FAIL_ON
    if fail_on != "never" and any(severity_rank(f.severity) >= severity_rank(fail_on) for f in report.findings):
        return EXIT_FINDINGS
    return EXIT_OK


def _counts(suppressed: Sequence) -> dict[str, int]:
    counts: dict[str, int] = {}
    for item in suppressed:
        counts[item.reason] = counts.get(item.reason, 0) + 1
    return counts


def _suppressed_note(suppressed: Sequence) -> str:
    if not suppressed:
        return ""
    counts = _counts(suppressed)
    parts = [f"{counts[r]} {label}" for r, label in (("inline", "by inline markers"), ("baseline", "by the baseline")) if r in counts]
    return f" ({len(suppressed)} suppressed: {', '.join(parts)})"


def _render(report, suppressed: Sequence, fmt: str, baseline: str | None) -> str:
    if fmt == "json":
        import json

        document = report.to_dict()
        if suppressed:
            document["suppressed"] = _counts(suppressed)
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    if fmt == "sarif":
        from factcheck.report.sarif import to_sarif

        return to_sarif(report, suppressed)
    if fmt == "html":
        from factcheck.report.html import to_html

        return to_html(report)
    from factcheck.report.text import to_text

    text = to_text(report)
    if suppressed:
        counts = _counts(suppressed)
        parts = []
        if "inline" in counts:
            parts.append(f"{counts['inline']} by inline markers")
        if "baseline" in counts:
            parts.append(f"{counts['baseline']} by the baseline {baseline}")
        text += f"{len(suppressed)} findings suppressed: {', '.join(parts)}.\n"
    return text
