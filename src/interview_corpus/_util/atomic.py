"""Atomic writes: a file or a directory appears complete, or the previous one stays.

Everything is first written to a temporary file (or folder) beside the target,
in the same directory so that the final rename stays on one file system, and
renamed into place only when the content is complete. On any error, and on
``KeyboardInterrupt``, the temporary file is removed and the target is left as
it was.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from ..errors import WriteError


def _mode_for(path: Path, *, default: int = 0o666) -> int:
    """The permission bits ``path`` has, or those a plain ``open``/``mkdir`` would give it."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)  # reading the umask means setting it; put it back at once
        os.umask(umask)
        return default & ~umask


@contextlib.contextmanager
def atomic_file(target: str | os.PathLike[str], *, binary: bool = False) -> Iterator[IO[Any]]:
    """Open a temporary file beside ``target``; on success, rename it onto ``target``.

    Raises:
        WriteError: The temporary file cannot be made or renamed (no space,
            no permission, the target is a directory).

    Example:
        >>> import pathlib, tempfile
        >>> from interview_corpus._util.atomic import atomic_file
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "out.txt"
        >>> with atomic_file(path) as file:
        ...     _ = file.write("done")
        >>> path.read_text()
        'done'
    """
    import tempfile

    path = Path(target)
    try:
        is_folder = path.is_dir()
    except OSError as error:  # a name too long, a permission on the way
        raise WriteError(str(path), error.strerror or str(error)) from None
    if is_folder:
        raise WriteError(str(path), "is a directory: give a file name")
    try:
        descriptor, temporary = tempfile.mkstemp(
            dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"
        )
    except OSError as error:
        raise WriteError(str(path), error.strerror or str(error)) from None
    try:
        file: IO[Any] = (
            open(descriptor, "wb")  # noqa: PTH123, SIM115  # a descriptor, closed below
            if binary
            else open(descriptor, "w", encoding="utf-8", newline="")  # noqa: PTH123, SIM115
        )
        with file:
            yield file
        os.chmod(temporary, _mode_for(path))  # noqa: PTH101  # a str path from mkstemp
        Path(temporary).replace(path)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)  # noqa: PTH108  # a str path from mkstemp
        if isinstance(error, OSError) and not isinstance(error, WriteError):
            raise WriteError(str(path), error.strerror or str(error)) from None
        raise


@contextlib.contextmanager
def atomic_directory(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield an empty temporary folder beside ``target``; on success, move its files into ``target``.

    A new ``target`` appears by one rename, complete. An existing folder keeps
    the files the export does not write; each file it does write is replaced
    by one rename, after all of them were written, so an error or an
    interruption while writing leaves the folder as it was.

    Raises:
        WriteError: ``target`` is a file, or the folder cannot be written.

    Example:
        >>> import pathlib, tempfile
        >>> from interview_corpus._util.atomic import atomic_directory
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "out"
        >>> with atomic_directory(path) as folder:
        ...     _ = (folder / "a.json").write_text("{}")
        >>> sorted(item.name for item in path.iterdir())
        ['a.json']
    """
    import shutil
    import tempfile

    path = Path(target)
    if path.exists() and not path.is_dir():
        raise WriteError(str(path), "is a file, and this format writes a folder: give another path")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = Path(tempfile.mkdtemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"))
    except OSError as error:
        raise WriteError(str(path), error.strerror or str(error)) from None
    try:
        yield temporary
        temporary.chmod(_mode_for(path, default=0o777))
        try:
            temporary.rename(path)  # a new folder: one rename
        except OSError:
            if not path.is_dir():
                raise
            for item in temporary.iterdir():
                item.replace(path / item.name)
    except BaseException as error:
        shutil.rmtree(temporary, ignore_errors=True)
        if isinstance(error, OSError) and not isinstance(error, WriteError):
            raise WriteError(str(path), error.strerror or str(error)) from None
        raise
    shutil.rmtree(temporary, ignore_errors=True)
