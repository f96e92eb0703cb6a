"""Configuration through the command line: the command line wins, then the
configuration file, then the defaults."""

from __future__ import annotations

import json
import os

import pytest

from factcheck.cli import _settings, build_parser, main

TUESDAY = "Le sommet s'est tenu mercredi 18 juin 2024 à Pyongyang."  # a Tuesday: weekday-mismatch


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A newsroom folder: a draft with a wrong weekday, two sources."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "draft.txt").write_text(f"Publié le 21 juin 2024\n\n{TUESDAY}\n", encoding="utf-8")
    (tmp_path / "sources").mkdir()
    for name in ("a", "b"):
        (tmp_path / "sources" / f"{name}.txt").write_text(
            "Publié le 20 juin 2024\n\nLe sommet s'est tenu le 19 juin 2024 à Pyongyang.\n", encoding="utf-8"
        )
    return tmp_path


def configure(folder, text: str) -> None:
    (folder / ".factcheck.toml").write_text(text, encoding="utf-8")


def run_json(capsys, *args: str) -> tuple[int, dict]:
    capsys.readouterr()
    status = main(["check", *args, "--format", "json"])
    return status, json.loads(capsys.readouterr().out)


def test_format_configuration_then_command_line(project, capsys):
    configure(project, 'format = "json"\n')
    assert main(["check", "draft.txt"]) == 1
    assert json.loads(capsys.readouterr().out)["version"] == 1
    assert main(["check", "draft.txt", "--format", "text"]) == 1
    assert capsys.readouterr().out.startswith("weekday-mismatch")


def test_fail_on_and_severity(project):
    configure(project, 'fail-on = "never"\n')
    assert main(["check", "draft.txt"]) == 0
    assert main(["check", "draft.txt", "--fail-on", "error"]) == 1
    configure(project, '[severity]\nweekday-mismatch = "info"\n')
    assert main(["check", "draft.txt"]) == 0  # default fail-on: warning
    assert main(["check", "draft.txt", "--fail-on", "info"]) == 1


def test_disable_in_configuration_and_on_the_command_line(project, capsys):
    configure(project, 'disable = ["weekday-mismatch"]\n')
    assert run_json(capsys, "draft.txt")[1]["findings"] == []
    assert main(["check", "draft.txt", "--no-config"]) == 1
    assert main(["check", "draft.txt", "--no-config", "--disable", "weekday-mismatch"]) == 0


def test_configured_sources_are_the_default_against(project, capsys):
    configure(project, 'sources = ["sources/*.txt"]\n')
    status, document = run_json(capsys, "draft.txt")
    assert document["drafts"] == ["draft"]
    assert [a["id"] for a in document["articles"]] == ["a", "b", "draft"]
    # --against wins over the configured sources
    status, document = run_json(capsys, "draft.txt", "--against", "sources/a.txt")
    assert [a["id"] for a in document["articles"]] == ["a", "draft"]
    # a configured source given as a file is checked against the others
    status, document = run_json(capsys, "sources/a.txt")
    assert document["drafts"] == ["a"] and [a["id"] for a in document["articles"]] == ["a", "b"]


def test_date_configuration_then_command_line(project, capsys):
    (project / "undated.txt").write_text("Le sommet a eu lieu hier.\n", encoding="utf-8")
    configure(project, 'date = "2024-06-19"\n')
    document = run_json(capsys, "undated.txt")[1]
    assert document["articles"][0]["published"] == "2024-06-19"
    document = run_json(capsys, "undated.txt", "--date", "2024-06-21")[1]
    assert document["articles"][0]["published"] == "2024-06-21"


def test_nlp_and_cache_resolution(project):
    parser = build_parser()
    configure(project, 'nlp = "stanza"\ncache = false\n')
    settings = _settings(parser.parse_args(["check", "draft.txt"]), ("text",))
    assert (settings.nlp, settings.cache) == ("stanza", False)
    settings = _settings(parser.parse_args(["check", "draft.txt", "--nlp", "spacy", "--cache"]), ("text",))
    assert (settings.nlp, settings.cache) == ("spacy", True)
    settings = _settings(parser.parse_args(["check", "draft.txt", "--no-config"]), ("text",))
    assert (settings.nlp, settings.cache, settings.format) == ("spacy", True, "text")


def test_cache_off_in_configuration_writes_nothing(project):
    configure(project, "cache = false\n")
    cache = os.path.join(os.environ["XDG_CACHE_HOME"], "factcheck", "analyses")
    (project / "unique.txt").write_text("Un texte que personne d'autre n'analyse, le 3 mars 2021.\n", encoding="utf-8")

    def entries() -> int:
        return sum(len(files) for _, _, files in os.walk(cache))

    before = entries()
    main(["check", "unique.txt"])
    assert entries() == before
    main(["check", "unique.txt", "--cache"])
    assert entries() == before + 1


def test_config_option_and_pyproject_found_upwards(project, capsys, monkeypatch):
    (project / "pyproject.toml").write_text('[project]\nname = "x"\n[tool.factcheck]\nfail-on = "never"\n', encoding="utf-8")
    deeper = project / "drafts" / "2024"
    deeper.mkdir(parents=True)
    monkeypatch.chdir(deeper)
    assert main(["check", "../../draft.txt"]) == 0
    other = project / "strict.toml"
    other.write_text('fail-on = "info"\n', encoding="utf-8")
    assert main(["check", "../../draft.txt", "--config", str(other)]) == 1
    assert main(["check", "../../draft.txt", "--no-config"]) == 1


@pytest.mark.parametrize(
    "content, message",
    [
        ('fail_on = "never"\n', "unknown key 'fail_on'"),
        ('disable = ["weekday-mismatch", "no-such-rule"]\n', "disable: no rule 'no-such-rule'"),
        ('[severity]\nno-such-rule = "info"\n', "severity: no rule 'no-such-rule'"),
    ],
)
def test_configuration_errors_exit_2_in_one_line(project, capsys, content, message):
    configure(project, content)
    for command in (["check", "draft.txt"], ["rules"], ["extract", "draft.txt"]):
        if command[0] == "extract" and "rule" in message:
            continue  # extract does not use rules
        assert main(command) == 2
        err = capsys.readouterr().err
        assert len(err.strip().splitlines()) == 1, err
        assert err.startswith(f"factcheck: error: {project / '.factcheck.toml'}: ") and message in err


def test_missing_config_file_and_unknown_disable_option(project, capsys):
    assert main(["check", "draft.txt", "--config", "nope.toml"]) == 2
    assert "nope.toml: cannot be read" in capsys.readouterr().err
    assert main(["check", "draft.txt", "--disable", "no-such-rule"]) == 2
    assert "--disable: no rule 'no-such-rule'" in capsys.readouterr().err


def test_config_and_no_config_exclude_each_other(capsys):
    with pytest.raises(SystemExit) as exit:
        main(["check", "x.txt", "--config", "a.toml", "--no-config"])
    assert exit.value.code == 2
