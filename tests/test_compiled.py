"""The compiled normaliser (setup.py): which module runs, and that it says so.

CI installs the project as a user does (``pip install '.[test]'``, which
compiles the normaliser with mypyc) and sets ``FACTCHECK_EXPECT_COMPILED=1``,
so that the whole suite is known to have run against the compiled module
and a build that silently fell back to Python fails here.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from conftest import ROOT
from factcheck.normalize import temporal
from test_cli import run


def test_the_suite_runs_the_module_the_build_promised():
    expected = os.environ.get("FACTCHECK_EXPECT_COMPILED")
    if expected is None:
        pytest.skip("FACTCHECK_EXPECT_COMPILED is not set (.ci/run sets it)")
    assert temporal.COMPILED is (expected == "1"), (
        f"the normaliser imported is {temporal.__file__}: the build fell back to Python"
        " (pip's output says why; test_compiled_modules_type_check names a type error)"
    )


def test_compiled_modules_type_check():
    """mypyc compiles only code that type-checks, and falls back to Python
    otherwise (setup.py): a type error shows here, in an editable install too."""
    pytest.importorskip("mypy")
    setup = (ROOT / "setup.py").read_text(encoding="utf-8")
    modules = re.search(r"COMPILED_MODULES = \[(.*?)\]", setup, re.DOTALL).group(1)
    paths = re.findall(r'"([^"]+)"', modules)
    assert paths
    result = subprocess.run([sys.executable, "-m", "mypy", "--follow-imports=silent", "--no-incremental", *paths],
                            cwd=ROOT, capture_output=True, text=True, timeout=300)  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


def test_version_says_which_normaliser_runs():
    result = run("--version")
    assert result.returncode == 0
    said = re.fullmatch(r"factcheck \S+ \(normaliser: (compiled|pure Python)\)\n", result.stdout)
    assert said, result.stdout
    # the entry point's interpreter imports the same installed package as this one
    probe = subprocess.run([sys.executable, "-P", "-c", "from factcheck.normalize import temporal; print(temporal.COMPILED)"],
                           capture_output=True, text=True, check=True)  # fmt: skip
    assert said.group(1) == ("compiled" if probe.stdout.strip() == "True" else "pure Python")
