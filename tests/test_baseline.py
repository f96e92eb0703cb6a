"""The baseline: accepted findings stay quiet, new ones still fail."""

from __future__ import annotations

import json

import pytest

import factcheck
from factcheck.baseline import apply_baseline, baseline_json, read_baseline, write_baseline
from factcheck.cli import main
from factcheck.io import InputError
from factcheck.model import Article

TUESDAY = "Le sommet s'est tenu mercredi 18 juin 2024 à Pyongyang."  # 18 June 2024 was a Tuesday
THURSDAY = "La visite a commencé lundi 20 juin 2024."  # a Thursday


def article(text: str, id: str = "draft") -> Article:
    return Article(id=id, text=text, path=f"{id}.txt", published="2024-06-21")


def findings(*texts: str):
    return factcheck.check([article("\n\n".join(texts))], analyser=None, suppress=False).findings


def test_fingerprint_ignores_offsets_but_not_values():
    first = findings(TUESDAY)
    moved = findings("Un paragraphe ajouté au début, sans date.", TUESDAY)
    assert first[0].evidence[0].start != moved[0].evidence[0].start
    assert first[0].fingerprint == moved[0].fingerprint
    other = findings(TUESDAY.replace("18 juin", "11 juin"))  # also a Tuesday
    assert other[0].fingerprint != first[0].fingerprint


def test_file_round_trip_is_deterministic(tmp_path):
    found = findings(TUESDAY, THURSDAY)
    path = tmp_path / "baseline.json"
    write_baseline(path, found)
    assert read_baseline(path) == {f.fingerprint for f in found}
    assert baseline_json(reversed(found)) == path.read_text(encoding="utf-8")
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["version"] == 1
    assert {e["rule"] for e in document["findings"]} == {"weekday-mismatch"}


def test_baselined_findings_are_dropped_new_ones_kept(tmp_path):
    path = tmp_path / "baseline.json"
    write_baseline(path, findings(TUESDAY))
    kept, known = apply_baseline(findings(TUESDAY, THURSDAY), read_baseline(path))
    assert [f.evidence[0].text for f in kept] == ["lundi 20 juin 2024"]
    assert [s.reason for s in known] == ["baseline"]
    report = factcheck.check([article(f"{TUESDAY}\n\n{THURSDAY}")], analyser=None, baseline=path)
    assert len(report.findings) == 1


@pytest.mark.parametrize(
    "content, message",
    [
        (None, "no such baseline file"),
        ("{", "invalid JSON"),
        ('{"version": 2, "findings": []}', "expected version 1"),
        ('{"version": 1, "findings": [{"rule": "x"}]}', "finding 1: no fingerprint"),
    ],
)
def test_bad_baseline_is_an_input_error(tmp_path, content, message):
    path = tmp_path / "baseline.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as error:
        read_baseline(path)
    assert message in str(error.value) and str(path) in str(error.value)


def test_cli_write_then_check_with_the_baseline(tmp_path, monkeypatch, capsys):
    """Adopting the hook: the existing findings are recorded, so only a new
    finding makes the check fail."""
    monkeypatch.chdir(tmp_path)
    draft = tmp_path / "draft.txt"
    draft.write_text(f"Publié le 21 juin 2024\n\n{TUESDAY}\n", encoding="utf-8")
    base = ["check", str(draft), "--no-config", "--no-cache", "--fail-on", "warning"]
    assert main(base) == 1
    assert main([*base, "--write-baseline", "baseline.json"]) == 0
    capsys.readouterr()
    assert main([*base, "--baseline", "baseline.json"]) == 0
    out = capsys.readouterr().out
    assert "1 findings suppressed: 1 by the baseline baseline.json." in out
    draft.write_text(f"Publié le 21 juin 2024\n\nUne ligne de plus.\n\n{TUESDAY}\n\n{THURSDAY}\n", encoding="utf-8")
    assert main([*base, "--baseline", "baseline.json"]) == 1
    capsys.readouterr()
    assert main([*base, "--baseline", "baseline.json", "--format", "json"]) == 1
    document = json.loads(capsys.readouterr().out)
    assert len(document["findings"]) == 1 and document["suppressed"] == {"baseline": 1}


def test_cli_baseline_from_configuration(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "draft.txt").write_text(f"Publié le 21 juin 2024\n\n{TUESDAY}\n", encoding="utf-8")
    assert main(["check", "draft.txt", "--no-cache", "--write-baseline", "accepted.json"]) == 0
    (tmp_path / ".factcheck.toml").write_text('baseline = "accepted.json"\n', encoding="utf-8")
    assert main(["check", "draft.txt", "--no-cache"]) == 0
    (tmp_path / ".factcheck.toml").write_text('baseline = "missing.json"\n', encoding="utf-8")
    capsys.readouterr()
    assert main(["check", "draft.txt", "--no-cache"]) == 2
    assert "missing.json: no such baseline file" in capsys.readouterr().err
