"""`factcheck hook` and the pre-commit hook, end to end.

The drafts and sources are short French texts: a draft that dates the
signing on 18 June against sources that say 19 June must stop a commit; the
same draft with the sources' date must pass.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT
from factcheck.cli import main

SOURCE = (
    "Publié le 20 juin 2024 à 10h00\n\n"
    "Vladimir Poutine et Kim Jong-un ont signé un accord de défense mutuelle le 19 juin à Pyongyang. "
    "« Nous sommes des alliés », a déclaré Vladimir Poutine.\n"
)
GOOD = (
    "---\ndate: 2024-06-20\n---\n"
    "Vladimir Poutine et Kim Jong-un ont signé un accord de défense mutuelle le 19 juin à Pyongyang.\n"
)
BAD = GOOD.replace("19 juin", "18 juin")
MARKED = BAD.replace(
    "\nVladimir", "\n<!-- factcheck: ignore date-conflict, date-unsupported: vérifié auprès du Kremlin -->\nVladimir"
)


def newsroom(folder: Path) -> Path:
    """A project with its configuration and two sources."""
    (folder / "sources").mkdir(parents=True)
    for name in ("agence", "quotidien"):
        (folder / "sources" / f"{name}.txt").write_text(SOURCE.replace("alliés", f"alliés ({name})"), encoding="utf-8")
    (folder / "drafts").mkdir()
    (folder / ".factcheck.toml").write_text('sources = ["sources/*.txt"]\nfail-on = "warning"\n', encoding="utf-8")
    return folder


def stdin(monkeypatch, text: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8")), encoding="utf-8"))


# --- factcheck hook -------------------------------------------------------------


def test_hook_on_stdin_as_a_cms_would_call_it(tmp_path, monkeypatch, capsys):
    newsroom(tmp_path)
    command = [sys.executable, "-m", "factcheck", "hook", "--stdin-name", "brouillon.md"]
    bad = subprocess.run(command, input=BAD, capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert bad.returncode == 1, bad.stderr
    assert "date-conflict" in bad.stdout and "brouillon.md:4:" in bad.stdout
    # the same in process (the model is already loaded there)
    monkeypatch.chdir(tmp_path)
    stdin(monkeypatch, GOOD)
    assert main(["hook", "--stdin-name", "brouillon.md"]) == 0, capsys.readouterr()
    stdin(monkeypatch, BAD)
    assert main(["hook", "--stdin-name", "brouillon.md", "--format", "json"]) == 1
    assert '"drafts": [\n    "brouillon"\n  ]' in capsys.readouterr().out


def test_hook_markers_and_sources(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(newsroom(tmp_path))
    stdin(monkeypatch, MARKED)
    assert main(["hook", "--stdin-name", "d.md"]) == 0
    assert "2 findings suppressed: 2 by inline markers." in capsys.readouterr().out
    stdin(monkeypatch, MARKED)
    assert main(["hook", "--stdin-name", "d.md", "--no-suppress"]) == 1
    # a configured source among the files is not a draft: nothing to check
    capsys.readouterr()
    assert main(["hook", "sources/agence.txt"]) == 0
    assert capsys.readouterr().out == ""
    # --against replaces the configured sources
    (tmp_path / "other.txt").write_text(SOURCE.replace("19 juin", "18 juin"), encoding="utf-8")
    stdin(monkeypatch, BAD)
    assert main(["hook", "--against", "other.txt", "--fail-on", "error"]) == 0


def test_hook_with_no_sources_checks_the_drafts_alone(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "d.md").write_text("Le sommet s'est tenu mercredi 18 juin 2024.\n", encoding="utf-8")
    assert main(["hook", "d.md", "--no-config"]) == 1
    assert "weekday-mismatch" in capsys.readouterr().out


# --- pre-commit -------------------------------------------------------------------


def git(folder: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ,
        GIT_AUTHOR_NAME="Test",
        GIT_AUTHOR_EMAIL="test@example.org",
        GIT_COMMITTER_NAME="Test",
        GIT_COMMITTER_EMAIL="test@example.org",
    )
    return subprocess.run(["git", *args], cwd=folder, env=env, capture_output=True, text=True, check=check, timeout=600)


def pre_commit(folder: Path, home: Path, *args: str, **env_vars: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PRE_COMMIT_HOME=str(home), PRE_COMMIT_COLOR="never", **env_vars)
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", *args], cwd=folder, env=env, capture_output=True, text=True, timeout=900
    )


def shipped_hook() -> dict:
    import yaml

    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert [h["id"] for h in hooks] == ["factcheck"]
    return hooks[0]


@pytest.fixture
def project(tmp_path):
    pytest.importorskip("pre_commit")
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    folder = newsroom(tmp_path / "project")
    git(folder, "init", "-q")
    return folder


def test_shipped_manifest_fields():
    hook = shipped_hook()
    assert hook["language"] == "python" and hook["entry"] == "factcheck hook"
    assert hook["require_serial"] is True  # one process: the model loads once
    import re

    pattern = re.compile(hook["files"])
    assert pattern.search("drafts/a.md") and pattern.search("a.txt") and not pattern.search("a.py")


def test_commit_stopped_by_a_contradiction_then_allowed(project, tmp_path):
    """The shipped hook's settings, run by pre-commit from this environment
    (language: system), as a git pre-commit hook on real commits."""
    hook = {**shipped_hook(), "language": "system", "entry": f"{sys.executable} -m factcheck hook"}
    hook.pop("minimum_pre_commit_version", None)
    config = {"repos": [{"repo": "local", "hooks": [hook]}]}
    import json

    (project / ".pre-commit-config.yaml").write_text(json.dumps(config, indent=2), encoding="utf-8")
    home = tmp_path / "pre-commit-home"
    installed = pre_commit(project, home, "install")
    assert installed.returncode == 0, installed.stdout + installed.stderr
    (project / "drafts" / "sommet.md").write_text(BAD, encoding="utf-8")
    git(project, "add", ".")
    stopped = git(project, "commit", "-m", "brouillon", check=False)
    assert stopped.returncode != 0, stopped.stdout + stopped.stderr
    assert "date-conflict" in stopped.stdout + stopped.stderr
    assert "drafts/sommet.md:4:" in stopped.stdout + stopped.stderr
    (project / "drafts" / "sommet.md").write_text(GOOD, encoding="utf-8")
    git(project, "add", ".")
    allowed = git(project, "commit", "-m", "brouillon", check=False)
    assert allowed.returncode == 0, allowed.stdout + allowed.stderr


def _snapshot_of_this_checkout(destination: Path) -> str:
    """This working tree (tracked and new files, symlinks kept) as a fresh
    git repository; its commit id."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode("utf-8")
    for name in filter(None, listed.split("\0")):
        source, target = ROOT / name, destination / name
        if not os.path.lexists(source):
            continue  # deleted in the working tree
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_symlink():
            os.symlink(os.readlink(source), target)
        elif source.is_file():
            shutil.copy2(source, target)
    git(destination, "init", "-q")
    git(destination, "add", ".")
    git(destination, "commit", "-q", "-m", "snapshot")
    return git(destination, "rev-parse", "HEAD").stdout.strip()


