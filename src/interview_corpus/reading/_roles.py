"""Who asks, who answers and who moderates: each speaker's role, and each turn's side.

Two words, one for each thing they describe:

* a speaker's **role** is the model's :data:`~interview_corpus.Role`:
  ``"interviewer"`` (asks), ``"interviewee"`` (answers) or ``"moderator"``
  (chairs), as :attr:`Speaker.role <interview_corpus.Speaker.role>` says it;
* a turn's **side** (:data:`Side`) is what the turn is: ``"question"``,
  ``"answer"``, ``"statement"`` (an interviewee's turn outside the exchanges)
  or ``"remark"``. A dash layout gives sides with no speakers to give roles
  to (its turns alternate), so the side is not the role of a speaker.

Keywords (``Q``, ``Question``, ``Answer``, ``Moderator``, ...) and the speakers the
caller names always win. Every other speaker's role is inferred from how the
conversation moves, never from a list of names:

* the **principal interviewee** is the speaker who holds the floor longest
  (most words);
* an **interviewer** is a speaker whose turns are mostly followed by an
  interviewee's, who is not mostly replying to interviewers, and whose turns
  ask (a question mark in at least a quarter of them, or long turns);
* an **interviewee** is a speaker who mostly speaks after interviewers or
  interviewees at length; a **moderator** speaks briefly, mostly just before an
  interviewer (giving the floor).

The one mapping from role to side (:func:`assign_sides`): an interviewer's turn
is a question (greetings before the first question, when an interviewee opens,
are remarks); an interviewee's turn after a question is an answer, before any
question it is an opening statement, and a very short turn that hands the floor
to an interviewer is a statement too; a moderator's turn is a remark, unless it
asks something that an interviewee then answers (a question).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Sequence
from typing import Literal

from .._util.lazy import lazy_pattern
from ..model._objects import Role
from ..model._span import Span
from ._layout import ANSWER_LABELS, MODERATOR_LABELS, QUESTION_LABELS, label_key

Side = Literal["question", "answer", "statement", "remark"]
"""What a turn is (see the module's docstring); a speaker's part is its :data:`Role`."""

# Floor noises and interjections: always remarks, never questions or answers.
FLOOR_LABELS = frozenset(
    label_key(word)
    for word in (
        "Remark", "Remarks", "Voice", "Voices", "Audience", "Applause", "Laughter", "Crosstalk",
        "Unidentified", "Unidentified speaker", "Off-mic", "Comment", "Aide", "Staff",
        "Interpreter", "Translator", "Operator", "Announcer", "Narrator",
    )
)  # fmt: skip

_FLOOR_CUES = (
    "go ahead", "please", "next question", "last question", "final question", "one more",
    "the floor", "over to you", "in the back", "your turn", "you're next", "who's next",
)  # fmt: skip
_CHAIR_CUES = (
    *_FLOOR_CUES, "question", "microphone", "next", "turn to", "let's", "let us", "over to",
    "conclude", "thank you", "the gentleman", "the lady",
)  # fmt: skip
_GREETINGS = (
    "good morning", "good afternoon", "good evening", "good day", "hello", "hi,", "hi.", "hey",
    "thank", "welcome", "greetings", "my lady", "my lord", "your honour", "your honor",
)  # fmt: skip
_GREETING = lazy_pattern("|".join(re.escape(word) for word in _GREETINGS))
_CHAIR_CUE = lazy_pattern("|".join(re.escape(cue) for cue in _CHAIR_CUES))
# One-word replies are answers, not names of the next person to speak.
_REPLIES = frozenset(
    (
        "yes", "no", "yeah", "yep", "nope", "sure", "right", "okay", "ok", "absolutely", "correct",
        "exactly", "indeed", "true", "false", "never", "always", "maybe", "perhaps", "thanks",
        "good", "great", "fine", "well", "certainly", "definitely",
    )
)  # fmt: skip
_CUE_REACH = 300  # characters: what a chair or a greeting says comes first
_FLOOR_WORDS = 5  # a turn this short that hands over to an interviewer gives the floor
_LONG_TURN = 20  # words: a turn this long asks even without a question mark
_ANSWER_LENGTH = 25  # median words above which a non-interviewer is an interviewee, not a moderator

Block = tuple[int, int]


class RawTurn:
    """A turn as found in the layout, before it is built into model objects."""

    __slots__ = ("asks", "blocks", "key", "keyword", "label", "marker", "side", "words")

    def __init__(
        self,
        side: Side,
        marker: Span,
        blocks: list[Block],
        label: str | None,
        *,
        keyword: bool,
        key: str | None = None,
    ) -> None:
        self.side: Side = side
        self.marker = marker
        self.blocks = blocks
        self.label = label
        self.keyword = keyword
        self.key = key
        self.words = 0
        self.asks = False

    def measure(self, text: str) -> None:
        """Count the turn's words and whether it asks (holds a question mark)."""
        pieces = [text[start:end] for start, end in self.blocks]
        self.words = sum(len(piece.split()) for piece in pieces)
        self.asks = any("?" in piece for piece in pieces)


def median(values: Sequence[int]) -> float:
    """The median (the statistics module costs more to import than this whole module)."""
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def role_of_keyword(label: str) -> Role | None:
    folded = label_key(label)
    if folded in QUESTION_LABELS:
        return "interviewer"
    if folded in ANSWER_LABELS:
        return "interviewee"
    if folded in MODERATOR_LABELS:
        return "moderator"
    return None


def infer_roles(  # noqa: C901, PLR0912 - the reading's rules, one branch each, in the order they apply
    text: str,
    turns: Sequence[RawTurn],
    *,
    interviewers: Collection[str],
    interviewees: Collection[str],
    moderators: Collection[str],
    described: dict[str, Role],
) -> dict[str, Role]:
    """Give every speaker key a role (see the module's docstring)."""
    given: tuple[tuple[Role, Collection[str]], ...] = (
        ("interviewer", interviewers),
        ("interviewee", interviewees),
        ("moderator", moderators),
    )
    roles: dict[str, Role] = {key: role for role, keys in given for key in keys}
    for turn in turns:
        if turn.key is None or turn.key in roles:
            continue
        fixed = role_of_keyword(turn.label or "") or described.get(turn.key)
        if fixed is not None:
            roles[turn.key] = fixed
    # The floor held in words, less the share of turns that ask: counsel who reads long
    # documents out in questions does not outweigh the witness who answers them.
    stats = _Stats(text, turns)
    floor = {
        key: sum(lengths) * (1 - stats.asking[key] / len(lengths))
        for key, lengths in stats.lengths.items()
    }
    unknown = [key for key in stats.lengths if key not in roles]
    if not unknown:
        return roles
    if not any(key in roles for key in interviewees):
        # The principal interviewee holds the floor longest; an answer keyword ("A", "Witness")
        # yields to a named speaker who speaks more.
        keyword_interviewees = [key for key, s in roles.items() if s == "interviewee"]
        principal = max([*unknown, *keyword_interviewees], key=lambda key: floor[key])
        if principal in unknown:
            roles[principal] = "interviewee"
            unknown.remove(principal)
    for _ in range(3):
        changed = False
        for key in unknown:
            if key in roles:
                continue
            if _is_interviewer(stats, key, roles):
                roles[key] = "interviewer"
                changed = True
        if not changed:
            break
    for key in unknown:
        if key in roles:
            continue
        lengths = stats.lengths[key]
        hands_over = stats.share_followed_by(key, roles, "interviewer")
        replies = stats.share_after(key, roles, "interviewer")
        if (
            median(lengths) <= _ANSWER_LENGTH
            and replies < 0.4  # noqa: PLR2004 - one who mostly replies to interviewers answers
            and hands_over >= 0.4  # noqa: PLR2004
            and stats.cue_share(key) >= 0.3  # noqa: PLR2004 - chairs call and thank
        ):
            roles[key] = "moderator"
        else:
            roles[key] = "interviewee"
    return roles


class _Stats:
    def __init__(self, text: str, turns: Sequence[RawTurn]) -> None:
        self._text = text
        self._turns: dict[str, list[RawTurn]] = defaultdict(list)
        self._cues: dict[str, float] = {}
        self.lengths: dict[str, list[int]] = defaultdict(list)
        self.asking: Counter[str] = Counter()
        self.next: dict[str, list[str | None]] = defaultdict(list)
        self.previous: dict[str, list[RawTurn | None]] = defaultdict(list)
        keyed = [turn for turn in turns if turn.key is not None]
        # Whom a turn replies to: the turn before it, past a chair's interjection.
        speaking: RawTurn | None = None
        for position, turn in enumerate(keyed):
            key = turn.key
            assert key is not None  # filtered above
            self.lengths[key].append(turn.words)
            self._turns[key].append(turn)
            self.asking[key] += turn.asks
            following = keyed[position + 1].key if position + 1 < len(keyed) else None
            self.next[key].append(following)
            self.previous[key].append(speaking)
            if role_of_keyword(turn.label or "") != "moderator":
                speaking = turn

    def cue_share(self, key: str) -> float:
        """The share of a speaker's turns that do what a chair does (found when first asked)."""
        if key not in self._cues:
            turns = self._turns[key]
            self._cues[key] = sum(chairs(self._text, turn) for turn in turns) / len(turns)
        return self._cues[key]

    def share_followed_by(self, key: str, roles: dict[str, Role], wanted: Role) -> float:
        following = self.next[key]
        hits = sum(1 for other in following if other is not None and roles.get(other) == wanted)
        return hits / len(following)

    def share_after(self, key: str, roles: dict[str, Role], wanted: Role) -> float:
        previous = self.previous[key]
        hits = sum(
            1 for turn in previous if turn is not None and roles.get(turn.key or "") == wanted
        )
        return hits / len(previous)


def _is_interviewer(stats: _Stats, key: str, roles: dict[str, Role]) -> bool:
    count = len(stats.lengths[key])
    to_interviewee = stats.share_followed_by(key, roles, "interviewee")
    asks = stats.asking[key] / count
    long_turns = median(stats.lengths[key]) >= _LONG_TURN
    if stats.share_after(key, roles, "interviewer") >= 0.5:  # noqa: PLR2004 - one who mostly replies to interviewers is no interviewer
        return False
    # Addressing the interviewees: asking often, at length, or nearly always drawing their reply.
    return to_interviewee >= 0.75 or (to_interviewee >= 0.5 and (asks >= 0.25 or long_turns))  # noqa: PLR2004


def greets(text: str, turn: RawTurn) -> bool:
    """Whether a turn greets or thanks ("Good afternoon.", "Thank you, my Lady.")."""
    start, end = turn.blocks[0][0], turn.blocks[-1][1]
    return bool(_GREETING.search(text[start : min(end, start + _CUE_REACH)].casefold()))


def chairs(text: str, turn: RawTurn) -> bool:
    """Whether a turn does what a chair does: gives the floor, calls a question, thanks."""
    start, end = turn.blocks[0][0], turn.blocks[-1][1]
    piece = text[start : min(end, start + _CUE_REACH)].casefold()
    return bool(_CHAIR_CUE.search(piece)) or gives_floor(text, turn)


def gives_floor(text: str, turn: RawTurn) -> bool:
    """Whether a short turn only hands the floor on.

    That is a name ("Matt.", "Nike Ching, VOA.") or words such as "go ahead",
    "please", "next question", "last question".
    """
    if turn.words > _FLOOR_WORDS or turn.asks:
        return False
    start, end = turn.blocks[0]
    words = text[start:end].replace("\u00a0", " ").strip()
    folded = words.casefold()
    if any(cue in folded for cue in _FLOOR_CUES):
        return True
    if words[-1:] not in {".", ",", "?", "!"} and words[-1:].isalpha() is False:
        return False  # an interrupted sentence ("President Biden —") is not a call
    names = [word.strip(".,;:!?—–-()") for word in words.split()]
    if not names or len(names) > 3 or names[0].casefold() in _REPLIES:  # noqa: PLR2004
        return False
    return all(name[:1].isupper() for name in names if name)


def assign_sides(text: str, turns: Sequence[RawTurn], roles: dict[str, Role]) -> None:
    """Give each labelled turn its side from its speaker's role and its place."""
    asked = False
    keyed = [turn for turn in turns if turn.key is not None]
    opened_by_interviewer = bool(keyed) and roles.get(keyed[0].key or "") == "interviewer"
    for position, turn in enumerate(turns):
        key = turn.key
        role = roles.get(key or "", "moderator")
        following = turns[position + 1] if position + 1 < len(turns) else None
        next_role = roles.get(following.key or "") if following else None
        previous = turns[position - 1] if position else None
        if role == "interviewer":
            opening = not asked and not opened_by_interviewer and not turn.asks
            answered = next_role == "interviewee" and turn.words > _FLOOR_WORDS
            if opening and turn.words < _LONG_TURN and not answered and greets(text, turn):
                turn.side = "remark"  # a greeting while the others open
            else:
                turn.side = "question"
                asked = True
        elif role == "interviewee":
            if not asked:
                turn.side = "statement"  # an opening statement, before any question
            elif (
                next_role == "interviewer"
                and gives_floor(text, turn)
                and not (previous is not None and previous.side == "question" and previous.asks)
            ):
                turn.side = "statement"  # hands the floor on: the interviewee's, but no answer
            else:
                turn.side = "answer"
        elif (
            turn.asks
            and next_role == "interviewee"
            and label_key(turn.label or "") not in FLOOR_LABELS
            and not gives_floor(text, turn)
        ):
            turn.side = "question"
            asked = True
        else:
            turn.side = "remark"
