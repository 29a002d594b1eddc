"""Which sentence of a paragraph holds an offset, in logarithmic time.

``grep``, ``concordance`` and ``mentions`` ask this for every match; scanning
the paragraph's sentences each time made them quadratic in the sentences of a
long paragraph.
"""

from __future__ import annotations

import bisect

from ._objects import Paragraph


class SentenceFinder:
    """Find the sentence of one paragraph that holds an offset (``None`` between two).

    Example:
        >>> import interview_corpus as ic
        >>> from interview_corpus.model._locate import SentenceFinder
        >>> paragraph = ic.load().lookup("a1.p1")
        >>> find = SentenceFinder(paragraph)
        >>> find(paragraph.sentences[1].span.start)
        'a1.p1.s2'
    """

    __slots__ = ("_sentences", "_starts")

    def __init__(self, paragraph: Paragraph) -> None:
        self._sentences = paragraph.sentences
        self._starts = [sentence.span.start for sentence in paragraph.sentences]

    def __call__(self, offset: int) -> str | None:
        position = bisect.bisect_right(self._starts, offset) - 1
        if position < 0:
            return None
        sentence = self._sentences[position]
        return sentence.id if offset < sentence.span.end else None
