"""The documentation builds with MkDocs in strict mode (no broken links)."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT


def test_docs_build_strict(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(tmp_path / "site")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "site" / "index.html").exists()


def test_readme_opens_with_the_two_commands():
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    block = lines[lines.index("```sh") + 1 : lines.index("```sh") + 3]
    assert "pip install ." in block[0] and "factcheck " in block[0]
    assert "pip install '.[test]'" in block[1] and block[1].endswith("&& pytest -q")
