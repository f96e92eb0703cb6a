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

from factcheck.normalize import temporal
from test_cli import run


def test_the_suite_runs_the_module_the_build_promised():
    expected = os.environ.get("FACTCHECK_EXPECT_COMPILED")
    if expected is None:
        pytest.skip("FACTCHECK_EXPECT_COMPILED is not set (.ci/run sets it)")
    assert temporal.COMPILED is (expected == "1"), f"the normaliser imported is {temporal.__file__}"


def test_version_says_which_normaliser_runs():
    result = run("--version")
    assert result.returncode == 0
    said = re.fullmatch(r"factcheck \S+ \(normaliser: (compiled|pure Python)\)\n", result.stdout)
    assert said, result.stdout
    # the entry point's interpreter imports the same installed package as this one
    probe = subprocess.run([sys.executable, "-P", "-c", "from factcheck.normalize import temporal; print(temporal.COMPILED)"],
                           capture_output=True, text=True, check=True)  # fmt: skip
    assert said.group(1) == ("compiled" if probe.stdout.strip() == "True" else "pure Python")
