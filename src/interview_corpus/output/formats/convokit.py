"""``convokit``: a directory in ConvoKit's on-disk corpus format.

* ``utterances.jsonl``: one utterance per turn, in order, with ``id``
  (``<interview id>.<turn id>``), ``conversation_id``, ``speaker`` (the speaker's
  id, ``<interview id>:<name>``: unique across interviews, as each transcript's
  "Interviewer" is a different person; the name is in the speaker's ``meta``), ``reply-to`` (the previous turn, ``null`` for the first), ``timestamp``
  (when the turn starts, in seconds from the start of the recording, where the
  transcript has time codes; else ``null``), ``text``, ``meta`` (our ids, kind,
  topic, span and ``end_time``) and ``vectors``;
* ``speakers.json`` and ``conversations.json``: ``{id: {"meta": {...}, "vectors": []}}``,
  one conversation per interview, whose id is that of its first utterance (as
  ConvoKit expects), with the interview's metadata;
* ``corpus.json``: the corpus' metadata;
* ``index.json``: the metadata fields of each component and their type strings
  (``"<class 'str'>"``), as ConvoKit writes them.

Load it with ``convokit.Corpus(filename=directory)``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from interview_corpus._util.progress import Progress, each
from interview_corpus._util.timecode import seconds_of
from interview_corpus._version import __version__
from interview_corpus.corpus import Corpus
from interview_corpus.query._records import metadata

if TYPE_CHECKING:
    from interview_corpus.interview import Interview

KIND = "directory"
OPTIONS = ()


def _speaker_id(interview: Interview, name: str) -> str:
    """A speaker's id: unique across interviews, as each transcript's "Interviewer" is its own person."""
    return f"{interview.id}:{name}"


def write(obj: Interview | Corpus, target: Path, *, progress: Progress | None = None) -> None:
    """Write the five files into ``target`` (created if needed)."""
    interviews = list(obj) if isinstance(obj, Corpus) else [obj]
    target.mkdir(parents=True, exist_ok=True)
    utterances: list[dict[str, Any]] = []
    speakers: dict[str, dict[str, Any]] = {}
    conversations: dict[str, dict[str, Any]] = {}
    for interview in each(interviews, progress):
        turns = interview.turns()
        if not turns:
            continue
        conversation_id = f"{interview.id}.{turns[0].id}"
        conversations[conversation_id] = {"meta": metadata(interview), "vectors": []}
        topics = {
            exchange.id: exchange.topic.slug for exchange in interview.exchanges if exchange.topic
        }
        previous: str | None = None
        for turn in turns:
            utterance_id = f"{interview.id}.{turn.id}"
            utterances.append(
                {
                    "id": utterance_id,
                    "conversation_id": conversation_id,
                    "text": turn.text,
                    "speaker": _speaker_id(interview, turn.speaker.name),
                    "meta": {
                        "interview_id": interview.id,
                        "turn_id": turn.id,
                        "kind": turn.kind,
                        "exchange_id": turn.exchange_id,
                        "topic": topics.get(turn.exchange_id or ""),
                        "start": turn.span.start,
                        "end": turn.span.end,
                        "end_time": seconds_of(turn.end),
                        "paragraph_ids": [paragraph.id for paragraph in turn.paragraphs],
                    },
                    "reply-to": previous,
                    "timestamp": seconds_of(turn.start),
                    "vectors": [],
                }
            )
            previous = utterance_id
            speakers.setdefault(
                _speaker_id(interview, turn.speaker.name),
                {
                    "meta": {
                        "name": turn.speaker.name,
                        "interview_id": interview.id,
                        "role": turn.speaker.role,
                        "aliases": list(turn.speaker.aliases),
                        "description": turn.speaker.description,
                    },
                    "vectors": [],
                },
            )
    overall = {
        "name": interviews[0].id if len(interviews) == 1 else "interview-corpus export",
        "exported_by": f"interview-corpus {__version__}",
        "interviews": [interview.id for interview in interviews],
    }
    index = {
        "utterances-index": _types(utterance["meta"] for utterance in utterances),
        "speakers-index": _types(speaker["meta"] for speaker in speakers.values()),
        "conversations-index": _types(
            conversation["meta"] for conversation in conversations.values()
        ),
        "overall-index": _types([overall]),
        "version": 1,
        "vectors": [],
    }
    with (target / "utterances.jsonl").open("w", encoding="utf-8") as file:
        for utterance in utterances:
            file.write(json.dumps(utterance, ensure_ascii=False))
            file.write("\n")
    for name, content in (
        ("speakers.json", speakers),
        ("conversations.json", conversations),
        ("corpus.json", overall),
        ("index.json", index),
    ):
        (target / name).write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")


def _types(metas: Iterable[dict[str, Any]]) -> dict[str, list[str]]:
    """ConvoKit's index: each metadata field with the type strings of its values."""
    index: dict[str, list[str]] = {}
    for meta in metas:
        for key, value in meta.items():
            kinds = index.setdefault(key, [])
            kind = str(type(value))
            if kind not in kinds:
                kinds.append(kind)
    return index
