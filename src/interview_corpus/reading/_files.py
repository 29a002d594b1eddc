"""The files people save, as a transcript's text: text in any encoding, web pages, Word and PDF files.

:func:`file_text` turns a file's bytes into the text the reader reads, and says
where that text came from (the interview's ``provenance``):

* **text** (``.txt``, ``.md``, captions, anything else): UTF-8, with or without
  a byte order mark (which stays in the text); else the encoding given
  (``encoding=``); else the one charset-normalizer finds. Lines that end with
  a carriage return alone (old Mac files) are read with line feeds. The text
  is the file's, character for character, otherwise.
* **a saved web page** (``.html``, ``.htm``, or text that opens as HTML): the
  article's main text, taken out of the page by trafilatura (the ``html``
  extra) as Markdown, so that bold labels stay ``**Name:**`` and headings
  ``## …``, with the page's title, date, URL and site name as metadata; a
  static site's page source that opens with YAML front matter gives its
  title and date there, and the HTML below it is the page.
* **Word** (``.docx``, the ``docx`` extra, python-docx): its paragraphs, a blank
  line between them; a heading style as ``#``, a paragraph's bold opening
  words (or a paragraph all in bold) as ``**…**``, so labels and questions set
  in bold read as they look.
* **PDF** (the ``pdf`` extra, pypdf): each page's text, pages separated by a
  form feed, as ``pdftotext`` writes them; the reader sets aside running
  headers and footers, and each paragraph knows its page.

For these three the verbatim guarantee holds against the extracted text,
which is the interview's ``source``. Each library is imported only when such a
file is read; without it, the error names the extra to install.
"""

from __future__ import annotations

import io
import os
import re
from typing import TYPE_CHECKING, Any

from .._util.lazy import lazy_pattern
from .._util.text import CR_READ_AS_LF, lone_cr_as_lf
from ..errors import ArgumentValueError, MissingDependencyError, ReadError, TranscriptError
from ._frontmatter import fields

if TYPE_CHECKING:
    from ._parse import ParseOptions

FILE_KINDS = {".html": "html", ".htm": "html", ".xhtml": "html", ".docx": "docx", ".pdf": "pdf"}
"""The kinds of file that are not read as text, by extension (any case)."""

_HTML_STARTS = (b"<!doctype html", b"<html")
_WESTERN = "cp1252"
_CHAOS_TIE = 0.01  # charset-normalizer's "chaos" this close to the least is as clean
_ISO_DAY = lazy_pattern(r"\d{4}-\d{2}-\d{2}")
# Where a web page states its title: its <title> element, a meta tag's title, a first-level heading.
_PAGE_TITLE = lazy_pattern(r"<(?:title|h1)\b|<meta\b[^>]{0,300}?\btitle\b", re.IGNORECASE)
_XML_DECLARATION = lazy_pattern(r"\A\ufeff?\s*<\?xml[^>]*\?>")
# YAML front matter at the top of a static site's page source, before its HTML.
_FRONT_MATTER = lazy_pattern(
    r"\ufeff?---[ \t]*\r?\n(?P<body>.*?)\r?\n---[ \t]*(?:\r?\n|$)", re.DOTALL
)


class FileText:
    """A file's text for the reader, what the file says of itself, and where the text came from."""

    __slots__ = ("metadata", "provenance", "text")

    def __init__(
        self, text: str, provenance: str | None, metadata: ParseOptions | None = None
    ) -> None:
        self.text = text
        self.provenance = provenance
        self.metadata: ParseOptions = metadata or {}


def file_text(name: str, raw: bytes, encoding: str | None = None) -> FileText:
    """The text of a file's bytes: decoded, or extracted from a web page, a Word file or a PDF."""
    kind = _kind(name, raw)
    if kind == "pdf":
        return _pdf(name, raw)
    if kind == "docx":
        return _docx(name, raw)
    text, decoded = decode(name, raw, encoding)
    if kind == "html" or (
        kind is None and raw[:200].lstrip(b"\xef\xbb\xbf \t\r\n").lower().startswith(_HTML_STARTS)
    ):
        return _html(name, text)
    return FileText(text, decoded)


