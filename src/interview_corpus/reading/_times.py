r"""Time codes: when each turn and paragraph is spoken, read from the text's own timestamps.

A transcript says when things were said in four ways, all read here as
seconds from the start of the recording (hours optional, fractions kept):

* caption cues (WebVTT, SRT): each cue's timing line gives the start and end
  of the words below it, so a turn or a paragraph runs from its first cue's
  start to its last cue's end;
* a timestamp in a speaker's label (``Name (00:12):``, ``[00:12:34] Name:``,
  ``Name (00:12:34) - words``, ``Name  0:12`` above the words), which is part of
  the turn's marker;
* a timestamp alone on its line (``00:12:34``, or an elapsed time in units,
  ``2m 10s``, ``1h 56m 50s``), set aside as a segment, which dates the
  paragraph or turn below it;
* a mark in brackets in the words (``[01:02:03]``, ``(12:34)``), set aside: at
  the start of a turn it joins the turn's marker, at the start of a later
  paragraph it is left out of the paragraph, and anywhere else it is clutter,
  left out of the normalised view. It dates the paragraph it opens. Its
  brackets may be escaped as Markdown escapes them (``\[01:02:03\]``, as a
  web page taken out as Markdown writes a mark): it is the same mark.

Where the file gives no end, a turn (or paragraph) ends when the next one
starts. Nothing here imports :mod:`datetime`: the model gets ``timedelta``
values from ``as_timedelta``, which imports it only for a text with times.
"""

from __future__ import annotations

import bisect

from .._util.lazy import lazy_pattern
from .._util.timecode import STAMP, as_timedelta, seconds

__all__ = ["MARK", "STAMP_LINE", "UNIT_STAMP_LINE", "Clock", "as_timedelta", "has_mark", "seconds"]

MARK = lazy_pattern(rf"\\?\[[ \t]*{STAMP}[ \t]*\\?\]|\({STAMP}\)")
"""A timestamp in brackets inside the words."""

STAMP_LINE = lazy_pattern(rf"[\[(]?[ \t]*{STAMP}[ \t]*[\])]?")
"""A line that holds only a timestamp (``fullmatch`` it)."""

UNIT_STAMP_LINE = lazy_pattern(r"(?:\d{1,2}h[ \t]*)?\d{1,2}m[ \t]*\d{1,2}s")
"""A line that holds only an elapsed time in units (``2m 10s``, ``1h 56m 50s``; ``fullmatch`` it)."""


def has_mark(text: str) -> bool:
    """Whether a timestamp mark in brackets stands anywhere in ``text``.

    Brackets are rare in most transcripts: trying the mark only where one
    opens costs far less than searching the whole text for it.
    """
    for opener in "[(":
        position = text.find(opener)
        while position >= 0:
            if MARK.match(text, position):
                return True
            position = text.find(opener, position + 1)
    return False


class Clock:
    """The times a text gives, by offset: caption cues and timestamps alone on their lines."""

    def __init__(self) -> None:
        self.cue_offsets: list[int] = []  # where each cue's timing line starts, in order
        self.cues: list[tuple[float, float]] = []  # each cue's start and end
        self.stamp_offsets: list[int] = []  # where each timestamp alone on its line starts
        self.stamps: list[float] = []

    def __bool__(self) -> bool:
        return bool(self.cues or self.stamps)

    def add_cue(self, offset: int, timing: str) -> None:
        start, _, end = timing.partition("-->")
        self.cue_offsets.append(offset)
        self.cues.append((seconds(start), seconds(end)))

    def add_stamp(self, offset: int, stamp: str) -> None:
        self.stamp_offsets.append(offset)
        self.stamps.append(seconds(stamp))

    def start(self, after: int, at: int) -> float | None:
        """When the words at offset ``at`` start: a timestamp line between ``after`` and ``at``, else the cue they are in."""
        index = bisect.bisect_left(self.stamp_offsets, at) - 1
        if index >= 0 and self.stamp_offsets[index] >= after:
            return self.stamps[index]
        index = bisect.bisect_left(self.cue_offsets, at) - 1
        return self.cues[index][0] if index >= 0 else None

    def end(self, at: int) -> float | None:
        """When the words that end at offset ``at`` end: the end of the cue they are in."""
        index = bisect.bisect_left(self.cue_offsets, at) - 1
        return self.cues[index][1] if index >= 0 else None
