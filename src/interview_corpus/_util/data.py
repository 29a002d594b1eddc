"""The package's data folder, read without importing ``importlib.resources`` or ``hashlib``."""

from __future__ import annotations

import os
import sys

from ..errors import ReadError


def read_data(name: str) -> bytes | None:
    """Return the bytes of a file in the package's ``data`` folder, or ``None`` if it is absent.

    This asks the package's loader directly (the PEP 302 ``get_data`` that
    ``importlib.resources`` wraps): importing ``importlib.resources`` costs
    more than the whole parse. Loaders without ``get_data`` fall back to it.
    """
    get_data = getattr(__spec__.loader, "get_data", None)
    if get_data is not None and __spec__.origin is not None:
        # os.path, not pathlib: pathlib is one of the imports this function avoids.
        package = os.path.dirname(os.path.dirname(__spec__.origin))  # noqa: PTH120
        path = os.path.join(package, "data", name)  # noqa: PTH118
        try:
            data: bytes = get_data(path)
        except (FileNotFoundError, NotADirectoryError):
            return None
        except OSError as error:  # there, but unreadable: not the same as missing
            raise ReadError(path, error.strerror or str(error)) from None
        return data
    from importlib import resources

    resource = resources.files("interview_corpus").joinpath("data", name)
    return resource.read_bytes() if resource.is_file() else None


def sha256_hex(data: bytes) -> str:
    """The SHA-256 of ``data`` in hex, from CPython's built-in module when it has one.

    ``hashlib`` loads OpenSSL, which costs several times what parsing the
    interview does; the built-in module gives the same digest.
    """
    try:  # by this Python's name for it: a failed import is 0.5M instructions (callgrind)
        if sys.version_info >= (3, 12):
            from _sha2 import sha256
        else:
            from _sha256 import sha256  # type: ignore[import-not-found]  # CPython 3.11
    except ImportError:
        from hashlib import sha256
    return sha256(data).hexdigest()  # type: ignore[no-any-return]
