"""Timestamps as people write them, and back: ``"1:02:03.5"`` ⇄ seconds.

:mod:`datetime` is imported only when a ``timedelta`` is made
(:func:`as_timedelta`): a text without times never needs it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lazy import lazy_pattern

if TYPE_CHECKING:
    import datetime

STAMP = r"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?"
"""A timestamp: ``12:34``, ``1:02:03``, ``00:12:34.500``, ``00:12:34,500``."""

_STAMP = lazy_pattern(rf"[\[(]?[ \t]*(?P<stamp>{STAMP})[ \t]*[\])]?")
_DIGITS = lazy_pattern(r"\d+(?:[.,]\d+)?")


def seconds(stamp: str) -> float:
    """The seconds a timestamp stands for: ``"1:02:03,5"`` is 3723.5.

    Example:
        >>> from interview_corpus._util.timecode import seconds
        >>> seconds("00:12"), seconds("1:02:03,5"), seconds("[00:00:19]")
        (12.0, 3723.5, 19.0)
    """
    total = 0.0
    for part in _DIGITS.findall(stamp):
        total = total * 60 + float(part.replace(",", "."))
    return total


def as_timedelta(value: float | None) -> datetime.timedelta | None:
    """``value`` seconds as a ``timedelta`` (``None`` stays ``None``)."""
    if value is None:
        return None
    import datetime  # only for times: importing it costs more than reading most texts

    return datetime.timedelta(seconds=value)


def seconds_of(time: datetime.timedelta | None) -> float | None:
    """A time as data rows hold it: seconds from the start of the recording (``None`` stays ``None``).

    Example:
        >>> import datetime
        >>> from interview_corpus._util.timecode import seconds_of
        >>> seconds_of(datetime.timedelta(seconds=9.5)), seconds_of(None)
        (9.5, None)
    """
    return None if time is None else time.total_seconds()


def is_stamp(text: str) -> bool:
    """Whether ``text`` is one timestamp (in brackets or not)."""
    return _STAMP.fullmatch(text.strip()) is not None


def timecode(time: datetime.timedelta) -> str:
    """A time as a timestamp: ``H:MM:SS``, with the fraction where there is one.

    Example:
        >>> import datetime
        >>> from interview_corpus._util.timecode import timecode
        >>> timecode(datetime.timedelta(seconds=3723.5)), timecode(datetime.timedelta(seconds=12))
        ('1:02:03.500', '0:00:12')
    """
    total = time.total_seconds()
    whole = int(total)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    fraction = round((total - whole) * 1000)
    shown = f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{shown}.{fraction:03d}" if fraction else shown


def seconds_text(time: datetime.timedelta) -> str:
    """A time as a number of seconds, without trailing zeros (to the millisecond).

    Example:
        >>> import datetime
        >>> from interview_corpus._util.timecode import seconds_text
        >>> seconds_text(datetime.timedelta(seconds=3723.5)), seconds_text(datetime.timedelta(seconds=70))
        ('3723.5', '70')
    """
    return f"{time.total_seconds():.3f}".rstrip("0").rstrip(".")
