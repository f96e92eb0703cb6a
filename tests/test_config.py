from __future__ import annotations

import pytest

from factcheck.config import Config, ConfigError, find_config


def test_dotfile_found_upwards(tmp_path):
    (tmp_path / ".factcheck.toml").write_text(
        'sources = ["sources/*.txt"]\nfail-on = "warning"\ndisable = ["x"]\n'
        '[severity]\nquote-function-word = "warning"\n',
        encoding="utf-8",
    )
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "b.txt").write_text("B", encoding="utf-8")
    (tmp_path / "sources" / "a.txt").write_text("A", encoding="utf-8")
    deep = tmp_path / "drafts" / "2024"
    deep.mkdir(parents=True)
    config = find_config(deep)
    assert config.path == (tmp_path / ".factcheck.toml").resolve()
    assert config.fail_on == "warning"
    assert config.disable == ("x",)
    assert config.severity == (("quote-function-word", "warning"),)
    assert [p.rsplit("/", 1)[1] for p in config.source_files()] == ["a.txt", "b.txt"]


def test_pyproject_table(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n[tool.factcheck]\nformat = "json"\ndate = "2024-06-19"\n', encoding="utf-8"
    )
    config = find_config(tmp_path)
    assert (config.format, config.date) == ("json", "2024-06-19")


def test_pyproject_without_table_is_skipped(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert find_config(tmp_path) == Config()


@pytest.mark.parametrize(
    "content, message",
    [
        ('fail_on = "warning"\n', "unknown key 'fail_on'"),
        ('fail-on = "sometimes"\n', "fail-on must be one of"),
        ("sources = 3\n", "sources must be a list of strings"),
        ('[severity]\nrule-x = "fatal"\n', "severity.rule-x must be one of"),
        ('date = "hier"\n', "date must be a date"),
        ("cache = 'yes'\n", "cache must be true or false"),
        ("fail-on = \n", "invalid TOML"),
    ],
)
def test_bad_config_names_file_and_key(tmp_path, content, message):
    path = tmp_path / ".factcheck.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        find_config(tmp_path)
    assert str(info.value).startswith(str(path))
    assert message in str(info.value)


def test_no_config_gives_defaults(tmp_path):
    assert find_config(tmp_path) == Config()
