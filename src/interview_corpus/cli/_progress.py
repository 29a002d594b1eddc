"""The progress bar the command line draws on stderr, only when it is a terminal.

Our own bar rather than tqdm or rich, so that the runtime dependencies stay
attrs and cattrs.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Self, TextIO

from .. import output

if TYPE_CHECKING:
    from types import TracebackType

_INTERVAL = 0.1  # seconds between redraws: at most ten a second
_BAR = 20  # characters of the bar itself


class ProgressBar:
    r"""A one-line progress bar on a terminal: done/total, rate, and the current item's name.

    It redraws in place (``\r``) at most ten times a second and always for the
    last item, fits the line to the terminal's width (shortening the name from
    its left, where a path is least telling), and ends with a newline on
    :meth:`close` if it drew anything. On a stream that is not a terminal it
    draws nothing.
    """

    def __init__(
        self,
        label: str,
        stream: TextIO | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.label = label
        self.stream = sys.stderr if stream is None else stream
        self.clock = clock
        self.enabled = _is_terminal(self.stream)
        self.started = clock()
        self.last_drawn: float | None = None
        self.width = 0  # of the line on screen, to blank what a shorter line leaves

    def __call__(self, done: int, total: int, name: str) -> None:
        """Report ``done`` of ``total``, the last being ``name``; redraw when it is time."""
        if not self.enabled:
            return
        now = self.clock()
        if done < total and self.last_drawn is not None and now - self.last_drawn < _INTERVAL:
            return
        self.last_drawn = now
        self._draw(self.line(done, total, name, now - self.started, _columns(self.stream)))

    def line(self, done: int, total: int, name: str, elapsed: float, columns: int) -> str:
        """The text of the bar, at most ``columns - 1`` characters (the last column is left free)."""
        filled = _BAR * done // total if total else _BAR
        rate = f"{done / elapsed:,.1f}/s" if elapsed > 0 else ""
        head = f"{self.label} [{'#' * filled}{'.' * (_BAR - filled)}] {done:,}/{total:,}"
        if rate:
            head += f"  {rate}"
        name = output.visible(name)  # a file's name may hold what a terminal acts on
        room = columns - 1 - len(head) - 2
        if room <= 0:
            return head[: max(0, columns - 1)]
        if len(name) > room:
            name = "…" + name[len(name) - room + 1 :]
        return f"{head}  {name}" if name else head

    def _draw(self, text: str) -> None:
        padding = " " * max(0, self.width - len(text))
        self.stream.write(f"\r{text}{padding}")
        self.stream.flush()
        self.width = len(text)

    def close(self) -> None:
        """End the line, if a bar was drawn, so that what follows starts on a new one."""
        if self.enabled and self.last_drawn is not None:
            self.stream.write("\n")
            self.stream.flush()
        self.last_drawn = None

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # no isatty, or a closed stream
        return False


def _columns(stream: TextIO) -> int:
    """The stream's terminal width; else ``$COLUMNS`` or 80 (a new pseudo-terminal says 0)."""
    import os
    import shutil

    try:
        columns = os.get_terminal_size(stream.fileno()).columns
    except (AttributeError, ValueError, OSError):
        columns = 0
    return columns if columns > 0 else shutil.get_terminal_size().columns