def _index_reachable() -> bool:
    """Whether pip's package index answers (a quick TCP probe): offline, the
    test that installs the hook's environment skips instead of waiting for
    pip's time-outs."""
    import socket
    from urllib.parse import urlparse

    index = os.environ.get("PIP_INDEX_URL") or "https://pypi.org/simple"
    url = urlparse(index)
    if url.scheme == "file":
        return True
    try:
        with socket.create_connection((url.hostname, url.port or (443 if url.scheme == "https" else 80)), timeout=5):
            return True
    except OSError:
        return False


NETWORK_TROUBLE = ("NewConnectionError", "Temporary failure in name resolution", "Network is unreachable", "ConnectTimeout")


def test_shipped_hook_installs_from_this_repository(project, tmp_path):
    """.pre-commit-hooks.yaml itself: pre-commit installs factcheck from
    this repository (language: python, its own virtualenv with spaCy and
    the French model from the package index), then stops a draft that
    contradicts the sources and passes a clean one."""
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    if not _index_reachable():
        pytest.skip("no access to the package index to install the hook's environment")
    hook_repo = tmp_path / "factcheck-repo"
    rev = _snapshot_of_this_checkout(hook_repo)
    (project / ".pre-commit-config.yaml").write_text(
        f"repos:\n- repo: {hook_repo}\n  rev: {rev}\n  hooks:\n  - id: factcheck\n", encoding="utf-8"
    )
    (project / "drafts" / "bad.md").write_text(BAD, encoding="utf-8")
    (project / "drafts" / "good.md").write_text(GOOD, encoding="utf-8")
    git(project, "add", ".")
    home = tmp_path / "pre-commit-home"
    start = time.perf_counter()
    installed = pre_commit(project, home, "install-hooks", PIP_DEFAULT_TIMEOUT="60")
    install_time = time.perf_counter() - start
    if installed.returncode != 0:
        log = (home / "pre-commit.log").read_text(encoding="utf-8") if (home / "pre-commit.log").exists() else ""
        if any(trouble in installed.stdout + log for trouble in NETWORK_TROUBLE):
            pytest.skip("no access to the package index to install the hook's environment")
        pytest.fail(installed.stdout + installed.stderr + log[-3000:])
    # An empty analysis cache: the French model must load in the hook's
    # environment.
    cache = {"XDG_CACHE_HOME": str(tmp_path / "hook-cache")}
    bad = pre_commit(project, home, "run", "--files", "drafts/bad.md", **cache)
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "date-conflict" in bad.stdout and "drafts/bad.md:4:" in bad.stdout
    good = pre_commit(project, home, "run", "--files", "drafts/good.md", "sources/agence.txt", **cache)
    assert good.returncode == 0, good.stdout + good.stderr
    total = time.perf_counter() - start
    print(f"pre-commit: hook environment installed in {install_time:.1f} s, two runs in {total - install_time:.1f} s")
    assert total < 300, f"the shipped hook took {total:.0f} s to install and run"


# --- the CMS example of docs/integration.md -------------------------------------


def test_cms_example_of_the_documentation_runs(tmp_path, monkeypatch, capsys):
    import re

    page = (ROOT / "docs" / "integration.md").read_text(encoding="utf-8")
    code = re.search(r"```python\n(import factcheck\n.*?)```", page, re.S).group(1)
    monkeypatch.chdir(newsroom(tmp_path))
    namespace: dict = {}
    exec(compile(code, "docs/integration.md", "exec"), namespace)
    assert namespace["block"] is True
    printed = capsys.readouterr().out
    assert "error date-conflict" in printed and "draft [" in printed