def _kind(name: str, raw: bytes) -> str | None:
    """``"pdf"``, ``"docx"`` or ``"html"`` by the file's first bytes or its extension; else text."""
    if raw.startswith(b"%PDF-"):
        return "pdf"
    suffix = os.path.splitext(name)[1].casefold()  # noqa: PTH122
    if raw.startswith(b"PK\x03\x04") and (suffix == ".docx" or b"word/document.xml" in raw[:4096]):
        return "docx"
    kind = FILE_KINDS.get(suffix)
    return "html" if kind == "html" else None


def decode(name: str, raw: bytes, encoding: str | None) -> tuple[str, str | None]:
    """The text, and how it was decoded (``None`` for UTF-8 with LF or CRLF line ends)."""
    note: str | None = None
    if encoding is not None:
        try:
            text = raw.decode(encoding)
        except LookupError:
            msg = f"encoding={encoding!r} is not an encoding Python knows: try 'utf-8', 'cp1252', 'latin-1'"
            raise ArgumentValueError(msg) from None
        except UnicodeDecodeError as error:
            raise _not_decoded(name, raw, error, encoding) from None
        note = f"decoded as {encoding}"
    else:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            text, found = _detected(name, raw, error)
            note = f"decoded as {found} (detected by charset-normalizer; give encoding= if wrong)"
    lf = lone_cr_as_lf(text)
    if lf is not None:
        text, note = lf, "; ".join(filter(None, (note, CR_READ_AS_LF)))
    return text, note


def _detected(name: str, raw: bytes, error: UnicodeDecodeError) -> tuple[str, str]:
    """Text that is not UTF-8, in the encoding charset-normalizer finds most likely.

    A file that holds UTF-8 characters beside its stray bytes is damaged UTF-8,
    not another encoding: that is an error at the first stray byte.
    """
    if any(ord(char) > 0x7F and char != "\ufffd" for char in raw.decode("utf-8", "replace")):  # noqa: PLR2004
        raise _not_decoded(name, raw, error, "utf-8")
    try:
        import charset_normalizer
    except ImportError:
        raise _not_decoded(name, raw, error, "utf-8") from None
    matches = list(charset_normalizer.from_bytes(raw))
    if not matches:
        raise _not_decoded(name, raw, error, "utf-8") from None
    # Among the encodings that read the bytes equally cleanly, the one Windows saves Western
    # text in: the detector's own ranking mistakes English with curly quotes for DOS or
    # Central European text (cp852, cp1250), whose letters the same bytes make.
    least = min(match.chaos for match in matches)
    clean = [match for match in matches if match.chaos <= least + _CHAOS_TIE]
    if any(_WESTERN in match.could_be_from_charset for match in clean):
        return raw.decode(_WESTERN), _WESTERN
    best = clean[0]
    return str(best), best.encoding


def _not_decoded(
    name: str, raw: bytes, error: UnicodeDecodeError, encoding: str
) -> TranscriptError:
    good = raw[: error.start].decode(encoding, errors="replace")
    shown = "UTF-8" if encoding.replace("-", "").casefold() == "utf8" else encoding
    return TranscriptError(
        f"byte 0x{raw[error.start]:02x} is not {shown}: save the file as UTF-8, or give its "
        "encoding (encoding='cp1252', --encoding cp1252)",
        text=good,
        offset=len(good),
        path=name,
    )


def _html(name: str, page: str) -> FileText:
    """A saved web page's main text, as Markdown, with its title, date, URL and site as metadata.

    An XHTML page may open with an XML declaration (``<?xml version="1.0"
    encoding="UTF-8"?>``): the page is decoded text by then, so the encoding it
    names is no longer the page's, and the declaration is set aside (an XML
    parser refuses a decoded text that declares an encoding).
    """
    try:
        import trafilatura
    except ImportError:
        raise MissingDependencyError("trafilatura", "html") from None
    page, written = _site_front_matter(page)
    page = _XML_DECLARATION.sub("", page, count=1)
    text = trafilatura.extract(
        page, output_format="markdown", include_formatting=True, include_comments=False
    )
    if not text:
        raise ReadError(name, "no article text found in the web page: save the transcript's text")
    found = trafilatura.extract_metadata(page)
    fields: dict[str, Any] = found.as_dict() if found is not None else {}
    metadata: dict[str, Any] = {}
    for key, field in (
        ("title", "title"),
        ("published", "date"),
        ("url", "url"),
        ("outlet", "sitename"),
    ):
        value = fields.get(field)
        if isinstance(value, str) and value.strip():
            metadata[key] = value.strip()
    if "title" in metadata and not _PAGE_TITLE.search(page):
        # A page with no <title>, no title in its meta tags and no first-level heading names
        # no title: its second-level headings title its sections (the extractor takes the first).
        del metadata["title"]
    metadata.update(written)  # what the page's own source says of itself comes first
    if "published" in metadata and not _iso_day(metadata["published"]):
        del metadata["published"]
    provenance = (
        f"text extracted from the web page {os.path.basename(name)} with trafilatura "  # noqa: PTH119
        f"{trafilatura.__version__}"
    )
    return FileText(text, provenance, metadata)  # type: ignore[arg-type]


