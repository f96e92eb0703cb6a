"""`factcheck check` through the analysis cache: a second run parses nothing."""

from __future__ import annotations

import pickle
import subprocess
import sys
import textwrap

from factcheck.cli import main
from factcheck.nlp import analyser_id
from factcheck.nlp.base import Doc
from factcheck.nlp.fixes import FIXES_VERSION

DRAFT = (
    "Publié le 20 juin 2024\n\n"
    "Vladimir Poutine et Kim Jong-un ont signé un accord le 18 juin à Pyongyang, a indiqué l'agence KCNA.\n"
)
SOURCE = (
    "Publié le 20 juin 2024\n\n"
    "Vladimir Poutine et Kim Jong-un ont signé un accord le 19 juin à Pyongyang. "
    "« Nous sommes des alliés », a déclaré Vladimir Poutine.\n"
)

# Runs the command in a fresh interpreter, then says whether spaCy was imported.
PROBE = textwrap.dedent(
    """
    import sys
    from factcheck.cli import main
    status = main(sys.argv[1:])
    print("spacy imported:", "spacy" in sys.modules, file=sys.stderr)
    sys.exit(status)
    """
)


def files(folder):
    (folder / "draft.txt").write_text(DRAFT, encoding="utf-8")
    for name in ("a", "b"):
        (folder / f"{name}.txt").write_text(SOURCE.replace("alliés", f"alliés ({name})"), encoding="utf-8")
    return ["check", str(folder / "draft.txt"), "--against", str(folder / "a.txt"), str(folder / "b.txt")]


def test_key_names_the_fixes_version():
    assert analyser_id("spacy").endswith(f":fixes-{FIXES_VERSION}")


def test_second_check_does_not_load_the_model(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    command = [*files(tmp_path), "--format", "json", "--no-config"]
    first = main(command)
    first_out = capsys.readouterr().out
    entries = list((tmp_path / "cache" / "factcheck" / "analyses").glob("*/*.pickle"))
    assert len(entries) == 3
    second = subprocess.run(
        [sys.executable, "-c", PROBE, *command], capture_output=True, text=True, timeout=300, env=_env(tmp_path)
    )
    assert second.returncode == first == 1, second.stderr
    assert second.stdout == first_out
    assert "spacy imported: False" in second.stderr


def test_corrupt_entries_are_rebuilt(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    command = [*files(tmp_path), "--format", "json", "--no-config"]
    main(command)
    expected = capsys.readouterr().out
    entries = sorted((tmp_path / "cache" / "factcheck" / "analyses").glob("*/*.pickle"))
    entries[0].write_bytes(b"garbage")
    entries[1].write_bytes(pickle.dumps({"not": "a doc"}))
    entries[2].write_bytes(b"")
    assert main(command) == 1
    assert capsys.readouterr().out == expected
    assert all(isinstance(pickle.loads(entry.read_bytes()), Doc) for entry in entries)


def test_no_cache_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    main([*files(tmp_path), "--no-cache", "--no-config"])
    assert not (tmp_path / "cache").exists()


def _env(tmp_path):
    import os

    return dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "cache"))
