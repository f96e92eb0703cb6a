"""A progress bar on standard error for long runs, and silence otherwise.

Shown only when standard error is a terminal, ``--quiet`` is off and there
are more than a handful of articles: pipelines, hooks and short runs see
nothing.  rich is imported only when a bar is drawn.
"""

from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import TYPE_CHECKING, Callable, Iterator, TextIO

if TYPE_CHECKING:
    from rich.console import Console

#: Fewer articles than this finish too fast for a bar to help.
MIN_ARTICLES = 8

Advance = Callable[[int], None]


def wanted(total: int, quiet: bool, stream: TextIO | None = None) -> bool:
    stream = sys.stderr if stream is None else stream
    try:
        tty = stream.isatty()
    except (AttributeError, ValueError):
        tty = False
    return tty and not quiet and total >= MIN_ARTICLES


def _nothing(count: int) -> None:
    return None


@contextmanager
def progress(total: int, description: str, *, enabled: bool, console: Console | None = None) -> Iterator[Advance]:
    """A function to call with the number of articles just done.

    ``console`` is a ``rich.console.Console`` (default: one on stderr).
    """
    if not enabled:
        yield _nothing
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    bar = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("articles"),
        TimeRemainingColumn(),
        console=console or Console(stderr=True),
        transient=True,  # the report, not the bar, stays on screen
    )
    with bar:
        task = bar.add_task(description, total=total)
        yield lambda count: bar.advance(task, count)
