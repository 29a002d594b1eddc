"""Reading a file that may be anything: a regular file only, never waited on, never read without bound.

A name in a folder can be a FIFO (opening it waits for a writer), a device
(``/dev/zero`` never ends), a link to either, or a file far larger than any
transcript. :func:`read_regular` refuses each at once, with the library's
:class:`~interview_corpus.ReadError`, before anything is read.
"""

from __future__ import annotations

import os
import stat

from ..errors import ReadError


def read_regular(
    name: str, *, what: str, limit: int, advice: str, directory: str | None = None
) -> bytes:
    """The bytes of the regular file ``name``, which may hold at most ``limit`` bytes.

    Args:
        name: The path (a ``str``; bytes that are not UTF-8 as lone surrogates).
        what: What the file is, for the messages: ``"transcript"``, ``"sidecar"``, ``"lexicon"``.
        limit: The most bytes it may hold: a larger file is refused before it is read.
        advice: What to do with a larger file, for the message.
        directory: What to do when ``name`` is a directory, for the message.

    Raises:
        ReadError: It cannot be opened, is a directory, is not a regular file
            (a FIFO, socket or device), or holds more than ``limit`` bytes.

    Example:
        >>> from interview_corpus._util.files import read_regular
        >>> try:
        ...     read_regular("/dev/zero", what="transcript", limit=2**20, advice="")
        ... except OSError as error:
        ...     print(error.reason)
        not a regular file (a FIFO, socket or device): save the transcript to a file
    """
    if "\0" in name:
        raise ReadError(name.replace("\0", "\\0"), "a path cannot hold a NUL character")
    try:
        # O_NONBLOCK: opening a FIFO waits for a writer otherwise; fstat then tells what it is.
        descriptor = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as error:
        raise ReadError(name, error.strerror or str(error)) from None
    try:
        refused = _refused(os.fstat(descriptor), what, limit, advice, directory)
        if refused is None:
            with open(descriptor, "rb", closefd=False) as file:  # a descriptor
                raw = file.read(limit + 1)  # a file that grows after fstat is bounded too
    except OSError as error:
        raise ReadError(name, error.strerror or str(error)) from None
    finally:
        os.close(descriptor)
    if refused is None and len(raw) > limit:
        refused = _too_large(what, limit, advice)
    if refused is not None:
        raise ReadError(name, refused)
    return raw


def _refused(
    status: os.stat_result, what: str, limit: int, advice: str, directory: str | None
) -> str | None:
    """Why a file of this status is not read, or ``None`` to read it."""
    if stat.S_ISDIR(status.st_mode):
        return directory or f"is a directory, not a {what} file"
    if not stat.S_ISREG(status.st_mode):
        return f"not a regular file (a FIFO, socket or device): save the {what} to a file"
    if status.st_size > limit:
        return _too_large(what, limit, advice)
    return None


def _too_large(what: str, limit: int, advice: str) -> str:
    return f"larger than {limit // 2**20} MiB, the most a {what} may hold: {advice}"
