"""Garbage collection paused while many long-lived objects are made."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def collection_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while many long-lived objects are made.

    Reading a directory builds hundreds of thousands of objects that all stay
    alive; each automatic collection would scan them all again, so reading
    would slow down as the corpus grows. The collector's state is restored after.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
