"""The command through its installed entry point."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

FACTCHECK = shutil.which("factcheck")


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    command = [FACTCHECK] if FACTCHECK else [sys.executable, "-m", "factcheck"]
    return subprocess.run([*command, *args], input=stdin, capture_output=True, text=True, timeout=300)


def test_entry_point_is_installed():
    assert FACTCHECK, "the factcheck console script is not on PATH"


def test_extract_json_on_seeds_and_a_bad_file(seeds, tmp_path):
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    result = run("extract", "--format", "json", str(seeds[0]), str(binary), str(seeds[1]))
    assert result.returncode == 2
    assert f"{binary}: binary data" in result.stderr
    assert "Traceback" not in result.stderr
    document = json.loads(result.stdout)
    assert document["version"] == 1
    assert [a["id"] for a in document["articles"]] == [seeds[0].stem, seeds[1].stem]
    texts = {a["id"]: p.read_text(encoding="utf-8") for a, p in zip(document["articles"], [seeds[0], seeds[1]])}
    for assertion in document["assertions"]:
        assert texts[assertion["article"]][assertion["start"] : assertion["end"]] == assertion["text"]


def test_stdin_and_python_m():
    result = subprocess.run(
        [sys.executable, "-m", "factcheck", "extract", "--date", "2024-06-19", "-"],
        input="Le sommet a eu lieu hier.",
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "published 2024-06-19 (option)" in result.stdout


def test_usage_errors_exit_2():
    assert run().returncode == 2
    bad_date = run("extract", "--date", "demain", "x.txt")
    assert bad_date.returncode == 2
    assert "not a date" in bad_date.stderr


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_output_file(seeds, tmp_path, fmt):
    out = tmp_path / f"out.{fmt}"
    result = run("extract", "--format", fmt, "--output", str(out), str(seeds[3]))
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert seeds[3].stem in out.read_text(encoding="utf-8")
