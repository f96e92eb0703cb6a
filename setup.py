"""Build step that pyproject.toml cannot declare: the compiled normaliser.

The temporal normaliser (``factcheck/normalize/temporal*.py``, the modules
of ``COMPILED_MODULES``) is plain, typed Python.  mypyc, mypy's compiler, turns it into a C extension that
runs the same code about a third faster; the output is the same (the tests
run against the compiled module in CI).  The module stays pure Python:

- with ``FACTCHECK_MYPYC=0`` in the environment;
- in an editable install (``pip install -e .``), where a compiled module
  would shadow the source being edited;
- when mypyc or the C compiler fails: a warning, and the install goes on.

``factcheck.normalize.temporal.COMPILED`` tells which one a program runs
(``factcheck --version`` says it too).
"""

from __future__ import annotations

import os
import sys

from setuptools import setup

#: The normaliser's modules that run its rules, compiled together (mypyc
#: calls between them natively); its grammar, lexicon and calendar are
#: read once at import and stay Python.
COMPILED_MODULES = [
    "factcheck/normalize/temporal.py",
    "factcheck/normalize/temporal_base.py",
    "factcheck/normalize/temporal_resolve.py",
    "factcheck/normalize/temporal_times.py",
    "factcheck/normalize/temporal_durations.py",
    "factcheck/normalize/temporal_dates.py",
    "factcheck/normalize/temporal_merge.py",
]

#: The commands that build what is installed.  pip also runs this file for
#: the metadata alone (egg_info, dist_info), and for an editable install
#: (editable_wheel): no compiling then.
_BUILDS = {"bdist_wheel", "build", "build_ext", "install"}


def _extensions() -> list:  # type: ignore[type-arg]
    if os.environ.get("FACTCHECK_MYPYC") == "0" or not _BUILDS.intersection(sys.argv):
        return []
    try:
        from mypyc.build import mypycify  # noqa: PLC0415  (a build requirement only)

        # Only the compiled modules must type-check; the modules they import
        # are read for their types, their own errors not reported.
        extensions = mypycify(["--follow-imports=silent", *COMPILED_MODULES], opt_level="3")
    except (Exception, SystemExit) as error:  # mypyc exits on a type error
        print(f"factcheck: the normaliser is not compiled ({error!r}); it stays pure Python", file=sys.stderr)
        return []
    for extension in extensions:
        extension.optional = True  # no C compiler: pure Python, not a failed install
    return extensions


setup(ext_modules=_extensions())
