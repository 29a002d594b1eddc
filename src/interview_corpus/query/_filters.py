"""What the ``speaker``, ``topic`` and ``kind`` filters of an interview's search or mention list mean.

A module of its own, loaded when a filter is first resolved (through the query
wing): loading an interview or opening a corpus file does not create its class.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from ..errors import ArgumentValueError, InvalidArgumentTypeError
from ..model._objects import ENTITY_KINDS, EntityKind, Speaker, SpeakerKey, Topic, TopicKey

if TYPE_CHECKING:
    from ..model._document import Document


@attrs.frozen
class Filters:
    """What the ``speaker``, ``topic`` and ``kind`` filters mean in one interview.

    Made by :func:`resolve_filters` for an interview's queries (a corpus
    resolves them across its interviews, by name and slug).
    """

    speakers: tuple[Speaker, ...] | None
    topic: Topic | None
    kind: EntityKind | None

    @property
    def speaker_names(self) -> list[str] | None:
        """The speakers' names, or ``None`` for no speaker filter."""
        return None if self.speakers is None else [speaker.name for speaker in self.speakers]

    @property
    def topic_slugs(self) -> list[str] | None:
        """The topic's slug as a list, or ``None`` for no topic filter."""
        return None if self.topic is None else [self.topic.slug]


def resolve_filters(
    interview: Document,
    *,
    speaker: SpeakerKey = None,
    topic: TopicKey = None,
    kind: str | None = None,
) -> Filters:
    """Resolve the filters of a search, a mention list or a turn list in ``interview``.

    ``speaker`` is a :class:`Speaker`, a role, or a name or alias; ``topic`` a
    :class:`Topic`, a slug or a title; ``kind`` an entity kind.

    Raises:
        NotFoundError: The speaker or topic is not in this interview.
        InvalidArgumentTypeError: A filter of the wrong type.
        ArgumentValueError: ``kind`` is not an entity kind.
    """
    check_entity_kind(kind)
    if topic is not None and not isinstance(topic, Topic | str):
        msg = f"topic filters are a Topic, a slug or a title, not {type(topic).__name__}"
        raise InvalidArgumentTypeError(msg)
    speakers = interview._speakers(speaker)  # noqa: SLF001  # the model's own resolver
    # A Topic is looked up like its slug: one the interview does not have is not found, as in a corpus.
    found = (
        interview.topic(topic.slug if isinstance(topic, Topic) else topic)
        if topic is not None
        else None
    )
    return Filters(speakers, found, kind)  # type: ignore[arg-type]  # checked above


def check_entity_kind(kind: object) -> None:
    """Raise unless ``kind`` is ``None`` or an entity kind."""
    if kind is not None and kind not in ENTITY_KINDS:
        msg = f"kind={kind!r} is not an entity kind; use one of {', '.join(ENTITY_KINDS)}"
        raise ArgumentValueError(msg)
