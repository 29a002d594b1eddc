"""Atomic writes: a file or a directory appears complete, or the previous one stays.

Everything is first written to a temporary file (or folder) beside the target,
in the same directory so that the final rename stays on one file system, synced
to the disk, and renamed into place only when the content is complete (the
folder is synced after the rename, so that the new name lasts a power cut). On any error, and on
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


def sync_file(path: str | os.PathLike[str]) -> None:
    """Write a file's data to the disk (``fsync``) before it is renamed into place.

    Renaming first could leave, after a power cut, the new name on an empty or
    partly written file.
    """
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def sync_folder(path: str | os.PathLike[str]) -> None:
    """Write a folder's entries to the disk (``fsync``), so that a rename in it lasts a power cut.

    Where folders cannot be opened (Windows), there is nothing to do.
    """
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):  # some file systems refuse fsync on a folder
            os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _sync_tree(folder: Path) -> None:
    """Sync every file and folder under ``folder``, and ``folder`` itself."""
    for item in folder.rglob("*"):
        if item.is_file():
            sync_file(item)
        elif item.is_dir():
            sync_folder(item)
    sync_folder(folder)


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
            file.flush()
            os.fsync(file.fileno())  # the data on the disk before the name points to it
        os.chmod(temporary, _mode_for(path))  # noqa: PTH101  # a str path from mkstemp
        Path(temporary).replace(path)
        sync_folder(path.parent)
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
        _sync_tree(temporary)  # the data on the disk before any name points to it
        temporary.chmod(_mode_for(path, default=0o777))
        try:
            temporary.rename(path)  # a new folder: one rename
        except OSError:
            if not path.is_dir():
                raise
            for item in temporary.iterdir():
                item.replace(path / item.name)
            sync_folder(path)
        sync_folder(path.parent)
    except BaseException as error:
        shutil.rmtree(temporary, ignore_errors=True)
        if isinstance(error, OSError) and not isinstance(error, WriteError):
            raise WriteError(str(path), error.strerror or str(error)) from None
        raise
    shutil.rmtree(temporary, ignore_errors=True)
