"""``tei``: a TEI P5 document, built with ElementTree.

One interview becomes a ``TEI`` element: a ``teiHeader`` (title, publisher,
date, source ``bibl`` with the URL — a ``ref`` whose ``target`` is set only for
an http(s) address —, availability, and the speakers in
``particDesc/listPerson``) and a ``text/body`` with one ``div type="exchange"``
per exchange, a ``u`` per turn (``who`` points at the speaker's ``person``)
and a ``seg`` per paragraph. Where the transcript has time codes, the body
opens with a ``timeline`` (``unit="s"``) whose ``when`` elements are the
moments turns start and end, and each ``u`` points at its own with ``start``
and ``end``. ``xml:id`` values are the library's own ids
(``e3``, ``a3``, ``a3.p2``). Remarks stand in a ``div type="remarks"`` where they
occur. A corpus becomes a ``teiCorpus`` of such documents; there every id is
prefixed with the interview's (``tass-2065861.a3.p2``) to stay unique, and ``n``
keeps the plain one.

The document is well-formed for any text the parser accepts. A character XML
1.0 forbids (form feed, vertical tab, escape and the other C0 controls but tab
and line feed; U+FFFE, U+FFFF) becomes ``<g type="control" n="U+000C"/>`` where
it stands in text, and U+FFFD in an attribute; a carriage return is written as
``&#13;`` so that an XML parser gives it back. A speaker's ``xml:id`` is a slug
of the name, made unique (``person.q1`` when a speaker is called ``Q1``).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET  # the module's usual short name
from typing import TYPE_CHECKING, TextIO

from interview_corpus._util.progress import Progress, each
from interview_corpus._util.timecode import seconds_text
from interview_corpus.corpus import Corpus
from interview_corpus.model._markup import http_url
from interview_corpus.model._objects import Speaker, Turn

if TYPE_CHECKING:
    from datetime import timedelta

    from interview_corpus.interview import Interview

KIND = "text"
OPTIONS = ()

TEI = "http://www.tei-c.org/ns/1.0"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
_NOT_NAME = re.compile(r"[^A-Za-z0-9._-]+")
# What XML 1.0 cannot hold, even as a character reference (lone surrogates never reach here).
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def write(obj: Interview | Corpus, target: TextIO, *, progress: Progress | None = None) -> None:
    """Write the TEI document (UTF-8 declared, indented)."""
    ET.register_namespace("", TEI)
    if isinstance(obj, Corpus):
        root = _element("teiCorpus")
        header = _sub(root, "teiHeader")
        file_description = _sub(header, "fileDesc")
        _sub(_sub(file_description, "titleStmt"), "title", "interview-corpus export")
        _sub(_sub(file_description, "publicationStmt"), "p", "Exported by interview-corpus.")
        _sub(_sub(file_description, "sourceDesc"), "p", f"{len(obj)} interviews.")
        for interview in each(obj, progress):
            root.append(_document(interview, prefix=_name(interview.id) + "."))
    else:
        root = _document(obj, prefix="")
        if progress is not None:
            progress(1, 1, obj.id)
    ET.indent(root)
    target.write("<?xml version='1.0' encoding='UTF-8'?>\n")
    # Attributes were cleaned when made, so what is left to represent stands in text.
    xml = ET.tostring(root, encoding="unicode").replace("\r", "&#13;")
    target.write(_FORBIDDEN.sub(_control, xml))
    target.write("\n")


def _control(match: re.Match[str]) -> str:
    return f'<g type="control" n="U+{ord(match.group()):04X}"/>'


def _element(tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    element = ET.Element(
        f"{{{TEI}}}{tag}", {_key(k): _FORBIDDEN.sub("\ufffd", v) for k, v in attributes.items()}
    )
    element.text = text
    return element


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    element = _element(tag, text, **attributes)
    parent.append(element)
    return element


def _key(name: str) -> str:
    return XML_ID if name == "xml_id" else name


def _name(value: str) -> str:
    """Make an XML name (NCName) from an id: it must start with a letter or underscore."""
    cleaned = _NOT_NAME.sub("-", value)
    return cleaned if cleaned[:1].isalpha() or cleaned[:1] == "_" else f"_{cleaned}"


def _document(interview: Interview, *, prefix: str) -> ET.Element:
    root = _element("TEI", **({"xml_id": prefix.rstrip(".")} if prefix else {}))
    taken = {f"{prefix}{identifier}" for identifier in interview.ids}
    taken |= {
        f"{prefix}topic.{exchange.topic.slug}"
        for exchange in interview.exchanges
        if exchange.topic is not None
    }
    people: dict[str, str] = {}
    for speaker in interview.speakers:
        if speaker.name not in people:
            people[speaker.name] = _unique(f"{prefix}{_name(_slug(speaker.name))}", prefix, taken)
    _header(_sub(root, "teiHeader"), interview, people, prefix)
    body = _sub(_sub(root, "text"), "body")
    moments = _timeline(body, interview, prefix)
    exchanges = {exchange.question.id: exchange for exchange in interview.exchanges}
    container = body
    for turn in interview.turns():
        if turn.id in exchanges:
            exchange = exchanges[turn.id]
            container = _sub(
                body, "div", type="exchange", xml_id=f"{prefix}{exchange.id}", n=exchange.id
            )
            if exchange.topic is not None:
                container.set("ana", f"#{prefix}topic.{exchange.topic.slug}")
                _sub(container, "head", exchange.topic.title)
        elif turn.exchange_id is None and (container is body or container.get("type") != "remarks"):
            container = _sub(body, "div", type="remarks")
        _turn(container, turn, people, prefix, moments)
    return root


def _timeline(body: ET.Element, interview: Interview, prefix: str) -> dict[timedelta, str]:
    """A ``timeline`` of the moments turns start and end (seconds since its origin), by moment."""
    times = sorted(
        {time for turn in interview.turns() for time in (turn.start, turn.end) if time is not None}
    )
    if not times:
        return {}
    origin = f"{prefix}T0"
    timeline = _sub(body, "timeline", unit="s", origin=f"#{origin}")
    _sub(timeline, "when", xml_id=origin)
    moments: dict[timedelta, str] = {}
    for number, moment in enumerate(times, 1):
        moments[moment] = f"{prefix}T{number}"
        _sub(
            timeline,
            "when",
            xml_id=moments[moment],
            interval=seconds_text(moment),
            since=f"#{origin}",
        )
    return moments


def _header(header: ET.Element, interview: Interview, people: dict[str, str], prefix: str) -> None:
    description = _sub(header, "fileDesc")
    title = interview.title or interview.id
    _sub(_sub(description, "titleStmt"), "title", title)
    _publication(_sub(description, "publicationStmt"), interview)
    bibl = _sub(_sub(description, "sourceDesc"), "bibl")
    _sub(bibl, "title", title)
    if interview.outlet:
        _sub(bibl, "publisher", interview.outlet)
    if interview.published:
        _sub(bibl, "date", interview.published.isoformat(), when=interview.published.isoformat())
    if interview.url:  # a pointer that TEI renderers make a link of: only to an http(s) address
        url = http_url(interview.url)
        _sub(bibl, "ref", interview.url, **({"target": url} if url else {}))
    profile = _sub(header, "profileDesc")
    persons = _sub(_sub(profile, "particDesc"), "listPerson")
    for speaker in interview.speakers:
        _person(persons, speaker, people[speaker.name])
    topics = [exchange.topic for exchange in interview.exchanges if exchange.topic is not None]
    if topics:
        classes = _sub(_sub(profile, "textClass"), "keywords", scheme="#interview-corpus-topics")
        for topic in dict.fromkeys(topics):
            _sub(classes, "term", topic.title, key=topic.slug, xml_id=f"{prefix}topic.{topic.slug}")


def _publication(publication: ET.Element, interview: Interview) -> None:
    if interview.outlet:
        _sub(publication, "publisher", interview.outlet)
    if interview.published:
        _sub(
            publication,
            "date",
            interview.published.isoformat(),
            when=interview.published.isoformat(),
        )
    _sub(publication, "idno", interview.id, type="interview-corpus")
    if interview.url:
        _sub(publication, "idno", interview.url, type="URL")
    if interview.rights:
        _sub(_sub(publication, "availability"), "p", interview.rights)


def _person(parent: ET.Element, speaker: Speaker, identifier: str) -> None:
    person = _sub(parent, "person", xml_id=identifier, role=speaker.role)
    _sub(person, "persName", speaker.name)
    for alias in speaker.aliases:
        _sub(person, "persName", alias, type="alias")
    if speaker.description:
        _sub(person, "note", speaker.description)


def _turn(
    parent: ET.Element,
    turn: Turn,
    people: dict[str, str],
    prefix: str,
    moments: dict[timedelta, str],
) -> None:
    who = f"#{people[turn.speaker.name]}"
    utterance = _sub(parent, "u", who=who, xml_id=f"{prefix}{turn.id}", n=turn.id)
    for name, time in (("start", turn.start), ("end", turn.end)):
        if time is not None:
            utterance.set(name, f"#{moments[time]}")
    for paragraph in turn.paragraphs:
        _sub(utterance, "seg", paragraph.text, xml_id=f"{prefix}{paragraph.id}", n=paragraph.id)


def _unique(wanted: str, prefix: str, taken: set[str]) -> str:
    """``wanted``, or ``person.<it>`` if an object of the text has that id, then numbered."""
    candidate = wanted
    if candidate in taken:
        candidate = f"{prefix}person.{wanted.removeprefix(prefix)}"
    number = 1
    while candidate in taken:
        number += 1
        candidate = f"{prefix}person.{wanted.removeprefix(prefix)}-{number}"
    taken.add(candidate)
    return candidate


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-") or "speaker"
