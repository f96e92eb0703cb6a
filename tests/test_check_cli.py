"""``factcheck check`` and ``factcheck rules`` through the installed command."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

FACTCHECK = shutil.which("factcheck")
SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    command = [FACTCHECK] if FACTCHECK else [sys.executable, "-m", "factcheck"]
    return subprocess.run([*command, *args], capture_output=True, text=True, timeout=300, cwd=cwd)


def test_rules_lists_id_kind_severity_description():
    """`factcheck rules` shows the rules in force."""
    result = run("rules")
    assert result.returncode == 0, result.stderr
    line = next(line for line in result.stdout.splitlines() if line.startswith("date-conflict "))
    assert "contradiction" in line and "error" in line and "different dates" in line
    listed = json.loads(run("rules", "--format", "json").stdout)
    assert {r["id"] for r in listed["rules"]} >= {"weekday-mismatch", "quote-altered"}


def test_bad_rule_file_exits_2_in_one_line(tmp_path):
    """A bad rule file stops the run with one line naming file, rule and field."""
    (tmp_path / "bad.toml").write_text('id = "bad-rule"\nkind = "contradiction"\nseverity = "fatal"\n', encoding="utf-8")
    for args in (["rules", "--rules", str(tmp_path)], ["check", "--rules", str(tmp_path), "x.txt"]):
        result = run(*args)
        assert result.returncode == 2
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, result.stderr
        assert "bad.toml: rule 'bad-rule': field" in lines[0]


@pytest.fixture(scope="module")
def pair(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pair")
    (folder / "a.txt").write_text(
        "Publié le 19 juin 2024 à 10h00\n"
        "Vladimir Poutine et Kim Jong-un ont signé un accord mercredi 19 juin à Pyongyang. "
        "« Le traité prévoit une assistance mutuelle en cas d'agression », a déclaré Vladimir Poutine.\n",
        encoding="utf-8",
    )
    (folder / "b.txt").write_text(
        "Publié le 19 juin 2024 à 12h00\n"
        "Vladimir Poutine et Kim Jong-un ont signé un accord le 18 juin à Pyongyang. "
        "« Le traité ne prévoit pas une assistance mutuelle en cas d'agression », a déclaré Vladimir Poutine.\n",
        encoding="utf-8",
    )
    return folder


def test_formats_and_fail_on(pair):
    """JSON and SARIF outputs; --fail-on decides the exit status."""
    files = [str(pair / "a.txt"), str(pair / "b.txt")]
    as_json = run("check", "--format", "json", "--fail-on", "never", *files)
    assert as_json.returncode == 0, as_json.stderr
    document = json.loads(as_json.stdout)
    assert document["version"] == 1 and [a["id"] for a in document["articles"]] == ["a", "b"]
    sarif = run("check", "--format", "sarif", "--fail-on", "never", "--quiet", *files)
    assert sarif.returncode == 0 and sarif.stderr == ""
    jsonschema.validate(json.loads(sarif.stdout), SCHEMA, cls=jsonschema.Draft4Validator)
    if document["findings"]:
        assert run("check", "--fail-on", "info", *files).returncode == 1


def test_same_bytes_whatever_the_order(pair):
    """Input order does not change the output."""
    a, b = str(pair / "a.txt"), str(pair / "b.txt")
    assert run("check", "--format", "json", a, b).stdout == run("check", "--format", "json", b, a).stdout


def test_draft_against_sources(pair, tmp_path):
    """--against checks a draft: only findings that involve the draft."""
    draft = tmp_path / "draft.md"
    draft.write_text("---\ndate: 2024-06-20\n---\nUn texte sans rapport.\n", encoding="utf-8")
    result = run("check", "--format", "json", str(draft), "--against", str(pair / "a.txt"), str(pair / "b.txt"))
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["drafts"] == ["draft"]
    assert document["findings"] == []


def test_missing_file_exits_2(pair):
    """An unreadable input is an error (exit 2); the others are still checked."""
    result = run("check", "--format", "json", str(pair / "a.txt"), str(pair / "nope.txt"))
    assert result.returncode == 2
    assert "nope.txt: no such file" in result.stderr
    assert json.loads(result.stdout)["articles"][0]["id"] == "a"


def test_sarif_carries_suppressed_findings(tmp_path):
    """A finding an inline marker accepts stays in the SARIF log, marked
    suppressed (code scanning shows it dismissed); the baseline's too."""
    text = ("Publié le 19 juin 2024\n"
            "Vladimir Poutine est arrivé mercredi 18 juin 2024 à Pyongyang. "
            "<!-- factcheck: ignore weekday-mismatch: date vérifiée -->\n")
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    log = json.loads(run("check", "--format", "sarif", "--fail-on", "never", "--quiet", str(tmp_path / "a.md")).stdout)
    jsonschema.validate(log, SCHEMA, cls=jsonschema.Draft4Validator)
    results = log["runs"][0]["results"]
    marked = [r for r in results if r["ruleId"] == "weekday-mismatch"]
    assert marked and marked[0]["suppressions"][0]["kind"] == "inSource"
    plain = run("check", "--format", "sarif", "--fail-on", "never", "--quiet", "--no-suppress", str(tmp_path / "a.md"))
    unmarked = [r for r in json.loads(plain.stdout)["runs"][0]["results"] if r["ruleId"] == "weekday-mismatch"]
    assert unmarked and "suppressions" not in unmarked[0]
    baseline = tmp_path / "baseline.json"
    run("check", "--write-baseline", str(baseline), "--no-suppress", "--quiet", str(tmp_path / "a.md"))
    known = run("check", "--format", "sarif", "--fail-on", "never", "--quiet", "--no-suppress",
                "--baseline", str(baseline), str(tmp_path / "a.md"))
    kinds = {r["suppressions"][0]["kind"] for r in json.loads(known.stdout)["runs"][0]["results"]}
    assert kinds == {"external"}


def test_a_vague_duration_needs_no_source(tmp_path):
    """"plusieurs semaines" (PXW) has no figure to find in a source: a draft
    copying its source word for word passes."""
    text = "Paris, 19 juin 2024.\n\nLes travaux dureront plusieurs semaines, a indiqué la mairie.\n"
    (tmp_path / "source.txt").write_text(text, encoding="utf-8")
    (tmp_path / "draft.txt").write_text(text, encoding="utf-8")
    result = run("check", str(tmp_path / "draft.txt"), "--against", str(tmp_path / "source.txt"))
    assert result.returncode == 0, result.stdout + result.stderr
