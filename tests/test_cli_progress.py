"""The progress bar: on a terminal for many articles, silent otherwise."""

from __future__ import annotations

import io
import json
import os
import pty
import subprocess
import sys

from rich.console import Console

from factcheck.cli import main
from factcheck.progress import MIN_ARTICLES, progress, wanted


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_wanted_only_on_a_terminal_for_many_articles():
    assert wanted(MIN_ARTICLES, quiet=False, stream=Terminal())
    assert not wanted(MIN_ARTICLES - 1, quiet=False, stream=Terminal())
    assert not wanted(100, quiet=True, stream=Terminal())
    assert not wanted(100, quiet=False, stream=io.StringIO())


def test_bar_counts_articles():
    screen = io.StringIO()
    with progress(12, "check", enabled=True, console=Console(file=screen, force_terminal=True, width=80)) as advance:
        for _ in range(3):
            advance(4)
    assert "check" in screen.getvalue() and "/12" in screen.getvalue()
    with progress(12, "check", enabled=False) as advance:
        advance(12)  # nothing drawn, nothing imported for it


def articles(folder, count: int = MIN_ARTICLES + 1):
    path = folder / "batch.jsonl"
    lines = [
        {"id": f"a{i}", "text": f"Le sommet s'est tenu le {i + 1} juin 2024 à Pyongyang.", "published": "2024-06-20"}
        for i in range(count)
    ]
    path.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n", encoding="utf-8")
    return path


def test_piped_runs_are_silent(tmp_path, capsys):
    batch = articles(tmp_path)
    main(["extract", str(batch), "--no-config"])
    main(["check", str(batch), "--no-config", "--fail-on", "never"])
    assert capsys.readouterr().err == ""


def test_bar_on_a_terminal(tmp_path, capsys):
    batch = articles(tmp_path)
    main(["check", str(batch), "--no-config"])  # fills the analysis cache: the run below is quick
    capsys.readouterr()
    controller, terminal = pty.openpty()
    with subprocess.Popen(
        [sys.executable, "-m", "factcheck", "check", str(batch), "--no-config", "-o", str(tmp_path / "out.txt")],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=terminal,
        env=dict(os.environ, COLUMNS="100", TERM="xterm"),
    ) as process:
        os.close(terminal)
        shown = b""
        while True:
            try:
                chunk = os.read(controller, 4096)
            except OSError:  # the terminal closed with the process
                break
            if not chunk:
                break
            shown += chunk
        process.wait(timeout=300)
    os.close(controller)
    text = shown.decode("utf-8", "replace")
    assert f"/{MIN_ARTICLES + 1}" in text and "check" in text
    assert f"findings in {MIN_ARTICLES + 1} articles" in text  # the summary line stays
    quiet = subprocess.run(
        [sys.executable, "-m", "factcheck", "check", str(batch), "--no-config", "--quiet", "-o", str(tmp_path / "q.txt")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert quiet.stderr == ""