def _site_front_matter(page: str) -> tuple[str, dict[str, str]]:
    """A static site's page source: the HTML below its YAML front matter, and the title and date it gives.

    A site generator's source file opens with front matter between ``---``
    lines, then the page's HTML: the front matter is no text of the page, but
    it says the page's title and date.
    """
    match = _FRONT_MATTER.match(page)
    if match is None:
        return page, {}
    found = fields(page, match.start("body"), match.end("body"))
    written = {
        key: found[field][0].strip()
        for key, field in (("title", "title"), ("published", "date"))
        if field in found and found[field][0].strip()
    }
    if "published" in written:  # a whole day only: else the page's own metadata may say it
        day = written.pop("published")[:10]
        if _iso_day(day):
            written["published"] = day
    return page[match.end() :], written


def _iso_day(value: str) -> bool:
    """Whether a page's date is a whole ``YYYY-MM-DD`` date (trafilatura gives that form)."""
    return _ISO_DAY.fullmatch(value) is not None


def _docx(name: str, raw: bytes) -> FileText:
    """A Word file's paragraphs, a blank line between them; headings and bold openings marked as Markdown."""
    try:
        import docx
    except ImportError:
        raise MissingDependencyError("python-docx", "docx") from None
    try:
        document = docx.Document(io.BytesIO(raw))
    except Exception as error:  # noqa: BLE001 - python-docx raises many kinds for a damaged file
        raise ReadError(name, f"not a Word file that can be read: {error}") from None
    paragraphs = [_docx_paragraph(paragraph) for paragraph in document.paragraphs]
    text = "\n\n".join(paragraph for paragraph in paragraphs if paragraph)
    metadata: dict[str, Any] = {}
    title = (document.core_properties.title or "").strip()
    if title:
        metadata["title"] = title
    provenance = f"text extracted from the Word file {os.path.basename(name)} with python-docx"  # noqa: PTH119
    return FileText(text, provenance, metadata)  # type: ignore[arg-type]


def _docx_paragraph(paragraph: Any) -> str:  # noqa: ANN401 - python-docx's Paragraph
    """One paragraph as text: ``# `` for a heading style, ``**…**`` around its bold opening."""
    runs = [(run.text, bool(run.bold)) for run in paragraph.runs if run.text]
    text = "".join(words for words, _ in runs).strip()
    if not text:
        return ""
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    if style.startswith("Heading") and style[-1:].isdigit():
        return "#" * min(int(style[-1]), 6) + " " + " ".join(text.split())
    bold = ""
    for words, is_bold in runs:
        if not is_bold:
            break
        bold += words
    opening = bold.strip()
    if not opening:
        return text
    rest = text[len(bold.lstrip()) :].strip() if text.startswith(bold.lstrip()) else ""
    if not rest:
        return f"**{opening}**"
    return f"**{opening}** {rest}"


def _pdf(name: str, raw: bytes) -> FileText:
    """A PDF's text, page by page, a form feed between pages (as ``pdftotext`` writes them)."""
    try:
        import pypdf
    except ImportError:
        raise MissingDependencyError("pypdf", "pdf") from None
    try:
        reader = pypdf.PdfReader(io.BytesIO(raw))
        pages = [(page.extract_text() or "").rstrip() for page in reader.pages]
    except Exception as error:  # noqa: BLE001 - pypdf raises many kinds for a damaged file
        raise ReadError(name, f"not a PDF whose text can be read: {error}") from None
    if not any(page.strip() for page in pages):
        raise ReadError(name, "the PDF holds no text (a scan?): run OCR on it first")
    text = "\n\f".join(pages) + "\n"
    provenance = (
        f"text extracted from the PDF {os.path.basename(name)} ({len(pages)} pages) "  # noqa: PTH119
        f"with pypdf {pypdf.__version__}"
    )
    return FileText(text, provenance)
