"""The baseline: findings a newsroom has accepted, so that only new ones stop it.

``factcheck check --write-baseline FILE`` records every current finding by
its fingerprint (``Finding.fingerprint``: the rule id, the normalised
values and the article ids, never offsets, so it survives edits elsewhere
in the articles); ``--baseline FILE`` then leaves out the findings whose
fingerprint the file lists.  The file is JSON, sorted, one finding per
entry with its rule and message for the people who review it:

```json
{"version": 1,
 "findings": [{"fingerprint": "…", "rule": "date-conflict",
               "articles": ["draft", "source-a"], "message": "…"}]}
```
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable

from factcheck.io import InputError
from factcheck.rules.findings import Finding
from factcheck.suppress import Suppressed

VERSION = 1


def read_baseline(path: str | Path) -> frozenset[str]:
    """The fingerprints a baseline file lists; a bad file is an ``InputError``."""
    shown = str(path)
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(shown, "no such baseline file (write one with --write-baseline)") from None
    except OSError as error:
        raise InputError(shown, f"cannot read the baseline ({error.strerror or error})") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputError(shown, f"not a factcheck baseline (invalid JSON: {error})") from None
    if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("findings"), list):
        raise InputError(shown, f"not a factcheck baseline (expected version {VERSION} and a findings list)")
    fingerprints = set()
    for number, entry in enumerate(data["findings"], start=1):
        if not isinstance(entry, dict) or not isinstance(entry.get("fingerprint"), str):
            raise InputError(shown, f"finding {number}: no fingerprint")
        fingerprints.add(entry["fingerprint"])
    return frozenset(fingerprints)


def baseline_json(findings: Iterable[Finding]) -> str:
    """The baseline file for these findings; same findings, same bytes."""
    entries = {
        f.fingerprint: {
            "fingerprint": f.fingerprint,
            "rule": f.rule,
            "articles": sorted({e.article for e in f.evidence}),
            "message": f.message,
        }
        for f in findings
    }
    ordered = sorted(entries.values(), key=lambda e: (e["rule"], e["fingerprint"]))
    return json.dumps({"version": VERSION, "findings": ordered}, ensure_ascii=False, indent=2) + "\n"


def write_baseline(path: str | Path, findings: Iterable[Finding]) -> None:
    try:
        Path(path).write_text(baseline_json(findings), encoding="utf-8")
    except OSError as error:
        raise InputError(str(path), f"cannot write the baseline ({error.strerror or error})") from None


def apply_baseline(
    findings: Iterable[Finding], fingerprints: frozenset[str]
) -> tuple[tuple[Finding, ...], tuple[Suppressed, ...]]:
    """Split findings into new ones and those the baseline lists."""
    kept: list[Finding] = []
    known: list[Suppressed] = []
    for finding in findings:
        if finding.fingerprint in fingerprints:
            known.append(Suppressed(finding, "baseline"))
        else:
            kept.append(finding)
    return tuple(kept), tuple(known)
